"""The columnar username pass of fraud.audience equals the per-name reference, value for value."""

from __future__ import annotations

import random

import numpy as np
import pytest

from fraud.audience import (
    _digit_heavy,
    _letter_entropy,
    _name_columns,
    _name_part,
    username_features,
)

# Characters that exercise every branch: ASCII letters/digits/symbols, whitespace (strip),
# CJK, full-width digits (isdecimal), letters whose casefold differs (Kelvin sign, ligature,
# sharp s, Greek sigma), emoji, a combining mark, a lone surrogate.
_ALPHABET = (
    "abcxyzKLMQ0123456789._-_!~ \t用户小红薯晚风鱼１２３ｌｉｎ\u212a\ufb01ßΣσςİ🌸\u0301\ud800é"
)
_TEMPLATES = [
    "user{d}",
    "User_{d}",
    "bili_{d}",
    "用户{d}",
    "小红薯63a4b2c1",
    "u_{d}",
    "{w}{t}",
    "等待坤哥{t}",
    "{w}.{w}{d}",
    " {w}{d} ",
    "{d}",
    "{w}",
    "k1x9z3",
    "ab1c2d3e4",
    "x" * 40 + "a1b2c3",
]


def _names(count: int, seed: int) -> list[str | None]:
    rng = random.Random(seed)
    names: list[str | None] = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.05:
            names.append(None)
        elif roll < 0.08:
            names.append("")
        elif roll < 0.55:
            template = rng.choice(_TEMPLATES)
            names.append(
                template.format(
                    d="".join(rng.choices("0123456789", k=rng.randint(1, 12))),
                    w="".join(rng.choices("abcdemnoxyzAB", k=rng.randint(1, 9))),
                    t="".join(rng.choices("abcxyz0123456789ABC", k=rng.randint(2, 10))),
                )
            )
        else:
            names.append("".join(rng.choices(_ALPHABET, k=rng.randint(1, 24))))
    return names


def _display_names(names: list[str | None], seed: int) -> list[str | None]:
    rng = random.Random(seed + 1)
    shown: list[str | None] = []
    for name in names:
        roll = rng.random()
        if roll < 0.2:
            shown.append(None)
        elif roll < 0.3:
            shown.append("")
        elif roll < 0.5 and name:
            shown.append(name.title())
        else:
            shown.append("".join(rng.choices(_ALPHABET + "ABC abc 123", k=rng.randint(1, 16))))
    return shown


def _reference(
    usernames: list[str | None], display_names: list[str | None]
) -> tuple[np.ndarray, np.ndarray]:
    part = np.array(
        [_name_part(u, d) for u, d in zip(usernames, display_names, strict=True)],
        dtype=np.float64,
    ).reshape(len(usernames), 7)
    heavy = np.array([_digit_heavy(u) for u in usernames], dtype=bool)
    return part, heavy


def assert_equal_to_the_reference(
    usernames: list[str | None], display_names: list[str | None]
) -> np.ndarray:
    """:func:`_name_columns` of the names, held equal to :func:`_reference` (NaN in the same
    places, bits equal); its name features, for more checks."""
    part, heavy = _name_columns(usernames, display_names)
    expected_part, expected_heavy = _reference(usernames, display_names)
    np.testing.assert_array_equal(part, expected_part)
    np.testing.assert_array_equal(heavy, expected_heavy)
    return part


@pytest.mark.parametrize("seed", range(6))
def test_name_columns_equal_the_reference(seed: int) -> None:
    usernames = _names(1500, seed)
    assert_equal_to_the_reference(usernames, _display_names(usernames, seed))


def test_name_columns_known_names() -> None:
    usernames: list[str | None] = [
        "k1x9z3",
        "anna80",
        "user8273645",
        "ab",
        "1234",
        "mia.kai84",
        "x7k2p9tail",
        None,
        "",
        "用户7364920183",
        "lin\u212a9",
    ]
    display_names: list[str | None] = [
        "K1X9Z3",
        "Anna",
        None,
        "\ufb01",
        "",
        "Mia Kai84",
        "晚风x7",
        "Someone",
        "x",
        "用户",
        "lin",
    ]
    part, heavy = _name_columns(usernames, display_names)
    expected_part, expected_heavy = _reference(usernames, display_names)
    np.testing.assert_array_equal(part, expected_part)
    np.testing.assert_array_equal(heavy, expected_heavy)
    # Random tail: after a word (x7 + k2p9tail), not the whole name, not anna80.
    assert part[6, 5] == 1.0 and part[0, 5] == 0.0 and part[1, 5] == 0.0
    assert part[2, 4] == 1.0  # default template
    assert part[0, 6] == 1.0  # display name equal up to case
    assert np.isnan(part[7]).all()  # no username: nothing known
    assert tuple(part[8, :6]) == pytest.approx(username_features(""), nan_ok=True)
    assert heavy.tolist() == [False, False, True, False, True, False, False] + [False] * 2 + [
        True,
        False,
    ]


def test_name_columns_of_no_names() -> None:
    part, heavy = _name_columns([], [])
    assert part.shape == (0, 7) and heavy.shape == (0,)
    part, heavy = _name_columns([None, ""], [None, "x"])
    expected_part, _ = _reference([None, ""], [None, "x"])
    np.testing.assert_array_equal(part, expected_part)


def test_letter_entropy_does_not_depend_on_order() -> None:
    counts = [3, 1, 1, 7, 2, 2, 1, 5, 1, 1, 1, 4]
    values = {_letter_entropy(random.Random(s).sample(counts, len(counts))) for s in range(50)}
    assert len(values) == 1
    assert _letter_entropy([]) == 0.0
    assert _letter_entropy([4]) == 0.0
    assert _letter_entropy([1, 1]) == 1.0


