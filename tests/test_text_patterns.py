"""The chunk-level methods of GatedPatterns give what the per-text methods give.

On every rule set of the lexicons (spam cues, intent cues, generic-praise patterns, the lure
rules on skeletons and texts), over every prepared comment text of ``data/comments`` plus
texts aimed at the start-anchored patterns: the candidate patterns of each text (both ways of
mapping gate hits to texts: Python for few hits, numpy for many), ``find_many``,
``search_many`` and ``search_fast``.
"""

from __future__ import annotations

import random
import re
import warnings

import pandas as pd
import pytest

from fraud import paths, text_patterns
from fraud.comment_quality import load_lexicons, prepare_text
from fraud.lures import load_lure_rules, lure_skeleton
from fraud.text_patterns import GatedPatterns, _first_chars, _needs_digit

ANCHORED = [
    "",
    " ",
    "hahaha",
    "ahhh",
    "666",
    "6666 wow",
    "第一",
    "沙发来了",
    "first comment",
    "what a view!!",
    "哈哈哈哈",
    "how are you so pretty",
    "love from italy",
    "from spain with love",
    "10/10",
    "你怎么这么好看啊",
    "谁懂啊",
    "i'm the 5th",
    "still watching in 2024",
    "嗯嗯",
    "lol",
    "lmaoo",
]


def _rule_sets() -> dict[str, GatedPatterns]:
    lex = load_lexicons()
    lures = load_lure_rules()
    return {
        "spam": lex.spam,
        "intent": lex.intent,
        "generic": lex.generic_patterns,
        "lure_write": lures.write,
        "lure_text": lures.text,
    }


def comment_texts() -> list[str]:
    """Every distinct comment text of ``data/comments`` prepared, and the skeletons of a
    quarter of them."""
    raw: list[str] = []
    for csv_path in sorted((paths.DATA_DIR / "comments").glob("*.csv")):
        raw += pd.read_csv(csv_path, dtype=str, keep_default_na=False)["text"].tolist()
    prepared = [prepare_text(t) for t in dict.fromkeys(raw)]
    assert len(prepared) > 3000
    return prepared + [lure_skeleton(p) for p in prepared[::4]]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return comment_texts() + ANCHORED


def test_first_characters_of_anchored_patterns() -> None:
    assert _first_chars("^(a+h+|a*(ha)+h*)$") == frozenset("ah")
    assert _first_chars("^6{3,}$") == frozenset("6")
    assert _first_chars("^(你|她)?(也|是)?怎么") == frozenset("你她也是怎")
    assert _first_chars("^(?:ab|c)") == frozenset("ac")
    assert _first_chars("^(?=a)b") == frozenset("b")
    for unknown in (r"^\w+", "^(x)?$", "^.a", "abc", "(?i)^a", "^a*$", r"^[^a]"):
        assert _first_chars(unknown) is None, unknown


@pytest.mark.parametrize("few_hits", [0, 10**9])  # gate hits mapped by numpy, by Python
@pytest.mark.parametrize("size", [300, 9])
def test_chunk_methods_match_the_per_text_methods(
    texts: list[str], size: int, few_hits: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_patterns, "_FEW_HITS", few_hits)
    with_hits = 0
    for name, rules in _rule_sets().items():
        for start in range(0, len(texts), size):
            part = texts[start : start + size]
            want = [_own_candidates(rules, t) for t in part]
            assert rules._gated_many(part) == want, name
            with_hits += sum(c is not None for c in want)
            assert rules.find_many(part) == [rules.find(t) for t in part], name
            assert rules.search_many(part) == [rules.search(t) for t in part], name
    assert with_hits > 1000
    generic = load_lexicons().generic_patterns
    assert generic._by_first  # the anchored patterns are dispatched by first character
    assert [generic.search_fast(t) for t in texts] == [generic.search(t) for t in texts]
    assert sum(generic.search(t) for t in ANCHORED) >= 15


def test_character_classes_match_the_classifier_inside_and_beyond_the_bmp() -> None:
    from fraud.text_patterns import CharClasses

    def classify(char: str) -> int:
        return (1 if char.isalnum() else 0) | (2 if ord(char) >= 0x1F000 else 0)

    classes = CharClasses(classify)
    few = "ok 🔥 𝐀𝐁 a\U00020000b 😂" * 3
    many = "".join(chr(cp) for cp in range(0x1F300, 0x1F300 + 700)) + "x𝐀" * 10
    for text in (few, many, "", "plain ascii"):
        got = classes(text)
        assert got is not None
        codes, flags = got
        assert codes.tolist() == [ord(c) for c in text]
        assert flags.tolist() == [classify(c) for c in text]
    assert classes("a\udfff") is None


