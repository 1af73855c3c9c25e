"""What every importer yields: profiles, posts, comments and dated counts, each with the file
and line it came from, or a reject saying why a row could not be used."""

from __future__ import annotations

import codecs
import csv
import io
import lzma
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import orjson

from fraud.io import DECOMPRESSION_ERRORS, RecordError, open_input, plain_name, read_records

__all__ = [
    "MAX_XLSX_PART_BYTES",
    "MAX_XLSX_RATIO",
    "MAX_XLSX_SHARED_STRINGS_BYTES",
    "SHEET_ERRORS",
    "WORKBOOK_ERRORS",
    "Blank",
    "CommentItem",
    "Item",
    "JsonElementLines",
    "Note",
    "PostItem",
    "ProfileItem",
    "ReadItem",
    "Reject",
    "SnapshotItem",
    "Where",
    "csv_encoding",
    "csv_lines",
    "file_time",
    "iter_csv_rows",
    "iter_rows",
    "open_workbook",
    "post_fields",
    "read_json_file",
    "read_json_or_reject",
]


@dataclass(frozen=True, slots=True)
class Where:
    """The file and line (or element number, for JSON arrays) of one input row; ``element``:
    the row's number inside a list of a JSON document whose ``line`` is known (a yt-dlp
    ``.info.json``'s ``comments``)."""

    file: str
    line: int
    element: int | None = None


@dataclass(slots=True)
class ProfileItem:
    """A creator's profile counts as one export saw them."""

    platform: str
    key: str
    where: Where
    handle: str | None = None
    followers: int | None = None
    following: int | None = None
    posts: int | None = None
    verified: bool | None = None
    bio: str | None = None
    as_of: datetime | None = None


@dataclass(slots=True)
class PostItem:
    """One post; ``post`` holds the contract's Post fields (times as ISO strings)."""

    platform: str
    key: str
    post_id: str
    post: dict[str, Any]
    where: Where
    handle: str | None = None
    as_of: datetime | None = None
    author: ProfileItem | None = None  # the author's counts, when the post row carries them
    # other names the author goes by that are unique to the account (Douyin's 抖音号, TikTok's
    # @username): rows keyed by one (a --history or --profiles row) join this creator, while
    # its record's handle stays ``handle``
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class CommentItem:
    """One comment under the post ``post_id``; ``from_creator`` when the export says so."""

    platform: str
    post_id: str
    text: str
    where: Where
    comment_id: str | None = None
    author: str | None = None
    parent_id: str | None = None
    posted_at: datetime | None = None
    likes: int | None = None
    from_creator: bool | None = None
    as_of: datetime | None = None


@dataclass(slots=True)
class SnapshotItem:
    """A dated follower count for the creator ``key`` (or ``handle``)."""

    platform: str
    date: date
    followers: int
    where: Where
    key: str | None = None
    handle: str | None = None
    following: int | None = None
    posts: int | None = None


@dataclass(slots=True)
class Reject:
    """A row that could not be used, and why."""

    where: Where
    reason: str
    preview: str = field(default="")


@dataclass(frozen=True, slots=True)
class Note:
    """Something a reader passed over on purpose (not a row, not a reject), for the import's
    notes; :func:`fraud.importers.import_items` takes these out before assembly."""

    text: str


Item = ProfileItem | PostItem | CommentItem | SnapshotItem | Reject
ReadItem = Item | Note  # what a reader yields: items, and notes of files passed over


def post_fields(
    post_id: str, posted_at: datetime, likes: int, comments: int, fmt: str, views: int | None
) -> dict[str, Any]:
    """A :class:`PostItem`'s ``post``: the contract's Post fields, ``views`` only when known."""
    post: dict[str, Any] = {
        "post_id": post_id,
        "posted_at": posted_at.isoformat(),
        "likes": likes,
        "comments": comments,
        "format": fmt,
    }
    if views is not None:
        post["views"] = views
    return post


