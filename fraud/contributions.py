"""Per-feature contributions (TreeSHAP) of a LightGBM model with small trees, from a table.

LightGBM's ``predict(pred_contrib=True)`` runs TreeSHAP over every tree for every row: about
0.45 ms a creator for the creator model (600 trees of up to 8 leaves), in chunks of 64, some
fifteen to twenty times its plain prediction. But a tree's contributions to a row depend only
on which way the row goes at each of the tree's splits (path-dependent TreeSHAP reads the node
counts and the row's decisions, nothing else): with at most :data:`MAX_SPLITS` splits per
tree, a row's decisions are a number below ``2 ** splits``, and LightGBM's own contributions
for every decision pattern a row can take can be stored once. A row's contributions are then
its patterns looked up and summed: one comparison per split, one gather per tree
(``benchmarks/bench_contributions.py`` times both).

The table is built from LightGBM itself (one ``pred_contrib`` call per tree, on a row for each
pattern that tree allows; the thresholds read from the model's text, which keeps them exact),
so each tree's part is LightGBM's to the last bit; only the sum over the trees is taken in
another order (rounding: about 1e-15 on the creator model's log-odds, more on a model whose
outputs are large). A row that takes a pattern the table does not hold (which a correct table
never meets) is computed by LightGBM. A stored table names the ``model.txt`` it was built
from (its SHA-256), so it is never used with another model.

>>> import lightgbm as lgb, numpy as np
>>> rng = np.random.default_rng(0)
>>> X = rng.normal(size=(400, 3)); X[rng.random(X.shape) < 0.1] = np.nan
>>> y = (np.nan_to_num(X[:, 0]) + rng.normal(size=400) > 0).astype(int)
>>> booster = lgb.train({"num_leaves": 4, "verbose": -1}, lgb.Dataset(X, y), 20)
>>> table = ContributionTable.build(booster)
>>> bool(np.allclose(table.contributions(X), booster.predict(X, pred_contrib=True), atol=1e-12))
True
"""

from __future__ import annotations

import functools
import io
import itertools
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["MAX_SPLITS", "TABLE_KEYS", "ContributionTable"]

#: Trees with more splits than this are not tabled (``2 ** splits`` patterns each).
MAX_SPLITS = 8

#: LightGBM's ``kZeroThreshold`` (``1e-35f``): it reads a value this close to zero as zero.
_K_ZERO = float(np.float32(1e-35))

#: ``dump_model`` clips every threshold to +-1e300 (LightGBM's ``AvoidInf``): the exact ones
#: are read from the model's text.
_DUMPED_LIMIT = 1e300

# The split arrays (trees x MAX_SPLITS), then all the arrays of a table
_SPLIT_KEYS = (
    "split_feature",
    "split_threshold",
    "split_default_left",
    "split_nan_missing",
    "split_used",
)
_ARRAY_KEYS = (*_SPLIT_KEYS, "values", "value_columns", "known")
#: What a stored table's ``.npz`` file holds: its arrays and the model file's SHA-256.
TABLE_KEYS = (*_ARRAY_KEYS, "source_sha256")


def _text_thresholds(booster: Any) -> list[list[float]] | None:
    """Each tree's split thresholds as the model's text holds them (exact, ``inf`` as such),
    by split index; None when a tree is linear (TreeSHAP is not defined for it)."""
    trees = booster.model_to_string().split("\nend of trees", 1)[0].split("\nTree=")[1:]
    thresholds: list[list[float]] = []
    for tree in trees:
        lines = tree.splitlines()
        if "is_linear=1" in lines:
            return None
        found = next((line for line in lines if line.startswith("threshold=")), "threshold=")
        thresholds.append([float(value) for value in found[len("threshold=") :].split()])
    return thresholds


