"""The chunk-level comment path gives exactly what the per-text reference gives.

Compared on every distinct comment text of ``data/comments/*.csv`` and perturbed variants
(words appended, emoji, @-mentions, traditional characters, lure disguises from
tests/test_lures.py, HTML, separators, Greek and backticks), text by text: the prepared text,
the rule's category, rule name and lure type, the lure alone, the normal form, the near-duplicate
cores; then the classifier (fast against ``fast=False``) and the comment feature family
(``extract_many`` against a loop of ``extract``) on the example creators and 50 generated ones,
with exact float equality.
"""

from __future__ import annotations

import itertools
import math
import random
import re
import sys
from typing import Any

import numpy as np
import pandas as pd
import pytest

from fraud import paths
from fraud.comment_quality import (
    CommentClassifier,
    _normalise_prepared,
    _rules_chunk,
    apply_rules,
    apply_rules_many,
    build_vectorizer,
    model_text,
    model_texts,
    normalise_many,
    prepare_many,
    prepare_text,
)
from fraud.features import comments as comment_features
from fraud.features import near_duplicates
from fraud.features.near_duplicates import core_text, core_texts, near_duplicate_mask
from fraud.lures import detect_lure, detect_lure_many, lure_skeleton, lure_sound, lure_sounds
from tests.test_comment_links import GENUINE as REFERENCE_LINKS
from tests.test_comment_links import SPAM as OTHER_LINKS
from tests.test_lures import DISGUISED, NOT_LURES

CHUNK = 300


def _corpus_texts() -> list[str]:
    texts: list[str] = []
    for csv_path in sorted((paths.DATA_DIR / "comments").glob("*.csv")):
        texts += pd.read_csv(csv_path, dtype=str, keep_default_na=False)["text"].tolist()
    return list(dict.fromkeys(texts))


def _variants(texts: list[str]) -> list[str]:
    """Perturbed copies: the kinds of change real comment sections bring."""
    rng = random.Random(20261201)
    words = ["so", "good", "lol", "真的", "好看", "宝子", "link", "pls", "dm", "me", "vx", "😂"]
    lures = [text for text, _ in DISGUISED] + NOT_LURES
    out: list[str] = []
    for text in texts:
        kind = rng.randrange(9)
        if kind == 0:
            out.append(text + " " + " ".join(rng.sample(words, 3)))
        elif kind == 1:
            out.append(
                text + rng.choice(["😂😂", "🔥", "❤️❤️", "👍🏻", "[赞][doge]", " (≧▽≦)", " xD"])
            )
        elif kind == 2:
            out.append(f"@{rng.choice(['amy', 'li_ming', 'x.y-z', '小红'])} {text}")
        elif kind == 3:
            out.append(text + rng.choice(["愛你們", "這個真的絕了", "購買連結", "說得對"]))
        elif kind == 4:
            out.append(text + " " + rng.choice(lures))
        elif kind == 5:
            out.append(rng.choice(lures) + rng.choice(["", " ", "～"]) + text[:20])
        elif kind == 6:
            out.append(text.upper() + rng.choice(["!!!", "???", " ...", "&amp; more<br>"]))
        elif kind == 7:
            out.append(" · ".join(text[:12]))  # separators between characters
        else:
            out.append(
                text
                + rng.choice(["`s", " ΣΟΦΟΣ σας", " café", " 123 4567 8901", " +44 7700 900123"])
            )
    edge = ["", " ", "!!!", "xd xdd", "a_b__c", "&lt;3 &amp; <br/>ok", "@amy", "@amy @bob", "🙂"]
    # links taken out before the rules (alone, in HTML anchors, beside lures and numbers)
    links = REFERENCE_LINKS + OTHER_LINKS
    links += [
        '<a href="https://youtu.be/KQ6zr6kCPj8">https://youtu.be/KQ6zr6kCPj8</a> box man',
        '<a href="https://www.youtube.com/watch?v=x">click for free money</a>',
        "https://youtu.be/a https://en.wikipedia.org/wiki/B 😂",
        "加我 https://youtu.be/a 微信 abc12345",
        "I make $15 an hour https://youtu.be/a",
    ]
    return out + lures + edge + links


@pytest.fixture(scope="module")
def texts() -> list[str]:
    corpus = _corpus_texts()
    assert len(corpus) > 3000  # the real corpus, not a stub
    return list(dict.fromkeys(corpus + _variants(corpus)))


