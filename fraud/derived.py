"""Analyses derived from the lexicons, generated at build time and shipped in the package.

Loading the comment classifier reads each lexicon pattern with the standard library's regex
parser several times over (the gates and prechecks of :class:`fraud.text_patterns.
GatedPatterns`), spells the sound rules of ``lures.txt`` in pinyin (through OpenCC), reads the
emoji library's data and asks ``str.isalnum`` about every character of the Basic Multilingual
Plane: a couple of hundred milliseconds per process, for results that only change when the
lexicons, the analysing code or those libraries do. ``make derived`` (``python -m
fraud.derived``) computes them once into :data:`DERIVED_FILE`, committed with the lexicons
(as ``pinyin.txt`` is, by :mod:`fraud.sound_table`).

Each entry records what it was derived from: a SHA-256 of its inputs (the pattern sources, the
lexicon files' bytes), the Python minor version (its regex parser and Unicode tables) and the
version of each library it reads (``importlib.metadata``). :func:`load` uses an entry only
when all of these equal the running ones; otherwise (an edited lexicon, another Python or
library version, a missing or damaged file) it builds the analysis as the generator does:
slower, never an error, and nothing is written at run time. A change to the analysing code
itself is caught by ``tests/test_startup.py``, which regenerates every entry and compares it
with the shipped file.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import orjson

from fraud import paths

__all__ = [
    "DERIVED_FILE",
    "MAKE_TARGET",
    "Analysis",
    "analyses",
    "encode_document",
    "generate",
    "inputs_digest",
    "library_version",
    "load",
    "python_version",
    "stale_entries",
    "write",
]

T = TypeVar("T")

DERIVED_FILE = paths.PACKAGE_DIR / "lexicons" / "derived.json"
_FORMAT = "creator-fraud derived analyses 1"
MAKE_TARGET = "make derived"


@dataclass(frozen=True)
class Analysis(Generic[T]):
    """One derived analysis: ``build()`` computes it from ``inputs``; ``encode`` turns its
    value into JSON data (deterministic: sorted sets), ``decode`` reads that back (raising
    ValueError, TypeError, KeyError or IndexError on data that is not such a value)."""

    name: str
    inputs: Sequence[bytes | str]
    build: Callable[[], T]
    encode: Callable[[T], Any]
    decode: Callable[[Any], T]
    #: library name -> installed version, for the libraries the analysis reads
    libraries: Mapping[str, str] = field(default_factory=dict)

    def provenance(self) -> dict[str, Any]:
        """What the analysis is derived from, as recorded in the shipped file."""
        return {
            "inputs_sha256": inputs_digest(self.inputs),
            "python": python_version(),
            "libraries": dict(sorted(self.libraries.items())),
        }

    def entry(self, value: T) -> dict[str, Any]:
        return {**self.provenance(), "data": self.encode(value)}


def python_version() -> str:
    """The running Python's minor version (``3.11``)."""
    return f"{sys.version_info.major}.{sys.version_info.minor}"


@functools.cache
def library_version(distribution: str) -> str:
    """The installed version of a distribution, ``absent`` when it is not installed."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def inputs_digest(inputs: Sequence[bytes | str]) -> str:
    """SHA-256 of a list of inputs, each length-prefixed (no two lists hash alike)."""
    digest = hashlib.sha256()
    for part in inputs:
        data = part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass")
        digest.update(b"%d\0" % len(data) + data)
    return digest.hexdigest()


@functools.cache
def _shipped(path: Path = DERIVED_FILE) -> dict[str, Any]:
    """The entries of the shipped file ({} when it is missing or not one)."""
    try:
        document = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    if not isinstance(document, dict) or document.get("format") != _FORMAT:
        return {}
    entries = document.get("analyses")
    return entries if isinstance(entries, dict) else {}


def load(analysis: Analysis[T]) -> T:
    """The shipped value of ``analysis`` when it was derived from the same inputs with the same
    Python and library versions, else ``analysis.build()``."""
    entry = _shipped().get(analysis.name)
    if isinstance(entry, dict) and "data" in entry:
        recorded = {key: entry.get(key) for key in ("inputs_sha256", "python", "libraries")}
        if recorded == analysis.provenance():
            try:
                return analysis.decode(entry["data"])
            except (KeyError, TypeError, ValueError, IndexError):
                pass  # not a value of this code: built below
    return analysis.build()


def analyses() -> Iterator[tuple[Analysis[Any], Any]]:
    """Every analysis start-up loads, each built from scratch from the current inputs and code
    (an analysis whose inputs are another's value gets the freshly built one), with its value."""
    from fraud import comment_quality, lures
    from fraud.text_patterns import pattern_analysis

    for name, patterns in comment_quality.lexicon_patterns():
        analysis = pattern_analysis(name, patterns)
        yield analysis, analysis.build()
    rules = lures.rule_sources_analysis()
    sources = rules.build()
    yield rules, sources
    for how, rows in (("write", sources.write), ("text", sources.text)):
        analysis = pattern_analysis(f"lures_{how}", [pattern for pattern, _label in rows])
        yield analysis, analysis.build()
    sound = pattern_analysis("lures_sound", lures.sound_alternatives(sources.sound))
    yield sound, sound.build()
    emoji = comment_quality.emoji_analysis()
    yield emoji, emoji.build()
    word_chars = lures.word_chars_analysis()
    yield word_chars, word_chars.build()


def generate() -> dict[str, Any]:
    """The document :data:`DERIVED_FILE` holds, computed now."""
    entries = {analysis.name: analysis.entry(value) for analysis, value in analyses()}
    return {"format": _FORMAT, "analyses": dict(sorted(entries.items()))}


def encode_document(document: dict[str, Any]) -> bytes:
    """The file's bytes: sorted keys, two-space indentation, a final newline."""
    return orjson.dumps(document, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2) + b"\n"


def stale_entries(shipped: Mapping[str, Any], generated: Mapping[str, Any]) -> list[str]:
    """The names of the analyses on which two documents differ (missing from one, other
    provenance, other data)."""
    if shipped.get("format") != generated.get("format"):
        return ["format"]
    ours, theirs = shipped.get("analyses", {}), generated.get("analyses", {})
    return sorted(name for name in set(ours) | set(theirs) if ours.get(name) != theirs.get(name))


def write(path: Path = DERIVED_FILE) -> None:
    path.write_bytes(encode_document(generate()))


if __name__ == "__main__":
    write()
    print(f"wrote {DERIVED_FILE}")
