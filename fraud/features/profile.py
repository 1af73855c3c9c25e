"""Profile: following:followers, posting cadence, account age. Always runs."""

from __future__ import annotations

import math
from dataclasses import dataclass

from fraud.features.base import NAN, FamilyEvidence, FeatureBlock, FeatureContext
from fraud.norms import TIERS, size_tier
from fraud.schema import CreatorRecord

__all__ = ["NAMES", "ProfileEvidence", "extract"]

CHECK = "profile"
NAMES = (
    "followers_log10",
    "size_tier_index",
    "following_per_follower",
    "following_log10",
    "followers_per_post",
    "posts_per_week",
    "account_age_days",
    "verified",
)


@dataclass(slots=True)
class ProfileEvidence(FamilyEvidence):
    """What the profile reasons say."""

    followers: int
    following: int | None
    size_tier: str
    posts_per_week: float | None


_TIER_INDEX = {name: index for index, (name, _) in enumerate(TIERS)}


def extract(record: CreatorRecord, ctx: FeatureContext) -> FeatureBlock:
    """Profile features of one creator."""
    profile = record.profile
    values = dict.fromkeys(NAMES, NAN)
    tier = size_tier(profile.followers)
    values["followers_log10"] = math.log10(profile.followers + 1)
    values["size_tier_index"] = float(_TIER_INDEX[tier])
    if profile.following is not None:
        values["following_per_follower"] = math.log10(
            (profile.following + 1) / (profile.followers + 1)
        )
        # The following on its own (the creator model learns this, not the ratio: a ratio to
        # the followers falls when followers are bought, so a model that learned it counted
        # bought followers in the creator's favour; training/train.py, CREATOR_FEATURES).
        values["following_log10"] = math.log10(profile.following + 1)
    if profile.posts:
        values["followers_per_post"] = math.log10((profile.followers + 1) / profile.posts)
    if len(record.posts) >= 3:
        span_days = (record.posts[-1].posted_at - record.posts[0].posted_at).total_seconds() / 86400
        values["posts_per_week"] = (len(record.posts) - 1) / max(span_days, 1.0) * 7.0
    if profile.created_at is not None:
        values["account_age_days"] = float((ctx.as_of.date() - profile.created_at).days)
    if profile.verified is not None:
        values["verified"] = float(profile.verified)
    evidence = ProfileEvidence(
        followers=profile.followers,
        following=profile.following,
        size_tier=tier,
        posts_per_week=None
        if math.isnan(values["posts_per_week"])
        else round(values["posts_per_week"], 2),
    )
    return FeatureBlock(CHECK, values, evidence)
