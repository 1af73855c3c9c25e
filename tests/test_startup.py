"""What start-up builds faster or reads from the shipped analyses equals what the reference
builds: the per-code-point character tables (numpy against one ``classify`` call per code
point), and fraud/lexicons/derived.json against every analysis generated afresh from the
current lexicons and code (a stale file fails here, naming ``make derived``); an entry derived
from other inputs or versions is built instead, never an error."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pytest

from fraud import comment_quality, derived, lures, text_patterns
from fraud.text_patterns import (
    CharClasses,
    GatedPatterns,
    analyse_patterns,
    bmp_members_mask,
    bmp_ranges_mask,
)

TABLES = {
    "comment_quality._ZH_CLASSES": comment_quality._ZH_CLASSES,
    "comment_quality._EMOJI_CLASSES": comment_quality._EMOJI_CLASSES,
    "lures._char_classes": lures._char_classes,
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_vectorised_character_table_equals_one_classify_call_per_code_point(name: str) -> None:
    classes = TABLES[name]
    assert classes._build_table is not None
    built = np.asarray(classes._build_table(), dtype=np.uint8)
    reference = classes.reference_table()
    assert built.shape == reference.shape == (0x10000,)
    assert np.array_equal(built, reference), np.flatnonzero(built != reference)[:10]
    assert reference.any()  # each table marks something


def test_table_builder_of_the_wrong_size_is_refused() -> None:
    classes = CharClasses(lambda char: 0, lambda: np.zeros(10, dtype=np.uint8))
    with pytest.raises(ValueError, match="65536"):
        classes("abc")


def test_range_and_member_masks() -> None:
    ranges = bmp_ranges_mask([(0x41, 0x43), (0xFFF0, 0x1FFFF)])
    assert np.flatnonzero(ranges[:0x100]).tolist() == [0x41, 0x42, 0x43]
    assert ranges[0xFFFF] and ranges.sum() == 3 + 16
    members = bmp_members_mask([0x10, 0x10, 0x20000, 0xFFFF])
    assert np.flatnonzero(members).tolist() == [0x10, 0xFFFF]


def _sound_array_reference() -> tuple[np.ndarray, np.ndarray]:
    replacements = np.empty(0x10000, dtype=object)
    known = np.zeros(0x10000, dtype=bool)
    for cp in range(128):
        replacements[cp] = chr(cp)
    known[:128] = True
    for cp, value in lures._sound_table().items():
        if cp < 0x10000:
            replacements[cp] = value
            known[cp] = True
    return replacements, known


def _sound_pieces_reference() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    # the ASCII and separator pieces are shared; the table's syllables and the spaced pieces,
    # which the numpy builder fills, are the per-code-point loops it replaced
    bare, kinds = lures._plain_sound_pieces()
    for cp, value in lures._sound_table().items():
        syllable = value.strip()
        if cp < 0x10000 and syllable and not any(c.isspace() for c in syllable):
            bare[cp] = syllable
            kinds[cp] = lures._KIND_TABLE
    spaced = np.empty(0x10000, dtype=object)
    for cp in np.flatnonzero(kinds).tolist():
        spaced[cp] = " " + bare[cp]
    return bare, spaced, kinds


def test_sound_lookup_tables_equal_the_per_code_point_loops() -> None:
    replacements, known = lures._sound_array()
    expected_replacements, expected_known = _sound_array_reference()
    assert replacements.tolist() == expected_replacements.tolist()
    assert np.array_equal(known, expected_known)
    for got, expected in zip(lures._sound_pieces(), _sound_pieces_reference(), strict=True):
        assert got.dtype == expected.dtype
        assert got.tolist() == expected.tolist()
    assert lures._sound_pieces()[1][0] == " \x00"  # object arrays keep a trailing NUL


# ------------------------------------------------------------------ the shipped analyses


def _shipped_document() -> dict[str, Any]:
    document: dict[str, Any] = orjson.loads(derived.DERIVED_FILE.read_bytes())
    return document


def test_shipped_analyses_equal_the_ones_generated_now() -> None:
    generated = derived.generate()
    stale = derived.stale_entries(_shipped_document(), generated)
    assert not stale, (
        f"fraud/lexicons/derived.json is stale ({', '.join(stale)}): the lexicons or the code "
        f"analysing them changed; run `{derived.MAKE_TARGET}` and commit the file"
    )
    # deterministic bytes: what `make derived` writes now is the committed file
    assert derived.encode_document(generated) == derived.DERIVED_FILE.read_bytes(), (
        f"run `{derived.MAKE_TARGET}`"
    )
    assert len(generated["analyses"]) == 10  # (lure_context.txt added one)
    for entry in generated["analyses"].values():
        assert entry["python"] == derived.python_version()


def _never_built(analysis: derived.Analysis[Any]) -> derived.Analysis[Any]:
    """``analysis`` with a build that fails the test: loading it must read the shipped entry."""

    def refuse() -> Any:
        raise AssertionError(f"{analysis.name} was rebuilt, not read from the shipped file")

    return dataclasses.replace(analysis, build=refuse)


def test_start_up_reads_every_analysis_from_the_shipped_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each shipped entry matches what the running process would derive from (so none is
    rebuilt), and what load() decodes from it equals the value built now."""
    for analysis, fresh in derived.analyses():
        shipped = derived.load(_never_built(analysis))
        assert analysis.encode(shipped) == analysis.encode(fresh), analysis.name
        if not isinstance(fresh, np.ndarray):
            assert shipped == fresh, analysis.name


