"""The documented Python API: ``from fraud import Scorer, score``.

Examples
--------
>>> from fraud import score                                          # doctest: +SKIP
>>> result = score({"creator_id": "x", "platform": "weibo", "profile": {"followers": 5000}})
>>> result.verdict                                                   # doctest: +SKIP
<Verdict.INSUFFICIENT_DATA: 'insufficient_data'>
>>> from fraud import Scorer                                         # doctest: +SKIP
>>> scorer = Scorer.load()               # or Scorer.load("NAME") / Scorer.load(Path("dir"))
>>> [r.verdict for r in scorer.score_many([record_a, record_b])]    # doctest: +SKIP

Records may be plain dicts (parsed from JSON) or :class:`fraud.schema.CreatorRecord`; a dict
that breaks the contract raises :class:`pydantic.ValidationError` (a ``ValueError``) naming
the field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from fraud import scoring
from fraud.artifacts import licence_notice
from fraud.paths import models_dir, resolve_models
from fraud.schema import CreatorRecord, ScoreResult

__all__ = ["RecordLike", "Scorer", "model_licence_notice", "score"]

RecordLike = CreatorRecord | Mapping[str, Any]


def _as_record(record: RecordLike) -> CreatorRecord:
    if isinstance(record, CreatorRecord):
        return record
    if isinstance(record, Mapping):
        return CreatorRecord.model_validate(dict(record))
    raise TypeError(f"a creator must be a dict or a CreatorRecord, not {type(record).__name__}")


def _models_root(models: str | Path | None) -> Path:
    return models_dir() if models is None else resolve_models(models)


class Scorer(scoring.Scorer):
    """:class:`fraud.scoring.Scorer` that also takes plain dicts and a model-set name."""

    @classmethod
    def load(cls, directory: str | Path | None = None) -> Scorer:
        """Load a verified model set: a NAME shipped in ``models/``, a directory, or the default.

        Raises :class:`fraud.artifacts.ArtifactError` when a model is missing or tampered with,
        :class:`fraud.paths.ModelSetError` for an unknown set name.
        """
        root = _models_root(directory)
        base = scoring.Scorer.load(root)
        return cls(base.creator_model, base.extractor)

    def score(self, record: RecordLike) -> ScoreResult:
        """Score one creator (a dict or a CreatorRecord)."""
        return super().score(_as_record(record))

    def score_many(self, records: Iterable[RecordLike]) -> list[ScoreResult]:
        """Score creators in one model call; results in input order."""
        converted: Sequence[CreatorRecord] = [_as_record(record) for record in records]
        return super().score_many(converted)


@lru_cache(maxsize=4)
def _cached_scorer(root: Path) -> Scorer:
    return Scorer.load(root)


def score(record: RecordLike, *, models: str | Path | None = None) -> ScoreResult:
    """Score one creator with the default (or the named) model set, loaded once and cached."""
    return _cached_scorer(_models_root(models)).score(record)


def model_licence_notice(models: str | Path | None = None) -> str | None:
    """One line if the model set is not cleared for commercial use, else None (for footers)."""
    return licence_notice(_models_root(models))
