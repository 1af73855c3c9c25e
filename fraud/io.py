"""Streaming record input and output for the command line.

Readers yield one :class:`RawRecord` per input record, in order, without holding the file
in memory:

* **JSONL** (``.jsonl``, ``.ndjson``, anything unknown, and ``-`` for stdin) is read line by
  line as bytes; parsing is left to :func:`parse_record` so that it can run in a worker
  process. Blank lines are skipped (they are not records) but still counted, so line numbers
  match what an editor shows. A text whose first line is a lone ``{`` or ``[`` is read whole
  and, when it is one JSON value (``jq .`` prints one so), read as a ``.json`` file is; when
  it is several whole values one after the other (``jq '.[]'``), each is a record numbered
  by the line it starts on (a pretty-printed array's elements each one); else it is read line
  by line as any other. A value over several lines is one record only when printed as a
  pretty-printer prints one (its ``{`` or ``[`` alone on its first line, its closing bracket
  on its last): the lines of any other (a broken line the next one made whole) are each read
  as a JSON line, so no two lines are silently merged into one record. A text longer than
  64 MiB is judged so by its first 64 MiB and read part by part (one that starts with ``[``
  as an array).
* **JSON** (``.json``): one object is one record (like ``data/samples/*.json``); an array is streamed with a small incremental parser: the file is read in
  blocks and one element at a time is decoded with :meth:`json.JSONDecoder.raw_decode`, so
  memory is bounded by the largest element, not the file. The record number is the element's
  1-based position in the array. A syntax error inside the array cannot be resynchronised,
  so it rejects that element and ends the read (reported as a reject, not a crash).
* **Parquet** (``.parquet``) is read in row batches with pyarrow; the record number is the
  1-based row. Nested columns may be real structs/lists or JSON strings (as written by the
  flattening writer below); nulls are treated as absent fields.
* **Compressed** JSON lines and JSON (``.jsonl.gz``, ``.json.bz2``, ``.jsonl.zst``; stdin by
  its first bytes) are decompressed as they stream: exactly the codecs the Spark engine reads
  (Hadoop picks them by the same suffixes), so both engines accept the same files. Other
  compressions (``.xz``, ``.lz4``, ``.snappy``, ``.deflate``, ``.zip``...), which one engine
  would read as garbage or not at all, and a file whose bytes are compressed but whose name
  does not say so, are refused by :func:`input_compression` before anything is read. Line
  numbers are those of the decompressed text; corrupt or truncated compressed data becomes
  one reject naming the file, after the records read before it (the Spark engine cannot
  read past it either, but fails the whole run, in one line naming the file).

Writers take dict rows and write JSONL (``-`` = stdout), CSV, Parquet or Excel (``.xlsx``);
an output extension that names none of them is refused. ``.jsonl.gz`` and ``.csv.gz`` are
written through gzip. CSV, Parquet and Excel flatten the
top-level fields: scalars stay as they are, lists and objects become JSON strings (score
results are given to them as flat typed rows, see :mod:`fraud.tables`). Files are written
under a temporary name and renamed when complete (:class:`OutputTarget`). The rejects
writer appends ``{"line": n, "error": "...", "input": "<first 500 chars>"}``.
"""

from __future__ import annotations

import bz2
import contextlib
import csv
import gzip
import io
import json
import math
import os
import re
import shutil
import stat
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol

import orjson

from fraud.wording import counted, one_or_many

if TYPE_CHECKING:
    from pydantic import ValidationError

__all__ = [
    "ARRAY_NOT_CLOSED",
    "COMPRESSIONS",
    "COMPRESSION_MAGIC",
    "DECOMPRESSION_ERRORS",
    "INPUT_FORMATS",
    "OUTPUT_FORMATS",
    "OUTPUT_SUFFIXES",
    "REJECT_INPUT_CHARS",
    "CsvRowWriter",
    "InputFormat",
    "JsonlRowWriter",
    "OutputFormat",
    "OutputTarget",
    "OutputWriteError",
    "ParquetRowWriter",
    "RawRecord",
    "RecordError",
    "RejectsWriter",
    "RowWriter",
    "XlsxRowWriter",
    "default_rejects_path",
    "detect_input_format",
    "detect_output_format",
    "escape_unwritable",
    "exists_not_regular",
    "flatten_row",
    "format_location",
    "format_validation_error",
    "input_compression",
    "iter_raw_records",
    "magic_compression",
    "not_utf8_reason",
    "not_utf8_text",
    "open_binary_output",
    "open_row_writer",
    "parse_record",
    "plain_name",
    "read_records",
    "refuse_table_file",
]

InputFormat = Literal["jsonl", "json", "parquet"]
OutputFormat = Literal["jsonl", "csv", "excel-csv", "parquet", "xlsx"]
INPUT_FORMATS: tuple[str, ...] = ("jsonl", "json", "parquet")
OUTPUT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "excel-csv", "parquet", "xlsx")
OUTPUT_SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".xlsx": "xlsx",
}
REJECT_INPUT_CHARS = 500
STDIO = "-"

#: Compressed inputs, by suffix: what both engines read (here gzip, bz2 and pyarrow's zstd;
#: on Spark, Hadoop's GzipCodec, BZip2Codec and ZStandardCodec, chosen by the same suffixes).
COMPRESSIONS: dict[str, str] = {".gz": "gzip", ".bz2": "bz2", ".zst": "zstd"}
# Compressions refused by name: only one engine would read them (Python reads .xz, Spark
# reads it as text; Spark's .lz4, .snappy and .deflate are Hadoop's own framings, and a .lz4
# file of the lz4 tool made Spark's JVM run out of memory), or neither does.
_REFUSED_COMPRESSIONS: dict[str, str] = {
    ".xz": "xz",
    ".lzma": "lzma",
    ".lz4": "LZ4",
    ".snappy": "Snappy",
    ".deflate": "deflate",
    ".zip": "zip",
    ".7z": "7z",
    ".br": "Brotli",
    ".lzo": "LZO",
    ".z": "compress",
    ".tgz": "tar",
}
# The first bytes of compressed data (no JSON text starts with any of them).
COMPRESSION_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bz2"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"PK\x03\x04", "zip"),
)
# Compressed outputs, by suffix: written through gzip (JSON lines and CSV).
_OUTPUT_COMPRESSIONS: dict[str, str] = {".gz": "gzip"}
# What a decompressor raises on corrupt or truncated data (pyarrow's zstd: OSError).
DECOMPRESSION_ERRORS = (OSError, EOFError, zlib.error)

_JSON_BLOCK = 1 << 16
_PARQUET_BATCH = 256
_MAX_ERRORS_SHOWN = 5
# Top-level fields of a creator that a flattened (CSV/Parquet) file stores as JSON text.
_NESTED_FIELDS = frozenset(
    {"profile", "follower_history", "posts", "comments", "follower_sample", "reasons"}
)


def not_utf8_reason(
    data: bytes, start: int, where: str, fix: str = "save the file as UTF-8 and run again"
) -> str:
    """Why text whose byte ``data[start]`` is not UTF-8 is refused: the byte, ``where`` it is
    ("line 3, column 41"), and what to do. When the bytes from there read as GBK (GB18030),
    as a file saved by a Chinese Windows program does, it says so: "str is not valid UTF-8:
    surrogates not allowed: line 1 column 1" (the decoder's words) named neither. ``fix``:
    what to do about it."""
    sample = data[start : start + 256]
    try:
        sample.decode("gb18030")
        gbk = True
    except UnicodeDecodeError as error:  # a character cut by the sample's end still counts
        gbk = error.start > 0 and error.end == len(sample) and len(sample) == 256
    as_gbk = " it reads as GBK, as Chinese Windows programs save text:" if gbk else ""
    return f"not UTF-8 text (byte 0x{data[start]:02X} at {where});{as_gbk} {fix}"


