"""Leave one training generator out (training.generator_transfer): the generator judged is
never among those the model learned from, and the means are over the generators."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from training import generator_transfer
from training.creator_data import LabelledFeatures


def _features(name: str) -> LabelledFeatures:
    return LabelledFeatures(pd.DataFrame({"creator": [f"{name}:0"]}), Path(name), name)


def _metrics(auc: float) -> dict[str, float]:
    return {
        "roc_auc": auc,
        "fraud_authentic": 0.1,
        "genuine_likely_fraudulent": 0.0,
        "coverage": 0.5,
    }


def test_each_generator_is_judged_by_a_model_that_never_saw_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    others = {name: _features(name) for name in ("delta", "echo", "foxtrot")}
    trained_on: list[set[str]] = []

    class Fitted:
        def __init__(self, extra: list[LabelledFeatures]) -> None:
            self.model = {f.source_sha256 for f in extra}

    def fit(data: LabelledFeatures, seed: int, *, extra: Any) -> Fitted:
        trained_on.append({f.source_sha256 for f in extra})
        return Fitted(list(extra))

    def judge(model: set[str], frame: pd.DataFrame) -> tuple[dict[str, Any], dict[str, Any]]:
        judged = frame["creator"].iloc[0].split(":")[0]
        assert judged not in model
        # ROC-AUC 0.6 for delta, 0.8 for the others: the mean below must weigh each once.
        return {"scraper": _metrics(0.6 if judged == "delta" else 0.8)}, {}

    monkeypatch.setattr(generator_transfer, "fit_on_splits", fit)
    monkeypatch.setattr(generator_transfer, "judge_outside", judge)
    results = generator_transfer.leave_one_out(_features("ours"), others, 7)
    assert list(results) == ["delta", "echo", "foxtrot"]
    assert trained_on == [{"echo", "foxtrot"}, {"delta", "foxtrot"}, {"delta", "echo"}]
    averaged = generator_transfer.means(results)
    assert set(averaged) == {"scraper"}
    assert averaged["scraper"]["roc_auc"] == pytest.approx((0.6 + 0.8 + 0.8) / 3, abs=1e-4)
    assert averaged["scraper"]["coverage"] == 0.5
    # Only the generators asked for are left out.
    only = generator_transfer.leave_one_out(_features("ours"), others, 7, ["echo"])
    assert list(only) == ["echo"]
    assert "|" in generator_transfer._markdown(
        {"command": "c", "held_out": results, "mean": averaged}
    )