def _preview(value: Any) -> str:
    try:
        return orjson.dumps(value, default=str).decode("utf-8")[:500]
    except TypeError:
        return repr(value)[:500]


@dataclass(frozen=True, slots=True)
class Blank:
    """Empty lines of a CSV file before a record (``where``: the first of them), as
    :func:`iter_rows` gives them when asked (``blanks=True``)."""

    where: Where


def iter_rows(
    path: Path, *, encoding: str | None = None, skip_lines: int = 0
) -> Iterator[tuple[Where, dict[str, Any] | Reject]]:
    """The rows of one JSON-array, JSONL or CSV file, streamed, each with its place.

    A JSON array element's number is its position; JSONL and CSV rows carry the line number an
    editor shows (CSV counting its header as line 1). The format is the name's without a
    compression suffix (``x.json.gz`` is a JSON array, ``x.csv.gz`` a CSV), as ``fraud score``
    reads it. A file that cannot be read at all (UTF-16 text, a compression not read, ``.gz``
    bytes that are not gzip) is one reject at its line 1, so the other files are still read.

    A CSV file is read as UTF-8 (a byte-order mark dropped) unless ``encoding`` names another
    (:func:`csv_encoding`), its header being the record on line ``skip_lines + 1`` (the
    lines above it, a title an export writes, are not read).
    """
    for where, row in _rows(path, encoding, skip_lines, blanks=False):
        if not isinstance(row, Blank):
            yield where, row


def iter_csv_rows(
    path: Path, *, encoding: str | None = None, skip_lines: int = 0
) -> Iterator[tuple[Where, dict[str, Any] | Reject | Blank]]:
    """The rows of the CSV file ``path`` as :func:`iter_rows` gives them, and a
    :class:`Blank` before a record that empty lines come before (where one table of an
    export that writes several ends)."""
    yield from _rows(path, encoding, skip_lines, blanks=True)


def _rows(
    path: Path, encoding: str | None, skip_lines: int, blanks: bool
) -> Iterator[tuple[Where, dict[str, Any] | Reject | Blank]]:
    name = str(path)
    suffix = Path(plain_name(name)).suffix.lower()
    rows: Iterator[tuple[Where, dict[str, Any] | Reject | Blank]] = (
        _iter_csv(path, encoding or "utf-8-sig", skip_lines, blanks)
        if suffix == ".csv"
        else _iter_json(path, suffix)
    )
    try:
        first = next(rows, None)
    except (OSError, ValueError) as error:  # raised on opening, before any row
        where = Where(name, 1)
        yield where, Reject(where, f"file not read: {_without_name(str(error), name)}")
        return
    if first is not None:
        yield first
        yield from rows


def _without_name(message: str, name: str) -> str:
    """``message`` without a leading ``NAME: ``: the reject names the file already."""
    return message.removeprefix(f"{name}: ")


def _iter_json(path: Path, suffix: str) -> Iterator[tuple[Where, dict[str, Any] | Reject]]:
    fmt = "json" if suffix == ".json" else "jsonl"
    for number, parsed in read_records(path, fmt):  # type: ignore[arg-type]
        where = Where(str(path), number)
        if isinstance(parsed, RecordError):
            yield where, Reject(where, parsed.reason(number))
        else:
            yield where, parsed


_NOT_UTF8 = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of an undecodable byte


class _Lines:
    """The lines of a CSV file as the csv module reads them, noting the first non-blank line
    of the record being read (``first``; the csv module's ``line_num`` is its last)."""

    def __init__(self, handle: Iterator[str]) -> None:
        self.handle = handle
        self.number = 0
        self.first: int | None = None
        self.record: list[str] = []  # the lines of the record being read, as in the file

    def start_record(self) -> None:
        """Before the csv module reads the next record."""
        self.first = None
        self.record = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = next(self.handle)
        self.number += 1
        self.record.append(line)
        if self.first is None and line not in ("\n", "\r\n", "\r"):
            self.first = self.number
        return line


