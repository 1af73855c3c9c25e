"""Counts and times as scrapers write them: strings, Chinese abbreviations, s or ms epochs.

Every parser raises :class:`ValueError` with a message that names the value, so a caller can
turn it into a reject reason; nothing is guessed.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime

from fraud.wording import one_or_many

__all__ = [
    "after_epoch",
    "lower_bound_note",
    "noting_lower_bounds",
    "parse_count",
    "parse_date",
    "parse_time",
]

# Multipliers of the abbreviations that platforms display and scrapers copy verbatim:
# 千 = 10^3, 万 = 10^4 (also written w/W), 亿 = 10^8, k/K = 10^3, m/M = 10^6.
_UNITS = {"千": 1_000, "万": 10_000, "w": 10_000, "亿": 100_000_000, "k": 1_000, "m": 1_000_000}
#: The units a display count may end with (:data:`_UNITS`, either case), as a regex class.
UNIT_CLASS = "[千万wW亿kKmM]"
_COUNT = re.compile(rf"^(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>{UNIT_CLASS}?)\s*\+?$")
# Epoch values above this are milliseconds (10^11 s is the year 5138; 10^11 ms is 1973).
_MS_THRESHOLD = 100_000_000_000
#: The largest count read: no account has 10^12 followers, posts or likes (the most followed
#: have some 10^9). Above it a cell is rejected; it crashed the import (a 23-digit count is
#: more than the 64 bits a record's integer is written in).
MAX_COUNT = 10**12


# While an import runs (noting_lower_bounds): the counts read from a display lower bound
# ("10万+"), as (field, text) pairs, for the import's notes.
_LOWER_BOUNDS: ContextVar[list[tuple[str, str]] | None] = ContextVar(
    "fraud_import_lower_bounds", default=None
)


@contextmanager
def noting_lower_bounds() -> Iterator[list[tuple[str, str]]]:
    """Collect, while the block runs, the counts :func:`parse_count` read from a display lower
    bound such as ``"10万+"`` (imported as the number shown), as ``(field, text)`` pairs."""
    found: list[tuple[str, str]] = []
    token = _LOWER_BOUNDS.set(found)
    try:
        yield found
    finally:
        _LOWER_BOUNDS.reset(token)


def lower_bound_note(found: list[tuple[str, str]]) -> str | None:
    """The import note for the lower bounds :func:`noting_lower_bounds` collected, or None."""
    if not found:
        return None
    kinds = Counter(found)
    named = ", ".join(
        f"{field} {text!r}" + (f" ({n} times)" if n > 1 else "")
        for (field, text), n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    )
    more = f" and {len(kinds) - 5} more" if len(kinds) > 5 else ""
    noun = one_or_many(len(found), "count was", "counts were")
    example = found[0][1]
    return (
        f"{len(found)} {noun} shown as a lower bound ({named}{more}): imported as the number"
        f" shown ({example} as {parse_count(example):,}); the true count is at least that,"
        " and the checks read it as exact"
    )


def too_big(value: object, field: str) -> ValueError:
    """The error of a count above :data:`MAX_COUNT` (a long text shown cut)."""
    text = repr(value)
    shown = text if len(text) <= 40 else f"{text[:20]}... ({len(text)} characters)"
    return ValueError(f"{field} {shown} is above {MAX_COUNT:,}: not a count an account has")


def parse_count(value: object, field: str = "count") -> int | None:
    """A non-negative count from an int or a display string; ``None`` when absent.

    ``"1234"``, ``"1,234"``, ``"1.2万"``, ``"10万+"``, ``"3.4w"``, ``"1.5k"``, ``"1.2千"``,
    ``"2亿"`` are read as 1234, 1234, 12000, 100000, 34000, 1500, 1200 and 200000000. Empty strings and ``None``
    are absent. A trailing ``+`` (``"10万+"``, a lower bound) is read as the number shown and
    noted while :func:`noting_lower_bounds` collects. Anything else (``"abc万"``, ``-3``, ``true``,
    a count above :data:`MAX_COUNT`) raises :class:`ValueError`.

    Examples
    --------
    >>> parse_count("1.2万"), parse_count("10万+"), parse_count("")
    (12000, 100000, None)
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"{field} must be a number, got {value!r}")
    if isinstance(value, int):
        if value < 0:
            raise ValueError(f"{field} must not be negative, got {value}")
        if value > MAX_COUNT:
            raise too_big(value, field)
        return value
    if isinstance(value, float):
        if not math.isfinite(value) or value < 0 or value != int(value):
            raise ValueError(f"{field} must be a whole non-negative number, got {value!r}")
        if value > MAX_COUNT:
            raise too_big(value, field)
        return int(value)
    if not isinstance(value, str):
        raise ValueError(f"{field} must be a number, got {type(value).__name__}")
    # Full-width forms, as Chinese input methods type them ("10万＋", "１．２万", "３Ｗ"), read
    # as their ASCII ones, and thousands separators dropped. Only those: NFKC would also read
    # a superscript "1²" as 12 (the review of s51).
    text = value.translate(_FULL_WIDTH).strip().replace(",", "")
    if text == "" or text.lower() in {"none", "null"}:
        return None
    match = _COUNT.match(text)
    if match is None:
        raise ValueError(
            f"{field} {value!r} is not a count (expected e.g. 1234, 1.2千, 1.2万, 3.4w, 1.5k)"
        )
    if text.endswith("+") and (bounds := _LOWER_BOUNDS.get()) is not None:
        bounds.append((field, value.strip()))
    number, unit = match.group("number"), match.group("unit").lower()
    integer, _, fraction = number.partition(".")
    if len(integer.lstrip("0")) > len(str(MAX_COUNT)):  # (before int() of a long text)
        raise too_big(value, field)
    fraction = fraction.rstrip("0")
    if not unit:
        if fraction:
            raise ValueError(f"{field} {value!r} is not a whole number")
        count = int(integer)
    else:
        # Decimal arithmetic on the digits avoids float error: "1.15万" is 11500, not 11499.
        scale = _UNITS[unit]
        fraction = fraction[:12]  # (digits past 10^-12 add nothing to 亿, the largest unit)
        count = int(integer) * scale + (
            int(fraction) * scale // 10 ** len(fraction) if fraction else 0
        )
    if count > MAX_COUNT:
        raise too_big(value, field)
    return count


