"""Exports as users keep them (session 51's QA): compressed, in folders with other files, or
with one file that cannot be read at all.

* ``fraud score`` reads ``.gz``, ``.bz2`` and ``.zst`` inputs; an import read a directory's
  ``search_contents_….json.gz`` not at all (silently) and the same file named on the command
  line as JSON lines (one "invalid JSON" reject per line of the array).
* One unreadable file (UTF-16 text, ``.gz`` bytes that are not gzip) stopped the whole import
  with an error, losing every other file's rows; it is one reject now.
* A directory's files that are not MediaCrawler rows files (notes, an ``.xz``, another
  workbook) were passed over without a word.
* A CSV re-saved by Excel on a Chinese Windows (GBK) had every row "not UTF-8 text", with no
  word of why.
"""

from __future__ import annotations

import bz2
import gzip
import json
import shutil
from pathlib import Path
from typing import Any

from fraud.importers import run_import
from tests.test_import_sources import EXPORTS, _import


def _compressed_copy(source: Path, target: Path) -> Path:
    """``source``'s tree with every file compressed: gzip, except the JSON lines, bz2."""
    for path in sorted(source.rglob("*")):
        if not path.is_file():
            continue
        into = target / path.relative_to(source)
        into.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".jsonl":
            Path(f"{into}.bz2").write_bytes(bz2.compress(path.read_bytes()))
        else:
            Path(f"{into}.gz").write_bytes(gzip.compress(path.read_bytes()))
    return target


def _without_places(records: dict[str, Any]) -> str:
    return json.dumps(records, sort_keys=True)


def test_a_compressed_export_directory_imports_as_the_plain_one(tmp_path: Path) -> None:
    (tmp_path / "plain").mkdir()
    plain, plain_summary, _ = _import(
        tmp_path / "plain", "mediacrawler", EXPORTS / "mediacrawler_old"
    )
    packed = _compressed_copy(EXPORTS / "mediacrawler_old", tmp_path / "packed")
    assert any(p.name.endswith(".json.gz") for p in packed.rglob("*"))
    assert any(p.name.endswith(".csv.gz") for p in packed.rglob("*"))
    (tmp_path / "out").mkdir()
    records, summary, rejects = _import(tmp_path / "out", "mediacrawler", packed)
    assert rejects == []
    assert (summary.read, summary.creators) == (plain_summary.read, plain_summary.creators)
    assert _without_places(records) == _without_places(plain)


def test_a_reject_in_a_gzipped_json_array_is_placed_at_its_decompressed_line(
    tmp_path: Path,
) -> None:
    rows = [
        {
            "note_id": "n1",
            "user_id": "u1",
            "time": 1763000000000,
            "liked_count": "3",
            "comment_count": "1",
            "last_modify_ts": 1763683200000,
        },
        {
            "note_id": "n2",
            "user_id": "u1",
            "time": 1763000000000,
            "liked_count": "abc万",
            "comment_count": "1",
            "last_modify_ts": 1763683200000,
        },
    ]
    path = tmp_path / "xhs" / "json" / "search_contents_2025-11-21.json.gz"
    path.parent.mkdir(parents=True)
    path.write_bytes(gzip.compress(json.dumps(rows, indent=4).encode()))
    (tmp_path / "o").mkdir()
    _, _, rejects = _import(tmp_path / "o", "mediacrawler", path)
    counts = [r for r in rejects if "abc万" in r["error"]]
    assert len(counts) == 1
    assert (counts[0]["line"], counts[0]["element"]) == (10, 2)  # the 2nd element's "{"


def test_one_unreadable_file_is_a_reject_and_the_others_are_imported(tmp_path: Path) -> None:
    export = tmp_path / "data"
    shutil.copytree(EXPORTS / "mediacrawler_old", export)
    utf16 = export / "xhs" / "json" / "detail_contents_2025-11-22.json"
    utf16.write_text('[{"note_id": "x"}]', encoding="utf-16")
    not_gzip = export / "wb" / "json" / "detail_comments_2025-11-22.json.gz"
    not_gzip.write_text("[]")
    (tmp_path / "o").mkdir()
    records, summary, rejects = _import(tmp_path / "o", "mediacrawler", export)
    assert len(records) == 5 and summary.creators == 5  # every creator of the export
    by_file = {Path(r["file"]).name: r for r in rejects}
    assert set(by_file) == {utf16.name, not_gzip.name}
    assert by_file[utf16.name]["line"] == 1 and "UTF-16" in by_file[utf16.name]["error"]
    assert "does not hold gzip data" in by_file[not_gzip.name]["error"]


