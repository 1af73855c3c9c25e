"""The importers against the scrapers' current code (session 58 drift check).

Fixtures (``tests/fixtures/drift_s58/``) are written in each tool's current format, derived
from its code:

* ``mediacrawler_tiktok/tiktok/jsonl/``: NanmiCoder/MediaCrawler's TikTok crawler (added in
  2026): rows as ``store/tiktok/__init__.py`` builds them (``update_tiktok_aweme``,
  ``update_tiktok_comment``, ``save_creator``; commit 0c602577), in ``data/tiktok/{jsonl}/``
  as ``store/tiktok/_store_impl.py`` (``platform="tiktok"``) and
  ``tools/async_file_writer.py`` (``{crawler_type}_{item_type}_{date}.{ext}``; 0282e626)
  name them; the creator's ``user_id`` is the posts' author id (``media_platform/tiktok/
  core.py`` ``get_creators_and_videos``: ``save_creator(user_detail["id"], ...)``).
* ``instaloader_iphone/sun.chaser/``: posts as Instaloader saves a ``Post`` built by
  ``Post.from_iphone_struct`` (``instaloader/structures.py`` at 185244782519: ``date`` for
  ``taken_at_timestamp``, ``edge_media_preview_like``, the media under ``iphone_struct``, no
  ``edge_media_to_comment``; ``_asdict`` adds ``owner`` from ``Profile.from_iphone_struct``),
  which a logged-in ``Profile.get_posts`` yields since instaloader PR #2330 (August 2024: "the
  returned object is (almost) equal to what was returned by the iphone queries"); the comments
  file as
  ``Instaloader.update_comments`` writes it.
* ``ytdlp_verified/``: an ``.info.json`` of yt-dlp's current field list (README "OUTPUT
  TEMPLATE": ``channel_is_verified``, ``live_status``, ``media_type``; comments as
  ``yt_dlp/extractor/youtube`` ``_extract_comment`` writes them, ``_time_text`` included).
"""

from __future__ import annotations

import json
import lzma
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from fraud.batch import UsageError
from fraud.importers import run_import
from tests.test_import_sources import _import

DRIFT = Path(__file__).parent / "fixtures" / "drift_s58"
TIKTOK = DRIFT / "mediacrawler_tiktok"
TIKTOK_UID = "6812345678901234567"


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def _check_tiktok(record: dict[str, Any]) -> None:
    assert record["platform"] == "tiktok"
    assert record["profile"]["followers"] == 1_320_000
    assert record["profile"]["following"] == 212
    assert record["profile"]["posts"] == 418
    posts = {p["post_id"]: p for p in record["posts"]}
    first = posts["744000000000000001"]
    assert (first["likes"], first["comments"], first["shares"], first["saves"]) == (
        48000,
        2,
        310,
        520,
    )
    assert first["format"] == "video"
    assert len(posts) == 3
    comments = {c["text"]: c for c in record["comments"]}
    assert comments["love this routine"]["likes"] == 14
    assert comments["thank you!!"]["from_creator"] is True
    assert comments["thank you!!"]["parent_id"] == "7300000000000000001"
    assert not comments["tutorial please"].get("from_creator")


def test_a_mediacrawler_tiktok_export_is_read_as_the_other_platforms(tmp_path: Path) -> None:
    # Before: every file a reject "unknown platform 'tiktok/jsonl' ...: give --platform".
    records, summary, rejects = _import(tmp_path, "mediacrawler", TIKTOK)
    assert rejects == [] and summary.rejected == 0
    assert list(records) == [f"tiktok:{TIKTOK_UID}"]
    _check_tiktok(records[f"tiktok:{TIKTOK_UID}"])


def test_tiktok_is_a_platform_mediacrawler_exports_are_of(tmp_path: Path) -> None:
    # --platform tiktok for files outside a tiktok/ folder (it was refused as a usage error)
    folder = tmp_path / "export"
    folder.mkdir()
    for source in (TIKTOK / "tiktok" / "jsonl").iterdir():
        (folder / source.name).write_bytes(source.read_bytes())
    records, _, rejects = _import(tmp_path, "mediacrawler", folder, platform="tiktok")
    assert rejects == []
    _check_tiktok(records[f"tiktok:{TIKTOK_UID}"])
    with pytest.raises(UsageError, match="tiktok"):
        run_import("mediacrawler", [folder], tmp_path / "x.jsonl", platform="myspace")


