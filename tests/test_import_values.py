"""Counts and times as scrapers write them (MediaCrawler copies the platforms' display
strings: "1.2万", "10万+", "3.4w"; Instaloader and yt-dlp write epoch seconds, MediaCrawler
milliseconds for Xiaohongshu and Kuaishou)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from fraud.importers._values import parse_count, parse_date, parse_time
from tests.test_import_sources import _import


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234", 1234),
        (1234, 1234),
        ("1,234", 1234),
        ("1.2万", 12000),
        ("10万+", 100000),
        ("3.4w", 34000),
        ("3.4W", 34000),
        ("1.5k", 1500),
        ("2亿", 200_000_000),
        ("1.15万", 11500),
        ("0", 0),
        (" 56 ", 56),
        (12.0, 12),
        ("", None),
        (None, None),
    ],
)
def test_parse_count(text: object, expected: int | None) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize("text", ["abc万", "万", "1.2.3", "-5", -5, True, "1.5", [3], "12 people"])
def test_parse_count_refuses_what_is_not_a_count(text: object) -> None:
    with pytest.raises(ValueError, match="count"):
        parse_count(text)


def test_seconds_and_milliseconds_are_the_same_moment() -> None:
    moment = datetime(2025, 11, 13, 2, 13, 20, tzinfo=UTC)
    assert parse_time(1763000000) == moment
    assert parse_time(1763000000000) == moment
    assert parse_time("1763000000000") == moment
    assert parse_time("2025-11-13T02:13:20Z") == moment
    assert parse_time("2025-11-13 10:13:20+08:00") == moment
    assert parse_time(None) is None and parse_time("") is None


@pytest.mark.parametrize("value", [0, "0", -1, "-1", -1000, " -1.5 "])
def test_a_timestamp_of_zero_or_below_is_absent(value: object) -> None:
    # what scrapers write for a time they did not get: -1 was read as 1969-12-31 (QA, s51)
    assert parse_time(value) is None


def test_bad_times_are_refused() -> None:
    with pytest.raises(ValueError, match="time"):
        parse_time("yesterday")
    with pytest.raises(ValueError, match="time"):
        parse_time(True)


def test_parse_date_forms() -> None:
    assert parse_date("20251111") == date(2025, 11, 11)
    assert parse_date("2025-11-11") == date(2025, 11, 11)
    with pytest.raises(ValueError, match="date"):
        parse_date("2025-13-40")


@pytest.mark.parametrize(
    "text",
    [
        "2025/11/02",
        "2025/11/2",
        "2025.11.02",
        "2025年11月2日",
        "2025年 11月 2日",
        "2025/11/02 23:30",
    ],
)
def test_parse_date_reads_year_first_days_as_tracking_sites_write_them(text: str) -> None:
    # Session 51's QA: '2025/11/20' from a Chinese tracking site's export was "not a timestamp".
    assert parse_date(text) == date(2025, 11, 2)


@pytest.mark.parametrize("text", ["11/02/2025", "02.11.2025", "2025/11/31", "yesterday"])
def test_parse_date_refuses_what_it_cannot_tell_and_names_the_forms(text: str) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        parse_date(text)


def test_a_counts_sheet_may_name_platforms_in_chinese(tmp_path: Path) -> None:
    # Session 51's QA: a Chinese team's sheet says 小红书 / B站, which was "unknown platform".
    history = tmp_path / "counts.csv"
    history.write_text(
        "平台说明,platform,creator_id,date,followers\n"
        "x,小红书,5f00aa,2025/11/01,12000\n"
        "x,B站,3001,2025年11月01日,45.6万\n"
        "x,抖音 ,98765,2025-11-01,1.2万\n",
        encoding="utf-8-sig",
    )
    records, _, rejects = _import(tmp_path, "history", history)
    assert rejects == []
    assert sorted(records) == ["bilibili:3001", "douyin:98765", "rednote:5f00aa"]
    assert records["bilibili:3001"]["profile"]["followers"] == 456000


@pytest.mark.parametrize(
    "text, count", [("10万＋", 100000), ("１．２万", 12000), ("３Ｗ", 30000), ("1，234", 1234)]
)
def test_parse_count_reads_full_width_forms(text: str, count: int) -> None:
    # Session 51's QA: "10万＋" (a full-width plus, as a Chinese input method types it) was
    # "not a count", rejecting its row.
    assert parse_count(text) == count


def test_a_superscript_is_not_a_digit_of_a_count() -> None:
    # full-width forms are read as ASCII; a superscript "1²" was read as 12 (the review of s51)
    assert parse_count("１．２万") == 12000
    with pytest.raises(ValueError, match="is not a count"):
        parse_count("1²")
