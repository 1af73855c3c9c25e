"""Follower trends as Chinese data platforms and creator centres export them (session 58).

``fraud import history`` and ``--profiles`` read English column names only, from CSV and
JSONL only: a Chanmama/Feigua/Newrank-style export (Chinese headers, a title row above the
header, ``.xlsx``, a GBK CSV from Excel on a Chinese Windows, dates without a year, a daily
``粉丝增量`` column) had every row rejected, or the file refused. Fixtures:
``tests/fixtures/cn_history_s58/`` (written by its ``make_fixtures.py``); each test fails
on the importer before this session.
"""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from fraud.importers._items import Note, ProfileItem
from fraud.importers._values import parse_date
from fraud.importers.history import read_profiles, reads_file
from tests.test_import_sources import _import

FIXTURES = Path(__file__).parent / "fixtures" / "cn_history_s58"
DAYS = [date(2025, 11, 1) + timedelta(days=n) for n in range(16)]
TOTALS = [12000 + 150 * n + (3000 if n >= 10 else 0) for n in range(16)]  # a spike on 11-11


def _history(record: dict[str, Any]) -> list[tuple[str, int]]:
    return [(s["date"], s["followers"]) for s in record["follower_history"]]


def _expected(days: list[date] = DAYS, totals: list[int] = TOTALS) -> list[tuple[str, int]]:
    return [(d.isoformat(), t) for d, t in zip(days, totals, strict=True)]


def _copy(tmp_path: Path, name: str) -> Path:
    (tmp_path / "in").mkdir(exist_ok=True)
    return Path(shutil.copy(FIXTURES / name, tmp_path / "in" / name))


def test_a_workbook_with_a_title_row_and_chinese_headers_is_a_history(tmp_path: Path) -> None:
    # 蝉妈妈/飞瓜-style: a notes sheet first, a title and a blank row above the header, Excel
    # dates, counts shown as 1.2w; the platform named by the file name (抖音_...)
    path = _copy(tmp_path, "抖音_达人粉丝趋势.xlsx")
    assert reads_file(path)
    records, summary, rejects = _import(tmp_path, "history", path)
    assert rejects == [] and summary.read == summary.imported == 16
    assert list(records) == ["douyin:lin_dy"]
    assert _history(records["douyin:lin_dy"]) == _expected()  # 16 days: the growth check runs
    assert any("[粉丝趋势]: the header is on row 3" in note for note in summary.notes)


def test_a_gbk_csv_is_read_as_gb18030_and_says_so(tmp_path: Path) -> None:
    # every row was "CSV row is not UTF-8 text: it reads as GBK ..."
    records, summary, rejects = _import(tmp_path, "history", _copy(tmp_path, "feigua_gbk.csv"))
    assert rejects == [] and summary.imported == 16
    assert _history(records["douyin:lin_dy"]) == _expected()
    assert any("not UTF-8 text; read as GB18030 (GBK)" in note for note in summary.notes)


def test_a_title_line_and_dates_without_a_year_read_by_the_export_day(tmp_path: Path) -> None:
    # a title line above the header; 11-01 .. 11-16 with no year, the export's day in the
    # file's name (_20251116); the platform from the name (xhs_...)
    path = _copy(tmp_path, "xhs_粉丝趋势_20251116.csv")
    records, summary, rejects = _import(tmp_path, "history", path)
    assert rejects == [] and summary.imported == 16
    assert _history(records["rednote:lin_xhs"]) == _expected()
    notes = " ".join(summary.notes)
    assert "the header is on line 2" in notes
    assert "16 dates without a year read in the year of the export on 2025-11-16" in notes


def test_dates_without_a_year_take_the_year_that_puts_them_before_the_export(
    tmp_path: Path,
) -> None:
    path = tmp_path / "dy_trend_20260102.csv"
    path.write_text("日期,抖音号,粉丝数\n12-31,a,100\n01-01,a,110\n1月2日,a,120\n", "utf-8")
    records, _, rejects = _import(tmp_path, "history", path)
    assert rejects == []
    assert _history(records["douyin:a"]) == [
        ("2025-12-31", 100),
        ("2026-01-01", 110),
        ("2026-01-02", 120),
    ]


