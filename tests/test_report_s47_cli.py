"""``fraud report`` with no usable record says truthfully what happened (review s47, item 7).

Seven bad lines: stderr named five and said "(2 more rejected; see the report)", but no report
is written when no record can be used.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fraud import cli


def test_no_usable_record_does_not_send_the_reader_to_a_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text('{"handle": "x"}\n' * 7, encoding="utf-8")
    out = tmp_path / "report.html"
    assert cli.main(["report", str(source), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert not out.exists()
    assert "see the report" not in err
    assert err.count("line ") == 5 and "2 more rejected" in err
    assert "no usable creator record in the input (7 rejected); no report written" in err
