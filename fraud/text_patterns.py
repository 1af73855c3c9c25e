"""Many regular expressions searched as one, fast: an Aho-Corasick automaton over their gates.

Python's ``re`` tries every alternative of a big ``a|b|c`` at every position, and checking the
literal of each pattern with ``in`` costs one scan of the text per pattern. Here each pattern
gets a *gate*: literal strings one of which every match must contain, read from the parsed
pattern. One pass of an Aho-Corasick automaton (pyahocorasick) over the text finds which gates
occur; only their patterns, and the few patterns without a gate, are run.
"""

from __future__ import annotations

import importlib
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from fraud import derived

__all__ = [
    "CJK_CLASS",
    "CJK_RANGES",
    "HAS_CJK",
    "CharClasses",
    "GatedPatterns",
    "PatternAnalysis",
    "analyse_patterns",
    "bmp_members_mask",
    "bmp_ranges_mask",
    "chunk_automaton",
    "chunk_bytes_automaton",
    "cjk_mask",
    "pattern_analysis",
    "required_literals",
    "run_owners",
    "sorted_distinct",
    "sorted_uint32",
    "split_top_level",
]

#: The Han ideograph blocks every "Chinese character" check uses (CJK Unified Ideographs
#: Extension A, CJK Unified Ideographs, CJK Compatibility Ideographs), as code point ranges.
CJK_RANGES: tuple[tuple[int, int], ...] = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
#: The same ranges for a regex character class (``f"[{CJK_CLASS}]"``).
CJK_CLASS = "".join(f"{chr(low)}-{chr(high)}" for low, high in CJK_RANGES)
#: A Chinese character (``search``: anywhere; ``match``: at the start).
HAS_CJK = re.compile(f"[{CJK_CLASS}]")


def cjk_mask(codes: np.ndarray) -> np.ndarray:
    """Which of these code points are in :data:`CJK_RANGES`."""
    mask = np.zeros(len(codes), dtype=bool)
    for low, high in CJK_RANGES:
        mask |= (codes >= low) & (codes <= high)
    return mask


# The regex parser of the standard library (Python >= 3.11 names), used only to read the literal
# prefixes of patterns. Imported by name: it is not public API.
_sre_constants: Any = importlib.import_module("re._constants")
_sre_parser: Any = importlib.import_module("re._parser")


