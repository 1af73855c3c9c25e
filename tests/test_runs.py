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
import atexit, json, sys
from fraud.cli import main
sys.argv = ["fraud", *sys.argv[1:]]
# at exit: a finished run ends the process from main() (fraud.runs.exit_without_teardown)
atexit.register(lambda: print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules))))
sys.exit(main())  # as the fraud program runs it
"""


def _modules_after(*argv: str) -> tuple[int, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=[*HEAVY, "pydantic", "lightgbm"]), *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    return done.returncode, loaded


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
import atexit, sys
from fraud.cli import main
def report():
    from lightgbm import compat
    print(compat.PANDAS_INSTALLED)
atexit.register(report)  # a finished fraud program's run ends in main(): at-exit still runs
argv = ["score", {examples!r}, "-o", {out!r}, "--jobs", "1"]
if {whole}:
    sys.argv = ["fraud", *argv]
    sys.exit(main())
else:
    sys.exit(main(argv))
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
        seen[whole] = [str(done.returncode), *done.stdout.split()]
    assert seen == {True: ["0", "False"], False: ["0", "True"]}


EXIT_PROBE = """
import atexit, sys
class Teardown:
    def __del__(self):
        print("teardown ran", file=sys.stderr)
keep = Teardown()  # freed only by the interpreter's teardown
atexit.register(lambda: print("atexit ran", file=sys.stderr))
from fraud.cli import main
sys.argv = ["fraud", *sys.argv[1:]]
sys.exit(main())
"""


def _exit_probe(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", EXIT_PROBE, *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_a_finished_score_run_exits_without_teardown_but_with_atexit(tmp_path: Path) -> None:
    examples = ROOT / "data" / "samples" / "creators.jsonl"
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(examples.read_bytes().splitlines(True)[0] + b"{oops\n")
    done = _exit_probe("score", str(examples), "--jobs", "1")  # results on stdout
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == 5 and all(
        line.startswith("{") for line in done.stdout.splitlines()
    )
    assert "atexit ran" in done.stderr and "teardown ran" not in done.stderr
    out = tmp_path / "out.jsonl"
    done = _exit_probe("score", str(bad), "-o", str(out), "--jobs", "1")
    assert done.returncode == 2 and len(out.read_text().splitlines()) == 1
    assert len((tmp_path / "out.jsonl.rejects.jsonl").read_text().splitlines()) == 1
    assert "atexit ran" in done.stderr and "teardown ran" not in done.stderr


def test_other_commands_and_failed_runs_exit_normally(tmp_path: Path) -> None:
    done = _exit_probe("score", str(tmp_path / "missing.jsonl"))
    assert done.returncode == 1 and "teardown ran" in done.stderr
    done = _exit_probe("history", "--help")
    assert done.returncode == 0 and "teardown ran" in done.stderr
