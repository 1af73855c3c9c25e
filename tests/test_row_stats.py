"""The sort-based row statistics and the one-segment shortcut of ``Segments`` give numpy's
values bit for bit (``fraud.features.base``)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from fraud.features.base import Segments, median_rows, percentile_rows, std_rows


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    """Equal bits, NaN matching NaN (numpy's NaN payloads are not part of any answer)."""
    a, b = np.asarray(a), np.asarray(b)
    if a.shape != b.shape or a.dtype != b.dtype:
        return False
    nan_a, nan_b = np.isnan(a), np.isnan(b)
    return bool((nan_a == nan_b).all()) and a[~nan_a].tobytes() == b[~nan_b].tobytes()


def _matrices(seed: int, count: int) -> list[np.ndarray]:
    """Small matrices of every shape the features reduce, with ties, zeros of both signs,
    infinities and NaN."""
    rng = np.random.default_rng(seed)
    out = []
    for trial in range(count):
        rows, width = int(rng.integers(1, 5)), int(rng.integers(1, 60))
        kind = trial % 5
        if kind == 0:
            m = rng.normal(size=(rows, width))
        elif kind == 1:
            m = np.round(rng.normal(size=(rows, width)) * 2)  # ties, 0.0 and -0.0
        elif kind == 2:
            m = rng.lognormal(size=(rows, width)) * 1e3
        elif kind == 3:
            m = rng.integers(0, 4, size=(rows, width)).astype(float)  # many ties
        else:
            m = np.log((rng.integers(0, 9, size=(rows, width)) + 1.0) / 3.0)
        for every, value in ((7, np.nan), (11, np.inf), (13, -np.inf), (17, -0.0)):
            if trial % every == 0:
                m[rng.integers(rows), rng.integers(width)] = value
        out.append(m)
    return out


def test_median_rows_equals_np_median() -> None:
    for m in _matrices(1, 3000):
        with np.errstate(invalid="ignore"):  # inf + -inf in the middle, as in numpy's mean
            assert _same(median_rows(m), np.median(m, axis=1)), m


def test_std_rows_equals_np_std() -> None:
    for m in _matrices(5, 3000):
        with np.errstate(invalid="ignore"):  # inf - inf, as in numpy's own
            assert _same(std_rows(m), np.std(m, axis=1)), m


def test_median_rows_of_integers_equals_np_median() -> None:
    rng = np.random.default_rng(2)
    for width in range(1, 40):
        m = rng.integers(0, 300, size=(3, width))
        assert _same(median_rows(m), np.median(m, axis=1))


@pytest.mark.parametrize("percents", [(75, 25), (50,), (0, 100), (10, 90, 33), (99.5, 0.5)])
def test_percentile_rows_equals_np_percentile(percents: tuple[float, ...]) -> None:
    for m in _matrices(3, 800):
        with np.errstate(invalid="ignore"):  # inf - inf, in numpy's interpolation as in ours
            expected = np.percentile(m, list(percents), axis=1).T
            got = percentile_rows(m, percents)
        assert _same(got, expected), (percents, m)


def test_a_zero_median_takes_numpys_zero() -> None:
    # a sort and numpy's partition may order 0.0 and -0.0 differently: the zero is numpy's
    m = np.array([[0.0, -0.0, 1.0], [-0.0, 0.0, 0.0], [-1.0, -0.0, 0.0]])
    assert _same(median_rows(m), np.median(m, axis=1))
    assert _same(percentile_rows(m, (50, 25)), np.percentile(m, [50, 25], axis=1).T)


def _groups(segments: Segments, skip: int = 0) -> list[tuple[list[int], list[list[int]]]]:
    return [((rows - skip).tolist(), index.tolist()) for rows, index in segments.groups]


@pytest.mark.parametrize("lengths", [[1], [5], [34], [0], [2, 2], [4, 1, 4]])
def test_segments_of_one_creator_equal_the_general_build(lengths: list[int]) -> None:
    values = np.random.default_rng(4).normal(size=sum(lengths))
    segments = Segments(lengths)
    # the general build: an empty segment first (it moves no start), dropped from the answers
    general = Segments([0, *lengths])
    assert _groups(segments) == _groups(general, skip=1)
    assert segments.starts.tolist() == general.starts[1:].tolist()
    for reduce in (
        lambda m: np.median(m, axis=1),
        lambda m: m.sum(axis=1),
        lambda m: np.std(m, axis=1),
        lambda m: np.percentile(m, [75, 25], axis=1).T,
        lambda m: (m > 0).sum(axis=1),  # integers come back as float64
    ):
        got = segments.apply(values, reduce)
        expected = general.apply(values, reduce)[1:]
        assert _same(got, expected)
        assert got.dtype == np.float64
    if len(values):
        keep = values > 0
        assert segments.count(keep).tolist() == general.count(keep)[1:].tolist()
        assert segments.subset(keep).lengths.tolist() == general.subset(keep).lengths[1:].tolist()


@pytest.mark.parametrize("lengths", [[1], [7], [3, 0, 5], [0, 2], [4, 1, 4, 9]])
def test_counts_of_many_masks_at_once_equal_each_count(lengths: list[int]) -> None:
    rng = np.random.default_rng(6)
    segments = Segments(lengths)
    masks = [rng.random(sum(lengths)) < share for share in (0.0, 0.3, 0.7, 1.0)]
    each = segments.count_each(masks)
    assert [counts.tolist() for counts in each] == [segments.count(m).tolist() for m in masks]
    assert all(counts.dtype == np.int64 for counts in each)


@pytest.mark.parametrize("lengths", [[1], [6], [31], [3, 5]])
def test_columns_reduced_at_once_equal_each_reduced_alone(lengths: list[int]) -> None:
    """One segment's columns stacked into one matrix (``apply_each``, ``median_each``) give
    each column's own answers (bit for bit: zeros keep their sign), with zeros of both
    signs, NaN and ties in some columns."""
    rng = np.random.default_rng(8)
    n = sum(lengths)
    columns = [
        rng.normal(size=n),
        np.round(rng.normal(size=n)),
        np.where(rng.random(n) < 0.5, -0.0, 0.0),
        np.where(rng.random(n) < 0.2, np.nan, rng.normal(size=n)),
        np.zeros(n),
    ]
    segments = Segments(lengths)
    for reduce in (median_rows, std_rows, lambda m: m.sum(axis=1)):
        each = segments.apply_each(columns, reduce)
        assert all(_same(a, segments.apply(v, reduce)) for a, v in zip(each, columns, strict=True))
    for reduce in (median_rows, _middle):
        each = segments.median_each(columns, reduce)
        assert all(_same(a, segments.median(v, reduce)) for a, v in zip(each, columns, strict=True))


def _middle(matrix: np.ndarray) -> np.ndarray:
    """The growth check's row median: the middle of each sorted row, no NaN or zero rule."""
    ordered = np.sort(matrix, axis=1)
    half = ordered.shape[1] // 2
    if ordered.shape[1] % 2:
        return ordered[:, half] / 1.0
    return (ordered[:, half - 1] + ordered[:, half]) / 2.0


@pytest.mark.parametrize("reduce", [median_rows, _middle])
def test_segment_medians_in_one_sort_equal_the_medians_by_length(
    reduce: Callable[[np.ndarray], np.ndarray],
) -> None:
    """``Segments.median`` (one padded sort) gives ``Segments.apply``'s float64 bits, with
    empty segments, ties, infinities, NaN and zeros of both signs among the values."""
    rng = np.random.default_rng(6)
    for trial, m in enumerate(_matrices(8, 1500)):
        values = m.ravel()
        cuts = np.sort(rng.integers(0, len(values) + 1, size=int(rng.integers(0, 18))))
        lengths = np.diff(np.concatenate([[0], cuts, [len(values)]]))
        if trial % 4 == 0:
            lengths = np.insert(lengths, int(rng.integers(len(lengths) + 1)), 0)  # empty
        segments = Segments(lengths)
        with np.errstate(invalid="ignore"):  # inf + -inf in the middle, as in numpy's mean
            got, expected = segments.median(values, reduce), segments.apply(values, reduce)
        assert got.dtype == expected.dtype == np.float64
        assert got.tobytes() == expected.tobytes(), (lengths, values)


@pytest.mark.parametrize("reduce", [std_rows, lambda m: m.sum(axis=1)])
def test_several_columns_reduced_in_one_pass_equal_each_reduced_alone(
    reduce: Callable[[np.ndarray], np.ndarray],
) -> None:
    """``Segments.apply_each`` gives ``Segments.apply``'s float64 bits column by column (a
    matrix of another memory layout would be summed in another order: a test of 1 ulp)."""
    rng = np.random.default_rng(9)
    for trial in range(400):
        lengths = rng.integers(0, 70, size=int(rng.integers(1, 24)))
        lengths[rng.integers(len(lengths))] = lengths[0]  # a length shared by two segments
        segments = Segments(lengths)
        columns = [rng.lognormal(size=int(lengths.sum())) * 10 ** (trial % 5) for _ in range(3)]
        with np.errstate(invalid="ignore"):
            got = segments.apply_each(columns, reduce)
            expected = [segments.apply(values, reduce) for values in columns]
        for a, b in zip(got, expected, strict=True):
            assert a.tobytes() == b.tobytes(), lengths