@dataclass(frozen=True)
class PatternAnalysis:
    """What :class:`GatedPatterns` reads from its patterns' sources, one entry per pattern:
    a pure function of the sources (:func:`analyse_patterns`), so it is generated at build
    time and shipped (:mod:`fraud.derived`) instead of re-parsing every pattern at each start."""

    #: :func:`required_literals` (None: ungated)
    gates: tuple[frozenset[str] | None, ...]
    #: :func:`_prechecks`
    prechecks: tuple[tuple[tuple[str, ...], ...], ...]
    #: :func:`_prefix_searchable`
    fast_sources: tuple[str, ...]
    #: :func:`_starts_after_non_ascii`
    needs_non_ascii: tuple[bool, ...]
    #: :func:`_first_chars` of the ungated patterns (None for the gated ones: not needed)
    first_chars: tuple[frozenset[str] | None, ...]
    #: :func:`_needs_digit`
    needs_digit: tuple[bool, ...]
    #: :func:`chunk_literals` (None: the pattern's gate, or ungated)
    chunk_gates: tuple[frozenset[str] | None, ...]

    @property
    def n_patterns(self) -> int:
        return len(self.gates)

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable form (sets as sorted lists); :meth:`from_json` reads it back."""

        def sorted_or_none(values: frozenset[str] | None) -> list[str] | None:
            return None if values is None else sorted(values)

        return {
            "gates": [sorted_or_none(gate) for gate in self.gates],
            "prechecks": [[list(literals) for literals in checks] for checks in self.prechecks],
            "fast_sources": list(self.fast_sources),
            "needs_non_ascii": list(self.needs_non_ascii),
            "first_chars": [sorted_or_none(first) for first in self.first_chars],
            "needs_digit": list(self.needs_digit),
            "chunk_gates": [sorted_or_none(gate) for gate in self.chunk_gates],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PatternAnalysis:
        """The analysis :meth:`to_json` wrote; ValueError when ``data`` is not one."""

        def strings(values: Any) -> tuple[str, ...]:
            if not isinstance(values, list) or not set(map(type, values)) <= {str}:
                raise ValueError("expected a list of strings")
            return tuple(values)

        def set_or_none(values: Any) -> frozenset[str] | None:
            return None if values is None else frozenset(strings(values))

        gates = tuple(set_or_none(gate) for gate in data["gates"])
        prechecks = tuple(
            tuple(strings(literals) for literals in checks) for checks in data["prechecks"]
        )
        fast_sources = strings(data["fast_sources"])
        needs_non_ascii = tuple(data["needs_non_ascii"])
        needs_digit = tuple(data["needs_digit"])
        if not all(isinstance(flag, bool) for flag in (*needs_non_ascii, *needs_digit)):
            raise ValueError("needs_non_ascii, needs_digit: expected booleans")
        first_chars = tuple(set_or_none(first) for first in data["first_chars"])
        chunk_gates = tuple(set_or_none(gate) for gate in data["chunk_gates"])
        n = len(gates)
        lengths = {len(prechecks), len(fast_sources), len(needs_non_ascii), len(first_chars)}
        if lengths | {len(needs_digit), len(chunk_gates)} != {n}:
            raise ValueError("one entry per pattern in every field")
        return cls(
            gates, prechecks, fast_sources, needs_non_ascii, first_chars, needs_digit, chunk_gates
        )


def analyse_patterns(patterns: Sequence[str]) -> PatternAnalysis:
    """Parse each pattern's source for :class:`GatedPatterns` (the costly part of building one:
    several passes of the standard library's regex parser per pattern). Raises ``re.error``
    for a pattern that does not compile (so an analysis, stored or not, is of valid ones)."""
    for source in patterns:
        re.compile(source)
    gates = tuple(required_literals(source) for source in patterns)
    return PatternAnalysis(
        gates=gates,
        prechecks=tuple(_prechecks(source) for source in patterns),
        fast_sources=tuple(_prefix_searchable(source) for source in patterns),
        needs_non_ascii=tuple(_starts_after_non_ascii(source) for source in patterns),
        first_chars=tuple(
            _first_chars(source) if gate is None else None
            for source, gate in zip(patterns, gates, strict=True)
        ),
        needs_digit=tuple(_needs_digit(source) for source in patterns),
        chunk_gates=tuple(
            None if gate is None else chunk_literals(source, gate)
            for source, gate in zip(patterns, gates, strict=True)
        ),
    )


def pattern_analysis(name: str, patterns: Sequence[str]) -> derived.Analysis[PatternAnalysis]:
    """:func:`analyse_patterns` of ``patterns`` as a shipped analysis (:mod:`fraud.derived`;
    ``name`` names its entry): ``derived.load`` of it reads the shipped analysis when it was
    made from these very sources with this Python."""
    sources = list(patterns)

    def decode(data: Any) -> PatternAnalysis:
        analysis = PatternAnalysis.from_json(data)
        if analysis.n_patterns != len(sources):
            raise ValueError("one analysis per pattern")
        return analysis

    return derived.Analysis(
        f"patterns_{name}",
        sources,
        lambda: analyse_patterns(sources),
        PatternAnalysis.to_json,
        decode,
    )


class CompiledOnUse(dict[int, "re.Pattern[str]"]):
    """``self[i]`` is ``re.compile(sources[i])``, compiled on first use and kept."""

    __slots__ = ("_sources",)

    def __init__(self, sources: Sequence[str]) -> None:
        super().__init__()
        self._sources = tuple(sources)

    def __missing__(self, index: int) -> re.Pattern[str]:
        compiled = self[index] = re.compile(self._sources[index])
        return compiled


class GatedPatterns:
    """Labelled regular expressions; :meth:`find` returns the label of the first that matches
    (in the order given), :meth:`search` whether any does.

    ``analysis`` is :func:`analyse_patterns` of ``patterns``, when the caller has it already
    (the shipped one, :func:`pattern_analysis`); each pattern and its fast form are compiled
    on first use (:meth:`compile_all`: all of them now)."""

    def __init__(
        self,
        patterns: Sequence[str],
        labels: Sequence[str] | None = None,
        analysis: PatternAnalysis | None = None,
    ) -> None:
        import ahocorasick

        labels = list(labels) if labels is not None else [""] * len(patterns)
        if len(labels) != len(patterns):
            raise ValueError("one label per pattern")
        if analysis is None:
            analysis = analyse_patterns(patterns)
        elif analysis.n_patterns != len(patterns):
            raise ValueError("one analysis per pattern")
        # Each pattern and its fast form are compiled on first use (most texts never reach
        # most patterns, and compiling all of them was most of start-up); every source was
        # compiled when its analysis was made (analyse_patterns), and compile_all compiles
        # them now. The chunk-level methods run each pattern in a form the regex engine can
        # search by its literal prefix (see _prefix_searchable); find and search keep the
        # originals.
        self._n_patterns = len(patterns)
        self._compiled = CompiledOnUse(patterns)
        self._compiled_fast = CompiledOnUse(analysis.fast_sources)
        self._labels = labels
        # further literals every match holds, tried with ``in`` before a candidate's regex in
        # the chunk methods (a scan per literal instead of the regex over a long comment)
        self._prechecks = list(analysis.prechecks)
        self._ungated: list[int] = []
        by_literal: dict[str, list[int]] = {}
        for index, gate in enumerate(analysis.gates):
            if gate is None:
                self._ungated.append(index)
            else:
                for literal in gate:
                    by_literal.setdefault(literal, []).append(index)
        self._automaton: Any = None
        # per literal: the indices of its patterns and of the ungated ones, sorted (for
        # find and search)
        self._by_gate: list[tuple[int, ...]] = []
        if by_literal:
            automaton = ahocorasick.Automaton()
            for number, (literal, indices) in enumerate(by_literal.items()):
                automaton.add_word(literal, number)
                self._by_gate.append(tuple(sorted({*indices, *self._ungated})))
            automaton.make_automaton()
            self._automaton = automaton
        # The chunk methods gate each pattern by its sharper literals where the analysis has
        # them (chunk_literals: "siwo", "si wo" for "\bsi ?wo\b", which find and search gate
        # by "si"), else by its gate: per such literal, the indices of its patterns alone
        # (the chunk methods add the ungated ones a text's first character allows).
        self._chunk_gates = tuple(
            sharper or gate
            for gate, sharper in zip(analysis.gates, analysis.chunk_gates, strict=True)
        )
        by_chunk_literal: dict[str, list[int]] = {}
        for index, literals in enumerate(self._chunk_gates):
            for literal in literals or ():
                by_chunk_literal.setdefault(literal, []).append(index)
        self._own_by_gate = [tuple(sorted(set(indices))) for indices in by_chunk_literal.values()]
        # in a Rust automaton over the chunk's UTF-8 bytes, for a whole chunk at once (about
        # twice as fast per character as pyahocorasick's iterator, which stays the per-text
        # reference, and about half the time of the string automaton's own encoding and
        # offset mapping on Chinese comments) ...
        self._chunk_literals = list(by_chunk_literal)
        self._chunk_bytes_automaton: Any = None
        if by_chunk_literal:
            self._chunk_bytes_automaton = chunk_bytes_automaton(self._chunk_literals)
        # ... and over characters (a chunk that does not encode, or whose texts hold the
        # separator; gates that hold it), built on first use: rare, and each automaton costs
        # several milliseconds of every process's start
        self._string_automaton: Any = None
        self._table: tuple[np.ndarray, np.ndarray] | None = None
        self._ungated_only = tuple(self._ungated)
        # The ungated patterns as one regex, for :meth:`search_many` (a yes/no answer does not
        # need their order): one search instead of one per pattern. None when they cannot be
        # joined safely (back-references, named groups, inline flags).
        self._ungated_any: re.Pattern[str] | None = None
        if len(self._ungated) > 1:
            sources = [patterns[i] for i in self._ungated]
            if not any(_UNSAFE_TO_JOIN.search(source) for source in sources):
                try:
                    self._ungated_any = re.compile("|".join(f"(?:{s})" for s in sources))
                except re.error:
                    self._ungated_any = None
        # all anchored at the start (the usual case): try position 0 only, as each would
        self._ungated_any_at_start = all(patterns[i].startswith("^") for i in self._ungated)
        # ... and then only those whose matches can start with the text's first character
        # (or whose first characters are not known): per first character, one regex of
        # them, compiled on first use
        self._by_first: dict[str, list[str]] = {}
        self._by_first_compiled: dict[str, re.Pattern[str] | None] = {}
        self._ungated_rest: re.Pattern[str] | None = self._ungated_any
        if self._ungated_any is not None and self._ungated_any_at_start:
            sources = [patterns[i] for i in self._ungated]
            firsts = [analysis.first_chars[i] for i in self._ungated]
            self._ungated_rest = _joined_or_none(
                [source for source, first in zip(sources, firsts, strict=True) if first is None]
            )
            for char in sorted({char for first in firsts if first for char in first}):
                self._by_first[char] = [
                    source
                    for source, first in zip(sources, firsts, strict=True)
                    if first is None or char in first
                ]
        self._gates_sep_safe = all(SEPARATOR not in literal for literal in by_chunk_literal)
        # For find_many: the characters a match of each start-anchored ungated pattern starts
        # with (None: gated, unanchored or not known), and per first character of a text the
        # ungated patterns it may match, in order (a text starting with another character:
        # those whose first characters are not known). Such a pattern is tried at position 0
        # only, so a text whose first character is not among them cannot match it.
        start_chars: list[frozenset[str] | None] = [None] * len(patterns)
        for i in self._ungated:
            start_chars[i] = analysis.first_chars[i]
        self._ungated_unknown_first = tuple(i for i in self._ungated if start_chars[i] is None)
        self._ungated_by_first: dict[str, tuple[int, ...]] = {}
        for char in sorted({c for i in self._ungated for c in start_chars[i] or ()}):
            self._ungated_by_first[char] = tuple(
                i for i in self._ungated if char in (start_chars[i] or char)
            )
        self._any_start_chars = any(start_chars[i] is not None for i in self._ungated)
        # patterns that must follow a non-ASCII character ("(?<=[\u4e00-\u9fff])v..."): never
        # tried on an ASCII text
        self._needs_non_ascii = list(analysis.needs_non_ascii)
        # patterns every match of which holds a digit: never tried on a text without one
        # (checked once per text, when such a pattern comes up)
        self._needs_digit = list(analysis.needs_digit)

    def compile_all(self) -> None:
        """Compile every pattern and fast form now (raises ``re.error`` for a bad one)."""
        for index in range(self._n_patterns):
            self._compiled[index]
            self._compiled_fast[index]

    def compiled_patterns(self) -> list[re.Pattern[str]]:
        """Every pattern as given, compiled, in order."""
        return [self._compiled[index] for index in range(self._n_patterns)]

    def _candidates(self, text: str) -> tuple[int, ...] | list[int]:
        if self._automaton is None:
            return self._ungated_only
        gates = {number for _end, number in self._automaton.iter(text)}
        if not gates:
            return self._ungated_only
        if len(gates) == 1:
            return self._by_gate[gates.pop()]
        by_gate = self._by_gate
        return sorted(set().union(*[by_gate[number] for number in gates]))

    def find(self, text: str) -> str | None:
        """The label of the first pattern (in the given order) that matches, else ``None``."""
        for index in self._candidates(text):
            if self._compiled[index].search(text):
                return self._labels[index]
        return None

    def search(self, text: str) -> bool:
        """Whether any pattern matches somewhere in ``text``."""
        return self.find(text) is not None

    # ---------------------------------------------------------------------------- chunk level

    def _gated_many(self, texts: Sequence[str]) -> list[Sequence[int] | None]:
        """For every text, the patterns of the gate literals it holds (the sharper ones of
        :func:`chunk_literals` where a pattern has them), sorted, without the ungated ones
        (None: it holds none), from one automaton pass over the whole chunk
        (texts joined by :data:`SEPARATOR`, which no gate literal contains, so no gate is
        found across two texts; each hit is mapped back to its text by its start)."""
        n = len(texts)
        out: list[Sequence[int] | None] = [None] * n
        if not self._chunk_literals:
            return out
        own_by_gate = self._own_by_gate
        if not self._gates_sep_safe:
            find = self._chunk_automaton().find_matches_as_indexes
            for i, text in enumerate(texts):
                text = _LONE_SURROGATE.sub("\ufffd", text)  # (see _chunk_hits)
                gates = {number for number, _start, _end in find(text, overlapping=True)}
                if gates:
                    out[i] = sorted(set().union(*[own_by_gate[number] for number in gates]))
            return out
        hits, ends = self._chunk_hits(texts)
        if not hits:
            return out
        if len(hits) <= _FEW_HITS:  # numpy's fixed costs outweigh a short Python loop
            # the separator after text i is at ends[i]: a hit starting at or before it and
            # after the one before is in text i
            owners = np.searchsorted(ends, [start for _number, start, _end in hits]).tolist()
            found_in: dict[int, set[int]] = {}
            for (number, _start, _end), owner in zip(hits, owners, strict=True):
                found_in.setdefault(owner, set()).update(own_by_gate[number])
            for owner, indices in found_in.items():
                out[owner] = sorted(indices)
            return out
        # In numpy: the text of each hit (by its start: the separator after text i is at
        # ends[i]), the patterns of each hit's gate, then the sorted distinct (text, pattern)
        # pairs, cut per text
        # (from the flattened tuples: about twice as fast as np.array of the list)
        found = np.fromiter(
            itertools.chain.from_iterable(hits), dtype=np.int64, count=3 * len(hits)
        ).reshape(-1, 3)
        numbers = found[:, 0]
        owners = np.searchsorted(ends, found[:, 1], side="left")
        pointers, members = self._gate_table()
        counts = pointers[numbers + 1] - pointers[numbers]
        total = int(counts.sum())
        first = np.repeat(pointers[numbers], counts)
        offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
        n_patterns = self._n_patterns
        keys = sorted_distinct(np.repeat(owners, counts) * n_patterns + members[first + offsets])
        key_owners = keys // n_patterns
        patterns = (keys % n_patterns).tolist()
        cuts = np.flatnonzero(
            np.concatenate(([True], key_owners[1:] != key_owners[:-1], [True]))
        ).tolist()
        owner_list = key_owners[cuts[:-1]].tolist()
        for owner, begin, stop in zip(owner_list, cuts[:-1], cuts[1:], strict=True):
            out[owner] = patterns[begin:stop]
        return out

    def _chunk_hits(self, texts: Sequence[str]) -> tuple[list[tuple[int, int, int]], np.ndarray]:
        """The gate hits (literal number, start, end) of the texts joined by
        :data:`SEPARATOR`, and the offset of the separator after each text (the last: the
        end), in the same unit as the hits' offsets: bytes of the UTF-8 encoding when no
        text holds the separator (each separator is then the one zero byte at its place, and
        a literal's bytes occur exactly where the literal does: UTF-8 never matches in the
        middle of a character; a lone surrogate is written as its three bytes, which no
        literal's bytes match, as no literal holds one), else characters (a lone surrogate,
        which the Rust automaton cannot take, read as U+FFFD: the same offsets, and at most a
        gate found more, which only brings patterns to try)."""
        n = len(texts)
        joined = SEPARATOR.join(texts)
        data = joined.encode("utf-8", "surrogatepass")
        zeros = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 0)
        if len(zeros) == n - 1:
            ends = np.empty(n, dtype=np.int64)
            ends[:-1] = zeros
            ends[-1] = len(data)
            hits = self._chunk_bytes_automaton.find_matches_as_indexes(data, overlapping=True)
            return hits, ends
        joined = _LONE_SURROGATE.sub("\ufffd", joined)
        hits = self._chunk_automaton().find_matches_as_indexes(joined, overlapping=True)
        ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=n) + 1) - 1
        return hits, ends

    def _chunk_automaton(self) -> Any:
        """:func:`chunk_automaton` of the chunk methods' gate literals (made on first use)."""
        if self._string_automaton is None:
            self._string_automaton = chunk_automaton(self._chunk_literals)
        return self._string_automaton

    def _gate_table(self) -> tuple[np.ndarray, np.ndarray]:
        """The patterns of every gate (its own, without the ungated ones) as CSR arrays."""
        if self._table is None:
            lengths = [len(indices) for indices in self._own_by_gate]
            pointers = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
            members = np.array(
                [index for indices in self._own_by_gate for index in indices], dtype=np.int64
            )
            self._table = (pointers, members)
        return self._table

    def find_many(self, texts: Sequence[str]) -> list[str | None]:
        """``[self.find(t) for t in texts]``, with one automaton pass for the whole chunk."""
        labels = self._labels
        ungated = self._ungated_only
        first_match = self._first_match
        # the ungated patterns a text may match: when some are anchored with known first
        # characters, those its first character allows (looked up once per text, instead
        # of a check per pattern)
        by_first = self._ungated_by_first if self._any_start_chars else None
        unknown_first = self._ungated_unknown_first
        out: list[str | None] = []
        for text, gated in zip(texts, self._gated_many(texts), strict=True):
            extra = ungated if by_first is None else by_first.get(text[:1], unknown_first)
            candidates: Sequence[int]
            if gated is None:
                candidates = extra
            elif extra:  # (disjoint: the gated lists hold no ungated pattern)
                candidates = sorted((*gated, *extra))
            else:
                candidates = gated
            index = first_match(text, candidates) if candidates else None
            out.append(None if index is None else labels[index])
        return out

    def search_many(self, texts: Sequence[str]) -> list[bool]:
        """``[self.search(t) for t in texts]``: one automaton pass for the chunk, and the
        ungated patterns tried as one regex (also for a text whose gates let some gated
        patterns in: those are tried one by one, the ungated ones through the one regex)."""
        ungated_any = self._ungated_any
        ungated = self._ungated_only
        first_match = self._first_match
        at_start = self._ungated_any_at_start
        # _search_ungated inlined: the regex of each first character, looked up once per call
        by_first: dict[str, re.Pattern[str] | None] = {}
        out: list[bool] = []
        for text, gated in zip(texts, self._gated_many(texts), strict=True):
            candidates: Sequence[int]
            if ungated_any is not None:
                if at_start:  # "^a|^b" searched = matched at 0 (no MULTILINE flag)
                    first = text[:1]
                    pattern = by_first.get(first, _NOT_YET)
                    if pattern is _NOT_YET:
                        pattern = by_first[first] = self._ungated_for(first)
                    hit = pattern is not None and pattern.match(text) is not None
                else:
                    hit = ungated_any.search(text) is not None
                if hit or gated is None:
                    out.append(hit)
                    continue
                candidates = gated
            else:  # (any match will do: the order does not matter)
                candidates = ungated if gated is None else (*gated, *ungated)
            out.append(bool(candidates) and first_match(text, candidates) is not None)
        return out

    def _first_match(self, text: str, candidates: Sequence[int]) -> int | None:
        """The first of the candidate patterns (in their order) that matches ``text``, by
        their fast forms, else None; a pattern is not tried where its analysis says it
        cannot match (a text without a non-ASCII character, or without a digit, or a long
        one without a literal of each of its prechecks)."""
        needs_non_ascii, needs_digit = self._needs_non_ascii, self._needs_digit
        prechecks, compiled = self._prechecks, self._compiled_fast
        ascii_only = text.isascii()
        long_text = len(text) > _PRECHECK_FROM
        has_digit = None
        for index in candidates:
            if ascii_only and needs_non_ascii[index]:
                continue
            if needs_digit[index]:
                if has_digit is None:
                    has_digit = _DIGIT.search(text) is not None
                if not has_digit:
                    continue
            checks = prechecks[index]
            if checks and long_text and not _holds_all(text, checks):
                continue
            if compiled[index].search(text):
                return index
        return None

    def _search_ungated(self, text: str) -> bool:
        assert self._ungated_any is not None
        if self._ungated_any_at_start:  # "^a|^b" searched = matched at 0 (no MULTILINE flag)
            pattern = self._ungated_for(text[:1])
            return pattern is not None and pattern.match(text) is not None
        return self._ungated_any.search(text) is not None

    def _ungated_for(self, first: str) -> re.Pattern[str] | None:
        """The anchored ungated patterns that a text starting with ``first`` may match, as
        one regex (None: none may)."""
        sources = self._by_first.get(first)
        if sources is None:
            return self._ungated_rest
        compiled = self._by_first_compiled.get(first, _NOT_YET)
        if compiled is _NOT_YET:
            compiled = _joined_or_none(sources)
            self._by_first_compiled[first] = compiled
        return compiled

    def search_fast(self, text: str) -> bool:
        """:meth:`search` of one text, the ungated patterns tried as one regex."""
        candidates = self._candidates(text)
        if self._ungated_any is not None and candidates is self._ungated_only:
            return self._search_ungated(text)
        return any(self._compiled_fast[index].search(text) for index in candidates)


