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

    def fit(data: LabelledFeatures, seed: int, *, extra: Any, params: Any) -> Fitted:
        assert params is None  # the shipped recipe unless asked otherwise
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


def test_a_candidate_recipe_reaches_the_booster_and_its_report_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    others = {name: _features(name) for name in ("delta", "echo")}
    given: list[Any] = []

    class Fitted:
        model = None

    def fit(data: LabelledFeatures, seed: int, *, extra: Any, params: Any) -> Fitted:
        given.append(params)
        return Fitted()

    def judge(model: None, frame: pd.DataFrame) -> tuple[dict[str, Any], dict[str, Any]]:
        return {"everything": _metrics(0.7)}, {}

    monkeypatch.setattr(generator_transfer, "fit_on_splits", fit)
    monkeypatch.setattr(generator_transfer, "judge_outside", judge)
    params = dict(map(generator_transfer.parse_param, ["num_leaves=16", "extra_trees=false"]))
    assert params == {"num_leaves": 16, "extra_trees": False}
    results = generator_transfer.leave_one_out(_features("ours"), others, 7, None, params)
    assert given == [params, params]
    report = {"command": "c", "params": params, "held_out": results}
    report["mean"] = generator_transfer.means(results)
    shipped = {"held_out": {"delta": {}, "echo": {}}, "mean": {"everything": _metrics(0.6)}}
    text = generator_transfer._markdown(report, shipped)
    assert "`num_leaves` = 16" in text and "`extra_trees` = False" in text
    assert "| mean, shipped recipe" in text and "0.600 /" in text
    # the shipped recipe's mean is shown only beside the same generators left out
    other = {"held_out": {"delta": {}}, "mean": {"everything": _metrics(0.6)}}
    assert "shipped recipe (" not in generator_transfer._markdown(report, other)


def test_a_candidate_must_name_its_report(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        generator_transfer.main(["--param", "num_leaves=16"])
    assert exit_.value.code == 2
    assert "--report" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        generator_transfer.main(["--param", "no-equals-sign", "--report", "x"])
    assert "expected KEY=VALUE" in capsys.readouterr().err
