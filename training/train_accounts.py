"""Train the follower-level fake classifier: ``python -m training.train_accounts``.

Options: ``--no-instafake`` (leave out the CC BY-NC InstaFake data), ``--out DIR`` (default
``models_dir()/accounts``), ``--seed N``.

Recipe, built for cross-platform generalisation rather than for one benchmark:

1. Rows from :func:`training.datasets.load_labelled_accounts`, features from
   :func:`fraud.audience.account_features`; username features a dataset did not record
   (its placeholder username is synthetic) are blanked to NaN, as is Kaggle's partial
   display name.
2. Sample weights make every dataset weigh the same (``DATASET_WEIGHT``: the one-event Weibo
   set counts half) and every dataset 50/50 genuine/fake, so knowing which dataset a row
   came from carries no information about its label.
3. Missingness augmentation: the training rows are repeated ``N_MASKED_COPIES`` times and in
   each copy every optional field (avatar, private, verified, URL, bio, username, display
   name, creation date, last post) is blanked with probability ``MASK_PROBABILITY``, for both
   classes alike, so "this column is empty" is never a dataset fingerprint and the model
   works with whatever fields a platform exposes.
4. A small LightGBM (depth 3, 8 leaves, strong L2, min 40 rows per leaf) with monotone
   constraints that hold on every platform (more posts / followers / bio / avatar / age =>
   less fake; more following per follower, digit-heavy or default-template names => more
   fake), so a pattern from one dataset cannot flip a direction on another.
5. Platt calibration on a stratified held-out split (``CALIBRATION_SHARE``) with balanced
   weights: probabilities are calibrated for a 50/50 prior, pooled and per platform family
   (``PLATFORM_FAMILY``: Weibo, Instagram, Twitter), all stored as JSON numbers.

Weibo's own fields (level, membership, sunshine credit) are features that every other
platform leaves NaN; they are blanked in 60% of the augmented rows.

``--commercial-only`` keeps only datasets whose SOURCE.md allows commercial use
(``training.datasets.DATASET_COMMERCIAL``); none does today, so it exits with status 2 and
writes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import train_test_split

from fraud.artifacts import write_manifest
from fraud.audience import (
    ACCOUNT_FEATURE_NAMES,
    CALIBRATOR_FILE,
    MODEL_FILE,
    USERNAME_FEATURE_NAMES,
    account_features,
)
from fraud.paths import ACCOUNTS_MODEL_DIR, models_dir
from training.datasets import (
    DATASET_COMMERCIAL,
    DATASET_LICENCES,
    DATASET_PLATFORMS,
    accounts_from_frame,
    data_file_hashes,
    load_labelled_accounts,
)

__all__ = [
    "FIELD_GROUPS",
    "LGB_PARAMS",
    "TrainedAccountModel",
    "balanced_weights",
    "fit_account_model",
    "mask_fields",
    "training_features",
]

MODEL_NAME = "follower-fake-classifier"
MODEL_VERSION = "1.0.0"
N_MASKED_COPIES = 4
MASK_PROBABILITY = 0.35
CALIBRATION_SHARE = 0.25
NUM_BOOST_ROUND = 120

# Optional Account fields and the feature columns computed from each one.
FIELD_GROUPS: dict[str, tuple[str, ...]] = {
    "has_avatar": ("has_avatar",),
    "is_private": ("is_private",),
    "verified": ("verified",),
    "has_url": ("has_url",),
    "bio": ("bio_length",),
    "username": (*USERNAME_FEATURE_NAMES, "display_name_similarity"),
    "display_name": ("display_name_similarity",),
    "created_at": ("account_age_days", "log_posts_per_day"),
    "last_post_at": ("days_since_last_post",),
    "platform_level": ("platform_level",),
    "membership_level": ("membership_level",),
    "credit_rating": ("credit_rating",),
}
# Training weight of a dataset relative to the others (default 1). weibo-spammer-cxk is one
# event and one fandom (a celebrity's commenters, hand-labelled by a course project): it
# counts as half a dataset. At full weight it cost 0.015 leave-one-dataset-out AUC on Twitter
# (cresci2015 0.965 vs 0.980 without it); at half weight 0.971, Instagram unchanged.
DATASET_WEIGHT: dict[str, float] = {"weibo_cxk": 0.5}

# Weibo-only fields are blanked more often, so the model stays good without them.
MASK_PROBABILITY_BY_FIELD: dict[str, float] = {
    "platform_level": 0.6,
    "membership_level": 0.6,
    "credit_rating": 0.6,
}
# Calibration families: each is calibrated on its own datasets (50/50 prior within each), so
# a fake probability means the same on every platform. Platforms without labelled accounts
# of their own (Douyin, RedNote, TikTok, ...) use the pooled calibrator: borrowing Weibo's
# for Douyin would be a guess about a population we have never seen.
PLATFORM_FAMILY: dict[str, str] = {
    "weibo": "weibo",
    "instagram": "instagram",
    "twitter": "twitter",
}

# +1: higher value => more likely fake; -1: less likely; 0: free. Directions that hold on
# every platform we know of; features whose direction differs by platform stay free.
MONOTONE_DIRECTIONS: dict[str, int] = {
    "log_followers": -1,
    "log_posts": -1,
    "log_following_per_follower": 1,
    "has_avatar": -1,
    "verified": -1,
    "has_url": -1,
    "bio_length": -1,
    "username_digit_share": 1,
    "username_trailing_digits": 1,
    "username_default_template": 1,
    "username_random_tail": 1,
    "account_age_days": -1,
    "days_since_last_post": 1,
    "platform_level": -1,
    "membership_level": -1,
    "credit_rating": -1,
}

LGB_PARAMS: dict[str, Any] = {
    "objective": "binary",
    "learning_rate": 0.1,
    "num_leaves": 8,
    "max_depth": 3,
    "min_data_in_leaf": 40,
    "min_sum_hessian_in_leaf": 1.0,
    "lambda_l2": 10.0,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "monotone_constraints": [MONOTONE_DIRECTIONS.get(n, 0) for n in ACCOUNT_FEATURE_NAMES],
    "monotone_constraints_method": "advanced",
    "num_threads": 2,
    "verbose": -1,
    "deterministic": True,
    "force_row_wise": True,
}

_COLUMN = {name: i for i, name in enumerate(ACCOUNT_FEATURE_NAMES)}


def training_features(df: pd.DataFrame) -> np.ndarray:
    """Feature array for labelled rows, blanking what each dataset did not really record.

    Parameters
    ----------
    df : pandas.DataFrame
        Rows of :func:`training.datasets.load_labelled_accounts`.

    Returns
    -------
    numpy.ndarray
        ``len(df) x len(ACCOUNT_FEATURE_NAMES)`` float64. Rows are computed with each row's
        own ``as_of``. For ``username_source == "length_and_digits"`` only length and digit
        share are kept; for ``"digit_share"`` only the digit share; Kaggle's display name
        (known only when it equals the username) is blanked.
    """
    features = np.full((len(df), len(ACCOUNT_FEATURE_NAMES)), np.nan)
    positions = np.arange(len(df))
    for as_of, index in df.groupby("as_of", sort=True).indices.items():
        rows = df.iloc[index]
        reference = as_of if isinstance(as_of, date) else None
        features[positions[index]] = account_features(
            accounts_from_frame(rows), reference
        ).to_numpy()
    source = df["username_source"].to_numpy()
    made_up = [
        "username_trailing_digits",
        "username_letter_entropy",
        "username_default_template",
        "username_random_tail",
    ]
    partial = (source == "length_and_digits") | (source == "digit_share")
    for name in made_up:
        features[partial, _COLUMN[name]] = np.nan
    features[source == "digit_share", _COLUMN["username_length"]] = np.nan
    features[
        (df["dataset"] == "kaggle_instagram").to_numpy(), _COLUMN["display_name_similarity"]
    ] = np.nan
    return features


def balanced_weights(datasets: Sequence[str] | np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Weights giving every dataset equal total weight, split 50/50 between the classes.

    Parameters
    ----------
    datasets : sequence of str or numpy.ndarray
        Dataset name per row.
    labels : numpy.ndarray
        ``is_fake`` per row (0/1).

    Returns
    -------
    numpy.ndarray
        Weights with mean 1.
    """
    frame = pd.DataFrame({"dataset": np.asarray(datasets), "label": np.asarray(labels)})
    n_cell = frame.groupby(["dataset", "label"])["label"].transform("size").to_numpy()
    n_labels = frame.groupby("dataset")["label"].transform("nunique").to_numpy()
    weights = 1.0 / (n_cell * n_labels)
    return np.asarray(weights * len(frame) / weights.sum(), dtype=np.float64)


