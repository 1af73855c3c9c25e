"""A time at or before 1970-01-01 in an export is no time, whether written as a Unix timestamp
(0, -1: what scrapers write for a time they did not get) or as an ISO date-time
(``1969-12-31T23:59:59Z``, ``1900-01-01``): the ISO form was read as a real date, so a post
"made in 1900" was kept and a comment was dated 69 years before its post."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from fraud.importers import run_import
from fraud.importers._values import parse_date, parse_time

PLACEHOLDERS = ["1969-12-31T23:59:59Z", "1900-01-01", "1970-01-01T00:00:00+00:00", "1969-12-31"]


@pytest.mark.parametrize("value", [0, -1, "0", "-1000", *PLACEHOLDERS])
def test_a_time_not_after_1970_is_absent(value: object) -> None:
    assert parse_time(value, "create_time") is None


def test_a_time_just_after_1970_is_kept() -> None:
    assert parse_time("1970-01-01T00:00:01Z") == datetime(1970, 1, 1, 0, 0, 1, tzinfo=UTC)
    assert parse_time("1970-01-02") == datetime(1970, 1, 2, tzinfo=UTC)


@pytest.mark.parametrize("value", ["1969-12-31", "1900-01-01", "1969/12/31", "1969-12-31T23:00Z"])
def test_a_follower_count_date_before_1970_is_missing_as_a_zero_timestamp_is(value: str) -> None:
    with pytest.raises(ValueError, match="date is missing") as zero:
        parse_date(0, "date")
    with pytest.raises(ValueError) as placeholder:
        parse_date(value, "date")
    assert str(placeholder.value) == str(zero.value)
    assert parse_date("1970-01-02") == date(1970, 1, 2)


def _export(tmp_path: Path, post_time: object, comment_time: object) -> dict[str, Any]:
    """Import an xhs export whose second post and one comment have the given times: the
    records, the reject reasons and the counts, to compare one placeholder with another."""
    posts = [
        {"note_id": n, "user_id": "good", "time": t, "liked_count": "5", "comment_count": "1"}
        for n, t in (("n1", 1763000000000), ("n2", post_time))
    ]
    comments = [
        {"comment_id": "c1", "note_id": "n1", "content": "好看", "create_time": comment_time},
        {"comment_id": "c2", "note_id": "n1", "content": "真好", "create_time": 1763000100000},
    ]
    folder = tmp_path / str(post_time).replace(":", "-") / "xhs" / "json"
    folder.mkdir(parents=True)
    for kind, rows in (("contents", posts), ("comments", comments)):
        (folder / f"search_{kind}_2025-11-21.json").write_text(json.dumps(rows))
    (folder / "search_creators_2025-11-21.json").write_text(
        json.dumps([{"user_id": "good", "fans": "100"}])
    )
    out = folder.parent / "out.jsonl"
    summary = run_import("mediacrawler", [folder], out)
    rejects = [json.loads(x) for x in Path(f"{out}.rejects.jsonl").read_text().splitlines()]
    assert summary.read == summary.imported + summary.rejected
    return {
        "records": out.read_text(),
        "reasons": [r["error"] for r in rejects],
        "counts": (summary.read, summary.imported, summary.rejected),
        "notes": summary.notes,
    }


@pytest.mark.parametrize("placeholder", PLACEHOLDERS)
def test_an_export_time_before_1970_is_read_as_a_zero_timestamp_is(
    tmp_path: Path, placeholder: str
) -> None:
    as_zero = _export(tmp_path, 0, 0)
    assert as_zero["reasons"] == ["time (the post's time) is missing"]
    [record] = map(json.loads, as_zero["records"].splitlines())
    assert [c.get("posted_at") for c in record["comments"]] == [None, "2025-11-13T02:15:00Z"]
    assert _export(tmp_path, placeholder, placeholder) == as_zero


def test_a_weibo_create_date_time_before_1970_leaves_create_time_to_decide(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "wb" / "json"
    folder.mkdir(parents=True)
    post = {
        "note_id": "w1",
        "user_id": "600001",
        "create_time": 1763645400,
        "create_date_time": "1969-12-31 23:00:00",
        "liked_count": "5",
        "comments_count": "0",
    }
    (folder / "search_contents_2025-11-21.json").write_text(json.dumps([post]))
    (folder / "search_creators_2025-11-21.json").write_text(
        json.dumps([{"user_id": "600001", "fans": "100"}])
    )
    out = tmp_path / "out.jsonl"
    run_import("mediacrawler", [tmp_path / "wb"], out)
    [record] = map(json.loads, out.read_text().splitlines())
    assert record["posts"][0]["posted_at"] == "2025-11-20T13:30:00Z"