@contextmanager
def csv_lines(path: Path, encoding: str, errors: str) -> Iterator[_Lines]:
    """The lines of a CSV file (decompressed: :func:`fraud.io.open_input`, which refuses
    UTF-16 text with a ValueError) as the csv module reads them, counted."""
    with (
        open_input(path) as (stream, _),
        io.TextIOWrapper(stream, encoding=encoding, errors=errors, newline="") as handle,
    ):
        yield _Lines(handle)


def _iter_csv(
    path: Path, encoding: str = "utf-8-sig", skip_lines: int = 0, blanks: bool = False
) -> Iterator[tuple[Where, dict[str, Any] | Reject | Blank]]:
    """CSV rows; a row with a byte that is not UTF-8 or a cell the csv module refuses (over
    its field size limit) is a reject for that row, and the rest of the file is read.

    A row with fewer cells than the header is whole (spreadsheets leave trailing empty cells
    out; the missing cells are empty). The file's last record is rejected when it is the
    file's cut-off end: a quote left open (it ran to the end, taking the lines after it into
    one cell), or fewer cells than the header and no final line break (a crawl or copy killed
    mid-write: 47900 cut to 47). A cut inside the last cell of a row that has all its cells
    cannot be told from a file that merely lacks a final line break, and is read as it is."""
    last: tuple[Where, dict[str, Any] | Reject, str] | None = None  # held until the next
    for row in _csv_rows(path, encoding, skip_lines):
        if last is not None:
            yield last[0], last[1]
            last = None
        if isinstance(row, Blank):
            if blanks:
                yield row.where, row
            continue
        last = row
    if last is None:
        return
    where, item, text = last
    if isinstance(item, dict):
        cells = [v for v in item.values() if isinstance(v, str)]
        if _quote_left_open(text):
            reason = "CSV quote left open to the end of the file: the row is cut off"
            yield where, Reject(where, reason, _cells_preview(cells))
            return
        if None in item.values() and not text.endswith(("\n", "\r")):
            reason = f"CSV row has {len(cells)} of the header's {len(item)} cells: cut off?"
            yield where, Reject(where, reason, _cells_preview(cells))
            return
    yield where, item


def _csv_rows(
    path: Path, encoding: str = "utf-8-sig", skip_lines: int = 0
) -> Iterator[tuple[Where, dict[str, Any] | Reject, str] | Blank]:
    """The rows of :func:`_iter_csv`, short ones as they are (missing cells None), each with
    its record's text as in the file, and a :class:`Blank` before a record that empty lines
    come before; the header is read after ``skip_lines`` lines."""
    name = str(path)
    # MediaCrawler writes CSV with a UTF-8 byte order mark (encoding="utf-8-sig"); open_input
    # decompresses a .csv.gz and refuses UTF-16 text (ValueError, before any row).
    with csv_lines(path, encoding, "surrogateescape") as lines:
        for _ in range(skip_lines):
            if next(lines, None) is None:
                return
        reader = csv.DictReader(lines)
        failed_at = -1
        while True:
            try:
                if reader.fieldnames is None:  # the header: read before a record's first line
                    return
                lines.start_record()
                row = next(reader)
            except StopIteration:
                return
            except DECOMPRESSION_ERRORS as error:  # a .csv.gz cut short or damaged
                where = Where(name, max(lines.number, 1))
                reason = (
                    f"corrupt or truncated compressed data after line {lines.number} ({error});"
                    " the rest of the file cannot be read"
                )
                yield where, Reject(where, reason), ""
                return
            except csv.Error as error:
                line = reader.reader.line_num  # DictReader.line_num is updated on success only
                where = Where(name, line)
                if line == failed_at:  # no progress: give up on the file, named
                    yield where, Reject(where, f"{name}: CSV cannot be read further: {error}"), ""
                    return
                failed_at = line
                yield where, Reject(where, f"CSV row cannot be read: {error}"), ""
                continue
            # A record whose quoted cells span lines is placed at its first line.
            where = Where(name, lines.first or reader.line_num)
            start = lines.number - len(lines.record) + 1  # the empty lines skipped come first
            if lines.first is not None and lines.first > start:
                yield Blank(Where(name, start))
            if None in row:  # more cells than header columns
                cells = [v for v in row.values() if isinstance(v, str)]
                cells += [str(v) for v in row[None]]  # the cells past the header's
                reason = "CSV row has more cells than the header"
                yield where, Reject(where, reason, _cells_preview(cells)), ""
                continue
            values = [v for v in row.values() if isinstance(v, str)]
            if any(_NOT_UTF8.search(cell) for cell in (*row.keys(), *values)):
                reason = _not_utf8_reason([*row.keys(), *values])
                yield where, Reject(where, reason, _cells_preview(values)), ""
                continue
            yield where, dict(row), "".join(lines.record)


