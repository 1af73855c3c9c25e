"""``fraud score --store`` validates each record once and stores scores from the result dicts.

The recorder hands the engine the completed ``CreatorRecord`` itself instead of its JSON form
(which the engine then validated a second time), and the store takes the engine's result
dicts instead of re-validating each into a ``ScoreResult``. Both shortcuts must change
nothing: the record the scorer sees, the scores written and the rows stored are compared
with the old round trips on real records and the shipped models.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fraud import batch, validation
from fraud.cli import main
from fraud.io import RawRecord, iter_raw_records
from fraud.schema import CreatorRecord, ScoreResult
from fraud.store import CreatorStore, _score_values
from fraud.store.recorder import StoreRecorder
from tests.conftest import creator_seen_twice

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples" / "creators.jsonl"


def test_a_completed_record_equals_its_json_round_trip_and_scores_the_same(
    tmp_path: Path, scorer: Any
) -> None:
    with CreatorStore.open(tmp_path / "s.sqlite") as store:
        raws = list(iter_raw_records(SAMPLES))
        # a second pass, so the stored history of the first completes the records
        for _ in range(2):
            recorder = StoreRecorder(store)
            completed = list(recorder.complete(raws))
            outcomes = batch.score_chunk(scorer, completed)
            recorder.record(outcomes)
    assert all(isinstance(raw.payload, CreatorRecord) for raw in completed)
    old_path = [  # what the recorder used to hand on: the JSON form, validated again
        CreatorRecord.model_validate(raw.payload.model_dump(mode="json", exclude_none=True))
        for raw in completed
    ]
    # equal values (which fields count as "set" may differ; nothing reads that)
    assert [r.model_dump() for r in old_path] == [raw.payload.model_dump() for raw in completed]
    old_results = [result.model_dump(mode="json") for result in scorer.score_many(old_path)]
    assert [outcome.result for outcome in outcomes] == old_results
    for result in old_results:  # rows stored from the dict equal those from the model
        assert _score_values(result) == _score_values(ScoreResult.model_validate(result))


def test_score_with_store_validates_each_record_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    fast = validation.validate_creator_json

    def counting(data: bytes, *, light: bool = False) -> CreatorRecord | None:
        calls.append(1)
        return fast(data, light=light)

    monkeypatch.setattr(validation, "validate_creator_json", counting)
    slow = validation.validate_with_pydantic
    monkeypatch.setattr(validation, "validate_with_pydantic", lambda p: calls.append(1) or slow(p))
    out = tmp_path / "scored.jsonl"
    args = ["score", str(SAMPLES), "-o", str(out), "--store", str(tmp_path / "s.sqlite")]
    assert main([*args, "--jobs", "1", "--no-progress"]) == 0
    assert len(out.read_text().splitlines()) == 5
    assert len(calls) == 5


def test_a_record_completed_from_the_store_previews_as_json() -> None:
    record = CreatorRecord.model_validate_json(SAMPLES.read_bytes().splitlines()[0])
    preview = RawRecord(1, record).preview()  # what a rejects row shows (e.g. scoring failed)
    expected = json.dumps(record.model_dump(mode="json", exclude_none=True), ensure_ascii=False)
    assert json.loads(expected)["creator_id"] in preview
    assert preview.replace(" ", "")[:200] == expected.replace(" ", "")[:200]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_creator_twice_in_one_input_is_scored_as_in_two_runs_in_turn(
    tmp_path: Path, jobs: str
) -> None:
    """The engine reads ahead of what it has scored and recorded, so a creator's second record
    in one input was completed without the first's snapshots; it is now completed with them,
    as two runs one after the other (and the service's batch) complete it."""
    first, second, other = creator_seen_twice("twice")
    records = [first, other, second] * 2  # and the whole again: three records in flight
    source = tmp_path / "all.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records))
    together = tmp_path / "together.jsonl"
    argv = ["score", str(source), "-o", str(together), "--jobs", jobs, "--chunk-size", "1"]
    assert main([*argv, "--store", str(tmp_path / "a.sqlite"), "--no-progress"]) == 0
    in_turn = []
    for number, record in enumerate(records):
        one, out = tmp_path / f"{number}.jsonl", tmp_path / f"{number}.out.jsonl"
        one.write_text(json.dumps(record) + "\n")
        argv = ["score", str(one), "-o", str(out), "--store", str(tmp_path / "b.sqlite")]
        assert main([*argv, "--jobs", "1", "--no-progress"]) == 0
        in_turn.append(json.loads(out.read_text()))
    scored = [json.loads(line) for line in together.read_text().splitlines()]
    assert scored == in_turn
    alone = tmp_path / "alone.out.jsonl"  # the second record without the first's history
    argv = ["score", str(tmp_path / "2.jsonl"), "-o", str(alone), "--jobs", "1"]
    assert main([*argv, "--store", str(tmp_path / "c.sqlite"), "--no-progress"]) == 0
    assert json.loads(alone.read_text()) != scored[2]
