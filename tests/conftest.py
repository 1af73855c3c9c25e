"""Shared fixtures: the bundled example creators and a scorer on the shipped models."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import pytest

from fraud.paths import DATA_DIR

SAMPLES = DATA_DIR / "samples"
#: the schema revision a store opened by this release is upgraded to (the newest migration;
#: tests/test_store.py checks it against Alembic's head)
STORE_HEAD = "0008"
CONTRACT = DATA_DIR / "contract"


def load_sample(name: str) -> dict[str, Any]:
    """One example creator as a plain dict (a fresh copy each call)."""
    return json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def distinct_comments_sample(name: str) -> dict[str, Any]:
    """An example creator with each comment text kept once (its first comment of that text).

    The bundled genuine examples draw their comments from a small pool, so most of them repeat
    from different accounts, and their probabilities sit within about 0.03 of the `authentic`
    cut-off: a refit moves them across it about as often as not (README, Evaluation). Tests of
    what the page, the tables or the growth check do with an `authentic` creator use this one
    (0.11-0.15 against a cut-off of about 0.18), so that they test that and not the refit."""
    raw = load_sample(name)
    first: dict[str, dict[str, Any]] = {}
    for comment in raw["comments"]:
        first.setdefault(comment["text"], comment)
    raw["comments"] = list(first.values())
    return raw


def categories_on_path(
    classifier: Any, texts: list[str], fast: bool, *, with_lures: bool = False
) -> list[Any]:
    """Each text's category from a fresh cache, on the chunk path (``fast``) or the per-text
    reference; ``with_lures``: as :meth:`classify_with_lures` decides it (else
    :meth:`classify`). The classifier is left on the chunk path with an empty cache."""
    classifier.fast = fast
    classifier.clear_cache()
    try:
        if with_lures:
            return [category for category, _ in classifier.classify_with_lures(texts)]
        return list(classifier.classify(texts))
    finally:
        classifier.fast = True
        classifier.clear_cache()


def decided_on_both_paths(classifier: Any, texts: list[str]) -> dict[str, str]:
    """Each text's category (``spam``, ``substantive``...) from a fresh cache, on the chunk
    path and on the per-text reference, which must agree."""
    out: dict[str, str] = {}
    for fast in (True, False):
        found = categories_on_path(classifier, texts, fast, with_lures=True)
        called = {t: str(category) for t, category in zip(texts, found, strict=True)}
        assert not out or called == out  # the chunk path and the reference agree
        out = called
    return out


def same_value(a: float, b: float) -> bool:
    """Equal feature values, two NaNs (not measured) counting as equal."""
    return (math.isnan(a) and math.isnan(b)) or a == b


def posts_record(
    creator_id: str, followers: int, posts: Sequence[dict[str, Any]], every_days: int = 3
) -> Any:
    """A creator with a profile and ``posts`` only (their counts; ids and times are added: one
    post every ``every_days`` days from 1 September 2026), as of 30 November 2026."""
    from fraud.schema import CreatorRecord

    start = datetime(2026, 9, 1, 12)
    return CreatorRecord.model_validate(
        {
            "creator_id": creator_id,
            "platform": creator_id.split(":")[0],
            "as_of": "2026-11-30T00:00:00Z",
            "profile": {"followers": followers},
            "posts": [
                {
                    "post_id": f"p{i}",
                    "posted_at": (start + timedelta(days=every_days * i)).isoformat() + "+00:00",
                    **post,
                }
                for i, post in enumerate(posts)
            ],
        }
    )


def engagement_both_paths(record: Any, chunk_with: Sequence[Any] = ()) -> list[Any]:
    """``record``'s engagement block by the per-creator path and by the chunk path (in a chunk
    with ``chunk_with`` around it, if given): the two must agree."""
    from fraud.features import engagement
    from fraud.features.base import FeatureContext
    from fraud.norms import load_norms

    ctx = FeatureContext(as_of=record.as_of, norms=load_norms())
    chunk = [*chunk_with, record, *chunk_with]
    return [
        engagement.extract(record, ctx),
        engagement.extract_many(chunk, [ctx] * len(chunk))[len(chunk_with)],
    ]


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


def creator_seen_twice(creator_id: str) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """A Weibo creator's two records (the first with nine days of history, the second two weeks
    later with its count alone) and a third creator's record: for the store's "as if one
    after the other" rule (the service's batch, ``fraud score --store``)."""
    history = [{"date": f"2026-11-{day:02d}", "followers": 1000 + 10 * day} for day in range(1, 10)]
    first = {
        "creator_id": creator_id,
        "platform": "weibo",
        "as_of": "2026-11-10T12:00:00Z",
        "profile": {"followers": 1090},
        "follower_history": history,
    }
    second = {**first, "as_of": "2026-11-25T12:00:00Z", "profile": {"followers": 50000}}
    del second["follower_history"]
    return first, second, {**second, "creator_id": "someone-else"}
