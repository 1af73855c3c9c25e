"""A MediaCrawler post row without a like or comment count (session 51's QA).

MediaCrawler's Douyin store writes ``str(interact_info.get("digg_count"))``: ``"None"`` when the
platform sent no statistics (``update_douyin_aweme`` in ``store/douyin/__init__.py``); other
stores write an empty cell or ``null``. Such a post was rejected ("liked_count is missing"),
and with it every comment under it ("comment's post was not imported"). It is kept now, as
Instaloader's hidden likes and yt-dlp's missing counts are: ``likes_unknown`` (likes 0), or
the exported comments as a ``comments_unknown`` count, and a note per file says how many.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from tests.test_import_readers import SEC_UID, _douyin_post
from tests.test_import_sources import _import


def _post(n: int, likes: str, comments: str) -> dict[str, Any]:
    """A Douyin contents row as MediaCrawler's store writes it, counts as given."""
    return _douyin_post(n) | {
        "liked_count": likes,
        "collected_count": "None",
        "comment_count": comments,
        "share_count": "None",
    }


def _comment(n: int, post: int) -> dict[str, Any]:
    return {
        "comment_id": f"9{post}{n}",
        "create_time": 1763000000 + post * 86400 + 60 * n,
        "aweme_id": _douyin_post(post)["aweme_id"],
        "content": "好看",
        "user_id": str(100000 + n),
        "sec_uid": f"MS4wLjABAAAAfan{n}",
        "nickname": "粉丝",
        "like_count": 0,
        "parent_comment_id": "0",
        "last_modify_ts": 1763683200000,
    }


def _csv(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:  # as MediaCrawler writes
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_a_post_without_counts_is_kept_with_its_comments(tmp_path: Path) -> None:
    export = tmp_path / "dy" / "csv"
    posts = [
        _post(0, "25000", "3"),
        _post(1, "None", "3"),
        _post(2, "1.5万", ""),
        _post(3, "", "None"),
    ]
    _csv(export / "search_contents_2025-11-21.csv", posts)
    _csv(
        export / "search_comments_2025-11-21.csv",
        [_comment(c, p) for p in range(4) for c in range(2)],
    )
    creator = {"user_id": SEC_UID, "nickname": "舞者", "follows": 5, "fans": 120000}
    _csv(export / "search_creators_2025-11-21.csv", [creator | {"last_modify_ts": 1763683200000}])
    (tmp_path / "o").mkdir()
    records, summary, rejects = _import(tmp_path / "o", "mediacrawler", tmp_path)
    assert rejects == [] and summary.rejected == 0
    record = records[f"douyin:{SEC_UID}"]
    by_id = {p["post_id"][-1]: p for p in record["posts"]}
    assert len(by_id) == 4 and len(record["comments"]) == 8
    assert "likes_unknown" not in by_id["0"] and "comments_unknown" not in by_id["0"]
    assert (by_id["1"]["likes"], by_id["1"]["likes_unknown"], by_id["1"]["comments"]) == (
        0,
        True,
        3,
    )
    assert by_id["2"]["likes"] == 15000 and by_id["2"]["comments_unknown"] is True
    assert by_id["2"]["comments"] == 2  # the exported comments: a lower bound, not a count
    assert by_id["3"]["likes_unknown"] is True and by_id["3"]["comments_unknown"] is True
    [note] = [n for n in summary.notes if "counts unknown" in n]
    assert "search_contents_2025-11-21.csv" in note
    assert "2 without comment_count" in note and "2 without liked_count" in note
