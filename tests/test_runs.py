"""Start-up stays lean: what ``fraud --help`` and ``fraud score`` import, and the import
sources named without importing fraud.importers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from fraud import runs
from fraud.importers import SOURCES

ROOT = Path(__file__).resolve().parents[1]
HEAVY = [
    "pandas",
    "pyarrow",
    "scipy",
    "sklearn",
    "sqlalchemy",
    "pypinyin",
    "fraud.importers",
    "tqdm",
]

PROBE = """
import json, sys
from fraud.cli import main
sys.argv = ["fraud", *sys.argv[1:]]
code = main()  # as the fraud program runs it
print(json.dumps([code, sorted(m for m in {heavy!r} if m in sys.modules)]))
"""


def _modules_after(*argv: str) -> tuple[int, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=[*HEAVY, "pydantic", "lightgbm"]), *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=300,
    )
    code, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    return code, loaded


def test_the_import_sources_are_those_of_fraud_importers() -> None:
    assert list(runs.IMPORT_SOURCES) == sorted(SOURCES)


def test_help_imports_neither_pydantic_nor_the_models() -> None:
    assert _modules_after("--help") == (0, [])
    assert _modules_after("import", "--help") == (0, [])


def test_score_loads_the_models_without_pandas_sklearn_or_the_store(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    examples = str(ROOT / "data" / "samples" / "creators.jsonl")
    code, loaded = _modules_after("score", examples, "-o", str(out), "--jobs", "1")
    assert code == 0 and len(out.read_text().splitlines()) == 5
    assert loaded == ["lightgbm", "pydantic"]  # scoring needs these two, none of HEAVY


LIGHTGBM_PANDAS = """
import sys
from fraud.cli import main
argv = ["score", {examples!r}, "-o", {out!r}, "--jobs", "1"]
if {whole}:
    sys.argv = ["fraud", *argv]
    code = main()
else:
    code = main(argv)
from lightgbm import compat
print(code, compat.PANDAS_INSTALLED)
"""


def test_only_the_fraud_program_imports_lightgbm_without_pandas(tmp_path: Path) -> None:
    """A caller of main() in its own process may train with DataFrames after scoring."""
    examples = str(ROOT / "data" / "samples" / "creators.jsonl")
    seen = {}
    for whole in (True, False):
        code = LIGHTGBM_PANDAS.format(examples=examples, out=str(tmp_path / "o.jsonl"), whole=whole)
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300
        )
        seen[whole] = done.stdout.split()
    assert seen == {True: ["0", "False"], False: ["0", "True"]}
