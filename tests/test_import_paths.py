"""Where an import may write, and the options it refuses before reading (session 51's QA).

* ``-o data/xhs/json/search_contents_2025-11-21.json`` with ``data`` as input overwrote that
  export file with the CreatorRecords (the same-file check saw only the directory given).
* ``-o creators.json`` (or ``.csv``) wrote JSON lines that ``fraud score creators.json`` then
  read as one JSON document: every creator one reject.
* ``--platform tiktok`` made every MediaCrawler file a reject saying to give --platform.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from fraud.batch import UsageError
from fraud.importers import run_import
from tests.test_import_sources import EXPORTS


@pytest.fixture
def export(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(EXPORTS / "mediacrawler_old", target)
    return target


def test_an_output_named_as_an_export_file_inside_the_input_is_refused(export: Path) -> None:
    contents = export / "xhs" / "json" / "search_contents_2025-11-21.json"
    before = contents.read_bytes()
    named = [contents, contents.with_suffix(".jsonl"), export / "search_comments_2025-11-22.jsonl"]
    for output in named:
        with pytest.raises(UsageError):
            run_import("mediacrawler", [export], output)
    assert contents.read_bytes() == before
    assert not named[1].exists() and not named[2].exists()
    with pytest.raises(UsageError, match="inside the input directory"):
        run_import("mediacrawler", [export / "xhs"], named[1])


def test_a_rejects_path_the_next_import_would_read_is_refused(export: Path, tmp_path: Path) -> None:
    rejects = export / "wb" / "json" / "search_comments_2025-11-22.json"
    with pytest.raises(UsageError, match="rejects file"):
        run_import("mediacrawler", [export], tmp_path / "out.jsonl", rejects=rejects)
    assert not rejects.exists()


def test_an_output_beside_the_export_that_is_not_read_is_written(export: Path) -> None:
    summary = run_import("mediacrawler", [export], export / "creators.jsonl")
    assert summary.creators == 5
    again = run_import("mediacrawler", [export], export / "creators.jsonl")
    assert (again.read, again.creators) == (summary.read, 5)  # the output is not read back


@pytest.mark.parametrize("name", ["creators.json", "creators.csv", "creators.xlsx", "creators"])
def test_an_output_not_named_for_json_lines_is_refused(
    export: Path, tmp_path: Path, name: str
) -> None:
    with pytest.raises(UsageError, match=r"name it \.jsonl"):
        run_import("mediacrawler", [export], tmp_path / name)
    assert not (tmp_path / name).exists()


def test_a_platform_the_source_cannot_be_of_is_refused(export: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="xhs, dy, ks, bili or wb"):
        run_import("mediacrawler", [export], tmp_path / "out.jsonl", platform="youtube")
    counts = EXPORTS / "history" / "follower_counts.csv"
    with pytest.raises(UsageError, match="unknown platform 'myspace'"):
        run_import("history", [counts], tmp_path / "out.jsonl", platform="myspace")
    assert not (tmp_path / "out.jsonl").exists()


def test_an_import_into_the_store_only_writes_to_dev_null_and_rejects_to_stderr(
    export: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # -o /dev/null (with --store) must pass the output-name check; its rejects went to
    # /dev/null.rejects.jsonl (a file in /dev as root, a permission error otherwise).
    (export / "xhs" / "json" / "search_comments_2025-11-21.json").write_text("[1]")
    summary = run_import("mediacrawler", [export], os.devnull)
    assert summary.rejected == 1 and summary.rejects_path is None
    assert not Path(f"{os.devnull}.rejects.jsonl").exists()
    assert "search_comments_2025-11-21.json:1: element 1:" in capsys.readouterr().err


def test_dev_stdout_redirected_to_a_file_is_written(export: Path, tmp_path: Path) -> None:
    # -o /dev/stdout > x: /dev/stdout is then a regular file without a .jsonl name (the review
    # of s51 found it refused)
    import subprocess
    import sys

    out = tmp_path / "records.txt"
    with out.open("wb") as handle:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "fraud.cli",
                "import",
                "mediacrawler",
                str(export),
                "-o",
                "/dev/stdout",
            ],
            stdout=handle,
            stderr=subprocess.PIPE,
            check=False,
        )
    assert done.returncode == 0, done.stderr.decode()
    assert out.read_bytes().startswith(b'{"creator_id"')
