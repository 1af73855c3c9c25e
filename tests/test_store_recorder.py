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
