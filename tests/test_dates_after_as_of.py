"""Data dated after the record's ``as_of`` (when it was collected) gets a DATA_QUALITY note."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fraud.schema import CreatorRecord
from fraud.validation import validate_creator_json

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples" / "creators.jsonl"


def _koc() -> dict[str, Any]:
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        if raw["creator_id"] == "rednote:genuine_koc":
            return raw
    raise AssertionError("the genuine KOC example is missing")


def _notes(scorer: Any, raw: dict[str, Any]) -> list[dict[str, Any]]:
    record = CreatorRecord.model_validate(raw)
    alone = scorer.score(record)
    light = validate_creator_json(json.dumps(raw).encode(), light=True)
    assert light is not None
    (in_chunk,) = scorer.score_many([light])
    assert alone.model_dump() == in_chunk.model_dump()  # the same answer on both paths
    return [
        r.model_dump(exclude_none=True)
        for r in alone.reasons
        if r.code == "DATA_QUALITY" and (r.evidence or {}).get("check") == "dates"
    ]


def test_posts_after_as_of_are_noted(scorer: Any) -> None:
    raw = _koc()
    as_of = datetime.fromisoformat(raw["as_of"].replace("Z", "+00:00"))
    later = (as_of + timedelta(days=30)).astimezone(UTC).isoformat().replace("+00:00", "Z")
    raw["posts"][-1]["posted_at"] = later
    (note,) = _notes(scorer, raw)
    assert note["severity"] == "info"
    assert note["evidence"]["n_posts_after_as_of"] == 1
    assert note["evidence"]["latest"] == later[:10]
    assert "1 post dated after the record's as_of (2026-01-30)" in note["message"]


def test_as_of_before_all_the_data_is_noted(scorer: Any) -> None:
    raw = _koc()
    raw["as_of"] = "2024-01-01T00:00:00Z"
    (note,) = _notes(scorer, raw)
    assert note["evidence"]["n_posts_after_as_of"] == len(raw["posts"])
    assert note["evidence"]["n_comments_after_as_of"] > 0


def test_no_note_within_a_day_or_without_as_of(scorer: Any) -> None:
    raw = _koc()
    assert _notes(scorer, raw) == []
    as_of = datetime.fromisoformat(raw["as_of"].replace("Z", "+00:00"))
    raw["posts"][-1]["posted_at"] = (as_of + timedelta(hours=20)).isoformat()  # time zones
    assert _notes(scorer, raw) == []
    raw["posts"][-1]["posted_at"] = (as_of + timedelta(days=300)).isoformat()
    del raw["as_of"]  # as_of is then the latest date in the record: nothing can be later
    assert _notes(scorer, raw) == []


def test_as_of_at_the_end_of_year_9999_is_scored(scorer: Any) -> None:
    raw = _koc()
    raw["as_of"] = "9999-12-31T12:00:00Z"  # as_of + a day would overflow
    assert _notes(scorer, raw) == []  # scored, and nothing is dated after it


def test_a_day_after_as_of_is_the_bound_to_the_microsecond(scorer: Any) -> None:
    raw = _koc()
    as_of = datetime.fromisoformat(raw["as_of"].replace("Z", "+00:00")).astimezone(UTC)
    raw["posts"][-1]["posted_at"] = (as_of + timedelta(days=1)).isoformat()
    raw["follower_history"][-1]["date"] = (as_of.date() + timedelta(days=1)).isoformat()
    assert _notes(scorer, raw) == []  # exactly a day later: within the grace
    raw["posts"][-1]["posted_at"] = (as_of + timedelta(days=1, microseconds=1)).isoformat()
    raw["follower_history"][-1]["date"] = (as_of.date() + timedelta(days=2)).isoformat()
    (note,) = _notes(scorer, raw)
    assert note["evidence"]["n_posts_after_as_of"] == 1
    assert note["evidence"]["n_snapshots_after_as_of"] == 1
