"""The examples in the library's docstrings hold (``>>>`` lines run as written)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import fraud

MODULES = sorted(
    module.name
    for module in pkgutil.walk_packages(fraud.__path__, "fraud.")
    if ".migrations" not in module.name  # alembic scripts: run by alembic only
)


def test_the_library_has_examples_to_run() -> None:
    finder = doctest.DocTestFinder()
    with_examples = [
        name
        for name in MODULES
        if any(test.examples for test in finder.find(importlib.import_module(name)))
    ]
    assert {"fraud.contributions", "fraud.model"} <= set(with_examples)


@pytest.mark.parametrize("name", MODULES)
def test_the_examples_in_a_module_hold(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
