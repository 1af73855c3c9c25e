"""Review 19c, findings 2 and 4: a profile's posts count crawled with its follower count on
an earlier day than the record's as_of is stored at that day; a Douyin creator keyed by
sec_uid finds the follower count a store holds under its numeric uid, and the import says
when the store's history is split between the two keys. Fixtures are built here, shaped
like a reviewer's MediaCrawler Douyin exports."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from fraud.importers import run_import
from fraud.store import CreatorStore

NOV21, NOV23 = datetime(2025, 11, 21, tzinfo=UTC), datetime(2025, 11, 23, tzinfo=UTC)


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def _post(post_id: str, crawled: datetime, **key: str) -> dict[str, Any]:
    return {
        "aweme_id": post_id,
        "aweme_type": "0",
        "create_time": int(crawled.timestamp()) - 86400,
        **(key or {"user_id": "111", "sec_uid": "MS4wA"}),
        "liked_count": "5",
        "comment_count": "1",
        "share_count": "1",
        "collected_count": "1",
        "last_modify_ts": _ms(crawled),
    }


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_a_posts_count_crawled_days_before_the_posts_is_stored_on_its_own_day(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "dy" / "douyin" / "jsonl"
    creators = {"user_id": "MS4wA", "nickname": "c", "follows": 5, "fans": 1000}
    row21 = {**creators, "videos_count": 42, "last_modify_ts": _ms(NOV21)}
    _jsonl(folder / "creator_creators_2025-11-21.jsonl", [row21])
    _jsonl(folder / "search_contents_2025-11-23.jsonl", [_post("a2", NOV23)])
    store = CreatorStore.open(tmp_path / "s.sqlite")
    out = tmp_path / "o.jsonl"
    run_import("mediacrawler", [folder.parent], out, store=store)
    (row,) = _lines(out)
    assert (row["profile"]["posts"], row["profile"]["observed_at"]) == (42, "2025-11-21")
    (snapshot,) = store.snapshots("douyin", "MS4wA")
    assert (snapshot.date, snapshot.followers, snapshot.posts) == (date(2025, 11, 21), 1000, 42)
    store.close()


def test_a_creator_keyed_by_sec_uid_finds_its_count_stored_under_its_numeric_uid(
    tmp_path: Path,
) -> None:
    # An older import (rows without sec_uid) stored 1,000 under douyin:111; now a post row
    # shows 111's sec_uid: its follower count is completed from douyin:111, and the import
    # says the store's history of this creator is split between the two keys.
    store = CreatorStore.open(tmp_path / "s.sqlite")
    old = tmp_path / "d1" / "douyin" / "jsonl"
    author = {"followers_count": "1000", "following_count": "5"}
    _jsonl(old / "search_contents_2025-11-21.jsonl", [_post("a1", NOV21, user_id="111") | author])
    run_import("mediacrawler", [old.parent], tmp_path / "o1.jsonl", store=store)
    assert [s.followers for s in store.snapshots("douyin", "111")] == [1000]
    new = tmp_path / "d3" / "douyin" / "jsonl"
    _jsonl(new / "search_contents_2025-11-23.jsonl", [_post("a9", NOV23)])
    out = tmp_path / "o3.jsonl"
    summary = run_import("mediacrawler", [new.parent], out, store=store)
    assert (summary.creators, summary.creators_rejected) == (1, 0)
    (row,) = _lines(out)
    assert row["creator_id"] == "douyin:MS4wA"
    assert (row["profile"]["followers"], row["profile"]["observed_at"]) == (1000, "2025-11-21")
    assert any("(2025-11-21, under its older key douyin:111)" in n for n in summary.notes)
    assert any("history under douyin:111" in n and "split" in n for n in summary.notes)
    # No store row is moved: the old key keeps its history; the new one stores the
    # completed count at its own date (not again on Nov 23). OUT's history holds what the
    # export showed: none (the store's snapshot is not the record's own).
    assert [s.date for s in store.snapshots("douyin", "111")] == [date(2025, 11, 21)]
    stored = [(s.date, s.followers) for s in store.snapshots("douyin", "MS4wA")]
    assert stored == [(date(2025, 11, 21), 1000)]
    assert row["follower_history"] == []
    store.close()


def test_a_sec_uid_creator_with_no_older_key_in_the_store_gets_no_split_note(
    tmp_path: Path,
) -> None:
    store = CreatorStore.open(tmp_path / "s.sqlite")
    folder = tmp_path / "d" / "douyin" / "jsonl"
    author = {"followers_count": "1000"}
    _jsonl(folder / "search_contents_2025-11-23.jsonl", [_post("a9", NOV23) | author])
    summary = run_import("mediacrawler", [folder.parent], tmp_path / "o.jsonl", store=store)
    assert summary.creators == 1
    assert not any("split" in n for n in summary.notes)
    store.close()
