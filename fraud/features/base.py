"""What every feature module shares: the block it returns and the context it reads."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import numpy as np

from fraud.norms import EngagementNorms
from fraud.schema import Platform, Post
from fraud.stopping import slices

if TYPE_CHECKING:
    from fraud.audience import AccountColumns, FollowerModel
    from fraud.comment_quality import CommentClassifier
    from fraud.features.growth import FailedObservations

__all__ = [
    "NAN",
    "AccountRows",
    "FamilyEvidence",
    "FeatureBlock",
    "FeatureContext",
    "Segments",
    "median_rows",
    "percentile_rows",
    "post_engagement",
    "segment_apply",
    "segment_starts",
    "shared_stop",
    "std_rows",
    "text_slices",
]

NAN = float("nan")


class FamilyEvidence:
    """Base of a signal family's typed evidence (a dataclass per family).

    Reasons read the fields by attribute, so a misspelt name fails the type check instead of
    a reason going silent; :meth:`get` serves the code that picks fields by name (the
    evidence a reason carries, the headline metrics).
    """

    __slots__ = ()

    def get(self, key: str) -> Any:
        """The field ``key`` (``None`` when unset or not a field)."""
        return getattr(self, key, None)

    def __getitem__(self, key: str) -> Any:
        """Mapping-style read for code written against the old evidence dicts."""
        if key not in self.__dataclass_fields__:  # type: ignore[attr-defined]
            raise KeyError(key)
        return getattr(self, key)

    def as_dict(self) -> dict[str, Any]:
        """The set fields, by name."""
        return {k: v for k, v in asdict(self).items() if v is not None}  # type: ignore[call-overload]


@dataclass(slots=True)
class FeatureBlock:
    """The output of one signal family for one creator.

    ``values`` maps every feature name of the family to a number (NaN when unknown);
    ``evidence`` holds what a reason needs to speak (dates, sizes, counts): a
    :class:`FamilyEvidence` dataclass (growth, engagement, profile) or a mapping; ``ran`` says
    whether the check had enough data, and ``note`` why not when it did not.
    """

    check: str
    values: dict[str, float]
    evidence: Any = field(default_factory=dict)
    ran: bool = True
    note: str | None = None

    @classmethod
    def skipped(cls, check: str, names: Iterable[str], note: str) -> FeatureBlock:
        """A block for a check that could not run: every feature NaN, with the reason."""
        return cls(check, dict.fromkeys(names, NAN), {}, ran=False, note=note)


@dataclass(frozen=True, slots=True)
class AccountRows:
    """Where a creator's sampled followers sit in a chunk's :class:`AccountColumns`."""

    columns: AccountColumns
    start: int
    stop: int


@dataclass(slots=True)
class FeatureContext:
    """Everything a feature module may read besides the record itself."""

    as_of: datetime
    norms: EngagementNorms
    follower_model: FollowerModel | None = None
    comment_classifier: CommentClassifier | None = None
    # Fake probabilities of the follower sample, when the caller predicted them in a batch.
    fake_probabilities: np.ndarray | None = None
    # The follower sample's rows in the chunk's account columns, when the caller built them.
    accounts: AccountRows | None = None
    # The failed observations of the record's follower history, judged once for the growth
    # and engagement checks (fraud.features.extract_features and extract_many set them; a
    # check given none, or none of this record's history, judges them itself).
    failed_observations: FailedObservations | None = None
    # The scoring's stop check (fraud.stopping), when it has one: the long steps check it
    # between slices of their work (the results never depend on it).
    stop: Callable[[], bool] | None = None


def shared_stop(contexts: Sequence[FeatureContext]) -> Callable[[], bool] | None:
    """The stop check of work done once for all ``contexts`` (a chunk's): their stop when they
    share one (a scoring gives all its contexts the same), else one that says stop when each
    of theirs does, or None when one of them has none (that record's work goes on)."""
    stops = list({id(ctx.stop): ctx.stop for ctx in contexts}.values())
    if len(stops) == 1:
        return stops[0]
    if not stops or any(stop is None for stop in stops):
        return None
    return lambda: all(stop() for stop in stops)  # type: ignore[misc]


#: The most characters (and texts) of comment texts that one step of the comment features
#: reads at once, with a stop check before each slice (:func:`text_slices`): on
#: benchmarks/worst_creator.py's shapes a slice then costs under 0.05 s of CPU (emoji
#: strings, the dearest per character, 0.7 us); a realistic creator's comments (180 of them,
#: a few thousand characters) make one slice.
SLICE_CHARS = 50_000
SLICE_TEXTS = 4096


def text_slices(texts: Sequence[str]) -> list[range]:
    """Consecutive ranges of ``texts`` of at most :data:`SLICE_TEXTS` texts and
    :data:`SLICE_CHARS` characters (at least one text each; none for no text)."""
    return slices(texts, SLICE_TEXTS, SLICE_CHARS)


# Which interaction counts make up "engagement" on each platform (ARCHITECTURE.md).
_ENGAGEMENT_FIELDS: dict[Platform, tuple[str, ...]] = {
    Platform.WEIBO: ("likes", "comments", "shares"),
    Platform.DOUYIN: ("likes", "comments", "shares"),
    Platform.KUAISHOU: ("likes", "comments", "shares"),
    Platform.WECHAT_CHANNELS: ("likes", "comments", "shares"),
    Platform.REDNOTE: ("likes", "comments", "shares", "saves"),
    Platform.BILIBILI: ("likes", "comments", "shares", "danmaku", "coins"),
    Platform.INSTAGRAM: ("likes", "comments"),
    Platform.TIKTOK: ("likes", "comments", "shares"),
    Platform.YOUTUBE: ("likes", "comments"),
    Platform.TWITTER: ("likes", "comments", "shares"),
    Platform.OTHER: ("likes", "comments"),
}


def post_engagement(post: Post, platform: Platform) -> int:
    """Interactions on one post, counted the way ``platform`` counts them.

    Weibo counts reposts (``shares``) + comments + likes; Douyin, Kuaishou and WeChat
    Channels likes + comments + shares; RedNote adds saves; Bilibili adds danmaku and coins.
    A count the record lacks adds nothing.
    """
    total = 0
    for name in _ENGAGEMENT_FIELDS[platform]:
        value = getattr(post, name)
        if value:
            total += value
    return total


def segment_starts(lengths: np.ndarray) -> np.ndarray:
    """Where each segment of a concatenation starts, given the segments' lengths."""
    starts = np.zeros(len(lengths), dtype=np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    return starts


class Segments:
    """Segments of a concatenation (one per creator), grouped by length for row reductions.

    :meth:`apply` stacks the segments of one length into a matrix and reduces its rows in one
    call: ``reduce(matrix)`` returns one result per row (or one row of results per row).
    numpy reduces each row of a C-contiguous matrix exactly as it reduces that row alone (the
    same pairwise summation, the same partition), so ``np.sum``, ``np.mean``, ``np.std``,
    ``np.median`` and ``np.percentile`` along ``axis=1`` give bit for bit the values of the
    per-creator calls; tests hold the chunk features to the per-creator ones.
    """

    def __init__(self, lengths: np.ndarray | Iterable[int]):
        self.lengths = np.asarray(lengths, dtype=np.int64)
        # One segment (a creator scored alone): its group built directly, the same arrays.
        self.whole = len(self.lengths) == 1 and int(self.lengths[0]) > 0
        if self.whole:
            self.starts = np.zeros(1, dtype=np.int64)
            self.groups = [(np.zeros(1, dtype=np.int64), np.arange(int(self.lengths[0]))[None, :])]
            return
        self.starts = segment_starts(self.lengths)
        self.groups = [
            (rows, self.starts[rows, None] + np.arange(length))
            for length in np.unique(self.lengths).tolist()
            if length > 0
            for rows in (np.flatnonzero(self.lengths == length),)
        ]

    def __len__(self) -> int:
        return len(self.lengths)

    def apply(
        self, values: np.ndarray, reduce: Callable[[np.ndarray], np.ndarray], empty: float = NAN
    ) -> np.ndarray:
        """``reduce`` of each segment of ``values``; empty segments get ``empty``."""
        if self.whole and len(values) == self.lengths[0]:  # one segment: all of ``values``
            return np.array(reduce(values[None, :]), dtype=np.float64)
        out: np.ndarray | None = None
        for rows, index in self.groups:
            result = np.asarray(reduce(values[index]))
            if out is None:
                out = np.full((len(self.lengths), *result.shape[1:]), empty, dtype=np.float64)
            out[rows] = result
        return out if out is not None else np.full(len(self.lengths), empty, dtype=np.float64)

    def apply_each(
        self, columns: Sequence[np.ndarray], reduce: Callable[[np.ndarray], np.ndarray]
    ) -> list[np.ndarray]:
        """``[self.apply(values, reduce) for values in columns]`` for a ``reduce`` with one
        result per row, in one pass over the segment lengths: the rows of every column's
        segments of one length reduced in one call. Each row is reduced as it is alone (as
        :meth:`apply` has it), so the same values, with the per-length work paid once for
        all the columns instead of once each."""
        if len(columns) < 2 or (self.whole and not self._stackable(columns)):
            return [self.apply(values, reduce) for values in columns]
        if self.whole:  # one segment: every column is a row of one matrix, reduced at once
            return self._whole_rows(np.stack(columns), reduce)
        stack = np.stack(columns)  # (columns, items)
        k = len(columns)
        out = np.full((k, len(self.lengths)), NAN, dtype=np.float64)
        for rows, index in self.groups:
            # (columns x segments of this length, length), C-contiguous as apply's matrices
            # (numpy reduces rows of another layout in another order)
            picked = np.ascontiguousarray(stack[:, index]).reshape(-1, index.shape[1])
            result = np.asarray(reduce(picked))
            out[:, rows] = result.reshape(k, len(rows))
        return list(out)

    def _stackable(self, columns: Sequence[np.ndarray]) -> bool:
        """Whether ``columns`` (two or more) stack into a float64 matrix of the one segment's
        rows, each row the whole column."""
        length = int(self.lengths[0])
        return all(
            values.ndim == 1 and len(values) == length and values.dtype == np.float64
            for values in columns
        )

    @staticmethod
    def _whole_rows(
        stack: np.ndarray, reduce: Callable[[np.ndarray], np.ndarray]
    ) -> list[np.ndarray]:
        """``reduce`` of each row of ``stack`` (one column of values a row), each as
        :meth:`apply` gives a one-segment answer (one row of results). A row of a
        C-contiguous matrix is reduced as that row alone is (see the class)."""
        out = np.array(reduce(stack), dtype=np.float64)
        return [out[row : row + 1] for row in range(len(stack))]

    def median_each(
        self, columns: Sequence[np.ndarray], reduce: Callable[[np.ndarray], np.ndarray]
    ) -> list[np.ndarray]:
        """``[self.median(values, reduce) for values in columns]``; for one segment, the
        columns' rows reduced in one call (the same values: ``reduce`` is a row median,
        each row's its own)."""
        if len(columns) >= 2 and self.whole and self._stackable(columns):
            return self._whole_rows(np.stack(columns), reduce)
        return [self.median(values, reduce) for values in columns]

    def median(self, values: np.ndarray, reduce: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
        """``self.apply(values, reduce)`` for a ``reduce`` that is a row median taken from a
        sort (:func:`median_rows`, or the middle value or the mean of the two of a sorted
        row), in one sort for all segments instead of one per segment length.

        Every segment is a row of one matrix padded with ``+inf`` (sorted after every value a
        row may hold but NaN), so its first ``length`` sorted items are the segment's own
        sorted values and the same middle items give the same float64 results: some five
        times faster on a chunk of 16 creators, whose post counts nearly all differ. A segment
        holding NaN (sorted after the padding) or a -0.0 (which a sort may order before or
        after a 0.0 depending on the row's length) takes ``reduce`` on its own row.
        """
        lengths = self.lengths
        if self.whole or values.dtype != np.float64 or not len(values):
            return self.apply(values, reduce)
        n = len(lengths)
        padded = np.full((n, int(lengths.max())), np.inf)
        owner = np.repeat(np.arange(n), lengths)
        padded[owner, np.arange(len(values)) - self.starts[owner]] = values
        padded.sort(axis=1)
        rows, half = np.arange(n), lengths // 2
        odd = (lengths % 2).astype(bool)
        out = (padded[rows, np.maximum(half - 1, 0)] + padded[rows, half]) / 2.0
        out[odd] = padded[rows[odd], half[odd]] / 1.0
        out[lengths == 0] = NAN  # as apply leaves an empty segment
        unsure = np.isnan(values) | (np.signbit(values) & (values == 0.0))
        if unsure.any():
            for k in np.unique(owner[unsure]).tolist():
                start = int(self.starts[k])
                own = values[start : start + int(lengths[k])]
                out[k] = np.asarray(reduce(own[None, :]), dtype=np.float64)[0]
        return out

    def count(self, keep: np.ndarray) -> np.ndarray:
        """How many items of each segment ``keep`` marks."""
        if len(keep) == 0:
            return np.zeros(len(self.lengths), dtype=np.int64)
        counts = np.add.reduceat(keep.astype(np.int64), self.starts)
        counts[self.lengths == 0] = 0  # reduceat reads the next item for an empty segment
        return counts

    def count_each(self, keeps: Sequence[np.ndarray]) -> list[np.ndarray]:
        """``[self.count(keep) for keep in keeps]`` (masks of one length), the masks stacked
        and counted in one ``reduceat``: the same integers, with one call's fixed cost."""
        if len(keeps) < 2 or len(keeps[0]) == 0:
            return [self.count(keep) for keep in keeps]
        counts = np.add.reduceat(np.array(keeps, dtype=np.int64), self.starts, axis=1)
        counts[:, self.lengths == 0] = 0  # reduceat reads the next item for an empty segment
        return list(counts)

    def subset(self, keep: np.ndarray) -> Segments:
        """The segments of ``values[keep]``."""
        return Segments(self.count(keep))


def _has_negative_zero(values: np.ndarray) -> bool:
    """Whether ``values`` hold a -0.0: a sort may order it before or after a 0.0 where
    numpy's partition does the other, so a zero result of the row statistics is numpy's
    own when there is one (a non-zero result has the same bits either way)."""
    return bool(np.any(np.signbit(values) & (values == 0.0)))


def median_rows(matrix: np.ndarray) -> np.ndarray:
    """``np.median(matrix, axis=1)`` of a 2-D matrix, from a sort: the same middle order
    statistics and the same mean of the two for an even width (``(a + b) / 2`` in float64),
    a row holding NaN gives NaN, so the same values; without ``np.median``'s fixed cost of
    some 10 µs a call (a creator scored alone pays it once per median)."""
    values = np.asarray(matrix, dtype=np.float64)
    ordered = np.sort(values, axis=1)
    width = ordered.shape[1]
    half = width // 2
    if width % 2:
        middle = ordered[:, half] / 1.0  # a fresh array, as np.median returns
    else:
        middle = (ordered[:, half - 1] + ordered[:, half]) / 2.0
    has_nan = np.isnan(ordered[:, -1])  # NaN sorts last; np.median answers that NaN
    if has_nan.any():
        middle[has_nan] = ordered[has_nan, -1]
    if not middle.all() and _has_negative_zero(values):  # a zero median: which zero?
        return np.asarray(np.median(values, axis=1), dtype=np.float64)
    return middle


def std_rows(matrix: np.ndarray) -> np.ndarray:
    """``np.std(matrix, axis=1)`` of a 2-D float matrix, with the ufunc calls numpy's own
    ``_var`` makes (row sums, the mean divided in place, squared deviations summed, divided
    by the width, the root), so the same values, without ``np.std``'s fixed cost."""
    values = np.asarray(matrix, dtype=np.float64)
    width = values.shape[1]
    mean = np.add.reduce(values, axis=1, keepdims=True)
    np.true_divide(mean, width, out=mean)
    deviations = values - mean
    np.multiply(deviations, deviations, out=deviations)
    spread = np.add.reduce(deviations, axis=1) / width
    return np.sqrt(spread, out=spread)


def percentile_rows(matrix: np.ndarray, percents: Sequence[float]) -> np.ndarray:
    """``np.percentile(matrix, percents, axis=1).T`` of a 2-D float matrix (numpy's default
    ``linear`` method), from a sort: the same neighbouring order statistics, the same weight
    and numpy's own interpolation (``a + (b - a) * t`` below ``t = 0.5``, ``b - (b - a) *
    (1 - t)`` from it), and NaN for a row holding NaN; one column per percent."""
    values = np.asarray(matrix, dtype=np.float64)
    ordered = np.sort(values, axis=1)
    width = ordered.shape[1]
    out = np.empty((ordered.shape[0], len(percents)), dtype=np.float64)
    for column, percent in enumerate(percents):
        virtual = (width - 1) * (float(percent) / 100.0)
        below = math.floor(virtual)
        above = below + 1
        if virtual >= width - 1:  # numpy takes the last item for both, weighted from -1
            below = above = -1
        weight = virtual - below
        lower, upper = ordered[:, below], ordered[:, above]
        step = upper - lower
        if weight >= 0.5:
            out[:, column] = upper - step * (1.0 - weight)
        else:
            out[:, column] = lower + step * weight
    has_nan = np.isnan(ordered[:, -1])
    if has_nan.any():
        out[has_nan] = NAN
    if not out.all() and _has_negative_zero(values):  # a zero result: which zero?
        return np.asarray(np.percentile(values, list(percents), axis=1).T, dtype=np.float64)
    return out


def segment_apply(
    values: np.ndarray,
    lengths: np.ndarray,
    reduce: Callable[[np.ndarray], np.ndarray],
    empty: float = NAN,
) -> np.ndarray:
    """:meth:`Segments.apply` for segments used once."""
    return Segments(lengths).apply(values, reduce, empty)
