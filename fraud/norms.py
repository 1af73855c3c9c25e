"""Engagement norms by platform and size tier, read from data files with their sources.

``fraud/data/engagement_norms.csv`` holds, for each platform x tier, the median and the
10th / 90th percentiles of the per-post engagement rate of genuine creators, plus median
likes per comment and views per like; ``fraud/data/NORMS.md`` names the source of each row.
``fraud/data/audience_norms.csv`` holds what is normal for a genuine creator's comments and
followers by tier (see ``training/ASSUMPTIONS.md``).
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from fraud.schema import Platform

__all__ = [
    "TIERS",
    "AudienceNorm",
    "EngagementNorm",
    "EngagementNorms",
    "load_norms",
    "size_tier",
]

# Tier name and the follower count it starts at.
TIERS: tuple[tuple[str, int], ...] = (
    ("nano", 0),
    ("micro", 10_000),
    ("mid", 100_000),
    ("macro", 1_000_000),
    ("mega", 10_000_000),
)
_Z90 = 1.2816  # standard normal quantile of the 90th percentile


def size_tier(followers: int) -> str:
    """The size tier of a creator: nano <10k, micro <100k, mid <1M, macro <10M, mega."""
    name = TIERS[0][0]
    for tier, start in TIERS:
        if followers >= start:
            name = tier
    return name


@dataclass(frozen=True, slots=True)
class EngagementNorm:
    """Per-post engagement rate of genuine creators of one platform and tier, and ratios."""

    er_median: float
    er_p10: float
    er_p90: float
    likes_per_comment: float | None
    views_per_like: float | None

    @property
    def log_sigma(self) -> float:
        """Spread of log engagement rate among genuine creators (log-normal fit to p10/p90)."""
        return max((math.log(self.er_p90) - math.log(self.er_p10)) / (2 * _Z90), 0.1)


@dataclass(frozen=True, slots=True)
class AudienceNorm:
    """What is normal for a genuine creator's comments and followers in one tier."""

    low_effort_comment_share: float
    fake_follower_share: float


@dataclass(frozen=True, slots=True)
class EngagementNorms:
    """All norm tables, looked up by platform and tier."""

    engagement: dict[tuple[Platform, str], EngagementNorm]
    audience: dict[str, AudienceNorm]

    def engagement_for(self, platform: Platform, tier: str) -> EngagementNorm:
        """The norm of ``platform`` x ``tier`` (the ``other`` row when a platform has none)."""
        return self.engagement.get((platform, tier)) or self.engagement[(Platform.OTHER, tier)]

    def audience_for(self, tier: str) -> AudienceNorm:
        """The audience and comment norm of ``tier``."""
        return self.audience[tier]


def _optional_float(text: str) -> float | None:
    return float(text) if text.strip() else None


def _read_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("fraud.data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


@cache
def load_norms() -> EngagementNorms:
    """Read the norm tables once per process."""
    engagement = {
        (Platform(row["platform"]), row["tier"]): EngagementNorm(
            er_median=float(row["er_median"]),
            er_p10=float(row["er_p10"]),
            er_p90=float(row["er_p90"]),
            likes_per_comment=_optional_float(row["likes_per_comment_median"]),
            views_per_like=_optional_float(row["views_per_like_median"]),
        )
        for row in _read_rows("engagement_norms.csv")
    }
    audience = {
        row["tier"]: AudienceNorm(
            low_effort_comment_share=float(row["low_effort_comment_share"]),
            fake_follower_share=float(row["fake_follower_share"]),
        )
        for row in _read_rows("audience_norms.csv")
    }
    return EngagementNorms(engagement, audience)
