"""The store's hook into batch scoring (``fraud score --store``).

Before scoring, :meth:`StoreRecorder.complete` fills each valid record's follower history
from the store; after scoring, :meth:`StoreRecorder.record` saves each scored creator's
snapshot and score. Records the batch engine will reject pass through untouched, so the
engine still names their line and reason. Memory is bounded by the records in flight.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import ValidationError

from fraud.io import RawRecord, RecordError, parse_record
from fraud.schema import CreatorRecord, ScoreResult
from fraud.store import CreatorStore

__all__ = ["StoreRecorder"]


class StoreRecorder:
    """Completes records from a :class:`CreatorStore` and records what was scored."""

    def __init__(self, store: CreatorStore):
        self.store = store
        self._pending: dict[int, CreatorRecord] = {}

    def complete(self, raws: Iterable[RawRecord]) -> Iterator[RawRecord]:
        """``raws`` with each valid record's ``follower_history`` completed from the store."""
        for raw in raws:
            parsed = parse_record(raw)
            if isinstance(parsed, RecordError):
                yield raw
                continue
            try:
                record = CreatorRecord.model_validate(parsed)
            except (ValidationError, ValueError, TypeError):
                yield raw  # the engine rejects it with its own message
                continue
            completed = self.store.complete_history(record)
            self._pending[raw.number] = completed
            yield RawRecord(raw.number, completed.model_dump(mode="json", exclude_none=True))

    def record(self, outcomes: Iterable[Any]) -> int:
        """Record snapshot and score of every scored outcome (``number``, ``result``)."""
        scored: list[tuple[CreatorRecord, ScoreResult]] = []
        for outcome in outcomes:
            record = self._pending.pop(outcome.number, None)
            if record is not None and outcome.result is not None:
                scored.append((record, ScoreResult.model_validate(outcome.result)))
        self.store.record(scored)
        return len(scored)
