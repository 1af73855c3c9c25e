"""Streaming record input and output for the command line.

Readers yield one :class:`RawRecord` per input record, in order, without holding the file
in memory:

* **JSONL** (``.jsonl``, ``.ndjson``, anything unknown, and ``-`` for stdin) is read line by
  line as bytes; parsing is left to :func:`parse_record` so that it can run in a worker
  process. Blank lines are skipped (they are not records) but still counted, so line numbers
  match what an editor shows.
* **JSON array** (``.json``) is streamed with a small incremental parser: the file is read in
  blocks and one element at a time is decoded with :meth:`json.JSONDecoder.raw_decode`, so
  memory is bounded by the largest element, not the file. The record number is the element's
  1-based position in the array. A syntax error inside the array cannot be resynchronised,
  so it rejects that element and ends the read (reported as a reject, not a crash).
* **Parquet** (``.parquet``) is read in row batches with pyarrow; the record number is the
  1-based row. Nested columns may be real structs/lists or JSON strings (as written by the
  flattening writer below); nulls are treated as absent fields.

Writers take dict rows and write JSONL (``-`` = stdout), CSV or Parquet. CSV and Parquet
flatten the top-level fields: scalars stay as they are, lists and objects become JSON strings.
The rejects writer appends ``{"line": n, "error": "...", "input": "<first 500 chars>"}``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, Protocol

import orjson
from pydantic import ValidationError

__all__ = [
    "INPUT_FORMATS",
    "OUTPUT_FORMATS",
    "REJECT_INPUT_CHARS",
    "CsvRowWriter",
    "InputFormat",
    "JsonlRowWriter",
    "OutputFormat",
    "ParquetRowWriter",
    "RawRecord",
    "RecordError",
    "RejectsWriter",
    "RowWriter",
    "default_rejects_path",
    "detect_input_format",
    "detect_output_format",
    "flatten_row",
    "format_location",
    "format_validation_error",
    "iter_raw_records",
    "open_row_writer",
    "parse_record",
    "read_records",
]

InputFormat = Literal["jsonl", "json", "parquet"]
OutputFormat = Literal["jsonl", "csv", "parquet"]
INPUT_FORMATS: tuple[str, ...] = ("jsonl", "json", "parquet")
OUTPUT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")
REJECT_INPUT_CHARS = 500
STDIO = "-"

_JSON_BLOCK = 1 << 16
_PARQUET_BATCH = 256
_MAX_ERRORS_SHOWN = 5
# Top-level fields of a creator that a flattened (CSV/Parquet) file stores as JSON text.
_NESTED_FIELDS = frozenset(
    {"profile", "follower_history", "posts", "comments", "follower_sample", "reasons"}
)


@dataclass(frozen=True, slots=True)
class RecordError:
    """Why one input record could not be used: the text goes to the rejects file."""

    message: str


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One input record before validation.

    ``payload`` is the raw JSONL line (bytes), an already decoded value (JSON array element
    or Parquet row), or a :class:`RecordError` when the record could not even be read.
    """

    number: int
    payload: bytes | Any

    def preview(self) -> str:
        """The first :data:`REJECT_INPUT_CHARS` characters of the record, for a rejects row."""
        if isinstance(self.payload, bytes):
            text = self.payload.decode("utf-8", errors="replace")
        elif isinstance(self.payload, RecordError):
            text = ""
        else:
            try:
                text = orjson.dumps(self.payload, default=str).decode("utf-8")
            except TypeError:
                text = repr(self.payload)
        return text.strip()[:REJECT_INPUT_CHARS]


# --------------------------------------------------------------------------- formats


def detect_input_format(path: str, explicit: str | None = None) -> InputFormat:
    """The input format: ``explicit`` if given, else from the extension (stdin = JSONL)."""
    if explicit:
        if explicit not in INPUT_FORMATS:
            raise ValueError(f"unknown input format {explicit!r}; use one of {INPUT_FORMATS}")
        return explicit  # type: ignore[return-value]
    suffix = Path(path).suffix.lower() if path != STDIO else ""
    if suffix == ".json":
        return "json"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    return "jsonl"


