"""The dependency floors pyproject.toml declares are versions the code runs on.

The fast checks: each feature the code uses that a library only has from some version on
(the table below, each row found in the source) is covered by the declared floor. They catch
a floor lowered, or a new use of a listed feature under an old floor; a new feature of a
newer release is not caught here: that takes installing the floors.
"""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from fraud.paths import PROJECT_ROOT

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