def mask_fields(
    features: np.ndarray, rng: np.random.Generator, probability: float = MASK_PROBABILITY
) -> np.ndarray:
    """A copy of ``features`` with each optional field blanked with ``probability``.

    The draw is per row and per field (:data:`FIELD_GROUPS`), independent of the label.
    Counts (followers, following, posts) are required Account fields and never blanked.
    """
    masked = features.copy()
    n_rows = len(features)
    for field, columns in FIELD_GROUPS.items():
        drop = rng.random(n_rows) < max(probability, MASK_PROBABILITY_BY_FIELD.get(field, 0.0))
        for name in columns:
            masked[drop, _COLUMN[name]] = np.nan
    return masked


def augment(
    features: np.ndarray,
    labels: np.ndarray,
    weights: np.ndarray,
    rng: np.random.Generator,
    n_copies: int = N_MASKED_COPIES,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The original rows plus ``n_copies`` randomly masked copies (weights shared out)."""
    blocks = [features] + [mask_fields(features, rng) for _ in range(n_copies)]
    n_blocks = len(blocks)
    return (
        np.vstack(blocks),
        np.tile(labels, n_blocks),
        np.tile(weights, n_blocks) / n_blocks,
    )


def fit_booster(
    features: np.ndarray,
    labels: np.ndarray,
    weights: np.ndarray,
    seed: int,
    num_boost_round: int = NUM_BOOST_ROUND,
    params: dict[str, Any] | None = None,
) -> lgb.Booster:
    """Fit the LightGBM booster (``LGB_PARAMS`` updated with ``params``)."""
    config = {**LGB_PARAMS, **(params or {}), "seed": seed}
    data = lgb.Dataset(
        features,
        label=labels,
        weight=weights,
        feature_name=list(ACCOUNT_FEATURE_NAMES),
        free_raw_data=True,
    )
    return lgb.train(config, data, num_boost_round=num_boost_round)


def fit_platt(raw_scores: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> dict[str, float]:
    """Platt scaling ``P = 1 / (1 + exp(-(a * score + b)))`` fitted by weighted logistic loss."""
    model = LogisticRegression(C=1e4, max_iter=1000)
    model.fit(raw_scores.reshape(-1, 1), labels, sample_weight=weights)
    return {"a": float(model.coef_[0, 0]), "b": float(model.intercept_[0])}


@dataclass
class TrainedAccountModel:
    """A fitted booster and calibrator plus the held-out evaluation."""

    booster: lgb.Booster
    calibrator: dict[str, Any]
    metrics: dict[str, Any]

    def predict_features(
        self, features: np.ndarray, platforms: Sequence[str | None] | np.ndarray | None = None
    ) -> np.ndarray:
        """Calibrated P(fake) for a feature array (per-row platform: its family's calibrator)."""
        raw = np.asarray(self.booster.predict(features, raw_score=True, num_threads=1))
        slope = np.full(len(raw), float(self.calibrator["a"]))
        intercept = np.full(len(raw), float(self.calibrator["b"]))
        if platforms is not None:
            families = self.calibrator.get("families", {})
            mapping = self.calibrator.get("platform_family", {})
            for i, platform in enumerate(platforms):
                family = mapping.get(platform) if platform is not None else None
                if family in families:
                    slope[i], intercept[i] = families[family]["a"], families[family]["b"]
        return np.asarray(1.0 / (1.0 + np.exp(-(slope * raw + intercept))))


def fit_account_model(
    df: pd.DataFrame,
    seed: int = 0,
    features: np.ndarray | None = None,
    calibration_share: float = CALIBRATION_SHARE,
    params: dict[str, Any] | None = None,
    n_masked_copies: int = N_MASKED_COPIES,
) -> TrainedAccountModel:
    """Train booster + Platt calibrator on ``df`` (held-out split for calibration).

    Parameters
    ----------
    df : pandas.DataFrame
        Labelled rows (``is_fake``, ``dataset``, Account fields).
    seed : int
        Seeds the split, the masking and LightGBM.
    features : numpy.ndarray, optional
        Precomputed :func:`training_features` of ``df``.
    calibration_share : float
        Share of rows held out (stratified by dataset and label) to fit the calibrator.
    params : dict, optional
        Overrides of :data:`LGB_PARAMS`.
    n_masked_copies : int
        Randomly masked copies of the training rows (0 = no missingness augmentation).

    Returns
    -------
    TrainedAccountModel
        ``metrics`` holds the held-out AUC / Brier / accuracy per dataset and pooled.
    """
    X = training_features(df) if features is None else features
    y = df["is_fake"].to_numpy(dtype=np.int64)
    datasets = df["dataset"].to_numpy()
    strata = df["dataset"].astype(str) + ":" + df["is_fake"].astype(str)
    rng = np.random.default_rng(seed)
    fit_idx, cal_idx = train_test_split(
        np.arange(len(df)), test_size=calibration_share, stratify=strata, random_state=seed
    )
    w_fit = balanced_weights(datasets[fit_idx], y[fit_idx])
    w_fit = w_fit * np.array([DATASET_WEIGHT.get(str(d), 1.0) for d in datasets[fit_idx]])
    w_fit *= len(w_fit) / w_fit.sum()
    X_aug, y_aug, w_aug = augment(X[fit_idx], y[fit_idx], w_fit, rng, n_masked_copies)
    booster = fit_booster(X_aug, y_aug, w_aug, seed, params=params)

    w_cal = balanced_weights(datasets[cal_idx], y[cal_idx])
    raw_cal = np.asarray(booster.predict(X[cal_idx], raw_score=True, num_threads=1))
    calibrator: dict[str, Any] = fit_platt(raw_cal, y[cal_idx], w_cal)
    platforms = np.array([DATASET_PLATFORMS.get(str(d), "other") for d in datasets])
    row_family = np.array([PLATFORM_FAMILY.get(p, "") for p in platforms])
    families: dict[str, dict[str, float]] = {}
    for family in sorted(set(row_family[cal_idx]) - {""}):
        rows = row_family[cal_idx] == family
        if len(set(y[cal_idx][rows])) == 2:
            families[family] = fit_platt(raw_cal[rows], y[cal_idx][rows], w_cal[rows])
    calibrator["families"] = families
    calibrator["platform_family"] = dict(PLATFORM_FAMILY)
    model = TrainedAccountModel(booster, calibrator, {})
    probability = model.predict_features(X[cal_idx], platforms[cal_idx])
    model.metrics = {
        "held_out_rows": len(cal_idx),
        "held_out": held_out_metrics(y[cal_idx], probability, datasets[cal_idx], w_cal),
    }
    return model


def held_out_metrics(
    labels: np.ndarray, probability: np.ndarray, datasets: np.ndarray, weights: np.ndarray
) -> dict[str, dict[str, float]]:
    """AUC, accuracy at 0.5 and Brier per dataset and pooled (balanced weights)."""
    result: dict[str, dict[str, float]] = {}
    groups = {name: datasets == name for name in sorted(set(datasets))}
    groups["pooled_balanced"] = np.ones(len(labels), dtype=bool)
    for name, rows in groups.items():
        w = weights[rows] if name == "pooled_balanced" else None
        result[name] = {
            "n": int(rows.sum()),
            "auc": float(roc_auc_score(labels[rows], probability[rows], sample_weight=w)),
            "accuracy": float(
                accuracy_score(labels[rows], probability[rows] >= 0.5, sample_weight=w)
            ),
            "brier": float(brier_score_loss(labels[rows], probability[rows], sample_weight=w)),
        }
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-instafake",
        action="store_true",
        help="leave out InstaFake (CC BY-NC 4.0, non-commercial)",
    )
    parser.add_argument(
        "--commercial-only",
        action="store_true",
        help="leave out every dataset whose licence does not allow commercial use "
        "(today: all of them, so this refuses to train; see training/datasets.py)",
    )
    parser.add_argument("--out", type=Path, default=None, help="model directory")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    include_instafake = not args.no_instafake
    commercial_only = bool(args.commercial_only)
    out: Path = args.out if args.out is not None else models_dir() / ACCOUNTS_MODEL_DIR

    started = time.perf_counter()
    df = load_labelled_accounts(
        include_instafake=include_instafake, commercial_only=commercial_only
    )
    if df.empty or df["is_fake"].nunique() < 2:
        left_out = ", ".join(
            f"{name} ({DATASET_LICENCES[name]})"
            for name in DATASET_LICENCES
            if not DATASET_COMMERCIAL[name]
        )
        print(
            "error: no labelled account data is left to train on: --commercial-only leaves "
            f"out every dataset without a commercial licence: {left_out}. No follower model "
            f"written to {out}.",
            file=sys.stderr,
        )
        return 2
    model = fit_account_model(df, seed=args.seed)
    out.mkdir(parents=True, exist_ok=True)
    model.booster.save_model(str(out / MODEL_FILE))
    (out / CALIBRATOR_FILE).write_text(
        json.dumps({"method": "platt", **model.calibrator}, indent=2) + "\n", encoding="utf-8"
    )
    counts = df.groupby(["dataset", "is_fake"]).size()
    datasets = {
        name: {
            "platform": DATASET_PLATFORMS[name],
            "licence": DATASET_LICENCES[name],
            "commercial_use": DATASET_COMMERCIAL[name],
            "rows": int(counts[name].sum()),
            "n_genuine": int(counts[name].get(0, 0)),
            "n_fake": int(counts[name].get(1, 0)),
        }
        for name in sorted(df["dataset"].unique())
    }
    manifest = write_manifest(
        out,
        [MODEL_FILE, CALIBRATOR_FILE],
        model=MODEL_NAME,
        version=MODEL_VERSION,
        feature_names=list(ACCOUNT_FEATURE_NAMES),
        output="fake_probability: calibrated P(fake) for a 50/50 prior (balanced weights), "
        "per platform family when the caller names the platform",
        calibration={"method": "platt", "file": CALIBRATOR_FILE, **model.calibrator},
        seed=args.seed,
        include_instafake=include_instafake,
        commercial_only=commercial_only,
        commercial_use_ok=all(DATASET_COMMERCIAL[name] for name in datasets),
        training_data=datasets,
        training_data_sha256=data_file_hashes(include_instafake, commercial_only),
        training={
            "lightgbm_params": {k: v for k, v in LGB_PARAMS.items() if k != "num_threads"},
            "num_boost_round": NUM_BOOST_ROUND,
            "n_masked_copies": N_MASKED_COPIES,
            "mask_probability": MASK_PROBABILITY,
            "calibration_share": CALIBRATION_SHARE,
            "weights": "each dataset equal total weight (times dataset_weight), 50/50 "
            "genuine/fake inside it",
            "dataset_weight": DATASET_WEIGHT,
            "mask_probability_by_field": MASK_PROBABILITY_BY_FIELD,
        },
        metrics=model.metrics,
        evaluation="python -m training.evaluate_accounts (reports/accounts.md)",
    )
    elapsed = time.perf_counter() - started
    pooled = manifest["metrics"]["held_out"]["pooled_balanced"]
    print(
        f"wrote {out} in {elapsed:.1f}s: held-out AUC {pooled['auc']:.3f}, "
        f"Brier {pooled['brier']:.3f} ({len(df)} rows, instafake={include_instafake})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
