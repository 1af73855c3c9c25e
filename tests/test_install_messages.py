"""What an installed user meets: the shipped examples (``fraud samples``), the model notice,
and messages that name the fix without assuming a checkout (review r3, finding 6)."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from fraud.artifacts import licence_notice
from fraud.cli import main
from fraud.paths import MODELS_DIR
from fraud.samples import samples_dir
from tests.conftest import SAMPLES
from tests.test_package import wheel  # noqa: F401  (the fixture: the wheel, built once here)

SAMPLE_NAMES = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".json", ".jsonl"))


def test_samples_prints_the_examples_directory(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["samples"]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed == samples_dir()
    assert sorted(p.name for p in printed.iterdir()) == SAMPLE_NAMES
    assert "creators.jsonl" in SAMPLE_NAMES and len(SAMPLE_NAMES) == 6


def test_samples_copies_the_examples_and_keeps_edits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "examples"
    assert main(["samples", str(target)]) == 0
    assert sorted(p.name for p in target.iterdir()) == SAMPLE_NAMES
    assert (target / "creators.jsonl").read_bytes() == (SAMPLES / "creators.jsonl").read_bytes()
    assert main(["samples", str(target)]) == 0  # the same files again: nothing to lose
    edited = target / "genuine_koc_rednote.json"
    edited.write_text("{}")
    capsys.readouterr()
    assert main(["samples", str(target)]) == 1
    assert "--overwrite" in capsys.readouterr().err and edited.read_text() == "{}"
    assert main(["samples", str(target), "--overwrite"]) == 0
    assert edited.read_bytes() == (SAMPLES / edited.name).read_bytes()


def test_wheel_ships_the_examples_and_the_model_notice(wheel: Path) -> None:  # noqa: F811
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {f"fraud/examples/{name}" for name in SAMPLE_NAMES} <= names
    assert "fraud/models/NOTICE.md" in names


def test_licence_notice_points_to_the_notice_with_the_licence_link() -> None:
    notice = licence_notice(MODELS_DIR)
    assert notice is not None and str(MODELS_DIR / "NOTICE.md") in notice
    text = (MODELS_DIR / "NOTICE.md").read_text(encoding="utf-8")
    assert "https://creativecommons.org/licenses/by-nc/4.0/" in text


def test_spark_engine_without_pyspark_names_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("pyspark", "py4j"):
        monkeypatch.setitem(sys.modules, name, None)  # as if not installed
    args = ["score", str(SAMPLES / "creators.jsonl"), "-o", str(tmp_path / "out")]
    assert main([*args, "--engine", "spark"]) == 1
    err = capsys.readouterr().err
    assert "pip install 'pyspark>=4'" in err  # the extra's name is not on the package index


def test_missing_model_set_says_how_to_choose_one_without_make(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("FRAUD_MODELS", raising=False)
    monkeypatch.setenv("FRAUD_MODELS_DIR", str(tmp_path / "nonexistent"))
    args = ["score", str(SAMPLES / "thin_data_tiktok.json"), "-o", str(tmp_path / "o.jsonl")]
    assert main([*args, "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "licence" not in err  # no notice about a model set that is not there
    assert "--models NAME|DIR or $FRAUD_MODELS" in err
    assert "train a model first (make train)" not in err


def test_samples_into_their_own_directory_is_refused_in_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = {p.name: p.read_bytes() for p in samples_dir().iterdir() if p.is_file()}
    assert main(["samples", str(samples_dir())]) == 1
    err = capsys.readouterr().err
    assert "is where the examples ship; name another directory" in err
    assert "PosixPath" not in err and "same file" not in err
    assert {p.name: p.read_bytes() for p in samples_dir().iterdir() if p.is_file()} == before


@pytest.mark.parametrize(
    ("command", "rows"),
    [
        ("accounts", [{"followers": 10, "following": 900, "posts": 0}]),
        ("comments", [{"text": "好看"}]),
    ],
)
def test_every_run_that_loads_models_says_their_licence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, rows: list[dict[str, Any]]
) -> None:
    # review s47: only `fraud score` said the shipped models are not cleared for commercial use
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    assert main([command, str(source), "-o", str(tmp_path / "out.jsonl")]) == 0
    err = capsys.readouterr().err
    assert err.count("not cleared for commercial use") == 1


def test_the_report_says_its_models_licence_on_stderr_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # README audit s59: "every run says so once, on stderr for the CLI" was not true of
    # `fraud report`, which said it only in the page
    out = tmp_path / "report.html"
    assert main(["report", str(samples_dir() / "creators.jsonl"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.count("not cleared for commercial use") == 1
    assert "not cleared for commercial use" in out.read_text("utf-8")
