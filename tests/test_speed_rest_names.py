"""Usernames of printable ASCII and CJK ideographs take the columnar pass of
fraud.audience._name_columns: its values equal the per-name reference, value for value."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from fraud import audience
from fraud.audience import _IDEOGRAPHS
from tests.test_name_columns import assert_equal_to_the_reference

# Ideographs at both ends of the block and numeric ones (一二三 are str.isnumeric), the
# code points just outside it, the 小红薯 template's prefix and a few common words.
_IDEOGRAPH_CHARS = "\u4e00\u9fff一二三十百用户小红薯晚风鱼坤哥音乐阳光男孩大白"
_OUTSIDE = "\u4dff\ua000"
_ASCII = "abcxyzKLMQ0123456789._-!~"


def test_the_ideographs_are_letters_that_casefold_to_themselves() -> None:
    digit = re.compile(r"\d")
    for code in range(_IDEOGRAPHS[0], _IDEOGRAPHS[1] + 1):
        char = chr(code)
        assert char.isalpha() and char.isalnum() and char.isprintable()
        assert not char.isdecimal() and not char.isdigit() and not char.isspace()
        assert char.casefold() == char == char.lower() and char.strip() == char
        assert digit.match(char) is None


def _name(rng: random.Random) -> str | None:
    roll = rng.random()
    if roll < 0.04:
        return None
    if roll < 0.06:
        return ""
    if roll < 0.5:
        word = "".join(rng.choices(_IDEOGRAPH_CHARS, k=rng.randint(1, 5)))
        tail = "".join(rng.choices(_ASCII, k=rng.randint(0, 12)))
        return rng.choice([word + tail, tail + word, "小红薯" + tail, "用户" + tail, word])
    alphabet = _IDEOGRAPH_CHARS + _ASCII + (_OUTSIDE if rng.random() < 0.1 else "")
    return "".join(rng.choices(alphabet, k=rng.randint(1, 20)))


def _shown(rng: random.Random, name: str | None) -> str | None:
    roll = rng.random()
    if roll < 0.2:
        return None
    if roll < 0.5 and name:  # sharing some of the username's characters, ideographs too
        return "".join(rng.sample(name, k=rng.randint(1, len(name)))) + rng.choice(["", "Ab", "晚"])
    return "".join(rng.choices(_IDEOGRAPH_CHARS + _ASCII + " ÀΣ", k=rng.randint(0, 10)))


@pytest.mark.parametrize("seed", range(8))
def test_ideograph_usernames_equal_the_reference(seed: int) -> None:
    rng = random.Random(seed)
    usernames = [_name(rng) for _ in range(1200)]
    shown = [_shown(rng, name) for name in usernames]
    assert_equal_to_the_reference(usernames, shown)


def test_ideograph_usernames_known_values() -> None:
    usernames: list[str | None] = [
        "用户7364920183",
        "坤爱音乐6IL769",
        "小红薯63a4b2c1",
        "晚风晚风",
        "鱼x7k",
        "小红薯ABCDEF1",
    ]
    shown: list[str | None] = ["晚风", None, None, "风", "鱼", None]
    part = assert_equal_to_the_reference(usernames, shown)
    assert part[0, 4] == part[2, 4] == part[5, 4] == 1.0  # default templates (one digit: 小红薯)
    assert part[1, 5] == 1.0  # a random tail after an ideograph word
    assert part[3, 3] == 1.0  # two letters, twice each: one bit
    assert part[3, 6] == pytest.approx(2 / 3)  # {风} and {晚, 风}
    assert part[4, 6] == pytest.approx(2 / 5)  # {鱼} and {鱼, x, 7, k}


@pytest.mark.parametrize(
    "usernames",
    [
        ["坤哥 abc"],  # an ideograph beside a space: the reference's
        ["小明😀", "abc"],
        ["用户 12345", "bob", None, ""],
        ["田中さん", "tanaka99"],
    ],
)
def test_a_chunk_whose_ideographs_are_all_in_names_the_reference_takes(
    usernames: list[str | None],
) -> None:
    assert_equal_to_the_reference(usernames, [None] * len(usernames))  # it raised before


def test_long_ideograph_names_take_the_reference_and_leave_the_table_narrow(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    widths: list[int] = []
    table = audience._with_ideographs

    def measured(*args: Any) -> Any:
        out = table(*args)
        widths.append(out.shape[1])
        return out

    monkeypatch.setattr(audience, "_with_ideographs", measured)
    rng = random.Random(3)
    long_one = "".join(chr(rng.randint(*_IDEOGRAPHS)) for _ in range(300))
    just_over = "".join(chr(_IDEOGRAPHS[0] + k) for k in range(33))
    at_limit = "".join(chr(_IDEOGRAPHS[0] + k) for k in range(32))
    usernames: list[str | None] = [long_one, just_over, at_limit, "用户7364920183", "bob"]
    assert_equal_to_the_reference(usernames, [None, "一", "一二", None, None])
    assert widths and max(widths) == 26 + 32  # the name at the limit; not 26 + ~300
