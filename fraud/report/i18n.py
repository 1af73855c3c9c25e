"""The report's words in each language: one table (``strings.json``), looked up by key.

Every heading, label, verdict name and chart title of the HTML report and of the text table
comes from ``fraud/report/strings.json``; code never spells a user-facing word itself. Reason
messages stay as the scorer wrote them (English).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

__all__ = ["LANGUAGES", "Translator", "load_strings"]

LANGUAGES: tuple[str, ...] = ("en", "zh")


@cache
def load_strings() -> dict[str, dict[str, str]]:
    """The translation table: key -> {language: text}."""
    import json
    from importlib import resources

    text = resources.files("fraud.report").joinpath("strings.json").read_text(encoding="utf-8")
    table: dict[str, dict[str, str]] = json.loads(text)
    return table


@dataclass(frozen=True, slots=True)
class Translator:
    """Looks up UI strings in one language (falling back to English for a missing entry)."""

    lang: str = "en"

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"unknown language {self.lang!r}; use one of {', '.join(LANGUAGES)}")

    def __call__(self, key: str, **values: Any) -> str:
        """The text of ``key``, with ``{placeholders}`` filled from ``values``.

        A key the table lacks (a verdict or tier name added elsewhere later) is shown as the
        key itself rather than breaking the page; tests check every key the code spells.
        A count ``n`` of 0 or 1 takes the entry ``<key>_0`` or ``<key>_1`` when the table has
        one ("no jump detected", "1 jump detected" beside "{n} jumps detected").
        """
        table = load_strings()
        if values.get("n") in (0, 1) and f"{key}_{values['n']}" in table:
            key = f"{key}_{values['n']}"
        entry = table.get(key)
        if entry is None:
            return key
        text = entry.get(self.lang) or entry["en"]
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        """Whether the table has ``key``."""
        return key in load_strings()

    def bundle(self, keys: tuple[str, ...] | list[str]) -> dict[str, str]:
        """Several strings at once (handed to the page's script as JSON)."""
        return {key: self(key) for key in keys}
