"""The patterns not checked, found once per creator by the scorer and handed to
:func:`fraud.reasons.build_reasons`, give the reasons found without them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fraud.model import patterns_not_checked
from fraud.reasons import build_reasons, fraud_signals
from fraud.schema import CreatorRecord, Verdict

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples" / "creators.jsonl"


def _examples() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()]


def test_reasons_with_the_patterns_given_equal_those_found_again(scorer: Any) -> None:
    for raw in _examples():
        record = CreatorRecord.model_validate(raw)
        row = scorer.features(record)
        result = scorer.score(record)
        ran = {check for check, block in row.blocks.items() if block.ran}
        unchecked = patterns_not_checked(ran, row.values)
        assert result.metrics["patterns_not_checked"] == unchecked
        contributions = {name: 0.1 for name in scorer.creator_model.feature_names}
        signals = fraud_signals(row, contributions)
        for verdict in Verdict:
            given = build_reasons(row, contributions, verdict, signals, unchecked=list(unchecked))
            found = build_reasons(row, contributions, verdict, signals)
            assert [r.model_dump() for r in given] == [r.model_dump() for r in found]
