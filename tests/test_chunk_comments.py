"""The chunk-wide comment helpers equal their per-text and per-creator references.

``grouped_near_and_similar_masks`` (near duplicates and template similarity of many creators'
comments in one pass) against ``near_and_similar_masks`` / ``near_duplicate_mask`` called
creator by creator; ``core_texts`` (one code-point mask) against ``core_text``; MinHash
signed in blocks against one pass. The feature-level parity (every comment feature and
evidence field of the chunk path against the per-creator path) is in ``test_columnar``.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from fraud.comment_quality import normalise_comment
from fraud.features import near_duplicates
from fraud.features.near_duplicates import (
    _NO_DECIMAL_DIGITS,
    core_text,
    core_texts,
    core_texts_regex,
    distinct_per_key,
    first_index_ids,
    grouped_near_and_similar_masks,
    minhash_signatures,
    near_and_similar_masks,
    near_duplicate_mask,
)

_TEMPLATES = [
    "Love this so much, keep it up {}!",
    "where did you get the {} jacket, it looks amazing on you",
    "资源看我签名 {}",
    "姐妹们这个{}真的太好用了吧，已经回购三次了",
    "加我vx{}领取福利",
    "终于等到更新了！上次说的{}测评呢",
]
_FILLERS = ["girl", "queen", "8841", "qx", "眼霜", "精华", "blue", "abc123", "2024", "🔥🔥", ""]


def _section(rng: random.Random, n: int) -> tuple[list[str], list[str]]:
    """One creator's normalised comments and accounts: template copies with varied fillers
    and suffixes, exact repeats, unrelated texts, and accounts that repeat."""
    texts, authors = [], []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.6:
            text = rng.choice(_TEMPLATES).format(rng.choice(_FILLERS))
            if rng.random() < 0.3:
                text += " " + rng.choice(_FILLERS)
        elif roll < 0.75 and texts:
            text = rng.choice(texts)
        else:
            text = "".join(rng.choice("abcdefgh好看的衣服 12") for _ in range(rng.randint(1, 30)))
        texts.append(normalise_comment(text))
        authors.append(f"acct{rng.randint(0, max(2, n // 3))}")
    return texts, authors


def _chunk(seed: int, sizes: list[int]) -> list[tuple[list[str], list[str]]]:
    rng = random.Random(seed)
    return [_section(rng, size) for size in sizes]


def _flat(sections: list[tuple[list[str], list[str]]]) -> tuple[list[str], list[str], np.ndarray]:
    texts = [t for part, _ in sections for t in part]
    authors = [a for _, part in sections for a in part]
    groups = np.repeat(np.arange(len(sections)), [len(part) for part, _ in sections])
    return texts, authors, groups


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_grouped_masks_equal_the_per_creator_masks(seed: int) -> None:
    sections = _chunk(seed, [40, 0, 1, 2, 25, 60, 3, 80])
    texts, authors, groups = _flat(sections)
    near, similar = grouped_near_and_similar_masks(texts, authors, groups)
    expected = [near_and_similar_masks(t, a) for t, a in sections]
    assert near.tolist() == [x for n, _ in expected for x in n.tolist()]
    assert similar.tolist() == [x for _, s in expected for x in s.tolist()]
    only_near, none = grouped_near_and_similar_masks(texts, authors, groups, similar=False)
    assert only_near.tolist() == [x for t, a in sections for x in near_duplicate_mask(t, a)]
    assert not none.any()
    # the corpus reaches both patterns, and neither marks everything
    assert 0 < near.sum() < len(texts) and 0 < similar.sum() < len(texts)


def test_texts_of_different_creators_are_never_matched() -> None:
    texts = [
        normalise_comment(t) for t in ["资源看我签名 8841", "资源看我签名 qx", "资源看我签名 77"]
    ]
    texts += [normalise_comment("Love this so much, keep it up girl! " * 2)] * 2
    authors = ["a", "b", "c", "d", "e"]
    together = grouped_near_and_similar_masks(texts, authors, np.zeros(5, dtype=np.int64))
    apart = grouped_near_and_similar_masks(texts, authors, np.arange(5))
    assert together[0].tolist()[:3] == [True, True, True]
    assert not apart[0].any() and not apart[1].any()


def test_core_texts_equal_core_text() -> None:
    rng = random.Random(5)
    alphabet = "ab1z٣２好看 x\U0001fbf1\U0001f600éZ9\ud800\u0966，。"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    texts += [t for part, _ in _chunk(7, [200]) for t in part]
    expected = [core_text(t) for t in texts]
    assert core_texts(texts) == expected
    assert core_texts_regex(texts) == expected
    assert core_texts(["abc\x00def", "12好a"]) == ["abc\x00def", "12好"]  # a NUL inside a text
    # a measure that a Chinese character follows is kept; an id or a suffix is not
    measures = ["身高160体重50kg穿s码", "好看ab12", "12ab好看", "8841资源看我签名", "165穿2xl码"]
    expected = ["身高160体重50kg穿s码", "好看", "好看", "资源看我签名", "165穿2xl码"]
    assert core_texts(measures) == expected
    assert core_texts_regex(measures) == expected  # every text Chinese
    assert core_texts_regex(["only latin 12"]) == ["only latin "]
    assert core_texts([]) == []


def test_no_decimal_digit_lies_in_the_ranges_skipped() -> None:
    for low, high in _NO_DECIMAL_DIGITS:
        assert not any(chr(c).isdecimal() for c in range(low, high)), hex(low)
    assert not any(chr(c).isdecimal() for c in range(128, 0x660))


def test_minhash_in_blocks_equals_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(9)
    texts = [
        "".join(rng.choice("abc好看\x00xyz") for _ in range(rng.randint(0, 60))) for _ in range(600)
    ]
    texts.insert(300, "长" * 900)  # longer than a block: a block of its own
    monkeypatch.setattr(near_duplicates, "_BLOCK_CHARS", 10**9)
    whole = minhash_signatures(texts)
    monkeypatch.setattr(near_duplicates, "_BLOCK_CHARS", 500)  # some 40 blocks
    assert minhash_signatures(texts).tobytes() == whole.tobytes()
    assert (whole != np.iinfo(np.uint32).max).any()


def test_distinct_per_key_and_first_index_ids() -> None:
    assert first_index_ids(["a", "b", "a", "c", "b"]).tolist() == [0, 1, 0, 3, 1]
    key = np.array([3, 1, 3, 3, 1, 2])
    value = np.array([5, 5, 6, 5, 5, 9])
    assert distinct_per_key(key, value).tolist() == [2, 1, 2, 2, 1, 1]
    assert distinct_per_key(key[:0], value[:0]).tolist() == []


def test_examples_are_the_first_of_the_texts_by_count() -> None:
    from fraud.features.comments import _by_count, _examples

    rng = random.Random(3)
    for _ in range(300):
        words = rng.sample(["nice", "好看", "wow", "🔥", "a", "b", "c", "nice!", "Nice"], 6)
        texts = [rng.choice(words) for _ in range(rng.randint(0, 30))]  # ties, most of them
        for k in (1, 3, 5):
            assert _examples(texts, k) == list(_by_count(texts))[:k]
    assert _examples([]) == []


def test_examples_leave_blank_texts_out() -> None:
    # a sticker-only comment comes as "" in exports: COMMENTS_LOW_EFFORT quoted it as “” (QA s51)
    from fraud.features.comments import _examples

    assert _examples(["", "", "", " ", "nice", "wow", "nice"]) == ["nice", "wow"]
    assert _examples(["", "\n"]) == []