def not_utf8_text(data: bytes, *, one_line: bool = False) -> str | None:
    """:func:`not_utf8_reason` of the first byte of ``data`` that is not UTF-8, placed as an
    editor shows it ("line 3, column 41"; ``one_line``: by its column alone, for a JSON line,
    whose number the reject gives), or None when ``data`` is UTF-8 text. The readers of
    creators (a JSON line) and of results (``fraud table``: a whole file) both say it so."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        start = error.start
        line_start = data.rfind(b"\n", 0, start) + 1
        column = len(data[line_start:start].decode("utf-8")) + 1
        line = data.count(b"\n", 0, start) + 1
        where = f"column {column}" if one_line else f"line {line}, column {column}"
        return not_utf8_reason(data, start, where)
    return None


#: the reject of a JSON array whose text ends after an element, before its ``]``
ARRAY_NOT_CLOSED = "unexpected end of file inside the array"


@dataclass(frozen=True, slots=True)
class RecordError:
    """Why one input record could not be used: the text goes to the rejects file.

    ``ends_at``: set when a JSON array's text ends before its closing ``]`` (a file cut off
    mid-write or mid-copy), the line and column just after its last character, so a reader
    can say the file is truncated and where, rather than the decoder's message."""

    message: str
    ends_at: tuple[int, int] | None = None

    def reason(self, number: int) -> str:
        """The reject reason of record ``number``: ``message``, or for an array cut off (a
        crawl or copy stopped mid-write) where the file stops, that it is probably truncated,
        and that the items before the cut were read, rather than the decoder's "Expecting
        ',' delimiter"."""
        if self.ends_at is None:
            return self.message
        line, column = self.ends_at
        complete = number - 1
        lost = (
            "" if self.message == ARRAY_NOT_CLOSED else f"; item {number}, cut in two, is left out"
        )
        return (
            f"the JSON array ends early: the file stops at line {line}, column {column} without"
            f" the array's closing ']', so it is probably truncated (a crawl or copy stopped"
            f" mid-write); the {counted(complete, 'complete item')} before the"
            f" cut {one_or_many(complete, 'was', 'were')} read{lost}"
        )


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One input record before validation.

    ``payload`` is the raw JSONL line or the whole text of a one-record ``.json`` file
    (bytes), an already decoded value (JSON array element or Parquet row), a
    :class:`RecordError` when the record could not even be read, or a ``CreatorRecord``
    validated already (``fraud score --store`` completes records first).
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
                text = orjson.dumps(self.payload, default=_jsonable).decode("utf-8")
            except TypeError:
                text = repr(self.payload)
        return text.strip()[:REJECT_INPUT_CHARS]


