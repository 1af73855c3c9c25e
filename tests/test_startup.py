"""What start-up builds faster or reads back from the derived-analysis cache equals what the
reference builds: the per-code-point character tables (numpy against one ``classify`` call
per code point), the pattern analyses and lure rules (cached against freshly computed), and
the cache is ignored when it is missing, corrupt, stale or unwritable."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from fraud import comment_quality, derived_cache, lures, paths
from fraud.text_patterns import (
    CharClasses,
    GatedPatterns,
    analyse_patterns,
    bmp_members_mask,
    bmp_ranges_mask,
    cached_analysis,
    required_literals,
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
    bare = np.empty(0x10000, dtype=object)
    kinds = np.zeros(0x10000, dtype=np.uint8)
    for cp in range(128):
        char = chr(cp)
        bare[cp] = char
        if not char.isspace():
            kinds[cp] = (
                lures._KIND_LETTER
                if "a" <= char <= "z"
                else lures._KIND_DIGIT
                if "0" <= char <= "9"
                else lures._KIND_OTHER
            )
    bare[ord(lures._SOUND_SEP)] = " " + lures._SOUND_SEP
    kinds[ord(lures._SOUND_SEP)] = lures._KIND_NEWLINE
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


# ------------------------------------------------------------------ the derived-analysis cache


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(directory))
    monkeypatch.delenv("FRAUD_NO_CACHE", raising=False)
    return directory


class _Counting:
    """A build function that counts its calls."""

    def __init__(self, value: Any) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> Any:
        self.calls += 1
        return self.value


def _load(build: _Counting, inputs: list[str] | None = None, decode: Any = None) -> Any:
    return derived_cache.load(
        "example", inputs or ["a", "b"], build, lambda v: v, decode or (lambda d: d)
    )


def test_a_value_is_built_once_then_read_back(cache_dir: Path) -> None:
    build = _Counting({"gates": [["x", "y"], None], "n": 3})
    assert _load(build) == build.value and build.calls == 1
    assert len(list(cache_dir.glob("example-*.json"))) == 1
    assert _load(build) == build.value and build.calls == 1  # read back, not rebuilt
    assert _load(build, ["a", "c"]) == build.value and build.calls == 2  # other inputs
    assert _load(build, ["ab"]) == build.value and build.calls == 3  # inputs length-prefixed


def test_corrupt_truncated_or_foreign_files_are_ignored_and_rewritten(cache_dir: Path) -> None:
    build = _Counting([1, 2, 3])
    _load(build)
    (path,) = cache_dir.glob("example-*.json")
    good = path.read_bytes()
    flipped = good.replace(b"[1,2,3]", b"[1,2,4]")
    assert flipped != good
    for broken in (flipped, good[:-5], b"", b"\n" + good, good.split(b"\n")[1]):
        path.write_bytes(broken)
        assert _load(build) == [1, 2, 3]
        assert path.read_bytes() == good  # rebuilt and written again
    calls = build.calls
    # a well-formed file of another key under this file's name is not taken either
    other = _Counting([9])
    _load(other, ["other"])
    (other_path,) = set(cache_dir.glob("example-*.json")) - {path}
    path.write_bytes(other_path.read_bytes())
    assert _load(build) == [1, 2, 3] and build.calls == calls + 1


def test_data_that_does_not_decode_is_rebuilt(cache_dir: Path) -> None:
    build = _Counting([1])
    _load(build)

    def refuse(data: Any) -> Any:
        raise ValueError("not a value of this code")

    assert _load(build, decode=refuse) == [1] and build.calls == 2


def test_a_code_change_is_a_new_key(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = _Counting([1])
    _load(build)
    monkeypatch.setattr(derived_cache, "code_version", lambda: "another version of the code")
    _load(build)
    assert build.calls == 2


def test_no_cache_directory_or_an_unwritable_one_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(blocker / "cache"))
    build = _Counting([1])
    assert _load(build) == [1] and _load(build) == [1] and build.calls == 2
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("FRAUD_NO_CACHE", "1")
    assert _load(build) == [1] and _load(build) == [1] and build.calls == 4
    assert not (tmp_path / "cache").exists()


def test_values_json_cannot_hold_are_not_cached(cache_dir: Path) -> None:
    build = _Counting({1, 2})  # a set: orjson refuses it
    assert derived_cache.load("example", ["a"], build, lambda v: v, set) == {1, 2}
    assert not cache_dir.exists() or not list(cache_dir.iterdir())  # nor a temporary file


def test_a_few_versions_are_kept_per_name(cache_dir: Path) -> None:
    for number in range(7):
        _load(_Counting([number]), [str(number)])
    assert len(list(cache_dir.glob("example-*.json"))) == derived_cache._KEEP_PER_NAME
    assert not list(cache_dir.glob(".*.tmp"))


def test_cache_dir_setting() -> None:
    assert paths.cache_dir({"FRAUD_CACHE_DIR": "/x/y"}) == Path("/x/y")
    assert paths.cache_dir({"FRAUD_CACHE_DIR": "/x/y", "FRAUD_NO_CACHE": "1"}) is None
    assert paths.cache_dir({"FRAUD_NO_CACHE": "0"}) is not None
    assert paths.cache_dir({}) is not None


def _rule_sets() -> dict[str, GatedPatterns]:
    lexicons, rules = comment_quality.load_lexicons(), lures.load_lure_rules()
    return {
        "intent_cues": lexicons.intent,
        "spam_cues": lexicons.spam,
        "generic_patterns": lexicons.generic_patterns,
        "lures_write": rules.write,
        "lures_text": rules.text,
    }


def test_stored_pattern_analyses_equal_fresh_ones(cache_dir: Path) -> None:
    for name, rules in _rule_sets().items():
        sources = [compiled.pattern for compiled in rules._compiled]
        fresh = analyse_patterns(sources)
        assert cached_analysis(name, sources) == fresh  # built and stored
        assert list(cache_dir.glob(f"patterns_{name}-*.json"))
        assert cached_analysis(name, sources) == fresh  # read back
        assert fresh.gates.count(None) < len(sources)


def test_stored_lure_rules_sound_gates_and_emoji_equal_fresh_ones(cache_dir: Path) -> None:
    fresh = lures._read_rule_sources()
    assert lures._rule_sources() == fresh == lures._rule_sources()
    assert len(list(cache_dir.glob("lure_rules-*.json"))) == 1
    assert fresh.sound and fresh.write and fresh.text
    sources = [pattern.pattern for _type, pattern in lures.load_lure_rules().sound]
    gates = [required_literals(source) for source in sources]
    assert lures._sound_gate_literals(sources) == gates == lures._sound_gate_literals(sources)
    emoji = comment_quality._read_emoji_code_points()
    comment_quality._emoji_code_points.cache_clear()
    try:
        assert comment_quality._emoji_code_points() == emoji  # built and stored
        comment_quality._emoji_code_points.cache_clear()
        assert comment_quality._emoji_code_points() == emoji  # read back
    finally:
        comment_quality._emoji_code_points.cache_clear()
    for name in ("lure_rules", "sound_gates", "emoji_code_points"):
        assert len(list(cache_dir.glob(f"{name}-*.json"))) == 1


def test_patterns_compile_on_first_use_and_bad_ones_fail_at_load() -> None:
    rules = GatedPatterns([r"\bhello\b", "wor+ld", "^x"], ["a", "b", "c"])
    assert all(not isinstance(p, re.Pattern) for p in rules._compiled)
    assert rules.find("a worrld") == "b"
    assert isinstance(rules._compiled[1], re.Pattern)
    assert rules._compiled_fast[1] is rules._compiled[1]  # one object for one source
    assert not isinstance(rules._compiled[0], re.Pattern)
    assert rules.find_many(["say hello", "x", "nothing"]) == ["a", "c", None]
    with pytest.raises(re.error):
        GatedPatterns(["fine", "(unclosed"])


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


def test_stored_word_characters_equal_str_isalnum(cache_dir: Path) -> None:
    expected = [chr(cp).isalnum() for cp in range(0x10000)]
    assert lures._word_chars().tolist() == expected  # built and stored
    assert list(cache_dir.glob("word_chars-*.json"))
    assert lures._word_chars().tolist() == expected  # read back


def test_source_edited_after_import_is_never_a_stored_key(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(derived_cache.code_version()) == 64
    monkeypatch.setattr(derived_cache, "_IMPORTED_AT_NS", 0)  # every file is "newer"
    first, second = (derived_cache.code_version.__wrapped__() for _ in range(2))
    assert first.startswith("edited while running") and first != second