def csv_encoding(path: Path) -> str | None:
    """``"gb18030"`` when the text of ``path`` (decompressed) is not UTF-8 but is GB18030
    throughout (GBK is a subset: what Excel writes when a CSV is saved on a Chinese Windows);
    else None, the file then read as UTF-8 (its bytes that are not UTF-8 rejecting their
    rows). Two streamed passes at most; a file that cannot be opened is None (reading it
    says why)."""
    try:
        if _decodes(path, "utf-8"):
            return None
        return "gb18030" if _decodes(path, "gb18030") else None
    except (OSError, ValueError, *DECOMPRESSION_ERRORS):
        return None


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        for chunk in _chunks(path):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _not_utf8_reason(cells: list[str]) -> str:
    """Why a CSV row with bytes that are not UTF-8 is rejected, saying when its bytes read as
    GBK: what Excel writes when a CSV is saved on a Chinese Windows (every row of the file
    is then rejected, and saving it as "CSV UTF-8" is the fix)."""
    raw = ",".join(cells).encode("utf-8", "surrogateescape")
    try:
        raw.decode("gb18030")
    except UnicodeDecodeError:
        return "CSV row is not UTF-8 text"
    return (
        "CSV row is not UTF-8 text: it reads as GBK, as Excel saves a CSV on a Chinese"
        ' Windows; save the file as "CSV UTF-8" and import it again'
    )


def _cells_preview(cells: list[str]) -> str:
    """A reject's ``input`` for a CSV row: its cells joined, undecodable bytes replaced."""
    shown = ",".join(cells).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return shown[:500]


def _quote_left_open(text: str) -> bool:
    """Whether a CSV record's text ran on inside a quoted cell: read strictly, its data ends
    inside a quote, or a record of several lines has text after a quote that closed (a later
    quote ended a runaway cell). Text after a closed quote on one line (``"5" screen``) is
    read as the csv module reads it anywhere in a file."""
    try:
        for _ in csv.reader(io.StringIO(text), strict=True):
            pass
    except csv.Error as error:
        message = str(error)
        several_lines = any(mark in text.rstrip("\r\n") for mark in ("\n", "\r"))
        return "unexpected end of data" in message or (
            several_lines and "expected after" in message
        )
    return False


MAX_JSON_XZ_BYTES = 256 * 1024 * 1024  # decompressed; a bigger document is refused, not read

# --- Excel workbooks ---------------------------------------------------------------------

#: What opening a file that is not a readable workbook raises (openpyxl, zipfile; a workbook
#: refused by :func:`open_workbook`'s limits is a ValueError).
WORKBOOK_ERRORS = (OSError, ValueError, KeyError, zipfile.BadZipFile)
#: What reading a damaged sheet raises: the XML cut or corrupt (ElementTree's ParseError is a
#: SyntaxError), the zip member's data corrupt (zlib.error, a CRC error, EOFError).
SHEET_ERRORS = (*WORKBOOK_ERRORS, SyntaxError, EOFError, zlib.error)

