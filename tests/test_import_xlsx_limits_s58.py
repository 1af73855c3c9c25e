"""What a crafted ``.xlsx`` may cost the history and MediaCrawler Excel-store importers (the
review of session 58), and a reject's label of the Instaloader importer.

openpyxl holds a workbook's whole shared-strings table in memory even when it streams the
sheets: a 136 KB file of 54 MB of short strings took 478 MB and 22 s of CPU to open. And it
pads each row read-only to the width the sheet declares (``<dimension ref="A1:XFD…">``):
16,384 cells a row, 8,000 rows of a 5 KB file 3 s of CPU, a million rows minutes. Each test
here fails on the importers before the fix.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from fraud.importers import _items
from fraud.importers._items import Note, Reject, SnapshotItem, Where
from fraud.importers.history import read_history
from fraud.importers.instaloader import _post
from fraud.importers.mediacrawler import read_mediacrawler
from tests.test_import_excel_store import _workbook

_SST_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_SST_REL = (
    b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/sharedStrings" Target="sharedStrings.xml"/>'
)


def _history_book(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["日期", "粉丝数", "抖音号"])
    sheet.append(["2025-11-01", 1000, "abc"])
    book.save(path)
    return path


def _rewrite(path: Path, change: dict[str, Any], extra: dict[str, bytes] | None = None) -> None:
    """``path`` written again with its parts changed (name -> function of the bytes) and
    ``extra`` parts added; deflated at level 9."""
    parts = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            parts[name] = change[name](data) if name in change else data
    parts.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _with_shared_strings(path: Path, count: int) -> None:
    """The workbook with a shared-strings table of ``count`` short strings (18 bytes of XML
    each, some 1,000 times smaller deflated), which openpyxl would read whole."""
    strings = b"<si><t>ab</t></si>" * count
    sst = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    _rewrite(
        path,
        {
            "[Content_Types].xml": lambda d: d.replace(b"</Types>", _SST_TYPE + b"</Types>"),
            "xl/_rels/workbook.xml.rels": lambda d: d.replace(
                b"</Relationships>", _SST_REL + b"</Relationships>"
            ),
        },
        {"xl/sharedStrings.xml": sst + strings + b"</sst>"},
    )


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The workbooks openpyxl is asked to load."""
    loaded: list[Path] = []
    load = openpyxl.load_workbook

    def counting(path: Path, *args: Any, **kwargs: Any) -> Any:
        loaded.append(Path(path))
        return load(path, *args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", counting)
    return loaded


def test_a_shared_strings_bomb_is_refused_before_openpyxl_reads_it(
    tmp_path: Path, loads: list[Path]
) -> None:
    path = _history_book(tmp_path / "dy_trend.xlsx")
    _with_shared_strings(path, 200_000)  # 3.6 MB of XML
    items = list(read_history([path]))
    assert loads == []
    assert [type(i) for i in items] == [Reject]
    reason = items[0].reason  # type: ignore[union-attr]
    assert reason.startswith(
        "not an Excel workbook that can be read: its part xl/sharedStrings.xml decompresses"
        " to 3.4 MB from "
    )
    assert reason.endswith("(a zip bomb?; more than 100 times is not read)")


def test_an_excel_store_with_a_shared_strings_bomb_is_refused(
    tmp_path: Path, loads: list[Path]
) -> None:
    path = _workbook(
        tmp_path / "xhs" / "xhs_search_20251121_101010.xlsx",
        {"Contents": [{"note_id": "n1", "title": "t"}]},
    )
    _with_shared_strings(path, 200_000)
    items = list(read_mediacrawler([path]))
    assert loads == []
    rejects = [i for i in items if isinstance(i, Reject)]
    assert len(rejects) == 1 and rejects[0].where == Where(str(path), 1)
    assert "its part xl/sharedStrings.xml decompresses to 3.4 MB" in rejects[0].reason


def test_a_part_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (256 MB are not written in a test: the limit is lowered to below the sheet's size)
    path = _history_book(tmp_path / "dy_trend.xlsx")
    assert _items.MAX_XLSX_PART_BYTES == _items.MAX_JSON_XZ_BYTES == 256 << 20
    monkeypatch.setattr(_items, "MAX_XLSX_PART_BYTES", 100)
    items = list(read_history([path]))
    assert [type(i) for i in items] == [Reject]
    assert "decompresses to 0 MB, more than the 0 MB read of one part" in items[0].reason  # type: ignore[union-attr]


def test_an_ordinary_workbook_is_within_the_limits(tmp_path: Path) -> None:
    # 20,000 rows (a sheet of 1.3 MB of XML, some 9 times its compressed size) read as before
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["日期", "粉丝数", "抖音号"])
    for n in range(20_000):
        sheet.append([f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", 1000 + n, f"c{n}"])
    path = tmp_path / "dy_trend.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
        assert info.file_size > 1 << 20  # over the size the ratio is checked from
    items = list(read_history([path]))
    assert sum(isinstance(i, SnapshotItem) for i in items) == 20_000


@pytest.fixture
def cells_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The cells of each row openpyxl's read-only sheets give."""
    widths: list[int] = []
    iter_rows = ReadOnlyWorksheet.iter_rows

    def counting(self: Any, *args: Any, **kwargs: Any) -> Any:
        for row in iter_rows(self, *args, **kwargs):
            widths.append(len(row))
            yield row

    monkeypatch.setattr(ReadOnlyWorksheet, "iter_rows", counting)
    return widths


def _declared_wide(path: Path, sheet: str, last: int, value: str) -> None:
    """The sheet declaring the whole width of a sheet (A1:XFD{last}) and a row at ``last``."""

    def wide(data: bytes) -> bytes:
        start = data.index(b"<dimension ref=")
        end = data.index(b">", start) + 1
        row = f'<row r="{last}"><c r="A{last}" t="inlineStr"><is><t>{value}</t></is></c></row>'
        data = data[:start] + f'<dimension ref="A1:XFD{last}"/>'.encode() + data[end:]
        return data.replace(b"</sheetData>", row.encode() + b"</sheetData>")

    _rewrite(path, {sheet: wide})


def test_a_declared_width_is_not_read_cell_by_cell(tmp_path: Path, cells_read: list[int]) -> None:
    path = _history_book(tmp_path / "dy_trend.xlsx")
    _declared_wide(path, "xl/worksheets/sheet1.xml", 3000, "2025-11-02")
    items = list(read_history([path]))
    # the row at 3000 has a date and no creator: rejected at its row, as before
    assert [(type(i), getattr(i, "where", None)) for i in items] == [
        (SnapshotItem, Where(str(path), 2)),
        (Reject, Where(str(path), 3000)),
    ]
    assert len(cells_read) <= 3000 + 20  # each row once, and the header search's rows
    assert sum(cells_read) <= 3 * 3000 + 20  # the header's width: 49 million cells before


def test_an_excel_store_sheet_declaring_its_whole_width_is_read_as_wide_as_its_header(
    tmp_path: Path, cells_read: list[int]
) -> None:
    path = _workbook(
        tmp_path / "xhs" / "xhs_search_20251121_101010.xlsx",
        {"Comments": [{"comment_id": "c1", "note_id": "n1", "content": "hi"}]},
    )
    _declared_wide(path, "xl/worksheets/sheet1.xml", 3000, "c2")
    items = [i for i in read_mediacrawler([path]) if not isinstance(i, Note)]
    assert [i.where.line for i in items] == [2, 3000]
    assert max(cells_read) == 3 and sum(cells_read) <= 3 * 3000  # 16,384 a row before


def test_a_plain_comment_count_on_an_instaloader_node_is_named_as_it_is_in_the_file() -> None:
    node = {
        "shortcode": "Cx1",
        "owner": {"username": "lin"},
        "taken_at_timestamp": 1_700_000_000,
        "edge_media_preview_like": {"count": 5},
        "comments": "many",
    }
    with pytest.raises(ValueError, match=r"^comments 'many' is not a count"):
        _post(node, Where("p.json", 1))
