"""The package as users install it: a wheel with the models inside, no generic top-level names.

The file-list check builds the wheel (a few seconds). The full check installs it into a fresh
virtualenv and scores the examples from /tmp; it downloads the dependencies (or takes them
from pip's cache), so it runs only under ``make package-test``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from fraud.paths import PROJECT_ROOT
from tests.conftest import SAMPLES

FULL = os.environ.get("FRAUD_PACKAGE_TEST") == "1"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # From a clean copy of the tree: setuptools reuses a checkout's build/ directory, whose
    # stale files (deleted modules, data no longer declared) would hide a packaging mistake.
    source = tmp_path_factory.mktemp("source") / "project"
    ignore = shutil.ignore_patterns(
        ".venv", ".git", "build", "*.egg-info", "__pycache__", "generated", "out", ".*_cache"
    )
    shutil.copytree(PROJECT_ROOT, source, ignore=ignore)
    # Without build isolation: the dev environment has setuptools, and no download is needed.
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q",
         "--no-build-isolation", "-w", str(out)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    (path,) = out.glob("creator_fraud-*.whl")
    return path


def test_wheel_holds_the_models_and_no_generic_top_level_names(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        top_level = archive.read(next(n for n in names if n.endswith("top_level.txt"))).decode()
    roots = {name.split("/", 1)[0] for name in names if not name.endswith(".dist-info/")}
    roots = {root for root in roots if not root.endswith(".dist-info")}
    assert roots == {"fraud", "fraud_service"}
    assert set(top_level.split()) == {"fraud", "fraud_service"}
    shipped = {
        str(path.relative_to(PROJECT_ROOT / "models"))
        for path in (PROJECT_ROOT / "models").rglob("*")
        if path.is_file()
    }
    assert shipped, "no models in the checkout"
    assert {f"fraud/models/{name}" for name in shipped} <= set(names)
    assert "fraud_service/static/swagger-ui/swagger-ui-bundle.js" in names
    assert "fraud_service/static/swagger-ui/LICENSE" in names
    assert "fraud_service/examples/creator_bought_followers.json" in names
    # the contract's schemas, which the README points input writers to (review s47)
    assert {"fraud/contract/creator.schema.json", "fraud/contract/score.schema.json"} <= set(names)
    assert not any(name.startswith(("service/", "training/", "tests/")) for name in names)
    # Every file of the library and the service ships: lexicons, norms, report assets and
    # templates, store migrations, Swagger UI.
    for package, installed in (("fraud", "fraud"), ("service", "fraud_service")):
        files = {
            f"{installed}/{path.relative_to(PROJECT_ROOT / package).as_posix()}"
            for path in (PROJECT_ROOT / package).rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        }
        assert files - set(names) == set()


@pytest.mark.package
@pytest.mark.skipif(not FULL, reason="installs into a fresh virtualenv: make package-test")
def test_wheel_installs_in_a_clean_venv_and_scores_from_tmp(
    wheel: Path, tmp_path: Path, scorer: object
) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("FRAUD_")}
    env.pop("PYTHONPATH", None)
    out = work / "scores.jsonl"
    run = subprocess.run(
        [str(env_dir / "bin" / "fraud"), "score", str(SAMPLES / "creators.jsonl"), "-o", str(out),
         "--jobs", "1"],
        cwd=work, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "not cleared for commercial use" in run.stderr
    results = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    expected = [
        json.loads(line)["creator_id"]
        for line in (SAMPLES / "creators.jsonl").read_text().splitlines()
    ]
    assert [r["creator_id"] for r in results] == expected
    # The same answers as the checkout's scorer.
    from fraud.schema import CreatorRecord

    lines = (SAMPLES / "creators.jsonl").read_text("utf-8").splitlines()
    for line, result in zip(lines, results, strict=True):
        mine = scorer.score(CreatorRecord.model_validate_json(line))  # type: ignore[attr-defined]
        assert result["fraud_probability"] == mine.fraud_probability
    probe = (
        "import importlib.util as u, fraud; "
        "print([u.find_spec(n) is None for n in ('service', 'training')]); "
        "from fraud import score; "
        "print(score({'creator_id': 'a', 'platform': 'weibo', 'profile': {'followers': 10}}).verdict)"
    )
    api = subprocess.run(
        [str(python), "-c", probe], cwd=work, env=env, capture_output=True, text=True, check=True
    )
    assert api.stdout.split("\n")[:2] == ["[True, True]", "insufficient_data"]
    # The other commands that read package data: the report (assets, templates), the store
    # (migrations) with its history, and the commercial model set.
    fraud = str(env_dir / "bin" / "fraud")
    creators, store = str(SAMPLES / "creators.jsonl"), str(work / "store.sqlite")
    commands = [
        ["report", creators, "-o", str(work / "report.html"), "--lang", "zh"],
        ["score", creators, "-o", str(work / "s.xlsx"), "--jobs", "1", "--store", store],
        ["history", "weibo:bought_followers", "--store", store],
        ["score", creators, "-o", str(work / "c.csv"), "--jobs", "1", "--models", "commercial"],
    ]
    for command in commands:
        done = subprocess.run([fraud, *command], cwd=work, env=env, capture_output=True, text=True)
        assert done.returncode == 0, (command, done.stderr)
    assert "<canvas" in (work / "report.html").read_text("utf-8")