def test_dates_without_a_year_and_no_export_day_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "counts.csv"
    path.write_text("平台,抖音号,日期,粉丝数\n抖音,a,11-20,100\n抖音,a,2025-11-21,110\n", "utf-8")
    records, summary, rejects = _import(tmp_path, "history", path)
    assert summary.imported == 1 and _history(records["douyin:a"]) == [("2025-11-21", 110)]
    assert [r["line"] for r in rejects] == [2]
    assert "date '11-20' has no year, and the file shows no export date" in rejects[0]["error"]


def test_english_header_variants_are_read(tmp_path: Path) -> None:
    # Date, Follower Count, Following, Handle, Platform: "followers is missing" on every row
    records, _, rejects = _import(tmp_path, "history", _copy(tmp_path, "english_headers.csv"))
    assert rejects == []
    assert _history(records["instagram:lin.ig"]) == _expected()


def test_chinese_keys_of_json_lines_are_read(tmp_path: Path) -> None:
    path = tmp_path / "counts.jsonl"
    path.write_text(
        '{"平台": "小红书", "小红书号": "lin", "日期": "2025年11月20日", "粉丝总数": "1.2万"}\n',
        "utf-8",
    )
    records, _, rejects = _import(tmp_path, "history", path)
    assert rejects == [] and _history(records["rednote:lin"]) == [("2025-11-20", 12000)]


def test_daily_changes_without_a_total_are_refused_saying_why(tmp_path: Path) -> None:
    records, summary, rejects = _import(
        tmp_path, "history", _copy(tmp_path, "douyin_deltas_only.csv")
    )
    assert records == {} and summary.rejected == 15 and len(rejects) == 15
    assert {r["error"] for r in rejects} == {
        "粉丝增量 is a daily change, not a follower count: the file gives no follower total"
        " for this creator to count from, and a history needs totals (export the"
        " 粉丝数/粉丝总数 column too; a --profiles count has no date and cannot anchor them)"
    }


def test_daily_changes_are_counted_from_a_total_the_file_gives(tmp_path: Path) -> None:
    # 净增粉丝 on 11-02 .. 11-16, the total on 11-16 only: each day's total is the next day's
    # less that day's change, which gives the true totals back (the spike on 11-11 with them)
    path = _copy(tmp_path, "douyin_deltas_anchor.csv")
    records, summary, rejects = _import(tmp_path, "history", path)
    assert rejects == [] and summary.imported == 15
    assert _history(records["douyin:lin_dy"]) == _expected(DAYS[1:], TOTALS[1:])
    assert any(
        "14 follower totals counted from the daily changes (净增粉丝)" in n for n in summary.notes
    )


def test_daily_changes_that_do_not_reach_a_total_are_rejected(tmp_path: Path) -> None:
    # 11-14 missing: 11-15 is counted from 11-16; 11-02 .. 11-13 reach no total
    path = _copy(tmp_path, "douyin_deltas_gap.csv")
    records, summary, rejects = _import(tmp_path, "history", path)
    assert _history(records["douyin:lin_dy"]) == [("2025-11-15", 17100), ("2025-11-16", 17250)]
    assert summary.rejected == 12
    assert rejects[0]["line"] == 2 and rejects[0]["error"] == (
        "净增粉丝 is a daily change, not a follower count, and no total of the file is reached"
        " from 2025-11-02 through consecutive days (the nearest total is on 2025-11-16; a day"
        " between them is missing)"
    )


def test_daily_changes_that_disagree_with_the_totals_are_not_counted(tmp_path: Path) -> None:
    path = _copy(tmp_path, "douyin_deltas_disagree.csv")
    records, _, rejects = _import(tmp_path, "history", path)
    assert _history(records["douyin:lin_dy"]) == [("2025-11-01", 12000), ("2025-11-03", 12100)]
    assert [r["line"] for r in rejects] == [3]
    assert "its totals and changes disagree on 2025-11-03" in rejects[0]["error"]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        (
            "douyin_gross.csv",
            "not read: no followers column among the headers ('日期', '抖音号', '新增粉丝',"
            " '取关粉丝'); '新增粉丝' counts follows gained or lost, not the total",
        ),
        (
            "douyin_works.csv",
            "not read: no date or followers column among the headers ('时间段', '作品名称',"
            " '播放量')",
        ),
    ],
)
def test_a_file_without_date_and_follower_columns_is_one_reject_naming_its_headers(
    tmp_path: Path, name: str, reason: str
) -> None:
    records, summary, rejects = _import(tmp_path, "history", _copy(tmp_path, name))
    assert records == {} and summary.rejected == 1
    assert rejects[0]["line"] == 1 and rejects[0]["error"].startswith(reason)


