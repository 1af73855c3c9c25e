"""Per-feature contributions (TreeSHAP) of a LightGBM model with small trees, from a table; and
its raw scores (:class:`LeafTable`), equal to LightGBM's to the last bit.

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

__all__ = ["MAX_SPLITS", "TABLE_KEYS", "ContributionTable", "LeafTable"]

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


def _tree_fields(booster: Any) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The model text's header fields and each tree's, as text (``key=value`` lines)."""
    head, _, rest = booster.model_to_string().partition("\nTree=")
    trees = rest.split("\nend of trees", 1)[0].split("\nTree=") if rest else []

    def fields(block: str) -> dict[str, str]:
        return dict(line.split("=", 1) for line in block.splitlines() if "=" in line)

    return fields(head), [fields(tree) for tree in trees]


def _text_thresholds(booster: Any) -> list[list[float]] | None:
    """Each tree's split thresholds as the model's text holds them (exact, ``inf`` as such),
    by split index; None when a tree is linear (TreeSHAP is not defined for it)."""
    _head, trees = _tree_fields(booster)
    if any(tree.get("is_linear") == "1" for tree in trees):
        return None
    return [[float(value) for value in tree.get("threshold", "").split()] for tree in trees]


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


# ---------------------------------------------------------------------------- raw scores


def _leaf_by_pattern(
    left: np.ndarray, right: np.ndarray, values: np.ndarray, n_splits: list[int]
) -> np.ndarray:
    """Each tree's leaf value for every decision pattern (bit ``j``: left at split ``j``):
    LightGBM's walk from the root, for all trees and patterns at once (``left``/``right``:
    children per tree and split, a leaf as ``~index``; a tree is at most ``MAX_SPLITS``
    deep; a tree of no split is its leaf 0)."""
    n_trees = len(values)
    patterns = np.arange(2**MAX_SPLITS, dtype=np.int64)[None, :]
    rows = np.arange(n_trees)[:, None]
    node = np.zeros((n_trees, 2**MAX_SPLITS), np.int64)
    node[np.asarray(n_splits) == 0] = -1  # ~0: the only leaf
    for _ in range(MAX_SPLITS):
        inner = node >= 0
        at = np.where(inner, node, 0)
        goes_left = (patterns >> at) & 1 == 1
        step = np.where(goes_left, left[rows, at], right[rows, at])
        node = np.where(inner, step, node)
    return np.take_along_axis(values, ~node, axis=1)


#: Rows a :class:`LeafTable` scores at once: its work arrays, some 3.5 kB a row, stay about
#: 7 MB (as fast a row as 4,096 rows at once; 8,192 is 1.8x slower a row, out of the caches).
_BLOCK_ROWS = 2048


