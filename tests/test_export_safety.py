"""Spreadsheet outputs hold what the input held: no formulas, no crash, honest columns.

The hostile texts are the ones a marketer's review found (review r1, items 6, 7 and 11).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from fraud import batch, cli
from fraud import io as fio
from fraud.paths import DATA_DIR
from fraud.tables import flat_score_row

SAMPLES = DATA_DIR / "samples"

# Texts that a spreadsheet would run or mangle if they were written as they are.
HOSTILE = [
    "=_= 又来了",  # a common comment: openpyxl made it the broken formula `_= 又来了`
    '=HYPERLINK("http://evil.example","点我领红包")',
    "=1+1",
    "+SUM(1,1)",
    "-2+3",
    "@bot",
    "=cmd|' /C calc'!A0",
    "#N/A",  # openpyxl made this an error cell
    "\t=1+1",
]


def _comments_file(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "utf-8")
    return path


def _sheet_rows(path: Path) -> list[tuple[Any, ...]]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(path.read_bytes()))  # any name (openpyxl wants .xlsx)
    return list(book.active.iter_rows(values_only=True))


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as book:
        return book.read("xl/worksheets/sheet1.xml").decode("utf-8")


def _leftovers(directory: Path) -> list[str]:
    """Temporary and partial files a run left beside its output."""
    return sorted(
        p.name for p in directory.iterdir() if p.name.startswith(".") or ".partial" in p.name
    )


def _use_scorer(monkeypatch: pytest.MonkeyPatch, scorer: Any) -> None:
    monkeypatch.setattr(cli, "ScorerLoader", lambda model_dir=None: lambda: scorer)


# ------------------------------------------------------------------------------ Excel


def test_xlsx_writes_input_text_as_text_never_a_formula(tmp_path: Path) -> None:
    rows = [{"text": text, "author": text, "likes": -3, "share": 0.5} for text in HOSTILE]
    source = _comments_file(tmp_path / "cm.jsonl", [*rows, {"=header": "x", "text": "ok"}])
    out = tmp_path / "cm.xlsx"
    assert cli.main(["comments", str(source), "-o", str(out), "--chunk-size", "100"]) == 0
    assert "<f>" not in _sheet_xml(out)
    header, *written = _sheet_rows(out)
    assert header[:4] == ("text", "author", "likes", "share")
    for row, text in zip(written, HOSTILE, strict=False):
        assert row[:4] == (text, text, -3, 0.5)  # shown exactly; numbers stay numbers
    from openpyxl import load_workbook

    cells = list(load_workbook(out).active.iter_rows(min_row=2, max_row=len(HOSTILE) + 1))
    assert {row[0].data_type for row in cells} == {"s"}
    # one that starts like a formula stays text when the cell is edited in Excel, too
    assert [row[0].quotePrefix for row in cells] == [text != "#N/A" for text in HOSTILE]


def test_xlsx_score_creator_ids_are_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scorer: Any
) -> None:
    ids = ["=cmd|' /C calc'!A0", "+SUM(1,1)", "-2+3"]
    source = tmp_path / "inj.jsonl"
    source.write_text(
        "".join(
            json.dumps({"creator_id": cid, "platform": "weibo", "profile": {"followers": 100}})
            + "\n"
            for cid in ids
        ),
        "utf-8",
    )
    out = tmp_path / "inj.xlsx"
    _use_scorer(monkeypatch, scorer)
    assert cli.main(["score", str(source), "-o", str(out), "--jobs", "1"]) == 0
    assert "<f>" not in _sheet_xml(out)
    assert [row[0] for row in _sheet_rows(out)[1:]] == ids


def test_xlsx_escapes_characters_it_cannot_hold_and_keeps_every_row(tmp_path: Path) -> None:
    source = _comments_file(
        tmp_path / "ctl.jsonl",
        [
            {"text": "好看\u0001", "author": "u1"},
            {"text": "bell\u0007 and \ufffe", "author": "u\u001b2"},
            {"text": "正常评论 很好\n第二行\t", "author": "u3"},
        ],
    )
    out = tmp_path / "ctl.xlsx"
    assert cli.main(["comments", str(source), "-o", str(out)]) == 0
    rows = _sheet_rows(out)
    assert [row[:2] for row in rows[1:]] == [
        ("好看\\x01", "u1"),
        ("bell\\x07 and \\ufffe", "u\\x1b2"),
        ("正常评论 很好\n第二行\t", "u3"),  # tab and newline are fine in a cell: kept
    ]
    assert _leftovers(tmp_path) == []


def test_xlsx_writer_escapes_surrogates_and_non_finite_numbers(tmp_path: Path) -> None:
    # Readers refuse lone surrogates and NaN; library callers can still hand them over.
    out = tmp_path / "odd.xlsx"
    writer = fio.XlsxRowWriter(str(out))
    writer.write([{"text": "a\ud800b", "x": float("nan"), "y": float("inf"), "z": -1e300}])
    writer.close()
    assert _sheet_rows(out)[1] == ("a\\ud800b", None, "inf", -1e300)


def test_xlsx_outputs_of_the_same_rows_are_byte_identical(tmp_path: Path) -> None:
    # openpyxl wrote the time of the run into docProps/core.xml and every zip entry (and the
    # temporary sheet file's mode), so two runs of the same scores differed.
    rows = [
        {"creator_id": f"c{i}", "score": i / 3, "text": HOSTILE[i % len(HOSTILE)]}
        for i in range(50)
    ]
    outputs = []
    for name in ("a.xlsx", "b.xlsx"):
        writer = fio.XlsxRowWriter(str(tmp_path / name))
        writer.write(rows)
        writer.close()
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
    with zipfile.ZipFile(tmp_path / "a.xlsx") as book:
        assert {entry.date_time for entry in book.infolist()} == {(2000, 1, 1, 0, 0, 0)}
        core = book.read("docProps/core.xml").decode()
    assert core.count("2000-01-01T00:00:00Z") == 2  # created and modified
    assert _sheet_rows(tmp_path / "a.xlsx")[3] == ("c2", 2 / 3, HOSTILE[2])


def test_xlsx_cuts_a_text_over_the_cell_limit_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "long.xlsx"
    writer = fio.XlsxRowWriter(str(out))
    writer.write([{"text": "长" * 40_000}, {"text": "=" + "x" * 40_000}])
    writer.close()
    assert [len(row[0]) for row in _sheet_rows(out)[1:]] == [fio.XLSX_MAX_CELL_CHARS] * 2
    err = capsys.readouterr().err
    assert err.count("warning: Excel output: a text in column 'text' has 40,00") == 1


def test_score_with_a_control_character_in_the_id_writes_the_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scorer: Any
) -> None:
    source = tmp_path / "ctl2.jsonl"
    record = {"creator_id": "weibo:a\u0001b", "platform": "weibo", "profile": {"followers": 100}}
    source.write_text(json.dumps(record) + "\n", "utf-8")
    out = tmp_path / "ctl2.xlsx"
    _use_scorer(monkeypatch, scorer)
    assert cli.main(["score", str(source), "-o", str(out), "--jobs", "1"]) == 0
    assert _sheet_rows(out)[1][0] == "weibo:a\\x01b"
    assert _leftovers(tmp_path) == []


def _fail_on_call(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, call: int) -> None:
    """Make ``owner.name`` raise on its ``call``-th call (the earlier calls work)."""
    original = getattr(owner, name)
    calls = {"n": 0}

    def failing(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == call:
            raise RuntimeError("the disk caught fire")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(owner, name, failing)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_failed_write_keeps_no_partial_file_and_says_why(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    scorer: Any,
    suffix: str,
) -> None:
    if suffix == ".xlsx":
        from openpyxl.worksheet._write_only import WriteOnlyWorksheet

        _fail_on_call(monkeypatch, WriteOnlyWorksheet, "append", 3)  # header, row 1, row 2
    else:
        _fail_on_call(monkeypatch, csv.DictWriter, "writerows", 2)  # chunk 1 works
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    scratch_before = list(ALL_TEMP_FILES)
    source = SAMPLES / "creators.jsonl"
    out = tmp_path / f"scores{suffix}"
    _use_scorer(monkeypatch, scorer)
    argv = ["score", str(source), "-o", str(out), "--jobs", "1", "--chunk-size", "1"]
    assert cli.main(argv) == 1  # not a traceback
    err = capsys.readouterr().err
    assert "fraud: error: cannot write the " in err
    assert "RuntimeError: the disk caught fire" in err
    assert "Traceback" not in err
    assert not out.exists()
    assert _leftovers(tmp_path) == []
    assert list(ALL_TEMP_FILES) == scratch_before  # openpyxl's own scratch file is gone too


def test_an_interrupted_xlsx_run_still_keeps_its_partial(tmp_path: Path) -> None:
    out = tmp_path / "part.xlsx"
    target = fio.OutputTarget(str(out))
    writer = fio.open_row_writer(target.write_path, "xlsx")
    writer.write([{"a": "=1"}])
    writer.close()  # what _FileRun.abandon does before keeping the partial
    assert target.keep_partial() == Path(f"{out}.partial")
    assert _sheet_rows(Path(f"{out}.partial"))[1] == ("=1",)


# ------------------------------------------------------------------------------ CSV


def _read_csv_text(path: Path) -> tuple[bytes, list[dict[str, str]]]:
    data = path.read_bytes()
    return data[:3], list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_csv_keeps_values_exactly_for_programs(tmp_path: Path) -> None:
    rows = [{"text": text, "likes": -3} for text in HOSTILE]
    source = _comments_file(tmp_path / "cm.jsonl", rows)
    out = tmp_path / "cm.csv"
    assert cli.main(["comments", str(source), "-o", str(out)]) == 0
    head, read = _read_csv_text(out)
    assert head != b"\xef\xbb\xbf"  # Python's csv module would read a BOM into a column name
    assert [row["text"] for row in read] == HOSTILE
    assert {row["likes"] for row in read} == {"-3"}


def test_excel_csv_has_a_bom_and_no_formulas(tmp_path: Path) -> None:
    rows = [{"text": text, "likes": -3, "n": "-5", "author": "用户"} for text in HOSTILE]
    source = _comments_file(tmp_path / "cm.jsonl", [*rows, {"=h": "x", "text": "+1"}])
    out = tmp_path / "cm.csv"
    argv = ["comments", str(source), "-o", str(out), "--output-format", "excel-csv"]
    assert cli.main(argv) == 0
    head, read = _read_csv_text(out)
    assert head == b"\xef\xbb\xbf"
    assert next(iter(read[0])) == "\ufefftext"  # the BOM, which pandas skips:
    table = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(table.columns)[:4] == ["text", "likes", "n", "author"]
    assert "'=h" in table.columns  # column names from the input are guarded too
    guarded = ["'" + text if text[0] in "=+-@\t" else text for text in HOSTILE]
    assert table["text"].tolist()[: len(HOSTILE)] == guarded  # "#N/A" is no formula
    assert set(table["likes"][: len(HOSTILE)]) == {"-3"}  # a number: never prefixed
    assert set(table["n"][: len(HOSTILE)]) == {"-5"}  # a plain number as text: harmless
    assert set(table["author"][: len(HOSTILE)]) == {"用户"}
    assert table["text"].tolist()[-1] == "+1"


def test_csv_writes_a_lone_surrogate_as_an_escape(tmp_path: Path) -> None:
    out = tmp_path / "s.csv"
    writer = fio.CsvRowWriter(str(out))
    writer.write([{"text": "a\ud800b"}])
    writer.close()
    assert out.read_text("utf-8").splitlines() == ["text", "a\\ud800b"]


# ----------------------------------------------------------------- score table columns


def test_score_tables_carry_each_reason_severity_and_whether_it_is_a_rating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scorer: Any
) -> None:
    out = tmp_path / "s.csv"
    _use_scorer(monkeypatch, scorer)
    assert cli.main(["score", str(SAMPLES / "creators.jsonl"), "-o", str(out), "--jobs", "1"]) == 0
    table = pd.read_csv(out).set_index("creator_id")
    for creator, row in table.iterrows():
        for n in (1, 2, 3):
            if isinstance(row[f"reason_{n}"], str):
                assert row[f"reason_{n}_severity"] in {"info", "low", "medium", "high"}, creator
    genuine = table.loc["rednote:genuine_koc"]
    # authentic or, since the forty-eighth session's refit, insufficient_data (tests/test_scoring)
    assert genuine["verdict"] in {"authentic", "insufficient_data"}
    assert genuine["reason_1_severity"] in {"low", "info"}
    thin = table.loc["tiktok:thin_data"]
    assert thin["verdict"] == "insufficient_data"
    assert not thin["rated"]
    assert 0 <= thin["authenticity"] <= 100  # the contract field is kept, not blanked
    # rated exactly when the verdict is a rating
    assert (table["rated"] == (table["verdict"] != "insufficient_data")).all()
    assert table.loc[["weibo:bought_followers", "instagram:engagement_pod"], "rated"].all()


def test_flat_score_row_orders_reasons_by_severity_with_their_severity() -> None:
    result = {
        "creator_id": "a",
        "verdict": "authentic",
        "reasons": [
            {"code": "NO_RED_FLAGS", "severity": "info", "message": "m"},
            {"code": "COMMENTS_DUPLICATED", "severity": "low", "message": "m"},
        ],
    }
    row = flat_score_row(result)
    assert (row["reason_1"], row["reason_1_severity"]) == ("COMMENTS_DUPLICATED", "low")
    assert (row["reason_2"], row["reason_2_severity"]) == ("NO_RED_FLAGS", "info")
    assert (row["reason_3"], row["reason_3_severity"]) == (None, None)
    assert row["rated"] is True
    assert flat_score_row({**result, "verdict": "insufficient_data"})["rated"] is False


def test_spark_refuses_excel_csv() -> None:
    pytest.importorskip("pyspark")
    from fraud.spark import score_files

    with pytest.raises(batch.UsageError, match="excel-csv"):
        score_files(str(SAMPLES / "creators.jsonl"), "out", output_format="excel-csv")


def test_excel_csv_is_not_gzipped_and_says_why() -> None:
    from fraud.io import detect_output_format

    with pytest.raises(ValueError, match=r"spreadsheet, which does not open a \.gz"):
        detect_output_format("scores.csv.gz", "excel-csv")
    with pytest.raises(ValueError, match="compresses inside the file"):
        detect_output_format("scores.xlsx.gz", None)
