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

import math
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from fraud import paths
from fraud.audience import FollowerModel, account_columns
from fraud.comment_quality import _SLICE, CommentClassifier
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
from fraud.schema import CreatorRecord, Reason, ScoreResult, Verdict

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


class ScoringCancelled(BaseException):
    """The stop check given to :meth:`Scorer.score_many_with_rows` said stop: the scoring ended
    between two steps, with no results. A ``BaseException``, as ``asyncio.CancelledError``
    is, so that the ``except Exception`` of a caller that rescores a failed chunk creator by
    creator (:func:`fraud.batch.score_records`) lets it through instead of starting again."""


#: A stop check for :meth:`Scorer.score_many_with_rows`: a zero-argument callable that says whether to
#: stop (a ``threading.Event`` is read with its ``is_set``).
StopCheck = Callable[[], bool] | threading.Event


def _stop_function(stop: StopCheck | None) -> Callable[[], bool] | None:
    return stop.is_set if isinstance(stop, threading.Event) else stop


def _check(stop: Callable[[], bool] | None) -> None:
    if stop is not None and stop():
        raise ScoringCancelled


class _StoppingClassifier:
    """The comment classifier, with the stop check before each slice of texts it decides and
    after the last: slices of at most the classifier's own slice of texts and
    :data:`_CLASSIFIER_SLICE_CHARS` characters (one call, as without a stop check, for the
    texts of realistic creators). Decisions depend on the text alone: the same answers."""

    __slots__ = ("_classifier", "_stop")

    def __init__(self, classifier: CommentClassifier, stop: Callable[[], bool]) -> None:
        self._classifier = classifier
        self._stop = stop

    def __getattr__(self, name: str) -> Any:
        return getattr(self._classifier, name)

    def classify_and_normalise(
        self, texts: Sequence[str]
    ) -> tuple[list[tuple[Any, str | None]], list[str]]:
        _check(self._stop)
        if len(texts) <= _CLASSIFIER_SLICE and sum(map(len, texts)) <= _CLASSIFIER_SLICE_CHARS:
            found: tuple[list[tuple[Any, str | None]], list[str]]
            found = self._classifier.classify_and_normalise(texts)
            _check(self._stop)
            return found
        decisions: list[tuple[Any, str | None]] = []
        normal_forms: list[str] = []
        for number, part in enumerate(_text_slices(texts)):
            if number:
                _check(self._stop)
            found = self._classifier.classify_and_normalise(texts[part.start : part.stop])
            decisions += found[0]
            normal_forms += found[1]
        _check(self._stop)
        return decisions, normal_forms


def _text_slices(texts: Sequence[str]) -> list[range]:
    """Consecutive ranges of ``texts`` of at most :data:`_CLASSIFIER_SLICE` texts and
    :data:`_CLASSIFIER_SLICE_CHARS` characters (always at least one text)."""
    slices: list[range] = []
    start, chars = 0, 0
    for index, text in enumerate(texts):
        if index > start and (
            index - start >= _CLASSIFIER_SLICE or chars + len(text) > _CLASSIFIER_SLICE_CHARS
        ):
            slices.append(range(start, index))
            start, chars = index, 0
        chars += len(text)
    slices.append(range(start, len(texts)))
    return slices


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

    def context(self, record: CreatorRecord) -> FeatureContext:
        """What the feature modules read besides the record: date, norms, component models."""
        return FeatureContext(
            as_of=record.as_of or datetime.now(UTC),
            norms=self.norms,
            follower_model=self.follower_model,
            comment_classifier=self.comment_classifier,
        )

    def rows(
        self, records: Sequence[CreatorRecord], stop: StopCheck | None = None
    ) -> list[FeatureRow]:
        """The feature rows of ``records``, judging all their sampled followers in one call.
        ``stop``: as :meth:`Scorer.score_many_with_rows`'s."""
        check = _stop_function(stop)
        contexts = [self.context(record) for record in records]
        if check is not None and hasattr(self.comment_classifier, "classify_and_normalise"):
            stopping = _StoppingClassifier(self.comment_classifier, check)  # type: ignore[arg-type]
            for context in contexts:
                context.comment_classifier = stopping  # type: ignore[assignment]
        if self.follower_model is not None:
            todo = [i for i, r in enumerate(records) if len(r.follower_sample or ()) >= MIN_SAMPLE]
            columns = account_columns(
                [(records[i].follower_sample or [], contexts[i].as_of.date()) for i in todo]
            )
            _check(check)
            predicted = self.follower_model.predict_proba_columns(
                columns, [records[i].platform for i in todo]
            )
            _check(check)
            stops = np.cumsum(columns.lengths).tolist()
            for i, probabilities, end in zip(todo, predicted, stops, strict=True):
                contexts[i].fake_probabilities = probabilities
                contexts[i].accounts = AccountRows(columns, end - len(probabilities), end)
        return extract_many(records, contexts)

    def rows_reference(self, records: Sequence[CreatorRecord]) -> list[FeatureRow]:
        """:meth:`rows` the per-creator way (each family's ``extract``, each follower sample
        judged on its own): the reference the chunk path is tested against."""
        return [extract_features(record, self.context(record)) for record in records]


#: The most texts :class:`_StoppingClassifier` gives the classifier at once: its own slice.
_CLASSIFIER_SLICE = _SLICE
#: ... and the most characters: on benchmarks/worst_creator.py's shapes (5 MiB bodies) the
#: longest slice then costs under 0.1 s of CPU, against 1.5 s for their texts in one slice;
#: a realistic creator's texts (180 comments) make a few thousand characters, one slice.
_CLASSIFIER_SLICE_CHARS = 100_000


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
        steps (before the follower model and after it, before each slice of comment texts
        the classifier decides and after the last, before the creator model and after it,
        before each creator's reasons): :class:`ScoringCancelled` is raised as soon as it
        says stop. The results do not depend on it."""
        if not records:
            return [], []
        check = _stop_function(stop)
        _check(check)
        rows = self.extractor.rows(records, check)
        _check(check)
        names = self.creator_model.feature_names
        margins, contributions = self.creator_model.margins_and_contributions(
            feature_matrix(rows, names)
        )
        _check(check)
        regimes = [row_regime(row) for row in rows]
        probabilities = self.creator_model.calibrate(margins, regimes).tolist()
        results = []
        for record, row, regime, p, c in zip(
            records, rows, regimes, probabilities, contributions[:, :-1].tolist(), strict=True
        ):
            _check(check)
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
