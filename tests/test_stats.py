"""``training.stats``: the evaluation's 95% intervals (DeLong for ROC-AUC, Wilson for rates)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.stats import norm, rankdata
from sklearn.metrics import roc_auc_score

from training.stats import auc_interval, bracketed, midranks, share_interval
from training.train import verdict_metrics


def _delong_by_pairs(labels: np.ndarray, scores: np.ndarray) -> tuple[float, float]:
    """DeLong's AUC and variance from every positive-negative pair (the textbook form)."""
    x, y = scores[labels == 1], scores[labels == 0]
    psi = (x[:, None] > y[None, :]) + 0.5 * (x[:, None] == y[None, :])
    v10, v01 = psi.mean(axis=1), psi.mean(axis=0)
    return float(psi.mean()), v10.var(ddof=1) / len(x) + v01.var(ddof=1) / len(y)


def test_midranks_are_scipys() -> None:
    values = np.round(np.random.default_rng(0).normal(size=500), 1)  # many ties
    assert np.array_equal(midranks(values), rankdata(values))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_auc_and_its_interval_are_delongs(seed: int) -> None:
    rng = np.random.default_rng(seed)
    labels = (rng.random(300) < 0.4).astype(int)
    scores = np.round(rng.normal(size=300) + labels, 1)  # ties across the classes too
    auc, low, high = auc_interval(labels, scores)
    reference, variance = _delong_by_pairs(labels, scores)
    assert auc == pytest.approx(roc_auc_score(labels, scores), abs=1e-12)
    assert auc == pytest.approx(reference, abs=1e-12)
    half = 1.959963984540054 * math.sqrt(variance)
    assert (low, high) == pytest.approx((auc - half, auc + half), abs=1e-12)


def test_the_interval_covers_the_true_auc_about_95_times_in_100() -> None:
    # two normal classes a unit apart: the true ROC-AUC is Phi(1 / sqrt 2)
    truth = float(norm.cdf(1 / math.sqrt(2)))
    rng = np.random.default_rng(7)
    covered = 0
    for _ in range(400):
        labels = np.r_[np.ones(60, dtype=int), np.zeros(90, dtype=int)]
        scores = rng.normal(size=150) + labels
        _, low, high = auc_interval(labels, scores)
        covered += low <= truth <= high
    assert 0.91 <= covered / 400 <= 0.98


def test_a_perfect_ranking_has_no_spread_and_bounds_stay_in_0_1() -> None:
    labels = np.array([0, 0, 0, 1, 1, 1])
    assert auc_interval(labels, np.array([0.1, 0.2, 0.3, 0.7, 0.8, 0.9])) == (1.0, 1.0, 1.0)
    auc, low, high = auc_interval(np.array([0, 1, 0, 1]), np.array([0.1, 0.9, 0.2, 0.15]))
    assert 0.0 <= low <= auc <= high <= 1.0
    with pytest.raises(ValueError, match="both classes"):
        auc_interval(np.array([1, 1]), np.array([0.2, 0.3]))


def test_share_intervals_are_wilsons() -> None:
    # not zero: 100 creators are few
    assert share_interval(0, 100) == pytest.approx((0.0, 0.0370), abs=1e-4)
    low, high = share_interval(50, 100)
    assert (low, high) == pytest.approx((0.4038, 0.5962), abs=1e-4)
    assert share_interval(0, 0) == (0.0, 1.0)


def test_verdict_metrics_carry_intervals_around_their_figures() -> None:
    rng = np.random.default_rng(5)
    labels = (rng.random(400) < 0.4).astype(int)
    p = np.clip(0.3 * labels + rng.random(400) * 0.7, 0, 1)
    verdicts = np.where(p > 0.8, "likely_fraudulent", np.where(p < 0.3, "authentic", "suspicious"))
    m = verdict_metrics(p, labels, verdicts)
    for key in ("roc_auc", "genuine_likely_fraudulent", "fraud_authentic"):
        low, high = m[f"{key}_95"]
        assert low <= m[key] <= high and low < high


def test_account_metrics_carry_the_auc_interval() -> None:
    from training import evaluate_accounts

    rng = np.random.default_rng(9)
    labels = (rng.random(300) < 0.5).astype(int)
    probability = np.clip(0.4 * labels + 0.6 * rng.random(300), 0, 1)
    m = evaluate_accounts._metrics(labels, probability)
    low, high = m["auc_95"]
    assert low < m["auc"] < high
    assert m["auc"] == pytest.approx(roc_auc_score(labels, probability), abs=1e-12)


def test_intervals_print_beside_their_figures() -> None:
    assert bracketed([0.8931, 0.9204]) == " (0.893-0.920)"
    assert bracketed([0.094, 0.1357], 100, 1) == " (9.4-13.6)"  # a rate, in percent
    assert bracketed(None) == "" and bracketed([]) == ""  # a report from before the intervals
