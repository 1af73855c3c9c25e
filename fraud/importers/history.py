"""Dated follower counts (``date, followers[, following, posts]``) as follower-tracking
sites export them, and the ``--profiles`` table of current counts.

Both are CSV, JSONL or Excel (``.xlsx``) tables with a ``platform`` column (or
``--platform``, or a platform named in the file's name: ``抖音_粉丝趋势.xlsx``) and the
creator as ``creator_id`` (the platform's id, with or without a ``platform:`` prefix) or
``handle``. Headers are read by name in English or Chinese, as Chinese data platforms
(Chanmama, Feigua, Newrank, Qiangua) and the platforms' own creator centres export them
(``日期``, ``粉丝数`` / ``粉丝总数`` / ``总粉丝量``, ``关注数``, ``作品数``, ``抖音号``,
``昵称``, ``平台``; :data:`HEADER_ALIASES`), and a title above the header row is passed
over. A CSV that is not UTF-8 but GB18030 (GBK: Excel on a Chinese Windows) is read as
such, with a note. A count's header may name the unit of its numbers (``粉丝数(万)``,
``Followers (K)``: :func:`_unit_of`), which are then read times it, with a note; a cell
marking a count missing (``-``, ``暂无``) is empty; and of several tables one below another
(a blank line between them) only the one whose header is read is (:class:`_Table`).

A history's follower column may be a daily net change (``粉丝增量``, ``净增粉丝``) instead
of a total. A change is not a count: such a row becomes a snapshot only when the same file
gives the same creator's total on a day that a run of consecutive days of changes reaches
(then ``total(d - 1) = total(d) - change(d)``, exact arithmetic, said in a note); otherwise
it is rejected saying so. A ``--profiles`` count cannot anchor it: it has no date.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from fraud.importers._items import (
    SHEET_ERRORS,
    WORKBOOK_ERRORS,
    Blank,
    Item,
    Note,
    ProfileItem,
    ReadItem,
    Reject,
    SnapshotItem,
    Where,
    csv_encoding,
    csv_lines,
    iter_csv_rows,
    iter_rows,
    open_workbook,
    reject_row,
)
from fraud.importers._values import (
    _FULL_WIDTH,
    MAX_COUNT,
    UNIT_CLASS,
    parse_count,
    parse_date,
    too_big,
)
from fraud.io import DECOMPRESSION_ERRORS, plain_name
from fraud.platforms import PLATFORM_ALIASES, canonical_name, canonical_platform, strip_platform
from fraud.wording import one_or_many

__all__ = [
    "HEADER_ALIASES",
    "canonical_platform",
    "read_history",
    "read_profiles",
    "reads_file",
    "strip_platform",
]

#: The columns read, each by its own (English) name and the other headers exports give it,
#: compared as :func:`_header_key` folds them (case, spaces, ``_``/``-``, full-width forms).
#: A header that is the column's own name is read before the others (``followers`` beside
#: ``subscribers``), and ``time`` and ``时间`` are a date only without another date column
#: (beside one, they are the time of day); two other headers of one column are refused.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "date": (
        "date", "day", "time", "datetime", "日期", "时间", "统计日期", "数据日期", "日期时间",
        "统计时间", "记录日期", "记录时间",
    ),
    "followers": (
        "followers", "follower", "follower_count", "followers_count", "fans", "fans_count",
        "fan_count", "total_followers", "total_fans", "subscribers", "subscriber_count",
        "粉丝", "粉丝数", "粉丝总数", "总粉丝数", "粉丝量", "总粉丝量", "粉丝总量", "累计粉丝",
        "累计粉丝数", "粉丝数量",
    ),
    # a day's net change of the total (new followers less unfollows)
    "followers_change": (
        "粉丝增量", "净增粉丝", "粉丝净增", "粉丝变化", "粉丝变化量", "净增粉丝数", "粉丝净增量",
        "粉丝净增数", "net_followers", "net_growth", "follower_change", "followers_change",
        "followers_delta", "follower_delta", "difference_in_followers_from_previous_day",
    ),
    "following": ("following", "following_count", "follows", "关注数", "关注", "关注总数"),
    "posts": (
        "posts", "post_count", "posts_count", "videos", "video_count", "作品数", "作品",
        "笔记数", "视频数", "作品总数", "笔记总数", "视频总数",
    ),
    "platform": ("platform", "平台", "平台名称"),
    # (not 达人ID: data platforms number creators by their own ids, which would key a
    # history apart from the platform's; such a file needs a creator_id or handle column)
    "creator_id": ("creator_id", "uid", "账号id", "用户id", "博主id", "作者id"),
    "id": ("id",),
    "user_id": ("user_id",),
    # the name a creator chose for the profile URL (抖音号, 小红书号): a handle
    "handle": ("handle", "抖音号", "小红书号", "快手号"),
    "username": ("username",),
    "nickname": (
        "nickname", "昵称", "达人昵称", "账号名称", "达人名称", "博主昵称", "博主", "达人", "账号",
    ),
}  # fmt: skip

# Columns of counts that are not totals nor a net change, named when a file has no other:
# new followers alone leave out the unfollows, so no total can be counted from them.
_GROSS_CHANGES = (
    "新增粉丝", "新增粉丝数", "新增关注", "涨粉", "涨粉数", "涨粉量", "日增粉丝", "取关粉丝",
    "new_followers", "followers_gained", "lost_followers", "unfollows",
)  # fmt: skip

_HEADER_ROWS = 20  # rows of a sheet or CSV looked through for the header (titles above it)

# What data platforms write in a cell for a count they do not have (compared as
# :func:`_cell_key` folds them): the cell is empty, as an empty one is.
_MISSING_MARKS = frozenset(
    {"-", "--", "---", "—", "——", "–", "/", "n/a", "#n/a", "暂无", "无数据", "暂无数据"}
)
# the first characters of the marks, as a cell may write them (full-width forms, N/A)
_MARK_STARTS = frozenset("-—–/n#暂无－／ｎＮ＃N")

# The unit a count column's header may name (粉丝数(万), 粉丝量/万, Followers (K)): what its
# plain numbers are multiplied by. 人/个/条/次 (people, items) after it or alone multiply by 1.
_UNIT_FACTORS = {
    "万": 10_000, "w": 10_000, "千": 1_000, "k": 1_000, "thousand": 1_000, "thousands": 1_000,
    "百万": 1_000_000, "m": 1_000_000, "million": 1_000_000, "millions": 1_000_000,
    "亿": 100_000_000,
}  # fmt: skip
_UNIT = re.compile(
    r"(?:单位\s*:?\s*)?(?P<unit>万|w|千|k|thousands?|百万|m|millions?|亿)?\s*(?:人|个|条|次)?"
)
_UNIT_HEADER = re.compile(r"(?P<name>.+?)\s*(?:\((?P<paren>[^()]+)\)|/(?P<slash>[^/]+))")
_COUNT_COLUMNS = frozenset({"followers", "followers_change", "following", "posts"})


def _header_key(name: object) -> str:
    text = unicodedata.normalize("NFKC", str(name)).replace("\ufeff", "").lower()
    return re.sub(r"[\s_\-.:：]+", "", text)


_COLUMN_OF = {_header_key(a): column for column, names in HEADER_ALIASES.items() for a in names}
_WEAK = {_header_key("time"), _header_key("时间")}  # a date only when no other header is


def _rank(column: str, key: str) -> int:
    """Which of a column's headers is read: its own name (0), an alias (1), a weak one (2)."""
    return 0 if key == _header_key(column) else 2 if key in _WEAK else 1


