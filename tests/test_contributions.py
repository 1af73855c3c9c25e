"""The contribution table gives LightGBM's own contributions (TreeSHAP), and the same answers.

:class:`fraud.contributions.ContributionTable` looks up each tree's contributions by the
row's decisions instead of running TreeSHAP; it must agree with ``pred_contrib`` on every
kind of value LightGBM reads specially (missing, zero, within 1e-35 of zero, infinite, on a
threshold or just past it), on the shipped model, and the ScoreResults must not change.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import lightgbm as lgb
import numpy as np
import orjson
import pytest

from fraud.artifacts import ArtifactError, write_manifest
from fraud.contributions import TABLE_KEYS, ContributionTable
from fraud.features import feature_matrix
from fraud.model import CONTRIBUTIONS_FILE, CreatorModel
from fraud.paths import models_dir
from fraud.schema import CreatorRecord
from fraud.scoring import Scorer
from tests.conftest import SAMPLES
from training.simulate import SOURCE_REGIMES, as_regime, load_pools, simulate_creators

K_ZERO = float(np.float32(1e-35))


def _booster(**params: Any) -> lgb.Booster:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(3000, 4))
    x[:, 1] = np.where(rng.random(3000) < 0.4, 0.0, x[:, 1])  # a feature often exactly zero
    x[rng.random((3000, 4)) < 0.15] = np.nan  # missing values: splits learn a way for them
    x[:, 3] = np.abs(np.nan_to_num(x[:, 3]))  # no missing value: its splits read NaN as 0
    logit = np.nan_to_num(x[:, 0]) - 2 * (np.nan_to_num(x[:, 1]) > 0) + np.isnan(x[:, 2])
    y = (rng.random(3000) < 1 / (1 + np.exp(-logit - x[:, 3]))).astype(int)
    settings = {"objective": "binary", "num_leaves": 8, "verbosity": -1, "seed": 1, **params}
    return lgb.train(settings, lgb.Dataset(x, label=y), num_boost_round=40)


def _hard_rows(booster: lgb.Booster) -> np.ndarray:
    """Rows of the values LightGBM reads specially, and every threshold and its neighbours."""
    thresholds = np.unique(
        [
            node["threshold"]
            for tree in booster.dump_model()["tree_info"]
            for node in _splits(tree["tree_structure"])
        ]
    )
    special = np.array(
        [np.nan, 0.0, -0.0, K_ZERO, -K_ZERO, 1e-36, -1e-36, np.inf, -np.inf, 1e300, -1e300, 1e308]
    )
    values = np.concatenate(
        [special, thresholds, np.nextafter(thresholds, np.inf), np.nextafter(thresholds, -np.inf)]
    )
    rng = np.random.default_rng(3)
    return rng.choice(values, size=(4000, booster.num_feature()))


def _splits(node: dict[str, Any]) -> list[dict[str, Any]]:
    if "split_index" not in node:
        return []
    return [node, *_splits(node["left_child"]), *_splits(node["right_child"])]


def test_the_table_gives_lightgbms_contributions_on_every_special_value() -> None:
    booster = _booster()
    table = ContributionTable.build(booster)
    assert table is not None
    rows = _hard_rows(booster)
    expected = booster.predict(rows, pred_contrib=True)
    got = table.contributions(rows)  # no booster: every row must come from the table
    assert got.shape == expected.shape
    assert np.abs(got - expected).max() < 1e-12
    # the decision patterns these rows take are many, and each tree's part is LightGBM's own
    assert len(np.unique(table._patterns(rows))) > 50
    one_tree = booster.predict(rows[:50], pred_contrib=True, start_iteration=5, num_iteration=1)
    looked_up = table.values[5, table._patterns(rows[:50])[:, 5]]
    dense = np.zeros_like(one_tree)
    for slot, column in enumerate(table.value_columns[5]):
        dense[:, column] += looked_up[:, slot]
    assert np.array_equal(dense, one_tree)


def test_a_pattern_the_table_lacks_is_computed_by_lightgbm() -> None:
    booster = _booster()
    table = ContributionTable.build(booster)
    assert table is not None
    rows = _hard_rows(booster)[:300]
    table.known[3, :] = False  # as if tree 3 had never been tabled
    with pytest.raises(ValueError, match="300 rows take decision patterns not tabled"):
        table.contributions(rows)
    got = table.contributions(rows, booster)
    assert np.abs(got - booster.predict(rows, pred_contrib=True)).max() < 1e-12


def test_huge_and_infinite_thresholds_are_read_exactly() -> None:
    # dump_model clips every threshold to 1e300: a finite one beyond it (5e302) must not be
    # read as infinite, and a true infinite one (a split on missing or not) must be
    rng = np.random.default_rng(0)
    x = rng.choice([1.0, 1e301, 1e303, 1e305], size=(2000, 2))
    x[rng.random(2000) < 0.3, 1] = np.nan
    y = ((x[:, 0] > 1e302) ^ np.isnan(x[:, 1]) ^ (rng.random(2000) < 0.05)).astype(int)
    params = {"objective": "binary", "num_leaves": 4, "verbose": -1, "min_data_in_leaf": 5}
    booster = lgb.train(params, lgb.Dataset(x, y), 8)
    text = booster.model_to_string()
    assert "e+302" in text and "inf" in text  # both kinds of threshold are in this model
    table = ContributionTable.build(booster)
    assert table is not None
    rows = np.array(
        [[v, w] for v in (1.0, 1e301, 1e303, 1e305, 1e308, np.inf) for w in (1.0, np.nan, 1e308)]
    )
    expected = booster.predict(rows, pred_contrib=True)
    assert np.abs(table.contributions(rows) - expected).max() < 1e-12


def test_integer_rows_are_read_as_lightgbm_reads_them() -> None:
    # LightGBM reads an array that is not float32 or float64 as float32
    rng = np.random.default_rng(1)
    x = rng.integers(100_000_000, 100_000_100, size=(2000, 2)).astype(np.float64)
    y = (x[:, 0] > 100_000_050).astype(int)
    booster = lgb.train(
        {"objective": "binary", "num_leaves": 8, "verbose": -1}, lgb.Dataset(x, y), 10
    )
    table = ContributionTable.build(booster)
    assert table is not None
    rows = rng.integers(100_000_000, 100_000_100, size=(400, 2))
    expected = booster.predict(rows, pred_contrib=True)
    assert np.abs(table.contributions(rows) - expected).max() < 1e-12


def test_models_the_table_cannot_hold_are_not_tabled() -> None:
    assert ContributionTable.build(_booster(num_leaves=16)) is None  # 15 splits: 2**15 patterns
    assert ContributionTable.build(_booster(zero_as_missing=True)) is None
    assert ContributionTable.build(_booster(objective="multiclass", num_class=2)) is None
    assert ContributionTable.build(_booster(linear_tree=True)) is None  # no TreeSHAP for these


def _arrays(table: ContributionTable) -> dict[str, Any]:
    return {key: np.asarray(getattr(table, key)) for key in TABLE_KEYS}


@pytest.mark.parametrize(
    "damage",
    [
        lambda a: {**a, "values": a["values"][:, :64]},  # half the patterns
        lambda a: {**a, "values": a["values"][:, :100]},  # not a power of two
        lambda a: {**a, "values": a["values"][:, :, 0]},  # one column per tree
        lambda a: {**a, "values": a["values"][:0]},  # no tree
        lambda a: {**a, "values": a["values"].astype(np.float32)},
        lambda a: {**a, "known": a["known"][:-1]},
        lambda a: {**a, "split_feature": a["split_feature"].astype(float)},
        lambda a: {**a, "split_threshold": a["split_threshold"].astype(np.float32)},
        lambda a: {**a, "split_used": a["split_used"].astype(np.int8)},
        lambda a: {**a, "split_feature": a["split_feature"] + 4},  # past the last feature
        lambda a: {**a, "split_feature": a["split_feature"] - 1},  # before the first
        lambda a: {**a, "value_columns": a["value_columns"] - 5},
        lambda a: {**a, "value_columns": a["value_columns"][:, ::-1]},  # no bias column last
        lambda a: {**a, "split_used": np.ones_like(a["split_used"])},  # more splits than bits
    ],
)
def test_a_table_whose_arrays_do_not_fit_is_refused(damage: Any) -> None:
    table = ContributionTable.build(_booster())
    assert table is not None
    arrays = _arrays(table)
    assert ContributionTable.from_arrays(arrays, n_features=4) is not None
    with pytest.raises(ValueError, match="do not fit together"):
        ContributionTable.from_arrays(damage(arrays), n_features=4)


def test_a_table_missing_an_array_or_built_for_another_model_is_refused() -> None:
    table = ContributionTable.build(_booster(), source_sha256="ab" * 32)
    assert table is not None
    arrays = _arrays(table)
    assert ContributionTable.from_arrays(arrays, 4, source_sha256="ab" * 32).source_sha256
    with pytest.raises(ValueError, match="lacks \\['known'\\]"):
        ContributionTable.from_arrays({k: v for k, v in arrays.items() if k != "known"}, 4)
    with pytest.raises(ValueError, match="built from another model file"):
        ContributionTable.from_arrays(arrays, 4, source_sha256="cd" * 32)


def test_rows_of_another_width_are_refused() -> None:
    table = ContributionTable.build(_booster())
    assert table is not None
    with pytest.raises(ValueError, match="rows of 4 features expected, got"):
        table.contributions(np.zeros((3, 5)))


@pytest.fixture(scope="module")
def shipped() -> CreatorModel:
    return CreatorModel.load(models_dir() / "creator")


@pytest.fixture(scope="module")
def records() -> list[CreatorRecord]:
    """The examples and simulated creators under every data regime."""
    creators = [
        CreatorRecord.model_validate(orjson.loads(line))
        for line in (SAMPLES / "creators.jsonl").read_bytes().splitlines()
    ]
    pools = load_pools()
    for creator in simulate_creators(60, 19, pools):
        record = CreatorRecord.model_validate(
            {k: v for k, v in creator.items() if k not in ("label", "archetype")}
        )
        creators += [as_regime(record, regime) for regime in SOURCE_REGIMES]
    return creators


def test_the_shipped_model_carries_a_table_that_matches_lightgbm(
    shipped: CreatorModel, records: list[CreatorRecord], scorer: Scorer
) -> None:
    assert shipped.contribution_table is not None
    matrix = feature_matrix(scorer.extractor.rows(records), shipped.feature_names)
    assert np.isnan(matrix).any() and (matrix == 0).any()
    expected = shipped.booster.predict(matrix, pred_contrib=True)
    assert np.abs(shipped.contribution_table.contributions(matrix) - expected).max() < 1e-12
    hard = _hard_rows(shipped.booster)
    expected = shipped.booster.predict(hard, pred_contrib=True)
    assert np.abs(shipped.contribution_table.contributions(hard) - expected).max() < 1e-12


def test_scores_are_the_same_with_the_table_and_without(
    records: list[CreatorRecord], scorer: Scorer
) -> None:
    model = scorer.creator_model
    table = model.contribution_table
    assert table is not None
    try:
        with_table = [r.model_dump_json() for r in scorer.score_many(records)]
        model.contribution_table = None
        without = [r.model_dump_json() for r in scorer.score_many(records)]
    finally:
        model.contribution_table = table
    assert with_table == without


def test_a_saved_model_carries_its_table_and_an_older_one_loads_without(
    shipped: CreatorModel, tmp_path: Path
) -> None:
    directory = tmp_path / "creator"
    shutil.copytree(models_dir() / "creator", directory)
    rows = _hard_rows(shipped.booster)[:500]
    loaded = CreatorModel.load(directory)
    assert loaded.contribution_table is not None
    assert np.array_equal(
        loaded.margins_and_contributions(rows)[1], (shipped.margins_and_contributions(rows)[1])
    )
    # a model directory from before the tables: LightGBM computes the contributions
    (directory / CONTRIBUTIONS_FILE).unlink()
    fields = {k: v for k, v in loaded.manifest.items() if k != "files"}
    write_manifest(directory, ["model.txt", "calibration.json"], **fields)
    older = CreatorModel.load(directory)
    assert older.contribution_table is None
    _, contributions = older.margins_and_contributions(rows)
    assert np.abs(contributions - loaded.margins_and_contributions(rows)[1]).max() < 1e-12
    # saving it again writes the table and lists it
    older.save(directory)
    assert CONTRIBUTIONS_FILE in older.manifest["files"]
    assert CreatorModel.load(directory).contribution_table is not None
    # a table whose arrays do not fit is a damaged artifact
    (directory / CONTRIBUTIONS_FILE).write_bytes(_truncated_table(directory))
    write_manifest(directory, ["model.txt", "calibration.json", CONTRIBUTIONS_FILE], **fields)
    with pytest.raises(ArtifactError, match=r"contributions\.npz: the contribution table"):
        CreatorModel.load(directory)
    # ... and so is a sound table of another model (the commercial set's)
    other = models_dir() / "commercial" / "creator" / CONTRIBUTIONS_FILE
    shutil.copyfile(other, directory / CONTRIBUTIONS_FILE)
    write_manifest(directory, ["model.txt", "calibration.json", CONTRIBUTIONS_FILE], **fields)
    with pytest.raises(ArtifactError, match="built from another model file"):
        CreatorModel.load(directory)


def _truncated_table(directory: Path) -> bytes:
    import io

    with np.load(directory / CONTRIBUTIONS_FILE) as archive:
        arrays = {key: archive[key] for key in archive.files}
    arrays["known"] = arrays["known"][:-1]
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()
