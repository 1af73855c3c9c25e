"""The collector settings of a scoring run: rare collections inside, the old ones after."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import pytest

from fraud import batch
from fraud.batch import SCORING_GC_THRESHOLDS, scoring_gc


def test_scoring_gc_sets_and_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    with scoring_gc():
        assert gc.get_threshold() == SCORING_GC_THRESHOLDS
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), scoring_gc():
        raise RuntimeError("boom")
    assert gc.get_threshold() == before


def test_a_score_run_scores_under_the_scoring_thresholds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, int, int]] = []

    class Scorer:
        @property
        def manifest(self) -> dict[str, Any]:
            return {}

        def score_many(self, records: list[Any]) -> list[Any]:
            seen.append(gc.get_threshold())
            raise RuntimeError("no model here")  # every record is rejected, on its own

    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"creator_id": "x"}) + "\n", encoding="utf-8")
    before = gc.get_threshold()
    monkeypatch.setattr(batch, "validate_creator", lambda raw, light=False: object())
    summary = batch.run_score(
        str(source), str(tmp_path / "out.jsonl"), scorer_factory=Scorer, progress=False
    )
    assert summary.rejected == 1
    assert seen and all(threshold == SCORING_GC_THRESHOLDS for threshold in seen)
    assert gc.get_threshold() == before
