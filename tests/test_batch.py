"""The batch engine (``fraud.batch``): records in, outcomes out, in order, with rejects."""

from __future__ import annotations

import json
from typing import Any

import orjson

from fraud import batch
from fraud.io import RawRecord
from fraud.schema import CreatorRecord
from tests.conftest import SAMPLES
from tests.test_cli import make_stub_scorer


def _samples() -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in (SAMPLES / "creators.jsonl").read_text("utf-8").splitlines()
    ]


def test_validate_creator_accepts_mapping_bytes_and_raw_record() -> None:
    creator = _samples()[0]
    for raw in (creator, orjson.dumps(creator), RawRecord(7, orjson.dumps(creator))):
        checked = batch.validate_creator(raw)
        assert isinstance(checked, CreatorRecord)
        assert checked.creator_id == creator["creator_id"]


def test_validate_creator_returns_the_reason_for_a_bad_record() -> None:
    assert str(batch.validate_creator(b"{oops")).startswith("invalid JSON: ")
    assert batch.validate_creator([1]) == "expected a JSON object, got an array"
    reason = batch.validate_creator({"creator_id": "x", "platform": "tiktok", "profile": {}})
    assert reason == "profile.followers: Field required"


def test_score_chunk_keeps_order_and_numbers_rejects() -> None:
    good = {"creator_id": "a", "platform": "tiktok", "profile": {"followers": 5}}
    raws = [
        good,
        {"creator_id": "b"},
        {**good, "creator_id": "explode"},
        {**good, "creator_id": "d"},
    ]
    outcomes = batch.score_chunk(make_stub_scorer(), raws)
    assert [o.number for o in outcomes] == [1, 2, 3, 4]
    assert [o.ok for o in outcomes] == [True, False, False, True]
    assert outcomes[0].result is not None and outcomes[0].result["creator_id"] == "a"
    assert outcomes[1].reason is not None and "platform: Field required" in outcomes[1].reason
    assert outcomes[2].reason is not None and outcomes[2].reason.startswith("scoring failed")


def test_score_stream_yields_every_chunk_in_input_order() -> None:
    raws = [
        RawRecord(
            n, orjson.dumps({"creator_id": f"c{n}", "platform": "x", "profile": {"followers": n}})
        )
        for n in range(1, 24)
    ]
    seen = []
    for chunk, outcomes in batch.score_stream(iter(raws), make_stub_scorer, jobs=1, chunk_size=5):
        assert [raw.number for raw in chunk] == [o.number for o in outcomes]
        seen += [o.result["creator_id"] for o in outcomes if o.result is not None]
    assert seen == [f"c{n}" for n in range(1, 24)]


def _assert_stream_matches_score_many(
    scorer: Any, creators: list[dict[str, Any]], chunk_size: int
) -> None:
    """``batch.score_stream`` over ``creators`` as JSONL lines answers byte for byte what
    ``scorer.score_many`` answers for the same lines."""
    lines = [orjson.dumps(creator) for creator in creators]
    expected = [
        orjson.dumps(result.model_dump(mode="json"))
        for result in scorer.score_many(
            [CreatorRecord.model_validate(orjson.loads(line)) for line in lines]
        )
    ]
    raws = [RawRecord(n, line) for n, line in enumerate(lines, start=1)]
    got = [
        orjson.dumps(outcome.result)
        for _, outcomes in batch.score_stream(raws, lambda: scorer, chunk_size=chunk_size)
        for outcome in outcomes
    ]
    assert got == expected


def test_batch_engine_matches_scorer_score_many_byte_for_byte(scorer: Any) -> None:
    _assert_stream_matches_score_many(scorer, _samples(), chunk_size=2)


def test_batch_engine_matches_score_many_on_simulated_creators(scorer: Any) -> None:
    import itertools

    from evaluation import final_sim, holdout_sim

    creators = list(itertools.chain(final_sim.generate(30, 3), holdout_sim.generate(30, 3)))
    _assert_stream_matches_score_many(scorer, creators, chunk_size=40)


def test_small_inputs_are_scored_in_this_process(monkeypatch: Any) -> None:
    def no_pool(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a small input started worker processes")

    monkeypatch.setattr(batch, "_WorkerPool", no_pool)
    raws = [
        RawRecord(
            n, orjson.dumps({"creator_id": f"c{n}", "platform": "x", "profile": {"followers": n}})
        )
        for n in range(1, 11)
    ]
    outcomes = [
        o
        for _, chunk in batch.score_stream(raws, make_stub_scorer, jobs=2, chunk_size=5)
        for o in chunk
    ]
    assert [o.number for o in outcomes] == list(range(1, 11))
