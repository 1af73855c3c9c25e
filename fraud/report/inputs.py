"""Reading the report's input: CreatorRecords, numbered, with the ones that cannot be used."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fraud.schema import CreatorRecord
    from fraud.store import CreatorStore

__all__ = ["RejectedRecord", "complete_histories", "load_creators"]


@dataclass(frozen=True, slots=True)
class RejectedRecord:
    """An input record that could not be used: its number and what was wrong with it."""

    number: int
    message: str


def _validate(number: int, parsed: object) -> CreatorRecord | RejectedRecord:
    # Imported here: the table and the argument parser need RejectedRecord, not pydantic.
    from pydantic import ValidationError

    from fraud.io import RecordError, format_validation_error
    from fraud.schema import CreatorRecord

    if isinstance(parsed, RecordError):
        return RejectedRecord(number, parsed.message)
    if not isinstance(parsed, dict):
        return RejectedRecord(number, f"expected a JSON object, got {type(parsed).__name__}")
    try:
        return CreatorRecord.model_validate(parsed)
    except ValidationError as error:
        return RejectedRecord(number, format_validation_error(error))
    except (ValueError, TypeError, RecursionError) as error:
        return RejectedRecord(number, f"invalid record: {error}")


def load_creators(
    source: str,
) -> tuple[list[tuple[int, CreatorRecord]], list[RejectedRecord]]:
    """CreatorRecords from JSONL, a JSON array or a single-record ``.json`` (``-`` = stdin).

    Returns the valid records with their numbers (line for JSONL, position for an array) and
    the rejected ones with the failing field. Raises ``OSError`` when the input cannot be
    opened.
    """
    from fraud.io import read_records

    # One reader for every input, as fraud score's: a one-record .json read apart from it
    # refused a byte-order mark and worded a cut-off or GBK file in the decoder's terms.
    if source != "-" and Path(source).is_dir():
        raise IsADirectoryError(21, "Is a directory", source)
    items: list[tuple[int, object]] = list(read_records(source))
    good: list[tuple[int, CreatorRecord]] = []
    bad: list[RejectedRecord] = []
    for number, parsed in items:
        checked = _validate(number, parsed)
        if isinstance(checked, RejectedRecord):
            bad.append(checked)
        else:
            good.append((number, checked))
    return good, bad


def complete_histories(
    records: list[tuple[int, CreatorRecord]], store: CreatorStore
) -> list[tuple[int, CreatorRecord]]:
    """``records`` with their follower histories completed from ``store``, as ``fraud score
    --store`` completes them before scoring (:class:`fraud.store.recorder.StoreRecorder`),
    so that the page says what that run would: the stored snapshots up to each record's date,
    its own counts winning their date, and a creator met again in the same input read with
    its earlier records' snapshots too. Only reads: nothing is recorded in the store.
    """
    from datetime import date

    from fraud.schema import FollowerSnapshot, latest_timestamp
    from fraud.store import creator_key

    earlier: dict[tuple[str, str], dict[date, FollowerSnapshot]] = {}
    completed_records: list[tuple[int, CreatorRecord]] = []
    for number, record in records:
        key = creator_key(record)
        seen = earlier.get(key, {})
        completed = store.complete_history(record, pending=seen.values())
        if completed.as_of is None:  # dated by its history now, as validation would do
            completed = completed.model_copy(update={"as_of": latest_timestamp(completed)})
        earlier[key] = {**seen, **{s.date: s for s in completed.follower_history}}
        completed_records.append((number, completed))
    return completed_records