def test_prechecks_are_literals_every_match_holds(texts: list[str]) -> None:
    from fraud.text_patterns import _holds_all, _prechecks

    currency = r"(\$|€|£)\s?\d[\d,.]*\s?k?\b.{0,80}\b(with|via|through|from|thanks to|by)\s?[@#]"
    assert set(_prechecks(currency)) == {("$", "£", "€"), ("#", "@")}
    assert _prechecks(r"\bnude s? (?:in|on) (?:my )?(?:bio|profile)\b")[0] == ("bio", "profile")
    assert _prechecks("(?i)abc") == ()
    assert not _holds_all("made 500 from @x", (("$", "£", "€"), ("#", "@")))
    assert _holds_all("made $500 from @x", (("$", "£", "€"), ("#", "@")))
    # over the lexicons: every text a pattern matches holds a literal of each of its sets
    matched = 0
    for rules in _rule_sets().values():
        for compiled, checks in zip(rules.compiled_patterns(), rules._prechecks, strict=True):
            for text in texts[::3]:
                if checks and compiled.search(text):
                    matched += 1
                    assert _holds_all(text, checks), (compiled.pattern, text)
    assert matched > 200


def test_prefix_rewrite_is_refused_when_the_literal_holds_an_escaped_backslash() -> None:
    # the parsed literal of \bab\\\d is "ab\"; the source's text at its place is "ab\" too,
    # but there it opens the escape \\: rewriting from it gave a pattern matching other texts
    source = r"\bab\\\d"
    assert text_patterns._prefix_searchable(source) == source
    assert text_patterns._prefix_searchable(r"\bab\d") == r"ab(?<!\wab)\d"
    rules = GatedPatterns([source], ["hit"])
    texts = ["ab\\5", "x ab\\5 y", "ab\\\\d", "ab\\d", "cab\\5", "ab5", ""]
    expected = [rules.find(text) for text in texts]
    assert expected == ["hit", "hit", None, None, None, None, None]
    assert rules.find_many(texts) == expected
    assert rules.search_many(texts) == [label is not None for label in expected]


def test_prefix_rewrite_is_refused_when_the_literal_holds_regex_syntax_read_as_a_literal() -> None:
    # [[] is a class of one character, parsed as the literal "[": the source reads "a[[" at
    # the literal's place by coincidence, and rewriting from it gave a pattern that does not
    # compile (\ba[[]) or that matches other texts (\ba[[][[]). (Python warns of a possible
    # nested set at "[[": a future version may read it otherwise.)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        for source in (r"\ba[[][[]", r"\ba[[]", r"\bab[.]c"):
            assert text_patterns._prefix_searchable(source) == source
        rules = GatedPatterns([r"\ba[[][[]"], ["hit"])
    texts = ["a[[", "x a[[ y", "ba[[", "a[", ""]
    expected = [rules.find(text) for text in texts]
    assert expected == ["hit", "hit", None, None, None]
    assert rules.find_many(texts) == expected
    assert rules.search_many(texts) == [label is not None for label in expected]


# Texts the UTF-8 byte pass must map back to their texts as the character pass does: Chinese,
# emoji beyond the Basic Multilingual Plane, full-width letters, separators and line breaks,
# empty texts, texts holding the chunk separator itself (then the pass goes by characters).
AWKWARD = [
    "",
    "加微信abc123",
    "ｗｅｃｈａｔ ｍｅ",
    "🔥🔥 dm me 🔥",
    "𝐝𝐦 𝐦𝐞 on telegram",
    "\u2028hmu\u2029",
    "hmu",
    "hmu!!",
    "踢我",
    "dmme vx abc12345",
    "collab",
    "collabs?? dm",
    "看我主页 👉 link in bio",
    "a\u0301b 私信我",
    "\x00",
    "x\x00加v",
    "zhu ye you fu li 😘",
    "   ",
    "\t加 vx\n",
]


def _own_candidates(rules: GatedPatterns, text: str) -> list[int] | None:
    """The gated patterns a literal of whose chunk gate ``text`` holds (what _gated_many
    gives), by ``in``; None when it holds none."""
    found = [
        index
        for index, literals in enumerate(rules._chunk_gates)
        if literals and any(literal in text for literal in literals)
    ]
    return found or None


