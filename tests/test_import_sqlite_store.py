"""MediaCrawler's SQLite store (``SAVE_DATA_OPTION = "sqlite"``, ``database/sqlite_tables.db``)
is read as its JSON store is: the tables below are those of NanmiCoder/MediaCrawler's
``schema/sqlite_tables.sql`` (the older schema, user ids) and ``database/models.py`` (the newer
one, ``creator_hash``), with their real table and column names; each table's rows are the
dicts the JSON store writes, so both stores of one crawl import to the same records."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from fraud.importers import run_import
from tests.test_import_sources import _import

# schema/sqlite_tables.sql (older schema), the Xiaohongshu tables, column for column.
OLD_XHS = """
CREATE TABLE xhs_creator (
    id INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL, nickname TEXT DEFAULT NULL,
    avatar TEXT DEFAULT NULL, ip_location TEXT DEFAULT NULL, add_ts INTEGER NOT NULL,
    last_modify_ts INTEGER NOT NULL, desc TEXT, gender TEXT DEFAULT NULL,
    follows TEXT DEFAULT NULL, fans TEXT DEFAULT NULL, interaction TEXT DEFAULT NULL,
    tag_list TEXT);
CREATE TABLE xhs_note (
    id INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL, nickname TEXT DEFAULT NULL,
    avatar TEXT DEFAULT NULL, ip_location TEXT DEFAULT NULL, add_ts INTEGER NOT NULL,
    last_modify_ts INTEGER NOT NULL, note_id TEXT NOT NULL, type TEXT DEFAULT NULL,
    title TEXT DEFAULT NULL, desc TEXT, video_url TEXT, time INTEGER NOT NULL,
    last_update_time INTEGER NOT NULL, liked_count TEXT DEFAULT NULL,
    collected_count TEXT DEFAULT NULL, comment_count TEXT DEFAULT NULL,
    share_count TEXT DEFAULT NULL, image_list TEXT, tag_list TEXT, note_url TEXT DEFAULT NULL,
    source_keyword TEXT DEFAULT '', xsec_token TEXT DEFAULT NULL);
CREATE TABLE xhs_note_comment (
    id INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL, nickname TEXT DEFAULT NULL,
    avatar TEXT DEFAULT NULL, ip_location TEXT DEFAULT NULL, add_ts INTEGER NOT NULL,
    last_modify_ts INTEGER NOT NULL, comment_id TEXT NOT NULL, create_time INTEGER NOT NULL,
    note_id TEXT NOT NULL, content TEXT NOT NULL, sub_comment_count INTEGER NOT NULL,
    pictures TEXT DEFAULT NULL, parent_comment_id TEXT DEFAULT NULL, like_count TEXT DEFAULT NULL);
CREATE TABLE bilibili_contact_info (
    id INTEGER PRIMARY KEY AUTOINCREMENT, up_id TEXT DEFAULT NULL, fan_id TEXT DEFAULT NULL,
    add_ts INTEGER NOT NULL, last_modify_ts INTEGER NOT NULL);
"""
# database/models.py (newer schema): DouyinAweme and DouyinAwemeComment, as create_all makes them.
NEW_DOUYIN = """
CREATE TABLE douyin_aweme (
    id INTEGER PRIMARY KEY, creator_hash VARCHAR(64), nickname TEXT, add_ts BIGINT,
    last_modify_ts BIGINT, aweme_id BIGINT, aweme_type TEXT, title TEXT, "desc" TEXT,
    create_time BIGINT, liked_count TEXT, comment_count TEXT, share_count TEXT,
    collected_count TEXT, aweme_url TEXT, cover_url TEXT, video_download_url TEXT,
    music_download_url TEXT, note_download_url TEXT, source_keyword TEXT);
CREATE TABLE douyin_aweme_comment (
    id INTEGER PRIMARY KEY, creator_hash VARCHAR(64), nickname TEXT, add_ts BIGINT,
    last_modify_ts BIGINT, comment_id BIGINT, aweme_id BIGINT, content TEXT, create_time BIGINT,
    sub_comment_count TEXT, parent_comment_id VARCHAR(255), like_count TEXT, pictures TEXT);
