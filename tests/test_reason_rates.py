"""training/reason_rates.py replays the scorer's reasons and verdicts exactly, from feature tables."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from fraud.schema import CreatorRecord, Severity
from fraud.scoring import Scorer
from training.creator_data import load_labelled_features
from training.reason_rates import FRAUD_CODES, _markdown, _replay, reason_rates
from training.simulate import as_regime, load_pools, simulate_creators


@pytest.fixture(scope="module")
def creators(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rates") / "creators.jsonl"
    raws = list(simulate_creators(30, seed=5, pools=load_pools()))
    path.write_bytes(b"".join(orjson.dumps(raw) + b"\n" for raw in raws))
    return path


def test_replay_gives_the_scorers_severities_and_verdicts(scorer: Scorer, creators: Path) -> None:
    frame = load_labelled_features(creators, cache=False).frame
    replayed = _replay(scorer.creator_model, frame)
    records = [
        CreatorRecord.model_validate(orjson.loads(line))
        for line in creators.read_bytes().splitlines()
    ]
    flagged = 0
    for i, (creator, regime) in enumerate(
        zip(frame["creator"], frame["source_regime"], strict=True)
    ):
        result = scorer.score(as_regime(records[int(creator)], str(regime)))
        row = replayed.iloc[i]
        assert row["verdict"] == result.verdict.value, (creator, regime)
        scored = {
            r.code: r.severity.value
            for r in result.reasons
            if r.code in FRAUD_CODES and r.severity is not Severity.INFO
        }
        assert {code: row[code] for code in FRAUD_CODES if row[code]} == scored, (creator, regime)
        flagged += any(s in ("medium", "high") for s in scored.values())
    # Not a vacuous comparison: some rows carry red flags, some do not.
    assert 0 < flagged < len(frame)
    # A red flag only ever moves a creator to suspicious, or past the likely_fraudulent cut
    # from suspicious (the model alone) to likely_fraudulent.
    moved = replayed[replayed["verdict"] != replayed["unflagged_verdict"]]
    assert set(moved["verdict"]) <= {"suspicious", "likely_fraudulent"}
    assert set(moved[moved["verdict"] == "likely_fraudulent"]["unflagged_verdict"]) <= {
        "suspicious"
    }
    assert moved[list(FRAUD_CODES)].isin(["medium", "high"]).any(axis=1).all()
    # (the engagement doubt's rows: tests/test_engagement_doubt.py, on creators it moves)
    rates = reason_rates(replayed)
    assert set(rates) == set(frame["source_regime"])
    for regime, by_regime in rates.items():
        inside = replayed[(replayed["source_regime"] == regime) & (replayed["label"] == 0)]
        n_likely = int((inside["verdict"] == "likely_fraudulent").sum())
        assert by_regime["genuine_likely_fraudulent_drivers"]["n"] == n_likely
    for by_regime in rates.values():
        for code in FRAUD_CODES:
            for kind in ("genuine", "fraud"):
                assert sum(by_regime["firing"][code][kind].values()) <= 1.0
    report = {"command": "c", "model_version": "v", "rule": "r", "sources": {"ours": rates}}
    before = {"path": "p", "command": "c0", "rule": "r0", "sources": {"ours": rates}}
    text = _markdown({**report, "before": before})
    assert all(f"| {code} |" in text for code in FRAUD_CODES)
    assert "## Before → after" in text and "genuine `likely_fraudulent`" in text
    assert "by the engagement doubt" in text