def _copy_lexicons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "lexicons"
    shutil.copytree(comment_quality.LEXICON_DIR, copy)
    monkeypatch.setattr(comment_quality, "LEXICON_DIR", copy)
    monkeypatch.setattr(lures, "LEXICON_DIR", copy)
    return copy


def test_the_loaders_start_up_runs_read_every_analysis_and_rebuild_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The loaders themselves (not the generator's list of analyses), uncached, with every
    build refused: an analysis whose inputs at its call site drifted from the generator's
    would be rebuilt at every start, and fails here."""
    read: list[str] = []
    original = derived.load

    def refusing_load(analysis: derived.Analysis[Any]) -> Any:
        read.append(analysis.name)
        return original(_never_built(analysis))

    monkeypatch.setattr(derived, "load", refusing_load)
    comment_quality.load_lexicons.__wrapped__()
    lures.load_lure_rules.__wrapped__()
    comment_quality._emoji_code_points.__wrapped__()
    lures._word_chars()
    assert set(read) == set(_shipped_document()["analyses"])  # (some are read twice)


def test_an_edited_lexicon_makes_the_shipped_file_stale_and_is_built_at_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = _copy_lexicons(tmp_path, monkeypatch)
    with (copy / "intent_cues.txt").open("a", encoding="utf-8") as file:
        file.write("\\bzqxjv\\b\n")
    with (copy / "lures.txt").open("a", encoding="utf-8") as file:
        file.write("contact_handle\twrite\tzqxjvwx\n")
    shipped = _shipped_document()
    generated = derived.generate()
    assert derived.stale_entries(shipped, generated) == [
        "lure_rules",
        "patterns_intent_cues",
        "patterns_lures_write",
    ]
    # at load, the edited lexicons' analyses are built (they gate on the new literals)
    [(_name, patterns)] = [
        (name, patterns)
        for name, patterns in comment_quality.lexicon_patterns()
        if name == "intent_cues"
    ]
    loaded = derived.load(text_patterns.pattern_analysis("intent_cues", patterns))
    assert loaded == analyse_patterns(patterns)
    assert loaded.gates[-1] == frozenset({"zqxjv"})
    rules = derived.load(lures.rule_sources_analysis())
    assert ("zqxjvwx", "contact_handle") in rules.write


def test_a_change_to_the_analysing_code_makes_the_shipped_file_stale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the code, not the inputs, changed: the recorded inputs still match, the test must not
    monkeypatch.setattr(text_patterns, "_prefix_searchable", lambda pattern: pattern)
    stale = derived.stale_entries(_shipped_document(), derived.generate())
    assert "patterns_spam_cues" in stale and "lure_rules" not in stale


def _example(build: Any, inputs: list[str], libraries: dict[str, str]) -> Any:
    return derived.Analysis("example", inputs, build, sorted, frozenset, libraries)


def test_load_uses_an_entry_only_when_inputs_and_versions_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[int] = []

    def build() -> frozenset[str]:
        built.append(1)
        return frozenset({"built"})

    entry = _example(build, ["a", "b"], {"lib": "1.0"}).entry(frozenset({"shipped"}))
    entries: dict[str, Any] = {"example": entry}
    monkeypatch.setattr(derived, "_shipped", lambda: entries)
    assert derived.load(_example(build, ["a", "b"], {"lib": "1.0"})) == {"shipped"}
    assert not built
    for inputs, libraries in (
        (["a", "c"], {"lib": "1.0"}),  # another input
        (["ab"], {"lib": "1.0"}),  # same bytes, other split: inputs are length-prefixed
        (["a", "b"], {"lib": "1.1"}),  # another library version
        (["a", "b"], {}),
    ):
        assert derived.load(_example(build, inputs, libraries)) == {"built"}
    assert len(built) == 4
    entries["example"] = {**entry, "python": "2.7"}  # another Python
    assert derived.load(_example(build, ["a", "b"], {"lib": "1.0"})) == {"built"}
    entries["example"] = {**entry, "data": 5}  # not a value: decode fails
    assert derived.load(_example(build, ["a", "b"], {"lib": "1.0"})) == {"built"}
    entries["example"] = "not an entry"
    assert derived.load(_example(build, ["a", "b"], {"lib": "1.0"})) == {"built"}
    del entries["example"]
    assert derived.load(_example(build, ["a", "b"], {"lib": "1.0"})) == {"built"}
    assert len(built) == 8


def test_a_missing_or_damaged_file_is_no_entries(tmp_path: Path) -> None:
    read = derived._shipped.__wrapped__
    assert read(tmp_path / "absent.json") == {}
    damaged = tmp_path / "derived.json"
    damaged.write_bytes(derived.DERIVED_FILE.read_bytes()[:1000])
    assert read(damaged) == {}
    damaged.write_bytes(b'{"format": "another", "analyses": {}}')
    assert read(damaged) == {}
    assert set(read(derived.DERIVED_FILE)) == set(_shipped_document()["analyses"])


def test_sound_rules_do_not_depend_on_the_hash_seed() -> None:
    # equal-length alternatives in text order, longest first (a set's order varies by seed)
    expected = "(?<= )(?:san|ba|la|ma) "
    assert lures._compile_sound("ma|la|san|ba") == expected
    assert lures._compile_sound("ba|san|ma|la|ba") == expected


@pytest.mark.parametrize("seed", ["1", "2"])
def test_make_derived_writes_the_same_bytes_under_any_hash_seed(seed: str) -> None:
    """Set and dict orders vary with PYTHONHASHSEED across processes: the generated file
    must not."""
    script = (
        "import sys; from fraud import derived; "
        "sys.stdout.buffer.write(derived.encode_document(derived.generate()))"
    )
    env = {**os.environ, "PYTHONHASHSEED": seed}
    generated = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, check=True, timeout=120
    ).stdout
    assert generated == derived.DERIVED_FILE.read_bytes()


def test_patterns_compile_on_first_use_and_bad_ones_fail_in_compile_all() -> None:
    rules = GatedPatterns([r"\bhello\b", "wor+ld", "^x"], ["a", "b", "c"])
    assert len(rules._compiled) == len(rules._compiled_fast) == 0  # nothing compiled yet
    assert rules.find("a worrld") == "b"
    assert rules.find_many(["say hello", "x", "nothing"]) == ["a", "c", None]
    assert rules._compiled_fast[0].pattern == r"hello(?<!\whello)\b"
    assert all(isinstance(p, re.Pattern) for p in rules.compiled_patterns())
    with pytest.raises(re.error):  # no analysis given: the analysis compiles every source
        GatedPatterns(["fine", "(unclosed"])
    # a fast form that does not compile (a stale analysis) fails in compile_all, which the
    # tests run on every shipped rule set (test_text_patterns)
    good = analyse_patterns([r"\bab", "xyz"])
    bad = dataclasses.replace(good, fast_sources=("(ab", "xyz"))
    stale = GatedPatterns([r"\bab", "xyz"], None, bad)
    with pytest.raises(re.error):
        stale.compile_all()
    with pytest.raises(ValueError, match="one analysis per pattern"):
        GatedPatterns(["xyz"], None, good)


def _sound_table_reference() -> dict[int, str]:
    from fraud.sound_table import CJK_RANGES, load_readings

    readings = load_readings()
    table: dict[int, str] = {}
    for low, high in CJK_RANGES:
        for cp in range(low, high + 1):
            reading = readings.get(cp)
            table[cp] = f" {reading} " if reading else f" {chr(cp)} "
    for low, high in ((0x3040, 0x30FF), (0xAC00, 0xD7AF)):
        for cp in range(low, high + 1):
            table[cp] = f" {chr(cp)} "
    return table


def test_sound_table_equals_the_per_code_point_loop() -> None:
    table, expected = lures._sound_table(), _sound_table_reference()
    assert table == expected and list(table) == list(expected)


def test_word_characters_equal_str_isalnum() -> None:
    expected = [chr(cp).isalnum() for cp in range(0x10000)]
    assert lures._word_chars().tolist() == expected
    assert lures.word_chars_analysis().build().tolist() == expected
