"""The shipped pinyin table (fraud/lexicons/pinyin.txt) is what pypinyin gives today."""

from __future__ import annotations

from pathlib import Path

import pytest

from fraud import lures
from fraud.sound_table import load_readings


def test_shipped_table_equals_the_pypinyin_table() -> None:
    shipped = lures._sound_table()
    computed = lures._sound_table_from_pypinyin()
    assert shipped == computed
    # a sample the rules rely on: homophones read alike, folded initials and finals
    assert shipped[ord("资")] == shipped[ord("滋")] == " zi "
    assert shipped[ord("上")] == " san "  # shang: sh -> s, -ang -> -an


def test_a_truncated_table_is_refused(tmp_path: Path) -> None:
    short = tmp_path / "pinyin.txt"
    short.write_text("# header\nqiu\ntian\n", encoding="utf-8")
    with pytest.raises(ValueError, match="2 readings for 28096 code points"):
        load_readings(short)
