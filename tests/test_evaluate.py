"""``training.evaluate``: each outside generator's rows are predicted once, and the tables
built from that one prediction are those of predicting each regime's rows on their own."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import roc_auc_score

from training import evaluate


def _frame(n_per_regime: int = 40) -> pd.DataFrame:
    rng = np.random.default_rng(3)
    regimes = ["everything", "scraper", "profile_posts"]
    n = n_per_regime * len(regimes)
    archetypes = ["organic", "bought_burst:v2", "pod", "organic", "bought_likes"]
    labels = [0, 1, 1, 0, 1]
    return pd.DataFrame(
        {
            "source_regime": np.repeat(regimes, n_per_regime),
            "label": np.resize(labels, n),
            "archetype": np.resize(archetypes, n),
            "score": rng.random(n),  # what the stand-in model predicts for the row
        }
    )


def test_outside_creators_are_predicted_once_for_both_tables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frame = _frame()
    predicted: list[int] = []

    def frame_verdicts(model: Any, rows: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        predicted.append(len(rows))
        p = rows["score"].to_numpy()
        return p, np.where(p > 0.7, "likely_fraudulent", "authentic")

    monkeypatch.setattr(evaluate, "frame_verdicts", frame_verdicts)
    by_regime, aucs = evaluate.judge_outside(object(), frame)
    assert predicted == [len(frame)]  # once, every row (was: again for two regimes' rows)
    assert set(by_regime) == {"everything", "scraper", "profile_posts"}
    for regime in evaluate.ARCHETYPE_AUC_REGIMES:
        rows = frame[frame["source_regime"] == regime]
        base = rows["archetype"].str.split(":").str[0]
        for name in ("bought_burst", "pod", "bought_likes"):
            inside = (base == name) | (rows["label"] == 0)
            expected = roc_auc_score(rows["label"][inside], rows["score"][inside])
            assert aucs[name][regime] == round(float(expected), 3)
