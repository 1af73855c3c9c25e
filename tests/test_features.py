from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta

import pytest

from fraud.features import FEATURE_NAMES, growth
from fraud.features.audience import wilson_interval
from fraud.features.base import FeatureContext, post_engagement
from fraud.norms import load_norms, size_tier
from fraud.schema import CreatorRecord, Platform, Post

START = date(2026, 1, 1)


def _creator(
    deltas: list[float],
    posts: list[tuple[int, int]] | None = None,
    platform: str = "douyin",
    start: int = 50_000,
) -> CreatorRecord:
    """A creator whose followers change by ``deltas`` per day, with (day, likes) posts."""
    history, level = [], float(start)
    for day, delta in enumerate(deltas):
        level += delta
        history.append({"date": (START + timedelta(days=day)).isoformat(), "followers": int(level)})
    post_rows = [
        {
            "post_id": f"p{i}",
            "posted_at": datetime(2026, 1, 1, 12, tzinfo=UTC) + timedelta(days=day),
            "likes": likes,
            "comments": likes // 20,
            "shares": likes // 50,
        }
        for i, (day, likes) in enumerate(posts or [])
    ]
    return CreatorRecord.model_validate(
        {
            "creator_id": "t:1",
            "platform": platform,
            "profile": {"followers": int(level)},
            "follower_history": history,
            "posts": post_rows,
        }
    )


def _growth(record: CreatorRecord) -> dict[str, float]:
    ctx = FeatureContext(as_of=datetime(2026, 6, 1, tzinfo=UTC), norms=load_norms())
    return growth.extract(record, ctx).values


STEADY = [60.0 + (day % 7) * 5 for day in range(120)]
WEEKLY_POSTS = [(day, 1500) for day in range(3, 120, 7)]


def test_feature_names_are_unique() -> None:
    assert len(FEATURE_NAMES) == len(set(FEATURE_NAMES))


def test_one_day_jump_with_flat_engagement_is_a_spike_without_lift() -> None:
    jumped = list(STEADY)
    jumped[80] += 20_000  # +40% of followers in one day
    values = _growth(_creator(jumped, WEEKLY_POSTS))
    baseline = _growth(_creator(STEADY, WEEKLY_POSTS))
    assert values["n_follower_spike_episodes"] == 1
    assert values["follower_spike_share"] > 0.3
    assert values["follower_spike_ratio"] > baseline["follower_spike_ratio"] + 3
    assert values["spike_engagement_lift"] == pytest.approx(0.0, abs=0.2)
    assert baseline["n_follower_spike_episodes"] == 0


def test_viral_post_that_brings_followers_shows_engagement_lift() -> None:
    jumped = list(STEADY)
    for offset, gain in enumerate([9000, 6000, 3000, 1500]):
        jumped[80 + offset] += gain
    posts = [*WEEKLY_POSTS, (80, 30_000)]
    values = _growth(_creator(jumped, posts))
    assert values["n_follower_spike_episodes"] == 1
    assert values["spike_engagement_lift"] > math.log(10)
    assert values["follower_spike_tail_ratio"] > 0.5


def test_gap_in_history_is_spread_over_missing_days_not_a_spike() -> None:
    record = _creator(STEADY, WEEKLY_POSTS)
    gapped = record.model_copy(
        update={
            "follower_history": [
                s for s in record.follower_history if not 40 <= (s.date - START).days < 70
            ]
        }
    )
    values = _growth(gapped)
    assert values["n_follower_spike_episodes"] == 0


def test_drop_after_spike_is_measured_against_the_jump() -> None:
    jumped = list(STEADY)
    jumped[60] += 20_000
    jumped[75] -= 8_000
    values = _growth(_creator(jumped, WEEKLY_POSTS))
    assert values["follower_drop_after_spike"] == pytest.approx(0.4, abs=0.05)


def test_following_churn_is_missing_without_following_counts() -> None:
    values = _growth(_creator(STEADY, WEEKLY_POSTS))
    assert math.isnan(values["following_jump_share"])


def test_short_history_skips_growth_with_a_note() -> None:
    block = growth.extract(_creator(STEADY[:5]), FeatureContext(datetime.now(UTC), load_norms()))
    assert not block.ran and "snapshots" in (block.note or "")
    assert all(math.isnan(v) for v in block.values.values())


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        (Platform.WEIBO, 100 + 10 + 5),
        (Platform.INSTAGRAM, 100 + 10),
        (Platform.REDNOTE, 100 + 10 + 5 + 7),
        (Platform.BILIBILI, 100 + 10 + 5 + 3 + 2),
    ],
)
def test_engagement_is_counted_the_way_each_platform_counts_it(
    platform: Platform, expected: int
) -> None:
    post = Post(
        posted_at=datetime.now(UTC), likes=100, comments=10, shares=5, saves=7, coins=2, danmaku=3
    )
    assert post_engagement(post, platform) == expected


@pytest.mark.parametrize(
    ("followers", "tier"),
    [
        (9_999, "nano"),
        (10_000, "micro"),
        (999_999, "mid"),
        (1_000_000, "macro"),
        (10_000_000, "mega"),
    ],
)
def test_size_tiers_follow_the_documented_bounds(followers: int, tier: str) -> None:
    assert size_tier(followers) == tier


def test_norms_cover_every_platform_and_tier() -> None:
    norms = load_norms()
    for platform in Platform:
        for tier in ("nano", "micro", "mid", "macro", "mega"):
            norm = norms.engagement_for(platform, tier)
            assert 0 < norm.er_p10 < norm.er_median < norm.er_p90


@pytest.mark.parametrize("n", [20, 200, 2000])
def test_wilson_interval_narrows_with_sample_size(n: int) -> None:
    low, high = wilson_interval(0.3, n)
    assert low < 0.3 < high
    if n == 2000:
        assert high - low < 0.05


def test_wilson_interval_of_small_sample_is_wide() -> None:
    low, high = wilson_interval(0.3, 20)
    assert high - low > 0.3