def _chunks(items: list[Any], size: int = CHUNK) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def test_prepare_and_normal_forms_match_the_reference(texts: list[str]) -> None:
    fast = [p for part in _chunks(texts) for p in prepare_many(part)]
    reference = [prepare_text(t) for t in texts]
    assert [i for i, (a, b) in enumerate(zip(fast, reference, strict=True)) if a != b] == []
    normal = [_normalise_prepared(p) for p in reference]
    assert [n for part in _chunks(reference) for n in normalise_many(part)] == normal
    with_words = []  # the letters the lure steps computed, reused
    for part in _chunks(reference):
        with_words += normalise_many(part, _rules_chunk(part)[1])
    assert with_words == normal
    cores = [c for part in _chunks(normal) for c in core_texts(part)]
    assert cores == [core_text(n) for n in normal]


@pytest.mark.parametrize("size", [CHUNK, 7])
def test_rules_and_lures_match_the_reference(texts: list[str], size: int) -> None:
    prepared = [prepare_text(t) for t in texts]
    lures = [lure for part in _chunks(prepared, size) for lure in detect_lure_many(part)]
    reference_lures = [detect_lure(p) for p in prepared]
    assert lures == reference_lures
    assert sum(lure is not None for lure in lures) > 500  # lures are exercised
    fast = [rule for part in _chunks(prepared, size) for rule in apply_rules_many(part)]
    reference = [apply_rules(p) for p in prepared]
    mismatches = [
        (texts[i], a, b) for i, (a, b) in enumerate(zip(fast, reference, strict=True)) if a != b
    ]
    assert mismatches == []
    assert len({rule.rule for rule in reference}) >= 10  # every rule step is exercised


def test_model_texts_match_the_reference(texts: list[str]) -> None:
    prepared = [prepare_text(t) for t in texts]
    # whitespace of every kind at the edges and inside, next to mentions and to each other
    spaced = [" \t@amy  hi\n", "\u3000x\x1c", "@a @b", "   ", "", "a\x00b", "  @x.y-z  "]
    for size in (CHUNK, 7):
        got = [m for part in _chunks(prepared + spaced, size) for m in model_texts(part)]
        assert got == [model_text(p) for p in prepared + spaced]
    assert model_texts([]) == []


def test_model_texts_match_the_reference_on_every_kind_of_whitespace() -> None:
    # what \s matches and what str.isspace holds (the chunk path collapses runs by
    # str.split): every such character alone, doubled, at the edges and inside, beside
    # mentions and other whitespace, in chunks of random texts
    spaces = [
        chr(cp) for cp in range(0x110000) if chr(cp).isspace() or re.fullmatch(r"\s", chr(cp))
    ]
    assert len(spaces) > 20
    pieces = [*spaces, "a", "中", "@amy", "@", "x.y", "\u200b", "\x00", "\x1b", "\ufeff"]
    rng = random.Random(5)
    texts = [c for s in spaces for c in (s, s * 2, f"{s}a{s}", f"@b{s}{s}c", f"a {s} b")]
    texts += ["".join(rng.choices(pieces, k=rng.randint(0, 9))) for _ in range(3000)]
    for size in (1, 7, 300):
        got = [m for part in _chunks(texts, size) for m in model_texts(part)]
        assert got == [model_text(t) for t in texts]


def test_sounds_of_a_chunk_match_the_reference(texts: list[str]) -> None:
    skeletons = [s for s in (lure_skeleton(prepare_text(t)) for t in texts) if s]
    # pinyin written in letters, digits next to letters, folds at every token edge
    skeletons += ["国chan", "zhang3li4", "加v信123", "shang", "ang", "cheng1", "微x信", "ｖ", ""]
    skeletons += ["abc123def", "1a2b", "国3", "3国", "a国b", "A1b2", "ア国", "한국", "x", "7"]
    skeletons += ["a b", "国\t家", "Ω国", "zh国", "国zh", "shang国ang", "__", "q_q"]
    for size in (CHUNK, 5):
        got = [sound for part in _chunks(skeletons, size) for sound in lure_sounds(part)]
        assert got == [lure_sound(s) for s in skeletons]
    assert lure_sounds([]) == []
    # the sound rules as searched by the chunk path (a space taken instead of a lookbehind)
    from fraud import derived
    from fraud.lures import load_lure_rules, rule_sources_analysis, sound_alternatives

    rules = load_lure_rules()
    written = derived.load(rule_sources_analysis()).sound
    sounds = [lure_sound(s) for s in skeletons] + [lure_sound(t) for t, _ in DISGUISED]
    matched = 0
    for lure_type, pattern in rules.sound:
        fast = re.compile("|".join(sound_alternatives({lure_type: written[lure_type]})))
        for sound in sounds:
            found = pattern.search(sound) is not None
            assert found == (fast.search(sound) is not None), sound
            matched += found
    assert matched > 20
    # ... and as the chunk path tries them: each alternative gated on its own, the first
    # lure type (in order) one of whose alternatives matches
    assert rules.sound_gated is not None
    want = [
        next((str(t) for t, pattern in rules.sound if pattern.search(sound)), None)
        for sound in sounds
    ]
    assert sum(found is not None for found in want) > 20
    for size in (CHUNK, 5):
        got = [
            found for part in _chunks(sounds, size) for found in rules.sound_gated.find_many(part)
        ]
        assert got == want


