"""What ``fraud report`` and ``fraud table`` do, behind the thin argument parsing in fraud.cli.

Both read their input completely (a report is one page; a table is read by a person), name
every record they cannot use with its number and the failing field, use the rest, and exit
with 0 (all used), 2 (some records rejected) or 1 (nothing could be done: missing file,
unreadable input, no usable record, model that fails its hash check). Neither prints a
traceback for bad input.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from fraud.io import RecordError, format_validation_error, read_records
from fraud.report.page import RejectedRecord, ReportScorer, render_report
from fraud.report.table import TableInputError, format_table, read_results, safe_text
from fraud.schema import CreatorRecord

__all__ = ["load_creators", "run_report", "run_table"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_REJECTED = 2
_REJECTS_SHOWN = 5


def _validate(number: int, parsed: object) -> CreatorRecord | RejectedRecord:
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


def _is_single_object(path: Path) -> bool:
    """A ``.json`` file holding one record (an object) rather than an array of them."""
    with path.open("rb") as handle:
        head = handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{")


def load_creators(
    source: str,
) -> tuple[list[tuple[int, CreatorRecord]], list[RejectedRecord]]:
    """CreatorRecords from JSONL, a JSON array or a single-record ``.json`` (``-`` = stdin).

    Returns the valid records with their numbers (line for JSONL, position for an array) and
    the rejected ones with the failing field. Raises ``OSError`` when the input cannot be
    opened.
    """
    import orjson

    items: list[tuple[int, object]] = []
    path = Path(source)
    if source != "-" and path.suffix.lower() == ".json" and _is_single_object(path):
        try:
            items.append((1, orjson.loads(path.read_bytes())))
        except orjson.JSONDecodeError as error:
            items.append((1, RecordError(f"invalid JSON: {error}")))
    else:
        if source != "-" and path.is_dir():
            raise IsADirectoryError(21, "Is a directory", source)
        items.extend(read_records(source))
    good: list[tuple[int, CreatorRecord]] = []
    bad: list[RejectedRecord] = []
    for number, parsed in items:
        checked = _validate(number, parsed)
        if isinstance(checked, RejectedRecord):
            bad.append(checked)
        else:
            good.append((number, checked))
    return good, bad


def _echo_rejects(rejected: list[RejectedRecord], stderr: IO[str]) -> None:
    for item in rejected[:_REJECTS_SHOWN]:
        print(f"record {item.number}: {safe_text(item.message)}", file=stderr)
    if len(rejected) > _REJECTS_SHOWN:
        print(f"({len(rejected) - _REJECTS_SHOWN} more rejected; see the report)", file=stderr)


def run_report(
    source: str,
    output: str,
    *,
    scorer_factory: Callable[[], ReportScorer],
    lang: str = "en",
    stderr: IO[str] | None = None,
) -> int:
    """Score the creators in ``source`` and write the HTML report to ``output``."""
    err = stderr or sys.stderr
    records, rejected = load_creators(source)
    _echo_rejects(rejected, err)
    if not records:
        print("fraud: error: no usable creator record in the input", file=err)
        return EXIT_ERROR
    html = render_report(scorer_factory(), records, lang=lang, rejected=rejected)
    if output == "-":
        sys.stdout.write(html)
    else:
        Path(output).write_text(html, encoding="utf-8")
    print(
        f"read {len(records) + len(rejected)}, reported {len(records)}, "
        f"rejected {len(rejected)}" + ("" if output == "-" else f"; wrote {output}"),
        file=err,
    )
    return EXIT_REJECTED if rejected else EXIT_OK


def run_table(
    source: str,
    *,
    lang: str = "en",
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Print the ScoreResults in ``source`` as a table."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    try:
        results, bad = read_results(source, stdin=sys.stdin.buffer if source == "-" else None)
    except TableInputError as error:
        print(f"fraud: error: {source}: {error}", file=err)
        return EXIT_ERROR
    for item in bad[:_REJECTS_SHOWN]:
        print(f"record {item.number}: {safe_text(item.message)}", file=err)
    if len(bad) > _REJECTS_SHOWN:
        print(f"({len(bad) - _REJECTS_SHOWN} more records skipped)", file=err)
    print(format_table(results, lang=lang), file=out)
    if bad:
        print(f"{len(bad)} of {len(bad) + len(results)} records skipped", file=err)
        return EXIT_REJECTED
    return EXIT_OK