def _check_chunk_methods(rules: GatedPatterns, part: list[str], name: str) -> None:
    assert rules._gated_many(part) == [_own_candidates(rules, t) for t in part], name
    assert rules.find_many(part) == [rules.find(t) for t in part], name
    assert rules.search_many(part) == [rules.search(t) for t in part], name


@pytest.mark.parametrize("few_hits", [0, 10**9])
def test_chunk_methods_on_awkward_texts(
    texts: list[str], few_hits: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_patterns, "_FEW_HITS", few_hits)
    sample = texts[::7]
    for name, rules in _rule_sets().items():
        # by bytes (the chunk encodes, no text holds the separator) ...
        _check_chunk_methods(rules, AWKWARD[:14] + sample[:200], name)
        # ... by characters: a text holds the separator, or a lone surrogate
        _check_chunk_methods(rules, AWKWARD + sample[:200], name)
        # ... and a lone surrogate, which the Rust automata refuse (it raised before): by
        # bytes written with surrogatepass, by characters read as U+FFFD
        _check_chunk_methods(rules, ["ok", "x\udc80y 加v", *sample[:20]], name)
        _check_chunk_methods(rules, ["o\x00k", "x\udc80y 加v", *sample[:20]], name)


def test_byte_offsets_name_the_same_texts_as_character_offsets(texts: list[str]) -> None:
    rules = load_lure_rules().text
    part = AWKWARD[:14] + texts[:500]
    hits, ends = rules._chunk_hits(part)
    assert len(ends) == len(part)
    assert ends[-1] == len(text_patterns.SEPARATOR.join(part).encode("utf-8"))
    char_hits = rules._chunk_automaton().find_matches_as_indexes(
        text_patterns.SEPARATOR.join(part), overlapping=True
    )
    assert len(hits) == len(char_hits) > 50
    assert [number for number, _s, _e in hits] == [number for number, _s, _e in char_hits]


def test_anchored_patterns_are_tried_only_on_texts_starting_with_their_characters() -> None:
    # ungated anchored patterns (first characters known, unknown) among gated ones, so a text
    # with a gate gets a merged candidate list
    rules = GatedPatterns(
        ["^ab", "^(?:x|yz)1", "zz", r"^\w+9$", "q[0-9]", "^a"],
        ["anchored", "xy", "zz", "word9", "q", "a"],
    )
    assert rules._ungated_by_first["a"] == (0, 3, 5)
    assert rules._ungated_unknown_first == (3,)
    texts = ["ab", "abzz", "x1", "yz1 zz", "zzab", "b9", "ab9", "q1ab", "a q1", "", "yz", "zy1"]
    want = [rules.find(t) for t in texts]
    assert want[:9] == ["anchored", "anchored", "xy", "xy", "zz", "word9", "anchored", "q", "q"]
    assert want[9:] == [None, None, None]
    assert rules.find_many(texts) == want
    assert rules.search_many(texts) == [label is not None for label in want]