#: The most a part of a workbook (a sheet) may decompress to: the limit of a ``.json.xz``.
MAX_XLSX_PART_BYTES = MAX_JSON_XZ_BYTES
#: The most a workbook's shared-strings table may decompress to. openpyxl holds the whole table
#: in memory even when it streams the sheets: 32 MB of XML took 50 MB of memory as 40-character
#: Chinese texts, 210 MB as 7-digit counts written as text, 270 MB as 2-letter strings (1.6,
#: 6.5 and 8.5 times its size; at the 256 MB of other parts, some 2.2 GB). A follower-trend
#: sheet as long as Excel allows (1,045,000 rows: 5,000 creators x 209 days) with every count
#: written as text has 21 MB of shared strings (197 MB of memory to open); with the counts
#: as numbers, 0.4 MB. 64 MB is 3 times the first: some 600 MB of memory at most.
MAX_XLSX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024
#: The most a part (over :data:`_RATIO_FROM` bytes) may decompress to, times its compressed
#: size (Apache POI's zip-bomb limit; the parts of spreadsheets written by openpyxl and Excel
#: are some 3 to 15 times their compressed size). A crafted ``sharedStrings.xml`` of 136 KB
#: that made 54 MB of XML took 478 MB of memory and 22 s of CPU to open.
MAX_XLSX_RATIO = 100
_RATIO_FROM = 1 << 20  # smaller parts cost little however they compress


def open_workbook(path: Path, *, data_only: bool = False) -> Any:
    """``path`` opened by openpyxl to be streamed (read-only), after its zip is checked: a
    part that decompresses to more than :data:`MAX_XLSX_PART_BYTES`, or to more than
    :data:`MAX_XLSX_RATIO` times its size in the file, is refused (ValueError saying so)
    before openpyxl reads any of it. Raises one of :data:`WORKBOOK_ERRORS`."""
    _check_workbook(path)
    import openpyxl  # (imported here: only workbook imports pay for it)

    return openpyxl.load_workbook(path, read_only=True, data_only=data_only)


def _check_workbook(path: Path) -> None:
    """Raise ValueError when a part of the workbook ``path`` is too big to be read (zipfile
    reads no more of a member than the size its directory gives, which is checked here).
    Every part is checked: openpyxl finds the shared strings by the workbook's content
    types, which may name any part; the parts it reads whole (those content types, the
    shared strings) have the lower limit :data:`MAX_XLSX_SHARED_STRINGS_BYTES`."""
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            size, packed = info.file_size, info.compress_size
            if size > MAX_XLSX_PART_BYTES:
                raise ValueError(
                    f"its part {info.filename} decompresses to {size / 2**20:,.0f} MB, more"
                    f" than the {MAX_XLSX_PART_BYTES >> 20} MB read of one part; not read"
                )
            if size > _RATIO_FROM and size > MAX_XLSX_RATIO * packed:
                raise ValueError(
                    f"its part {info.filename} decompresses to {size / 2**20:,.1f} MB from"
                    f" {packed / 1024:,.0f} KB, {size / max(packed, 1):,.0f} times its size in"
                    f" the file (a zip bomb?; more than {MAX_XLSX_RATIO} times is not read)"
                )
        for info in _read_whole(archive):
            if info.file_size > MAX_XLSX_SHARED_STRINGS_BYTES:
                what = "shared strings" if info.filename != _CONTENT_TYPES else "content types"
                raise ValueError(
                    f"its {what} ({info.filename}) decompress to"
                    f" {info.file_size / 2**20:,.0f} MB, more than the"
                    f" {MAX_XLSX_SHARED_STRINGS_BYTES >> 20} MB read: they are held in memory"
                    " whole, at 2 to 9 times their size; not read (a CSV of the same rows is"
                    " read as it streams)"
                )


_CONTENT_TYPES = "[Content_Types].xml"


