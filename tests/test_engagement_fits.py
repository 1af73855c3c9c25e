"""The chunk path's line fit and correlation equal numpy's polyfit and corrcoef bit for bit."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from fraud.features.engagement import _correlation, _slope


def _cases(seed: int, count: int) -> list[tuple[np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(seed)
    cases = []
    for k in range(count):
        n = int(rng.integers(2, 80))
        if k % 3:
            days = rng.integers(0, 400, n).astype(np.float64)  # whole days, repeats
        else:
            days = np.sort(rng.random(n) * 365.0 + 739000.0)  # fractional days
        values = np.log(rng.random(n) * rng.choice([1e-3, 1.0, 1e6]) + 1e-6)
        if k % 11 == 0:
            values = np.full(n, np.log(0.5 + 1e-6))  # flat
        cases.append((days - days.min(), values))
    return cases


@pytest.mark.parametrize("seed", range(3))
def test_slope_equals_polyfit(seed: int) -> None:
    for x, y in _cases(seed, 1500):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            expected = float(np.polyfit(x, y, 1)[0])
            got = _slope(x, y)
        assert np.float64(got).tobytes() == np.float64(expected).tobytes()


def test_slope_fails_as_polyfit_on_one_day() -> None:
    """All posts on one day (the chunk path needs a 21-day span, so it never asks)."""
    x, y = np.zeros(4), np.array([1.0, 2.0, 3.0, 4.0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(np.linalg.LinAlgError):
            np.polyfit(x, y, 1)
        with pytest.raises(np.linalg.LinAlgError):
            _slope(x, y)


@pytest.mark.parametrize("seed", range(3))
def test_correlation_equals_corrcoef(seed: int) -> None:
    rng = np.random.default_rng(seed + 100)
    for x, y in _cases(seed, 1500):
        likes = np.log1p(np.floor(np.exp(rng.random(len(x)) * 12)))
        with warnings.catch_warnings():  # a flat series: 0/0, NaN on both sides
            warnings.simplefilter("ignore")
            expected = float(np.corrcoef(likes, y)[0, 1])
            got = _correlation(likes, y)
        assert np.float64(got).tobytes() == np.float64(expected).tobytes()
    pair = (np.array([1.0, 2.0]), np.array([3.0, 1.0]))
    assert _correlation(*pair) == float(np.corrcoef(*pair)[0, 1]) < -0.999
