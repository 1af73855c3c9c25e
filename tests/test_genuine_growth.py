"""Comment and like fraud with a genuine creator's follower history (``training.train``
``with_genuine_growth``, the candidate of issue 8, and ``training.evaluate``'s stress test)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from fraud.features import FEATURE_NAMES
from training import evaluate, train
from training.train import FOLLOWER_FREE_FRAUD, GROWTH_FEATURES, with_genuine_growth


def _frame(n: int = 240, seed: int = 5) -> pd.DataFrame:
    """Rows of every kind: genuine donors, follower-free fraud, follower fraud, with and
    without a follower history, in two regimes."""
    rng = np.random.default_rng(seed)
    archetypes = ["steady", "viral", "bot_comments", "pod", "bought_burst", "bought_likes"]
    labels = {"steady": 0, "viral": 0}
    frame = pd.DataFrame(rng.random((n, len(FEATURE_NAMES))), columns=list(FEATURE_NAMES))
    frame["archetype"] = np.resize(archetypes, n)
    frame["label"] = [labels.get(a, 1) for a in frame["archetype"]]
    frame["source_regime"] = np.repeat(["everything", "history_and_comments"], n // 2)
    frame["regime"] = np.repeat(["everything", "follower_history"], n // 2)
    frame["ran_growth"] = rng.random(n) < 0.8
    frame["creator"] = np.arange(n)
    return frame


def test_only_the_follower_history_of_follower_free_fraud_is_replaced() -> None:
    frame = _frame()
    out = with_genuine_growth(frame, seed=1)
    growth = [c for c in GROWTH_FEATURES if c in frame.columns]
    others = [c for c in frame.columns if c not in growth]
    pd.testing.assert_frame_equal(out[others], frame[others])
    recipient = (
        frame["archetype"].isin(sorted(FOLLOWER_FREE_FRAUD)) & frame["ran_growth"]
    ).to_numpy()
    assert recipient.sum() > 20
    # everything else keeps its growth features, bought bursts included (their history
    # is the fraud)
    np.testing.assert_array_equal(
        out[growth].to_numpy()[~recipient], frame[growth].to_numpy()[~recipient]
    )
    genuine = frame[(frame["label"] == 0) & frame["ran_growth"]]
    for i in np.flatnonzero(recipient):
        row = out[growth].to_numpy()[i]
        assert not np.array_equal(row, frame[growth].to_numpy()[i])
        # a whole genuine row of the same regimes, not a mix of columns
        same = genuine[
            (genuine["source_regime"] == frame["source_regime"].iloc[i])
            & (genuine["regime"] == frame["regime"].iloc[i])
        ]
        assert (same[growth].to_numpy() == row).all(axis=1).any()


def test_the_replacement_is_fixed_by_the_seed_and_a_regime_without_donors_keeps_its_own() -> None:
    frame = _frame()
    pd.testing.assert_frame_equal(with_genuine_growth(frame, 3), with_genuine_growth(frame, 3))
    assert not with_genuine_growth(frame, 3).equals(with_genuine_growth(frame, 4))
    alone = frame[frame["label"] == 1]  # no genuine creator to draw from
    pd.testing.assert_frame_equal(with_genuine_growth(alone, 3), alone)


def test_the_candidate_is_used_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = train.with_genuine_growth

    def spy(frame: pd.DataFrame, seed: int) -> pd.DataFrame:
        calls.append(len(frame))
        return real(frame, seed)

    monkeypatch.setattr(train, "with_genuine_growth", spy)
    monkeypatch.setattr(train, "NUM_ROUNDS", 20)  # what is trained on is the question
    frame = _frame(400)
    for check in ("engagement", "comments", "audience", "profile"):
        frame[f"ran_{check}"] = True
    frame["sufficient"] = True
    train.fit_creator_model(frame.iloc[:200], frame.iloc[200:], seed=7)
    assert calls == []
    train.fit_creator_model(frame.iloc[:200], frame.iloc[200:], seed=7, genuine_growth=True)
    assert calls == [200]  # the training rows only: calibration stays as simulated


class _LiftModel:
    """Stands in for the creator model: fraud unless a spike is explained by its own post."""

    feature_names = tuple(FEATURE_NAMES)

    def predict_proba(self, features: np.ndarray, regimes: Any) -> np.ndarray:
        lift = features[:, FEATURE_NAMES.index("spike_engagement_lift")]
        return 1.0 / (1.0 + np.exp(4.0 * lift))


def test_the_stress_test_shows_follower_evidence_cancelling_comment_evidence() -> None:
    frame = _frame(600)
    frame["ran_growth"] = True
    # as simulated: genuine creators have viral spikes their posts explain, fraud never
    frame["spike_engagement_lift"] = np.where(frame["label"] == 0, 3.0, 0.0)
    report = evaluate.genuine_growth_stress(_LiftModel(), frame, seed=2)
    assert set(report) == {"bot_comments", "pod", "bought_likes"}  # not bought_burst
    for by in report.values():
        assert set(by) == set(evaluate.STRESS_REGIMES)
        for cell in by.values():
            assert cell["as_simulated"] == 1.0
            assert cell["genuine_growth"] == 0.5  # every donor explains its spike
