"""Evidence floors: a group of features may lower a creator's log-odds only so far, together."""

from __future__ import annotations

import json
from pathlib import Path

import lightgbm as lgb
import numpy as np
import pytest

from fraud.artifacts import ArtifactError
from fraud.model import CreatorModel, EvidenceFloor

NAMES = ["history_a", "history_b", "comments"]


@pytest.fixture(scope="module")
def booster() -> lgb.Booster:
    # Two "history" features that each argue innocence strongly, one comment feature.
    rng = np.random.default_rng(3)
    x = rng.normal(size=(3000, 3))
    logit = -2.0 * x[:, 0] - 1.5 * x[:, 1] + 2.0 * x[:, 2]
    y = (rng.random(3000) < 1 / (1 + np.exp(-logit))).astype(int)
    params = {"objective": "binary", "num_leaves": 4, "verbosity": -1, "seed": 1}
    return lgb.train(params, lgb.Dataset(x, label=y, feature_name=NAMES), num_boost_round=60)


def _model(booster: lgb.Booster, floors: list[dict]) -> CreatorModel:
    return CreatorModel(
        booster, {"default": (1.0, 0.0)}, {"feature_names": NAMES, "evidence_floors": floors}
    )


def test_a_group_adds_no_less_than_its_floor_and_keeps_its_proportions(
    booster: lgb.Booster,
) -> None:
    rows = np.random.default_rng(4).normal(scale=2.0, size=(500, 3))
    free = _model(booster, [])
    floored = _model(booster, [{"name": "h", "features": NAMES[:2], "floor": -1.0}])
    m0, c0 = free.margins_and_contributions(rows)
    m1, c1 = floored.margins_and_contributions(rows)
    group0, group1 = c0[:, :2].sum(1), c1[:, :2].sum(1)
    below = group0 < -1.0
    assert 50 < below.sum() < 450  # the data reaches both sides of the floor
    assert np.allclose(group1[below], -1.0)
    # Evidence of fraud within the group stands; evidence of innocence shrinks, all of it by
    # one factor per row.
    mixed = below & ((c0[:, :2] > 0).sum(1) == 1)
    assert mixed.sum() > 5
    assert np.array_equal(np.maximum(c1[below, :2], 0), np.maximum(c0[below, :2], 0))
    both = below & (c0[:, :2] < 0).all(1)
    assert both.sum() > 5
    ratio = c1[both, :2] / c0[both, :2]
    assert np.all((ratio > 0) & (ratio < 1)) and np.allclose(ratio[:, 0], ratio[:, 1])
    # Rows above the floor, the comment feature and the bias are untouched.
    assert np.array_equal(c1[~below], c0[~below])
    assert np.array_equal(c1[:, 2:], c0[:, 2:])
    # The margin is the contributions' sum, on both paths; a floor only ever raises it.
    assert np.allclose(m1, c1.sum(1))
    assert np.allclose(floored.margins(rows), m1)
    assert np.all(m1 >= m0 - 1e-12)
    assert np.allclose(free.margins(rows), m0)