def test_two_follower_columns_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "dy.csv"
    path.write_text("日期,抖音号,粉丝数,粉丝总数\n2025-11-01,a,1,2\n", "utf-8")
    _, _, rejects = _import(tmp_path, "history", path)
    assert rejects[0]["error"] == (
        "not read: two followers columns, '粉丝数' and '粉丝总数': which one to read cannot be told"
    )


def test_a_profiles_workbook_with_chinese_headers(tmp_path: Path) -> None:
    items = list(read_profiles([_copy(tmp_path, "profiles.xlsx")]))
    profiles = [i for i in items if isinstance(i, ProfileItem)]
    assert [i for i in items if not isinstance(i, ProfileItem | Note)] == []
    assert [(p.platform, p.handle, p.followers, p.following, p.posts) for p in profiles] == [
        ("douyin", "lin_dy", 15000, 88, 41)
    ]


def test_an_excel_date_cell_is_its_day() -> None:
    assert parse_date(datetime(2025, 11, 20, 0, 0)) == date(2025, 11, 20)
    assert parse_date(date(2025, 11, 20)) == date(2025, 11, 20)
    with pytest.raises(ValueError, match="date is missing"):
        parse_date(datetime(1970, 1, 1))


def test_a_date_without_a_year_just_after_the_export_day_is_refused(tmp_path: Path) -> None:
    # a name's date that is the range's start, not the export's: 11-05 is not 2024-11-05
    path = tmp_path / "dy_粉丝_20251101.csv"
    path.write_text("日期,抖音号,粉丝数\n11-01,a,100\n11-05,a,140\n", "utf-8")
    records, _, rejects = _import(tmp_path, "history", path)
    assert _history(records["douyin:a"]) == [("2025-11-01", 100)]
    assert [r["line"] for r in rejects] == [3]
    assert rejects[0]["error"] == (
        "date '11-05' has no year and falls after the export's day (2025-11-01, the date in"
        " the file's name) in its year: which year it is cannot be told"
    )


# --- the review of session 58 ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "note"),
    [
        (
            "date_time.csv",
            "platform,creator_id,date,time,followers\ntiktok,a,2025-11-01,09:00,100\n",
            "'time' not read beside 'date', taken for a time of day",
        ),
        (
            "subs.csv",
            "platform,creator_id,date,subscribers,followers\ntiktok,a,2025-11-01,99,100\n",
            "'subscribers' not read beside 'followers', the field's name",
        ),
        (
            "fans.jsonl",
            '{"platform": "tiktok", "creator_id": "a", "date": "2025-11-01", "fans": 99,'
            ' "followers": 100}\n',
            "'fans' not read beside 'followers', the field's name",
        ),
        (
            "dy.csv",
            "日期,时间,抖音号,粉丝数\n2025-11-01,09:00,a,100\n",
            "'时间' not read beside '日期', taken for a time of day",
        ),
    ],
    ids=["date-time", "subscribers", "jsonl-fans", "日期-时间"],
)
def test_a_column_named_as_the_field_is_read_before_its_other_names(
    tmp_path: Path, name: str, text: str, note: str
) -> None:
    # each file was read before this session and wholly refused as "two ... columns" by it
    path = tmp_path / name
    path.write_text(text, "utf-8")
    records, summary, rejects = _import(tmp_path, "history", path, platform="douyin")
    assert rejects == [] and [_history(r) for r in records.values()] == [[("2025-11-01", 100)]]
    assert f"{path}: {note}" in summary.notes


def test_a_time_column_alone_is_the_date(tmp_path: Path) -> None:
    path = tmp_path / "counts.csv"
    path.write_text("platform,creator_id,time,followers\ntiktok,a,2025-11-01 09:00,100\n")
    records, _, rejects = _import(tmp_path, "history", path)
    assert rejects == [] and _history(records["tiktok:a"]) == [("2025-11-01", 100)]


_CORE_TYPE = rb'<Override PartName="/docProps/core.xml" [^>]*>'