@dataclass(frozen=True)
class LeafTable:
    """``booster.predict(rows, raw_score=True)`` of a model with small numerical trees, equal
    to LightGBM's to the last bit and some three times faster on a chunk's followers.

    LightGBM's own prediction walks every tree for every row, about 28 ns a tree (the
    follower model: 120 trees of up to 8 leaves, 3.4 us a row). Here each tree's leaf is
    found from the row's decision pattern (bit ``j``: the row goes left at split ``j``), as
    :class:`ContributionTable` does, with the splits' comparisons done once per distinct
    (feature, threshold) over the whole chunk (the follower model's 674 splits have 231),
    and the leaf values summed tree by tree in the model's order, from 0.0: the sums
    LightGBM's ``GBDT::PredictRaw`` takes, in its order, so the same float64 results.

    A value is read as LightGBM reads it (within ``1e-35f`` of zero: zero; missing: its
    split's default way, or zero's where the split has none for missing values), by comparing
    one of two copies of each feature: missing values left as NaN (no comparison holds: the
    row goes right) or made ``-inf`` (every comparison holds: left). :meth:`build` checks the
    table against LightGBM on rows at, just above and just below every threshold, plus
    missing, zero and infinite values, and gives ``None`` (keep LightGBM) when one differs.
    """

    #: each distinct (source row, threshold) compared: the feature (``+ n_features`` for its
    #: copy with missing values as ``-inf``), and the threshold
    pair_source: np.ndarray
    pair_threshold: np.ndarray
    #: each tree's split ``j`` as a row of the pairs, slot by slot: slot ``j``'s rows are the
    #: trees with more than ``j`` splits, in :attr:`order`
    slot_pairs: np.ndarray
    slot_bounds: tuple[int, ...]
    #: trees by number of splits (most first); ``leaves[r, p]``: tree ``order[r]``'s leaf
    #: value for decision pattern ``p``
    order: np.ndarray
    leaves: np.ndarray
    n_features: int

    @classmethod
    def build(cls, booster: Any, probe_seed: int = 0) -> LeafTable | None:
        """The table of ``booster`` (a :class:`lightgbm.Booster`), or ``None`` when it
        cannot be one: more than one output a row, averaged outputs (random forests), a
        categorical or linear tree, a split reading zero as missing, a tree of more than
        :data:`MAX_SPLITS` splits, or a probe row scoring differently from LightGBM."""
        head, trees = _tree_fields(booster)
        if head.get("num_tree_per_iteration", "1") != "1" or "average_output" in head:
            return None
        n_features = booster.num_feature()
        n_trees = len(trees)
        if n_trees == 0 or n_trees != booster.num_trees():
            return None
        splits: list[list[tuple[int, float]]] = []  # per tree: (source row, threshold)
        leaf_values = np.zeros((n_trees, MAX_SPLITS + 1), np.float64)
        # children per tree and split (a leaf as ~index, LightGBM's own form); a tree without
        # a split is its leaf 0 at once (~0 = -1)
        left = np.full((n_trees, MAX_SPLITS), -1, np.int64)
        right = np.full((n_trees, MAX_SPLITS), -1, np.int64)
        for t, tree in enumerate(trees):
            if tree.get("is_linear", "0") != "0" or tree.get("num_cat", "0") != "0":
                return None
            values = [float(v) for v in tree["leaf_value"].split()]
            n_splits = int(tree["num_leaves"]) - 1
            if n_splits > MAX_SPLITS or len(values) != n_splits + 1:
                return None
            leaf_values[t, : len(values)] = values
            if n_splits == 0:
                splits.append([])
                continue
            feature = [int(v) for v in tree["split_feature"].split()]
            threshold = [float(v) for v in tree["threshold"].split()]
            kind = [int(v) for v in tree["decision_type"].split()]
            left_child = [int(v) for v in tree["left_child"].split()]
            right_child = [int(v) for v in tree["right_child"].split()]
            own = []
            for j in range(n_splits):
                missing_type = (kind[j] >> 2) & 3  # 0 none, 1 zero, 2 NaN
                if kind[j] & 1 or missing_type not in (0, 2):
                    return None  # categorical, or zero read as missing
                # where a missing value goes: its default way, or zero's (read as 0.0)
                goes_left = bool(kind[j] & 2) if missing_type == 2 else threshold[j] >= 0.0
                own.append((feature[j] + n_features * goes_left, threshold[j]))
            splits.append(own)
            left[t, :n_splits] = left_child
            right[t, :n_splits] = right_child
        leaves = _leaf_by_pattern(left, right, leaf_values, [len(own) for own in splits])
        pairs = sorted({pair for own in splits for pair in own})
        index = {pair: i for i, pair in enumerate(pairs)}
        order = np.argsort([-len(own) for own in splits], kind="stable")
        slot_pairs: list[int] = []
        bounds = [0]
        for j in range(MAX_SPLITS):
            slot_pairs += [index[splits[t][j]] for t in order.tolist() if len(splits[t]) > j]
            bounds.append(len(slot_pairs))
        table = cls(
            pair_source=np.array([source for source, _ in pairs], np.int64),
            pair_threshold=np.array([threshold for _, threshold in pairs], np.float64),
            slot_pairs=np.array(slot_pairs, np.int64),
            slot_bounds=tuple(bounds),
            order=order,
            leaves=leaves[order],
            n_features=n_features,
        )
        probe = table._probe_rows(np.random.default_rng(probe_seed))
        expected = np.asarray(booster.predict(probe, raw_score=True, num_threads=1))
        if not np.array_equal(table.raw_scores(probe).view(np.int64), expected.view(np.int64)):
            return None
        return table

    def _probe_rows(self, rng: np.random.Generator, n_rows: int = 2048) -> np.ndarray:
        """Rows whose every value is, per feature, one of: a threshold of it, the floats just
        above and below one, missing, zero (both signs), below ``1e-35f``, or infinite."""
        rows = np.empty((n_rows, self.n_features), np.float64)
        special = np.array([np.nan, 0.0, -0.0, 1e-36, -1e-36, np.inf, -np.inf, 1.0, -1.0])
        for f in range(self.n_features):
            cuts = self.pair_threshold[self.pair_source % self.n_features == f]
            near = np.concatenate(
                [cuts, np.nextafter(cuts, np.inf), np.nextafter(cuts, -np.inf), special]
            )
            rows[:, f] = rng.choice(near, n_rows)
        return rows

    def raw_scores(self, rows: np.ndarray) -> np.ndarray:
        """``booster.predict(rows, raw_score=True)`` of float64 ``rows`` (n x features), in
        blocks of :data:`_BLOCK_ROWS` rows (a row's score is its own: the same values, and
        the work arrays stay a few MB at any chunk size)."""
        if rows.ndim != 2 or rows.shape[1] != self.n_features or rows.dtype != np.float64:
            raise ValueError(f"float64 rows of {self.n_features} features expected")
        if len(rows) <= _BLOCK_ROWS:
            return self._raw_scores(rows)
        return np.concatenate(
            [self._raw_scores(rows[s : s + _BLOCK_ROWS]) for s in range(0, len(rows), _BLOCK_ROWS)]
        )

    def _raw_scores(self, rows: np.ndarray) -> np.ndarray:
        n = len(rows)
        width = -(-n // 8) * 8  # a row of decisions is whole uint64 words (padding: False)
        values = np.where(np.abs(rows) <= _K_ZERO, 0.0, rows).T  # one row per feature
        sources = np.concatenate([values, np.where(np.isnan(values), -np.inf, values)])
        # every distinct comparison once: x <= threshold, each pair's source row gathered
        # (one call, where one per source row cost a creator scored alone 0.09 ms)
        decided = np.zeros((len(self.pair_source), width), bool)
        np.less_equal(
            sources.take(self.pair_source, axis=0),
            self.pair_threshold[:, None],
            out=decided[:, :n],
        )
        # the patterns: bit j of a tree's byte from its split j's row, eight bytes at a time
        # (each byte 0 or 1 before its shift: no bit crosses into the next byte)
        left = decided.view(np.uint64).take(self.slot_pairs, axis=0)
        bounds = self.slot_bounds
        patterns = np.zeros((len(self.order), width // 8), np.uint64)
        for j in range(MAX_SPLITS):
            start, stop = bounds[j], bounds[j + 1]
            if stop > start:
                left[start:stop] <<= j
                patterns[: stop - start] |= left[start:stop]
        index = patterns.view(np.uint8)[:, :n].astype(np.int64)
        index += self._offsets
        # the leaf values, one row per tree in the model's order
        found = self.leaves.reshape(-1).take(index.take(self._rank, axis=0))
        # LightGBM's sum: 0.0 plus each tree's leaf value in the model's order. A reduction
        # over the rows of a C-contiguous matrix of two columns or more adds them one row
        # after the other into the running totals (numpy sums pairwise only along the
        # contiguous axis), from ``initial``: the sums of ``total += found[row]`` row by row,
        # in one call rather than one per tree (120 for the follower model: 0.1 ms of a
        # creator scored alone). One column is one contiguous run, which numpy would sum
        # pairwise: there the running sums are taken (an accumulation is always in order).
        if n == 1:
            return np.add.accumulate(np.concatenate(([0.0], found[:, 0])))[-1:]
        return np.add.reduce(found, axis=0, initial=0.0)

    @functools.cached_property
    def _offsets(self) -> np.ndarray:
        """Where each row of :attr:`leaves` starts in the flattened table (a column)."""
        return (np.arange(len(self.order), dtype=np.int64) * 2**MAX_SPLITS)[:, None]

    @functools.cached_property
    def _rank(self) -> np.ndarray:
        """For each tree in the model's order, its row in :attr:`leaves`."""
        rank = np.empty(len(self.order), np.int64)
        rank[self.order] = np.arange(len(self.order))
        return rank
