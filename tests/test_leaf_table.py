"""The leaf table gives LightGBM's own raw scores, bit for bit, and the follower model uses it.

:class:`fraud.contributions.LeafTable` finds each tree's leaf from the row's decision pattern
and sums the leaf values in LightGBM's order; its float64 results must equal
``booster.predict(raw_score=True)`` exactly (not nearly: the follower shares, reasons and
JSON answers are built from them) on every kind of value LightGBM reads specially (missing,
zero, within 1e-35 of zero, infinite, on a threshold or just past it), on the shipped follower
model's real rows, and on models of every kind of split it accepts; models it cannot hold
give ``None``.
"""

from __future__ import annotations

from typing import Any

import lightgbm as lgb
import numpy as np
import orjson
import pytest

from fraud.audience import FollowerModel, _matrix_of_columns, account_columns
from fraud.contributions import LeafTable
from fraud.paths import ACCOUNTS_MODEL_DIR, models_dir
from fraud.schema import CreatorRecord
from tests.conftest import SAMPLES
from tests.test_contributions import _booster, _hard_rows
from training.simulate import load_pools, simulate_creators


def _bits(values: Any) -> np.ndarray:
    """float64 values as their bit patterns: equal only when every bit is."""
    return np.ascontiguousarray(values, dtype=np.float64).view(np.int64)


def _same_as_lightgbm(table: LeafTable, booster: lgb.Booster, rows: np.ndarray) -> bool:
    expected = booster.predict(rows, raw_score=True, num_threads=1)
    return bool(np.array_equal(_bits(table.raw_scores(rows)), _bits(expected)))


@pytest.fixture(scope="module")
def shipped() -> FollowerModel:
    return FollowerModel.load(models_dir() / ACCOUNTS_MODEL_DIR)


@pytest.fixture(scope="module")
def follower_rows() -> np.ndarray:
    """The follower model's feature rows of the examples' and simulated creators' samples."""
    records = [
        CreatorRecord.model_validate(orjson.loads(line))
        for line in (SAMPLES / "creators.jsonl").read_bytes().splitlines()
    ]
    records += [
        CreatorRecord.model_validate(
            {k: v for k, v in creator.items() if k not in ("label", "archetype")}
        )
        for creator in simulate_creators(80, 23, load_pools())
    ]
    samples = [(r.follower_sample, r.as_of.date() if r.as_of else None) for r in records]
    return _matrix_of_columns(account_columns([s for s in samples if s[0]]))


def test_the_shipped_follower_model_scores_by_its_table_as_lightgbm_does(
    shipped: FollowerModel, follower_rows: np.ndarray
) -> None:
    table = shipped._leaf_table
    assert table is not None  # else the model's raw scores are LightGBM's: nothing to test
    booster = shipped._booster
    assert len(follower_rows) > 5000
    assert np.isnan(follower_rows).any() and (follower_rows == 0).any()
    assert _same_as_lightgbm(table, booster, follower_rows)
    assert np.array_equal(
        _bits(shipped.raw_scores(follower_rows)),
        _bits(booster.predict(follower_rows, raw_score=True, num_threads=1)),
    )
    assert _same_as_lightgbm(table, booster, _hard_rows(booster))
    rng = np.random.default_rng(5)  # every value of a row drawn from another row's: new mixes
    mixed = follower_rows[rng.integers(len(follower_rows), size=follower_rows.shape), np.arange(22)]
    assert _same_as_lightgbm(table, booster, mixed)
    for n in (0, 1, 7, 8, 9, 161, 2049):  # eight rows to a word; blocks of 2048 rows
        assert _same_as_lightgbm(table, booster, follower_rows[:n])


