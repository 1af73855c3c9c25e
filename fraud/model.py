"""The creator-level model: LightGBM on the feature row, Platt-calibrated, with verdict thresholds.

A model directory holds ``model.txt`` (LightGBM's native text format), ``calibration.json``
(two numbers per regime), ``contributions.npz`` (the model's per-feature contributions by
decision pattern, :mod:`fraud.contributions`; optional) and ``manifest.json`` (feature names
in order, thresholds, metrics, training data hashes and licences). It is loaded only after
every file matches its SHA-256.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lightgbm as lgb
import numpy as np

from fraud.artifacts import ArtifactError, file_sha256, read_verified, write_manifest
from fraud.contributions import TABLE_KEYS, ContributionTable
from fraud.features import FEATURE_NAMES
from fraud.features.engagement import MIN_POSTS, MIN_SHAPE_POSTS
from fraud.features.growth import DRIP_MIN_DAYS
from fraud.schema import Severity, Verdict

__all__ = [
    "BEHAVIOURAL_CHECKS",
    "PATTERNS_NOT_LEARNED",
    "PATTERN_CHECKS",
    "PATTERN_FEATURES",
    "PATTERN_NEEDS",
    "PATTERN_NEEDS_ALL",
    "RED_FLAG_SEVERITIES",
    "REGIMES",
    "CreatorModel",
    "EvidenceFloor",
    "Thresholds",
    "data_regime",
    "fit_platt",
    "is_red_flag",
    "leans_to_fraud",
    "missing_data_hint",
    "patterns_not_checked",
    "verdict_for",
]

MODEL_FILE = "model.txt"
CALIBRATION_FILE = "calibration.json"
# The model's contributions per decision pattern (fraud.contributions): the reasons' numbers
# at a seventh (one creator) to a nineteenth (chunks of 64) of LightGBM's TreeSHAP cost.
# Optional: without it LightGBM computes them.
CONTRIBUTIONS_FILE = "contributions.npz"


# What each check needs, and which fraud patterns go unchecked without it. A regime is the set
# of data a creator came with; the model is calibrated and thresholded per regime.
BEHAVIOURAL_CHECKS: tuple[str, ...] = ("growth", "engagement", "comments", "audience")
REGIMES: tuple[str, ...] = (
    "everything",
    "follower_sample",
    "follower_history",
    "snapshots",
    "scraper",
    "posts_only",
)
# Fraud patterns and the checks any one of which can see them.
PATTERN_CHECKS: dict[str, tuple[str, ...]] = {
    "bought followers (bursts)": ("growth", "audience"),
    "drip-fed followers": ("growth", "audience"),
    "fake followers in the audience": ("audience",),
    "follow/unfollow churn": ("growth",),
    "bought likes": ("engagement",),
    "bot comments": ("comments",),
    "engagement pods": ("comments",),
    "lure and spam campaigns": ("comments",),
    "mutual-boost groups": ("comments",),
    "machine-written comments": ("comments",),
    "bought views": ("engagement",),
}
# Patterns no check of this model reads, and why: every answer lists them as not checked.
# None now: bought views were until the thirty-seventh session (no training creator bought
# views, and many views per like were read as innocence).
PATTERNS_NOT_LEARNED: dict[str, str] = {}
# The feature values that show each pattern: a check that runs may still lack the data one
# of its patterns needs (a follower history without following counts has no churn check, one
# of under four weeks no drip check; comments without times and post ids no pod check), so a
# pattern counts as checked only when one of these was measured.
PATTERN_FEATURES: dict[str, tuple[str, ...]] = {
    "bought followers (bursts)": ("follower_spike_z", "fake_follower_share"),
    "drip-fed followers": ("follower_elevated_window_ratio", "fake_follower_share"),
    "fake followers in the audience": ("fake_follower_share",),
    "follow/unfollow churn": ("following_jump_share", "following_churn_30d"),
    # Likes read against comments: the engagement rate alone (a Kuaishou export has no
    # comment counts) does not count as this check.
    "bought likes": ("likes_per_comment_vs_norm", "likes_outlier_post_share"),
    "bot comments": ("low_effort_comment_share", "duplicate_comment_share"),
    "engagement pods": ("pod_comment_share", "early_comment_share"),
    "lure and spam campaigns": ("spam_comment_share",),
    "mutual-boost groups": ("mutual_boost_cue_share",),
    "machine-written comments": ("template_similarity_share",),
    "bought views": ("views_per_like_vs_norm", "views_per_like_spread"),
}
# The patterns checked only when every one of their features was measured (the others: any).
# A pod is regulars' comments at the time after each post: pod_comment_share is 0 whenever 4+
# posts have comment ids, times or not (the model's feature value, kept as it is), and it is
# read only with the comments' times (early_comment_share; regular_delay_spread needs both).
PATTERN_NEEDS_ALL: frozenset[str] = frozenset({"engagement pods"})
# What a pattern whose check ran still needs, when none of its features was measured.
PATTERN_NEEDS: dict[str, str] = {
    "bought followers (bursts)": "a follower history of 8+ snapshots over 14+ days",
    "drip-fed followers": (
        f"a follower history whose first and last snapshots are {DRIP_MIN_DAYS}+ days apart"
    ),
    "fake followers in the audience": "10+ sampled followers",
    "follow/unfollow churn": "following counts in 8+ follower snapshots",
    "bought likes": "3+ posts with their like and comment counts",
    "bot comments": "10+ audience comments",
    "engagement pods": (
        "comments with their times and post ids, on 4+ posts whose own times are given"
    ),
    "lure and spam campaigns": "10+ audience comments",
    "mutual-boost groups": "10+ audience comments",
    "machine-written comments": "10+ audience comments",
    "bought views": (
        f"{MIN_POSTS}+ posts with their view and like counts, {MIN_SHAPE_POSTS}+ where the"
        " platform has no views-per-like norm"
    ),
}
# What to send to decide a case the data given cannot: by the checks that did not run.
_MISSING_DATA_HINTS: dict[str, str] = {
    "growth": "a follower history (8+ snapshots over 14+ days)",
    "audience": "a follower sample (10+ sampled followers)",
    "comments": "the comments (10+ audience comments)",
    "engagement": "3+ posts with their counts",
}


# A follower history shorter than this is a store's own recent snapshots: growth runs, but
# sees only the last weeks.
SHORT_HISTORY_DAYS = 30


def data_regime(ran: set[str] | frozenset[str], history_days: float = math.inf) -> str | None:
    """The regime of a creator from the checks that ran; ``None`` when no behavioural check did.

    ``history_days``: the days the follower history spans (a short one is ``snapshots``).

    >>> data_regime({"engagement", "comments"})
    'scraper'
    """
    if not ran & set(BEHAVIOURAL_CHECKS):
        return None
    if {"growth", "audience"} <= ran:
        return "everything"
    if "audience" in ran:
        return "follower_sample"
    if "growth" in ran:
        return "snapshots" if history_days < SHORT_HISTORY_DAYS else "follower_history"
    if "comments" in ran:
        return "scraper"
    return "posts_only"


def patterns_not_checked(
    ran: set[str] | frozenset[str], values: Mapping[str, float] | None = None
) -> list[str]:
    """The fraud patterns none of whose checks ran; with the row's feature ``values``, also
    those whose checks ran without measuring any of their features (:data:`PATTERN_FEATURES`;
    for :data:`PATTERN_NEEDS_ALL`, without measuring all of them)."""
    unchecked = []
    for p, checks in PATTERN_CHECKS.items():
        if ran.isdisjoint(checks):
            unchecked.append(p)
        elif values is not None:
            measured = [_measured(values, n) for n in PATTERN_FEATURES[p]]
            if not (all(measured) if p in PATTERN_NEEDS_ALL else any(measured)):
                unchecked.append(p)
    return unchecked


def _measured(values: Mapping[str, float], name: str) -> bool:
    value = values.get(name)
    return value is not None and not math.isnan(value)


def missing_data_hint(
    ran: set[str] | frozenset[str],
    values: Mapping[str, float] | None = None,
    *,
    skipped: Mapping[str, str] | None = None,
    more: Sequence[str] = (),
) -> str:
    """What data would decide a case: the inputs of the checks that did not run, and why.

    ``values``: the row's feature values (see :func:`patterns_not_checked`). ``skipped``: by
    check that did not run, the note saying what it lacked ("9 audience comments given; the
    comment checks need 10"), said instead of assuming nothing was given. ``more``: with every
    check run, what more of the same data would narrow the answer ("a follower history
    longer than its 45 days").
    """
    missing = [hint for check, hint in _MISSING_DATA_HINTS.items() if check not in ran]
    # what more data could check (the patterns not learned are said in PATTERNS_NOT_CHECKED)
    unchecked = [p for p in patterns_not_checked(ran, values) if p not in PATTERNS_NOT_LEARNED]
    notes = skipped or {}
    if "growth" not in ran and "audience" not in ran:
        why = "; ".join(notes[c] for c in ("growth", "audience") if notes.get(c))
        lead = (
            f"bought followers cannot be checked ({why})"
            if why
            else "no follower history or follower sample: bought followers cannot be checked"
        )
    elif "comments" not in ran:
        lead = (
            f"bot comments and pods cannot be checked ({notes['comments']})"
            if notes.get("comments")
            else "no comments: bot comments and pods cannot be checked"
        )
    else:
        lead = "the checks that ran do not separate genuine from fraudulent creators here"
        if more:
            lead += "; more of the same data may decide it: " + ", ".join(more)
    parts = [lead]
    if missing:
        parts.append("send " + ", ".join(missing))
    if unchecked and "bought followers" not in lead:
        parts.append("not checked: " + ", ".join(unchecked))
    return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Fraud-probability cut-offs of one regime.

    At or above ``likely_fraudulent``: likely fraudulent with a red flag, else suspicious;
    below ``authentic_below``: authentic; in between ``insufficient_data``, or
    ``suspicious`` with a red flag (see :func:`verdict_for`). ``suspicious`` marks where the
    model leans towards fraud (the cut that flags at most 8% of genuine creators of the
    calibration split); ``authentic_below`` is below it only when the regime cannot keep
    both error rates within the limits.
    """

    suspicious: float
    likely_fraudulent: float
    authentic_below: float | None = None

    @property
    def authentic_cut(self) -> float:
        return self.suspicious if self.authentic_below is None else self.authentic_below

    def as_dict(self) -> dict[str, float]:
        return {
            "authentic_below": self.authentic_cut,
            "suspicious": self.suspicious,
            "likely_fraudulent": self.likely_fraudulent,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Thresholds:
        return cls(
            suspicious=float(raw["suspicious"]),
            likely_fraudulent=float(raw["likely_fraudulent"]),
            authentic_below=float(raw.get("authentic_below", raw["suspicious"])),
        )


# A fraud reason of these severities is a red flag: it never stands beside ``authentic``.
# Severities are cut so that a medium reason fires on at most ~5% of genuine creators of any
# data regime and a high one on ~1% (fraud.reasons.SEVERITY_CUTOFFS).
RED_FLAG_SEVERITIES: frozenset[Severity] = frozenset({Severity.MEDIUM, Severity.HIGH})


def is_red_flag(severities: Iterable[Severity]) -> bool:
    """Whether any of these fraud-reason severities is a red flag (:data:`RED_FLAG_SEVERITIES`)."""
    return any(severity in RED_FLAG_SEVERITIES for severity in severities)


def verdict_for(
    probability: float,
    thresholds: Thresholds,
    sufficient: bool,
    red_flag: bool = False,
    doubt: bool = False,
) -> Verdict:
    """The one place a probability becomes a verdict.

    ``red_flag``: a fraud reason of medium or high severity was found
    (:func:`is_red_flag`). ``likely_fraudulent`` needs one: past the ``likely_fraudulent``
    cut with no named pattern, the answer is ``suspicious`` (check by hand; its reason,
    ``MODEL_SIGNAL``, lists the model's strongest signals). On the outside generators, 7-20%
    of the creators called ``likely_fraudulent`` on the model alone were genuine against 2-4%
    of those with a named pattern; at a vetted population's fraud share of 10-20% rather
    than the training data's 44%, that is about a coin toss (README, "Verdict rule").
    Such a reason never stands beside ``authentic``, and without one a probability between
    the authentic cut and the ``likely_fraudulent`` cut is ``insufficient_data`` (see
    :func:`leans_to_fraud`). ``doubt``: a pattern the data given cannot tell from an organic
    one, which the model learned as a sign of a genuine creator
    (:func:`fraud.reasons.engagement_doubt`): at most ``insufficient_data``.
    """
    if not sufficient:
        return Verdict.INSUFFICIENT_DATA
    if probability >= thresholds.likely_fraudulent:
        return Verdict.LIKELY_FRAUDULENT if red_flag else Verdict.SUSPICIOUS
    if red_flag:
        # A red flag makes the creator suspicious whatever its probability, in the
        # uncertain band too: an undecided answer beside a medium reason would contradict it.
        return Verdict.SUSPICIOUS
    if doubt:
        # the data given cannot say which way the pattern points, and the model counts it in
        # the creator's favour: say what would decide instead
        return Verdict.INSUFFICIENT_DATA
    if probability >= thresholds.authentic_cut:
        # Past the suspicious cut with no pattern beyond the genuine range, the model alone
        # is no better than a coin: about as many such creators were fraud as among all
        # creators, on our test split and on the outside generators. Say so, and what data
        # would decide, rather than call a person suspicious on it.
        return Verdict.INSUFFICIENT_DATA
    return Verdict.AUTHENTIC


def leans_to_fraud(probability: float, thresholds: Thresholds) -> bool:
    """Whether an ``insufficient_data`` answer sits past the suspicious cut (the model leans
    towards fraud though no fraud pattern is past the genuine range)."""
    return thresholds.suspicious <= probability < thresholds.likely_fraudulent


def fit_platt(margins: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Fit ``p = sigmoid(a * margin + b)`` on held-out margins (Platt scaling)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1e6, max_iter=1000)
    model.fit(margins.reshape(-1, 1), labels)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


@dataclass(frozen=True)
class EvidenceFloor:
    """The least a group of features may add to a creator's log-odds, together.

    A group of evidence that can rule out only some fraud schemes may not argue a creator's
    innocence past them: a follower history whose spikes the creator's own posts explain rules
    out bought followers, not bought comments or likes. Where the group's contributions sum
    below ``floor``, its negative ones are scaled down together until the sum is ``floor``
    (its positive ones, evidence of fraud, stand), so the margin, the calibration fitted on it
    and the contributions the reasons read stay one account.
    """

    name: str
    features: tuple[str, ...]
    floor: float

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "features": list(self.features), "floor": self.floor}

    @classmethod
    def from_dict(cls, raw: Any) -> EvidenceFloor:
        try:
            floor = cls(
                str(raw["name"]), tuple(str(f) for f in raw["features"]), float(raw["floor"])
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ArtifactError(f"not an evidence floor: {raw!r} ({error!r})") from None
        if (
            not floor.features
            or len(set(floor.features)) != len(floor.features)
            or not math.isfinite(floor.floor)
            or floor.floor >= 0
        ):
            raise ArtifactError(
                f"not an evidence floor (distinct features, a negative floor): {raw!r}"
            )
        return floor


class CreatorModel:
    """A trained creator model: one booster, a Platt calibration and thresholds per regime.

    ``calibration`` maps each regime (:data:`REGIMES`) to Platt ``(a, b)``; ``"default"``
    serves a regime the calibration data never held. The thresholds live in the manifest
    (``thresholds[regime]``), chosen on held-out data by ``training/train.py``, and so do the
    :class:`EvidenceFloor` s (``evidence_floors``) the margins are taken with.
    """

    def __init__(
        self,
        booster: lgb.Booster,
        calibration: dict[str, tuple[float, float]],
        manifest: dict[str, Any],
        contribution_table: ContributionTable | None = None,
    ):
        self.booster = booster
        self.contribution_table = contribution_table
        self.calibration = dict(calibration)
        self.manifest = manifest
        self.feature_names: tuple[str, ...] = tuple(manifest["feature_names"])
        self.thresholds: dict[str, Thresholds] = {
            regime: Thresholds.from_dict(raw)
            for regime, raw in manifest.get("thresholds", {}).items()
            if isinstance(raw, dict)
        }
        # Read from the manifest once (save() writes the manifest back as it is).
        self.evidence_floors: tuple[EvidenceFloor, ...] = tuple(
            EvidenceFloor.from_dict(raw) for raw in manifest.get("evidence_floors", ())
        )
        # Column indices of each floor's features (a floor naming a feature the model does not
        # see is an inconsistent artifact).
        missing = {f for floor in self.evidence_floors for f in floor.features} - set(
            self.feature_names
        )
        if missing:
            raise ArtifactError(
                f"evidence floors name features the model does not see: {sorted(missing)}"
            )
        self._floor_columns = [
            (np.array([self.feature_names.index(f) for f in floor.features]), floor.floor)
            for floor in self.evidence_floors
        ]

    @property
    def version(self) -> str:
        """The model version from the manifest (training date and data hash)."""
        return str(self.manifest.get("version", "unknown"))

    def thresholds_for(self, regime: str | None) -> Thresholds:
        """The thresholds of ``regime`` (the strictest regime's when it has none of its own)."""
        if regime in self.thresholds:
            return self.thresholds[regime]
        if "default" in self.thresholds:
            return self.thresholds["default"]
        raise ArtifactError(f"the creator model has no thresholds for regime {regime!r}")

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
        thresholds = manifest.get("thresholds", {})
        if "default" not in thresholds or not all(isinstance(v, dict) for v in thresholds.values()):
            raise ArtifactError(
                f"{directory} has no per-regime thresholds (an older model); retrain it (make train)"
            )
        booster = artifact.lightgbm(MODEL_FILE, names)
        table = None
        if CONTRIBUTIONS_FILE in manifest["files"]:
            try:
                table = ContributionTable.from_arrays(
                    artifact.npz(CONTRIBUTIONS_FILE, TABLE_KEYS),
                    n_features=len(names),
                    source_sha256=manifest["files"][MODEL_FILE],
                )
            except ValueError as error:
                raise ArtifactError(f"{directory / CONTRIBUTIONS_FILE}: {error}") from None
        raw = artifact.json(CALIBRATION_FILE)
        try:
            calibration = {
                name: (float(ab[0]), float(ab[1])) for name, ab in raw["regimes"].items()
            }
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as error:
            raise ArtifactError(
                f"{directory / CALIBRATION_FILE}: not a per-regime calibration ({error!r})"
            ) from None
        return cls(booster, calibration, manifest, table)

    def save(self, directory: Path, **manifest_fields: Any) -> dict[str, Any]:
        """Write the model files and a manifest with their hashes; with the contribution
        table of the model as written (read back: the table is the saved model's) when its
        trees are small enough to table."""
        directory.mkdir(parents=True, exist_ok=True)
        self.booster.save_model(str(directory / MODEL_FILE))
        files = [MODEL_FILE, CALIBRATION_FILE]
        written = directory / MODEL_FILE
        self.contribution_table = ContributionTable.build(
            lgb.Booster(model_file=str(written)), source_sha256=file_sha256(written)
        )
        if self.contribution_table is not None:
            (directory / CONTRIBUTIONS_FILE).write_bytes(self.contribution_table.to_bytes())
            files.append(CONTRIBUTIONS_FILE)
        else:
            (directory / CONTRIBUTIONS_FILE).unlink(missing_ok=True)
        (directory / CALIBRATION_FILE).write_text(
            json.dumps(
                {
                    "method": "platt per regime",
                    "regimes": {k: list(v) for k, v in self.calibration.items()},
                },
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
        fields = {**self.manifest, **manifest_fields}
        fields["thresholds"] = {
            **{k: v for k, v in fields.get("thresholds", {}).items() if not isinstance(v, dict)},
            **{k: t.as_dict() for k, t in self.thresholds.items()},
        }
        fields.pop("files", None)
        self.manifest = write_manifest(directory, files, **fields)
        return self.manifest

    def margins_and_contributions(self, features: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Log-odds and per-feature contributions (last column: the bias) per row, with the
        :attr:`evidence_floors` applied (the margin is the contributions' sum)."""
        if self.contribution_table is not None:
            contributions = self.contribution_table.contributions(features, self.booster)
        else:
            contributions = np.asarray(
                self.booster.predict(features, pred_contrib=True, num_threads=1),
                dtype=np.float64,
            )
        for columns, floor in self._floor_columns:
            part = contributions[:, columns]
            negative = np.minimum(part, 0.0)
            group = part.sum(axis=1)
            below = np.flatnonzero(group < floor)
            if len(below):
                # Only the group's evidence of innocence shrinks: its positive contributions
                # stand, its negative ones are scaled together until the group sums to floor.
                innocence = negative[below].sum(axis=1)
                scale = (floor - (group[below] - innocence)) / innocence
                part[below] = np.maximum(part[below], 0.0) + negative[below] * scale[:, None]
                contributions[:, columns] = part
        return contributions.sum(axis=1), contributions

    def margins(self, features: np.ndarray) -> np.ndarray:
        """Log-odds per row of ``features`` (manifest column order), floors applied."""
        if self._floor_columns:
            return self.margins_and_contributions(features)[0]
        return np.asarray(self.booster.predict(features, raw_score=True), dtype=np.float64)

    def calibrate(self, margins: np.ndarray, regimes: Sequence[str | None]) -> np.ndarray:
        """Log-odds (:meth:`margins`) to calibrated fraud probabilities, with each row's
        regime's Platt."""
        default = self.calibration["default"]
        a = np.array([self.calibration.get(r or "default", default)[0] for r in regimes])
        b = np.array([self.calibration.get(r or "default", default)[1] for r in regimes])
        return 1.0 / (1.0 + np.exp(-(a * margins + b)))

    def predict_proba(self, features: np.ndarray, regimes: Sequence[str | None]) -> np.ndarray:
        """Calibrated fraud probability per row of ``features`` (manifest column order)."""
        return self.calibrate(self.margins(features), regimes)
