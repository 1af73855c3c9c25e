"""``training.evaluate``: each outside generator's rows are predicted once, and the tables
built from that one prediction are those of predicting each regime's rows on their own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import roc_auc_score

from training import evaluate


def _frame(n_per_regime: int = 40) -> pd.DataFrame:
    rng = np.random.default_rng(3)
    regimes = [
        "everything",
        "history_and_comments",
        "sample_and_comments",
        "scraper",
        "profile_posts",
    ]
    n = n_per_regime * len(regimes)
    archetypes = ["organic", "bought_burst:v2", "pod", "organic", "bought_likes"]
    labels = [0, 1, 1, 0, 1]
    return pd.DataFrame(
        {
            "source_regime": np.repeat(regimes, n_per_regime),
            "label": np.resize(labels, n),
            "archetype": np.resize(archetypes, n),
            "score": rng.random(n),  # what the stand-in model predicts for the row
        }
    )


def test_outside_creators_are_predicted_once_for_both_tables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frame = _frame()
    predicted: list[int] = []

    def frame_verdicts(model: Any, rows: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        predicted.append(len(rows))
        p = rows["score"].to_numpy()
        return p, np.where(p > 0.7, "likely_fraudulent", "authentic")

    monkeypatch.setattr(evaluate, "frame_verdicts", frame_verdicts)
    by_regime, aucs = evaluate.judge_outside(object(), frame)
    assert predicted == [len(frame)]  # once, every row (was: again for two regimes' rows)
    assert set(by_regime) == set(frame["source_regime"])
    for regime in evaluate.ARCHETYPE_AUC_REGIMES:
        rows = frame[frame["source_regime"] == regime]
        base = rows["archetype"].str.split(":").str[0]
        for name in ("bought_burst", "pod", "bought_likes"):
            inside = (base == name) | (rows["label"] == 0)
            expected = roc_auc_score(rows["label"][inside], rows["score"][inside])
            assert aucs[name][regime] == round(float(expected), 3)


def test_an_archetype_left_out_takes_every_archetype_sharing_a_component_with_it() -> None:
    # bought likes are part of "bought followers and likes": a model that saw that
    # combination has seen bought likes, so it leaves with them
    assert evaluate.sharing_components("bought_likes") == {
        "bought_likes",
        "bought_followers_and_likes",
    }
    assert evaluate.sharing_components("bought_burst") == {
        "bought_burst",
        "bought_followers_and_likes",
        "burst_and_pod",
    }
    assert evaluate.sharing_components("burst_and_pod") >= {"bought_burst", "pod"}
    assert evaluate.sharing_components("steady") == {"steady"}


def test_leave_one_archetype_out_trains_and_calibrates_without_the_sharing_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    archetypes = ["steady", "bought_likes", "bought_followers_and_likes", "pod", "koc"]
    n = 10 * len(archetypes)
    frame = pd.DataFrame(
        {
            "source_regime": np.resize(["everything", "scraper"], n),
            "archetype": np.resize(archetypes, n),
            "label": np.resize([0, 1, 1, 1, 0], n),
            "sufficient": True,
            "score": np.random.default_rng(1).random(n),
        }
    )
    seen: dict[str, set[str]] = {}

    def fit(train: pd.DataFrame, cal: pd.DataFrame, seed: int, genuine_growth: bool) -> str:
        seen.setdefault("train", set()).update(train["archetype"])
        seen.setdefault("cal", set()).update(cal["archetype"])
        return "model"

    def verdicts(model: Any, rows: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        p = rows["score"].to_numpy()
        return p, np.where(p > 0.5, "likely_fraudulent", "authentic")

    monkeypatch.setattr(evaluate, "fit_creator_model", fit)
    monkeypatch.setattr(evaluate, "frame_verdicts", verdicts)
    monkeypatch.setattr(evaluate, "FRAUD_ARCHETYPES", {"bought_likes": 1.0})
    monkeypatch.setattr(evaluate, "GENUINE_ARCHETYPES", {})
    parts = {
        "train": np.arange(0, 20),
        "calibration": np.arange(20, 35),
        "test": np.arange(35, n),
    }
    rows = evaluate.leave_one_archetype_out(type("D", (), {"frame": frame})(), parts, 7)
    assert [r["archetype"] for r in rows] == ["bought_likes"]
    assert seen["train"] == {"steady", "pod", "koc"}  # the combination left too
    assert seen["cal"] == {"steady", "pod", "koc"}


def test_evaluation_stops_when_the_shipped_model_is_not_the_one_it_fits() -> None:
    from dataclasses import replace

    from fraud.model import CreatorModel
    from fraud.paths import CREATOR_MODEL_DIR, MODELS_DIR

    shipped = CreatorModel.load(MODELS_DIR / CREATOR_MODEL_DIR)
    evaluate.check_shipped(shipped)  # itself: fine
    regime = sorted(shipped.thresholds)[0]
    old = shipped.thresholds[regime]
    shipped.thresholds[regime] = replace(old, likely_fraudulent=old.likely_fraudulent + 0.01)
    with pytest.raises(SystemExit, match=f"cut-offs differ in {regime}"):
        evaluate.check_shipped(shipped)


def test_evaluation_calibrates_the_shipped_booster_only_for_its_own_seed_and_data() -> None:
    from fraud.model import CreatorModel
    from fraud.paths import CREATOR_MODEL_DIR, MODELS_DIR

    shipped = CreatorModel.load(MODELS_DIR / CREATOR_MODEL_DIR)
    trained = shipped.manifest["training_data"]["simulated_creators"]["sha256"]
    seed = shipped.manifest["params"]["seed"]
    kept = evaluate.shipped_booster(seed, trained)
    assert kept is not None
    assert kept.model_to_string() == shipped.booster.model_to_string()
    assert evaluate.shipped_booster(seed + 1, trained) is None  # another seed: a refit
    assert evaluate.shipped_booster(seed, "0" * 64) is None  # other data: a refit


def test_the_checks_judge_a_shipped_model_they_are_given_without_loading_it_again(
    tmp_path: Path,
) -> None:
    from fraud.model import CreatorModel
    from fraud.paths import CREATOR_MODEL_DIR, MODELS_DIR

    shipped = CreatorModel.load(MODELS_DIR / CREATOR_MODEL_DIR)
    trained = shipped.manifest["training_data"]["simulated_creators"]["sha256"]
    seed = shipped.manifest["params"]["seed"]
    nowhere = tmp_path / "no-model-here"  # loading from it would fail
    kept = evaluate.shipped_booster(seed, trained, directory=nowhere, shipped=shipped)
    assert kept is shipped.booster
    assert evaluate.check_shipped(shipped, nowhere, shipped=shipped) is None


def test_a_booster_is_kept_only_for_the_recipe_seed_and_data_that_fitted_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fraud.model import CreatorModel
    from fraud.paths import CREATOR_MODEL_DIR, MODELS_DIR
    from training import train

    directory = MODELS_DIR / CREATOR_MODEL_DIR
    manifest = CreatorModel.load(directory).manifest
    trained = manifest["training_data"]["simulated_creators"]["sha256"]
    seed = manifest["params"]["seed"]
    assert train.recipe_differs(manifest, seed, trained) is None
    assert train._kept_booster(directory, seed, trained).version == manifest["version"]
    # another seed would calibrate on rows the booster learned from: refused
    assert "seed" in str(train.recipe_differs(manifest, seed + 1, trained))
    with pytest.raises(SystemExit, match="retrain instead"):
        train._kept_booster(directory, seed + 1, trained)
    assert "data" in str(train.recipe_differs(manifest, seed, "0" * 64))
    # the other generators' creators it learned from (training.generators) as recorded: kept;
    # another generator, or one whose code or data changed since: refit
    recorded = manifest["training_data"].get("other_generators", {})
    assert train.recipe_differs(manifest, seed, trained, recorded) is None
    changed = {**recorded, "zulu": {"code_sha256": "0" * 64}}
    assert "other generators" in str(train.recipe_differs(manifest, seed, trained, changed))
    with pytest.raises(SystemExit, match="retrain instead"):
        train._kept_booster(directory, seed, trained, changed)
    # a recipe changed since (rounds, a monotone direction): neither kept nor calibrated as shipped
    monkeypatch.setattr(train, "NUM_ROUNDS", train.NUM_ROUNDS + 1)
    assert "parameters" in str(train.recipe_differs(manifest, seed, trained))
    assert evaluate.shipped_booster(seed, trained) is None
    monkeypatch.undo()
    first = next(iter(train.CREATOR_FEATURES))
    flipped = {**train.CREATOR_FEATURES, first: 1 - train.CREATOR_FEATURES[first]}
    monkeypatch.setattr(train, "CREATOR_FEATURES", flipped)
    assert "monotone" in str(train.recipe_differs(manifest, seed, trained))


def test_cut_offs_are_rounded_so_the_limits_still_hold() -> None:
    from training.train import LIKELY_FRAUDULENT_MAX_FPR, choose_thresholds, round_cut

    rng = np.random.default_rng(5)
    for value in rng.random(2000):
        up, down = round_cut(float(value), up=True), round_cut(float(value), up=False)
        assert down <= value <= up and up - down <= 1e-4 + 1e-12
        assert round(up, 4) == up and round(down, 4) == down
    # 1,000 genuine creators: 10 may be likely_fraudulent; the 11th highest sits at 0.82132,
    # which a cut rounded to the nearest (0.8213) would flag as well
    genuine = np.r_[np.linspace(0.0, 0.8, 989), 0.82132, np.linspace(0.83, 0.99, 10)]
    fraud = np.linspace(0.3, 1.0, 500)
    p = np.r_[genuine, fraud]
    labels = np.r_[np.zeros(len(genuine)), np.ones(len(fraud))]
    cuts = choose_thresholds(p, labels, likely_max_fpr=LIKELY_FRAUDULENT_MAX_FPR)
    assert int((genuine >= cuts.likely_fraudulent).sum()) <= 10
    # authentic below the 36th lowest fraud probability (7% of 500 may be missed): none
    # past the allowed 35 is called authentic
    assert int((fraud < cuts.authentic_cut).sum()) <= 35


def test_an_evaluation_with_another_seed_or_data_is_an_experiment_not_a_stale_model(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dataclasses import replace

    from fraud.model import CreatorModel
    from fraud.paths import CREATOR_MODEL_DIR, MODELS_DIR

    refit = CreatorModel.load(MODELS_DIR / CREATOR_MODEL_DIR)
    regime = sorted(refit.thresholds)[0]
    old = refit.thresholds[regime]
    refit.thresholds[regime] = replace(old, suspicious=old.suspicious + 0.01)
    trained = refit.manifest["training_data"]["simulated_creators"]["sha256"]
    seed = refit.manifest["params"]["seed"]
    evaluate.check_shipped(refit, seed=seed + 1, data_sha256=trained)  # says so, goes on
    assert "not the shipped one" in capsys.readouterr().out
    evaluate.check_shipped(refit, seed=seed, data_sha256="0" * 64)
    assert "not the shipped one" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="retrain"):
        evaluate.check_shipped(refit, seed=seed, data_sha256=trained)


def test_the_features_digest_tells_whether_make_train_fits_the_shipped_booster() -> None:
    from fraud.features import FEATURE_NAMES
    from training.creator_data import features_sha256
    from training.train import features_differ

    rng = np.random.default_rng(0)
    frame = pd.DataFrame(rng.random((6, len(FEATURE_NAMES))), columns=list(FEATURE_NAMES))
    frame = frame.assign(label=[0, 1] * 3, source_regime="scraper", regime="scraper")
    frame = frame.assign(sufficient=True)
    extra = frame.iloc[::-1].reset_index(drop=True)
    digest = features_sha256([frame, extra])
    assert features_sha256([frame.copy(), extra.copy()]) == digest  # the values, not the objects
    assert features_sha256([extra, frame]) != digest  # the rows' order is the fit's input too
    moved = frame.copy()
    moved.loc[2, "spam_comment_share"] += 0.02  # one comment filed otherwise by a new rule
    assert features_sha256([moved, extra]) != digest
    relabelled = frame.assign(label=1 - frame["label"])
    assert features_sha256([relabelled, extra]) != digest

    manifest = {"training_data": {"features_sha256": digest}}
    assert features_differ(manifest, digest) is None
    note = features_differ(manifest, features_sha256([moved, extra]))
    assert note is not None and "make train would fit another booster" in note
    assert "no digest" in str(features_differ({"training_data": {}}, digest))
