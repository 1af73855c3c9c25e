"""``benchmarks/same_scores.py``, the proof that a speed change leaves every answer's bytes
alone, can fail: a base tree whose answers differ by one rounding is caught, line by line."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import same_scores  # noqa: E402


def test_a_base_answering_other_bytes_is_caught(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "base"
    shutil.copytree(ROOT / "fraud", base / "fraud", ignore=shutil.ignore_patterns("__pycache__"))
    scoring = base / "fraud" / "scoring.py"
    source = scoring.read_text()
    rounded = "authenticity=round(100.0 * (1.0 - probability), 1),"
    assert rounded in source
    scoring.write_text(
        source.replace(rounded, "authenticity=round(100.0 * (1.0 - probability), 2),")
    )
    code = same_scores.main(
        ["--base", str(base), "--input", str(SAMPLES / "creators.jsonl"), "--limit", "3"]
    )
    shown = capsys.readouterr().out
    assert code == 1
    # the CLI's, the alone and the service's answers of the three creators: 9 lines, and
    # the rounding shows in some of them (an authenticity of one decimal reads the same)
    assert "9 answers (9 from the base)" in shown
    assert " 0 differ" not in shown and "authenticity" in shown