"""
LM = 1763683200000

CREATORS = [
    {"user_id": "u1", "nickname": "好", "desc": "hi", "follows": "10", "fans": "1.2万"},
]
POSTS = [
    {"user_id": "u1", "nickname": "好", "note_id": f"n{i}", "type": "normal", "title": "t",
     "time": 1763000000000 + i * 3_600_000, "last_update_time": 1763000000000,
     "liked_count": str(100 + i), "collected_count": "3", "comment_count": "2",
     "share_count": "None"}
    for i in range(3)
]  # fmt: skip
COMMENTS = [
    {"user_id": "v1", "nickname": "甲", "comment_id": "c1", "create_time": 1763000100000,
     "note_id": "n0", "content": "很好看", "sub_comment_count": 1, "parent_comment_id": "0",
     "like_count": "4"},
    {"user_id": "u1", "nickname": "好", "comment_id": "c2", "create_time": 1763000200000,
     "note_id": "n0", "content": "谢谢", "sub_comment_count": 0, "parent_comment_id": "c1",
     "like_count": "1"},
]  # fmt: skip


def _stamped(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**row, "add_ts": LM, "last_modify_ts": LM} for row in rows]


def _database(path: Path, schema: str, tables: dict[str, list[dict[str, Any]]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as database:
        database.executescript(schema)
        for table, rows in tables.items():
            for row in rows:
                names = ", ".join(f'"{name}"' for name in row)
                marks = ", ".join("?" for _ in row)
                database.execute(
                    f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values())
                )
    database.close()
    return path


def _json_export(tmp_path: Path) -> Path:
    """A JSON-store export of :data:`POSTS` and :data:`CREATORS`: its ``xhs/json`` folder."""
    folder = tmp_path / "xhs" / "json"
    folder.mkdir(parents=True)
    (folder / "search_contents_2025-11-21.json").write_text(json.dumps(_stamped(POSTS)))
    (folder / "search_creators_2025-11-21.json").write_text(json.dumps(_stamped(CREATORS)))
    return folder


def test_the_sqlite_store_imports_as_the_json_store_of_the_same_crawl(tmp_path: Path) -> None:
    tables = {
        "xhs_creator": _stamped(CREATORS),
        "xhs_note": _stamped(POSTS),
        "xhs_note_comment": _stamped(COMMENTS),
    }
    db = _database(tmp_path / "db" / "database" / "sqlite_tables.db", OLD_XHS, tables)
    from_db, db_summary, db_rejects = _import(tmp_path / "db", "mediacrawler", db)

    folder = tmp_path / "json" / "xhs" / "json"
    folder.mkdir(parents=True)
    for kind, table in (("creators", "xhs_creator"), ("contents", "xhs_note"),
                        ("comments", "xhs_note_comment")):  # fmt: skip
        (folder / f"search_{kind}_2025-11-21.json").write_text(json.dumps(tables[table]))
    from_json, json_summary, _ = _import(tmp_path / "json", "mediacrawler", folder.parent)

    assert db_rejects == [] and from_db == from_json and sorted(from_db) == ["rednote:u1"]
    record = from_db["rednote:u1"]
    assert record["profile"]["followers"] == 12000 and len(record["posts"]) == 3
    assert {c["comment_id"]: c.get("parent_id") for c in record["comments"]} == {
        "c1": None,
        "c2": "c1",
    }
    counts = ("read", "imported", "rejected", "creators", "posts", "comments")
    assert [getattr(db_summary, n) for n in counts] == [getattr(json_summary, n) for n in counts]
    assert db_summary.read == 6


def test_the_newer_schema_database_and_a_bad_row_named_by_its_id(tmp_path: Path) -> None:
    posts = [
        {"creator_hash": "9f86d081884c7d65", "nickname": "林***x", "aweme_id": 7400000000000000001,
         "aweme_type": "0", "create_time": 1763000000, "liked_count": "1.1万",
         "comment_count": "1", "share_count": "2", "collected_count": "3"},
        {"creator_hash": "9f86d081884c7d65", "aweme_id": 7400000000000000002, "aweme_type": "68",
         "create_time": None, "liked_count": "5"},  # no time: this row's reject
    ]  # fmt: skip
    comment = {"creator_hash": "aa", "comment_id": 1, "aweme_id": 7400000000000000001,
               "content": "太棒了", "create_time": 1763000100, "parent_comment_id": "0",
               "like_count": "2"}  # fmt: skip
    tables = {"douyin_aweme": _stamped(posts), "douyin_aweme_comment": _stamped([comment])}
    data = tmp_path / "crawl"
    _database(data / "sqlite_tables.db", NEW_DOUYIN, tables)
    profiles = tmp_path / "profiles.csv"
    profiles.write_text("platform,creator_id,followers\ndouyin,9f86d081884c7d65,5000\n")
    records, summary, rejects = _import(tmp_path, "mediacrawler", data, profiles=[profiles])
    record = records["douyin:9f86d081884c7d65"]
    assert [p["post_id"] for p in record["posts"]] == ["7400000000000000001"]
    assert record["posts"][0]["likes"] == 11000 and record["comments"][0]["text"] == "太棒了"
    [reject] = rejects
    assert reject["file"] == f"{data / 'sqlite_tables.db'}[douyin_aweme]" and reject["line"] == 2
    assert "create_time" in reject["error"] and summary.rejected == 1


def test_a_database_that_cannot_be_read_is_one_reject_and_the_rest_is_read(
    tmp_path: Path,
) -> None:
    _json_export(tmp_path)
    broken = tmp_path / "sqlite_tables.db"
    broken.write_bytes(b"not a database, just bytes " * 200)
    other = _database(tmp_path / "other.sqlite", "CREATE TABLE t (x);", {})
    out = tmp_path / "out.jsonl"
    summary = run_import("mediacrawler", [tmp_path / "xhs", broken, other], out)
    rejects = [json.loads(x) for x in Path(f"{out}.rejects.jsonl").read_text().splitlines()]
    errors = {r["file"]: r["error"] for r in rejects}
    assert "not a SQLite database that can be read" in errors[str(broken)]
    assert "no MediaCrawler contents, comments or creators table (it has t)" in errors[str(other)]
    assert summary.posts == 3 and summary.read == summary.imported + summary.rejected == 6


def test_a_database_in_a_folder_that_is_no_mediacrawler_store_is_noted_not_rejected(
    tmp_path: Path,
) -> None:
    folder = _json_export(tmp_path)
    (folder / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(508))  # Windows' thumbnails
    _database(folder / "fraud-store.sqlite", "CREATE TABLE snapshots (x);", {})
    records, summary, rejects = _import(tmp_path, "mediacrawler", tmp_path / "xhs")
    assert rejects == [] and sorted(records) == ["rednote:u1"]
    [note] = [n for n in summary.notes if "not read" in n]
    assert "2 files not read (json/Thumbs.db, json/fraud-store.sqlite)" in note
