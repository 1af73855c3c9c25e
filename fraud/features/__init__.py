"""The feature pipeline: one module per signal family, assembled into one named row.

Each family module exposes ``CHECK`` (its name in reasons), ``NAMES`` (its feature names,
spelled once) and ``extract(record, ctx) -> FeatureBlock``. :data:`FEATURE_NAMES` is their
concatenation; the model manifest stores it, and vectors are built by name, never by position
in code elsewhere.

A family may also expose ``extract_many(records, contexts) -> list[FeatureBlock]``, equal
element by element to ``[extract(r, c) for r, c in zip(records, contexts)]`` but computed for
a whole chunk at once (array operations over the chunk's concatenated posts, snapshots and
followers). :func:`extract_many` uses it when present; :func:`extract_features` stays the
per-creator reference, and tests hold the two equal on real corpora.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter
from types import ModuleType

import numpy as np

from fraud.features import audience, comments, engagement, growth, profile
from fraud.features.base import FeatureBlock, FeatureContext
from fraud.schema import CreatorRecord, without_repeated_comments

__all__ = [
    "CHECKS",
    "FEATURE_NAMES",
    "FeatureBlock",
    "FeatureContext",
    "FeatureRow",
    "extract_features",
    "extract_many",
    "feature_matrix",
]

_FAMILIES: tuple[ModuleType, ...] = (growth, engagement, comments, audience, profile)
CHECKS: tuple[str, ...] = tuple(family.CHECK for family in _FAMILIES)
FEATURE_NAMES: tuple[str, ...] = tuple(name for family in _FAMILIES for name in family.NAMES)
_EXTRACTORS: dict[str, Callable[[CreatorRecord, FeatureContext], FeatureBlock]] = {
    family.CHECK: family.extract for family in _FAMILIES
}
_ManyExtractor = Callable[[Sequence[CreatorRecord], Sequence[FeatureContext]], list[FeatureBlock]]


def _per_item(
    extract: Callable[[CreatorRecord, FeatureContext], FeatureBlock],
) -> _ManyExtractor:
    def extract_each(
        records: Sequence[CreatorRecord], contexts: Sequence[FeatureContext]
    ) -> list[FeatureBlock]:
        return [extract(r, c) for r, c in zip(records, contexts, strict=True)]

    return extract_each


_MANY_EXTRACTORS: dict[str, _ManyExtractor] = {
    family.CHECK: getattr(family, "extract_many", None) or _per_item(family.extract)
    for family in _FAMILIES
}


@dataclass(slots=True)
class FeatureRow:
    """All feature blocks of one creator (its blocks are not changed once it is built: the
    merged :attr:`values` are computed once)."""

    blocks: dict[str, FeatureBlock]
    # The failed observations of the record's follower history as the checks judged them
    # (FeatureContext.failed_observations), for a reader of the row that needs them too (the
    # report's charts), so that nothing judges them again; None for a row built otherwise.
    failed_observations: growth.FailedObservations | None = field(
        default=None, repr=False, compare=False
    )
    _values: dict[str, float] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def values(self) -> dict[str, float]:
        """Every feature of every block, by name (a fresh dict: callers may add to it)."""
        if self._values is None:
            self._values = {
                name: value
                for block in self.blocks.values()
                for name, value in block.values.items()
            }
        return dict(self._values)

    def vector(self, names: tuple[str, ...] | list[str]) -> np.ndarray:
        """The values in the order ``names`` gives (a model's manifest order)."""
        values = self.values
        return np.array([values[name] for name in names], dtype=np.float64)


# Each family's feature values in NAMES order, read in one C call per block.
_GETTERS: tuple[tuple[str, Callable[[dict[str, float]], tuple[float, ...]]], ...] = tuple(
    (family.CHECK, itemgetter(*family.NAMES)) for family in _FAMILIES
)
_FEATURE_INDEX = {name: index for index, name in enumerate(FEATURE_NAMES)}


def feature_matrix(rows: Sequence[FeatureRow], names: Sequence[str]) -> np.ndarray:
    """The rows' values as a matrix, columns in the order ``names`` gives.

    Equal to ``np.vstack([row.vector(names) for row in rows])``, built from each block's
    values in family order instead of a merged dict per row.
    """
    missing = [name for name in names if name not in _FEATURE_INDEX]
    if missing:
        raise KeyError(f"not features of this code: {missing}")
    flat = [
        value for row in rows for check, get in _GETTERS for value in get(row.blocks[check].values)
    ]
    full = np.array(flat, dtype=np.float64).reshape(len(rows), len(FEATURE_NAMES))
    return full[:, [_FEATURE_INDEX[name] for name in names]]


def _judged_once(record: CreatorRecord, ctx: FeatureContext) -> FeatureContext:
    """``ctx`` for ``record`` with its follower history's failed observations, judged once
    here for the growth check (which drops them) and the engagement check (which reads the
    followers on a post's day without them); a copy, as a context may serve many records."""
    return replace(ctx, failed_observations=growth.failed_observations(record))


def extract_features(
    record: CreatorRecord, ctx: FeatureContext, reuse: Mapping[str, FeatureBlock] | None = None
) -> FeatureRow:
    """Run every signal family on one validated record.

    ``reuse`` gives blocks already computed for the same data (by check), which are taken as
    they are: training derives several data regimes of one creator without judging its
    comments and followers again.
    """
    reuse = reuse or {}
    record = without_repeated_comments(record)
    ctx = _judged_once(record, ctx)
    return FeatureRow(
        {
            check: reuse[check] if check in reuse else extract(record, ctx)
            for check, extract in _EXTRACTORS.items()
        },
        ctx.failed_observations,
    )


def extract_many(
    records: Sequence[CreatorRecord], contexts: Sequence[FeatureContext]
) -> list[FeatureRow]:
    """:func:`extract_features` for a chunk of records, family by family over the chunk.

    Each family's ``extract_many`` (when it has one) sees every record at once; the rows
    equal ``[extract_features(r, c) for r, c in zip(records, contexts)]``.
    """
    if len(records) != len(contexts):
        raise ValueError(f"{len(records)} records but {len(contexts)} contexts")
    records = [without_repeated_comments(record) for record in records]
    contexts = [_judged_once(r, c) for r, c in zip(records, contexts, strict=True)]
    columns = []
    for check, extract in _MANY_EXTRACTORS.items():
        blocks = extract(records, contexts)
        if len(blocks) != len(records):
            raise RuntimeError(f"{check}: {len(blocks)} blocks for {len(records)} records")
        columns.append(blocks)
    return [
        FeatureRow(dict(zip(CHECKS, blocks, strict=True)), context.failed_observations)
        for blocks, context in zip(zip(*columns, strict=True), contexts, strict=True)
    ]