_GROSS = {_header_key(name) for name in _GROSS_CHANGES}


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("\ufeff", "").strip()


def _cell_key(value: str) -> str:
    return _nfkc(value).lower()


def _unit_of(header: str) -> tuple[str, str, str, int] | None:
    """(the column, the header's key without its unit, the unit as the header writes it, its
    factor) of a count column's header that names a unit (``粉丝数(万)``, ``粉丝数（万）``,
    ``粉丝量/万``, ``Followers (K)``, ``followers (thousands)``, ``作品数(个)``: factor 1),
    or None."""
    found = _UNIT_HEADER.fullmatch(_nfkc(header))
    if found is None:
        return None
    column = _COLUMN_OF.get(_header_key(found["name"]))
    written = (found["paren"] or found["slash"]).strip()
    unit = _UNIT.fullmatch(written.lower())
    if column not in _COUNT_COLUMNS or unit is None or not written:
        return None
    factor = _UNIT_FACTORS[unit["unit"]] if unit["unit"] else 1
    return column, _header_key(found["name"]), written, factor


def _column_of(header: object) -> str | None:
    """The column a header names, with a unit or without."""
    column = _COLUMN_OF.get(_header_key(header))
    if column is None and (unit := _unit_of(str(header))) is not None:
        column = unit[0]
    return column


@dataclass(frozen=True, slots=True)
class _Scaled:
    """A cell of a column whose header names a unit of more than 1 (``粉丝数(万)``): its
    plain number is read times the unit (:meth:`count`)."""

    value: object
    header: str
    unit: str
    factor: int

    def count(self, field: str, signed: bool = False) -> tuple[int, int]:
        """The count, and to what it is rounded (the unit over the decimals shown; 0 for a
        workbook's number, whose decimals are the float's, not the export's). Decimal
        arithmetic (12.35 in 万 is 123,500); a number with a fraction of one left is rounded
        to the nearest. A ValueError: a value that carries a unit of its own (``1.2万``) or
        is a lower bound (``10+``), whether it is in the header's unit cannot be told; a
        comma not between groups of three digits (``12,5``: a decimal comma?); a negative
        total; an exponent in a text (``1e20``: a workbook's float may have one); a count
        above :data:`MAX_COUNT`."""
        value = self.value
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise ValueError(f"{field} must be a number, got {value!r}")
        where = f"(the column {self.header!r})"
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{field} {value!r} is not a number {where}")
        text = str(value).translate(_FULL_WIDTH).strip().translate({0x2212: "-"})
        sign = -1 if text.startswith("-") else 1
        if text[:1] in ("+", "-"):
            text = text[1:].strip()
        if sign < 0 and not signed:
            raise ValueError(f"{field} must not be negative, got {value!r} {where}")
        if "," in text:
            if not _THOUSANDS.fullmatch(text):
                raise ValueError(
                    f"{field} {value!r} has a comma that does not separate thousands {where}:"
                    " a decimal comma (12,5 for 12.5) or a list cannot be told apart"
                )
            text = text.replace(",", "")
        exact = _PLAIN if isinstance(value, str) else _FLOAT
        if not exact.fullmatch(text):
            if _WITH_UNIT.fullmatch(text):
                raise ValueError(
                    f"{field} {value!r} carries a unit of its own in the column {self.header!r},"
                    f" whose numbers are in {self.unit}: which one it is in cannot be told"
                )
            if _FLOAT.fullmatch(text):
                raise ValueError(
                    f"{field} {value!r} is written with an exponent {where}, which an export"
                    " does not write a count with in text"
                )
            raise ValueError(f"{field} {value!r} is not a number {where}")
        number = Decimal(text)
        if number * self.factor > MAX_COUNT:  # (before the int() of a long or huge number)
            raise too_big(value, field)
        exponent = number.as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        scaled = (number * self.factor).to_integral_value(ROUND_HALF_UP)
        rounding = max(1, self.factor // 10 ** min(decimals, 9)) if isinstance(value, str) else 0
        return sign * int(scaled), rounding


_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_FLOAT = re.compile(r"\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")  # (a float cell's str: 1.2e-05)
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_WITH_UNIT = re.compile(rf"\d+(?:\.\d+)?\s*(?:{UNIT_CLASS}\s*\+?|\+)")


def reads_file(path: Path) -> bool:
    """Whether a directory given as history or ``--profiles`` input has ``path`` read: its
    CSV and JSON lines files, compressed or not (``counts.csv.gz``), and Excel workbooks."""
    if path.name.startswith("~$"):  # the lock file Excel keeps beside an open workbook
        return False
    return Path(plain_name(path.name)).suffix.lower() in (".csv", ".jsonl", ".ndjson", ".xlsx")


def _files(inputs: Iterable[Path]) -> Iterator[Path]:
    for path in inputs:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and reads_file(p))
        else:
            yield path


