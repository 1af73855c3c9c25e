"""Shared fixtures: the bundled example creators and a scorer on the shipped models."""

from __future__ import annotations

import json
from typing import Any

import pytest

from fraud.paths import DATA_DIR

SAMPLES = DATA_DIR / "samples"
CONTRACT = DATA_DIR / "contract"


def load_sample(name: str) -> dict[str, Any]:
    """One example creator as a plain dict (a fresh copy each call)."""
    return json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def scorer() -> Any:
    from fraud.scoring import Scorer

    return Scorer.load()


@pytest.fixture(scope="module")
def classifier() -> Any:
    """The shipped comment classifier, one per test module (its decision cache stays there)."""
    from fraud.comment_quality import CommentClassifier

    return CommentClassifier.load()


@pytest.fixture(scope="session")
def score_schema() -> dict[str, Any]:
    return json.loads((CONTRACT / "score.schema.json").read_text(encoding="utf-8"))