def detect_output_format(path: str, explicit: str | None = None) -> OutputFormat:
    """The output format: ``explicit`` if given, else from the extension (stdout = JSONL)."""
    if explicit:
        if explicit not in OUTPUT_FORMATS:
            raise ValueError(f"unknown output format {explicit!r}; use one of {OUTPUT_FORMATS}")
        return explicit  # type: ignore[return-value]
    suffix = Path(path).suffix.lower() if path != STDIO else ""
    if suffix == ".csv":
        return "csv"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    return "jsonl"


def default_rejects_path(output: str) -> Path:
    """``<OUT>.rejects.jsonl`` next to the output; ``rejects.jsonl`` when writing to stdout."""
    if output == STDIO:
        return Path("rejects.jsonl")
    return Path(f"{output}.rejects.jsonl")


# --------------------------------------------------------------------------- readers


def iter_raw_records(source: str | Path, fmt: InputFormat | None = None) -> Iterator[RawRecord]:
    """Yield the records of ``source`` (a path or ``-`` for stdin) one at a time, in order.

    Opening errors (missing file, not Parquet) raise :class:`OSError`/:class:`ValueError`
    before the first record; errors inside one record are yielded as :class:`RecordError`.
    """
    name = str(source)
    kind = fmt or detect_input_format(name)
    if kind == "parquet":
        if name == STDIO:
            raise ValueError("Parquet cannot be read from stdin; pass a file path")
        yield from _iter_parquet(Path(name))
        return
    if name == STDIO:
        stream: IO[bytes] = sys.stdin.buffer
        yield from (_iter_json_array(stream) if kind == "json" else _iter_jsonl(stream))
        return
    with open(name, "rb") as handle:
        yield from (_iter_json_array(handle) if kind == "json" else _iter_jsonl(handle))


def read_records(
    source: str | Path, fmt: InputFormat | None = None
) -> Iterator[tuple[int, dict[str, Any] | RecordError]]:
    """Yield ``(record_number, parsed_dict | RecordError)`` for every record of ``source``."""
    for raw in iter_raw_records(source, fmt):
        yield raw.number, parse_record(raw)


def _iter_jsonl(stream: IO[bytes]) -> Iterator[RawRecord]:
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield RawRecord(number, line.rstrip(b"\r\n"))


def parse_record(raw: RawRecord) -> dict[str, Any] | RecordError:
    """Decode one raw record into a JSON object, or say why it is not one."""
    payload = raw.payload
    if isinstance(payload, RecordError):
        return payload
    if isinstance(payload, bytes):
        try:
            payload = orjson.loads(payload)
        except orjson.JSONDecodeError as error:
            return RecordError(f"invalid JSON: {error}")
    if not isinstance(payload, dict):
        return RecordError(f"expected a JSON object, got {_json_type(payload)}")
    return payload


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return type(value).__name__


def _iter_json_array(stream: IO[bytes]) -> Iterator[RawRecord]:
    """Stream the elements of one top-level JSON array (see the module docstring)."""
    decoder = json.JSONDecoder()
    reader = io.TextIOWrapper(stream, encoding="utf-8", errors="strict", newline="")
    buffer = ""
    position = 0
    eof = False

    def fill(minimum_new: int = _JSON_BLOCK) -> bool:
        nonlocal buffer, position, eof
        if eof:
            return False
        block = reader.read(max(minimum_new, _JSON_BLOCK))
        if not block:
            eof = True
            return False
        buffer = buffer[position:] + block
        position = 0
        return True

    def skip_whitespace() -> bool:
        """Advance past whitespace; False when the input ended."""
        nonlocal position
        while True:
            while position < len(buffer) and buffer[position] in " \t\r\n":
                position += 1
            if position < len(buffer):
                return True
            if not fill():
                return False

    try:
        if not skip_whitespace():
            return  # an empty file holds no records
        if buffer[position] != "[":
            yield RawRecord(1, RecordError("a .json input must be a JSON array of records"))
            return
        position += 1
        number = 0
        expect_value = True
        while True:
            if not skip_whitespace():
                yield RawRecord(number + 1, RecordError("unexpected end of file inside the array"))
                return
            char = buffer[position]
            if char == "]" and (number == 0 or not expect_value):
                return
            if not expect_value:
                if char != ",":
                    yield RawRecord(
                        number + 1, RecordError(f"expected ',' or ']' after item {number}")
                    )
                    return
                position += 1
                expect_value = True
                continue
            number += 1
            wanted = _JSON_BLOCK
            while True:
                try:
                    value, end = decoder.raw_decode(buffer, position)
                except json.JSONDecodeError as error:
                    if _may_be_truncated(error, len(buffer)) and fill(wanted):
                        wanted *= 2  # an element longer than the buffer: read more, retry
                        continue
                    yield RawRecord(number, RecordError(f"invalid JSON: {error.msg}"))
                    return
                except RecursionError:
                    yield RawRecord(number, RecordError("invalid JSON: nested too deeply"))
                    return
                # A number at the end of the buffer may continue in the next block.
                if end >= len(buffer) and fill(wanted):
                    continue
                break
            position = end
            expect_value = False
            yield RawRecord(number, value)
    except UnicodeDecodeError as error:
        yield RawRecord(1, RecordError(f"input is not UTF-8: {error.reason}"))
    finally:
        reader.detach()  # leave the underlying stream (possibly stdin) to its owner