def test_a_truncated_gzipped_csv_keeps_its_rows_before_the_damage(tmp_path: Path) -> None:
    header = "\ufeffuser_id,nickname,total_fans,last_modify_ts\r\n"
    rows = "".join(f"{3000 + n},UP{n},{n * 7}万,1763683200000\r\n" for n in range(400))
    whole = gzip.compress((header + rows).encode(), mtime=0)
    path = tmp_path / "bili" / "csv" / "search_creators_2025-11-21.csv.gz"
    path.parent.mkdir(parents=True)
    path.write_bytes(whole[: len(whole) * 3 // 4])  # a copy cut short
    out = tmp_path / "out.jsonl"
    summary = run_import("mediacrawler", [path], out)
    rejects = [json.loads(x) for x in Path(f"{out}.rejects.jsonl").read_text().splitlines()]
    assert [r["error"] for r in rejects if "invalid JSON" in r["error"]] == []
    [damaged] = [r for r in rejects if "corrupt or truncated" in r["error"]]
    assert "the rest of the file cannot be read" in damaged["error"]
    assert 100 < summary.creators < 400  # the rows before the damage, as CSV
    assert summary.read == summary.imported + summary.rejected


def test_files_a_directory_holds_that_are_not_read_are_named(tmp_path: Path) -> None:
    export = tmp_path / "data"
    shutil.copytree(EXPORTS / "mediacrawler_old" / "xhs", export / "xhs")
    (export / "xhs" / "scores.xlsx").write_bytes(b"PK\x03\x04")  # not the Excel store's name
    (export / "notes.txt").write_text("crawl of 21 Nov")
    (export / ".DS_Store").write_bytes(b"\0")
    (tmp_path / "o").mkdir()
    records, summary, _ = _import(tmp_path / "o", "mediacrawler", export)
    assert sorted(records) == ["rednote:5f00aa"]
    [note] = [n for n in summary.notes if "not read" in n]
    assert "2 files not read (notes.txt, xhs/scores.xlsx)" in note
    assert "Excel store" in note and ".DS_Store" not in note


def test_a_directory_without_export_files_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "o").mkdir()
    records, summary, _ = _import(tmp_path / "o", "mediacrawler", tmp_path / "empty")
    assert records == {} and summary.read == 0
    assert any("no MediaCrawler contents, comments or creators file" in n for n in summary.notes)


def test_a_csv_saved_as_gbk_says_so(tmp_path: Path) -> None:
    # Opened in Excel on a Chinese Windows and saved as "CSV", MediaCrawler's UTF-8 CSV becomes
    # GBK: every row was "CSV row is not UTF-8 text", with no word of why or what to do.
    source = EXPORTS / "mediacrawler_old" / "bili" / "csv" / "search_creators_2025-11-21.csv"
    path = tmp_path / "bili" / "csv" / source.name
    path.parent.mkdir(parents=True)
    path.write_bytes(source.read_text("utf-8-sig").encode("gbk"))
    latin = tmp_path / "bili" / "csv" / "search_contents_2025-11-21.csv"
    latin.write_bytes(b"video_id,user_id,content\n1,2,caf\xe9\n")  # Latin-1: no GBK either
    (tmp_path / "o").mkdir()
    _, summary, rejects = _import(tmp_path / "o", "mediacrawler", tmp_path / "bili")
    by_file = {Path(r["file"]).name: r["error"] for r in rejects}
    assert by_file[path.name].endswith('save the file as "CSV UTF-8" and import it again')
    assert by_file[latin.name] == "CSV row is not UTF-8 text"
    assert summary.rejected == 2
