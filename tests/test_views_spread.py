"""Views bought for some posts: views per like spread between posts (issue 8, bought views).

A view package lifts one video's views and not its likes, so a creator who buys views for some
posts has views per like that differ widely between posts, and views that stop rising and
falling with likes. Both paths (one creator, a chunk) read it the same way, and the reason
``VIEWS_SPREAD`` names it past the genuine range.
"""

from __future__ import annotations

import math

from fraud.reasons import RULES, VIEWS_SPREAD_X
from fraud.schema import CreatorRecord

from .conftest import engagement_both_paths, posts_record, same_value

LIKES = [300, 420, 250, 510, 380, 290, 460, 330, 270, 400, 350, 480]


def _record(views: list[int | None], likes: list[int] = LIKES) -> CreatorRecord:
    posts = [
        {"likes": like, "comments": like // 12, **({} if view is None else {"views": view})}
        for like, view in zip(likes, views, strict=True)
    ]
    return posts_record("douyin:views", 40000, posts)


def _values(record: CreatorRecord) -> list[dict[str, float]]:
    """The engagement values of ``record`` by the per-creator path and the chunk path."""
    other = _record([like * 15 for like in LIKES])  # segments of their own around it
    return [block.values for block in engagement_both_paths(record, chunk_with=[other])]


def _fires(values: dict[str, float]) -> bool:
    rule = next(r for r in RULES if r.code == "VIEWS_SPREAD")
    return bool(rule.applies(values, None))


# Genuine: about 20 views per like on every post, a little noise.
GENUINE = [like * (20 + (i % 3) - 1) for i, like in enumerate(LIKES)]
# The same creator with a package of about 8x the usual views bought for four posts of twelve.
BOUGHT = [view * 8 if i in (2, 5, 8, 11) else view for i, view in enumerate(GENUINE)]


def test_views_bought_for_some_posts_spread_and_decouple_in_both_paths() -> None:
    genuine, bought = _values(_record(GENUINE)), _values(_record(BOUGHT))
    for name in ("views_per_like_spread", "views_likes_decoupling"):
        assert same_value(genuine[0][name], genuine[1][name])
        assert same_value(bought[0][name], bought[1][name])
        assert bought[0][name] > genuine[0][name]
    assert math.exp(genuine[0]["views_per_like_spread"]) < 1.2
    assert math.exp(bought[0]["views_per_like_spread"]) > VIEWS_SPREAD_X
    assert not _fires(genuine[0])
    assert _fires(bought[0])


def test_too_few_posts_with_views_read_nothing() -> None:
    # Views on four posts only (a platform that shows them on videos): no spread is read.
    views = [view if i < 4 else None for i, view in enumerate(BOUGHT)]
    for values in _values(_record(views)):
        assert math.isnan(values["views_per_like_spread"])
        assert math.isnan(values["views_likes_decoupling"])
        assert not _fires(values)


def test_posts_all_alike_have_no_views_decoupling() -> None:
    record = _record([400 * 20] * len(LIKES), [400] * len(LIKES))
    for values in _values(record):
        assert values["views_per_like_spread"] == 0.0
        assert math.isnan(values["views_likes_decoupling"])


def test_a_zero_view_count_beside_likes_is_not_read() -> None:
    # 0 views under 400 likes is a count the export lacked (review s47), not views to read
    record = _record([0] * len(LIKES), [400] * len(LIKES))
    for values in _values(record):
        assert math.isnan(values["views_per_like_spread"])
        assert math.isnan(values["views_likes_decoupling"])
        assert math.isnan(values["views_per_like_vs_norm"])