def _may_be_truncated(error: json.JSONDecodeError, buffered: int) -> bool:
    """Whether a decode error may only mean the element continues past the buffer."""
    return error.msg.startswith("Unterminated string") or error.pos >= buffered - 8


def _iter_parquet(path: Path) -> Iterator[RawRecord]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (OSError, ValueError) as error:
        raise ValueError(f"{path}: not a readable Parquet file ({error})") from error
    number = 0
    for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH):
        for row in batch.to_pylist():
            number += 1
            yield RawRecord(number, _unflatten_row(row))


def _drop_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _drop_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_drop_nulls(item) for item in value]
    return value


def _unflatten_row(row: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row as a record: JSON-text nested fields decoded, nulls dropped."""
    result: dict[str, Any] = {}
    for key, value in row.items():
        if value is None:
            continue
        if key in _NESTED_FIELDS and isinstance(value, str):
            # Text that is not JSON is left as it is: validation reports the wrong type.
            with contextlib.suppress(orjson.JSONDecodeError):
                value = orjson.loads(value)
        result[key] = _drop_nulls(value)
    return result


# --------------------------------------------------------------------------- errors


def format_location(loc: Sequence[int | str]) -> str:
    """A pydantic error location as a path: ``("posts", 3, "likes")`` -> ``posts[3].likes``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(record)"


def format_validation_error(error: ValidationError, limit: int = _MAX_ERRORS_SHOWN) -> str:
    """``field.location: message`` for each problem, e.g. ``posts[3].likes: Input should be …``.

    Several problems are joined with ``; `` (at most ``limit``, then ``(+N more)``).
    """
    problems = error.errors(include_url=False, include_input=False)
    parts = [f"{format_location(problem['loc'])}: {problem['msg']}" for problem in problems[:limit]]
    if len(problems) > limit:
        parts.append(f"(+{len(problems) - limit} more)")
    return "; ".join(parts)


# --------------------------------------------------------------------------- writers


class RowWriter(Protocol):
    """Something that writes dict rows in order and is closed once at the end."""

    def write(self, rows: Iterable[Mapping[str, Any]]) -> None: ...

    def close(self) -> None: ...


def flatten_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """Top-level fields only: lists and objects become JSON text (for CSV and Parquet)."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dict | list | tuple):
            flat[key] = orjson.dumps(value, default=str).decode("utf-8")
        else:
            flat[key] = value
    return flat


def _open_binary_output(path: str) -> tuple[IO[bytes], bool]:
    if path == STDIO:
        return sys.stdout.buffer, False
    return open(path, "wb"), True


class JsonlRowWriter:
    """One JSON object per line (orjson), to a file or stdout."""

    def __init__(self, path: str) -> None:
        self._stream, self._owned = _open_binary_output(path)

    def write(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Append rows."""
        self._stream.write(
            b"".join(
                orjson.dumps(row, default=str, option=orjson.OPT_APPEND_NEWLINE) for row in rows
            )
        )

    def close(self) -> None:
        """Flush, and close the file unless it is stdout."""
        self._stream.flush()
        if self._owned:
            self._stream.close()


class CsvRowWriter:
    """Flattened rows as CSV; the header is fixed by ``columns`` or by the first rows written.

    A field that first appears after the header was written is dropped, with one warning on
    stderr naming it: CSV cannot grow a column mid-file.
    """

    def __init__(self, path: str, columns: Sequence[str] | None = None) -> None:
        binary, self._owned = _open_binary_output(path)
        self._binary = binary
        self._text = io.TextIOWrapper(binary, encoding="utf-8", newline="", write_through=True)
        self._columns: list[str] | None = list(columns) if columns else None
        self._writer: csv.DictWriter[str] | None = None
        self._warned: set[str] = set()

    def write(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Append rows."""
        flat_rows = [flatten_row(row) for row in rows]
        if not flat_rows:
            return
        if self._writer is None:
            columns = self._columns or _union_of_keys(flat_rows)
            self._columns = columns
            self._writer = csv.DictWriter(self._text, fieldnames=columns, extrasaction="ignore")
            self._writer.writeheader()
        known = set(self._columns or ())
        for row in flat_rows:
            extra = set(row) - known - self._warned
            if extra:
                self._warned |= extra
                print(
                    f"warning: CSV output drops field(s) not in its header: {sorted(extra)}",
                    file=sys.stderr,
                )
        self._writer.writerows(flat_rows)

    def close(self) -> None:
        """Flush, and close the file unless it is stdout."""
        if self._writer is None and self._columns:
            csv.DictWriter(self._text, fieldnames=self._columns).writeheader()
        self._text.flush()
        if self._owned:
            self._text.close()
        else:
            self._text.detach()


def _union_of_keys(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)


class ParquetRowWriter:
    """Flattened rows as Parquet, written one row group per :meth:`write` call.

    The schema is ``schema`` if given, else inferred from the first rows (columns that are
    all null there become strings). Later rows are cast to it; a field that first appears
    later is dropped with one warning on stderr.
    """

    def __init__(self, path: str, schema: Any | None = None) -> None:
        if path == STDIO:
            raise ValueError("Parquet cannot be written to stdout; pass a file path")
        self._path = path
        self._schema = schema
        self._writer: Any | None = None
        self._warned: set[str] = set()

    def write(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Append rows as one row group."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        flat_rows = [flatten_row(row) for row in rows]
        if not flat_rows:
            return
        if self._schema is None:
            inferred = pa.Table.from_pylist(flat_rows).schema
            self._schema = pa.schema(
                [
                    pa.field(field.name, pa.string()) if pa.types.is_null(field.type) else field
                    for field in inferred
                ]
            )
        names = set(self._schema.names)
        for row in flat_rows:
            extra = set(row) - names - self._warned
            if extra:
                self._warned |= extra
                print(
                    f"warning: Parquet output drops field(s) not in its schema: {sorted(extra)}",
                    file=sys.stderr,
                )
        table = pa.Table.from_pylist(flat_rows, schema=self._schema)
        if self._writer is None:
            self._writer = pq.ParquetWriter(self._path, self._schema)
        self._writer.write_table(table)

    def close(self) -> None:
        """Finish the file (an empty input still gets a valid file when a schema is known)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._writer is None and self._schema is not None:
            self._writer = pq.ParquetWriter(self._path, self._schema)
            self._writer.write_table(pa.Table.from_pylist([], schema=self._schema))
        if self._writer is not None:
            self._writer.close()
        elif not Path(self._path).exists():
            Path(self._path).touch()


def open_row_writer(
    path: str,
    fmt: OutputFormat | None = None,
    *,
    columns: Sequence[str] | None = None,
    parquet_schema: Any | None = None,
) -> RowWriter:
    """A writer for ``path`` (``-`` = stdout) in ``fmt`` (default: from the extension)."""
    kind = fmt or detect_output_format(path)
    if kind == "csv":
        return CsvRowWriter(path, columns)
    if kind == "parquet":
        return ParquetRowWriter(path, parquet_schema)
    return JsonlRowWriter(path)


class RejectsWriter:
    """Rows ``{"line": n, "error": "...", "input": "..."}``; the file is created on first use.

    A rejects file left by an earlier run at the same path is removed at start, so the file
    on disk always belongs to the latest run.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self._stream: IO[bytes] | None = None
        if path.exists() and path.is_file():
            path.unlink()

    def write(self, number: int, error: str, preview: str) -> None:
        """Record one rejected input record."""
        if self._stream is None:
            self._stream = open(self.path, "wb")  # noqa: SIM115 - closed in close()
        row = {"line": number, "error": error, "input": preview[:REJECT_INPUT_CHARS]}
        self._stream.write(orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE))
        self.count += 1

    def close(self) -> None:
        """Close the file if one was opened."""
        if self._stream is not None:
            self._stream.close()
            self._stream = None
