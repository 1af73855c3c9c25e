"""Counts and their nouns in messages: "1 post", "2 posts", never "1 posts".

Every message that puts a count before a noun (reasons, the checks' notes, the import and
scoring summaries) words it here. The standard library only, and nothing of ``fraud``: the
importers and the service import it without loading numpy, pandas or the scoring stack.

Whether a count is one is read from the number as shown: ``counted(0.6, "day", ".0f")`` is
"1 day" and ``counted(1.0, "day", ".1f")`` "1.0 days".
"""

from __future__ import annotations

__all__ = ["counted", "is_one", "one_or_many", "plural"]


def is_one(n: int | float | str) -> bool:
    """Whether ``n`` (a number, or a number already formatted) reads as one: 1, "1",
    "+1" or "-1"."""
    if isinstance(n, str):
        return n.strip().lstrip("+-") == "1"
    return abs(n) == 1


def one_or_many(n: int | float | str, one: str, many: str) -> str:
    """``one`` when ``n`` is one, else ``many``: a noun, a verb or a phrase that agrees with
    the count ("asks" / "ask", "post has" / "posts have")."""
    return one if is_one(n) else many


def plural(n: int | float | str, noun: str, nouns: str | None = None) -> str:
    """``noun`` as it goes with ``n``: itself for one, else ``nouns`` (by default ``noun``
    and an "s")."""
    return one_or_many(n, noun, noun + "s" if nouns is None else nouns)


def counted(n: int | float | str, noun: str, nouns: str | None = None, spec: str = "") -> str:
    """``n`` and the noun that goes with it: "1 creator", "3 creators", "1,200 followers"
    (``spec`` formats ``n``: ``","``, ``".0f"``...; a string ``n`` is shown as it is)."""
    shown = n if isinstance(n, str) else format(n, spec)
    return f"{shown} {plural(shown, noun, nouns)}"