# Skeletons aimed at the folds (zh/ch/sh at a Latin run's start, ang/eng/ing at its end)
# next to Chinese, digits, the chunk's ends and each other; with kana (a piece that is not
# ASCII) the chunk takes the object-array path
FOLDS = ["zhh", "zhang", "xzh", "3zh", "a3zh", "angang", "ingzh", "zhing", "国zhang国", "ch"]
FOLDS += ["sh", "ang国", "国ang", "eng", "ingg", "zhang3", "3shang", "chch", "szh", "sang5"]
FOLDS += ["国sh国ch", "hzh", "zh", "nang", "aang", "ang1ang", "ZHANG", "zhAng", "q", "国"]


@pytest.mark.parametrize("folds_in_table", [False, True])
def test_ascii_sounds_of_a_chunk_fold_as_the_reference(
    texts: list[str], folds_in_table: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fraud import lures

    rows, ascii_piece, kinds, shipped = lures._sound_piece_rows()
    assert not shipped  # the table's syllables are folded already: the deletion path
    monkeypatch.setattr(
        lures, "_sound_piece_rows", lambda: (rows, ascii_piece, kinds, folds_in_table)
    )
    skeletons = [s for s in (lure_skeleton(prepare_text(t)) for t in texts[::3]) if s]
    skeletons += FOLDS
    ascii_path = 0
    for size in (CHUNK, 7, 1):
        for part in _chunks(skeletons, size):
            assert lure_sounds(part) == [lure_sound(s) for s in part]
            ascii_path += lures._ascii_sounds("\n".join(part)) is not None
    assert ascii_path > 100
    assert lures._ascii_sounds("ア国\nzhang") is None  # kana: not ASCII
    assert lures._ascii_sounds("国\udc80zhang") is None  # a lone surrogate does not encode
    assert lures._ascii_sounds("𠀀zhang") is None  # beyond the Basic Multilingual Plane
    for odd in (["国\udc80zhang", "zhang"], ["𠀀zhang", "ang"], ["", "zhang"], ["ｚｈ国"]):
        assert lure_sounds(odd) == [lure_sound(s) for s in odd]
    assert lure_sounds(["ア国", "zhang"]) == [lure_sound("ア国"), lure_sound("zhang")]


def test_character_classes_find_the_texts_the_patterns_find(texts: list[str]) -> None:
    """The numpy scans of the lure steps against the regexes they stand for, chunk by chunk:
    the skeleton (separators removed), texts with a look-alike character, with Chinese, with
    five numerals in a row, and (a superset) with letters spaced out."""
    from fraud import lures, text_patterns

    prepared = [prepare_text(t) for t in texts]
    prepared += ["a b c", "x\u00b7y\u00b7z", "1 2", "\U0001d400 b c", "\U00020000 1 2 3 4 5"]
    hinted_total = lookalikes_total = 0
    for part in _chunks(prepared, 97):
        joined = lures.SEPARATOR.join(part)
        ends = lures._ends(part)
        classes = lures._char_classes(joined)
        assert classes is not None
        codes, flags = classes
        keep = (flags & (lures._WORD | lures._SEP)) != 0
        skeleton = codes[keep].tobytes().decode("utf-32-le")
        assert skeleton == lures._NON_WORD_KEEP_SEP.sub("", joined.replace("_", " "))
        lookalike = lures._lookalike_class()
        with_lookalike = {i for i, text in enumerate(part) if lookalike.search(text)}
        assert text_patterns.run_owners((flags & lures._LOOKALIKE) != 0, 1, ends) == with_lookalike
        lookalikes_total += len(with_lookalike)
        exact = lures._owners(lures._SPACED_HINT, joined, ends)
        assert exact <= lures._spaced_hint_owners(flags, ends)
        hinted_total += len(exact)
        skeletons = skeleton.split(lures.SEPARATOR)
        sk_ends = lures._ends(skeletons)
        sk_flags = flags[keep]
        for pattern, mark, length in (
            (lures._NUMERAL_RUN_ANY, lures._NUMERAL, 5),
            (lures._HAS_CJK_RUN, lures._CJK_CHAR, 1),
        ):
            want = lures._owners(pattern, skeleton, sk_ends)
            assert text_patterns.run_owners((sk_flags & mark) != 0, length, sk_ends) == want
    assert hinted_total > 50 and lookalikes_total > 50
    assert lures._char_classes("a\udfff") is None


def test_emoji_stripped_over_a_chunk_as_by_the_emoji_class(texts: list[str]) -> None:
    from fraud import comment_quality as cq

    emoji = cq._emoji_pattern()
    prepared = [prepare_text(t) for t in texts] + ["👍🏻👍🏻x", "a\u200db", "🇮🇹🇮🇹", "#️⃣ ok"]
    changed = 0
    for part in _chunks(prepared, 150):
        got = cq._strip_emoji(cq.SEPARATOR.join(part), len(part))
        want = [emoji.sub(" ", text) for text in part]
        assert got == want
        changed += sum(a != b for a, b in zip(want, part, strict=True))
    assert changed > 300


def test_texts_with_a_foreign_chinese_character_are_never_generic(texts: list[str]) -> None:
    """The chunk rules skip the coverage DP for texts holding a Chinese character outside
    the Chinese lexicons: the reference never finds such a text generic by the lexicons."""
    from fraud import comment_quality as cq

    lex = cq.load_lexicons()
    stripped = cq._strip_many([prepare_text(t) for t in texts])
    assert stripped is not None
    skipped = generic_chinese = 0
    for part in _chunks(stripped[0], 200):
        foreign = cq._foreign_chinese(part)
        skipped += len(foreign)
        for k, text in enumerate(part):
            tokens = cq._TOKEN.findall(text)
            if not tokens:
                continue
            generic = cq._is_generic(tokens, lex)
            generic_chinese += generic and cq._HAS_CJK.search(text) is not None
            assert not (k in foreign and generic), text
    assert skipped > 500 and generic_chinese > 50


def test_classifier_fast_path_matches_the_reference(texts: list[str]) -> None:
    fast = CommentClassifier.load()
    slow = CommentClassifier.load()
    slow.fast = False
    sample = texts[::3]
    got = [d for part in _chunks(sample) for d in fast.classify_with_lures(part)]
    want = [d for part in _chunks(sample) for d in slow.classify_with_lures(part)]
    assert got == want
    assert fast.normalise(sample) == slow.normalise(sample)


def test_near_duplicates_fast_cores_match_the_reference(texts: list[str]) -> None:
    normal = [_normalise_prepared(prepare_text(t)) for t in texts[:3000]]
    authors = [str(i % 50) for i in range(len(normal))]
    fast = near_duplicate_mask(normal, authors)
    assert (fast == near_duplicate_mask(normal, authors, fast=False)).all()
    assert fast.any()


def _counts_reference(texts: list[str], n_features: int) -> tuple[np.ndarray, ...]:
    """Hashed 1-4-gram counts as first written (texts told apart by the code 0)."""
    from fraud import comment_quality as cq

    joined = "\x00".join(f" {t} " for t in texts) + "\x00"
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    is_sep = codes == 0
    segment = np.cumsum(is_sep) - is_sep
    size, mask = len(codes), np.uint64(n_features - 1)
    hashes = np.full(size, cq._NGRAM_SEED, dtype=np.uint64)
    crossing = np.zeros(size, dtype=bool)
    keys = []
    for n in range(1, 5):
        width = size - n + 1
        hashes = (hashes[:width] ^ codes[n - 1 :]) * cq._FNV_PRIME
        crossing = crossing[:width] | is_sep[n - 1 :]
        mixed = hashes ^ np.uint64(n)
        mixed ^= mixed >> np.uint64(33)
        mixed *= cq._MIX
        mixed ^= mixed >> np.uint64(29)
        valid = ~crossing
        keys.append(
            segment[:width][valid].astype(np.uint64) * np.uint64(n_features) + (mixed[valid] & mask)
        )
    unique, counts = np.unique(np.concatenate(keys), return_counts=True)
    rows = (unique // np.uint64(n_features)).astype(np.int64)
    return rows, (unique & mask).astype(np.int64), counts.astype(np.float32)


def test_ngram_counts_match_the_first_formulation(texts: list[str]) -> None:
    hasher = build_vectorizer(2**18)
    sample = [model_text(prepare_text(t)) for t in texts[:2000]]
    for part in _chunks(sample, 500):
        want = _counts_reference(part, 2**18)
        for keys in (False, True):  # 32-bit sort keys, and 64-bit ones
            got = hasher.counts(part, wide_keys=keys)
            for a, b in zip(got, want, strict=True):
                assert a.dtype == b.dtype and np.array_equal(a, b)
    assert [len(a) for a in hasher.counts([])] == [0, 0, 0]


_EDGE_TEXTS = [
    "",
    " ",
    "a",
    "ab",
    "😀",  # outside the Basic Multilingual Plane (a surrogate pair in UTF-16)
    "😀🎉👍🏽 x",
    "中文字 好看",
    "繁體字\u3000全角",
    "e\u0301 combining",
    "line\u2028separator\u2029paragraph",
    "tab\tand\x1funit separator\x1e",
    "\ufeffbom and \ufffd replacement",
    "ｆｕｌｌ ｗｉｄｔｈ １２３",
    "x" * 300,
    "aaaa aaaa aaaa",  # n-grams repeated within a text
]


def test_ngram_counts_match_the_first_formulation_on_edge_cases() -> None:
    """Empty texts, emoji beyond the BMP, CJK, separators and repeats: the chunk formulation
    gives the first one's arrays, whether the edge texts come alone, together or mixed."""
    hasher = build_vectorizer(2**18)
    corpora = [[t] for t in _EDGE_TEXTS] + [_EDGE_TEXTS, _EDGE_TEXTS[::-1] * 3, ["", ""]]
    for corpus in corpora:
        want = _counts_reference(corpus, 2**18)
        for keys in (False, True):
            got = hasher.counts(corpus, wide_keys=keys)
            for a, b in zip(got, want, strict=True):
                assert a.dtype == b.dtype and np.array_equal(a, b)


def test_a_nul_character_inside_a_comment_is_a_character() -> None:
    # it used to be taken for the boundary between two texts: an IndexError lost the record
    fast = CommentClassifier.load()
    slow = CommentClassifier.load()
    slow.fast = False
    texts = ["hi\x00there what a view", "\x00", "资源看我签名\x00", "ok", "love this so much\x00"]
    assert fast.classify_with_lures(texts) == slow.classify_with_lures(texts)
    assert fast.decision_scores(texts).shape == (5, 5)
    normal = fast.normalise(texts)
    assert near_duplicates.minhash_signatures(normal).shape == (5, 16)
    assert not near_duplicate_mask(normal, ["a", "b", "c", "d", "e"]).any()


def _minhash_reference(texts: list[str]) -> np.ndarray:
    """MinHash signatures as first written (uint64, one column per hash function)."""
    nd = near_duplicates
    out = np.full((len(texts), 16), 0xFFFFFFFF, dtype=np.uint32)
    codes = np.frombuffer(("\x00".join(texts) + "\x00").encode("utf-32-le"), dtype=np.uint32)
    codes = codes.astype(np.uint64)
    is_sep = codes == 0
    segment = np.cumsum(is_sep) - is_sep
    width = len(codes) - 2
    hashes = np.full(width, nd._FNV_SEED, dtype=np.uint64)
    crossing = np.zeros(width, dtype=bool)
    for k in range(3):
        hashes = (hashes ^ codes[k : k + width]) * nd._FNV_PRIME
        crossing |= is_sep[k : k + width]
    hashes, owners = hashes[~crossing], segment[:width][~crossing]
    permuted = (hashes[:, None] * nd._MULTIPLIERS[None, :] + nd._OFFSETS[None, :]) >> np.uint64(32)
    starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
    out[owners[starts]] = np.minimum.reduceat(permuted, starts, axis=0).astype(np.uint32)
    return out


def test_minhash_signatures_match_the_first_formulation(texts: list[str]) -> None:
    normal = [_normalise_prepared(prepare_text(t)) for t in texts[:4000]]
    got = near_duplicates.minhash_signatures(normal)
    assert (got == _minhash_reference(normal)).all()
    assert (got != 0xFFFFFFFF).any(axis=1).mean() > 0.8  # most texts have 3-grams


def test_band_groups_match_byte_keys(texts: list[str]) -> None:
    normal = [_normalise_prepared(prepare_text(t)) for t in texts[:4000]]
    signatures = near_duplicates.minhash_signatures(normal)
    for bands in (4, 8):
        rows = 16 // bands
        want = set()
        for band in range(bands):
            part = np.ascontiguousarray(signatures[:, band * rows : (band + 1) * rows])
            keys: dict[bytes, list[int]] = {}
            for index, row in enumerate(part):
                keys.setdefault(row.tobytes(), []).append(index)
            want |= {(band, tuple(g)) for g in keys.values() if len(g) > 1}
        groups = near_duplicates._banded_groups(signatures, bands)
        assert len(groups) == len(want) and len(want) > 10
        got_sets = sorted(tuple(sorted(g.tolist())) for g in groups)
        assert got_sets == sorted(members for _, members in want)


def _same(a: Any, b: Any) -> bool:
    """Equal, NaN equal to NaN, floats compared exactly."""
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b) and type(a) is type(b)


def test_extract_many_equals_extract_on_examples_and_generated_creators() -> None:
    from evaluation import final_sim, holdout_sim
    from fraud.batch import validate_creator
    from fraud.scoring import FeatureExtractor

    raw = [
        line
        for line in (paths.DATA_DIR / "samples" / "creators.jsonl").read_bytes().splitlines()
        if line.strip()
    ]
    generated = list(itertools.chain(final_sim.generate(25, 5), holdout_sim.generate(25, 5)))
    records = []
    for item in [*raw, *generated]:
        checked = validate_creator(item)
        assert not isinstance(checked, str), checked
        records.append(checked)
    extractor = FeatureExtractor.load()
    contexts = [extractor.context(record) for record in records]
    classifier = contexts[0].comment_classifier
    assert classifier is not None
    classifier.clear_cache()
    many = comment_features.extract_many(records, contexts)
    classifier.clear_cache()
    one_by_one = [comment_features.extract(r, c) for r, c in zip(records, contexts, strict=True)]
    assert sum(block.ran for block in many) >= 40
    for got, want in zip(many, one_by_one, strict=True):
        assert got.ran == want.ran and got.note == want.note
        assert _same(got.values, want.values), (got.values, want.values)
        assert _same(dict(got.evidence), dict(want.evidence))


def _not_text_by_text(text: str) -> str:
    raise AssertionError("normalised text by text")


def test_a_chunk_larger_than_the_cache_keeps_its_normal_forms(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The normal forms come with the decisions (classify_and_normalise), not from what the
    cache still holds: a chunk that overflows a small cache (which then evicts the chunk's
    own first texts) gets the same decisions, normal forms and comment features as with a
    cache that holds it all, without the per-text normalisation that :meth:`normalise`
    falls back to for an evicted text."""
    from fraud import comment_quality
    from fraud.comment_quality import ByteBoundedCache, normalise_comment

    chunk = texts[:3000]
    small = CommentClassifier.load()
    small._cache = ByteBoundedCache(max_bytes=40_000)  # a few hundred entries
    large = CommentClassifier.load()
    with monkeypatch.context() as patched:
        patched.setattr(comment_quality, "normalise_comment", _not_text_by_text)
        decisions, normal = small.classify_and_normalise(chunk)
    assert len(small._cache) < len(set(chunk)) // 4  # the chunk did not fit
    assert decisions == large.classify_with_lures(chunk)
    assert normal == large.normalise(chunk) == [normalise_comment(t) for t in chunk]
    assert small.classify_and_normalise(chunk) == (decisions, normal)  # again, partly cached

    from fraud.batch import validate_creator
    from fraud.scoring import FeatureExtractor

    records = []
    for line in (paths.DATA_DIR / "samples" / "creators.jsonl").read_bytes().splitlines():
        checked = validate_creator(line)
        assert not isinstance(checked, str), checked
        records.append(checked)
    extractor = FeatureExtractor.load()
    contexts = [extractor.context(record) for record in records]
    want = comment_features.extract_many(records, contexts)
    for context in contexts:
        context.comment_classifier = small
    small.clear_cache()
    with monkeypatch.context() as patched:
        patched.setattr(comment_quality, "normalise_comment", _not_text_by_text)
        got = comment_features.extract_many(records, contexts)
    assert len(small._cache) < len({c.text for r in records for c in r.comments})  # overflowed
    assert sum(block.ran for block in got) >= 3
    for a, b in zip(got, want, strict=True):
        assert a.ran == b.ran and _same(a.values, b.values)
        assert _same(dict(a.evidence), dict(b.evidence))


def test_a_lone_surrogate_is_classified_by_both_paths_alike() -> None:
    """A lone surrogate (possible from Python callers, never from JSON or a record) once failed
    the chunk automaton, and in the reference too where the n-gram model or OpenCC met it:
    the classifier replaces it by U+FFFD first. The texts reach the model and OpenCC."""
    from fraud.comment_quality import CommentClassifier
    from fraud.paths import models_dir

    texts = [
        "ok \udfff",
        "nice",
        "加我vx 123",
        "follow me \udfff at insta",
        "🔥🔥",
        "yass\udfffs queen",  # left open by the rules: the n-gram model reads it
        "這個顏色\udfff真的很好看",  # traditional Chinese: OpenCC reads it
    ]
    fast = CommentClassifier.load(models_dir() / "comments")
    reference = CommentClassifier.load(models_dir() / "comments")
    reference.fast = False
    assert fast.fast
    assert fast.classify_with_lures(texts) == reference.classify_with_lures(texts)
    assert fast.normalise(texts) == reference.normalise(texts)


def test_the_decision_cache_stays_consistent_under_threads() -> None:
    """Writers from several threads (the service's scoring threads) never corrupt the byte
    count or lose the bound."""
    import threading

    from fraud.comment_quality import _ENTRY_OVERHEAD, ByteBoundedCache

    cache = ByteBoundedCache(max_bytes=20_000)
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: races show

    def write(offset: int) -> None:
        for i in range(3_000):
            cache.put(f"text {offset} {i}", i)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(previous)
    assert cache.n_bytes <= cache.max_bytes
    assert cache.n_bytes == sum(cache._sizes)
    assert len(cache._sizes) == len(cache._data)
    assert list(cache._sizes) == [
        sys.getsizeof(key) + _ENTRY_OVERHEAD for key in cache._data
    ]  # each entry's size, in the dict's order


def test_put_many_leaves_the_cache_as_put_one_by_one_does() -> None:
    """Batched writes (one lock per chunk) keep put's order, skips and evictions."""
    from fraud.comment_quality import _ENTRY_OVERHEAD, ByteBoundedCache

    rng = random.Random(5)
    keys = [("x" * rng.randrange(1, 400)) + str(rng.randrange(300)) for _ in range(2_000)]
    extras = [rng.randrange(0, 200) for _ in keys]
    one, many = ByteBoundedCache(max_bytes=30_000), ByteBoundedCache(max_bytes=30_000)
    for key, extra in zip(keys, extras, strict=True):
        one.put(key, len(key), extra_bytes=extra)
    for start in range(0, len(keys), 37):
        part = keys[start : start + 37]
        many.put_many(part, [len(k) for k in part], extras[start : start + 37])
    assert list(one._data.items()) == list(many._data.items())
    assert one._sizes == many._sizes and one.n_bytes == many.n_bytes <= 30_000
    # the sizes stay aligned with the entries through the evictions
    assert len(many._sizes) == len(many._data) and many.n_bytes == sum(many._sizes)
    assert all(
        size >= sys.getsizeof(key) + _ENTRY_OVERHEAD
        for key, size in zip(many._data, many._sizes, strict=True)
    )
    assert len(set(keys)) > len(one)  # evictions happened
    huge = "y" * 40_000  # larger than the whole cache: skipped by both
    one.put(huge, 1)
    many.put_many([huge], [1], [0])
    assert huge not in one._data and huge not in many._data


def test_repeated_and_cached_texts_get_the_same_decisions(texts: list[str]) -> None:
    """A chunk holding repeats, and texts seen by an earlier call (from the cache)."""
    fast = CommentClassifier.load()
    slow = CommentClassifier.load()
    slow.fast = False
    first, second = texts[:200], texts[150:400]
    chunk = second + first[:60] + second[::7]  # repeats within the chunk and from before
    want = slow.classify_with_lures(first) + slow.classify_with_lures(chunk)
    got = fast.classify_with_lures(first) + fast.classify_with_lures(chunk)
    assert got == want
    assert fast.normalise(chunk) == slow.normalise(chunk)
    assert len(fast._cache) == len(set(first) | set(second))


def test_praise_phrases_in_context_get_the_reference_rules() -> None:
    """Every multi-word praise phrase alone, around other words and next to another phrase:
    the chunk rules' coverage shortcuts (phrase reach, later words, DP stop) decide as the
    reference's full word-break DP does."""
    from fraud.comment_quality import load_lexicons

    phrases = sorted(p for p in load_lexicons().generic_words if " " in p)
    assert len(phrases) > 20
    rng = random.Random(11)
    fillers = ["so", "wow", "really", "this", "is", "the", "my", "banana", "and", "you"]
    texts = []
    for phrase in phrases:
        other = rng.choice(phrases)
        texts += [phrase, f"{rng.choice(fillers)} {phrase}", f"{phrase} {rng.choice(fillers)}"]
        texts += [f"{phrase} {other}", f"{phrase.split()[0]} {other}", f"{phrase}!! {other}??"]
    prepared = [prepare_text(t) for t in texts]
    fast = [rule for part in _chunks(prepared, 50) for rule in apply_rules_many(part)]
    reference = [apply_rules(p) for p in prepared]
    assert fast == reference
    assert sum(rule.rule == "generic_lexicon" for rule in reference) > len(phrases)


def test_strip_many_matches_the_reference_steps(texts: list[str]) -> None:
    """Mentions, stickers, kaomoji (only texts the automaton finds one in are rewritten) and
    emoji replaced over a chunk, as apply_rules replaces them text by text."""
    from fraud import comment_quality as cq

    lex = cq.load_lexicons()

    def reference(text: str) -> tuple[str, bool]:
        mentions = 0
        if "@" in text:
            text, mentions = cq._MENTION.subn(" ", text)
        if "[" in text:
            text = cq._STICKER.sub(" ", text)
        if cq._KAOMOJI_TRIGGER.search(text):
            text = lex.kaomoji.sub(" ", text)
        if not text.isascii():
            text = cq._emoji_pattern().sub(" ", text)
        return text, bool(mentions)

    prepared = [prepare_text(t) for t in texts] + ["qwq (≧▽≦) ok", "^_^ @amy :)", "o(*￣▽￣*)ブ"]
    rewritten = 0
    for part in _chunks(prepared, 120):
        stripped = cq._strip_many(part)
        assert stripped is not None
        want = [reference(text) for text in part]
        assert list(zip(*stripped, strict=True)) == want
        rewritten += sum(lex.kaomoji.search(t) is not None for t in part)
    assert rewritten > 100


def test_packed_weights_give_the_scores_of_the_plain_idf_and_coefficients(
    texts: list[str],
) -> None:
    """decision_scores reads idf and class weights from one packed row per feature; the
    plain formulation (idf and coef.T looked up apart, as before packing) gives the same
    float32 scores."""
    from fraud.artifacts import read_verified
    from fraud.comment_quality import MODEL_FILE, CommentClassifier, model_texts, prepare_many

    directory = paths.models_dir() / paths.COMMENTS_MODEL_DIR
    arrays = read_verified(directory).npz(MODEL_FILE, ("idf", "coef", "intercept"))
    idf = arrays["idf"].astype(np.float32)
    coef_t = np.ascontiguousarray(arrays["coef"].T.astype(np.float32))
    intercept = arrays["intercept"].astype(np.float32)
    classifier = CommentClassifier.load(directory)
    prepared = prepare_many(texts[:3000] + _EDGE_TEXTS)
    rows, cols, counts = classifier._vectorizer.counts(model_texts(prepared))
    values = np.log1p(counts) * idf[cols]
    norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=len(prepared)))
    norms[norms == 0] = 1.0
    plain = np.zeros((len(prepared), coef_t.shape[1]), dtype=np.float32)
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    plain[rows[starts]] = np.add.reduceat(values[:, None] * coef_t[cols], starts, axis=0)
    plain = plain / norms[:, None].astype(np.float32) + intercept
    assert np.array_equal(classifier.decision_scores(prepared), plain)


def test_the_inline_chinese_checks_cover_exactly_the_cjk_ranges() -> None:
    """_is_short_remark_fast and _is_generic_fast write CJK_RANGES out inline (a call per
    token costs); at every edge of every range they agree with their references."""
    from fraud.comment_quality import (
        _is_generic,
        _is_generic_fast,
        _is_short_remark,
        _is_short_remark_fast,
        load_lexicons,
    )
    from fraud.text_patterns import CJK_RANGES

    lex = load_lexicons()
    edges = [cp for low, high in CJK_RANGES for cp in (low - 1, low, high, high + 1)]
    for cp in edges:
        # seven Chinese characters are a long remark, one Latin word a short one
        for tokens in ([chr(cp) * 7], [chr(cp) * 3, "ok"], ["nice", chr(cp) + "好"], [chr(cp)]):
            assert _is_short_remark_fast(tokens) == _is_short_remark(tokens), (hex(cp), tokens)
            assert _is_generic_fast(tokens, lex) == _is_generic(tokens, lex), (hex(cp), tokens)


def test_folds_of_many_pieces_at_once_match_piece_by_piece() -> None:
    from fraud.lures import _fold_bytes, _folds_any

    def one_by_one(pieces: list[str]) -> bool:
        return any(_fold_bytes(f" {p} ".encode()) != f" {p} ".encode() for p in pieces)

    syllables = ["zi", "yuan", "an", "en", "in", "zhang", "chi", "shi", "ang", "eng", "ing"]
    syllables += ["zh", "h", "g", "ng", "xiang", "sh", "ch", "guo", "ang1", "han", "ha"]
    rng = random.Random(5)
    for _ in range(400):
        pieces = rng.sample(syllables, rng.randint(1, 5))
        assert _folds_any(pieces) == one_by_one(pieces), pieces
    assert not _folds_any(["zi", "yuan"]) and _folds_any(["zi", "zhang"])