def test_account_columns_equal_the_reference_matrix() -> None:
    """Dates, bios and names of made-up accounts (every field missing somewhere): the
    columnar matrix equals the per-account reference bit for bit."""
    from datetime import date

    from fraud.audience import _feature_matrix, _feature_matrix_many
    from fraud.schema import Account

    rng = random.Random(7)
    usernames = _names(400, 11)
    shown = _display_names(usernames, 11)
    bios = [None, "", "   ", " dog dad ", "晚风 ", "\t🌸\n", "DM for promo 💰"]
    accounts = [  # model_construct: lone surrogates too (validation would refuse them)
        Account.model_construct(
            username=username,
            display_name=display,
            followers=rng.randint(0, 10**6),
            following=rng.randint(0, 8000),
            posts=rng.randint(0, 3000),
            has_avatar=rng.choice([None, True, False]),
            bio=rng.choice(bios),
            created_at=rng.choice([None, date(2015, 3, 1), date(2026, 1, 2), date(2030, 1, 1)]),
            last_post_at=rng.choice([None, date(2026, 4, 30), date(2019, 12, 31)]),
            platform_level=rng.choice([None, 0, 12]),
        )
        for username, display in zip(usernames, shown, strict=True)
        if username is None or len(username) <= 200
    ]
    samples = [(accounts[:150], date(2026, 5, 6)), ([], None), (accounts[150:], None)]
    expected = np.vstack([_feature_matrix(a, d) for a, d in samples])
    got = _feature_matrix_many(samples)
    assert got.tobytes() == expected.tobytes()
    assert np.isnan(got[:, 8]).any() and (got[:, 8] == 0).any()  # bio unknown, bio blank
    assert np.isnan(got[:, 16]).any() and np.isnan(got[:, 18]).any()  # dates unknown


def test_name_columns_of_long_names() -> None:
    """More than 255 of one letter (beyond the schema's 200, as training may pass)."""
    usernames: list[str | None] = ["a" * 300 + "b1c2d3", "ab" * 140, "x9" * 3, "q" * 256]
    display_names: list[str | None] = ["A" * 300, None, "x", "Q"]
    part, heavy = _name_columns(usernames, display_names)
    expected_part, expected_heavy = _reference(usernames, display_names)
    np.testing.assert_array_equal(part, expected_part)
    np.testing.assert_array_equal(heavy, expected_heavy)


@pytest.mark.parametrize("seed", range(4))
def test_entropies_equal_the_unique_reference(seed: int) -> None:
    """The dict-keyed profile pass equals the np.unique one bit for bit: random letter
    counts (repeated profiles, rows without letters, counts up to 255 and beyond)."""
    from fraud.audience import _LETTERS, _entropies, _entropies_unique

    rng = np.random.default_rng(seed)
    for rows, high in ((0, 3), (1, 3), (1, 1), (500, 3), (2000, 12), (300, 255), (50, 400)):
        counts = rng.integers(0, high, size=(rows, _LETTERS)) * (rng.random((rows, 1)) < 0.9)
        got, expected = _entropies(counts), _entropies_unique(counts)
        assert got.dtype == expected.dtype and got.shape == expected.shape == (rows,)
        assert got.tobytes() == expected.tobytes()
    none = np.zeros((7, _LETTERS), dtype=np.int64)
    assert _entropies(none).tolist() == [0.0] * 7


def test_distinct_equals_np_unique() -> None:
    # the follower pass's distinct wide characters: text_patterns.sorted_distinct
    from fraud.text_patterns import sorted_distinct as _distinct

    rng = np.random.default_rng(3)
    cases = [np.array([], dtype=np.int64), np.array([5]), np.array([2, 2, 2]), np.array([3, 1])]
    cases += [rng.integers(0, high, size=size) for high, size in ((5, 100), (10**12, 500))]
    for values in cases:
        got, expected = _distinct(values), np.unique(values)
        assert got.dtype == expected.dtype and got.tolist() == expected.tolist()


@pytest.mark.parametrize("seed", range(3))
def test_alnum_bits_equal_the_sets(seed: int) -> None:
    """The display-name similarity's character sets as bits (a table and one reduceat) hold
    the columns of the bincount table: ASCII and wide codes, empty texts first, inside and
    last, a single text."""
    from fraud.audience import _ALNUM, _alnum_bits, _alnum_sets, _codes

    rng = random.Random(seed)
    alphabet = _ALPHABET + "ABCxyz09@#\u0100\u0161"
    for size in (1, 2, 40, 700):
        texts = [
            "".join(rng.choices(alphabet, k=rng.choice([0, 0, 1, 3, 12]))) for _ in range(size)
        ]
        for variant in (texts, [t.encode("ascii", "ignore").decode() for t in texts]):
            codes, starts, owner, lengths = _codes(variant)
            assert lengths.tolist() == [len(t) for t in variant]
            sets = _alnum_sets(codes, owner, len(variant))
            bits = _alnum_bits(codes, starts)
            unpacked = (bits[:, None] >> np.arange(_ALNUM)) & 1
            np.testing.assert_array_equal(unpacked.astype(bool), sets)


def test_bit_counts_count_the_bits() -> None:
    from fraud.audience import _bit_counts, _bit_counts_swar

    rng = np.random.default_rng(4)
    values = np.concatenate(
        ([0, 1, 2**36 - 1, 2**62, 2**63 - 1], rng.integers(0, 2**63 - 1, size=500, dtype=np.int64))
    ).astype(np.int64)
    for count in (_bit_counts, _bit_counts_swar):  # NumPy's own count where it has one
        got = count(values)
        assert got.dtype == np.int64
        assert got.tolist() == [bin(v).count("1") for v in values.tolist()]