# --- headers -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Columns:
    """The columns a header row maps (column -> the header as the file writes it)."""

    names: dict[str, str]
    passed: tuple[tuple[str, str], ...] = ()  # (a header not read, the one read instead)
    # the columns read from a header naming a unit of more than 1: column -> (unit, factor)
    units: dict[str, tuple[str, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, headers: Iterable[object]) -> _Columns:
        """Raises ValueError naming two headers of one column, neither of them its own name
        (which to read is unknown); the column's own name is read before its aliases, and an
        alias before a weak one (:func:`_rank`), the others passed over. A count column's
        header may name the unit of its numbers (:func:`_unit_of`), ranked as without it."""
        found: dict[str, list[tuple[int, str]]] = {}
        units: dict[str, tuple[str, int]] = {}
        for header in headers:
            if header is None or str(header).strip() == "":
                continue
            key = _header_key(header)
            column = _COLUMN_OF.get(key)
            if column is None and (unit := _unit_of(str(header))) is not None:
                column, key, written, factor = unit
                if factor > 1:
                    units[str(header)] = (written, factor)
            if column is None:
                continue
            ranked = found.setdefault(column, [])
            if all(name != header for _, name in ranked):
                ranked.append((_rank(column, key), str(header)))
        names: dict[str, str] = {}
        passed: list[tuple[str, str]] = []
        for column, ranked in found.items():
            best = min(rank for rank, _ in ranked)
            chosen = [name for rank, name in ranked if rank == best]
            if len(chosen) > 1:
                raise ValueError(
                    f"two {column} columns, {chosen[0]!r} and {chosen[1]!r}: which one to"
                    " read cannot be told"
                )
            names[column] = chosen[0]
            passed += [(name, chosen[0]) for rank, name in ranked if rank != best]
        return cls(names, tuple(passed), {c: units[h] for c, h in names.items() if h in units})

    def note(self, name: str) -> Note | None:
        """What a file's headers not read beside a column's own name are, said once."""
        if not self.passed:
            return None
        return _passed_note(name, self.passed)

    def row(self, row: dict[str, Any]) -> dict[str, Any]:
        """``row`` (keyed by the file's headers) keyed by column: a cell of spaces or marking
        a missing value (``-``, ``暂无``: :data:`_MISSING_MARKS`) None, as an empty one, and
        a cell of a column in a unit :class:`_Scaled`."""
        out = {column: row.get(header) for column, header in self.names.items()}
        for column, value in out.items():
            if value.__class__ is str and len(value) <= 8:  # (the marks are short)
                text = value.strip()
                if not text or (text[0] in _MARK_STARTS and _cell_key(text) in _MISSING_MARKS):
                    out[column] = None
        for column, (unit, factor) in self.units.items():
            value = out[column]
            if value is not None and not (isinstance(value, str) and not value.strip()):
                out[column] = _Scaled(value, self.names[column], unit, factor)
        return out

    def scaled(self) -> Iterator[tuple[str, str, str, int]]:
        """(column, header, unit, factor) of each column read in a unit of more than 1."""
        for column, (unit, factor) in self.units.items():
            yield column, self.names[column], unit, factor


def _passed_note(name: str, passed: Iterable[tuple[str, str]]) -> Note:
    shown = "; ".join(
        f"{header!r} not read beside {kept!r}"
        + (", taken for a time of day" if _header_key(header) in _WEAK else ", the field's name")
        for header, kept in passed
    )
    return Note(f"{name}: {shown}")


def _missing(columns: _Columns, headers: list[str], history: bool) -> str | None:
    """Why a header row cannot be read as a history (or ``--profiles``) table, or None."""
    names = columns.names
    needed = ["date"] if history and "date" not in names else []
    has_counts = "followers" in names or (history and "followers_change" in names)
    if not has_counts:
        needed.append("followers")
    if not needed:
        return None
    shown = ", ".join(repr(h) for h in headers if h) or "none"
    reason = f"no {' or '.join(needed)} column among the headers ({shown})"
    gross = [h for h in headers if _header_key(h) in _GROSS]
    if "followers" in needed and gross:
        reason += (
            f"; {gross[0]!r} counts follows gained or lost, not the total: no follower count"
            " can be made from it"
        )
    elif "followers" in needed and not history and "followers_change" in names:
        reason += "; a --profiles table needs the current follower count, not a change"
    known = (
        "date: 日期/date; followers: 粉丝数/粉丝总数/followers" if history else "粉丝数/followers"
    )
    return f"{reason} (expected e.g. {known})"


def _header_cells(cells: Iterable[object]) -> list[str]:
    """A header row's cells as text ("" for an empty one)."""
    return [str(c).strip() if c is not None else "" for c in cells]


def _header_row(rows: Iterable[list[object]], history: bool) -> tuple[int, _Columns | None, str]:
    """The 0-based index of the header among the first rows, its columns, and (no header
    found: index -1, None) why; a header mapping one column twice is that reason."""
    first: tuple[_Columns, list[str]] | None = None
    for index, cells in enumerate(rows):
        if index >= _HEADER_ROWS:
            break
        headers = _header_cells(cells)
        if not any(headers):
            continue
        try:
            columns = _Columns.of(headers)
        except ValueError as error:
            return -1, None, str(error)
        if _missing(columns, headers, history) is None:
            return index, columns, ""
        first = first or (columns, headers)
    if first is None:
        return -1, None, "no header: the file has no rows"
    return -1, None, _missing(*first, history) or "no header"


# --- values --------------------------------------------------------------------------------

_YEARLESS = re.compile(r"(?P<m>\d{1,2})(?:-|月\s*)(?P<d>\d{1,2})日?(?:[\sT].*)?")
_NAME_DAY = re.compile(r"(?<!\d)(20\d\d)[-_.]?(\d\d)[-_.]?(\d\d)(?!\d)")


def _export_day_of_name(path: Path) -> date | None:
    """The latest date a file's name writes (``粉丝趋势_20251021-20251120.csv``)."""
    days = []
    for year, month, day in _NAME_DAY.findall(path.name):
        try:
            days.append(date(int(year), int(month), int(day)))
        except ValueError:
            continue
    return max(days) if days else None


@dataclass(slots=True)
class _File:
    """What reading one file needs besides its rows, and what its notes count."""

    path: Path
    history: bool
    platform: str | None  # --platform, else the one the file's name names
    export_day: date | None = None
    export_day_from: str = ""
    yearless: int = 0  # dates read without a year
    yearless_example: str = ""
    # each header of a column in a unit read: [its unit, factor, the coarsest rounding of its
    # counts, the first value read and its count]
    scaled: dict[str, list[Any]] = field(default_factory=dict)
    in_units: bool = False  # a column of the file is in a unit (its cells are _Scaled)

    def counts(self, row: dict[str, Any]) -> dict[str, Any]:
        """``row`` with its cells of a column in a unit (:class:`_Scaled`) made counts (a
        ValueError for a cell that cannot be: :meth:`_Scaled.count`)."""
        if not self.in_units:
            return row
        row = dict(row)
        for column, value in row.items():
            if isinstance(value, _Scaled):
                name = "followers change" if column == "followers_change" else column
                count, rounding = value.count(name, signed=column == "followers_change")
                seen = self.scaled.setdefault(
                    value.header, [value.unit, value.factor, rounding, value.value, count]
                )
                seen[2] = max(seen[2], rounding)
                row[column] = count
        return row

    def scaled_notes(self) -> Iterator[Note]:
        """A note per header of a column in a unit: read scaled, and how roughly."""
        for header, (unit, factor, rounding, example, count) in self.scaled.items():
            # (a workbook's numbers are floats: their decimals are not those the export shows)
            coarsest = f" (here to {rounding:,} at the coarsest)" if rounding else ""
            yield Note(
                f"{self.path}: the numbers under {header!r} are in {unit}, each read times"
                f" {factor:,} ({example} as {count:,}): counts rounded by the export{coarsest},"
                " approximate, which the checks read as exact"
            )

    def date(self, value: object) -> date:
        try:
            return parse_date(value, "date")
        except ValueError:
            text = value.strip() if isinstance(value, str) else None
            found = _YEARLESS.fullmatch(text) if text else None
            if found is None:
                raise
        month, day = int(found["m"]), int(found["d"])
        if self.export_day is None:
            raise ValueError(
                f"date {value!r} has no year, and the file shows no export date to read it"
                " by (an Excel export's creation time, or a date in the file's name such as"
                " _20251121): export the dates with their year"
            ) from None
        # an export made in China's morning is dated the day before in UTC: a day's grace
        latest = self.export_day + timedelta(days=1)
        for year in (latest.year, latest.year - 1):
            try:
                shown = date(year, month, day)
            except ValueError:
                continue
            if shown <= latest:
                self.yearless += 1
                self.yearless_example = self.yearless_example or f"{text} as {shown}"
                return shown
            if (shown - latest).days <= 61:  # not a year's turn: the export day is not it
                raise ValueError(
                    f"date {value!r} has no year and falls after the export's day"
                    f" ({self.export_day}, {self.export_day_from}) in its year: which year it"
                    " is cannot be told"
                )
        raise ValueError(f"date {value!r} is not a date")


def _change(value: object) -> int | None:
    """A signed daily change: ``-120``, ``+1.2万``, ``−35`` (a minus sign); None when empty."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value < 0:
            count = parse_count(-value, "followers change")
            return -count if count is not None else None
        return parse_count(value, "followers change")
    if isinstance(value, str):
        text = value.strip().translate({0xFF0D: "-", 0x2212: "-", 0xFF0B: "+"})
        sign = -1 if text.startswith("-") else 1
        count = parse_count(text.lstrip("+-").strip(), "followers change")
        return sign * count if count is not None else None
    return parse_count(value, "followers change")


def _platform_of_name(path: Path) -> str | None:
    """The one platform a file's name names (``douyin_fans.csv``, ``抖音粉丝趋势.xlsx``), or
    None (none, or several)."""
    stem = plain_name(path.name)
    found = set()
    for token in re.split(r"[^0-9A-Za-z]+", stem):
        if len(token) > 1 and (name := canonical_name(token)) is not None:
            found.add(name.value)
    for alias, platform in PLATFORM_ALIASES.items():
        if not alias.isascii() and alias in stem.lower():
            found.add(platform.value)
    return found.pop() if len(found) == 1 else None


_Identity = tuple[str, str | None, str | None]
"""(platform, creator id or None, handle or None) of a row."""


def _identity(row: dict[str, Any], platform: str | None) -> _Identity:
    found = canonical_platform(row.get("platform") or platform)
    raw_id = row.get("creator_id") or row.get("id") or row.get("user_id")
    key = strip_platform(str(raw_id).strip(), found) if raw_id not in (None, "") else None
    handle = row.get("handle") or row.get("username") or row.get("nickname")
    handle = str(handle).strip() if handle not in (None, "") else None
    if key is None and handle is None:
        raise ValueError("creator_id or handle is missing")
    return found, key, handle


# --- rows of one file ----------------------------------------------------------------------

#: a row keyed by column, and as the file gives it (what a reject of it shows)
_Row = tuple[Where, dict[str, Any], Any]


def _table_rows(source: _File) -> Iterator[_Row | Reject | Note]:
    """The rows of one file keyed by column (a header naming no column dropped), and notes;
    a file with no readable header is one reject."""
    path = source.path
    if path.suffix.lower() == ".xlsx":
        yield from _sheet_rows(source)
        return
    if Path(plain_name(path.name)).suffix.lower() != ".csv":  # JSON lines: keys per row
        passed: dict[tuple[str, str], None] = {}  # (in the order met, each once)
        for where, row in iter_rows(path):
            if isinstance(row, Reject):
                yield row
                continue
            try:
                keys = _Columns.of(row)
            except ValueError as error:
                yield reject_row(where, str(error), row)
                continue
            passed.update(dict.fromkeys(keys.passed))
            source.in_units = source.in_units or bool(keys.units)
            yield where, keys.row(row), row
        if passed:
            yield _passed_note(str(path), passed)
        return
    encoding = csv_encoding(path)
    if encoding is not None:
        yield Note(
            f"{path}: not UTF-8 text; read as GB18030 (GBK), as Excel saves a CSV on a Chinese"
            ' Windows (if names look garbled, save it as "CSV UTF-8")'
        )
    skip, columns, reason = _csv_header(path, encoding, source.history)
    if columns is None:
        yield Reject(Where(str(path), 1), f"not read: {reason}")
        return
    if skip:
        yield Note(
            f"{path}: the header is on line {skip + 1}; the lines above it (a title) not read"
        )
    if (note := columns.note(str(path))) is not None:
        yield note
    source.in_units = bool(columns.units)
    table = _Table(str(path), source.history, "lines")
    for where, record in iter_csv_rows(path, encoding=encoding, skip_lines=skip):
        if isinstance(record, Blank) or (isinstance(record, dict) and _empty(record.values())):
            yield from table.blank(where)
        elif isinstance(record, Reject):
            yield from table.take(record)
        elif table.plain:  # (no blank line since the last row: the row is the table's)
            yield where, columns.row(record), record
        else:
            yield from table.take((where, columns.row(record), record))
    yield from table.end()


def _empty(cells: Iterable[object]) -> bool:
    return all(cell is None or str(cell).strip() == "" for cell in cells)


# What a CSV row of another table, wider than the header read, is rejected as: the sign,
# after a blank line, of another table (its other row rejects are not said either).
_WIDER = "CSV row has more cells than the header"


class _Table:
    """The rows of the table read from a file that may hold several, one below another with
    a blank line between them and a title above each (Chanmama/Feigua exports: a 粉丝趋势
    table, then a 作品数据 table). After a blank line, another table starts at a row shaped
    as no row of the table read: neither a date nor a count where the table has them (a
    title, a header, a row wider than the header read), and either naming one of the columns
    read (a header) or followed by a row that is not one of the table read either (a title
    over a header). Its lines are not read up to the header read repeated (another
    creator's table, read under it) or the file's end, each such range said once in a note.
    A row of the table's shape with a bad date or count, or a row followed by one of the
    table's, is a row of the table, rejected as such (one bad row after a blank line made
    the rest of the file another table, its rows lost with no reject: review of s59)."""

    def __init__(self, name: str, history: bool, lines: str) -> None:
        self.name = name
        self.history = history
        self.lines = lines  # "lines" of a CSV, "rows" of a sheet
        self.after_blank: int | None = None  # the first blank line since the last row
        self.pending: _Row | Reject | None = None  # a title's row? (its next row tells)
        self.skipped: list[Any] | None = None  # [first line, last line, cells shown]

    @property
    def plain(self) -> bool:
        """No blank line since the last row read, nor lines passed over: a row is read."""
        return self.after_blank is None and self.skipped is None

    def blank(self, where: Where) -> Iterator[_Row | Reject | Note]:
        if self.pending is not None:  # a row alone between blank lines: a title, a footer
            yield from self._skip(self.pending)
            yield self._note()
            self.pending = self.skipped = None
        if self.after_blank is None and self.skipped is None:
            self.after_blank = where.line

    def take(self, entry: _Row | Reject) -> Iterator[_Row | Reject | Note]:
        if self.skipped is not None:
            yield from self._skip(entry)
            return
        if self.after_blank is None:
            yield entry
            return
        if (first := self.pending) is None:
            if self._continues(entry) or self._shaped(entry):
                self.after_blank = None
                yield entry
            elif self._header_like(entry):
                yield from self._skip(entry)
            else:
                self.pending = entry
            return
        self.pending = None
        if self._continues(entry):  # the row above was one of the table's, a bad one
            self.after_blank = None
            yield first
            yield entry
            return
        yield from self._skip(first)
        if self.skipped is not None:
            yield from self._skip(entry)
        else:  # (the header read repeated: the rows under it are read)
            yield from self.take(entry)

    def end(self) -> Iterator[_Row | Reject | Note]:
        if self.pending is not None:
            yield from self._skip(self.pending)
            self.pending = None
        if self.skipped is not None:
            yield self._note()

    def _skip(self, entry: _Row | Reject) -> Iterator[_Row | Reject | Note]:
        """Pass over a row of another table (from the blank line above it)."""
        where = entry.where if isinstance(entry, Reject) else entry[0]
        if self.skipped is None:
            self.skipped = [self.after_blank, where.line, []]
            self.after_blank = None
        skipped = self.skipped
        skipped[1] = where.line
        if isinstance(entry, Reject):
            if not entry.reason.startswith(("CSV row", "CSV quote")):  # the file's end
                yield entry
            cells = entry.preview.split(",")
        else:
            original = entry[2]
            cells = [str(c).strip() for c in original.values() if c not in (None, "")]
            if list(original.values()) == list(original):  # the header read, repeated
                yield self._note(repeated=where.line)
                self.skipped = None
                return
        if len(skipped[2]) < 2:
            skipped[2].append(", ".join(repr(c) for c in cells[:6]))

    def _continues(self, entry: _Row | Reject) -> bool:
        """Whether a row after a blank line is one of the table read."""
        if isinstance(entry, Reject):
            return entry.reason != _WIDER
        row = entry[1]
        if self.history:
            value = row.get("date")
            if isinstance(value, date | int | float) and not isinstance(value, bool):
                return True
            text = str(value).strip() if isinstance(value, str) else ""
            return bool(text) and (
                _YEARLESS.fullmatch(text) is not None or _date_or_none(text) is not None
            )
        return self._counted(row.get("followers"))

    def _shaped(self, entry: _Row | Reject) -> bool:
        """Whether a row not one of the table's is shaped as one, a bad one: a count where
        the table has its follower counts (its date bad, empty or marked missing)."""
        if isinstance(entry, Reject):
            return False
        row = entry[1]
        return self.history and any(self._counted(row.get(c)) for c in _FOLLOWER_COLUMNS)

    @staticmethod
    def _counted(value: object) -> bool:
        if isinstance(value, _Scaled | int | float) and not isinstance(value, bool):
            return True
        return isinstance(value, str) and _COUNT_TEXT.fullmatch(value.strip()) is not None

    @staticmethod
    def _header_like(entry: _Row | Reject) -> bool:
        """Whether a row names a column read by its header (a table's header row)."""
        cells = entry.preview.split(",") if isinstance(entry, Reject) else entry[2].values()
        return any(
            isinstance(c, str) and 0 < len(c) <= 40 and _column_of(c.strip()) is not None
            for c in cells
        )

    def _note(self, repeated: int | None = None) -> Note:
        assert self.skipped is not None
        first, last, shown = self.skipped
        what = "; ".join(shown) or "empty"
        line = self.lines[:-1]
        if repeated is not None:
            return Note(
                f"{self.name}: {self.lines} {first}-{repeated} not read: after a blank {line},"
                f" a title and the header read again ({what}); the rows under it are read"
            )
        return Note(
            f"{self.name}: {self.lines} {first}-{last} not read: another table after a blank"
            f" {line} ({what}), not rows of the table read"
        )


_COUNT_TEXT = re.compile(rf"[+-]?[\d,.，]+\s*{UNIT_CLASS}?\s*\+?")
_FOLLOWER_COLUMNS = ("followers", "followers_change")


def _date_or_none(text: str) -> date | None:
    try:
        return parse_date(text, "date")
    except ValueError:
        return None


def _csv_header(
    path: Path, encoding: str | None, history: bool
) -> tuple[int, _Columns | None, str]:
    """The lines above a CSV's header, its columns, and why none was found."""
    import csv

    starts: list[int] = []
    rows: list[list[object]] = []
    try:
        with csv_lines(path, encoding or "utf-8-sig", "replace") as lines:
            reader = csv.reader(lines)
            while len(rows) < _HEADER_ROWS:
                lines.start_record()
                start = lines.number + 1
                try:
                    record = next(reader, None)
                except csv.Error:  # (an over-long cell): the header is above it, or none is
                    break
                if record is None:
                    break
                starts.append(start)
                rows.append(list(record))
    except (OSError, ValueError, *DECOMPRESSION_ERRORS):
        pass  # reading the rows says what is wrong with the file
    if not rows:
        return 0, _Columns({}), ""
    index, columns, reason = _header_row(rows, history)
    return (starts[index] - 1 if index >= 0 else 0), columns, reason


def _sheet_rows(source: _File) -> Iterator[_Row | Reject | Note]:
    """The rows of the first sheet of a workbook with a readable header among its first
    rows, each at its row number (as Excel numbers it); the export day of year-less dates
    is the workbook's recorded creation time, when it has one. A workbook too big to read
    (:func:`fraud.importers._items.open_workbook`) is one reject."""
    path = source.path
    try:
        book = open_workbook(path, data_only=True)
    except WORKBOOK_ERRORS as error:
        yield Reject(Where(str(path), 1), f"not an Excel workbook that can be read: {error}")
        return
    number = 1
    name = str(path)
    try:
        created = _created(path)
        if created is not None:  # the export's own time, before a name's date
            source.export_day = created.date()
            source.export_day_from = "the workbook's creation time"
        first_reason = ""
        for sheet in book.worksheets:
            # rows as wide as their cells, not as the sheet's declared <dimension>: A1:XFD9
            # made each row 16,384 cells (8,000 rows of a 5 KB workbook took 3 s of CPU)
            sheet.reset_dimensions()
            head = list(sheet.iter_rows(max_row=_HEADER_ROWS, values_only=True))
            index, columns, reason = _header_row(head, source.history)
            if columns is None:
                first_reason = first_reason or f"sheet {sheet.title!r}: {reason}"
                continue
            name = f"{path}[{sheet.title}]" if len(book.worksheets) > 1 else str(path)
            if index:
                yield Note(
                    f"{name}: the header is on row {index + 1}; the rows above it (a title) not read"
                )
            if (note := columns.note(name)) is not None:
                yield note
            source.in_units = bool(columns.units)
            headers = _header_cells(head[index])
            width = max(n for n, h in enumerate(headers, start=1) if h)  # cells past it unread
            rows = sheet.iter_rows(min_row=index + 2, max_col=width, values_only=True)
            table = _Table(name, source.history, "rows")
            for number, cells in enumerate(rows, start=index + 2):
                if _empty(cells):
                    yield from table.blank(Where(name, number))
                    continue
                row = {h: c for h, c in zip(headers, cells, strict=False) if h}
                if table.plain:
                    yield Where(name, number), columns.row(row), row
                else:
                    yield from table.take((Where(name, number), columns.row(row), row))
            yield from table.end()
            return
        yield Reject(
            Where(str(path), 1), f"not read: {first_reason or 'the workbook has no sheet'}"
        )
    except SHEET_ERRORS as error:
        yield Reject(Where(name, number), f"the sheet cannot be read past this row: {error!r}")
    finally:
        book.close()


_CREATED = "{http://purl.org/dc/terms/}created"


def _created(path: Path) -> datetime | None:
    """The creation time a workbook records (``dcterms:created`` in ``docProps/core.xml``), or
    None when it records none. (openpyxl's ``properties.created`` is the time the workbook
    was read when it has none, which read dates without a year in the wrong year.)"""
    import zipfile

    from openpyxl.xml.functions import fromstring

    try:  # (the workbook's parts' sizes were checked as it was opened)
        with zipfile.ZipFile(path) as archive:
            element = fromstring(archive.read("docProps/core.xml")).find(_CREATED)
    except (*SHEET_ERRORS, zipfile.BadZipFile):
        return None
    text = element.text.strip() if element is not None and element.text else ""
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


# --- items ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Changes:
    """One creator's rows of one file as a history of daily changes: its totals by day, its
    changes by day, and the rows with a change but no total, waiting for the file's end."""

    totals: dict[date, int] = field(default_factory=dict)
    changes: dict[date, int] = field(default_factory=dict)
    waiting: list[tuple[Where, date, dict[str, Any], Any]] = field(default_factory=list)
    conflict: str | None = None


def _read_file(
    source: _File, build: Callable[[dict[str, Any], Where, _Identity, int, date | None], Item]
) -> Iterator[ReadItem]:
    creators: dict[_Identity, _Changes] = {}
    change_header = "followers change"
    for entry in _table_rows(source):
        if isinstance(entry, Note | Reject):
            yield entry
            continue
        where, row, original = entry
        try:
            ident = _identity(row, source.platform)
            row = source.counts(row)
            followers = parse_count(row.get("followers"), "followers")
            day = source.date(row.get("date")) if source.history else None
            change = _change(row.get("followers_change")) if source.history else None
            if followers is None and change is None:
                raise ValueError(_no_followers(row, original))
        except (ValueError, ArithmeticError) as error:  # (decimal's errors are arithmetic)
            yield reject_row(where, str(error), original)
            continue
        if change is not None and day is not None:
            if isinstance(original, dict):
                change_header = next(
                    (k for k in original if _column_of(k) == "followers_change"), change_header
                )
            changes = creators.setdefault(ident, _Changes())
            _record(changes, changes.changes, day, change, change_header)
            if followers is not None:
                _record(changes, changes.totals, day, followers, "followers")
            else:
                changes.waiting.append((where, day, row, original))
                continue
        elif followers is not None and day is not None and "followers_change" in row:
            changes = creators.setdefault(ident, _Changes())  # a total other rows may reach
            _record(changes, changes.totals, day, followers, "followers")
        assert followers is not None  # (no change, or a change with a total)
        try:
            yield build(row, where, ident, followers, day)
        except ValueError as error:
            yield reject_row(where, str(error), original)
    yield from _counted_back(source, creators, change_header, build)
    yield from source.scaled_notes()
    if source.yearless:
        yield Note(
            f"{source.path}: {source.yearless} dates without a year read in the year of the"
            f" export on {source.export_day} ({source.export_day_from}), none after it:"
            f" {source.yearless_example}"
        )


def _record(changes: _Changes, days: dict[date, int], day: date, value: int, what: str) -> None:
    if days.get(day, value) != value and changes.conflict is None:
        changes.conflict = f"the file gives {what} twice for {day} ({days[day]:,} and {value:,})"
    days.setdefault(day, value)


def _no_followers(row: dict[str, Any], original: Any) -> str:
    if "followers" in row or "followers_change" in row:
        return "followers is missing"
    keys = ", ".join(repr(k) for k in original) if isinstance(original, dict) else ""
    return f"followers is missing (no follower column among {keys or 'the row'})"


def _counted_back(
    source: _File,
    creators: dict[_Identity, _Changes],
    header: str,
    build: Callable[[dict[str, Any], Where, _Identity, int, date | None], Item],
) -> Iterator[ReadItem]:
    """The rows with a change but no total, made snapshots when a total of the same file is
    reached through consecutive days of changes (each day's total is the day before's plus
    that day's change), else rejected saying why. A file whose totals and changes disagree
    has none made: its changes are not what this arithmetic takes them for."""
    made = 0
    anchors = 0
    for ident, changes in creators.items():
        if not changes.waiting:
            continue
        totals, problem = _totals(changes)
        if problem is None and totals:
            anchors += 1
        for where, day, row, original in changes.waiting:
            if problem is not None:
                reason = f"{header} is a daily change, not a follower count: {problem}"
                yield reject_row(where, reason, original)
                continue
            total = totals.get(day)
            if total is None:
                yield reject_row(where, _why_not(changes, day, header), original)
                continue
            try:
                yield build(row, where, ident, total, day)
                made += 1
            except ValueError as error:
                yield reject_row(where, str(error), original)
    if made:
        yield Note(
            f"{source.path}: {made} follower {one_or_many(made, 'total', 'totals')} counted"
            f" from the daily changes ({header}) and a total the file gives on a day they reach"
            f" ({anchors} {one_or_many(anchors, 'creator', 'creators')}): each day's total is"
            " the next day's less that day's change, exact when the column is each day's net"
            " change, as its name says"
        )


def _totals(changes: _Changes) -> tuple[dict[date, int], str | None]:
    """Each waiting day's total from the file's totals and changes, or why none is made."""
    if changes.conflict:
        return {}, changes.conflict
    if not changes.totals:
        return {}, (
            "the file gives no follower total for this creator to count from, and a history"
            " needs totals (export the 粉丝数/粉丝总数 column too; a --profiles count has no"
            " date and cannot anchor them)"
        )
    known = dict(changes.totals)
    one = timedelta(days=1)
    days = sorted(d for _, d, _, _ in changes.waiting)
    for day in days:  # forward: total(d) = total(d - 1) + change(d)
        if day not in known and day - one in known:
            known[day] = known[day - one] + changes.changes[day]
    for day in reversed(days):  # back: total(d) = total(d + 1) - change(d + 1)
        if day not in known and day + one in known and day + one in changes.changes:
            known[day] = known[day + one] - changes.changes[day + one]
    for day, change in sorted(changes.changes.items()):
        if day in known and day - one in known and known[day] != known[day - one] + change:
            return {}, (
                f"its totals and changes disagree on {day} ({known[day - one]:,} the day before"
                f" plus {change:+,} is not {known[day]:,}), so the changes are not each day's"
                " net change and no total is made from them"
            )
    negative = [day for day in days if known.get(day, 0) < 0]
    if negative:
        return {}, f"counting back gives a negative total on {negative[0]}: no total is made"
    return known, None


def _why_not(changes: _Changes, day: date, header: str) -> str:
    later = [d for d in changes.totals if d > day]
    earlier = [d for d in changes.totals if d < day]
    nearest = min(later) if later else max(earlier)
    return (
        f"{header} is a daily change, not a follower count, and no total of the file is"
        f" reached from {day} through consecutive days (the nearest total is on {nearest};"
        " a day between them is missing)"
    )


def _snapshot(
    row: dict[str, Any], where: Where, ident: _Identity, followers: int, day: date | None
) -> SnapshotItem:
    found, key, handle = ident
    assert day is not None
    return SnapshotItem(
        platform=found,
        date=day,
        followers=followers,
        where=where,
        key=key,
        handle=handle,
        following=parse_count(row.get("following"), "following"),
        posts=parse_count(row.get("posts"), "posts"),
    )


def _profile(
    row: dict[str, Any], where: Where, ident: _Identity, followers: int, day: date | None
) -> ProfileItem:
    found, key, handle = ident
    return ProfileItem(
        platform=found,
        key=key or "",
        where=where,
        handle=handle,
        followers=followers,
        following=parse_count(row.get("following"), "following"),
        posts=parse_count(row.get("posts"), "posts"),
    )


def _read(
    inputs: Iterable[Path],
    platform: str | None,
    history: bool,
    build: Callable[[dict[str, Any], Where, _Identity, int, date | None], Item],
) -> Iterator[ReadItem]:
    for path in _files(inputs):
        if not path.exists():
            yield Reject(Where(str(path), 0), f"{path}: no such file")
            continue
        source = _File(path, history, platform or _platform_of_name(path))
        if (named := _export_day_of_name(path)) is not None:
            source.export_day, source.export_day_from = named, "the date in the file's name"
        yield from _read_file(source, build)


def read_history(inputs: Iterable[Path], platform: str | None = None) -> Iterator[ReadItem]:
    """Yield one :class:`SnapshotItem` per dated row (and notes of how files were read)."""
    yield from _read(inputs, platform, True, _snapshot)


def read_profiles(inputs: Iterable[Path], platform: str | None = None) -> Iterator[ReadItem]:
    """Yield one :class:`ProfileItem` per row of a ``--profiles`` table (and notes)."""
    yield from _read(inputs, platform, False, _profile)
