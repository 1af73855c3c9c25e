"""The creator-level model: LightGBM on the feature row, Platt-calibrated, with verdict thresholds.

A model directory holds ``model.txt`` (LightGBM's native text format), ``calibration.json``
(two numbers) and ``manifest.json`` (feature names in order, thresholds, metrics, training
data hashes and licences). It is loaded only after every file matches its SHA-256.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lightgbm as lgb
import numpy as np

from fraud.artifacts import ArtifactError, read_verified, write_manifest
from fraud.features import FEATURE_NAMES
from fraud.schema import Verdict

__all__ = [
    "MODEL_FEATURES",
    "MODEL_FEATURE_NAMES",
    "CreatorModel",
    "Thresholds",
    "fit_platt",
    "verdict_for",
]

MODEL_FILE = "model.txt"
CALIBRATION_FILE = "calibration.json"

# The features the model sees, and the direction each may push (+1: more of it can only raise
# the fraud probability; -1: only lower it; 0: either). The pipeline computes more (profile
# counts, raw engagement levels, spike shape...) for evidence and reasons, but those measured
# differently across three independently written creator generators (training/evaluate.py,
# "cross-generator"), so the model does not learn from them. Directions are the domain's,
# and agreed in all three generators: the model may not learn, say, that more fake-looking
# followers make a creator more genuine.
MODEL_FEATURES: dict[str, int] = {
    # growth
    "follower_spike_share": 0,
    "n_follower_spike_episodes": 0,
    "follower_spike_growth_share": 0,
    "spike_engagement_lift": -1,
    "spike_er_change": -1,
    "engagement_follower_elasticity": -1,
    "following_jump_share": 1,
    "following_churn_30d": 1,
    # engagement
    "engagement_rate_z": 0,
    "likes_per_comment_vs_norm": 0,
    "views_per_like_vs_norm": -1,
    "shares_per_like": -1,
    "engagement_trend_90d": -1,
    "likes_outlier_post_share": 1,
    "comment_share_of_engagement": 0,
    # comments
    "low_effort_comment_vs_norm": 1,
    "generic_comment_share": 1,
    "mention_only_comment_share": 0,
    "spam_comment_share": 1,
    "duplicate_comment_share": 1,
    "comment_text_diversity": -1,
    "recurring_commenter_share": 0,
    "pod_comment_share": 1,
    "recurring_substantive_share": -1,
    "early_comment_share": 1,
    "creator_reply_rate": -1,
    "digit_heavy_commenter_share": 1,
    # audience
    "fake_follower_share": 1,
    "likely_fake_follower_share": 1,
    "mass_follower_share": 1,
    "empty_account_share": 1,
    "young_account_share": 1,
    "digit_heavy_username_share": 1,
}
MODEL_FEATURE_NAMES: tuple[str, ...] = tuple(MODEL_FEATURES)


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Fraud-probability cut-offs: at or above ``suspicious`` / ``likely_fraudulent``."""

    suspicious: float
    likely_fraudulent: float


def verdict_for(probability: float, thresholds: Thresholds, sufficient: bool) -> Verdict:
    """The one place a probability becomes a verdict."""
    if not sufficient:
        return Verdict.INSUFFICIENT_DATA
    if probability >= thresholds.likely_fraudulent:
        return Verdict.LIKELY_FRAUDULENT
    if probability >= thresholds.suspicious:
        return Verdict.SUSPICIOUS
    return Verdict.AUTHENTIC


def fit_platt(margins: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Fit ``p = sigmoid(a * margin + b)`` on held-out margins (Platt scaling)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1e6, max_iter=1000)
    model.fit(margins.reshape(-1, 1), labels)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


class CreatorModel:
    """A trained, calibrated creator model and its manifest."""

    def __init__(self, booster: lgb.Booster, platt: tuple[float, float], manifest: dict[str, Any]):
        self.booster = booster
        self.platt_a, self.platt_b = platt
        self.manifest = manifest
        self.feature_names: tuple[str, ...] = tuple(manifest["feature_names"])
        thresholds = manifest["thresholds"]
        self.thresholds = Thresholds(
            suspicious=float(thresholds["suspicious"]),
            likely_fraudulent=float(thresholds["likely_fraudulent"]),
        )

    @property
    def version(self) -> str:
        """The model version from the manifest (training date and data hash)."""
        return str(self.manifest.get("version", "unknown"))

    @classmethod
    def load(cls, directory: Path) -> CreatorModel:
        """Load a verified model directory; raises :class:`ArtifactError` on any mismatch."""
        artifact = read_verified(directory)
        manifest = artifact.manifest
        names = tuple(manifest.get("feature_names", ()))
        if not names or not set(names) <= set(FEATURE_NAMES):
            raise ArtifactError(
                f"{directory} was trained on other features than this code computes; "
                "retrain it (make train)"
            )
        booster = artifact.lightgbm(MODEL_FILE, names)
        calibration = artifact.json(CALIBRATION_FILE)
        return cls(booster, (calibration["a"], calibration["b"]), manifest)

    def save(self, directory: Path, **manifest_fields: Any) -> dict[str, Any]:
        """Write the model files and a manifest with their hashes."""
        directory.mkdir(parents=True, exist_ok=True)
        self.booster.save_model(str(directory / MODEL_FILE))
        (directory / CALIBRATION_FILE).write_text(
            json.dumps({"method": "platt", "a": self.platt_a, "b": self.platt_b}) + "\n",
            encoding="utf-8",
        )
        fields = {**self.manifest, **manifest_fields}
        fields.pop("files", None)
        self.manifest = write_manifest(directory, [MODEL_FILE, CALIBRATION_FILE], **fields)
        return self.manifest

    def margins_and_contributions(self, features: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Raw log-odds and per-feature contributions (last column: the bias) per row."""
        contributions = np.asarray(
            self.booster.predict(features, pred_contrib=True, num_threads=1), dtype=np.float64
        )
        return contributions.sum(axis=1), contributions

    def calibrate(self, margins: np.ndarray) -> np.ndarray:
        """Raw log-odds to calibrated fraud probabilities (Platt)."""
        z = self.platt_a * margins + self.platt_b
        return 1.0 / (1.0 + np.exp(-z))

    def predict_proba(self, features: np.ndarray) -> np.ndarray:
        """Calibrated fraud probability per row of ``features`` (manifest column order)."""
        margins = np.asarray(self.booster.predict(features, raw_score=True), dtype=np.float64)
        return self.calibrate(margins)
