"""Scored creators (ScoreResult records) as a fixed-width text table: ``fraud table``.

Columns are measured in terminal cells, not characters, so Chinese creator ids and messages
stay aligned (wide characters take two cells, combining marks none). Text is printed as the
data holds it: nothing is unescaped (``&amp;`` stays ``&amp;``), and control characters,
which could move the cursor or recolour a terminal, are shown as escapes (``\\x1b``). A
creator with ``insufficient_data`` has no authenticity or probability to show, so ``-`` is
printed instead of the prior.
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import orjson

from fraud.report.i18n import Translator
from fraud.report.inputs import RejectedRecord

__all__ = [
    "TableInputError",
    "bounded",
    "display_width",
    "fit",
    "format_table",
    "read_results",
    "safe_text",
    "wrap_cells",
]

_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "info": 3}
_REASONS_SHOWN = 4
_WIDTH = 100
_CREATOR_CELLS = 34
_VERDICT_CELLS = 19
# Bidirectional overrides and isolates reorder what a terminal shows: escape them too.
_BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))


class TableInputError(Exception):
    """The input as a whole cannot be read (not a per-record problem)."""


def safe_text(value: Any) -> str:
    """``value`` as one line of printable text: control characters become visible escapes."""
    text = value if isinstance(value, str) else str(value)
    out: list[str] = []
    for char in text:
        if char in "\n\r\t":
            out.append(" ")
        elif unicodedata.category(char) == "Cc" or char in _BIDI_CONTROLS:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """How many terminal cells ``text`` takes (wide CJK characters count two)."""
    return sum(_char_width(char) for char in text)


def fit(text: str, cells: int, *, align: str = "left") -> str:
    """``text`` cut (with an ellipsis) or padded to exactly ``cells`` terminal cells."""
    if display_width(text) > cells:
        kept: list[str] = []
        used = 0
        for char in text:
            width = _char_width(char)
            if used + width > cells - 1:
                break
            kept.append(char)
            used += width
        text = "".join(kept) + "…"
    pad = " " * (cells - display_width(text))
    return pad + text if align == "right" else text + pad


def _pieces(text: str) -> Iterator[tuple[str, bool]]:
    """Breakable pieces of ``text``: (piece, whether a space came before it).

    A run of narrow characters is one piece (a word); each wide character is its own piece,
    since CJK text may break between any two characters.
    """
    for match in re.finditer(r"(\s*)(\S+)", text):
        spaced = bool(match.group(1))
        for part in _split_wide(match.group(2)):
            yield part, spaced
            spaced = False


def _split_wide(word: str) -> list[str]:
    parts: list[str] = []
    narrow = ""
    for char in word:
        if _char_width(char) == 2:
            if narrow:
                parts.append(narrow)
                narrow = ""
            parts.append(char)
        else:
            narrow += char
    if narrow:
        parts.append(narrow)
    return parts


def wrap_cells(text: str, width: int, *, indent: str = "", subsequent: str = "") -> list[str]:
    """Wrap ``text`` to ``width`` terminal cells, breaking CJK text between characters."""
    lines: list[str] = []
    line, used = indent, display_width(indent)
    fresh = True  # nothing but the indent on this line yet
    for piece, spaced in _pieces(text):
        gap = " " if spaced and not fresh else ""
        need = display_width(gap + piece)
        if not fresh and used + need > width:
            lines.append(line)
            line, used, fresh, gap = subsequent, display_width(subsequent), True, ""
            need = display_width(piece)
        while fresh and used + need > width and len(piece) > 1:  # one piece wider than a line
            head = fit(piece, max(width - used, 2))[:-1].rstrip()
            head = head if head else piece[0]
            lines.append(line + head)
            piece = piece[len(head) :]
            line, used = subsequent, display_width(subsequent)
            need = display_width(piece)
        line += gap + piece
        used += need
        fresh = False
    if not fresh or not lines:
        lines.append(line)
    return lines


def bounded(value: float, digits: int, top: float) -> str:
    """``value`` (from 0 to ``top``) with ``digits`` decimals, never rounded to a certainty
    the model does not give: a value that would show as ``top`` shows as ">99.9" (for
    ``top`` 100 and one decimal), one that would show as 0 as "<0.1"."""
    step = 10.0**-digits
    text = f"{value:.{digits}f}"
    if float(text) >= top:
        return f">{top - step:.{digits}f}"
    if float(text) <= 0:
        return f"<{step:.{digits}f}"
    return text


def _number(value: Any, digits: int, top: float) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return "?"
    return bounded(value, digits, top)


def format_table(results: Iterable[Mapping[str, Any]], lang: str = "en") -> str:
    """A fixed-width table: one line per creator, then its top reasons, wrapped.

    Verdicts print as their codes in English (``likely_fraudulent``: stable words to grep
    for) and by name in Chinese.
    """
    t = Translator(lang)
    header = (
        fit(t("table_creator"), _CREATOR_CELLS)
        + " "
        + fit(t("table_verdict"), _VERDICT_CELLS)
        + " "
        + fit(t("table_authenticity"), 12, align="right")
        + " "
        + fit(t("table_probability"), 9, align="right")
        + "  "
        + t("table_confidence")
    )
    lines = [header, "-" * 90]
    for result in results:
        verdict = safe_text(result.get("verdict", "?"))
        rated = verdict != "insufficient_data"
        verdict_name = verdict
        if lang != "en" and t.has(f"verdict_{verdict}"):
            verdict_name = t(f"verdict_{verdict}")
        authenticity = _number(result.get("authenticity"), 1, 100.0) if rated else "-"
        probability = _number(result.get("fraud_probability"), 3, 1.0) if rated else "-"
        confidence = safe_text(result.get("confidence") or "")
        if lang != "en" and t.has(f"confidence_{confidence}"):
            confidence = t(f"confidence_{confidence}")
        lines.append(
            fit(safe_text(result.get("creator_id", "?")), _CREATOR_CELLS)
            + " "
            + fit(verdict_name, _VERDICT_CELLS)
            + " "
            + fit(authenticity, 12, align="right")
            + " "
            + fit(probability, 9, align="right")
            + "  "
            + confidence
        )
        reasons = [r for r in result.get("reasons") or [] if isinstance(r, Mapping)]
        reasons.sort(key=lambda r: _SEVERITY_ORDER.get(str(r.get("severity")), 9))
        for reason in reasons[:_REASONS_SHOWN]:
            severity = str(reason.get("severity", "?"))
            if lang != "en" and t.has(f"severity_{severity}"):
                severity = t(f"severity_{severity}")
            text = safe_text(f"[{severity}] {reason.get('code', '?')}: {reason.get('message', '')}")
            lines.extend(wrap_cells(text, _WIDTH, indent="    ", subsequent="        "))
        lines.append("")
    return "\n".join(lines)


_REQUIRED: dict[str, tuple[type, ...]] = {
    "creator_id": (str,),
    "verdict": (str,),
    "authenticity": (int, float),
    "fraud_probability": (int, float),
}


def _check(number: int, value: Any) -> Mapping[str, Any] | RejectedRecord:
    if not isinstance(value, Mapping):
        return RejectedRecord(number, f"expected a JSON object, got {type(value).__name__}")
    if "verdict" not in value and any(name in value for name in _CREATOR_FIELDS):
        return RejectedRecord(
            number,
            "a creator record, not a score: score it first (fraud score IN -o scores.jsonl),"
            " or make its report (fraud report IN)",
        )
    for name, types in _REQUIRED.items():
        if name not in value:
            return RejectedRecord(number, f"{name}: field required")
        field = value[name]
        if isinstance(field, bool) or not isinstance(field, types):
            expected = "a string" if types == (str,) else "a number"
            return RejectedRecord(number, f"{name}: expected {expected}")
    reasons = value.get("reasons", [])
    if reasons is not None and not isinstance(reasons, list):
        return RejectedRecord(number, "reasons: expected a list")
    return value


_WANTED = "fraud table reads the JSON lines (or JSON) that fraud score writes, e.g. scores.jsonl"
# A record with these fields and no verdict is a creator, given before it was scored.
_CREATOR_FIELDS = ("profile", "posts", "follower_history")


def _read_decompressed(source: str | Path, stdin: IO[bytes] | None) -> bytes:
    """The bytes of ``source`` (``-``: ``stdin``), decompressed as ``fraud score`` reads its
    input (:func:`fraud.io.open_input`), so the ``.jsonl.gz`` that ``fraud score`` writes can
    be tabled."""
    from fraud.io import open_input, refuse_table_file

    name = str(source)
    if name == "-" and stdin is None:
        raise TableInputError("no standard input")
    try:
        if name.lower().endswith((".parquet", ".pq")):
            raise ValueError(f"{name}: a Parquet file is not read; {_WANTED}")
        refuse_table_file(name, _WANTED)
        with open_input(name, stdin) as (stream, compression):
            if compression is None:
                return stream.read()
            try:
                return stream.read()
            except (EOFError, OSError, ValueError) as error:  # truncated or corrupt
                raise TableInputError(
                    f"damaged {compression} data ({error or type(error).__name__})"
                ) from None
    except ValueError as error:  # the compression is not read: the caller names the file
        raise TableInputError(
            str(error).removeprefix(f"{name}: ").removeprefix(f"{name} ")
        ) from None


def read_results(
    source: str | Path, stdin: IO[bytes] | None = None
) -> tuple[list[Mapping[str, Any]], list[RejectedRecord]]:
    """ScoreResults from a JSONL file, a JSON array or one JSON object (``-`` = stdin).

    Returns the usable results and the records that are not, each with its number (line for
    JSONL, position for an array) and the failing field. Raises ``OSError`` when the file
    cannot be read and :class:`TableInputError` when it is not text.
    """
    data = _read_decompressed(source, stdin)
    # A byte-order mark (as Windows editors and Excel's "UTF-8" export write) is not JSON:
    # dropped, as the creators' readers drop it, so it costs neither an array nor a line.
    data = data.removeprefix(codecs.BOM_UTF8)
    from fraud.io import not_utf8_text

    not_utf8 = not_utf8_text(data)
    if not_utf8 is not None:
        raise TableInputError(not_utf8)
    stripped = data.lstrip()
    if stripped.startswith(b"["):
        try:
            whole = orjson.loads(data)
        except orjson.JSONDecodeError as error:
            raise TableInputError(f"not a valid JSON array: {error}") from None
        return _sort_out(enumerate(whole, start=1))
    lines = data.splitlines()
    if stripped.startswith(b"{") and len([x for x in lines if x.strip()]) > 1:
        # Either JSONL or one pretty-printed object: try the whole file first.
        try:
            return _sort_out([(1, orjson.loads(data))])
        except orjson.JSONDecodeError:
            pass
    parsed: list[tuple[int, Any]] = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                parsed.append((number, orjson.loads(line)))
            except orjson.JSONDecodeError as error:
                parsed.append((number, RejectedRecord(number, f"invalid JSON: {error}")))
    return _sort_out(parsed)


def _sort_out(
    items: Iterable[tuple[int, Any]],
) -> tuple[list[Mapping[str, Any]], list[RejectedRecord]]:
    good: list[Mapping[str, Any]] = []
    bad: list[RejectedRecord] = []
    for number, value in items:
        checked = value if isinstance(value, RejectedRecord) else _check(number, value)
        if isinstance(checked, RejectedRecord):
            bad.append(checked)
        else:
            good.append(checked)
    return good, bad
