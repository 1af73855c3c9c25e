"""Sampling uncertainty of the evaluation's figures: how far a figure measured on these
creators could move on another draw of creators from the same generator.

The intervals say nothing about the larger uncertainty, which generator the real world
resembles: two generators differ by more than either interval (``reports/creator.md``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from fraud.features.audience import wilson_interval

__all__ = ["auc_interval", "bracketed", "midranks", "share_interval"]

#: The normal quantile of a two-sided 95% interval.
Z_95 = 1.959963984540054


def midranks(values: np.ndarray) -> np.ndarray:
    """1-based ranks of ``values``, ties given the mean of their places (as
    ``scipy.stats.rankdata``)."""
    _, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    last = np.cumsum(counts)
    return (last - (counts - 1) / 2.0)[inverse]


def auc_interval(labels: np.ndarray, scores: np.ndarray) -> tuple[float, float, float]:
    """ROC-AUC of ``scores`` for ``labels`` (1 = positive) and its 95% interval, by DeLong's
    variance (DeLong, DeLong and Clarke-Pearson 1988; the midrank form of Sun and Xu 2014):
    each positive's share of negatives scored below it (ties count half) and each negative's
    share of positives scored above it vary from creator to creator, and the AUC's variance
    is the sum of their variances over their counts. Closed form, no resampling: the same
    figures on every run. The interval is clipped to [0, 1]."""
    labels = np.asarray(labels).astype(bool)
    scores = np.asarray(scores, dtype=np.float64)
    positives, negatives = scores[labels], scores[~labels]
    m, n = len(positives), len(negatives)
    if m == 0 or n == 0:
        raise ValueError("a ROC-AUC needs both classes")
    overall = midranks(np.concatenate([positives, negatives]))
    # a positive's rank among all less its rank among the positives: the negatives below it
    below = (overall[:m] - midranks(positives)) / n
    # a negative's rank among all less its rank among the negatives: the positives below it
    above = 1.0 - (overall[m:] - midranks(negatives)) / m
    auc = float(below.mean())
    variance = (below.var(ddof=1) if m > 1 else 0.0) / m + (above.var(ddof=1) if n > 1 else 0.0) / n
    half = Z_95 * math.sqrt(max(float(variance), 0.0))
    return auc, max(0.0, auc - half), min(1.0, auc + half)


def share_interval(hits: int, n: int) -> tuple[float, float]:
    """95% Wilson interval of ``hits`` out of ``n`` (a rate measured on ``n`` creators)."""
    return wilson_interval(hits / n if n else 0.0, n, z=Z_95)


def bracketed(bounds: Sequence[float] | None, scale: float = 1.0, places: int = 3) -> str:
    """`` (low-high)`` of an interval as the reports print it beside its figure, scaled (100:
    a rate in percent); empty for a report written before the intervals."""
    if not bounds:
        return ""
    low, high = (scale * bound for bound in bounds)
    return f" ({low:.{places}f}-{high:.{places}f})"
