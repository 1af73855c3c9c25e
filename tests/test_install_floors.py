"""The dependency floors pyproject.toml declares are versions the code runs on.

The fast checks: each feature the code uses that a library only has from some version on
(the table below, each row found in the source) is covered by the declared floor. They catch
a floor lowered, or a new use of a listed feature under an old floor; a new feature of a
newer release is only caught by the slow check, ``make floors``: it builds the wheel with the
lowest setuptools allowed, installs it with every direct dependency at its lowest allowed
version (uv's ``--resolution lowest-direct``), and scores the examples through the command
line and the HTTP service, comparing the answers with this environment's.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
import venv
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from fraud.paths import PROJECT_ROOT
from tests.conftest import SAMPLES

FLOORS_CHECK = os.environ.get("FRAUD_FLOORS_TEST") == "1"
ROUTE_METHODS = {"get", "post", "put", "patch", "delete", "api_route", "add_api_route"}


@cache
def _pyproject() -> dict[str, Any]:
    return tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _floors(requirements: list[str]) -> dict[str, Version]:
    """The lowest version each requirement allows (``>=``, ``==`` or ``~=``), by name."""
    floors = {}
    for text in requirements:
        requirement = Requirement(text)
        lows = [
            Version(spec.version)
            for spec in requirement.specifier
            if spec.operator in (">=", "==", "~=")
        ]
        if lows:
            floors[canonicalize_name(requirement.name)] = max(lows)
    return floors


def _keyword_uses(keyword: str, functions: set[str]) -> list[str]:
    """``file:line`` of each call in fraud/ and service/ passing ``keyword=`` to a function
    or method of one of these names."""
    uses = []
    for package in ("fraud", "service"):
        for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            if f"{keyword}=" not in source:
                continue
            for node in ast.walk(ast.parse(source)):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in functions and any(k.arg == keyword for k in node.keywords):
                    uses.append(f"{path.relative_to(PROJECT_ROOT)}:{node.lineno}")
    return uses


def _pep639_licence() -> list[str]:
    licence = _pyproject()["project"].get("license")
    return ["pyproject.toml [project] license"] if isinstance(licence, str) else []


# (distribution, first version with the feature, the feature, where the code uses it)
FEATURES: list[tuple[str, str, str, Callable[[], list[str]]]] = [
    (
        "fastapi",
        "0.164.0",
        "a route's max_body_size= (APIRouter.post and friends)",
        lambda: _keyword_uses("max_body_size", ROUTE_METHODS),
    ),
    (
        "pydantic",
        "2.12.0",
        "Field(exclude_if=...)",
        lambda: _keyword_uses("exclude_if", {"Field"}),
    ),
    (
        "setuptools",
        "77.0.0",
        "a PEP 639 licence expression (license = '...')",
        _pep639_licence,
    ),
]


def _declared_floors(distribution: str) -> dict[str, Version | None]:
    """Where ``distribution`` is declared (runtime, build system, extras) and its floor there."""
    project = _pyproject()["project"]
    places = {
        "dependencies": project["dependencies"],
        "build-system.requires": _pyproject()["build-system"]["requires"],
        **{f"[{name}]": deps for name, deps in project["optional-dependencies"].items()},
    }
    found: dict[str, Version | None] = {}
    for place, requirements in places.items():
        names = {canonicalize_name(Requirement(text).name) for text in requirements}
        if distribution in names:
            found[place] = _floors(requirements).get(distribution)
    return found


@pytest.mark.parametrize(
    ("distribution", "since", "feature", "uses"), FEATURES, ids=[row[0] for row in FEATURES]
)
def test_declared_floor_has_every_feature_the_code_uses(
    distribution: str, since: str, feature: str, uses: Callable[[], list[str]]
) -> None:
    found = uses()
    assert found, f"{feature} is no longer used: drop its row (the floor may come down)"
    declared = _declared_floors(distribution)
    assert declared, f"{distribution} is not declared in pyproject.toml"
    for place, floor in declared.items():
        assert floor is not None and floor >= Version(since), (
            f"{place}: {distribution} floor {floor} < {since}, the first release with "
            f"{feature} (used at {', '.join(found)})"
        )


def test_every_runtime_dependency_declares_a_floor() -> None:
    requirements = _pyproject()["project"]["dependencies"]
    floors = _floors(requirements)
    missing = [
        text for text in requirements if canonicalize_name(Requirement(text).name) not in floors
    ]
    assert missing == [], "make floors installs each floor: give these one"


# ---------------------------------------------------------------- make floors (slow)


def _run(*args: str | Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kwargs)
    assert done.returncode == 0, f"{args}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str, data: bytes | None = None) -> tuple[int, bytes]:
    headers = {"content-type": "application/json"} if data is not None else {}
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.mark.package
@pytest.mark.skipif(not FLOORS_CHECK, reason="installs the lowest versions allowed: make floors")
def test_floors_build_install_and_score_like_this_environment(
    tmp_path: Path, score_schema: dict[str, Any]
) -> None:
    # uv resolves "the lowest version each requirement allows"; pip cannot.
    tool = tmp_path / "tool"
    venv.EnvBuilder(with_pip=True).create(tool)
    _run(tool / "bin" / "python", "-m", "pip", "install", "-q", "uv")
    uv = tool / "bin" / "uv"
    lowest = ("--resolution", "lowest-direct")
    # 1. The wheel, built by the lowest build system allowed (from a clean copy of the tree).
    source = tmp_path / "source"
    ignore = shutil.ignore_patterns(
        ".venv", ".git", "build", "*.egg-info", "__pycache__", "generated", "out", ".*_cache"
    )
    shutil.copytree(PROJECT_ROOT, source, ignore=ignore)
    build = tmp_path / "build"
    _run(uv, "venv", "-q", "-p", sys.executable, build)
    builders = _pyproject()["build-system"]["requires"]
    floored = _floors(builders)
    unfloored = [b for b in builders if canonicalize_name(Requirement(b).name) not in floored]
    builder = build / "bin" / "python"
    # A requirement without a floor (wheel) at its newest: its "lowest" would be a 0.1 of 2012.
    _run(uv, "pip", "install", "-q", "-p", builder, *unfloored, "pip")
    _run(uv, "pip", "install", "-q", "-p", builder, *lowest, *(set(builders) - set(unfloored)))
    dist = tmp_path / "dist"
    _run(build / "bin" / "python", "-m", "pip", "wheel", "-q", "--no-deps",
         "--no-build-isolation", "-w", dist, source)  # fmt: skip
    (wheel,) = dist.glob("creator_fraud-*.whl")
    print("wheel built with", _run(uv, "pip", "freeze", "-p", builder).stdout.split())
    # 2. The wheel with every direct dependency at its floor.
    floors = tmp_path / "floors"
    _run(uv, "venv", "-q", "-p", sys.executable, floors)
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("\n".join(_pyproject()["project"]["dependencies"]) + "\n")
    python = floors / "bin" / "python"
    _run(uv, "pip", "install", "-q", "-p", python, *lowest, "-r", requirements, wheel)
    installed = {
        canonicalize_name(name): Version(version)
        for name, _, version in (
            line.partition("==")
            for line in _run(uv, "pip", "freeze", "-p", python).stdout.splitlines()
        )
        if version
    }
    declared = _floors(_pyproject()["project"]["dependencies"])
    above = {
        name: str(installed[name]) for name, floor in declared.items() if installed[name] != floor
    }
    print("floors installed; above their floor (no release at the floor itself):", above)
    # 3. The examples through the command line, from a directory outside the checkout.
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRAUD_") and k != "PYTHONPATH"}
    env["XDG_DATA_HOME"] = str(work / "data")
    creators = SAMPLES / "creators.jsonl"
    programs = {"floors": floors / "bin" / "fraud", "here": Path(sys.prefix, "bin", "fraud")}
    for label, fraud in programs.items():
        out = work / f"{label}.jsonl"
        _run(fraud, "score", creators, "-o", out, "--jobs", "1", cwd=work, env=env)
    answers = [json.loads(line) for line in (work / "floors.jsonl").read_text("utf-8").splitlines()]
    for answer in answers:
        jsonschema.validate(answer, score_schema)
    assert (work / "floors.jsonl").read_text("utf-8") == (work / "here.jsonl").read_text("utf-8")
    # 4. The HTTP service: its routes, its OpenAPI document and one score.
    port = _free_port()
    log = work / "serve.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [floors / "bin" / "fraud", "serve", "--port", str(port)],
            cwd=work, env=env, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, log.read_text()
            try:
                if _get(f"{base}/readyz")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, f"the service never became ready\n{log.read_text()}"
            time.sleep(0.5)
        assert _get(f"{base}/openapi.json")[0] == 200, log.read_text()
        first = creators.read_text("utf-8").splitlines()[0].encode()
        status, body = _get(f"{base}/v1/score", first)
        assert status == 200, (body, log.read_text())
        jsonschema.validate(json.loads(body), score_schema)
        assert json.loads(body)["verdict"] == answers[0]["verdict"]
    finally:
        server.terminate()
        server.wait(timeout=30)