def _read_whole(archive: zipfile.ZipFile) -> Iterator[zipfile.ZipInfo]:
    """The parts of a workbook openpyxl holds in memory whole, of a size that grows with its
    rows: its content types, then the part they declare the shared strings (openpyxl reads
    the first they declare, of any name); content types over the limit are not parsed, nor
    ones that cannot be (openpyxl then refuses the file itself)."""
    from openpyxl.packaging.manifest import Manifest
    from openpyxl.xml.constants import SHARED_STRINGS
    from openpyxl.xml.functions import fromstring

    try:
        types = archive.getinfo(_CONTENT_TYPES)
    except KeyError:
        return
    yield types
    try:
        part = Manifest.from_tree(fromstring(archive.read(types))).find(SHARED_STRINGS)
        strings = archive.getinfo(part.PartName[1:]) if part is not None else None
    except (TypeError, *SHEET_ERRORS):
        return
    if strings is not None:
        yield strings


def read_json_file(path: Path) -> Any:
    """One whole JSON document (``.json`` or ``.json.xz``), as Instaloader and yt-dlp write.

    Raises ValueError (naming the file) for a corrupt or truncated ``.xz`` or one that
    decompresses to more than :data:`MAX_JSON_XZ_BYTES`."""
    return orjson.loads(read_json_bytes(path))


def read_json_or_reject(path: Path, where: Where, expected: type, what: str) -> Any:
    """The JSON document of ``path`` (:func:`read_json_file`) when it is an ``expected``
    (``dict``, ``list``), else a :class:`Reject` at ``where``: "not readable JSON", or
    "expected ``what``" with a preview of what the file holds."""
    try:
        document = read_json_file(path)
    except (OSError, ValueError) as error:
        return Reject(where, f"not readable JSON: {error}")
    if not isinstance(document, expected):
        return reject_row(where, f"expected {what}", document)
    return document


def read_json_bytes(path: Path) -> bytes:
    """The JSON text of ``path``, decompressed when it is a ``.xz`` file (the errors of
    :func:`read_json_file`), without a leading UTF-8 byte-order mark (which Windows tools
    write, and JSON arrays, JSONL and CSV files may have too)."""
    return _without_bom(_json_bytes(path))


def _without_bom(data: bytes) -> bytes:
    return data[3:] if data.startswith(b"\xef\xbb\xbf") else data


def _json_bytes(path: Path) -> bytes:
    if path.name.endswith(".xz"):
        try:
            with lzma.open(path, "rb") as handle:
                data = handle.read(MAX_JSON_XZ_BYTES + 1)
        except (lzma.LZMAError, EOFError) as error:
            raise ValueError(f"{path.name}: corrupt or truncated .xz file ({error})") from error
        if len(data) > MAX_JSON_XZ_BYTES:
            raise ValueError(
                f"{path.name}: decompresses to more than {MAX_JSON_XZ_BYTES >> 20} MB; not read"
            )
        return data
    return path.read_bytes()


