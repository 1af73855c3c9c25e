"""Posts all alike give no likes/comments correlation (review s20 r5 item 10).

np.std of a constant array of log counts can be ~1e-15, not 0: it passed ``std() > 0``, the
correlation of rounding noise came out -1 and ``likes_comments_decoupling`` 2.0 (its
maximum), worded as "likes and comments across posts correlate at -1.00".
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Any

import numpy as np
import pytest

from fraud.features import engagement
from fraud.features.base import FeatureContext
from fraud.norms import load_norms
from fraud.schema import CreatorRecord


def _record(likes: list[int], comments: list[int]) -> CreatorRecord:
    start = datetime(2026, 9, 1, 12)
    posts = [
        {
            "post_id": f"p{i}",
            "posted_at": (start + timedelta(days=4 * i)).isoformat() + "+00:00",
            "likes": like,
            "comments": comment,
        }
        for i, (like, comment) in enumerate(zip(likes, comments, strict=True))
    ]
    return CreatorRecord.model_validate(
        {
            "creator_id": "weibo:flat",
            "platform": "weibo",
            "as_of": "2026-11-30T00:00:00Z",
            "profile": {"followers": 53000},
            "posts": posts,
        }
    )


def _blocks(record: CreatorRecord) -> list[Any]:
    assert record.as_of is not None
    ctx = FeatureContext(as_of=record.as_of, norms=load_norms())
    return [engagement.extract(record, ctx), *engagement.extract_many([record], [ctx])]


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
