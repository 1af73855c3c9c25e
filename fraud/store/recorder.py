"""The store's hook into batch scoring (``fraud score --store``).

Before scoring, :meth:`StoreRecorder.complete` fills each valid record's follower history
from the store; after scoring, :meth:`StoreRecorder.record` saves what each scored record itself
brought (its profile counts and its own ``follower_history``, never the snapshots completed
from the store) and its score. Each record is validated once: a valid one goes on to the engine as the
completed :class:`CreatorRecord` itself (not re-serialised, so not validated again), and
the scores are stored from the engine's result dicts as they are. Records the batch engine
will reject pass through untouched, so the engine still names their line and reason.
Memory is bounded by the records in flight.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from fraud.io import RawRecord
from fraud.schema import CreatorRecord, FollowerSnapshot, latest_timestamp
from fraud.store import CreatorStore, ScoreLike, creator_key, own_snapshots

__all__ = ["StoreRecorder"]


class StoreRecorder:
    """Completes records from a :class:`CreatorStore` and records what was scored.

    A creator met again before its earlier record was recorded (the same creator twice in one
    input: the engine reads ahead of what it has scored) is completed with the earlier
    record's snapshots too, as if the records had come one after the other, as the service
    answers a creator sent twice in one batch.
    """

    def __init__(self, store: CreatorStore):
        self.store = store
        self._pending: dict[int, CreatorRecord] = {}
        # per creator key: the snapshots of its records not yet recorded (later ones win
        # their date), and how many such records there are
        self._in_flight: dict[tuple[str, str], dict[date, FollowerSnapshot]] = {}
        self._in_flight_count: dict[tuple[str, str], int] = {}

    def complete(self, raws: Iterable[RawRecord]) -> Iterator[RawRecord]:
        """``raws`` with each valid record's ``follower_history`` completed from the store.

        A valid record comes out as a :class:`RawRecord` holding the completed
        ``CreatorRecord``, which the engine scores without validating it again.
        """
        from fraud.batch import validate_creator

        for raw in raws:
            checked = validate_creator(raw)  # full models: the store copies and dumps them
            if isinstance(checked, str):
                yield raw  # the engine rejects it with its own message
                continue
            key = creator_key(checked)
            earlier = self._in_flight.get(key, {})
            completed = self.store.complete_history(checked, pending=earlier.values())
            if completed.as_of is None:  # dated by its history now, as validation would do
                completed = completed.model_copy(update={"as_of": latest_timestamp(completed)})
            # Recorded as given (dated as scored): the completed history's copies of stored
            # snapshots, written back, would undo a correction stored since they were read.
            own = checked
            if own.as_of != completed.as_of:
                as_of = completed.as_of
                if checked.as_of is None and as_of is not None:
                    # dated by the store's own latest snapshot (23:59 of its day): as recent
                    # as now at most, or it would outrank a later crawl of that day
                    as_of = min(as_of, datetime.now(UTC))
                own = checked.model_copy(update={"as_of": as_of})
            self._pending[raw.number] = own
            self._in_flight[key] = {**earlier, **{s.date: s for s in own_snapshots(own)}}
            self._in_flight_count[key] = self._in_flight_count.get(key, 0) + 1
            yield RawRecord(raw.number, completed)

    def record(self, outcomes: Iterable[Any]) -> int:
        """Record snapshot and score of every scored outcome (``number``, ``result``)."""
        scored: list[tuple[CreatorRecord, ScoreLike]] = []
        done: list[tuple[str, str]] = []
        for outcome in outcomes:
            record = self._pending.pop(outcome.number, None)
            if record is not None:
                done.append(creator_key(record))
                if outcome.result is not None:
                    scored.append((record, outcome.result))
        self.store.record(scored)
        for key in done:  # in the store now: a later record reads them from there
            self._in_flight_count[key] -= 1
            if not self._in_flight_count[key]:
                del self._in_flight_count[key], self._in_flight[key]
        return len(scored)