def test_sorted_distinct_is_numpys_unique() -> None:
    import numpy as np

    rng = np.random.default_rng(7)
    for size in (0, 1, 2, 5, 1000):
        for dtype in (np.int64, np.uint32, np.uint64):
            values = rng.integers(0, max(size // 3, 1) + 1, size).astype(dtype)
            got = text_patterns.sorted_distinct(values)
            want = np.unique(values)
            assert got.dtype == want.dtype
            assert got.tolist() == want.tolist()


def test_patterns_are_compiled_on_first_use_and_all_compile() -> None:
    patterns = [r"^hi\b", r"buy (now|today)", r"(?<=[\u4e00-\u9fff])v信"]
    gated = GatedPatterns(patterns, ["a", "b", "c"])
    assert len(gated._compiled) == 0 and len(gated._compiled_fast) == 0
    assert gated.find("hi there") == "a"
    assert gated.find_many(["hi there", "buy now"]) == ["a", "b"]
    assert set(gated._compiled) <= {0, 1, 2} and 0 in gated._compiled
    assert 2 not in gated._compiled_fast  # never a candidate: never compiled
    gated.compile_all()
    assert len(gated._compiled) == len(gated._compiled_fast) == len(patterns)
    assert gated.find_many(["加v信", "nothing"]) == ["c", None]
    # every shipped rule set compiles (its analysis was made from valid sources)
    shipped = [
        value
        for holder in (load_lexicons(), load_lure_rules())
        for value in vars(holder).values()
        if isinstance(value, GatedPatterns)
    ]
    assert len(shipped) == 7
    for rules in shipped:
        rules.compile_all()


def test_patterns_that_need_a_digit() -> None:
    assert _needs_digit(r"\d") and _needs_digit(r"a\d+b") and _needs_digit(r"x(\d{2,})")
    assert (
        _needs_digit(r"(?:\d|\d\d)z") and _needs_digit(r"(?:ab\d){2}") and _needs_digit(r"\d*?\d")
    )
    assert not _needs_digit(r"\d?x") and not _needs_digit(r"\d*") and not _needs_digit(r"(?:\d|x)")
    assert not _needs_digit(r"(?=\d)\w") and not _needs_digit(r"[\d,]") and not _needs_digit("7")
    assert not _needs_digit(r"\D") and not _needs_digit("(unclosed")


def test_shipped_patterns_that_need_a_digit_match_nothing_without_one(texts: list[str]) -> None:
    # every text one of them matches, and its matches alone, with each digit taken out: no
    # match is left (a digit in other scripts too: \d is Unicode's)
    digit = re.compile(r"\d")
    flagged = 0
    for name, rules in {**_rule_sets(), "lure_sound": load_lure_rules().sound_gated}.items():
        for index, pattern in enumerate(rules.compiled_patterns()):
            if not rules._needs_digit[index]:
                continue
            flagged += 1
            found = [m.group() for t in texts for m in [pattern.search(t)] if m]
            for text in [*found, *(t for t in texts if pattern.search(t))]:
                assert pattern.search(digit.sub("", text)) is None, (name, index, text)
            assert pattern.search(digit.sub("", "vx abc123 +1 555 0123 ٣٣٣")) is None
    assert flagged > 10


def test_chunk_methods_skip_patterns_that_need_a_digit_only_without_one(texts: list[str]) -> None:
    # texts holding the gates of the patterns that need a digit, with and without digits
    # (Arabic-Indic ones too): the chunk methods agree with the per-text ones
    digit = re.compile(r"\d")
    for name, rules in _rule_sets().items():
        gated = [t for t in texts if _own_candidates(rules, t)]
        part = gated + [digit.sub("", t) for t in gated] + [digit.sub("٣", t) for t in gated]
        _check_chunk_methods(rules, part, name)


def test_sorted_uint32_is_numpys_sort() -> None:
    import numpy as np

    rng = np.random.default_rng(11)
    edges = np.array([0, 1, 0xFFFF, 0x10000, 0xFFFF0000, 0xFFFFFFFF, 0x1234FFFF], dtype=np.uint32)
    cases = [np.zeros(0, dtype=np.uint32), edges, edges[::-1], np.repeat(edges, 3)]
    for size in (1, 2, 7, 1000, 70_000):
        cases.append(rng.integers(0, 2**32, size, dtype=np.uint64).astype(np.uint32))
        # few distinct values, and values differing only in their low or high half
        cases.append(rng.integers(0, 5, size).astype(np.uint32) * np.uint32(0x10001))
        cases.append((rng.integers(0, 2**16, size) << 16).astype(np.uint32))
    for values in cases:
        got = text_patterns.sorted_uint32(values)
        assert got.dtype == np.uint32
        assert np.array_equal(got, np.sort(values))
    try:
        text_patterns.sorted_uint32(np.arange(3, dtype=np.int64))
    except TypeError:
        pass
    else:
        raise AssertionError("int64 values were sorted as uint32")


def test_chunk_methods_take_lone_surrogates_as_the_per_text_reference_does() -> None:
    """A lone surrogate (a text decoded with surrogateescape, say) raised UnicodeEncodeError
    in the chunk methods (the Rust automata take no such text); callers stripped them first."""
    lex = load_lexicons()
    rng = random.Random(11)
    base = ["加v看片", "dm me on telegram", "好看", "nice post", "求链接", "", "wow 🔥", "\x00加v"]
    for _ in range(300):
        texts = []
        for _ in range(rng.randint(1, 12)):
            text = list(rng.choice(base))
            for _ in range(rng.randint(0, 3)):
                text.insert(rng.randint(0, len(text)), chr(rng.randint(0xD800, 0xDFFF)))
            texts.append("".join(text))
        for rules in (lex.spam, lex.intent, lex.generic_patterns):
            assert rules.find_many(texts) == [rules.find(t) for t in texts]
            assert rules.search_many(texts) == [rules.search(t) for t in texts]
