"""Regression tests for store defects found in review (small, fast)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from fraud.schema import CreatorRecord
from fraud.store import CreatorStore


def _record(as_of: str, followers: int, history: list[dict[str, Any]] | None = None) -> Any:
    return CreatorRecord.model_validate(
        {
            "creator_id": "rednote:A",
            "platform": "rednote",
            "handle": "a",
            "as_of": as_of,
            "profile": {"followers": followers, "following": 10},
            "posts": [],
            "follower_history": history or [],
            "comments": [],
        }
    )


def test_complete_history_leaves_out_snapshots_after_the_records_as_of(tmp_path: Path) -> None:
    store = CreatorStore.open(tmp_path / "store.sqlite")
    try:
        store.record_snapshots([_record("2025-11-01T00:00:00Z", 100)])
        store.record_snapshots([_record("2025-11-20T00:00:00Z", 500)])
        past = store.complete_history(_record("2025-11-10T00:00:00Z", 200))
    finally:
        store.close()
    assert [(s.date, s.followers) for s in past.follower_history] == [
        (date(2025, 11, 1), 100),
        (date(2025, 11, 10), 200),
    ]


def test_a_store_that_cannot_be_opened_is_a_one_line_error(tmp_path: Path, capsys: Any) -> None:
    from fraud.cli import main

    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"this is not a database, just some bytes" * 100)
    for store in (str(corrupt), "nosuch+dialect://x"):
        assert main(["history", "rednote:A", "--store", store]) == 1
        err = capsys.readouterr().err
        assert err.startswith("fraud: error: cannot open the store") and err.count("\n") == 1
