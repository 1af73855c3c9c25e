"""Ratios of counts too small to read are not read (review s47): a post with 1 like and no
comment is "2 likes per comment" once smoothed, so flops read as a comment-heavy creator; one
viral post lifted the mean over the readability floor; views per like had no floor; a 0 view
count beside likes (a count the export lacked) read as likes outpacing views."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import engagement_both_paths, posts_record, same_value

RATIO_CODES = {"LIKES_COMMENTS_IMBALANCE", "LIKES_OUTLIER_POSTS", "VIEWS_LIKES_IMBALANCE"}


def _codes(scorer: Any, record: Any) -> set[str]:
    return {r.code for r in scorer.score(record).reasons}


def _both_paths(record: Any) -> Any:
    single, chunk = engagement_both_paths(
        record, [posts_record("douyin:other", 5000, [{"likes": 90, "comments": 4}] * 7)]
    )
    assert all(same_value(single.values[k], chunk.values[k]) for k in single.values)
    assert single.evidence.as_dict() == chunk.evidence.as_dict()
    return single


CASES = {
    # three flops and two posts at 25 likes a comment (above Douyin's norm of 20)
    "flops": (
        "douyin:flops",
        20000,
        [{"likes": 1, "comments": 0}] * 3 + [{"likes": 500, "comments": 20}] * 2,
    ),
    # no comment at all: never "unusually many comments"
    "no_comments": (
        "instagram:quiet",
        20000,
        [{"likes": n, "comments": 0} for n in (0, 0, 0, 1, 300)],
    ),
    # one like in all over six videos
    "one_like": (
        "youtube:tiny",
        300,
        [
            {"likes": likes, "comments": c, "views": w}
            for likes, c, w in [(0, 0, 4), (0, 0, 3), (1, 0, 6), (0, 0, 5), (0, 0, 2), (0, 1, 7)]
        ],
    ),
    # views not captured: 0 beside 100 likes
    "zero_views": ("tiktok:noviews", 3000, [{"likes": 100, "comments": 5, "views": 0}] * 6),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_no_ratio_reason_from_counts_too_small_to_read(scorer: Any, case: str) -> None:
    record = posts_record(*CASES[case])
    _both_paths(record)
    assert not _codes(scorer, record) & RATIO_CODES


def test_the_median_post_decides_readability_not_one_viral_post() -> None:
    block = _both_paths(posts_record(*CASES["flops"]))
    assert block.evidence.median_post_interactions == 1.0  # the mean is 208.6
    assert block.evidence.likes_total + block.evidence.comments_total > 20 * 5


def test_a_zero_view_count_beside_likes_is_not_read() -> None:
    block = _both_paths(posts_record(*CASES["zero_views"]))
    assert block.evidence.views_per_like is None and block.evidence.median_viewed_post_likes is None
    # a post nobody liked may truly have no views: read
    seen = _both_paths(
        posts_record(
            "tiktok:new",
            3000,
            [{"likes": 0, "comments": 0, "views": 0}]
            + [{"likes": 100, "comments": 5, "views": 4000}] * 5,
        )
    )
    assert seen.evidence.median_viewed_post_likes == 100.0


def test_readable_ratios_still_fire(scorer: Any) -> None:
    # the same shapes with real counts: likes far over comments, views far under likes
    bought_likes = posts_record(
        "douyin:bought", 20000, [{"likes": 3000 + 10 * i, "comments": 8} for i in range(8)]
    )
    assert "LIKES_COMMENTS_IMBALANCE" in _codes(scorer, bought_likes)
    few_views = posts_record(
        "tiktok:views", 20000, [{"likes": 900 + i, "comments": 30, "views": 1500} for i in range(8)]
    )
    assert "VIEWS_LIKES_IMBALANCE" in _codes(scorer, few_views)
    pod = posts_record(
        "instagram:pod", 20000, [{"likes": 200 + i, "comments": 150} for i in range(8)]
    )
    assert "LIKES_COMMENTS_IMBALANCE" in _codes(scorer, pod)
