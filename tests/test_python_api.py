"""The Python API (``from fraud import Scorer, score``), model-set selection and the licence notice."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from fraud import cli
from fraud.artifacts import seal_manifest
from fraud.paths import MODELS_DIR, PROJECT_ROOT
from fraud.schema import CreatorRecord
from tests.conftest import SAMPLES, load_sample
from tests.test_cli import make_stub_scorer


def test_import_fraud_loads_nothing_heavy() -> None:
    code = (
        "import sys, fraud; "
        "heavy = [m for m in ('numpy', 'lightgbm', 'pydantic', 'sklearn', 'fraud.scoring') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_library_never_imports_the_service() -> None:
    for path in (PROJECT_ROOT / "fraud").rglob("*.py"):
        text = path.read_text("utf-8")
        for line in text.splitlines():
            stripped = line.strip()
            assert not stripped.startswith(("from service", "import service")), path
            assert not stripped.startswith(("from fraud_service", "import fraud_service")), path


def test_score_takes_a_dict_or_a_record(scorer: Any) -> None:
    from fraud import Scorer, score

    raw = load_sample("engagement_pod_instagram")
    from_dict = score(raw)
    from_record = score(CreatorRecord.model_validate(raw))
    assert from_dict == from_record == scorer.score(CreatorRecord.model_validate(raw))
    api_scorer = Scorer.load()
    many = api_scorer.score_many([raw, load_sample("thin_data_tiktok")])
    assert [r.creator_id for r in many] == [raw["creator_id"], "tiktok:thin_data"]
    assert many[0] == from_dict


def test_score_names_the_bad_field_of_a_dict() -> None:
    from fraud import score

    raw = load_sample("thin_data_tiktok")
    raw["profile"]["followers"] = -5
    with pytest.raises(ValidationError, match=r"profile\.followers"):
        score(raw)
    with pytest.raises(TypeError, match="dict or a CreatorRecord"):
        score(["not", "a", "creator"])  # type: ignore[arg-type]


def test_model_licence_notice_for_the_report_footer() -> None:
    from fraud import model_licence_notice

    notice = model_licence_notice()
    assert notice is not None and "not cleared for commercial use" in notice


def _cleared_copy(tmp_path: Path) -> Path:
    for component in ("accounts", "comments", "creator"):
        shutil.copytree(MODELS_DIR / component, tmp_path / component)
        path = tmp_path / component / "manifest.json"
        manifest = json.loads(path.read_text("utf-8"))
        manifest["commercial_use_ok"] = True
        path.write_text(json.dumps(seal_manifest(manifest)), "utf-8")
    return tmp_path


def _score_cli(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> tuple[int, list[Path | None]]:
    seen: list[Path | None] = []

    def loader(model_dir: Path | None = None) -> Any:
        seen.append(model_dir)
        return make_stub_scorer

    monkeypatch.setattr(cli, "ScorerLoader", loader)
    out = tmp_path / "out.jsonl"
    code = cli.main(
        ["score", str(SAMPLES / "creators.jsonl"), "-o", str(out), "--jobs", "1", *argv]
    )
    return code, seen


def test_cli_says_once_when_models_are_not_cleared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, seen = _score_cli(["--models", "default"], monkeypatch, tmp_path)
    assert code == 0
    assert seen == [MODELS_DIR]
    lines = [line for line in capsys.readouterr().err.splitlines() if "licence" in line]
    assert len(lines) == 1 and "not cleared for commercial use" in lines[0]


def test_cli_is_silent_for_a_cleared_model_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cleared = _cleared_copy(tmp_path / "cleared")
    code, seen = _score_cli(["--models", str(cleared)], monkeypatch, tmp_path)
    assert code == 0
    assert seen == [cleared]
    assert "licence" not in capsys.readouterr().err


def test_cli_refuses_an_unknown_model_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, seen = _score_cli(["--models", "nonexistent"], monkeypatch, tmp_path)
    assert code != 0 and not seen
    assert "no model set 'nonexistent': choose one of default" in capsys.readouterr().err


def test_scorer_loads_a_model_set_by_directory(tmp_path: Path) -> None:
    from fraud import Scorer

    cleared = _cleared_copy(tmp_path / "set")
    result = Scorer.load(cleared).score(load_sample("genuine_koc_rednote"))
    assert (
        result.model_version
        == json.loads((MODELS_DIR / "creator" / "manifest.json").read_text("utf-8"))["version"]
    )