def _yearless_workbook(path: Path, core: str) -> Path:
    """A workbook of dates without a year (11-14 .. 11-16) as openpyxl writes one (its
    creation time 2023-05-01), with ``docProps/core.xml`` ``"kept"``, ``"dropped"`` (as some
    exporters write it) or ``"no created"`` (there, but without ``dcterms:created``)."""
    import re
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    book.properties.created = datetime(2023, 5, 1, 8, 0)
    book.active.append(["日期", "粉丝数", "抖音号"])
    for day in ("11-14", "11-15", "11-16"):
        book.active.append([day, 1000, "abc"])
    written = path.with_suffix(".tmp.xlsx")
    book.save(written)
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml" and core == "dropped":
                continue
            if info.filename == "docProps/core.xml" and core == "no created":
                data = re.sub(rb"<dcterms:created[^>]*>[^<]*</dcterms:created>", b"", data)
                assert b"created" not in data
            if info.filename == "[Content_Types].xml" and core == "dropped":
                data, found = re.subn(_CORE_TYPE, b"", data)
                assert found == 1
            out.writestr(info, data)
    written.unlink()
    return path


@pytest.mark.parametrize("core", ["dropped", "no created"])
def test_a_workbook_recording_no_creation_time_reads_dates_by_its_name(
    tmp_path: Path, core: str
) -> None:
    # openpyxl reports the time it reads such a workbook as its creation time: the dates
    # were read in the year of the import, before the name's 2024
    path = _yearless_workbook(tmp_path / "抖音_粉丝趋势_20241116.xlsx", core)
    records, summary, rejects = _import(tmp_path, "history", path)
    assert rejects == []
    assert _history(records["douyin:abc"]) == [
        ("2024-11-14", 1000),
        ("2024-11-15", 1000),
        ("2024-11-16", 1000),
    ]
    assert any("on 2024-11-16 (the date in the file's name)" in n for n in summary.notes)


@pytest.mark.parametrize("core", ["dropped", "no created"])
def test_a_workbook_recording_no_creation_time_nor_a_date_in_its_name_is_refused(
    tmp_path: Path, core: str
) -> None:
    path = _yearless_workbook(tmp_path / "抖音_粉丝趋势.xlsx", core)
    records, _, rejects = _import(tmp_path, "history", path)
    assert records == {} and [r["line"] for r in rejects] == [2, 3, 4]
    assert "date '11-14' has no year, and the file shows no export date" in rejects[0]["error"]


def test_a_workbook_s_recorded_creation_time_is_read_before_its_name(tmp_path: Path) -> None:
    path = _yearless_workbook(tmp_path / "抖音_粉丝趋势_20241116.xlsx", "kept")
    records, summary, rejects = _import(tmp_path, "history", path)
    assert rejects == [] and _history(records["douyin:abc"])[0] == ("2022-11-14", 1000)
    assert any("on 2023-05-01 (the workbook's creation time)" in n for n in summary.notes)


@pytest.mark.parametrize("source", ["history", "profiles"])
def test_a_trend_keyed_by_the_douyin_id_joins_a_mediacrawler_douyin_creator(
    tmp_path: Path, source: str
) -> None:
    # MediaCrawler's Douyin rows carry the 抖音号 as user_unique_id ("dancer"; the nickname,
    # the record's handle, is 舞者): a data platform's trend keyed by it joins that creator.
    # Before, its rows matched no creator of the export and were left out, said in a note.
    export = Path(__file__).parent / "fixtures" / "exports" / "mediacrawler_old" / "dy"
    trend = tmp_path / "抖音_粉丝趋势.csv"
    days = [date(2025, 11, 8) + timedelta(days=n) for n in range(8)]
    rows = [f"{day.isoformat()},{1000 + 10 * n},dancer" for n, day in enumerate(days)]
    trend.write_text("\n".join(["日期,粉丝数,抖音号", *rows]) + "\n", "utf-8")
    options = {"histories": [trend]} if source == "history" else {"profiles": [trend]}
    records, summary, rejects = _import(tmp_path, "mediacrawler", export, **options)
    assert rejects == [] and list(records) == ["douyin:MS4wLjAB"]
    record = records["douyin:MS4wLjAB"]
    assert record["handle"] == "舞者"  # the alias joins; the handle stays the nickname
    assert not any("matched no creator" in note for note in summary.notes)
    if source == "history":
        assert _history(record)[:8] == [(d.isoformat(), 1000 + 10 * n) for n, d in enumerate(days)]