def _jsonable(value: Any) -> Any:
    """A pydantic model (a record validated already) as its JSON form; anything else as text."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", exclude_none=True)
    return str(value)


# Tables and workbooks, by suffix: never an input of creators (their records are nested) nor
# of results (fraud table reads the JSON that fraud score writes).
_TABLE_FILES: dict[str, str] = {
    ".csv": "a CSV",
    ".tsv": "a TSV",
    ".xlsx": "an Excel",
    ".xlsm": "an Excel",
    ".xls": "an Excel",
}

# --------------------------------------------------------------------------- formats


def refuse_table_file(path: str, wanted: str) -> None:
    """A ValueError naming ``path`` when its name says it is a CSV or Excel table, which no
    reader here takes; ``wanted`` says what to give instead. Read as JSON lines, a CSV was one
    "invalid JSON" reject per row, and an .xlsx was said to be zip data to decompress."""
    kind = _TABLE_FILES.get(Path(plain_name(path)).suffix.lower()) if path != STDIO else None
    if kind is not None:
        raise ValueError(f"{path}: {kind} file is not read; {wanted}")


def detect_input_format(path: str, explicit: str | None = None) -> InputFormat:
    """The input format: ``explicit`` if given, else from the extension (stdin = JSONL).

    A compression suffix is looked through (``x.json.gz`` is a JSON array); a compression
    neither engine reads, or compressed bytes under a plain name, is refused
    (:func:`input_compression`), and so are a compressed Parquet file and, unless ``explicit``
    says otherwise, a file named as a CSV or Excel table (:func:`refuse_table_file`).
    """
    if not explicit:
        refuse_table_file(
            path,
            "give the creators as JSON lines (.jsonl), a JSON array (.json) or Parquet"
            " (scraper exports become creators with fraud import)",
        )
    compression = input_compression(path)
    if explicit:
        if explicit not in INPUT_FORMATS:
            raise ValueError(f"unknown input format {explicit!r}; use one of {INPUT_FORMATS}")
        kind: InputFormat = explicit  # type: ignore[assignment]
    else:
        suffix = Path(plain_name(path)).suffix.lower() if path != STDIO else ""
        kind = (
            "json" if suffix == ".json" else "parquet" if suffix in (".parquet", ".pq") else "jsonl"
        )
    if kind == "parquet" and compression is not None:
        raise ValueError(
            f"{path}: a {compression}-compressed Parquet file is not read; Parquet compresses"
            " inside the file: give the .parquet file itself"
        )
    return kind


def _compression_suffix(path: str) -> str:
    return Path(path).suffix.lower() if path != STDIO else ""


def plain_name(path: str) -> str:
    """``path`` without a compression suffix this module reads (``x.jsonl.gz`` -> ``x.jsonl``):
    the name that says what the decompressed text is."""
    suffix = _compression_suffix(path)
    return path[: -len(suffix)] if suffix in COMPRESSIONS else path


def magic_compression(head: bytes) -> str | None:
    """The compression whose magic bytes ``head`` starts with (``gzip``, ``bz2``, ``zstd``), or
    None."""
    return next((kind for magic, kind in COMPRESSION_MAGIC if head.startswith(magic)), None)


def input_compression(path: str | Path) -> str | None:
    """How the input ``path`` is compressed: ``gzip``, ``bz2``, ``zstd`` or None (plain).

    Named by the suffix (:data:`COMPRESSIONS`), as Spark names it; a regular file's first
    bytes must agree with its name. Raises ValueError, naming the file, for a compression
    neither engine reads alike (``.xz``, ``.lz4``...), for compressed bytes under a plain name
    (renaming it is the fix: Spark, too, decides by the name) and for a ``.gz`` that is not
    gzip. Stdin (``-``) is None here: it is sniffed when read.
    """
    name = str(path)
    suffix = _compression_suffix(name)
    if suffix in _REFUSED_COMPRESSIONS:
        raise ValueError(
            f"{name}: {_REFUSED_COMPRESSIONS[suffix]}-compressed input is not read (both"
            f" engines read {', '.join(COMPRESSIONS)}); decompress it, or recompress it with"
            " gzip"
        )
    named = COMPRESSIONS.get(suffix)
    if name == STDIO or not os.path.isfile(name):  # stdin, a pipe, a missing file: not sniffed
        return named
    try:
        with open(name, "rb") as handle:
            head = handle.read(8)
    except OSError:
        return named  # the caller's open reports it
    found = magic_compression(head)
    if found is None and named is None:
        _refuse_utf16(head, name)
    if found == named:
        return named
    if named is not None:
        raise ValueError(f"{name} is named {suffix} but does not hold {named} data")
    assert found is not None
    known = next((s for s, kind in COMPRESSIONS.items() if kind == found), None)
    fix = f"rename it to {name}{known}" if known else "decompress it"
    raise ValueError(
        f"{name} holds {found}-compressed data but its name does not say so; {fix}"
        " (both engines pick the decompressor by the name)"
    )


def starts_as_utf16(head: bytes) -> bool:
    """Whether bytes start with a UTF-16 byte order mark (what Windows PowerShell 5 writes
    with ``>``)."""
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def _refuse_utf16(head: bytes, name: str) -> None:
    """A ValueError naming ``name`` when its bytes start as UTF-16 text: read as UTF-8 every
    record would be rejected, each with a message about surrogates; one clear error says
    what to do instead."""
    if starts_as_utf16(head):
        raise ValueError(
            f"{name}: UTF-16 text (it starts with a UTF-16 byte order mark); save it as"
            " UTF-8 (in PowerShell: Out-File -Encoding utf8, or Set-Content -Encoding utf8)"
        )


def _decompressed_head(stream: IO[bytes]) -> bytes:
    """The first bytes of a decompressed stream, not consumed; empty when the data is damaged
    (the read reports that, after the records before the damage)."""
    try:
        return bytes(stream.peek(8)[:8])  # type: ignore[attr-defined]
    except Exception:  # EOFError, OSError, zlib and zstd errors alike
        return b""


def _open_compressed(stream: IO[bytes], compression: str) -> IO[bytes]:
    """A stream of the decompressed bytes of ``stream``."""
    if compression == "gzip":
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    if compression == "bz2":
        return bz2.BZ2File(stream, "rb")
    import pyarrow as pa

    native = pa.CompressedInputStream(pa.PythonFile(stream, mode="r"), "zstd")
    return io.BufferedReader(native)


def _stdin_stream(stream: IO[bytes]) -> tuple[IO[bytes], str | None]:
    """Stdin, decompressed when its first bytes say it is compressed (``zcat`` not needed)."""
    peek = getattr(stream, "peek", None)
    if peek is None:  # a stream given in place of the process's stdin
        buffered = io.BufferedReader(stream)  # type: ignore[type-var]
        stream, peek = buffered, buffered.peek
    head = peek(8)[:8]
    found = magic_compression(head)
    if found is None:
        _refuse_utf16(head, "stdin")
        return stream, None
    if found not in COMPRESSIONS.values():
        raise ValueError(f"stdin holds {found}-compressed data, which is not read; decompress it")
    decompressed = _open_compressed(stream, found)
    _refuse_utf16(_decompressed_head(decompressed), "stdin")
    return decompressed, found


@contextlib.contextmanager
def open_input(
    source: str | Path, stdin: IO[bytes] | None = None
) -> Iterator[tuple[IO[bytes], str | None]]:
    """The bytes of ``source`` decompressed, and how they were compressed (None: plain).

    A path is decompressed as its name says (:func:`input_compression`, whose ValueError
    names the file); ``-`` is ``stdin`` (default: the process's), by its first bytes.
    """
    name = str(source)
    if name == STDIO:
        yield _stdin_stream(stdin if stdin is not None else sys.stdin.buffer)
        return
    compression = input_compression(name)
    with contextlib.ExitStack() as stack:
        handle: IO[bytes] = stack.enter_context(open(name, "rb"))
        if compression is not None:
            handle = stack.enter_context(_open_compressed(handle, compression))
            _refuse_utf16(_decompressed_head(handle), name)
        yield handle, compression


def detect_output_format(path: str, explicit: str | None = None) -> OutputFormat:
    """The output format: ``explicit`` if given, else from the extension (stdout = JSONL).

    An extension that names no output format is refused (``ValueError``), rather than
    writing JSONL into a file whose name promises something else. ``.jsonl.gz`` and
    ``.csv.gz`` are written gzip-compressed; other compressions, and a compressed Parquet or
    Excel name, are refused.
    """
    compressed = path != STDIO and Path(path).suffix.lower() in _OUTPUT_COMPRESSIONS
    if path != STDIO and not compressed:
        suffix = Path(path).suffix.lower()
        if suffix in COMPRESSIONS or suffix in _REFUSED_COMPRESSIONS:
            raise ValueError(
                f"{path}: only gzip (.gz) is written; name it .jsonl.gz or .csv.gz, or"
                " leave it uncompressed"
            )
    if explicit:
        if explicit not in OUTPUT_FORMATS:
            raise ValueError(f"unknown output format {explicit!r}; use one of {OUTPUT_FORMATS}")
        kind: OutputFormat = explicit  # type: ignore[assignment]
    elif path == STDIO:
        return "jsonl"
    else:
        name = Path(path[: -len(Path(path).suffix)] if compressed else path)
        suffix = name.suffix.lower()
        if suffix not in OUTPUT_SUFFIXES and os.path.isdir(path):
            raise ValueError(
                f"the output {path} is a directory: name a file in it (-o DIR/NAME.jsonl)"
            )
        if suffix not in OUTPUT_SUFFIXES:
            known = ", ".join(OUTPUT_SUFFIXES)
            raise ValueError(
                f"cannot tell the output format of {path!r} from its extension "
                f"({suffix or 'none'}); use one of {known} (.jsonl and .csv also with .gz),"
                " or --output-format"
            )
        kind = OUTPUT_SUFFIXES[suffix]  # type: ignore[assignment]
    if compressed and kind not in ("jsonl", "csv"):
        why = (
            "it is for a spreadsheet, which does not open a .gz"
            if kind == "excel-csv"
            else "it compresses inside the file"
        )
        raise ValueError(f"{path}: {kind} is not written gzip-compressed ({why}); drop the .gz")
    return kind


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
    with open_input(name) as (stream, compression):
        yield from _iter_text(stream, kind, compression, "stdin" if name == STDIO else name)


def _iter_text(
    stream: IO[bytes], kind: InputFormat, compression: str | None, name: str
) -> Iterator[RawRecord]:
    """The records of a JSONL or JSON text; for compressed data, corrupt or truncated data is
    one last reject naming the file (what was read before it is kept)."""

    def read() -> Iterator[RawRecord]:
        if kind == "json":
            yield from _iter_json_array(stream)
            return
        source, pretty = _sniff_json_text(stream)
        yield from _iter_one_text_or_lines(source) if pretty else _iter_jsonl(source)

    records = read()
    if compression is None:
        yield from records
        return
    number = 0
    try:
        for raw in records:
            number = raw.number
            yield raw
    except DECOMPRESSION_ERRORS as error:
        after = f"after record {number}" if kind == "json" else f"after line {number}"
        yield RawRecord(
            number + 1,
            RecordError(
                f"{name}: corrupt or truncated {compression} data {after} ({error});"
                " the rest of the file cannot be read"
            ),
        )


def read_records(
    source: str | Path, fmt: InputFormat | None = None
) -> Iterator[tuple[int, dict[str, Any] | RecordError]]:
    """Yield ``(record_number, parsed_dict | RecordError)`` for every record of ``source``."""
    for raw in iter_raw_records(source, fmt):
        yield raw.number, parse_record(raw)


_BOM = b"\xef\xbb\xbf"


class _Replayed(io.RawIOBase):
    """``head`` (lines already read), then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        super().__init__()
        self._head, self._stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        wanted = len(buffer)
        data = self._head[:wanted] if self._head else self._stream.read(wanted)
        self._head = self._head[len(data) :]
        buffer[: len(data)] = data
        return len(data)


def _can_seek(stream: IO[bytes]) -> bool:
    """Whether ``stream`` can go back to where it was. A ``gzip.GzipFile`` says it can over any
    stream (it rewinds by reading its source again from the start), so over a pipe (``gzip -c
    x | fraud score -``) it is asked of the stream it reads."""
    if not stream.seekable():
        return False
    inner = getattr(stream, "fileobj", None)
    return inner is None or _can_seek(inner)


def _sniff_json_text(stream: IO[bytes]) -> tuple[IO[bytes], bool]:
    """The JSON lines ``stream`` as it was, and whether its first line that is not blank is
    a lone ``{`` or ``[``, or starts with ``[``: it may be one JSON text pretty-printed (``jq
    .`` prints one so, a JSON file saved as ``.jsonl``, or sent on stdin) or an array on one
    line (``jq -c .``), which :func:`_iter_one_text_or_lines` reads as a ``.json`` file is
    when it is one. Read as lines, it was a reject for every line of the record (for the
    array on one line, one reject: session 59). Any other text (JSON lines, the common case)
    is read on as lines at once."""
    seekable = _can_seek(stream)
    start = stream.tell() if seekable else 0
    head = b""
    for line in stream:
        first = not head
        head += line
        if (line.removeprefix(_BOM) if first else line).strip():  # (a BOM alone is blank)
            break
    first_line = head.removeprefix(_BOM).strip()
    # a lone "{" or "[", or an array on one line (``jq -c .``, an API's answer piped in): a
    # line of JSON lines is never an array, and read as one it was a reject
    pretty = first_line in (b"{", b"[") or first_line.startswith(b"[")
    if seekable:  # a plain file: read again from its start, at full speed
        stream.seek(start)
        return stream, pretty
    return io.BufferedReader(_Replayed(head, stream), buffer_size=1 << 16), pretty


def _iter_one_text_or_lines(stream: IO[bytes]) -> Iterator[RawRecord]:
    """The records of a JSON lines text that starts like one pretty-printed JSON text
    (:func:`_sniff_json_text`), read whole, once: when the whole text is one JSON value, its
    records as a ``.json`` file's (the object, or the array's elements by position); when it
    is pretty-printed records one after the other, each of them, a broken one a reject of its
    own (:func:`_values_one_after_another`); otherwise (a file of JSON lines whose first line
    is a lone ``{``) its lines, as any JSON lines file's: a bad line is a reject of its own,
    numbered by its line, and the good lines are read. Such a text is held in memory up to
    :data:`WHOLE_TEXT_BYTES`; a longer one is read part by part (:func:`_iter_long_text`: a
    large array, ``jq . big.json | fraud score -``, as a ``.json`` file is), in memory bounded
    by its largest record and a part."""
    data, damage, whole = _read_whole(stream, WHOLE_TEXT_BYTES)
    if not whole:
        yield from _iter_long_text(data, stream)
        return
    if damage is not None:  # the damage, not the text, ends it: what came before it is kept
        for raw in _iter_json_array(io.BytesIO(data)):  # (an array's whole elements)
            if isinstance(raw.payload, RecordError | _ObjectText):
                break  # cut off by the damage, which is the reject said
            yield raw
        raise damage
    body = data.removeprefix(_BOM)
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError:
        value = None
    if isinstance(value, dict):  # one record: its text is validated on the fast path
        yield RawRecord(1, body)
    elif isinstance(value, list):
        for number, element in enumerate(value, start=1):
            yield RawRecord(number, element)
    elif _one_json_value(body):  # one value in a form orjson refuses: as a .json file's
        yield from _iter_json_array(io.BytesIO(data))
    elif (values := _values_one_after_another(body)) is not None:
        for line, value in values:  # jq '.[]' prints records so: each numbered by its line
            yield RawRecord(line, value)
    else:
        yield from _iter_jsonl(io.BytesIO(data))


_SPACE = re.compile(r"[ \t\n\r]*")
_BYTES_SPACE = re.compile(rb"[ \t\n\r\x0b\x0c]*")  # (what bytes.lstrip() strips)
#: where a pretty-printed record starts: a ``{`` or ``[`` at the start of a line (``jq '.[]'``
#: indents everything inside a record)
_RECORD_START = re.compile(r"\n(?=[{\[])")


def _values_one_after_another(text: bytes) -> list[tuple[int, Any]] | None:
    """The JSON values of ``text`` when it is two or more of them one after the other, each
    with the line it starts on (``jq '.[]'`` prints an array's records so, pretty-printed);
    None when it is not (the text is not UTF-8, or it holds no whole value printed over more
    than one line: JSON lines, say): the text is then read line by line, each bad line a
    reject of its own. A broken value among pretty-printed records is one reject, numbered by
    the line it starts on, which says where it broke; reading resumes at the next line that
    starts with ``{`` or ``[``, so the records after it are read. The decoder reads at most
    about twice the text: a broken value that it read on into the records after it (a ``[``
    never closed) costs the rest of the text each time, so past that the text is read line by
    line instead (a review of s57: 0.6 MB of such values took 5 s). A value over several
    lines that is not printed whole (:func:`_printed_whole`) is lines joined: each of its
    lines is a JSON line of its own (session 58: it was one record from two lines, or a record
    swallowed into another's field); a pretty-printed array gives its elements."""
    try:
        decoded = text.decode("utf-8")
    except UnicodeDecodeError:
        return None
    scan = _scan_values(decoded)
    if scan is None or (scan.broken and not scan.pretty):
        return None
    return scan.values if len(scan.values) > 1 else None


@dataclass(slots=True)
class _Scan:
    """What :func:`_scan_values` found: the records by line, whether a value was printed whole
    over several lines, whether one was not whole, and where the last value starts when it is
    not whole up to the text's end (it may go on in the next part of a long text), else
    None."""

    values: list[tuple[int, Any]]
    pretty: bool
    broken: bool
    tail: int | None


def _scan_values(decoded: str, line: int = 1) -> _Scan | None:
    """The values of ``decoded`` one after the other, its first line numbered ``line``
    (:func:`_values_one_after_another`); None when the decoder would read more than about
    twice the text."""
    decoder = json.JSONDecoder()
    values: list[tuple[int, Any]] = []
    pretty = broken = False  # a whole value over several lines; a value that is not whole
    tail: int | None = None
    counted_to = 0  # the line of position counted_to is ``line``
    base = line - 1  # lines before the text (the decoder counts from its start)
    budget = 2 * len(decoded) + 4096  # characters the decoder may read
    position = _skip_space(decoded, 0)
    while position < len(decoded):
        line += decoded.count("\n", counted_to, position)
        counted_to = position
        try:
            value, end = decoder.raw_decode(decoded, position)
        except (json.JSONDecodeError, RecursionError) as error:
            read = error.pos if isinstance(error, json.JSONDecodeError) else len(decoded)
            budget -= read - position
            if budget < 0:
                return None
            resume = _RECORD_START.search(decoded, position + 1)
            end = resume.end() if resume else len(decoded)
            last_at = resume.start() if resume else len(decoded.rstrip())
            last = line + decoded.count("\n", position, last_at)
            more = resume is not None
            values.append((line, _broken_record(error, decoded, line, last, more, base)))
            broken = True
            if resume is None:  # broken up to the end: in a long text's part, it may go on
                tail = position
        else:
            budget -= end - position
            if "\n" not in decoded[position:end]:
                values.append((line, value))
            elif _printed_whole(decoded, position, end):
                pretty = True
                values.extend(_records_of(value, decoded, position, line))
            else:  # lines joined into one value (a broken line and the next): each its own
                broken = True
                while values and values[-1][0] == line:  # what its first line held too
                    values.pop()
                end = _line_end(decoded, end - 1)
                values.extend(_lines_of(decoded, decoded.rfind("\n", 0, position) + 1, end, line))
        position = _skip_space(decoded, end)
    return _Scan(values, pretty, broken, tail)


def _iter_long_text(data: bytes, stream: IO[bytes]) -> Iterator[RawRecord]:
    """The records of a text that starts like pretty-printed JSON and is longer than
    :data:`WHOLE_TEXT_BYTES` (``data``, its first part; the rest in ``stream``). One that
    starts with ``[`` is streamed as a ``.json`` array (``jq . big.json``), unless JSON lines
    follow it (:func:`_json_lines_after_bracket`: before session 58 they were the array's
    first record and one reject, the rest lost), when it is judged as one that starts with
    ``{``; one that starts with ``{`` is judged by its first part's whole lines as a shorter
    text is: one value going on past the part (a record that long, after blank lines or
    indentation too: :func:`_first_goes_on`) is streamed as a
    ``.json`` file is; JSON lines (a stray ``{`` first) are read
    line by line; pretty-printed records one after the other (``jq '.[]' big.json``) are read
    part by part, a part ending at a line break, a record the part cut in two read whole in
    the next part. Session 58: such a text was always read as a ``.json`` file, so JSON lines
    after a lone ``{`` (or ``jq '.[]'`` output) were one reject, their records lost, after the
    whole text was held in memory."""

    def replay() -> IO[bytes]:
        return io.BufferedReader(_Replayed(data, stream), buffer_size=1 << 16)

    body = data.removeprefix(_BOM)
    part = body[: body.rfind(b"\n") + 1]
    start = _BYTES_SPACE.match(body).end()  # type: ignore[union-attr]  # (it always matches)
    # one array, unless JSON lines follow the "[" (a stray one), read then as a shorter text is
    array = body[start : start + 1] == b"[" and not _json_lines_after_bracket(body, start + 1)
    try:
        decoded = "" if array else part.decode("utf-8")
        scan = None if array else _scan_values(decoded)
    except UnicodeDecodeError:
        decoded, scan = "", None
    if array or _first_goes_on(scan, decoded):  # one value going on past the part
        yield from _iter_json_array(replay())
        return
    if scan is None or not scan.pretty:
        yield from _iter_jsonl(replay())
        return
    line, pending, eof, wanted = 1, body, False, len(body)  # first, the part read already
    first: _Scan | None = scan
    while True:
        while not eof and len(pending) < wanted:
            block = stream.read(wanted - len(pending))
            eof = not block
            pending += block
        if not pending:
            return
        part = pending if eof else pending[: pending.rfind(b"\n") + 1]
        try:
            decoded = part.decode("utf-8")
            scan = first if first is not None else _scan_values(decoded, line)
        except UnicodeDecodeError:
            decoded, scan = "", None
        first = None
        if not eof and (not part or _first_goes_on(scan, decoded)):
            wanted = 2 * len(pending)  # one record (or line) longer than the part: read on
            continue
        if scan is None:  # not UTF-8, or too costly to read as values: its lines
            found: list[tuple[int, Any]] = [
                (line + offset, text.rstrip(b"\r"))
                for offset, text in enumerate(part.split(b"\n"))
                if text.strip()
            ]
            done = len(part)
        else:
            found, done = scan.values, len(part)
            if scan.tail is not None and not eof:  # cut by the part's end: read it again
                start = decoded.rfind("\n", 0, scan.tail) + 1  # from its line's start
                cut = start if not decoded[start : scan.tail].strip() else scan.tail
                found, done = found[:-1], len(decoded[:cut].encode("utf-8"))
        if done == 0 and not eof:  # never read the same part again: that would not end
            yield RawRecord(line, RecordError(_STUCK.format(line=line)))
            return
        for at, value in found:
            yield RawRecord(at, value)
        line += pending.count(b"\n", 0, done)
        pending = pending[done:]
        wanted = WHOLE_TEXT_BYTES


#: the reject that ends a long text's reading should a part give nothing (none is known to)
_STUCK = "the text could not be read on from line {line}; the rest of it is left out"


def _first_goes_on(scan: _Scan | None, decoded: str) -> bool:
    """Whether the first value of a long text's part (``decoded``, scanned as ``scan``) goes
    on to the part's end: only white space before it (blank lines, indentation), so the part
    holds nothing else to give and is read on (a part with no line break, a line longer than
    it, is read on too). Session 58: only a value at the part's very
    start was, so an indented one, or one after a blank line, that a part cut short was read
    again in the same part forever, and a record longer than 64 MiB after a blank line was
    read as JSON lines, each line a reject."""
    return scan is not None and scan.tail is not None and scan.tail == _skip_space(decoded, 0)


def _json_lines_after_bracket(body: bytes, after: int) -> bool:
    """Whether the two lines that are not blank after a text's lone ``[`` (``body[after:]``
    the rest of its line on) are each a whole JSON object (JSON lines after a stray ``[``,
    not an array: an array's elements are separated by commas, and a pretty-printed one's
    first line is ``{`` alone). Of the text, only those lines are read (no copy of it)."""
    lines = (line for line in _lines_from(body, after, 64) if line.strip())
    for found, line in enumerate(lines, 1):
        try:
            value = json.loads(line)
        except ValueError:  # (UnicodeDecodeError is one)
            return False
        if not isinstance(value, dict):
            return False
        if found == 2:
            return True
    return False


def _lines_from(data: bytes, position: int, most: int) -> Iterator[bytes]:
    """At most ``most`` lines of ``data`` from ``position`` on, one at a time."""
    for _ in range(most):
        if position > len(data):
            return
        end = data.find(b"\n", position)
        end = len(data) if end < 0 else end
        yield data[position:end]
        position = end + 1


def _line_end(text: str, position: int) -> int:
    """The position of the line break ending the line of ``text[position]`` (or the end)."""
    found = text.find("\n", position)
    return len(text) if found < 0 else found


def _printed_whole(text: str, start: int, end: int) -> bool:
    """Whether the value ``text[start:end]``, printed over several lines, is printed as a
    pretty-printer prints one (``jq .``, ``json.dumps(indent=...)``): its ``{`` or ``[`` alone
    on its first line and its closing bracket alone on its last (a ``,`` may follow it). A
    value that is not (``{"creator_id": "a",`` and ``"profile": {...}}`` on the next line) is
    lines joined: a line of JSON lines broken, which only the next line's text made whole, or
    ``[`` that swallowed the records after it until a later ``]``."""
    first_start = text.rfind("\n", 0, start) + 1
    last_start = text.rfind("\n", 0, end - 1) + 1
    return (
        not text[first_start:start].strip()
        and not text[start + 1 : _line_end(text, start)].strip()
        and not text[last_start : end - 1].strip()
        and text[end : _line_end(text, end)].strip() in ("", ",")
    )


def _records_of(value: Any, text: str, start: int, line: int) -> list[tuple[int, Any]]:
    """The records of a pretty-printed value starting at ``text[start]`` on ``line``: an
    object is one; an array's elements are each one, numbered by the line each starts on (a
    ``jq .`` array followed by more text: its records are read, not one reject for all)."""
    if not isinstance(value, list) or not value:
        return [(line, value)]
    decoder = json.JSONDecoder()
    records: list[tuple[int, Any]] = []
    counted, position = start, start + 1  # the line of position counted is ``line``
    for _ in value:
        at = _skip_space(text, position)
        line += text.count("\n", counted, at)
        counted = at
        element, position = decoder.raw_decode(text, at)
        records.append((line, element))
        position = _skip_space(text, position) + 1  # past its "," (or the closing "]")
    return records


def _lines_of(text: str, start: int, end: int, line: int) -> list[tuple[int, bytes]]:
    """The lines of ``text[start:end]`` that are not blank, from ``line`` on, as the bytes of
    JSON lines (:func:`parse_record` reads each as its own record)."""
    return [
        (line + offset, part.rstrip("\r").encode("utf-8"))
        for offset, part in enumerate(text[start:end].split("\n"))
        if part.strip()
    ]


def _broken_record(
    error: json.JSONDecodeError | RecursionError,
    text: str,
    first: int,
    last: int,
    more: bool,
    base: int = 0,
) -> RecordError:
    """The reject of a pretty-printed record of ``text`` (lines ``first`` to ``last``) that is
    not one JSON value, saying where it broke, what was skipped (``more``: records follow),
    or that the text stops inside it; ``base``: the lines before ``text`` (a part of a long
    text)."""
    cut = False
    if isinstance(error, json.JSONDecodeError):
        why = f"invalid JSON: {error.msg}: line {base + error.lineno} column {error.colno}"
        cut = not more and (_ran_out(error, text) or not text[error.pos :].strip())
    else:
        why = "invalid JSON: nested too deeply"
    lines = f"line {first}" if last <= first else f"lines {first}-{last}"
    after = f"; read on from line {last + 1}, where the next record starts" if more else ""
    if cut:
        after = "; the text stops inside it, so it is probably truncated"
    return RecordError(f"{why} (a pretty-printed record, {lines}, left out{after})")


def _skip_space(text: str, position: int) -> int:
    """The position of the first character at or after ``position`` that is not JSON's
    white space."""
    match = _SPACE.match(text, position)
    return match.end() if match else position


#: The longest text starting like one pretty-printed JSON text that is read whole (to read it
#: line by line when it is not one JSON value); a longer one is streamed as a ``.json`` file.
WHOLE_TEXT_BYTES = 64 << 20


def _read_whole(stream: IO[bytes], limit: int) -> tuple[bytes, BaseException | None, bool]:
    """The bytes of ``stream``, the error that ended it early (compressed data that is corrupt
    or truncated), if one did, and whether they are all of it: reading stops once ``limit``
    bytes are read (the rest is left in ``stream``)."""
    blocks: list[bytes] = []
    size = 0
    try:  # read1: a failing read keeps nothing, so each takes what one read of the source gave
        while size < limit and (block := stream.read1(_JSON_BLOCK)):  # type: ignore[attr-defined]
            blocks.append(block)
            size += len(block)
    except DECOMPRESSION_ERRORS as error:
        return b"".join(blocks), error, True
    return b"".join(blocks), None, size < limit


def _one_json_value(text: bytes) -> bool:
    """Whether ``text``, which orjson refused, is one JSON value to the standard library, as
    the ``.json`` reader reads it: NaN, an integer past 64 bits or a lone surrogate escape is
    then a reject of its record (or array element) there; a byte that is not UTF-8, too (it
    names the byte and where). False when the text is not one JSON value."""
    try:
        json.loads(text.decode("utf-8", errors="replace"))
    except json.JSONDecodeError:
        return False
    except RecursionError:  # nested too deeply: the .json reader's reject says so
        return True
    return True


def _iter_jsonl(stream: IO[bytes]) -> Iterator[RawRecord]:
    for number, line in enumerate(stream, start=1):
        if number == 1 and line.startswith(_BOM):  # a UTF-8 byte order mark (Windows tools
            line = line[len(_BOM) :]  # write one), skipped as the Spark engine's reader does
        if line.strip():
            yield RawRecord(number, line.rstrip(b"\r\n"))


def parse_record(raw: RawRecord) -> dict[str, Any] | RecordError:
    """Decode one raw record into a JSON object, or say why it is not one."""
    payload = raw.payload
    if isinstance(payload, RecordError):
        return payload
    if isinstance(payload, bytes):
        try:  # orjson takes bytes, not a subclass: the whole text of a .json as a view
            payload = orjson.loads(payload if type(payload) is bytes else memoryview(payload))
        except orjson.JSONDecodeError as error:
            if isinstance(payload, _ObjectText):
                return _not_one_object(payload.decode("utf-8")) or RecordError(
                    f"invalid JSON: {error}"
                )
            return RecordError(not_utf8_text(payload, one_line=True) or f"invalid JSON: {error}")
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
    """Stream the elements of one top-level JSON array (see the module docstring).

    Bytes are decoded block by block; invalid UTF-8 is reported when the parser reaches it,
    so it is named with the record it falls in and the records before it are kept.
    """
    decoder = json.JSONDecoder()
    buffer = ""
    position = 0
    eof = False
    carry = b""  # the start of a UTF-8 sequence cut by the block boundary
    bad_utf8: UnicodeDecodeError | None = None  # met in the bytes after ``buffer``
    number = 0  # records started so far
    in_record = False  # whether a decode error now falls inside record ``number``
    dropped_lines = 0  # line breaks in the text already dropped from ``buffer``
    dropped_column = 0  # characters after the last of them (a BOM not counted)

    def decode(block: bytes) -> str:
        nonlocal carry, bad_utf8
        data = carry + block
        carry = b""
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            good = data[: error.start].decode("utf-8")
            if block and error.end == len(data) and error.reason == "unexpected end of data":
                carry = data[error.start :]  # completed by the next block
            else:
                bad_utf8 = error
            return good

    def fill(minimum_new: int = _JSON_BLOCK) -> bool:
        nonlocal buffer, position, eof, dropped_lines, dropped_column
        while not eof:
            if bad_utf8 is not None:
                raise bad_utf8
            block = stream.read(max(minimum_new, _JSON_BLOCK))
            if not block:
                eof = True
            text = decode(block)
            if text:
                line, column = place(position)
                dropped_lines, dropped_column = line - 1, column - 1
                buffer = buffer[position:] + text
                position = 0
                return True
        if bad_utf8 is not None:
            raise bad_utf8
        return False

    def place(at: int) -> tuple[int, int]:
        """The line and column (both 1-based, as an editor shows) of ``buffer[at]``."""
        breaks = buffer.count("\n", 0, at)
        if breaks:
            return dropped_lines + breaks + 1, at - buffer.rfind("\n", 0, at)
        return dropped_lines + 1, dropped_column + at + 1

    def cut_off(record: int, message: str) -> RawRecord:
        """The reject of an array whose text ended before its ``]``: where it ended."""
        return RawRecord(record, RecordError(message, place(len(buffer.rstrip()))))

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
        if buffer[position] == "\ufeff":  # a UTF-8 byte-order mark, as JSONL input may have
            position += 1
            dropped_column -= 1  # an editor shows no column for it
            if not skip_whitespace():
                return
        if buffer[position] == "{":  # one record, like data/samples/*.json
            in_record = True
            number = 1
            rest = buffer[position:]
            position = len(buffer)
            while fill():
                rest += buffer
                position = len(buffer)
            yield RawRecord(1, _ObjectText(rest.encode("utf-8")))
            return
        if buffer[position] != "[":
            yield RawRecord(
                1, RecordError("a .json input must be one JSON object or an array of them")
            )
            return
        position += 1
        expect_value = True
        while True:
            in_record = False
            if not skip_whitespace():
                yield cut_off(number + 1, ARRAY_NOT_CLOSED)
                return
            char = buffer[position]
            if char == "]" and (number == 0 or not expect_value):
                position += 1
                if skip_whitespace():
                    extra = buffer[position : position + 20]
                    yield RawRecord(
                        number + 1,
                        RecordError(
                            f"unexpected text after the closing ']' of the array: {extra!r}"
                        ),
                    )
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
            in_record = True
            wanted = _JSON_BLOCK
            while True:
                try:
                    value, end = decoder.raw_decode(buffer, position)
                except json.JSONDecodeError as error:
                    if _may_be_truncated(error, len(buffer)) and fill(wanted):
                        wanted *= 2  # an element longer than the buffer: read more, retry
                        continue
                    if _ran_out(error, buffer):
                        yield cut_off(number, f"invalid JSON: {error.msg}")
                    else:
                        yield RawRecord(number, RecordError(f"invalid JSON: {error.msg}"))
                    return
                except RecursionError:
                    yield RawRecord(number, RecordError("invalid JSON: nested too deeply"))
                    return
                # A number near the end of the buffer may continue in the next block
                # ("2." then "5": the decoder read 2 and stopped at the point)
                if (
                    isinstance(value, int | float)
                    and end >= len(buffer) - _NUMBER_TAIL
                    and _fill_unless_bad_utf8(fill, wanted)
                ):
                    continue
                break
            position = end
            expect_value = False
            yield RawRecord(number, value)
    except UnicodeDecodeError as error:
        at = number if in_record else number + 1
        line, column = place(len(buffer))  # the good text before the byte ends the buffer
        where = f"line {line}, column {column}"
        yield RawRecord(at, RecordError(not_utf8_reason(error.object, error.start, where)))


class _ObjectText(bytes):
    """The whole text of a ``.json`` file that holds one object (one record): parsed where any
    record's JSON text is (:func:`parse_record`, the fast path of :mod:`fraud.validation`),
    once; only when that fails is it read again, to say why (:func:`_not_one_object`)."""

    __slots__ = ()


def _not_one_object(text: str) -> RecordError | None:
    """The reject of a ``.json`` text that starts with an object and that orjson refused, when
    it is not one whole object: one cut off inside it (a crawl or copy stopped mid-write), or
    several one after the other (``jq '.[]'`` prints them so), said as such and where; None
    when its mistake is inside the object (the decoder's words say it)."""
    try:  # the standard library's words, which _ran_out reads
        json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data":
            return RecordError(
                f"more text follows the record, from line {error.lineno}, column"
                f" {error.colno}: a .json file holds one record or an array of them; give"
                " several records as an array or as JSON lines, one a line (jq -c)"
            )
        if not _ran_out(error, text):
            return None
        stripped = text.rstrip()
        line = stripped.count("\n") + 1
        column = len(stripped) - (stripped.rfind("\n") + 1) + 1
        return RecordError(
            f"the JSON object ends early: the file stops at line {line}, column {column} without"
            " the record's closing '}', so it is probably truncated (a crawl or copy stopped"
            " mid-write)"
        )
    return None


#: How close to the end of the buffer a number must end to be read again with more input: a
#: number cut by a block's end ends within the cut part ("2." "5", "1e" "-5", "-" "1").
_NUMBER_TAIL = 32


def _fill_unless_bad_utf8(fill: Callable[[int], bool], wanted: int) -> bool:
    """``fill(wanted)``, but False at invalid UTF-8 (kept pending: it is the next record's)."""
    try:
        return fill(wanted)
    except UnicodeDecodeError:
        return False


def _may_be_truncated(error: json.JSONDecodeError, buffered: int) -> bool:
    """Whether a decode error may only mean the element continues past the buffer."""
    return error.msg.startswith("Unterminated string") or error.pos >= buffered - 8


# What may follow a decode error's position when the text was only cut short: a literal or
# number begun ("tr", "fals", "-", "1e+" leaves "e+"), a \u escape begun (its "u00"), nothing.
_CUT_TOKEN = re.compile(
    r"\s*(?:t(?:r(?:u)?)?|f(?:a(?:l(?:s)?)?)?|n(?:u(?:l)?)?|[-.]|[eE][-+]?|u[0-9a-fA-F]{0,3})?\s*"
)


def _ran_out(error: json.JSONDecodeError, text: str) -> bool:
    """Whether a decode error at the end of the input means the text stopped mid-element
    (a string never closed, or only the start of a token after the error), not a mistake
    inside it (``[{"a": 1]``: a ``]`` where ``}`` was due)."""
    return error.msg.startswith("Unterminated string") or bool(
        _CUT_TOKEN.fullmatch(text, error.pos)
    )


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


class OutputTarget:
    """A file written under a temporary name in its directory and renamed when complete.

    Until :meth:`commit`, the path keeps whatever it held before (an earlier result is not
    destroyed before the new one exists). :meth:`keep_partial` moves what was written to
    ``<path>.partial`` instead, for a run that was interrupted. Stdout (``-``) is written
    directly, and so is a path that exists but is not a regular file (a named pipe, a device
    such as ``/dev/null``): a file renamed over it would take its place. A symbolic link
    stays: the file it points to is the one replaced, by a temporary file beside it.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.temp: Path | None = None
        self.direct = path == STDIO or exists_not_regular(path)
        if not self.direct:
            # the file a symbolic link points to, so that the rename replaces it, not the link
            self.final = Path(os.path.realpath(path))
            # A compressed output's temporary name ends as the output's does (the writer
            # compresses by the name it writes to).
            keep = self.final.suffix if self.final.suffix.lower() in _OUTPUT_COMPRESSIONS else ""
            self.temp = self.final.with_name(f".{self.final.name}.{os.getpid()}.tmp{keep}")

    @property
    def write_path(self) -> str:
        """Where the writer writes: the temporary file, ``-``, or the path itself."""
        return self.path if self.temp is None else str(self.temp)

    def commit(self) -> None:
        """Move the finished file into place."""
        if self.temp is not None and self.temp.exists():
            os.replace(self.temp, self.final)

    def keep_partial(self) -> Path | None:
        """Move what was written to ``<path>.partial``; returns that path (None if nothing)."""
        if self.temp is None or not self.temp.exists():
            return None
        partial = Path(f"{self.final}.partial")
        os.replace(self.temp, partial)
        return partial

    def discard(self) -> None:
        """Remove the temporary file."""
        if self.temp is not None:
            self.temp.unlink(missing_ok=True)


def exists_not_regular(path: str) -> bool:
    """Whether ``path`` exists (a link followed) and is not a regular file."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


class _GzipOutput(gzip.GzipFile):
    """A gzip file whose header names no file and no time (the temporary name and the clock
    would make every run's bytes differ), closing the file it writes to."""

    def __init__(self, path: str) -> None:
        self._raw = open(path, "wb")  # noqa: SIM115 - closed by close()
        super().__init__(filename="", mode="wb", compresslevel=6, fileobj=self._raw, mtime=0)

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()


def open_binary_output(path: str) -> tuple[IO[bytes], bool]:
    """A binary stream for an output path (stdout for ``-``), gzip-compressed when the name
    ends ``.gz``; and whether the caller owns it (closes it)."""
    if path == STDIO:
        return sys.stdout.buffer, False
    if Path(path).suffix.lower() in _OUTPUT_COMPRESSIONS:
        return _GzipOutput(path), True  # type: ignore[return-value]
    return open(path, "wb"), True


class OutputWriteError(ValueError):
    """A writer could not write its output: the run stops and keeps no ``.partial`` of it.

    A ValueError, so that the command line says it in one line (exit 1), not a traceback.
    """


# Characters an XML 1.0 document, so an .xlsx cell, cannot hold: the C0 controls other than
# tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A cell whose text starts with one of these is read as a formula by Excel, LibreOffice and
# Google Sheets (OWASP, "CSV Injection").
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# ...unless it is a plain number (a spreadsheet reads "-5" as the number -5, nothing more).
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def _escaped_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_unwritable(text: str) -> str:
    """``text`` with each character an .xlsx cell cannot hold written as a visible escape.

    C0 control characters other than tab, line feed and carriage return become ``\\x01`` ...
    ``\\x1f`` (as ``fraud table`` shows them); lone surrogates, U+FFFE and U+FFFF become
    ``\\ud800``, ``\\ufffe``... Everything else is kept as it is.

    >>> escape_unwritable("好看\\x07")
    '好看\\\\x07'
    """
    return _NOT_IN_XML.sub(_escaped_char, text)


def _guard_formula(text: str) -> str:
    """``text`` behind a ``'`` when a spreadsheet would run it as a formula (OWASP advice)."""
    if text.startswith(_FORMULA_TRIGGERS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


class _AbandonOnFailure:
    """A writer that gives its output up after a failed write (anything but an interruption).

    The failure is raised as it is when it is an OSError (the command line words those, and a
    closed pipe stops quietly), else as :class:`OutputWriteError`; :meth:`close` then raises
    too, so :class:`OutputTarget`'s caller keeps no ``.partial`` of a file that is broken.
    Ctrl-C is not a failure: what was written is kept.
    """

    _what = "the output"
    _failed = False

    @contextlib.contextmanager
    def _abandon_on_failure(self, where: str = "") -> Iterator[None]:
        try:
            yield
        except OSError:
            self._give_up()
            raise
        except Exception as error:
            self._give_up()
            raise OutputWriteError(
                f"cannot write {self._what}{where}: {type(error).__name__}: {error}"
            ) from error

    def _give_up(self) -> None:
        self._failed = True

    def _raise_if_failed(self) -> None:
        if self._failed:
            raise OutputWriteError(f"{self._what} was given up after a failed write")


class JsonlRowWriter(_AbandonOnFailure):
    """One JSON object per line (orjson), to a file or stdout. After a failed write the file
    is given up (see :class:`_AbandonOnFailure`): its last line may be cut."""

    def __init__(self, path: str) -> None:
        self._stream, self._owned = open_binary_output(path)
        self._what = "the JSONL output"

    def write(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Append rows."""
        self.write_encoded(
            orjson.dumps(row, default=str, option=orjson.OPT_APPEND_NEWLINE) for row in rows
        )

    def write_encoded(self, lines: Iterable[bytes]) -> None:
        """Append rows already encoded as JSON lines (each ending with a newline)."""
        self._raise_if_failed()
        data = b"".join(lines)
        with self._abandon_on_failure():
            self._stream.write(data)

    def close(self) -> None:
        """Flush, and close the file unless it is stdout."""
        if self._failed:
            with contextlib.suppress(Exception):
                if self._owned:
                    self._stream.close()
            self._raise_if_failed()
        with self._abandon_on_failure():
            self._stream.flush()
            if self._owned:
                self._stream.close()


class CsvRowWriter(_AbandonOnFailure):
    """Flattened rows as CSV; the header is fixed by ``columns`` or by the first rows written.

    A field that first appears after the header was written is dropped, with one warning on
    stderr naming it: CSV cannot grow a column mid-file.

    By default the values are written exactly as they are, in UTF-8 without a byte-order
    mark: what programs reading the file expect. ``excel=True`` (``--output-format
    excel-csv``) writes for a spreadsheet instead: a UTF-8 byte-order mark (without it Excel
    on a Chinese Windows reads the file as GBK) and a ``'`` before any text (a value or a
    column name) that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return and
    is not a plain number, so that no cell becomes a formula. A lone surrogate, which has no
    UTF-8 form, is written as ``\\ud800``. After a failed write the file is given up (see
    :class:`_AbandonOnFailure`).
    """

    def __init__(
        self, path: str, columns: Sequence[str] | None = None, *, excel: bool = False
    ) -> None:
        binary, self._owned = open_binary_output(path)
        self._binary = binary
        self._text = io.TextIOWrapper(
            binary,
            encoding="utf-8-sig" if excel else "utf-8",
            errors="backslashreplace",
            newline="",
            write_through=True,
        )
        self._excel = excel
        self._what = "the CSV output"
        self._columns: list[str] | None = list(columns) if columns else None
        self._writer: csv.DictWriter[str] | None = None
        self._warned: set[str] = set()

    def _cell(self, value: Any) -> Any:
        return _guard_formula(value) if self._excel and isinstance(value, str) else value

    def _write_header(self, columns: list[str]) -> csv.DictWriter[str]:
        writer = csv.DictWriter(self._text, fieldnames=columns, extrasaction="ignore")
        writer.writerow({column: self._cell(column) for column in columns})
        return writer

    def write(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Append rows."""
        self._raise_if_failed()
        flat_rows = [flatten_row(row) for row in rows]
        if not flat_rows:
            return
        with self._abandon_on_failure():
            if self._writer is None:
                columns = self._columns or _union_of_keys(flat_rows)
                self._columns = columns
                self._writer = self._write_header(columns)
            _warn_extra(flat_rows, set(self._columns or ()), self._warned, "CSV output", "header")
            if self._excel:
                flat_rows = [
                    {key: self._cell(value) for key, value in row.items()} for row in flat_rows
                ]
            self._writer.writerows(flat_rows)

    def close(self) -> None:
        """Flush, and close the file unless it is stdout."""
        if self._failed:
            with contextlib.suppress(Exception):
                self._text.close() if self._owned else self._text.detach()
            self._raise_if_failed()
        with self._abandon_on_failure():
            if self._writer is None and self._columns:
                self._writer = self._write_header(self._columns)
            self._text.flush()
            if self._owned:
                self._text.close()
            else:
                self._text.detach()


def _warn_extra(
    rows: Sequence[Mapping[str, Any]], known: set[str], warned: set[str], what: str, where: str
) -> None:
    for row in rows:
        extra = set(row) - known - warned
        if extra:
            warned |= extra
            print(
                f"warning: {what} drops field(s) not in its {where}: {sorted(extra)}",
                file=sys.stderr,
            )


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
        _warn_extra(flat_rows, set(self._schema.names), self._warned, "Parquet output", "schema")
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


XLSX_MAX_ROWS = 1_048_575  # Excel's sheet limit, less the header row
XLSX_MAX_CELL_CHARS = 32_767  # Excel's limit on the text of one cell
# Texts openpyxl would not write as text ("=..." a formula, "#N/A" an error code), or that
# start like a formula: these are written as explicit text cells.
_TYPED_BY_OPENPYXL = (*_FORMULA_TRIGGERS, "#")


#: The time an Excel output says it was made and each of its parts was written: a fixed one,
#: so that the same rows give the same bytes (openpyxl would write the time of the run)
XLSX_TIME = datetime(2000, 1, 1)


class _SteadyZip(zipfile.ZipFile):
    """A zip archive whose entries carry :data:`XLSX_TIME` and fixed permissions instead of
    the time of writing and a temporary file's mode (openpyxl writes through one)."""

    def _entry(self, name: str) -> zipfile.ZipInfo:
        entry = zipfile.ZipInfo(name, date_time=XLSX_TIME.timetuple()[:6])
        entry.compress_type = self.compression
        entry.external_attr = 0o600 << 16
        return entry

    def writestr(self, zinfo_or_arcname: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = self._entry(zinfo_or_arcname)
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        name = str(arcname if arcname is not None else filename)
        with (
            open(filename, "rb") as source,
            self.open(self._entry(name), "w", force_zip64=True) as sink,
        ):
            shutil.copyfileobj(source, sink, 1 << 20)


class XlsxRowWriter(_AbandonOnFailure):
    """Flattened rows as one Excel sheet (openpyxl, streamed: memory stays flat).

    Columns are ``columns`` if given, else the keys of the first rows; an Excel sheet holds
    at most :data:`XLSX_MAX_ROWS` rows, so a larger output is refused when it gets there.

    Text from the input is never a formula: every string (column names too) is written as a
    text cell, shown exactly as it is (``=1+1``, ``=HYPERLINK(...)``, ``#N/A`` stay text),
    and one that starts like a formula also gets Excel's quote prefix, so that it stays text
    when the cell is edited. Numbers, booleans and dates stay typed; NaN, which Excel cannot
    hold, is an empty cell and infinity the text ``inf`` / ``-inf``. Characters an .xlsx
    cannot hold are written as visible escapes (:func:`escape_unwritable`); a text longer than
    Excel's :data:`XLSX_MAX_CELL_CHARS` is cut there, with one warning per column on stderr.
    After a failed write nothing is saved (see :class:`_AbandonOnFailure`). The same rows give
    the same bytes: the workbook and its parts carry :data:`XLSX_TIME`, not the time of the run.
    """

    def __init__(self, path: str, columns: Sequence[str] | None = None) -> None:
        if path == STDIO:
            raise ValueError("Excel cannot be written to stdout; pass a file path")
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell

        self._path = path
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet("scores")
        self._new_cell = WriteOnlyCell
        self._what = "the Excel output"
        self._columns: list[str] | None = list(columns) if columns else None
        self._header_written = False
        self._rows = 0
        self._warned: set[str] = set()
        self._warned_long: set[str] = set()

    def _text_cell(self, column: str, text: str) -> Any:
        shown = escape_unwritable(text)
        if len(shown) > XLSX_MAX_CELL_CHARS and column not in self._warned_long:
            self._warned_long.add(column)
            print(
                f"warning: Excel output: a text in column {column!r} has {len(shown):,}"
                f" characters; a cell holds {XLSX_MAX_CELL_CHARS:,}, so it is cut there"
                " (CSV, Parquet and JSON lines keep it whole)",
                file=sys.stderr,
            )
        if not shown.startswith(_TYPED_BY_OPENPYXL):
            return shown  # openpyxl writes it as text itself (and faster)
        cell = self._new_cell(self._sheet, value=shown)
        cell.data_type = "s"  # openpyxl would make "=..." a formula and "#N/A" an error
        if shown.startswith(_FORMULA_TRIGGERS):
            cell.quotePrefix = True
        return cell

    def _give_up(self) -> None:
        """Close openpyxl's half-written sheet and remove its temporary file, quietly.

        Left open, the sheet's row generator would complain when it is collected, and its
        temporary file would stay until the process ends.
        """
        self._failed = True
        rows = getattr(self._sheet, "_rows", None)  # openpyxl's own state: no public handle
        writer = getattr(self._sheet, "_writer", None)
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()
        with contextlib.suppress(Exception):
            if writer is not None:
                writer.close()
                writer.cleanup()

    def _cell(self, column: str, value: Any) -> Any:
        if isinstance(value, str):
            return self._text_cell(column, value)
        if value is None or isinstance(value, bool | int | date | time | timedelta):
            if isinstance(value, datetime) and value.tzinfo is not None:
                return self._text_cell(column, value.isoformat())  # Excel has no time zones
            return value
        if isinstance(value, float | Decimal):
            if math.isfinite(value):
                return value
            return (
                None
                if math.isnan(value)
                else self._text_cell(column, "inf" if value > 0 else "-inf")
            )
        return self._text_cell(column, str(value))

    def _header(self, rows: Sequence[Mapping[str, Any]]) -> list[str]:
        if self._columns is None:
            self._columns = _union_of_keys(rows)
        if not self._header_written:
            with self._abandon_on_failure(" (its header)"):
                self._sheet.append([self._text_cell(column, column) for column in self._columns])
            self._header_written = True
        return self._columns

    def write(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Append rows."""
        self._raise_if_failed()
        flat_rows = [flatten_row(row) for row in rows]
        if not flat_rows:
            return
        columns = self._header(flat_rows)
        _warn_extra(flat_rows, set(columns), self._warned, "Excel output", "header")
        if self._rows + len(flat_rows) > XLSX_MAX_ROWS:
            raise ValueError(
                f"an Excel sheet holds at most {XLSX_MAX_ROWS:,} rows; write .csv or .parquet"
            )
        for row in flat_rows:
            with self._abandon_on_failure(f" (row {self._rows + 1})"):
                self._sheet.append([self._cell(column, row.get(column)) for column in columns])
            self._rows += 1

    def close(self) -> None:
        """Write the workbook (nothing, and an error, after a failed write)."""
        self._raise_if_failed()
        with self._abandon_on_failure():
            if not self._header_written and self._columns:
                self._header([])
            from openpyxl.writer.excel import ExcelWriter

            properties = self._book.properties
            properties.created = properties.modified = XLSX_TIME
            archive = _SteadyZip(self._path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
            try:  # what Workbook.save does, at a fixed time
                ExcelWriter(self._book, archive).save()
            except BaseException:
                with contextlib.suppress(Exception):
                    archive.close()
                raise


def open_row_writer(
    path: str,
    fmt: OutputFormat | None = None,
    *,
    columns: Sequence[str] | None = None,
    parquet_schema: Any | None = None,
) -> RowWriter:
    """A writer for ``path`` (``-`` = stdout) in ``fmt`` (default: from the extension)."""
    kind = fmt or detect_output_format(path)
    if kind in ("csv", "excel-csv"):
        return CsvRowWriter(path, columns, excel=kind == "excel-csv")
    if kind == "parquet":
        return ParquetRowWriter(path, parquet_schema)
    if kind == "xlsx":
        return XlsxRowWriter(path, columns)
    return JsonlRowWriter(path)


class RejectsWriter:
    """Rows ``{"line": n, "error": "...", "input": "..."}``, written under a temporary name.

    :meth:`close` puts the file in place when there were rejects, and removes a rejects file
    left at the same path by an earlier run when there were none, so the file on disk always
    belongs to the latest complete run. Only a file that is recognisably such a rejects file
    (every line one of these rows) is removed; any other file at that path is left untouched.
    :meth:`close_partial` keeps what an interrupted run rejected in ``<path>.partial``.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self._target = OutputTarget(str(path))
        self._stream: IO[bytes] | None = None

    def write(self, number: int, error: str, preview: str) -> None:
        """Record one rejected input record."""
        if self._stream is None:
            self._stream = open(self._target.write_path, "wb")  # noqa: SIM115 - closed in close()
        row = {"line": number, "error": error, "input": preview[:REJECT_INPUT_CHARS]}
        self._stream.write(orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE))
        self.count += 1

    def _close_stream(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def close(self) -> None:
        """Finish: the rejects file in place, or no stale one left behind."""
        self._close_stream()
        if self.count:
            self._target.commit()
        elif self.path.is_file() and _is_rejects_file(self.path):
            self.path.unlink()

    def close_partial(self) -> Path | None:
        """Finish an interrupted run: its rejects so far go to ``<path>.partial``."""
        self._close_stream()
        return self._target.keep_partial()


_REJECTS_FIELDS = frozenset({"line", "error", "input"})


def _is_rejects_file(path: Path) -> bool:
    """True when every line of ``path`` is a rejects row (as :class:`RejectsWriter` writes)."""
    rows = 0
    try:
        with open(path, "rb") as handle:
            for line in handle:
                if not line.strip():
                    continue
                row = orjson.loads(line)
                if not (
                    isinstance(row, dict)
                    and row.keys() == _REJECTS_FIELDS
                    and isinstance(row["line"], int)
                    and isinstance(row["error"], str)
                    and isinstance(row["input"], str)
                ):
                    return False
                rows += 1
    except (OSError, orjson.JSONDecodeError):
        return False
    return rows > 0