# database/models.py at 0c602577: TiktokAweme, TiktokAwemeComment, TiktokCreator
TIKTOK_TABLES = """
CREATE TABLE tiktok_aweme (
    id INTEGER PRIMARY KEY, user_id VARCHAR(255), nickname TEXT, avatar TEXT,
    user_signature TEXT, ip_location TEXT, add_ts BIGINT, last_modify_ts BIGINT,
    aweme_id VARCHAR(255), aweme_type TEXT, title TEXT, "desc" TEXT, create_time BIGINT,
    liked_count TEXT, comment_count TEXT, share_count TEXT, collected_count TEXT,
    aweme_url TEXT, cover_url TEXT, video_download_url TEXT, music_download_url TEXT,
    note_download_url TEXT, source_keyword TEXT DEFAULT '');
CREATE TABLE tiktok_aweme_comment (
    id INTEGER PRIMARY KEY, user_id VARCHAR(255), nickname TEXT, avatar TEXT,
    user_signature TEXT, ip_location TEXT, add_ts BIGINT, last_modify_ts BIGINT,
    comment_id VARCHAR(255), aweme_id VARCHAR(255), content TEXT, create_time BIGINT,
    sub_comment_count TEXT, parent_comment_id VARCHAR(255), like_count TEXT DEFAULT '0',
    pictures TEXT DEFAULT '');
CREATE TABLE tiktok_creator (
    id INTEGER PRIMARY KEY, user_id VARCHAR(255), nickname TEXT, avatar TEXT,
    ip_location TEXT, add_ts BIGINT, last_modify_ts BIGINT, "desc" TEXT, gender TEXT,
    follows TEXT, fans TEXT, interaction TEXT, videos_count VARCHAR(255));
"""


def test_the_sqlite_store_tiktok_tables_import_as_its_json_store(tmp_path: Path) -> None:
    jsonl = TIKTOK / "tiktok" / "jsonl"
    # the ORM's columns only (the store sets add_ts; user_unique_id is not a column)
    tables = {
        "tiktok_aweme": _rows(jsonl / "search_contents_2025-11-21.jsonl"),
        "tiktok_aweme_comment": _rows(jsonl / "search_comments_2025-11-21.jsonl"),
        "tiktok_creator": _rows(jsonl / "creator_creators_2025-11-21.jsonl"),
    }
    path = tmp_path / "database" / "sqlite_tables.db"
    path.parent.mkdir()
    with sqlite3.connect(path) as database:
        database.executescript(TIKTOK_TABLES)
        for table, rows in tables.items():
            columns = {c[1] for c in database.execute(f"PRAGMA table_info({table})")}
            for row in rows:
                kept = {k: v for k, v in row.items() if k in columns}
                kept["add_ts"] = row["last_modify_ts"]
                names = ", ".join(f'"{name}"' for name in kept)
                marks = ", ".join("?" for _ in kept)
                database.execute(
                    f"INSERT INTO {table} ({names}) VALUES ({marks})", list(kept.values())
                )
    database.close()
    from_db, _, rejects = _import(tmp_path, "mediacrawler", path)
    assert rejects == []
    _check_tiktok(from_db[f"tiktok:{TIKTOK_UID}"])
    (tmp_path / "json").mkdir()
    from_json, _, _ = _import(tmp_path / "json", "mediacrawler", TIKTOK)
    assert from_db == from_json


INSTALOADER = DRIFT / "instaloader_iphone" / "sun.chaser"


def test_instaloader_posts_built_from_the_iphone_api_are_imported(tmp_path: Path) -> None:
    # Before: both posts rejected ("taken_at_timestamp is missing"), and the comments file's
    # two rows with them; the creator had no posts.
    records, summary, rejects = _import(tmp_path, "instaloader", INSTALOADER)
    assert rejects == [] and summary.rejected == 0
    record = records["instagram:sun.chaser"]
    posts = {p["post_id"]: p for p in record["posts"]}
    video, image = posts["DA1aaaaaaaa"], posts["DA2bbbbbbbb"]
    # date, edge_media_preview_like, iphone_struct.comment_count, video_view_count
    assert video["posted_at"].startswith("2025-11-10T18:40:00")
    assert (video["likes"], video["comments"], video["views"], video["format"]) == (
        2300,
        2,
        41000,
        "video",
    )
    assert not video.get("comments_unknown") and not video.get("sponsored")
    assert image["posted_at"].startswith("2025-11-13T02:13:20")
    assert (image["likes"], image["comments"], image["format"]) == (1900, 1, "image")
    assert image["sponsored"] is True  # iphone_struct.is_paid_partnership
    comments = {c["text"]: c for c in record["comments"]}
    assert comments["thanks!"]["from_creator"] is True
    assert comments["stunning light"]["likes"] == 4
    assert record["profile"]["followers"] == 48200


