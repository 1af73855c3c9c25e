"""Posts all alike give no likes/comments correlation (review s20 r5 item 10).

np.std of a constant array of log counts can be ~1e-15, not 0: it passed ``std() > 0``, the
correlation of rounding noise came out -1 and ``likes_comments_decoupling`` 2.0 (its
maximum), worded as "likes and comments across posts correlate at -1.00".
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from fraud.schema import CreatorRecord

from .conftest import engagement_both_paths, posts_record


def _record(likes: list[int], comments: list[int]) -> CreatorRecord:
    posts = [
        {"likes": like, "comments": comment} for like, comment in zip(likes, comments, strict=True)
    ]
    return posts_record("weibo:flat", 53000, posts, every_days=4)


def _blocks(record: CreatorRecord) -> list[Any]:
    return engagement_both_paths(record)


@pytest.mark.parametrize(("likes", "comments"), [(400, 40), (40, 7)])
def test_posts_all_alike_have_no_decoupling_in_both_paths(likes: int, comments: int) -> None:
    for count in (likes, comments):  # the rounding the check must see through
        assert np.log1p(np.full(20, float(count))).std() > 0
    for block in _blocks(_record([likes] * 20, [comments] * 20)):
        assert math.isnan(block.values["likes_comments_decoupling"])


def test_posts_that_vary_still_have_a_decoupling() -> None:
    likes = [400 + 37 * (i % 5) for i in range(20)]
    comments = [40 + 4 * (i % 5) for i in range(20)]
    single, chunk = _blocks(_record(likes, comments))
    assert single.values["likes_comments_decoupling"] < 0.01
    assert single.values["likes_comments_decoupling"] == chunk.values["likes_comments_decoupling"]


def test_no_model_signal_says_a_correlation_of_posts_all_alike(scorer: Any) -> None:
    result = scorer.score(_record([400] * 20, [40] * 20))
    assert not any("correlate at" in r.message for r in result.reasons)