@pytest.mark.parametrize(
    "params",
    [
        {},  # splits with a default way for missing values, and splits reading NaN as zero
        {"use_missing": False},  # every split reads NaN as zero
        {"num_leaves": 2, "learning_rate": 0.3},  # stumps
        {"min_gain_to_split": 20},  # trees of 2 to 8 leaves: slots of every length
        {"min_data_in_leaf": 2000},  # no split at all: a tree of one leaf
        {"objective": "regression", "num_leaves": 7},  # large leaf values: rounding shows
    ],
)
def test_the_table_gives_lightgbms_raw_scores_on_every_special_value(
    params: dict[str, Any],
) -> None:
    booster = _booster(**params)
    table = LeafTable.build(booster)
    assert table is not None
    assert _same_as_lightgbm(table, booster, _hard_rows(booster))
    rng = np.random.default_rng(11)
    rows = rng.normal(scale=3.0, size=(3000, booster.num_feature()))
    rows[rng.random(rows.shape) < 0.2] = np.nan
    assert _same_as_lightgbm(table, booster, rows)


def test_rows_scored_one_at_a_time_get_lightgbms_raw_scores() -> None:
    """A creator scored alone may hand the table a single row (one sampled follower, or the
    last block of a chunk): its trees are summed in order too, not pairwise as a sum over a
    single row's values would be (large leaf values: the rounding shows)."""
    booster = _booster(objective="regression", num_leaves=7)
    table = LeafTable.build(booster)
    assert table is not None
    rows = _hard_rows(booster)[:300]
    expected = booster.predict(rows, raw_score=True, num_threads=1)
    alone = np.concatenate([table.raw_scores(rows[i : i + 1]) for i in range(len(rows))])
    assert np.array_equal(_bits(alone), _bits(expected))


def test_lightgbm_sums_the_trees_from_zero_in_order_and_the_order_shows() -> None:
    """What the table relies on: LightGBM's raw score is 0.0 plus each tree's value in the
    model's order, and another order rounds differently (so the bitwise checks can fail)."""
    booster = _booster(objective="regression", num_leaves=7)
    rows = _hard_rows(booster)
    each = [
        booster.predict(rows, raw_score=True, start_iteration=t, num_iteration=1)
        for t in range(booster.num_trees())
    ]
    forward, backward = np.zeros(len(rows)), np.zeros(len(rows))
    for value in each:
        forward += value
    for value in each[::-1]:
        backward += value
    expected = booster.predict(rows, raw_score=True)
    assert np.array_equal(_bits(forward), _bits(expected))
    assert not np.array_equal(_bits(backward), _bits(expected))


@pytest.mark.parametrize(
    "params",
    [
        {"zero_as_missing": True},  # splits reading zero as missing
        {"objective": "multiclass", "num_class": 3},  # three outputs a row
        {"num_leaves": 16},  # 15 splits: more than a byte of decisions
    ],
)
def test_models_the_table_cannot_hold_are_left_to_lightgbm(params: dict[str, Any]) -> None:
    if params.get("objective") == "multiclass":
        rng = np.random.default_rng(7)
        x = rng.normal(size=(600, 3))
        booster = lgb.train(
            {"verbosity": -1, **params}, lgb.Dataset(x, label=rng.integers(3, size=600)), 5
        )
    else:
        booster = _booster(**params)
    assert LeafTable.build(booster) is None


def test_a_categorical_model_is_left_to_lightgbm() -> None:
    rng = np.random.default_rng(7)
    x = rng.integers(0, 6, size=(2000, 2)).astype(float)
    y = (x[:, 0] % 2 == 0).astype(int)
    data = lgb.Dataset(x, label=y, categorical_feature=[0])
    booster = lgb.train({"objective": "binary", "verbosity": -1, "num_leaves": 4}, data, 10)
    assert LeafTable.build(booster) is None


def test_a_table_differing_from_lightgbm_on_its_probe_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """:meth:`LeafTable.build` checks itself against LightGBM: a wrong table is never used."""
    booster = _booster()
    assert LeafTable.build(booster) is not None
    right = LeafTable.raw_scores
    monkeypatch.setattr(
        LeafTable, "raw_scores", lambda self, rows: np.nextafter(right(self, rows), np.inf)
    )
    assert LeafTable.build(booster) is None