def test_floors_travel_in_the_manifest(booster: lgb.Booster, tmp_path: Path) -> None:
    floor = EvidenceFloor("h", ("history_a", "history_b"), -1.5)
    _model(booster, [floor.as_dict()]).save(tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["evidence_floors"] == [floor.as_dict()]
    again = CreatorModel(lgb.Booster(model_file=str(tmp_path / "model.txt")), {}, manifest)
    assert again.evidence_floors == (floor,)


@pytest.mark.parametrize(
    "floors",
    [
        [{"name": "h", "features": ["elsewhere"], "floor": -1.0}],
        [{"name": "h", "features": ["history_a"], "floor": 0.5}],
        [{"name": "h", "features": [], "floor": -1.0}],
        [{"name": "h", "features": ["history_a", "history_a"], "floor": -1.0}],
        [{"name": "h", "floor": -1.0}],
    ],
)
def test_an_inconsistent_floor_is_refused(booster: lgb.Booster, floors: list[dict]) -> None:
    with pytest.raises(ArtifactError):
        _model(booster, floors)


def test_the_shipped_model_floors_the_follower_history_as_the_recipe_does(scorer) -> None:
    from training.train import CREATOR_FEATURES, evidence_floors

    model = scorer.creator_model
    assert model.evidence_floors == tuple(evidence_floors(list(CREATOR_FEATURES)))


def test_training_calibrates_on_the_floored_margins(monkeypatch: pytest.MonkeyPatch) -> None:
    from fraud.model import fit_platt
    from tests.test_genuine_growth import _frame
    from training import train

    monkeypatch.setattr(train, "NUM_ROUNDS", 30)
    monkeypatch.setattr(train, "FOLLOWER_HISTORY_FLOOR", -0.05)  # so that it binds here
    frame = _frame(600)
    lift = frame["spike_engagement_lift"].to_numpy()
    frame["label"] = (lift < 0.5).astype(int)  # an explained spike: genuine
    for check in ("engagement", "comments", "audience", "profile"):
        frame[f"ran_{check}"] = True
    frame["sufficient"] = True
    model = train.fit_creator_model(frame.iloc[:300], frame.iloc[300:], seed=7)
    assert model.manifest["evidence_floors"] == [
        floor.as_dict() for floor in train.evidence_floors(list(train.CREATOR_FEATURES))
    ]
    calibration = frame.iloc[300:]
    x = calibration[list(model.feature_names)].to_numpy()
    raw = np.asarray(model.booster.predict(x, raw_score=True))
    floored = model.margins(x)
    assert (floored > raw + 1e-6).mean() > 0.2  # the floor binds on many rows
    labels = calibration["label"].to_numpy()
    assert np.allclose(model.calibration["default"], fit_platt(floored, labels))
    assert not np.allclose(model.calibration["default"], fit_platt(raw, labels))


def test_the_scorer_answers_with_the_floored_margin(scorer) -> None:
    # The Douyin viral example with its viral post's engagement tripled: its own post explains
    # its follower spike, and its history argues innocence. Whether that passes the shipped
    # floor depends on the model (the thirty-sixth session's gave -1.45 as the example is, past
    # -1.5 tripled; the forty-first's about -0.95), so the shipped booster is loaded here with
    # its floor set halfway to it: the scorer must answer with the floored margin wherever a
    # floor binds.
    import dataclasses

    from fraud.model import CreatorModel
    from fraud.schema import CreatorRecord
    from fraud.scoring import Scorer, feature_matrix, row_regime
    from tests.conftest import load_sample

    raw_record = load_sample("genuine_viral_douyin")
    posts = [dict(post) for post in raw_record["posts"]]
    viral = max(posts, key=lambda post: post["likes"])
    for key in ("likes", "comments", "shares", "views"):
        if viral.get(key) is not None:
            viral[key] *= 3
    record = CreatorRecord.model_validate({**raw_record, "posts": posts})
    shipped = scorer.creator_model
    row = scorer.extractor.rows([record])[0]
    x = feature_matrix([row], shipped.feature_names)
    (history,) = shipped.evidence_floors
    columns = [shipped.feature_names.index(f) for f in history.features]
    raw = np.asarray(shipped.booster.predict(x, pred_contrib=True))
    given = raw[0, columns].sum()
    assert given < 0  # the history argues innocence
    history = dataclasses.replace(history, floor=given / 2)
    manifest = {**shipped.manifest, "evidence_floors": [history.as_dict()]}
    model = CreatorModel(shipped.booster, shipped.calibration, manifest)
    margin, contributions = model.margins_and_contributions(x)
    assert contributions[0, columns].sum() == pytest.approx(history.floor)
    regime = [row_regime(row)]
    expected = round(float(model.calibrate(margin, regime)[0]), 4)
    assert Scorer(model, scorer.extractor).score(record).fraud_probability == expected
    assert expected != round(float(model.calibrate(raw.sum(axis=1), regime)[0]), 4)
