"""Rows that repeat a post or comment (session 51's QA): three days of crawls of one creator
read 30 rows, "imported 30", and wrote 3 posts and 6 comments, with nothing saying where the
other 18 went. A note now counts them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_import_sources import _import


def _crawl(root: Path, day: int) -> None:
    crawled = 1764547200000 + (day - 1) * 86400000  # 2025-12-01 + day - 1, in ms
    folder = root / "xhs" / "jsonl"
    folder.mkdir(parents=True, exist_ok=True)
    posts = [
        {
            "note_id": f"n{i}",
            "time": 1764547200000 - i * 86400000 * 3,
            "user_id": "u1",
            "liked_count": str(100 * day + i),
            "comment_count": "2",
            "last_modify_ts": crawled,
        }
        for i in range(3)
    ]
    comments = [
        {
            "comment_id": f"c{i}{c}",
            "create_time": 1764547200000 - i * 86400000 * 3 + 60000,
            "note_id": f"n{i}",
            "content": "好看",
            "user_id": f"a{c}",
            "last_modify_ts": crawled,
        }
        for i in range(3)
        for c in range(2)
    ]
    creator = {"user_id": "u1", "fans": str(10000 + day * 500), "last_modify_ts": crawled}
    for kind, rows in (("contents", posts), ("comments", comments), ("creators", [creator])):
        path = folder / f"search_{kind}_2025-12-0{day}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


def test_repeated_posts_and_comments_are_counted_in_a_note(tmp_path: Path) -> None:
    export = tmp_path / "data"
    for day in (1, 2, 3):
        _crawl(export, day)
    records, summary, rejects = _import(tmp_path, "mediacrawler", export)
    assert rejects == [] and (summary.read, summary.imported) == (30, 30)
    assert (summary.posts, summary.comments) == (3, 6)
    [note] = [n for n in summary.notes if "repeated" in n]
    assert note.startswith("18 rows repeated a post (6) or comment (12) read before")
    assert [p["likes"] for p in records["rednote:u1"]["posts"]] == [302, 301, 300]  # day 3's


def test_no_note_when_nothing_repeats(tmp_path: Path) -> None:
    _crawl(tmp_path / "data", 1)
    _, summary, _ = _import(tmp_path, "mediacrawler", tmp_path / "data")
    assert not any("repeated" in n for n in summary.notes)


def test_the_note_comes_before_the_notes_of_single_creators(tmp_path: Path) -> None:
    # fraud import prints the first 20 notes: one per creator must not push this one out.
    export = tmp_path / "data"
    for day in (1, 2):
        _crawl(export, day)
    for creators in export.rglob("search_creators_*"):
        creators.unlink()
    history = tmp_path / "counts.csv"
    history.write_text("platform,creator_id,date,followers\nxhs,u1,2025-11-30,9000\n")
    _, summary, _ = _import(tmp_path, "mediacrawler", export, histories=[history])
    assert summary.creators == 1
    [own] = [i for i, n in enumerate(summary.notes) if n.startswith("rednote:u1: follower")]
    [repeats] = [i for i, n in enumerate(summary.notes) if "repeated" in n]
    assert repeats < own
