"""The classifier's faster formulations against references written another way."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from fraud import comment_quality as cq
from fraud.comment_quality import _SPACES_TO_CHANGE


def test_spaces_to_change_matches_the_alternation_it_replaces() -> None:
    # the original reading: runs of two or more whitespace characters, or one that is not
    # the space; every whitespace character, alone, doubled and mixed with others and text
    reference = re.compile(r"\s{2,}|[^\S ]")
    spaces = [chr(cp) for cp in range(0x110000) if re.fullmatch(r"\s", chr(cp))]
    pieces = [*spaces, " ", " ", "a", "中", "\x00", "@"]
    rng = random.Random(7)
    texts = [s * k for s in spaces for k in (1, 2, 3)] + [f"a{s} {s}b" for s in spaces]
    texts += ["".join(rng.choices(pieces, k=rng.randint(0, 12))) for _ in range(20_000)]
    for text in texts:
        assert _SPACES_TO_CHANGE.sub(" ", text) == reference.sub(" ", text), repr(text)
        assert [m.span() for m in _SPACES_TO_CHANGE.finditer(text)] == [
            m.span() for m in reference.finditer(text)
        ]


def _ngram_keys_one_by_one(texts: list[str], n_features: int) -> list[int]:
    """The hashed 1-4-gram keys (row * n_features + column) of each text alone, in plain
    Python integers: " text " windowed, FNV-style multiply-xor, the 64-bit finaliser."""
    mask64 = 2**64 - 1
    keys = []
    for row, text in enumerate(texts):
        codes = [ord(char) for char in f" {text} "]
        for start in range(len(codes)):
            value = int(cq._NGRAM_SEED)
            for order in range(1, 5):
                if start + order > len(codes):
                    break
                value = ((value ^ codes[start + order - 1]) * int(cq._FNV_PRIME)) & mask64
                mixed = value ^ order
                mixed ^= mixed >> 33
                mixed = (mixed * int(cq._MIX)) & mask64
                mixed ^= mixed >> 29
                keys.append(row * n_features + (mixed & (n_features - 1)))
    return keys


@pytest.mark.parametrize("rows_from", [0, 10**9])  # every batch sorted by rows, none
def test_ngram_counts_match_plain_python(rows_from: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cq, "_ROWS_FROM", rows_from)
    # texts around every row width (16, 24, 32, 48, ...: a text of length - 2 characters
    # fills a row of `length`), empty ones, NULs, characters beyond the BMP, long ones
    rng = random.Random(11)
    alphabet = ["a", "b", " ", "中", "\x00", "😀", "é", "@", "1"]
    lengths = [0, 1, 2, 3, 13, 14, 15, 21, 22, 23, 30, 31, 46, 47, 94, 95, 190, 191, 700]
    texts = ["".join(rng.choices(alphabet, k=k)) for k in lengths for _ in range(2)]
    texts += ["".join(rng.choices(alphabet, k=rng.randint(0, 60))) for _ in range(150)]
    hasher = cq.build_vectorizer(2**18)
    for part in (texts, texts[:1], texts[-7:], [""], ["", ""]):
        rows, cols, counts = hasher.counts(part)
        unique, want_counts = np.unique(_ngram_keys_one_by_one(part, 2**18), return_counts=True)
        assert rows.dtype == cols.dtype == np.int64 and counts.dtype == np.float32
        assert np.array_equal(rows, unique // 2**18)
        assert np.array_equal(cols, unique % 2**18)
        assert np.array_equal(counts, want_counts.astype(np.float32))
        for got, flat in zip(
            (rows, cols, counts), hasher.counts(part, wide_keys=True), strict=True
        ):
            assert np.array_equal(got, flat)


def test_letters_of_the_lure_steps_on_chunks_with_and_without_disguises() -> None:
    # a chunk of plain texts (nothing mapped: every text's letters kept), and the same with a
    # sticker code or a look-alike character in some texts (their letters are not the text's)
    from fraud.lures import _SEPARATORS, _mapped, detect_lure_chunk, load_lure_rules

    rules = load_lure_rules()
    lookalike = chr(next(iter(rules.lookalike_chars)))
    rng = random.Random(3)
    words = ["so", "good", "真的", "好看", "加", "v", "1314", "@amy", "😂", "!", "a_b"]
    plain = [" ".join(rng.choices(words, k=rng.randint(0, 6))) for _ in range(300)]
    disguised = [t + rng.choice(["[赞]", lookalike, ""]) for t in plain]
    for part in (plain, disguised, plain[:1], [""]):
        letters = detect_lure_chunk(part)[1]
        for text, got in zip(part, letters, strict=True):
            same = _mapped(text, rules) == text
            assert got == (_SEPARATORS.sub("", text) if same else None), text
        assert (None in letters) == (part is disguised)
