"""Files a user hands to the wrong command (session 51's QA).

* ``fraud table scores.xlsx`` (and ``fraud score`` / ``fraud report`` of an .xlsx) said the
  file "holds zip-compressed data but its name does not say so; decompress it".
* ``fraud table scores.csv`` and ``fraud score creators.csv`` read the CSV as JSON lines: one
  "invalid JSON" per row, exit 2, and an empty table.
* ``fraud table creators.jsonl`` (the creators, not their scores) said "verdict: field
  required" for every line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fraud import cli
from tests.test_cli import SAMPLES, _run


@pytest.mark.parametrize(
    "name, kind", [("scores.csv", "a CSV"), ("scores.xlsx", "an Excel"), ("s.parquet", "a Parquet")]
)
def test_table_refuses_a_table_file_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, kind: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04" if name.endswith(".xlsx") else b"creator_id,verdict\nx,y\n")
    assert cli.main(["table", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{kind} file is not read" in err and "scores.jsonl" in err
    assert "decompress" not in err and "invalid JSON" not in err


@pytest.mark.parametrize("command", ["score", "report"])
@pytest.mark.parametrize("name", ["creators.csv", "creators.xlsx", "creators.csv.gz"])
def test_score_and_report_refuse_a_table_file_by_name(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    name: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04\x14\x00" if ".xlsx" in name else b"creator_id,platform\n")
    out = tmp_path / ("out.jsonl" if command == "score" else "out.html")
    assert _run([command, str(path), "-o", str(out)], monkeypatch) == 1
    err = capsys.readouterr().err
    assert "file is not read; give the creators as JSON lines" in err and "fraud import" in err
    assert "decompress" not in err
    assert not out.exists()


def test_table_says_a_creator_record_is_not_a_score(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = (SAMPLES / "creators.jsonl").read_text("utf-8").splitlines()[:2]
    path = tmp_path / "creators.jsonl"
    path.write_text("\n".join(lines) + "\n" + json.dumps({"creator_id": "x"}) + "\n")
    assert cli.main(["table", str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("line 1: a creator record, not a score: score it first")
    assert err[1].startswith("line 2: a creator record")
    assert err[2] == "line 3: verdict: field required"  # nothing says it is a creator