def _image_media() -> dict[str, Any]:
    """The iPhone API media the fixture's image post holds."""
    with lzma.open(INSTALOADER / "2025-11-13_02-13-20_UTC.json.xz", "rt") as f:
        media: dict[str, Any] = json.load(f)["node"]["iphone_struct"]
    return media


def _iphone_post(tmp_path: Path, **changes: Any) -> dict[str, Any]:
    """The fixture's image post with ``changes`` to its node (None removes a key), imported."""
    with lzma.open(INSTALOADER / "2025-11-13_02-13-20_UTC.json.xz", "rt") as f:
        document = json.load(f)
    for key, value in changes.items():
        if value is None:
            document["node"].pop(key, None)
        else:
            document["node"][key] = value
    folder = tmp_path / "in" / "sun.chaser"
    folder.mkdir(parents=True)
    (folder / "2025-11-13_02-13-20_UTC.json").write_text(json.dumps(document))
    profile = INSTALOADER / "sun.chaser_5550001.json"
    (folder / profile.name).write_bytes(profile.read_bytes())
    records, _, rejects = _import(tmp_path, "instaloader", folder)
    assert rejects == []
    return records["instagram:sun.chaser"]["posts"][0]


def test_the_graphql_names_come_first_and_the_iphone_media_fills_in(tmp_path: Path) -> None:
    # a GraphQL comment count (a post whose comments Instaloader fetched) beats the media's
    post = _iphone_post(
        tmp_path / "a",
        edge_media_to_comment={"count": 7},
        taken_at_timestamp=1763086400,
    )
    assert post["comments"] == 7
    assert post["posted_at"].startswith("2025-11-14T02:13:20")  # taken_at_timestamp first
    # a node with a plain "comments" count (from_iphone_struct of some versions)
    assert _iphone_post(tmp_path / "b", comments=5)["comments"] == 5
    # neither date nor owner on the node: the media's taken_at and user.username
    post = _iphone_post(tmp_path / "c", date=None, owner=None)
    assert post["posted_at"].startswith("2025-11-13T02:13:20")
    # the media's hidden like count (-1) is no count, as the GraphQL one
    media = _image_media()
    post = _iphone_post(
        tmp_path / "d", edge_media_preview_like=None, iphone_struct={**media, "like_count": -1}
    )
    assert post["likes_unknown"] is True and post["likes"] == 0


def test_instaloader_sponsor_edges_mark_a_post_sponsored(tmp_path: Path) -> None:
    # Instaloader's Post.is_sponsored: edge_media_to_sponsor_user has edges
    media = _image_media()
    sponsor = {"edges": [{"node": {"sponsor": {"id": "1", "username": "brand"}}}]}
    # (a GraphQL-named node otherwise: only the sponsor edges say it is sponsored)
    post = _iphone_post(
        tmp_path,
        edge_media_to_sponsor_user=sponsor,
        iphone_struct={**media, "is_paid_partnership": False},
        taken_at_timestamp=1763000000,
        edge_media_to_comment={"count": 1},
    )
    assert post["sponsored"] is True


def test_ytdlp_channel_is_verified_is_the_profiles_verified(tmp_path: Path) -> None:
    records, _, rejects = _import(tmp_path, "ytdlp", DRIFT / "ytdlp_verified")
    assert rejects == []
    record = records["youtube:UCverified001"]
    assert record["profile"]["verified"] is True  # before: absent
    assert record["profile"]["followers"] == 880000
    assert record["comments"][0]["likes"] == 9
    source = next((DRIFT / "ytdlp_verified").iterdir())
    info = json.loads(source.read_text())
    folder = tmp_path / "b" / "in"
    folder.mkdir(parents=True)
    (folder / source.name).write_text(json.dumps({**info, "channel_is_verified": False}))
    records, _, _ = _import(tmp_path / "b", "ytdlp", folder)
    assert records["youtube:UCverified001"]["profile"]["verified"] is False
