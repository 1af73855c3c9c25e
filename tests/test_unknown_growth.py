"""The growth check leaves posts with hidden likes out (review s24 r3, finding 1).

An Instagram post whose likes the creator hid comes as ``likes: 0, likes_unknown: true``.
The growth check read that 0 as a count: a creator whose viral post (the one that brought a
follower spike) had its likes hidden got "with no rise in likes or comments" (medium,
``suspicious``, authenticity 96.3 -> 62.2), and one who hid likes after the spike got
ENGAGEMENT_NOT_GROWING high ("3.90% before, 0.09% after"). Such posts are now left out of
the engagement around a spike, the rate before and after and the elasticity, in both the
per-creator and the chunk path; a hidden-likes post inside the lift window leaves the lift
unjudged. Inputs: ``tests/fixtures/unknown_counts`` (see its SOURCE.md).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import orjson
import pytest

from fraud.features import growth
from fraud.schema import CreatorRecord
from fraud.validation import validate_creator_json

from .conftest import same_value

FIXTURES = Path(__file__).parent / "fixtures" / "unknown_counts"


def _rows(name: str) -> dict[str, dict[str, Any]]:
    lines = (FIXTURES / name).read_bytes().splitlines()
    return {row["creator_id"]: row for row in map(orjson.loads, lines)}


def _forms(row: dict[str, Any]) -> list[Any]:
    light = validate_creator_json(orjson.dumps(row), light=True)
    assert light is not None
    return [CreatorRecord.model_validate(row), light]


def _blocks(scorer: Any, row: dict[str, Any]) -> list[Any]:
    """The growth block of ``row`` from both paths, for both record forms."""
    blocks = []
    for record in _forms(row):
        ctx = scorer.extractor.context(record)
        blocks.append(growth.extract(record, ctx))
        (chunk,) = growth.extract_many([record], [ctx])
        blocks.append(chunk)
    return blocks


def _assert_equal_blocks(blocks: list[Any]) -> None:
    first = blocks[0]
    for other in blocks[1:]:
        assert list(other.values) == list(first.values)
        for name, value in first.values.items():
            assert same_value(other.values[name], value), name
        assert other.evidence == first.evidence


def test_hidden_likes_on_the_viral_post_leave_the_lift_unjudged(scorer: Any) -> None:
    rows = _rows("viral.jsonl")
    blocks = _blocks(scorer, rows["instagram:v_viral_hidden"])
    _assert_equal_blocks(blocks)
    block = blocks[0]
    assert math.isnan(block.values["spike_engagement_lift"])  # was log(1): "no rise"
    assert block.evidence.spike_engagement_x_median is None
    assert block.evidence.n_hidden_likes_near_spike == 1
    # The same creator with the viral post's likes shown: the lift is measured.
    (real, *_) = _blocks(scorer, rows["instagram:v_real"])
    assert real.evidence.spike_engagement_x_median > 20
    assert real.evidence.n_hidden_likes_near_spike is None


def test_hidden_likes_on_the_viral_post_do_not_make_a_creator_suspicious(scorer: Any) -> None:
    row = _rows("viral.jsonl")["instagram:v_viral_hidden"]
    for record in _forms(row):
        result = scorer.score(record)
        assert result.verdict.value not in ("suspicious", "likely_fraudulent"), result.verdict
        messages = " ".join(r.message for r in result.reasons)
        assert "no rise in likes or comments" not in messages
        (spike,) = [r for r in result.reasons if r.code == "FOLLOWER_SPIKE"]
        assert spike.severity.value == "low"
        assert spike.message.endswith(
            "and the posts around it have no like count (hidden, or not in the export)"
        )


def test_hidden_likes_after_a_spike_are_not_read_as_engagement_falling(scorer: Any) -> None:
    rows = _rows("grow.jsonl")
    hidden = _blocks(scorer, rows["instagram:grow_hidden"])
    _assert_equal_blocks(hidden)
    (omitted, *_) = _blocks(scorer, rows["instagram:grow_omitted"])
    # Rates before/after and the elasticity: from the posts with known likes only, the
    # same as when those posts are not given at all.
    for name, value in omitted.values.items():
        if name != "spike_engagement_lift":
            assert same_value(hidden[0].values[name], value), name
    assert math.isnan(hidden[0].values["spike_er_change"])  # was log(0.09% / 3.90%)
    assert hidden[0].evidence.er_after_spike is None
    result = scorer.score(CreatorRecord.model_validate(rows["instagram:grow_hidden"]))
    assert "ENGAGEMENT_NOT_GROWING" not in {r.code for r in result.reasons}
    assert result.verdict.value not in ("suspicious", "likely_fraudulent")


def test_a_hidden_post_outside_the_lift_window_keeps_the_lift(scorer: Any) -> None:
    row = _rows("viral.jsonl")["instagram:v_real"]
    posts = [dict(p) for p in row["posts"]]
    # Hide the likes of the first post (2 Oct, a month before the spike).
    posts[0].update(likes=0, likes_unknown=True)
    blocks = _blocks(scorer, {**row, "posts": posts})
    _assert_equal_blocks(blocks)
    assert blocks[0].evidence.spike_engagement_x_median is not None
    assert blocks[0].evidence.spike_engagement_x_median > 20
    assert blocks[0].evidence.n_hidden_likes_near_spike is None


@pytest.mark.parametrize("name", ["viral.jsonl", "grow.jsonl"])
def test_both_paths_agree_on_every_review_input(scorer: Any, name: str) -> None:
    for row in _rows(name).values():
        _assert_equal_blocks(_blocks(scorer, row))
