"""The one entry point: :class:`Scorer` turns validated CreatorRecords into ScoreResults.

Every edge (``fraud score``, ``POST /v1/score``, the training and evaluation scripts) calls
this module, so a creator gets the same answer whichever way it is asked.

Examples
--------
>>> from fraud.scoring import Scorer                      # doctest: +SKIP
>>> scorer = Scorer.load()                                # doctest: +SKIP
>>> scorer.score(record).verdict                          # doctest: +SKIP
<Verdict.AUTHENTIC: 'authentic'>
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np

from fraud import paths
from fraud.audience import AccountColumns, FollowerModel, account_columns
from fraud.comment_quality import CommentClassifier
from fraud.features import (
    CHECKS,
    FeatureContext,
    FeatureRow,
    extract_features,
    extract_many,
    feature_matrix,
)
from fraud.features.audience import MIN_SAMPLE
from fraud.features.base import AccountRows
from fraud.model import (
    BEHAVIOURAL_CHECKS,
    CreatorModel,
    data_regime,
    leans_to_fraud,
    patterns_not_checked,
    verdict_for,
)
from fraud.norms import load_norms, size_tier
from fraud.paths import ACCOUNTS_MODEL_DIR, COMMENTS_MODEL_DIR, CREATOR_MODEL_DIR, models_dir
from fraud.reasons import (
    build_reasons,
    dated_after_as_of,
    engagement_doubt,
    fraud_signals,
    has_red_flag,
)
from fraud.schema import Account, CreatorRecord, Reason, ScoreResult, Verdict
from fraud.stopping import ScoringCancelled, StopCheck, check_stop, stop_function

__all__ = [
    "BEHAVIOURAL_CHECKS",
    "FeatureExtractor",
    "Scorer",
    "ScoringCancelled",
    "StopCheck",
    "is_sufficient",
    "row_regime",
]
# Headline numbers copied from the evidence into ScoreResult.metrics.
_METRICS = {
    "audience": (
        "fake_follower_share",
        "fake_follower_ci95",
        "n_sampled",
        "mass_follower_share",
        "reachable_share",
        "authentic_followers_estimate",
        "follower_model_knows_platform",
        # Audience types (exclusive, add up to 1) and the active share, with 95% intervals.
        "audience_real_share",
        "audience_real_ci95",
        "audience_suspicious_share",
        "audience_suspicious_ci95",
        "audience_mass_follower_share",
        "audience_mass_follower_ci95",
        "audience_influencer_share",
        "audience_influencer_ci95",
        "active_follower_share",
        "active_follower_ci95",
        "n_active_known",
    ),
    "engagement": ("engagement_rate_median", "norm_engagement_rate", "likes_per_comment"),
    "comments": ("low_effort_share", "n_comments", "n_creator_replies"),
    "growth": ("spike_date", "spike_followers", "spike_x_normal"),
}


def is_sufficient(row: FeatureRow) -> bool:
    """The documented rule: at least one behavioural check ran."""
    return any(row.blocks[check].ran for check in BEHAVIOURAL_CHECKS)


def row_regime(row: FeatureRow) -> str | None:
    """The data regime of a feature row (:func:`fraud.model.data_regime`)."""
    ran = {check for check, block in row.blocks.items() if block.ran}
    history_days = row.blocks["growth"].values.get("follower_history_days", math.nan)
    return data_regime(ran, math.inf if math.isnan(history_days) else history_days)


def _confidence(n_ran: int) -> str:
    return "high" if n_ran >= 3 else "medium" if n_ran == 2 else "low"


class FeatureExtractor:
    """Records to feature rows, with the follower model and the comment classifier.

    Everything the creator model sees, without the creator model itself: the scorer uses it,
    and so does training, before any creator model exists.
    """

    def __init__(
        self, follower_model: FollowerModel | None, comment_classifier: CommentClassifier | None
    ):
        self.follower_model = follower_model
        self.comment_classifier = comment_classifier
        self.norms = load_norms()

    @classmethod
    def load(cls, directory: Path | None = None) -> FeatureExtractor:
        """Load the verified follower model and comment classifier from ``directory``.

        A model set without a follower model (``accounts/`` absent, as in the set trained only
        on commercially usable data: no labelled follower data allows it) skips the audience
        check and says so.
        """
        root = directory or models_dir()
        accounts = root / ACCOUNTS_MODEL_DIR
        follower_model = ACCOUNTS_MODEL_DIR in paths.model_components(root)  # it may be absent
        return cls(
            FollowerModel.load(accounts) if follower_model else None,
            CommentClassifier.load(root / COMMENTS_MODEL_DIR),
        )

    def context(
        self, record: CreatorRecord, stop: Callable[[], bool] | None = None
    ) -> FeatureContext:
        """What the feature modules read besides the record: date, norms, component models
        (and the scoring's stop check, when it has one)."""
        return FeatureContext(
            as_of=record.as_of or datetime.now(UTC),
            norms=self.norms,
            follower_model=self.follower_model,
            comment_classifier=self.comment_classifier,
            stop=stop,
        )

    def rows(
        self, records: Sequence[CreatorRecord], stop: StopCheck | None = None
    ) -> list[FeatureRow]:
        """The feature rows of ``records``, judging all their sampled followers in one call.
        ``stop``: as :meth:`Scorer.score_many_with_rows`'s (each context carries it)."""
        check = stop_function(stop)
        contexts = [self.context(record, check) for record in records]
        if self.follower_model is not None:
            todo = [i for i, r in enumerate(records) if len(r.follower_sample or ()) >= MIN_SAMPLE]
            columns = _account_columns(
                [(records[i].follower_sample or [], contexts[i].as_of.date()) for i in todo], check
            )
            check_stop(check)
            predicted = self.follower_model.predict_proba_columns(
                columns, [records[i].platform for i in todo]
            )
            check_stop(check)
            stops = np.cumsum(columns.lengths).tolist()
            for i, probabilities, end in zip(todo, predicted, stops, strict=True):
                contexts[i].fake_probabilities = probabilities
                contexts[i].accounts = AccountRows(columns, end - len(probabilities), end)
        return extract_many(records, contexts)

    def rows_reference(self, records: Sequence[CreatorRecord]) -> list[FeatureRow]:
        """:meth:`rows` the per-creator way (each family's ``extract``, each follower sample
        judged on its own): the reference the chunk path is tested against."""
        return [extract_features(record, self.context(record)) for record in records]


#: The most sampled followers whose columns are built at once, a stop check before each
#: further slice: on benchmarks/worst_creator.py's shapes (5,000 followers with 200-character
#: names) a slice costs under 0.1 s of CPU, against 0.35 s for the sample in one call; a
#: chunk of 64 realistic creators (150 followers each) makes ten slices, about 0.3 ms more.
_ACCOUNT_SLICE = 1024


def _account_columns(
    samples: Sequence[tuple[Sequence[Account], date]], stop: Callable[[], bool] | None
) -> AccountColumns:
    """:func:`fraud.audience.account_columns` of ``samples``, built slice by slice of at most
    :data:`_ACCOUNT_SLICE` accounts with ``stop`` checked before each slice but the first (an
    account's columns depend on it alone: the same columns as in one call)."""
    if sum(len(accounts) for accounts, _ in samples) <= _ACCOUNT_SLICE:
        return account_columns(samples)
    parts: list[AccountColumns] = []
    piece: list[tuple[Sequence[Account], date]] = []
    room = _ACCOUNT_SLICE
    for accounts, as_of in samples:
        start = 0
        while len(accounts) - start > room:
            piece.append((accounts[start : start + room], as_of))
            if parts:
                check_stop(stop)
            parts.append(account_columns(piece))
            start, piece, room = start + room, [], _ACCOUNT_SLICE
        piece.append((accounts[start:], as_of))
        room -= len(accounts) - start
    if parts:
        check_stop(stop)
    parts.append(account_columns(piece))
    joined = {
        field.name: np.concatenate([getattr(part, field.name) for part in parts])
        for field in dataclasses.fields(AccountColumns)
        if field.name != "lengths"
    }
    lengths = np.array([len(accounts) for accounts, _ in samples], dtype=np.int64)
    return AccountColumns(lengths=lengths, **joined)


def _notes(record: CreatorRecord) -> tuple[Reason, ...]:
    """Data-quality notes about the record itself (not about one check's data)."""
    note = dated_after_as_of(record)
    return () if note is None else (note,)


class Scorer:
    """Scores creators: features from a :class:`FeatureExtractor`, then the creator model."""

    def __init__(self, creator_model: CreatorModel, extractor: FeatureExtractor):
        self.creator_model = creator_model
        self.extractor = extractor

    @property
    def manifest(self) -> dict[str, Any]:
        """The creator model's manifest (version, thresholds, metrics, training data)."""
        return self.creator_model.manifest

    @classmethod
    def load(cls, directory: Path | None = None) -> Scorer:
        """Load the three verified models from ``directory`` (default: :func:`models_dir`).

        Raises :class:`fraud.artifacts.ArtifactError` when a model is missing or tampered with.
        """
        root = directory or models_dir()
        return cls(CreatorModel.load(root / CREATOR_MODEL_DIR), FeatureExtractor.load(root))

    def features(self, record: CreatorRecord) -> FeatureRow:
        """The feature row of one record (what the model sees)."""
        return self.extractor.rows([record])[0]

    def score(self, record: CreatorRecord) -> ScoreResult:
        """Score one creator."""
        return self.score_many([record])[0]

    def score_many(self, records: Sequence[CreatorRecord]) -> list[ScoreResult]:
        """Score creators in one model call; results in input order (to stop it part way,
        see :meth:`score_many_with_rows`)."""
        return self.score_many_with_rows(records)[0]

    def score_many_with_rows(
        self, records: Sequence[CreatorRecord], stop: StopCheck | None = None
    ) -> tuple[list[ScoreResult], list[FeatureRow]]:
        """:meth:`score_many`, and the feature rows the results come from (the report draws
        its charts from them, without extracting the features again).

        ``stop``: a zero-argument callable (or a ``threading.Event``) checked between the
        steps and inside the long ones (before each slice of the follower sample's columns,
        before the follower model and after it, before each slice of comment texts the
        classifier decides, between the comment features' steps and before each slice of
        their texts, before the creator model and after it, before each creator's reasons;
        each record's :class:`FeatureContext` carries it): :class:`ScoringCancelled` is
        raised as soon as it says stop. The results do not depend on it."""
        if not records:
            return [], []
        check = stop_function(stop)
        check_stop(check)
        rows = self.extractor.rows(records, check)
        check_stop(check)
        names = self.creator_model.feature_names
        margins, contributions = self.creator_model.margins_and_contributions(
            feature_matrix(rows, names)
        )
        check_stop(check)
        regimes = [row_regime(row) for row in rows]
        probabilities = self.creator_model.calibrate(margins, regimes).tolist()
        results = []
        for record, row, regime, p, c in zip(
            records, rows, regimes, probabilities, contributions[:, :-1].tolist(), strict=True
        ):
            check_stop(check)
            results.append(self._result(record, row, regime, p, dict(zip(names, c, strict=True))))
        return results, rows

    def score_many_reference(self, records: Sequence[CreatorRecord]) -> list[ScoreResult]:
        """:meth:`score_many` the per-creator way (:meth:`FeatureExtractor.rows_reference`,
        one vector per row): the reference the chunk path is tested against."""
        if not records:
            return []
        return self.results_reference(records, self.extractor.rows_reference(records))

    def results_reference(
        self, records: Sequence[CreatorRecord], rows: Sequence[FeatureRow]
    ) -> list[ScoreResult]:
        """The results of feature ``rows`` the per-creator way (one vector per row, one
        contribution dict per row): the tail of :meth:`score_many_reference`."""
        names = self.creator_model.feature_names
        matrix = np.vstack([row.vector(names) for row in rows])
        margins, contributions = self.creator_model.margins_and_contributions(matrix)
        regimes = [row_regime(row) for row in rows]
        probabilities = self.creator_model.calibrate(margins, regimes)
        return [
            self._result(
                record, row, regime, float(p), dict(zip(names, c[:-1].tolist(), strict=True))
            )
            for record, row, regime, p, c in zip(
                records, rows, regimes, probabilities, contributions, strict=True
            )
        ]

    def _result(
        self,
        record: CreatorRecord,
        row: FeatureRow,
        regime: str | None,
        probability: float,
        contributions: dict[str, float],
    ) -> ScoreResult:
        sufficient = regime is not None
        if not sufficient:
            # No behavioural evidence: say the prior, not whatever the model makes of blanks.
            probability = float(self.manifest.get("prior_fraud_rate", 0.5))
        signals = fraud_signals(row, contributions)
        thresholds = self.creator_model.thresholds_for(regime)
        ran = [check for check in CHECKS if row.blocks[check].ran]
        red_flag = has_red_flag(signals)
        verdict = verdict_for(probability, thresholds, sufficient, red_flag)
        # an authentic answer the data cannot back: engagement far under the norm, no sample
        held_back = verdict is Verdict.AUTHENTIC and engagement_doubt(row.values, ran)
        if held_back:
            verdict = verdict_for(probability, thresholds, sufficient, red_flag, doubt=True)
        # insufficient_data past the suspicious cut: the reasons say the model leans to fraud
        leaning = (
            sufficient
            and verdict is Verdict.INSUFFICIENT_DATA
            and leans_to_fraud(probability, thresholds)
        )
        skipped = [check for check in CHECKS if not row.blocks[check].ran]
        unchecked = patterns_not_checked(set(ran), row.values)
        metrics: dict[str, Any] = {
            "data_regime": regime or "none",
            "patterns_not_checked": unchecked,
        }
        for check, keys in _METRICS.items():
            get = row.blocks[check].evidence.get
            for key in keys:
                value = get(key)
                if value is not None:
                    metrics[key] = value
        if "fake_follower_share" in metrics and "engagement_rate_median" in metrics:
            real_share = max(1.0 - float(metrics["fake_follower_share"]), 0.05)
            metrics["authentic_engagement_rate"] = round(
                float(metrics["engagement_rate_median"]) / real_share, 5
            )
        probability = round(probability, 4)
        return ScoreResult(
            creator_id=record.creator_id,
            authenticity=round(100.0 * (1.0 - probability), 1),
            fraud_probability=probability,
            verdict=verdict,
            reasons=build_reasons(
                row,
                contributions,
                verdict,
                signals,
                leaning=leaning,
                held_back=held_back,
                notes=_notes(record),
                unchecked=list(unchecked),
            ),
            confidence=_confidence(sum(c in ran for c in BEHAVIOURAL_CHECKS)),  # type: ignore[arg-type]
            platform=record.platform,
            size_tier=size_tier(record.profile.followers),
            checks_run=ran,
            checks_skipped=skipped,
            metrics=metrics,
            model_version=self.creator_model.version,
        )
