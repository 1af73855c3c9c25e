"""The unstable-sort fast paths of the near-duplicate pass equal their references.

``sorted_distinct`` and ``sorted_runs`` against ``np.unique``; ``distinct_per_key`` (one integer per pair, an
unstable sort) against the stable two-column sort; the band groups of
``_mark_banded_grouped`` from dense ranks against the stable sort of the words; MinHash
signatures (the minimum taken before the shift) against a per-text computation of the
former formula.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from fraud.features import comments
from fraud.features import near_duplicates as nd
from fraud.features.near_duplicates import (
    distinct_per_key,
    distinct_per_key_reference,
    minhash_signatures,
)
from fraud.text_patterns import sorted_distinct, sorted_runs


@pytest.mark.parametrize("seed", range(6))
def test_sorted_distinct_equals_np_unique(seed: int) -> None:
    rng = np.random.default_rng(seed)
    for size in (0, 1, 2, 7, 500):
        for high in (1, 3, 10**6, 2**62):
            values = rng.integers(-high, high, size=size, dtype=np.int64)
            found = sorted_distinct(values)
            expected = np.unique(values)
            assert found.dtype == expected.dtype
            assert found.tolist() == expected.tolist()


@pytest.mark.parametrize("seed", range(6))
def test_sorted_runs_equal_np_uniques_index_and_counts(seed: int) -> None:
    rng = np.random.default_rng(seed)
    for size in (0, 1, 2, 7, 500):
        for high in (1, 3, 10**6, 2**62):
            values = np.sort(rng.integers(-high, high, size=size, dtype=np.int64))
            starts, lengths = sorted_runs(values)
            _, index, counts = np.unique(values, return_index=True, return_counts=True)
            assert starts.tolist() == index.tolist()
            assert lengths.tolist() == counts.tolist()


@pytest.mark.parametrize("seed", range(8))
def test_distinct_per_key_equals_the_stable_reference(seed: int) -> None:
    rng = np.random.default_rng(seed)
    for size in (0, 1, 2, 5, 300, 4000):
        for key_high, value_high in ((1, 1), (3, 50), (10**6, 3), (10**5, 10**5), (2**40, 2**40)):
            key = rng.integers(-key_high, key_high + 1, size=size, dtype=np.int64)
            value = rng.integers(-value_high, value_high + 1, size=size, dtype=np.int64)
            expected = distinct_per_key_reference(key, value)
            assert distinct_per_key(key, value).tolist() == expected.tolist()
    # keys and values as the callers build them, and arrays too wide for one int64 per pair
    key = np.array([3, 1, 3, 3, 1, 2])
    value = np.array([5, 5, 6, 5, 5, 9])
    assert distinct_per_key(key, value).tolist() == [2, 1, 2, 2, 1, 1]
    huge = np.array([2**63, 2**64 - 1, 2**63, 5], dtype=np.uint64)
    assert distinct_per_key(huge, huge).tolist() == [1, 1, 1, 1]
    assert distinct_per_key(np.zeros(4, dtype=np.int64), huge).tolist() == [3, 3, 3, 3]
    wide = np.array([0, 2**62, 0, 2**62], dtype=np.int64)
    assert distinct_per_key(wide, wide[::-1].copy()).tolist() == [1, 1, 1, 1]
    assert distinct_per_key(np.array([1, 1, 2], dtype=np.uint8), np.array([4, 5, 4])).tolist() == [
        2,
        2,
        1,
    ]


def _banded_case(
    rng: np.random.Generator, n: int, n_groups: int, choices: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    # few distinct hash values: many shared bands, within and across groups and bands
    signatures = rng.integers(0, choices, size=(n, 16), dtype=np.uint32)
    row_group = np.sort(rng.integers(0, n_groups, size=n))
    n_items = 3 * n
    item_row = rng.integers(0, n, size=n_items)
    item_row[:n] = np.arange(n)  # every row has an item
    item_account = rng.integers(0, max(2, n // 2), size=n_items)
    return signatures, row_group, item_row, item_account


@pytest.mark.parametrize("seed", range(10))
def test_band_groups_from_ranks_equal_the_stable_sort(seed: int) -> None:
    rng = np.random.default_rng(seed)
    for n, n_groups, choices in ((0, 1, 2), (1, 1, 2), (2, 1, 1), (40, 1, 2), (300, 7, 3)):
        for n_more in (0, 2**32 - 5):
            case = _banded_case(rng, n, n_groups, choices)
            signatures = case[0] + np.uint32(n_more) if n_more else case[0]
            for bands, min_authors in ((4, 2), (8, 3), (8, 2), (4, 3)):
                args = (signatures, case[1], bands, case[2], case[3], min_authors)
                fast = nd._mark_banded_grouped(*args)
                reference = nd._mark_banded_grouped(*args, fast=False)
                assert fast.tolist() == reference.tolist()
    # group numbers too large for one int64 per entry: the reference's order
    signatures, row_group, item_row, item_account = _banded_case(rng, 50, 3, 2)
    huge = row_group * 2**61
    columns = [np.ascontiguousarray(signatures).view(np.uint64).T.ravel()]  # 8 bands
    assert nd._band_groups_fast(columns, huge, 8) is None
    assert (
        nd._mark_banded_grouped(signatures, huge, 4, item_row, item_account, 2).tolist()
        == nd._mark_banded_grouped(
            signatures, huge, 4, item_row, item_account, 2, fast=False
        ).tolist()
    )


def _signature_one_by_one(text: str) -> np.ndarray:
    """The former formula for one text: each 3-gram's FNV-style hash permuted, shifted to 32
    bits, then the least per hash function."""
    out = np.full(16, np.uint32(0xFFFFFFFF), dtype=np.uint32)
    codes = [ord(c) for c in text]
    if len(codes) < 3:
        return out
    hashes = []
    for start in range(len(codes) - 2):
        value = 0xCBF29CE484222325
        for code in codes[start : start + 3]:
            value = ((value ^ code) * 0x100000001B3) % 2**64
        hashes.append(value)
    array = np.array(hashes, dtype=np.uint64)
    permuted = (
        (nd._MULTIPLIERS[:, None] * array[None, :] + nd._OFFSETS[:, None]) >> np.uint64(32)
    ).astype(np.uint32)
    return permuted.min(axis=1)


def test_minhash_equals_the_former_formula_text_by_text() -> None:
    rng = random.Random(3)
    alphabet = "abc好看\x00xyz 1\U0001f600"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(300)]
    texts += ["", "ab", "abc", "资源看我签名 8841"]
    signatures = minhash_signatures(texts)
    for text, row in zip(texts, signatures, strict=True):
        assert row.tolist() == _signature_one_by_one(text).tolist(), text


@pytest.mark.parametrize("seed", range(8))
def test_delay_spreads_equal_the_regular_by_regular_reference(seed: int) -> None:
    rng = np.random.default_rng(seed)
    for size in (0, 1, 2, 3, 7, 60, 900):
        k = int(rng.integers(1, 6))
        owners = rng.integers(0, k, size=size)
        keys = owners * 1000 + rng.integers(0, max(1, size // 4), size=size)  # per creator
        pick = rng.random()
        if pick < 0.3:  # whole minutes, many ties and zeros
            delays = rng.integers(0, 5, size=size).astype(np.float64)
        elif pick < 0.6:
            delays = rng.exponential(300.0, size=size)
        else:
            delays = np.round(rng.exponential(30.0, size=size), 3)
        found = comments._delay_spreads(keys, owners, delays, k)
        expected = comments._delay_spreads_reference(keys, owners, delays, k)
        assert found[1] == expected[1]
        assert np.array(found[0]).tobytes() == np.array(expected[0]).tobytes()


def test_digit_heavy_names_equal_the_search_name_by_name() -> None:
    rng = random.Random(4)
    alphabet = "ab12345\n٣٤٥٦_x"
    names = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(2000)]
    plain = [name.replace("\n", "") for name in names]
    for chosen in (names, plain, [], ["1234"], ["", "99999", "x"]):
        expected = [comments._DIGIT_HEAVY.search(name) is not None for name in chosen]
        assert comments._digit_heavy_names(chosen).tolist() == expected


def test_lure_keys_of_a_chunk_equal_the_key_text_by_text() -> None:
    texts = [
        "资源看我签名 8841",
        "滋愿 看我签眀～qx",
        "加我vx123领取福利",
        "f4f l4l 互关",
        "Send this to @promo.hub to get featured! 车用 realwild",
        "zhang shang 长",
        "",
        "👀 私信 lucassam",
    ]
    assert comments._lure_keys(texts) == [comments._lure_key(text) for text in texts]
    assert comments._lure_keys([]) == []


def test_band_words_that_mix_alike_are_still_told_apart() -> None:
    # two rows whose first band's words differ but mix to one code (w0 * P + w1 alike)
    words = np.arange(16, dtype=np.uint64).reshape(2, 8) * np.uint64(1000)
    words[0, :2] = (5, 7)
    words[1, :2] = (6, (7 - int(nd._FNV_PRIME)) % 2**64)
    signatures = words.view(np.uint32)
    args = (signatures, np.zeros(2, dtype=np.int64), 4, np.arange(2), np.arange(2), 2)
    assert nd._mark_banded_grouped(*args).tolist() == [False, False]
    assert nd._mark_banded_grouped(*args, fast=False).tolist() == [False, False]
    words[1, :2] = words[0, :2]  # now equal: one band group of two accounts
    assert nd._mark_banded_grouped(*args).tolist() == [True, True]