_NOT_YET: Any = object()
_DIGIT = re.compile(r"\d")
_MAX_PRECHECK_LITERALS = 6
#: texts of more characters get the prechecks (on short ones the regex is as quick)
_PRECHECK_FROM = 64


def _prechecks(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Literal sets every match of ``pattern`` holds one of (a run of literal characters, or
    one of the small sets of a group, alternation, class or repeat), the two most selective
    besides the gate (which the automaton has checked): the pattern can only match a text
    holding a literal of each. Empty when not known (inline flags...)."""
    if _UNSAFE_TO_JOIN.search(pattern):
        return ()
    try:
        items = list(_sre_parser.parse(pattern))
    except re.error:
        return ()
    gate = required_literals(pattern)
    found: set[frozenset[str]] = set()
    run = ""
    for op, argument in [*items, (None, None)]:
        if op is _sre_constants.LITERAL:
            run += chr(argument)
            continue
        if run:
            found.add(frozenset({run}))
            run = ""
        if op is not None:
            literals = _first_literals([(op, argument)])
            if literals and len(literals) <= _MAX_PRECHECK_LITERALS:
                found.add(frozenset(literals))
    if gate is not None:
        found.discard(gate)
    best = sorted(
        found, key=lambda literals: (_selectivity(set(literals)), sorted(literals)), reverse=True
    )[:2]
    return tuple(tuple(sorted(literals)) for literals in best)


def _holds_all(text: str, checks: tuple[tuple[str, ...], ...]) -> bool:
    for literals in checks:
        for literal in literals:
            if literal in text:
                break
        else:
            return False
    return True


_BMP = 0x10000
_FEW_BEYOND = 512
_MAX_BEYOND = 1 << 16


class CharClasses:
    """Bit flags (up to 8) of every character of a text, in numpy: one pass over a whole chunk
    (its texts joined by :data:`SEPARATOR`) in place of a regex search per text.

    ``classify`` gives the flags of one character; it is run per distinct character beyond
    the Basic Multilingual Plane in each text that holds one (emoji, rare ideographs), and,
    on first use, once per code point of the plane, unless ``table`` builds the same 65,536
    flags in numpy (several times faster: tests/test_startup.py holds each such builder to
    ``[classify(chr(cp)) for cp in range(0x10000)]``)."""

    def __init__(
        self, classify: Callable[[str], int], table: Callable[[], np.ndarray] | None = None
    ) -> None:
        self._classify = classify
        self._build_table = table
        self._table: np.ndarray | None = None
        self._beyond: dict[int, int] = {}

    def prepare(self) -> None:
        """Build the table now (before worker processes fork, say) rather than on first use."""
        self._bmp()

    def reference_table(self) -> np.ndarray:
        """The flags of every code point of the plane, one ``classify`` call each."""
        classify = self._classify
        return np.array([classify(chr(cp)) for cp in range(_BMP)], dtype=np.uint8)

    def _bmp(self) -> np.ndarray:
        if self._table is None:
            if self._build_table is None:
                self._table = self.reference_table()
            else:
                table = np.asarray(self._build_table(), dtype=np.uint8)
                if table.shape != (_BMP,):
                    raise ValueError(f"a character table has {_BMP} entries, not {table.shape}")
                self._table = table
        return self._table

    def __call__(self, text: str) -> tuple[np.ndarray, np.ndarray] | None:
        """The code points of ``text`` and their flags; None when the text holds a lone
        surrogate (it does not encode)."""
        try:
            codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        except UnicodeEncodeError:
            return None
        table = self._bmp()
        beyond = codes >= _BMP
        if not beyond.any():
            return codes, table[codes]
        flags = table[np.where(beyond, 0, codes)]
        others = codes[beyond]
        if len(others) > _FEW_BEYOND:
            unique, inverse = np.unique(others, return_inverse=True)
            found = np.array([self._classify(chr(cp)) for cp in unique.tolist()], dtype=np.uint8)
            flags[beyond] = found[inverse]
            return codes, flags
        # a few (emoji, mostly): remembered one by one (a bounded cache)
        known = self._beyond
        if len(known) > _MAX_BEYOND:
            known.clear()
        values = []
        for cp in others.tolist():
            value = known.get(cp)
            if value is None:
                value = known[cp] = self._classify(chr(cp))
            values.append(value)
        flags[beyond] = values
        return codes, flags


def bmp_ranges_mask(ranges: Sequence[tuple[int, int]]) -> np.ndarray:
    """For each code point of the Basic Multilingual Plane, whether it lies in one of the
    inclusive ``ranges``."""
    mask = np.zeros(_BMP, dtype=bool)
    for low, high in ranges:
        mask[max(low, 0) : min(high, _BMP - 1) + 1] = True
    return mask


def bmp_members_mask(code_points: Iterable[int]) -> np.ndarray:
    """For each code point of the Basic Multilingual Plane, whether it is in ``code_points``
    (those beyond the plane are left out)."""
    mask = np.zeros(_BMP, dtype=bool)
    inside = [cp for cp in code_points if 0 <= cp < _BMP]
    if inside:
        mask[np.array(inside, dtype=np.int64)] = True
    return mask


def names_matching(
    pattern: re.Pattern[str], names: Sequence[str], one: Callable[[str], bool] | None = None
) -> np.ndarray:
    """For each name, whether ``pattern`` finds a match in it (bool array), from one search
    over the names joined by newlines: ``pattern`` must neither match across a newline nor
    match an empty string. When a name holds a newline, every name is checked on its own by
    ``one`` (default: ``pattern.search``)."""
    n = len(names)
    found_in = np.zeros(n, dtype=bool)
    if n == 0:
        return found_in
    joined = "\n".join(names)
    if joined.count("\n") != n - 1:
        check = one or (lambda name: pattern.search(name) is not None)
        found_in[:] = [check(name) for name in names]
        return found_in
    starts = [match.start() for match in pattern.finditer(joined)]
    if starts:
        ends = np.cumsum(np.fromiter(map(len, names), dtype=np.int64, count=n) + 1)
        found_in[np.searchsorted(ends, starts, side="right")] = True
    return found_in


def run_owners(marked: np.ndarray, length: int, ends: Sequence[int] | np.ndarray) -> set[int]:
    """The parts of a joined chunk (the separator after part ``i`` at ``ends[i]``) holding
    ``length`` consecutive marked characters. The separator must not be marked (then no
    stretch of marked characters spans two parts, and the start of each names its part)."""
    if len(marked) < length:
        return set()
    runs = marked[: len(marked) - length + 1].copy()
    for offset in range(1, length):
        runs &= marked[offset : len(marked) - length + 1 + offset]
    runs[1:] &= ~runs[:-1]  # where each stretch of run starts begins
    positions = np.flatnonzero(runs)
    if not len(positions):
        return set()
    return set(np.searchsorted(ends, positions, side="left").tolist())


def sorted_runs(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each run of equal values of a sorted 1-d array starts, and its length (what
    ``np.unique`` gives as ``return_index`` and ``return_counts`` on sorted input, without its
    copy and its sort)."""
    n = len(values)
    if not n:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    first = np.empty(n, dtype=bool)
    first[0] = True
    np.not_equal(values[1:], values[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    lengths = np.empty(len(starts), dtype=np.int64)
    np.subtract(starts[1:], starts[:-1], out=lengths[:-1])
    lengths[-1] = n - starts[-1]
    return starts, lengths


def sorted_distinct(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` of a 1-d array, by a sort and a comparison of neighbours (NumPy
    2.4's ``np.unique`` takes a hash-table path that is 10-20 times slower on the key arrays
    here: 2.1 against 0.13 ms for 15,000 int64 keys)."""
    out = np.sort(values)
    if len(out) < 2:
        return out
    first = np.empty(len(out), dtype=bool)
    first[0] = True
    np.not_equal(out[1:], out[:-1], out=first[1:])
    return out[first]


def sorted_uint32(values: np.ndarray) -> np.ndarray:
    """``np.sort(values)`` of a 1-d ``uint32`` array, as a radix sort: a stable argsort of the
    low 16 bits, then of the high 16 bits (numpy sorts 16-bit integers stably by radix, and
    others by timsort: for the 300,000 n-gram keys of a chunk's model texts, 3 ms against
    6-7)."""
    if values.dtype != np.uint32:
        raise TypeError(f"expected uint32 values, not {values.dtype}")
    by_low = values.take(np.argsort(values.astype(np.uint16), kind="stable"))
    return by_low.take(np.argsort((by_low >> np.uint32(16)).astype(np.uint16), kind="stable"))


def _joined_or_none(sources: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{s})" for s in sources)) if sources else None


def _first_chars(pattern: str) -> frozenset[str] | None:
    """For a pattern anchored with ``^``: the characters every match starts with; None when
    not known (not anchored, it may match the empty string, a class such as ``\\w`` or ``.``
    comes first, flags)."""
    try:
        parsed = _sre_parser.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
        return None
    items = list(parsed)
    if not items or items[0] != (_sre_constants.AT, _sre_constants.AT_BEGINNING):
        return None
    chars, empty = _starting_chars(items[1:])
    return None if chars is None or empty else frozenset(chars)


def _starting_chars(items: list[Any]) -> tuple[set[str] | None, bool]:
    """The characters a match of the sequence ``items`` can start with (None: not known) and
    whether it can match the empty string. Zero-width items (anchors, lookarounds) are passed
    over: they only narrow what follows."""
    out: set[str] = set()
    for op, argument in items:
        if op is _sre_constants.LITERAL:
            out.add(chr(argument))
            return out, False
        if op is _sre_constants.IN:
            chars = _class_literals(argument)
            if chars is None:
                return None, False
            return out | chars, False
        if op is _sre_constants.SUBPATTERN:
            chars, empty = _starting_chars(list(argument[-1]))
        elif op is _sre_constants.BRANCH:
            chars, empty = set(), False
            for branch in argument[1]:
                branch_chars, branch_empty = _starting_chars(list(branch))
                if branch_chars is None:
                    return None, False
                chars |= branch_chars
                empty = empty or branch_empty
        elif op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT):
            chars, empty = _starting_chars(list(argument[2]))
            empty = empty or argument[0] == 0
        elif op in (_sre_constants.AT, _sre_constants.ASSERT, _sre_constants.ASSERT_NOT):
            continue
        else:
            return None, False
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def chunk_automaton(literals: list[str]) -> Any:
    """An ``ahocorasick_rs`` automaton of ``literals`` as a DFA: it reports the same matches
    as the default (an NFA for these sizes), about twice as fast per character, built in a
    few milliseconds more."""
    import ahocorasick_rs

    return ahocorasick_rs.AhoCorasick(literals, implementation=ahocorasick_rs.Implementation.DFA)


def chunk_bytes_automaton(literals: list[str]) -> Any:
    """:func:`chunk_automaton` of the UTF-8 encodings of ``literals``, searched over bytes."""
    import ahocorasick_rs

    return ahocorasick_rs.BytesAhoCorasick(
        [literal.encode("utf-8") for literal in literals],
        implementation=ahocorasick_rs.Implementation.DFA,
    )


def _prefix_searchable(pattern: str) -> str:
    """``\\bmy (new )?channel`` -> ``my(?<!\\wmy) (new )?channel``: the same matches, but the
    pattern starts with its literal, which Python's regex engine looks for with a fast scan
    instead of trying the whole pattern at every position. Before a word character, ``\\b``
    means "no word character just before", which the lookbehind checks once the literal has
    matched. Other patterns are returned as they are."""
    if not pattern.startswith("\\b"):
        return pattern
    try:
        parsed = list(_sre_parser.parse(pattern))
    except re.error:
        return pattern
    if len(parsed) < 2 or parsed[0] != (_sre_constants.AT, _sre_constants.AT_BOUNDARY):
        return pattern
    literal = ""
    for op, argument in parsed[1:]:
        if op is not _sre_constants.LITERAL:
            break
        literal += chr(argument)
    # the literal must be written as is (no escapes) and start with a word character; a
    # character of the regex syntax in it was written escaped (``\\``) or in a class
    # (``[[]``), so the text at its place is not the literal even where it reads the same
    if (
        not literal
        or not _REGEX_SYNTAX.isdisjoint(literal)
        or not _WORD_START.match(literal)
        or pattern[2 : 2 + len(literal)] != literal
    ):
        return pattern
    escaped = re.escape(literal)
    return f"{escaped}(?<!\\w{escaped}){pattern[2 + len(literal) :]}"


_WORD_START = re.compile(r"\w")
_REGEX_SYNTAX = frozenset("\\[](){}|?*+.^$")


#: Below this many gate hits in a chunk, they are mapped to their texts in Python.
_FEW_HITS = 160

#: Joins the texts of a chunk for one automaton pass; no lexicon literal contains it.
SEPARATOR = "\x00"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# back-references, named groups and inline flags make a joined alternation mean something else
_UNSAFE_TO_JOIN = re.compile(r"\\\d|\(\?P|\(\?[aiLmsux]")


def _starts_after_non_ascii(pattern: str) -> bool:
    """Whether every match of ``pattern`` must follow a non-ASCII character: it starts with a
    lookbehind of one character class holding no ASCII character."""
    try:
        parsed = list(_sre_parser.parse(pattern))
    except re.error:
        return False
    if not parsed or parsed[0][0] is not _sre_constants.ASSERT:
        return False
    direction, inner = parsed[0][1]
    items = list(inner)
    if direction != -1 or len(items) != 1 or items[0][0] is not _sre_constants.IN:
        return False
    for kind, value in items[0][1]:
        if kind is _sre_constants.LITERAL and value > 0x7F:
            continue
        if kind is _sre_constants.RANGE and value[0] > 0x7F:
            continue
        return False
    return True


def _needs_digit(pattern: str) -> bool:
    """Whether every match of ``pattern`` holds a decimal digit (what ``\\d`` matches): an
    item it cannot do without is ``\\d``, a repeat of at least one of it, or a group or
    alternation each of whose ways needs one. Lookarounds and optional items are passed over.
    (Literal digits are left to the gates and prechecks.)"""
    try:
        parsed = list(_sre_parser.parse(pattern))
    except re.error:
        return False
    return _sequence_needs_digit(parsed)


_DIGIT_CLASS = [(_sre_constants.CATEGORY, _sre_constants.CATEGORY_DIGIT)]


def _sequence_needs_digit(items: list[Any]) -> bool:
    for op, argument in items:
        if op is _sre_constants.IN and list(argument) == _DIGIT_CLASS:
            return True
        if op is _sre_constants.SUBPATTERN and _sequence_needs_digit(list(argument[-1])):
            return True
        if (
            op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT)
            and argument[0] >= 1
            and _sequence_needs_digit(list(argument[2]))
        ):
            return True
        if op is _sre_constants.BRANCH and all(
            _sequence_needs_digit(list(branch)) for branch in argument[1]
        ):
            return True
    return False


def split_top_level(pattern: str) -> list[str]:
    """``a|b(c|d)|e`` -> ``["a", "b(c|d)", "e"]``: the top-level alternatives of a pattern, so
    that each gets its own gate (one un-gateable branch would leave the whole pattern ungated)."""
    parts: list[str] = []
    depth = 0
    start = 0
    escaped = False
    in_class = False
    for position, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:position])
            start = position + 1
    parts.append(pattern[start:])
    return parts


def required_literals(pattern: str) -> frozenset[str] | None:
    """Literal strings one of which every match of ``pattern`` contains, or None if unknown
    (or not worth it: a pattern anchored with ``^`` is tried at position 0 only, which is
    cheaper than any gate)."""
    try:
        parsed = list(_sre_parser.parse(pattern))
    except re.error:
        return None
    if parsed and parsed[0] == (_sre_constants.AT, _sre_constants.AT_BEGINNING):
        return None
    found = _first_literals(parsed)
    return frozenset(found) if found else None


_MAX_PREFIXES = 64


def _prefixes(items: list[Any], expand: bool = False) -> tuple[set[str], bool]:
    """Strings one of which every match of the sequence ``items`` starts with, and whether the
    whole sequence was read (then the strings are the complete matches). With ``expand``, a
    short repeat of what has complete matches (``x?``, ``(?:de )?``, ``a{2,3}``) is read as
    its copies, an empty one among them (then some strings may be empty)."""
    out = {""}
    for op, argument in items:
        found: set[str] | None = None
        complete = False
        if op is _sre_constants.LITERAL:
            found, complete = {chr(argument)}, True
        elif op is _sre_constants.SUBPATTERN:
            found, complete = _prefixes(list(argument[-1]), expand)
        elif op is _sre_constants.BRANCH:
            found, complete = set(), True
            for branch in argument[1]:
                branch_found, branch_complete = _prefixes(list(branch), expand)
                found |= branch_found
                complete = complete and branch_complete
        elif op is _sre_constants.IN:
            found = _class_literals(argument)
            complete = found is not None
        elif expand and op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT):
            found, complete = _repeat_copies(argument)
        if not found or ("" in found and not expand):
            return out, False
        combined = {prefix + tail for prefix in out for tail in found}
        if len(combined) > _MAX_PREFIXES:
            return out, False
        out = combined
        if not complete:
            return out, False
    return out, True


_MAX_EXPANDED_REPEAT = 3


def _repeat_copies(argument: Any) -> tuple[set[str] | None, bool]:
    """The complete matches of a repeat (``argument`` of a ``MAX_REPEAT``/``MIN_REPEAT``) of
    at most :data:`_MAX_EXPANDED_REPEAT` copies of what has complete matches; else the
    prefixes of its first copy when it needs one (``(None, False)``: not known)."""
    low, high, inner = argument
    copy, complete = _prefixes(list(inner), expand=True)
    if not complete or high > _MAX_EXPANDED_REPEAT:
        return (copy, False) if low >= 1 else (None, False)
    found: set[str] = set()
    repeated = {""}
    for count in range(high + 1):
        if count >= low:
            found |= repeated
        repeated = {prefix + tail for prefix in repeated for tail in copy}
        if len(repeated) > _MAX_PREFIXES:
            return None, False
    return found, True


def _first_literals(items: list[Any], expand: bool = False) -> set[str] | None:
    """A set of literals one of which every match of the sequence ``items`` contains.

    Every top-level item of a sequence must match, so any item that yields such a set (a
    literal run, a group or alternation of branches that each yield one, a class of literal
    characters or of a small range, a repeat of at least one) gives one; the most selective
    is kept: longest shortest literal, then fewest ASCII letters and digits (``l`` and ``4``
    occur everywhere, a digit less than a letter; a Cyrillic letter almost nowhere).

    With ``expand`` (:func:`chunk_literals`), the strings every match of the sequence from
    each item on starts with are candidates too (not only from a literal), short repeats
    read as their copies (:func:`_prefixes`)."""
    best: set[str] | None = None
    position = 0
    while position < len(items):
        op, argument = items[position]
        found: set[str] | None = None
        if op is _sre_constants.LITERAL:
            found = _prefixes(items[position:], expand)[0]  # the run and what must follow it
        elif op is _sre_constants.SUBPATTERN:
            found = _first_literals(list(argument[-1]), expand)
        elif op is _sre_constants.BRANCH:
            found = set()
            for branch in argument[1]:
                branch_found = _first_literals(list(branch), expand)
                if not branch_found:
                    found = None
                    break
                found |= branch_found
        elif op is _sre_constants.IN:
            found = _class_literals(argument)
        elif op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT) and argument[0] >= 1:
            found = _first_literals(list(argument[2]), expand)
        # (a literal's run is read from its place on already)
        from_here = expand and op is not _sre_constants.LITERAL
        for literals in (found, _prefixes(items[position:], expand)[0] if from_here else None):
            if not literals or "" in literals:  # (an empty string: not a literal to look for)
                continue
            if best is None or _selectivity(literals) > _selectivity(best):
                best = literals
        position += 1
    return best


def chunk_literals(pattern: str, gate: frozenset[str]) -> frozenset[str] | None:
    """For a gated pattern, literals one of which every match contains, found as its gate
    (:func:`required_literals`) is, but reading short repeats (``x?``, ``(?:de )?``) as their
    copies and joining a group with what must follow it (``(xy|tb)搜`` -> ``xy搜``, ``tb搜``):
    the chunk methods' sharper gate (``\\bsi ?wo\\b`` is gated by ``siwo``, ``si wo`` there,
    not by ``si``). None when it is not more selective than ``gate``."""
    try:
        parsed = list(_sre_parser.parse(pattern))
    except re.error:
        return None
    found = _first_literals(parsed, expand=True)
    if not found or "" in found or _selectivity(found) <= _selectivity(set(gate)):
        return None
    return frozenset(found)


_MAX_CLASS_RANGE = 300


def _class_literals(argument: list[Any]) -> set[str] | None:
    chars: set[str] = set()
    for kind, value in argument:
        if kind is _sre_constants.LITERAL:
            chars.add(chr(value))
        elif kind is _sre_constants.RANGE and value[1] - value[0] < _MAX_CLASS_RANGE:
            chars.update(chr(cp) for cp in range(value[0], value[1] + 1))
        else:
            return None
    return chars or None


def _selectivity(literals: set[str]) -> tuple[int, int, int]:
    letters = sum(1 for literal in literals if literal.isascii() and literal.isalpha())
    digits = sum(1 for literal in literals if literal.isascii() and literal.isdigit())
    return min(len(literal) for literal in literals), -letters, -digits