# One token of a JSON text line: a string (unterminated ones to the line's end), a bracket,
# or a run of other characters (numbers, literals). Valid JSON has no newline inside a string.
# The string is "unrolled" (runs of plain bytes, then one escape and its run): a per-byte
# alternation took seconds on a 10M-character comment.
_JSON_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]|[^\s,\[\]{}":]+')


def _element_starts(path: Path) -> Iterator[int]:
    """The line each element of the top-level JSON array in ``path`` starts on, in order;
    nothing when the file is not a JSON array. One line in memory at a time (a ``.gz``,
    ``.bz2`` or ``.zst`` file's lines decompressed as they are read)."""
    with open_input(path) as (stream, _):
        yield from _element_starts_in(stream)


def _element_starts_in(lines: Iterable[bytes]) -> Iterator[int]:
    """:func:`_element_starts` over the lines of a JSON text (bytes, newlines kept)."""
    depth = 0
    begun = False
    for number, line in enumerate(lines, start=1):
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        for match in _JSON_TOKEN.finditer(line):
            token = match.group()[:1]
            if depth == 0:
                if token != b"[" or begun:  # not an array, or text after its end
                    return
                depth, begun = 1, True
                continue
            if depth == 1 and token != b"]":
                yield number
            if token in (b"[", b"{"):
                depth += 1
            elif token in (b"]", b"}"):
                depth -= 1


def _line_count(chunks: Iterable[bytes]) -> int:
    """The number of lines of a text given in chunks (its last line need not end with a
    newline; 1 for an empty text)."""
    newlines, last = 0, b""
    for chunk in chunks:
        newlines += chunk.count(b"\n")
        last = chunk[-1:] or last
    return max(1, newlines + (1 if last not in (b"", b"\n") else 0))


def _chunks(path: Path) -> Iterator[bytes]:
    with open_input(path) as (handle, _):
        while chunk := handle.read(1 << 20):
            yield chunk


class JsonElementLines:
    """Where the elements of a JSON array file start, found by scanning only as far as asked:
    readers number JSON-array elements (:func:`iter_rows`, the Instaloader comment lists), and
    a reject is better placed at the line an editor opens. A compressed file is placed in its
    decompressed text (what ``xzcat`` or ``zcat`` shows): a ``.xz`` one read once, when it has
    a reject, a ``.gz``, ``.bz2`` or ``.zst`` one streamed as a plain file is. :meth:`close`
    ends the scan."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._text: bytes | None = None  # a .xz file's decompressed text, once read
        self._scan: Iterator[int] | None = None
        self._scanned = False  # the scan was started (it may have ended since)
        self._starts: list[int] = []
        self._last_line: int | None = None
        self._is_array: bool | None = None

    def _decompressed(self) -> bytes:
        if self._text is None:
            try:
                self._text = read_json_bytes(self._path)
            except (OSError, ValueError):
                self._text = b""
        return self._text

    def is_array(self) -> bool:
        """Whether the file's first JSON token (after a BOM and blanks) opens an array."""
        if self._is_array is None:
            self._is_array = False
            try:
                if self._path.name.endswith(".xz"):
                    head = self._decompressed().removeprefix(b"\xef\xbb\xbf")
                else:
                    with open_input(self._path) as (handle, _):
                        head = handle.read(1 << 16).removeprefix(b"\xef\xbb\xbf")
                        while head and not head.strip():
                            head = handle.read(1 << 16)
                self._is_array = head.lstrip()[:1] == b"["
            except (ValueError, *DECOMPRESSION_ERRORS):
                pass
        return self._is_array

    def last_line(self) -> int:
        """The file's last line (1 for an empty or unreadable file)."""
        if self._last_line is None:
            self._last_line = 1
            try:
                if self._path.name.endswith(".xz"):
                    self._last_line = _line_count([self._decompressed()])
                else:
                    self._last_line = _line_count(_chunks(self._path))
            except (ValueError, *DECOMPRESSION_ERRORS):
                pass
        return self._last_line

    def line_of(self, element: int) -> int | None:
        """The first line of element ``element`` (1-based); ``None`` when there is none."""
        if not self._scanned:
            self._scanned = True
            if self._path.name.endswith(".xz"):  # lines split as a file's are
                self._scan = _element_starts_in(io.BytesIO(self._decompressed()))
            else:
                self._scan = _element_starts(self._path)
        while self._scan is not None and len(self._starts) < element:
            try:
                self._starts.append(next(self._scan))
            except (StopIteration, ValueError, *DECOMPRESSION_ERRORS):
                self.close()
        return self._starts[element - 1] if 0 < element <= len(self._starts) else None

    def close(self) -> None:
        if self._scan is not None:
            close = getattr(self._scan, "close", None)
            if close is not None:
                close()
            self._scan = None


def file_time(path: Path) -> datetime | None:
    """When ``path`` was last written (its mtime, UTC): when a scraper saved it, unless the
    file was copied without keeping times; ``None`` when it cannot be read."""
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except (OSError, OverflowError, ValueError):
        return None


def reject_row(where: Where, reason: str, row: Any) -> Reject:
    """A reject with a preview of the offending row."""
    return Reject(where, reason, _preview(row))