@dataclass(frozen=True)
class ContributionTable:
    """The contributions of every decision pattern of every tree of one LightGBM model.

    Split arrays are ``(trees, MAX_SPLITS)``, indexed by LightGBM's ``split_index``; unused
    slots (a tree with fewer splits) have ``split_used`` False. ``values[t, p, k]`` is tree
    ``t``'s contribution to column ``value_columns[t, k]`` (a feature, or the last column:
    the expected value) for decision pattern ``p`` (bit ``j``: the row goes left at split
    ``j``; ``2 ** slots`` patterns, ``slots`` the most splits of any tree); ``known[t, p]``
    says whether the pattern was tabled.
    """

    split_feature: np.ndarray
    split_threshold: np.ndarray
    split_default_left: np.ndarray
    split_nan_missing: np.ndarray
    split_used: np.ndarray
    values: np.ndarray
    value_columns: np.ndarray
    known: np.ndarray
    n_features: int
    #: the SHA-256 of the ``model.txt`` the table was built from ("": not known)
    source_sha256: str = ""

    # ------------------------------------------------------------------------ building

    @classmethod
    def build(cls, booster: Any, source_sha256: str = "") -> ContributionTable | None:
        """The table of ``booster`` (a :class:`lightgbm.Booster`; ``source_sha256``: the
        SHA-256 of the model file it was read from, stored with the table); ``None`` when it
        cannot be tabled: a tree with more than :data:`MAX_SPLITS` splits, a categorical or
        linear tree, a split that reads zero as missing, or more than one output per row."""
        dump = booster.dump_model()
        if dump.get("num_tree_per_iteration", 1) != 1:
            return None
        trees = dump["tree_info"]
        exact = _text_thresholds(booster)
        if exact is None or len(exact) != len(trees):
            return None
        n_trees, n_features = len(trees), booster.num_feature()
        slots = max((t["num_leaves"] - 1 for t in trees), default=0)
        if not 0 < slots <= MAX_SPLITS:
            return None
        shape = (n_trees, MAX_SPLITS)  # one byte of decisions per tree
        feature = np.zeros(shape, np.int64)
        threshold = np.zeros(shape, np.float64)
        default_left = np.zeros(shape, bool)
        nan_missing = np.zeros(shape, bool)
        used = np.zeros(shape, bool)
        for t, tree in enumerate(trees):
            stack = [tree["tree_structure"]]
            while stack:
                node = stack.pop()
                if "split_index" not in node:
                    continue
                if node["decision_type"] != "<=" or node["missing_type"] not in ("None", "NaN"):
                    return None
                j = node["split_index"]
                if j >= len(exact[t]) or not math.isclose(
                    max(-_DUMPED_LIMIT, min(exact[t][j], _DUMPED_LIMIT)), node["threshold"]
                ):
                    return None  # the text and the dump disagree: not a model this reads
                feature[t, j] = node["split_feature"]
                threshold[t, j] = exact[t][j]
                default_left[t, j] = node["default_left"]
                nan_missing[t, j] = node["missing_type"] == "NaN"
                used[t, j] = True
                stack += (node["left_child"], node["right_child"])
        width = 1 + max(len(np.unique(feature[t][used[t]])) for t in range(n_trees))
        values = np.zeros((n_trees, 2**slots, width), np.float64)
        value_columns = np.full((n_trees, width), n_features, np.int64)
        known = np.zeros((n_trees, 2**slots), bool)
        table = cls(
            feature,
            threshold,
            default_left,
            nan_missing,
            used,
            values,
            value_columns,
            known,
            n_features,
            source_sha256,
        )
        for t in range(n_trees):
            columns = sorted(set(feature[t][used[t]].tolist()))
            value_columns[t, : len(columns)] = columns
            rows = table._pattern_rows(t, columns)
            patterns = table._patterns(rows, trees=slice(t, t + 1))[:, 0]
            patterns, first = np.unique(patterns, return_index=True)
            contributions = np.asarray(
                booster.predict(
                    rows[first],
                    pred_contrib=True,
                    start_iteration=t,
                    num_iteration=1,
                    num_threads=1,
                )
            )
            values[t, patterns, : len(columns)] = contributions[:, columns]
            values[t, patterns, -1] = contributions[:, -1]
            known[t, patterns] = True
        return table

    def _pattern_rows(self, tree: int, columns: list[int]) -> np.ndarray:
        """Rows that together take every decision pattern tree ``tree`` allows: for each of
        its features, one value per distinct way that feature's splits can go (a value in
        each interval between its thresholds, zero, and missing), in every combination."""
        choices: list[list[float]] = []
        for column in columns:
            splits = self.split_used[tree] & (self.split_feature[tree] == column)
            cuts = np.unique(self.split_threshold[tree][splits])
            candidates = np.unique(
                np.concatenate(
                    [
                        cuts,
                        np.nextafter(cuts, np.inf),
                        np.nextafter(cuts[:1], -np.inf),
                        np.array([-1.0, 0.0, 1.0]),
                    ]
                )
            )
            candidates = np.append(candidates, np.nan)
            ways = np.stack(
                [
                    self._goes_left(
                        candidates,
                        self.split_threshold[tree, j],
                        self.split_nan_missing[tree, j],
                        self.split_default_left[tree, j],
                    )
                    for j in np.flatnonzero(splits)
                ],
                axis=1,
            )
            _, first = np.unique(ways, axis=0, return_index=True)
            choices.append(candidates[np.sort(first)].tolist())
        combos = np.array(list(itertools.product(*choices)), dtype=np.float64)
        rows = np.full((len(combos), self.n_features), np.nan)
        rows[:, columns] = combos
        return rows

    @staticmethod
    def _goes_left(
        values: np.ndarray, threshold: Any, nan_missing: Any, default_left: Any
    ) -> np.ndarray:
        """LightGBM's numerical decision: a value within ``1e-35f`` of zero is zero; a missing
        value follows the default direction where the split has one for it, else counts as
        zero."""
        missing = np.isnan(values)
        read = np.where(missing | (np.abs(values) <= _K_ZERO), 0.0, values)
        left = read <= threshold
        return np.where(missing & nan_missing, default_left, left)

    # ------------------------------------------------------------------------ using

    @functools.cached_property
    def _flat_splits(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The split arrays flattened (tree-major), with the way a missing value goes at each
        split (its default way, or zero's), and unused slots never going left."""
        missing_way = self._goes_left(
            np.full(self.split_threshold.shape, np.nan),
            self.split_threshold,
            self.split_nan_missing,
            self.split_default_left,
        )
        return (
            self.split_feature.ravel(),
            np.where(self.split_used, self.split_threshold, -np.inf).ravel(),
            (missing_way & self.split_used).ravel(),
            self.split_used.ravel(),
        )

    @functools.cached_property
    def _by_column(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """How a row's looked-up values (trees x a tree's columns, flattened) are summed per
        column: their order by column (trees in order within one), where each column's run
        starts, and the columns."""
        flat = self.value_columns.ravel()
        order = np.argsort(flat, kind="stable")
        columns, starts = np.unique(flat[order], return_index=True)
        return order, starts, columns

    def _patterns(self, rows: np.ndarray, trees: slice = slice(None)) -> np.ndarray:
        """The decision pattern of every row in every tree (``trees``): ``(rows, trees)``."""
        feature, threshold, missing_way, used = (
            part.reshape(-1, MAX_SPLITS)[trees].ravel() for part in self._flat_splits
        )
        # _goes_left, laid out for speed: values read once per row, not once per split
        missing = np.isnan(rows)
        read = np.where(missing | (np.abs(rows) <= _K_ZERO), 0.0, rows)
        left = read.take(feature, axis=1) <= threshold
        left &= used  # (-inf itself is <= -inf)
        # a missing value goes its split's way for missing values, or is read as zero
        take_way = missing.take(feature, axis=1)
        left ^= take_way & (left ^ missing_way)
        # MAX_SPLITS (8) bits per tree, contiguous: one byte each
        return np.packbits(left, axis=1, bitorder="little").astype(np.int64)

    def contributions(self, rows: np.ndarray, booster: Any = None) -> np.ndarray:
        """``booster.predict(rows, pred_contrib=True)``: ``(rows, features + 1)``, the last
        column the expected value. ``booster`` computes the rows whose patterns the table does
        not hold (without it, such a row raises ``ValueError``)."""
        rows = np.asarray(rows)
        if rows.dtype not in (np.float32, np.float64):  # as LightGBM reads other arrays
            rows = rows.astype(np.float32)
        rows = rows.astype(np.float64, copy=False)
        if rows.ndim != 2 or rows.shape[1] != self.n_features:
            raise ValueError(f"rows of {self.n_features} features expected, got {rows.shape}")
        n_rows, n_trees = len(rows), len(self.values)
        width = self.n_features + 1
        if n_rows == 0:
            return np.zeros((0, width))
        patterns = self._patterns(rows)
        trees = np.arange(n_trees)
        # (rows, trees, columns of a tree); take on the flattened table is the fast gather
        index = patterns + trees * self.values.shape[1]
        parts = self.values.reshape(-1, self.values.shape[2]).take(index, axis=0)
        order, starts, columns = self._by_column
        out = np.zeros((n_rows, width))
        out[:, columns] = np.add.reduceat(
            parts.reshape(n_rows, -1).take(order, axis=1), starts, axis=1
        )
        unknown = np.flatnonzero(~self.known.ravel().take(index).all(axis=1))
        if len(unknown):
            if booster is None:
                raise ValueError(f"{len(unknown)} rows take decision patterns not tabled")
            out[unknown] = booster.predict(rows[unknown], pred_contrib=True, num_threads=1)
        return out

    # ------------------------------------------------------------------------ storing

    def to_bytes(self) -> bytes:
        """The table as an uncompressed ``.npz`` (read back by :meth:`from_arrays`)."""
        buffer = io.BytesIO()
        arrays = {key: getattr(self, key) for key in _ARRAY_KEYS}
        np.savez(buffer, **arrays, source_sha256=np.array(self.source_sha256))
        return buffer.getvalue()

    @classmethod
    def from_arrays(
        cls, arrays: dict[str, np.ndarray], n_features: int, source_sha256: str | None = None
    ) -> ContributionTable:
        """A table from the arrays of its ``.npz`` file (:data:`TABLE_KEYS`); ``ValueError``
        when one is missing, their shapes or types disagree, or (``source_sha256`` given) the
        table was built from another model file."""
        missing = [key for key in TABLE_KEYS if key not in arrays]
        if missing:
            raise ValueError(f"the contribution table lacks {missing}")
        stored = np.asarray(arrays["source_sha256"])
        source = str(stored[()]) if stored.shape == () and stored.dtype.kind == "U" else None
        if source is None:
            raise ValueError("the contribution table's source_sha256 is not a string")
        if source_sha256 is not None and source != source_sha256:
            raise ValueError(
                "the contribution table was built from another model file "
                f"(sha256 {source[:12] or 'unknown'}, not {source_sha256[:12]})"
            )
        table = cls(
            **{key: np.asarray(arrays[key]) for key in _ARRAY_KEYS},
            n_features=n_features,
            source_sha256=source,
        )
        if not table._fits():
            raise ValueError("the contribution table's arrays do not fit together")
        return table

    def _fits(self) -> bool:
        """Whether the arrays have the types and shapes :meth:`build` gives them."""
        types = {
            "split_feature": np.int64,
            "value_columns": np.int64,
            "split_threshold": np.float64,
            "values": np.float64,
        }
        if any(getattr(self, key).dtype != types.get(key, np.bool_) for key in _ARRAY_KEYS):
            return False
        if self.values.ndim != 3 or min(self.values.shape) < 1:
            return False
        n_trees, n_patterns, width = self.values.shape
        splits = (n_trees, MAX_SPLITS)
        return bool(
            n_patterns >= 2
            and not n_patterns & (n_patterns - 1)  # a power of two: 2 ** slots
            and n_patterns <= 2**MAX_SPLITS
            and all(getattr(self, key).shape == splits for key in _SPLIT_KEYS)
            and not self.split_used[:, n_patterns.bit_length() - 1 :].any()
            and self.value_columns.shape == (n_trees, width)
            and self.known.shape == (n_trees, n_patterns)
            and self.value_columns.min() >= 0
            and self.value_columns.max() <= self.n_features
            and (self.value_columns[:, -1] == self.n_features).all()
            and self.split_feature.min() >= 0
            and self.split_feature.max() < self.n_features
        )