#: full-width ASCII forms (U+FF01-U+FF5E) and the ideographic space, to their ASCII ones
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def parse_time(
    value: object, field: str = "time", expected: str = "a timestamp"
) -> datetime | None:
    """An aware UTC datetime from epoch seconds or milliseconds (number or digit string) or
    an ISO 8601 string; ``None`` when absent: no value, a timestamp of 0 or below (what
    scrapers write for a time they did not get; read, -1 was a date in 1969), or an ISO time
    not after 1970-01-01T00:00Z (``1969-12-31T23:59:59Z``, ``1900-01-01``: the same
    placeholder written as a date; it was read as a real one). Naive ISO strings are read as
    UTC. A text that is none of these "is not ``expected``"."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"{field} must be a timestamp, got {value!r}")
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+(\.\d+)?\s*", value):
        value = float(value)
    if isinstance(value, int | float):
        if value <= 0:
            return None
        seconds = value / 1000 if value >= _MS_THRESHOLD else value
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError) as error:
            raise ValueError(f"{field} {value!r} is not a valid timestamp") from error
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError as error:
            raise ValueError(f"{field} {value!r} is not {expected}") from error
        try:
            moment = parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
        except OverflowError as error:  # e.g. 0001-01-01T00:00+01:00 is before year 1 in UTC
            raise ValueError(f"{field} {value!r} is out of range") from error
        return after_epoch(moment)
    raise ValueError(f"{field} must be a timestamp, got {type(value).__name__}")


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def after_epoch(moment: datetime) -> datetime | None:
    """``moment`` (aware), or ``None`` when it is not after 1970-01-01T00:00 UTC: a time an
    export gives at or before the epoch is a placeholder for one it did not get, as a
    timestamp of 0 or below is (:func:`parse_time`)."""
    return None if moment <= _EPOCH else moment


# A day written year first, as Chinese tracking sites and spreadsheets show it: 2025/11/20,
# 2025.11.20, 2025年11月20日 (months and days of one or two digits), perhaps with a time after.
_YEAR_FIRST = re.compile(
    r"(?P<y>\d{4})(?:[/.]|年\s*)(?P<m>\d{1,2})(?:[/.]|月\s*)(?P<d>\d{1,2})日?(?:[\sT].*)?"
)
_DATE_FORMS = "YYYY-MM-DD, YYYYMMDD, YYYY/MM/DD, YYYY年MM月DD日 or a timestamp"


def parse_date(value: object, field: str = "date") -> date:
    """A calendar date from ``YYYY-MM-DD``, ``YYYYMMDD`` (text or a JSON number, as a CSV
    cell of it reads), ``YYYY/MM/DD``, ``YYYY.MM.DD``, ``YYYY年MM月DD日`` (the day as written,
    a time after it ignored) or a timestamp; raises when absent, which a day not after
    1970-01-01 is (the epoch's, as for :func:`parse_time`). A ``date`` or ``datetime`` (an
    Excel cell, as openpyxl reads it) is its day as written. Day-first or month-first forms (``11/23/2025``) are
    refused: which one a file means cannot be told.

    Examples
    --------
    >>> parse_date("2025/11/20"), parse_date("2025年11月2日")
    (datetime.date(2025, 11, 20), datetime.date(2025, 11, 2))
    """
    if isinstance(value, date):  # an Excel cell: the day as shown (a datetime's day)
        day = value.date() if isinstance(value, datetime) else value
        if day <= _EPOCH.date():
            raise ValueError(f"{field} is missing")
        return day
    if isinstance(value, int) and not isinstance(value, bool) and 10_000_101 <= value <= 99_991_231:
        value = str(value)  # 20251102 is a date, not 20 million seconds after 1970
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"\d{8}", text):
            text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
        elif found := _YEAR_FIRST.fullmatch(text):
            text = f"{found['y']}-{int(found['m']):02d}-{int(found['d']):02d}"
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            try:
                day = date.fromisoformat(text)
            except ValueError as error:
                raise ValueError(f"{field} {value!r} is not a date") from error
            if day <= _EPOCH.date():  # a placeholder for a day not known, as below
                raise ValueError(f"{field} is missing")
            return day
    moment = parse_time(value, field, expected=f"a date (expected {_DATE_FORMS})")
    if moment is None:
        raise ValueError(f"{field} is missing")
    return moment.date()
