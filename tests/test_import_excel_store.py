"""MediaCrawler's Excel store (``SAVE_DATA_OPTION = "excel"``, ``store/excel_store_base.py``):
one workbook ``data/{platform}/{platform}_{crawler_type}_{%Y%m%d_%H%M%S}.xlsx`` per run, with a
Contents, Comments and Creators sheet (a header row of the dict's keys, then one row per dict;
None written as "", lists and dicts as their str()). Session 51's QA found such an export read
not at all; it now imports as the same rows in JSON do.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl

from tests.test_import_sources import EXPORTS, _import

JSON_EXPORT = EXPORTS / "mediacrawler_old" / "xhs" / "json"


def _workbook(path: Path, sheets: dict[str, list[dict[str, Any]]]) -> Path:
    """A workbook written as ExcelStoreBase writes one (its _write_headers / _write_row)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        headers = list(rows[0])
        sheet.append(headers)
        for row in rows:
            cells = [row.get(h, "") for h in headers]
            sheet.append(
                [str(v) if isinstance(v, list | dict) else "" if v is None else v for v in cells]
            )
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _json_rows(kind: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(
        (JSON_EXPORT / f"search_{kind}_2025-11-21.json").read_text()
    )
    return rows


def test_an_excel_store_workbook_imports_as_its_json_export(tmp_path: Path) -> None:
    (tmp_path / "json").mkdir()
    expected, _, _ = _import(
        tmp_path / "json", "mediacrawler", EXPORTS / "mediacrawler_old" / "xhs"
    )
    sheets = {
        "Contents": _json_rows("contents"),
        "Comments": _json_rows("comments"),
        "Creators": _json_rows("creators"),
    }
    data = tmp_path / "data"
    _workbook(data / "xhs" / "xhs_search_20251121_101010.xlsx", sheets)
    (tmp_path / "o").mkdir()
    records, summary, rejects = _import(tmp_path / "o", "mediacrawler", data)
    assert rejects == [] and not any("not read" in n for n in summary.notes)
    assert json.dumps(records, sort_keys=True) == json.dumps(expected, sort_keys=True)


def test_a_bad_row_of_a_sheet_is_placed_at_its_sheet_and_row(tmp_path: Path) -> None:
    contents = _json_rows("contents")
    contents[1]["liked_count"] = "abc万"
    book = _workbook(
        tmp_path / "xhs_detail_20251121_101010.xlsx",  # named by the store: its platform
        {"Contents": contents, "Creators": _json_rows("creators")},
    )
    records, _, rejects = _import(tmp_path, "mediacrawler", book)
    assert list(records) == ["rednote:5f00aa"]
    [bad] = rejects
    assert (bad["file"], bad["line"]) == (f"{book}[Contents]", 3)  # header, then row 2
    assert "abc万" in bad["error"]


def test_a_workbook_that_is_not_an_export_is_a_reject(tmp_path: Path) -> None:
    other = _workbook(tmp_path / "xhs" / "notes.xlsx", {"Sheet": [{"a": 1}]})
    broken = tmp_path / "xhs" / "xhs_search_20251121_101010.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    _, summary, rejects = _import(tmp_path, "mediacrawler", other, broken)
    by_file = {Path(r["file"]).name: r["error"] for r in rejects}
    assert by_file["notes.xlsx"] == "no Contents, Comments or Creators sheet (it has Sheet)"
    assert by_file[broken.name].startswith("not an Excel workbook that can be read")
    assert summary.read == 2


def test_a_damaged_sheet_is_one_reject_and_the_other_workbook_imports(tmp_path: Path) -> None:
    # the sheet's XML cut in half: the whole import ended with a traceback (the review of s51)
    import zipfile

    sheets = {"Contents": _json_rows("contents"), "Creators": _json_rows("creators")}
    good = _workbook(tmp_path / "data" / "xhs" / "xhs_search_20251121_101010.xlsx", sheets)
    damaged = good.with_name("xhs_search_20251121_101011.xlsx")
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                data = data[: len(data) // 2]
            target.writestr(item, data)
    (tmp_path / "o").mkdir()
    records, summary, rejects = _import(tmp_path / "o", "mediacrawler", tmp_path / "data")
    assert list(records) == ["rednote:5f00aa"]
    [bad] = rejects
    assert bad["file"].startswith(str(damaged)) and "cannot be read past" in bad["error"]
    assert summary.read == summary.imported + summary.rejected
