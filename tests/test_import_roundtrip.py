"""Round trip: CreatorRecords -> scraper export files -> ``fraud import`` -> ``fraud score``.

The exporter below is test-side: it writes each creator the way the tools write files.
MediaCrawler: field names of ``store/{xhs,douyin,kuaishou,bilibili,weibo}/__init__.py`` and
file names of ``tools/async_file_writer.py`` (NanmiCoder/MediaCrawler), older schema with
``creators`` files and newer schema (commit 49956d4: ``creator_hash`` of ``tools/user_hash.py``
for authors and commenters, ``is_author_reply``, no counts; the ``--profiles`` table gives the
platform's real ids, which the importer hashes to match). Instaloader:
``save_structure_to_file`` wrappers and ``update_comments`` lists (instaloader/instaloader).
yt-dlp: ``.info.json`` with ``--write-comments`` (yt-dlp README, extractor/common.py). The
follower history travels as a follower-tracking CSV (``--history``).

"The same information" is the original record reduced to what the export carries (no
follower sample, no profile category or creation date, only the post counts each platform's
export has); both are scored and their verdicts compared.
"""

from __future__ import annotations

import csv
import json
import lzma
import os
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fraud.cli import main
from fraud.importers.mediacrawler import anonymize_user_id
from fraud.schema import CreatorRecord
from tests.conftest import SAMPLES

MEDIACRAWLER = {
    "rednote": "xhs",
    "douyin": "dy",
    "kuaishou": "ks",
    "bilibili": "bili",
    "weibo": "wb",
}
# Post counts each export carries (contract name -> export field), per platform.
POST_FIELDS = {
    "rednote": {
        "likes": "liked_count",
        "comments": "comment_count",
        "shares": "share_count",
        "saves": "collected_count",
    },
    "douyin": {
        "likes": "liked_count",
        "comments": "comment_count",
        "shares": "share_count",
        "saves": "collected_count",
    },
    "kuaishou": {"likes": "liked_count", "views": "viewd_count"},
    "bilibili": {
        "likes": "liked_count",
        "comments": "video_comment",
        "shares": "video_share_count",
        "saves": "video_favorite_count",
        "views": "video_play_count",
        "coins": "video_coin_count",
        "danmaku": "video_danmaku",
    },
    "weibo": {"likes": "liked_count", "comments": "comments_count", "shares": "shared_count"},
}
ID_FIELD = {
    "rednote": "note_id",
    "douyin": "aweme_id",
    "kuaishou": "video_id",
    "bilibili": "video_id",
    "weibo": "note_id",
}
TIME_FIELD = {
    "rednote": "time",
    "douyin": "create_time",
    "kuaishou": "create_time",
    "bilibili": "create_time",
    "weibo": "create_time",
}
MS_TIMES = {"rednote", "kuaishou"}  # MediaCrawler keeps these platforms' times in ms


def _epoch(iso: str) -> int:
    return int(datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp())


def _key(record: dict[str, Any]) -> str:
    prefix = f"{record['platform']}:"
    cid = record["creator_id"]
    return cid[len(prefix) :] if cid.startswith(prefix) else cid


def _gid(record: dict[str, Any], post_id: str) -> str:
    return f"{_key(record)}__{post_id}"  # exports use platform-wide ids


def _comment_author(record: dict[str, Any], comment: dict[str, Any]) -> str | None:
    return _key(record) if comment.get("from_creator") else comment.get("author")


def _exported_format(platform: str, fmt: str | None) -> str | None:
    if platform in ("bilibili", "kuaishou"):
        return "video"
    if platform == "weibo":
        return "text"
    if platform in ("rednote", "instagram"):
        return "video" if fmt == "video" else "image"
    if platform == "douyin":
        return "image" if fmt == "image" else "video"
    if platform == "youtube":
        return "live" if fmt == "live" else "video"
    return None


def reduce_to_export(record: dict[str, Any], *, newer_schema: bool) -> dict[str, Any]:
    """The original record with only the information its export format carries."""
    platform = record["platform"]
    key = _key(record)
    profile = record["profile"]
    kept_profile: dict[str, Any] = {"followers": profile["followers"]}
    if platform != "youtube":
        for name in ("following",):
            if profile.get(name) is not None:
                kept_profile[name] = profile[name]
    if platform in ("douyin", "instagram") and profile.get("posts") is not None:
        kept_profile["posts"] = profile["posts"]
    if platform in ("instagram", "bilibili") and profile.get("verified") is not None:
        kept_profile["verified"] = profile["verified"]
    if newer_schema:  # counts come from the --profiles table: followers, following, posts
        kept_profile = {
            k: profile[k] for k in ("followers", "following", "posts") if profile.get(k) is not None
        }
    comments = [c for c in record.get("comments", []) if c.get("post_id") is not None]
    per_post = Counter(c["post_id"] for c in comments)
    posts = []
    for post in record.get("posts", []):
        kept: dict[str, Any] = {
            "post_id": _gid(record, post["post_id"]),
            "posted_at": post["posted_at"],
        }
        if platform in POST_FIELDS:
            names = list(POST_FIELDS[platform])
        elif platform == "instagram":
            names = ["likes", "comments", "views"]
        else:  # youtube
            names = ["likes", "comments", "views"]
        for name in names:
            if post.get(name) is not None:
                kept[name] = post[name]
        if platform == "kuaishou":  # no comment count: the exported comments, a lower bound
            kept["comments"] = per_post[post["post_id"]]
            kept["comments_unknown"] = True
        if platform == "instagram" and post.get("sponsored"):
            kept["sponsored"] = True
        kept["format"] = _exported_format(platform, post.get("format"))
        posts.append(kept)
    reduced_comments = []
    for c in comments:
        author = _comment_author(record, c)
        item: dict[str, Any] = {"post_id": _gid(record, c["post_id"]), "text": c["text"]}
        if author is not None:
            item["author"] = author
            item["from_creator"] = author == key
        if c.get("posted_at") is not None:
            item["posted_at"] = c["posted_at"]
        if c.get("likes") is not None:
            item["likes"] = c["likes"]
        reduced_comments.append(item)
    if newer_schema:  # every user id is replaced by its hash; the author's comments are marked
        for item in reduced_comments:
            if "author" in item:
                item["author"] = anonymize_user_id(item["author"])
        key = anonymize_user_id(key)
    reduced = {
        "creator_id": f"{platform}:{key}",
        "platform": platform,
        "profile": kept_profile,
        "follower_history": record.get("follower_history", []),
        "posts": posts,
        "comments": reduced_comments,
    }
    if platform == "instagram":  # dated by the profile file's mtime, set to the crawl time
        reduced["as_of"] = _crawl_time(record).isoformat()
    elif record.get("as_of"):
        reduced["as_of"] = record["as_of"]
    return reduced


def _crawl_time(record: dict[str, Any]) -> datetime:
    """When the record was crawled: its ``as_of``, else its latest timestamp (the default)."""
    crawled = CreatorRecord.model_validate(record).as_of
    assert crawled is not None
    return crawled


def _as_of_ms(record: dict[str, Any]) -> int | None:
    return _epoch(record["as_of"]) * 1000 if record.get("as_of") else None


class Exporter:
    """Writes records as MediaCrawler, Instaloader and yt-dlp would, plus a history CSV."""

    def __init__(self, root: Path):
        self.root = root
        self.mc_old = root / "mediacrawler_old"
        self.mc_new = root / "mediacrawler_new"
        self.rows: dict[tuple[Path, str, str], list[dict[str, Any]]] = {}
        self.history: list[dict[str, Any]] = []
        self.profiles: list[dict[str, Any]] = []

    def add(self, record: dict[str, Any], *, newer_schema: bool) -> None:
        for snap in record.get("follower_history", []):
            row = {
                "platform": record["platform"],
                "creator_id": _key(record),
                "date": snap["date"],
                "followers": snap["followers"],
                "following": snap.get("following", ""),
            }
            self.history.append(row)
        if record["platform"] in MEDIACRAWLER:
            self._mediacrawler(record, newer_schema)
        elif record["platform"] == "instagram":
            self._instaloader(record)
        elif record["platform"] == "youtube":
            self._ytdlp(record)

    # ---- MediaCrawler
    def _mediacrawler(self, record: dict[str, Any], newer: bool) -> None:
        platform = record["platform"]
        folder = self.mc_new if newer else self.mc_old
        key = _key(record)
        crawled = _as_of_ms(record)
        author = (
            {"creator_hash": anonymize_user_id(key), "nickname": key[0] + "***" + key[-1]}
            if newer
            else {"user_id": key, "nickname": key}
        )
        comments = [c for c in record.get("comments", []) if c.get("post_id") is not None]
        for post in record.get("posts", []):
            at = _epoch(post["posted_at"])
            row: dict[str, Any] = {
                ID_FIELD[platform]: _gid(record, post["post_id"]),
                **author,
                TIME_FIELD[platform]: at * 1000 if platform in MS_TIMES else at,
                "title": "t",
                "desc": "",
                "ip_location": "",
            }
            for name, field in POST_FIELDS[platform].items():
                if post.get(name) is not None:
                    row[field] = str(post[name])
            if platform == "rednote":
                row["type"] = "video" if post.get("format") == "video" else "normal"
            if platform == "douyin":
                row["aweme_type"] = "68" if post.get("format") == "image" else "0"
            if crawled:
                row["last_modify_ts"] = crawled
            self.rows.setdefault((folder, platform, "contents"), []).append(row)
        for number, c in enumerate(comments):
            at = _epoch(c["posted_at"]) if c.get("posted_at") else None
            commenter = _comment_author(record, c)
            row = {
                "comment_id": f"{key}-c{number}",
                ID_FIELD[platform]: _gid(record, c["post_id"]),
                "content": c["text"],
                "parent_comment_id": "0",
                "nickname": "x",
            }
            if newer:
                row["creator_hash"] = anonymize_user_id(commenter) if commenter else ""
                row["is_author_reply"] = commenter == key
                row["comment_level"] = "top"
                row["parent_comment_id"] = ""
            else:
                row["user_id"] = commenter or ""
            if at is not None:
                row["create_time"] = at * 1000 if platform in MS_TIMES else at
            if c.get("likes") is not None:
                row["comment_like_count" if platform == "weibo" else "like_count"] = c["likes"]
            if crawled:
                row["last_modify_ts"] = crawled
            self.rows.setdefault((folder, platform, "comments"), []).append(row)
        profile = record["profile"]
        if newer:
            self.profiles.append(
                {
                    "platform": MEDIACRAWLER[platform],
                    "creator_id": key,
                    "followers": profile["followers"],
                    "following": profile.get("following", ""),
                    "posts": profile.get("posts", ""),
                }
            )
            return
        row = {"user_id": key, "nickname": key, "desc": "", "follows": profile.get("following", "")}
        if platform == "bilibili":
            row["total_fans"] = profile["followers"]
            row["sign"] = ""
            if profile.get("verified") is not None:
                row["is_official"] = "0" if profile["verified"] else "-1"
        else:
            row["fans"] = profile["followers"]
        if platform == "douyin" and profile.get("posts") is not None:
            row["videos_count"] = profile["posts"]
        if crawled:
            row["last_modify_ts"] = crawled
        self.rows.setdefault((folder, platform, "creators"), []).append(row)

    # ---- Instaloader
    def _instaloader(self, record: dict[str, Any]) -> None:
        key = _key(record)
        folder = self.root / "instaloader" / key
        folder.mkdir(parents=True)
        profile = record["profile"]
        node: dict[str, Any] = {
            "username": key,
            "id": "1",
            "edge_followed_by": {"count": profile["followers"]},
        }
        if profile.get("following") is not None:
            node["edge_follow"] = {"count": profile["following"]}
        if profile.get("posts") is not None:
            node["edge_owner_to_timeline_media"] = {"count": profile["posts"]}
        if profile.get("verified") is not None:
            node["is_verified"] = profile["verified"]
        wrap = {"version": "4.14", "node_type": "Profile"}
        with lzma.open(folder / f"{key}_1.json.xz", "wb") as handle:
            handle.write(json.dumps({"node": node, "instaloader": wrap}).encode())
        crawled = _crawl_time(record).timestamp()  # Instaloader writes the profile at the crawl
        os.utime(folder / f"{key}_1.json.xz", (crawled, crawled))
        comments = [c for c in record.get("comments", []) if c.get("post_id") is not None]
        for number, post in enumerate(record.get("posts", [])):
            stem = f"{number:05d}_UTC"
            node = {
                "shortcode": _gid(record, post["post_id"]),
                "taken_at_timestamp": _epoch(post["posted_at"]),
                "is_video": post.get("format") == "video",
                "edge_media_preview_like": {"count": post["likes"]},
                "edge_media_to_comment": {"count": post["comments"]},
                "owner": {"id": "1", "username": key},
            }
            if post.get("views") is not None:
                node["video_view_count"] = post["views"]
            if post.get("sponsored"):
                node["is_paid_partnership"] = True
            (folder / f"{stem}.json").write_text(
                json.dumps({"node": node, "instaloader": {"version": "4.14", "node_type": "Post"}})
            )
            mine = [c for c in comments if c["post_id"] == post["post_id"]]
            if mine:
                rows = [
                    {
                        "id": f"{number}{i}",
                        "created_at": _epoch(c["posted_at"]) if c.get("posted_at") else None,
                        "text": c["text"],
                        "owner": {"id": "x", "username": _comment_author(record, c)},
                        "likes_count": c.get("likes"),
                        "answers": [],
                    }
                    for i, c in enumerate(mine)
                ]
                (folder / f"{stem}_comments.json").write_text(json.dumps(rows))

    # ---- yt-dlp
    def _ytdlp(self, record: dict[str, Any]) -> None:
        key = _key(record)
        folder = self.root / "ytdlp"
        folder.mkdir(exist_ok=True)
        comments = [c for c in record.get("comments", []) if c.get("post_id") is not None]
        crawled = _epoch(record["as_of"]) if record.get("as_of") else None
        posts = record.get("posts", [])
        if not posts:  # a channel page: yt-dlp writes a playlist info.json
            (folder / f"{key}.info.json").write_text(
                json.dumps(
                    {
                        "_type": "playlist",
                        "id": key,
                        "channel_id": key,
                        "channel_follower_count": record["profile"]["followers"],
                        "epoch": crawled,
                    }
                )
            )
        for post in posts:
            info = {
                "id": _gid(record, post["post_id"]),
                "channel_id": key,
                "uploader_id": key,
                "channel_follower_count": record["profile"]["followers"],
                "timestamp": _epoch(post["posted_at"]),
                "like_count": post["likes"],
                "comment_count": post["comments"],
                "view_count": post.get("views"),
                "was_live": post.get("format") == "live",
                "epoch": crawled,
                "comments": [
                    {
                        "id": f"c{i}",
                        "parent": "root",
                        "text": c["text"],
                        "timestamp": _epoch(c["posted_at"]) if c.get("posted_at") else None,
                        "like_count": c.get("likes"),
                        "author_id": _comment_author(record, c),
                        "author_is_uploader": bool(c.get("from_creator")),
                    }
                    for i, c in enumerate(comments)
                    if c["post_id"] == post["post_id"]
                ],
            }
            (folder / f"{info['id']}.info.json").write_text(json.dumps(info))

    def finish(self) -> None:
        """Write the MediaCrawler files (JSON, JSONL or CSV by platform) and the side tables."""
        formats = {
            "rednote": "json",
            "douyin": "jsonl",
            "kuaishou": "jsonl",
            "bilibili": "csv",
            "weibo": "json",
        }
        for (folder, platform, kind), rows in self.rows.items():
            fmt = formats[platform]
            path = folder / MEDIACRAWLER[platform] / fmt / f"search_{kind}_2025-03-01.{fmt}"
            path.parent.mkdir(parents=True, exist_ok=True)
            if fmt == "json":
                path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
            elif fmt == "jsonl":
                path.write_text(
                    "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8",
                )
            else:
                columns = sorted({k for r in rows for k in r})
                with open(path, "w", encoding="utf-8-sig", newline="") as handle:
                    writer = csv.DictWriter(handle, fieldnames=columns)
                    writer.writeheader()
                    writer.writerows(rows)
        for name, rows in (("history.csv", self.history), ("profiles.csv", self.profiles)):
            columns = sorted({k for r in rows for k in r}) or ["platform"]
            with open(self.root / name, "w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=columns)
                writer.writeheader()
                writer.writerows(rows)


def _originals() -> list[dict[str, Any]]:
    from evaluation.blind_sim import generate

    samples = [
        json.loads(line)
        for line in (SAMPLES / "creators.jsonl").read_text().splitlines()
        if line.strip()
    ]
    return samples + list(generate(240, 2027))


def _supported(record: dict[str, Any]) -> bool:
    return record["platform"] in (*MEDIACRAWLER, "instagram", "youtube")


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory: pytest.TempPathFactory, scorer: Any) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("exports")
    originals = [r for r in _originals() if _supported(r)]
    exporter = Exporter(root)
    baselines: dict[str, dict[str, Any]] = {}
    for number, record in enumerate(originals):
        newer = record["platform"] in MEDIACRAWLER and number % 3 == 0
        exporter.add(record, newer_schema=newer)
        reduced = reduce_to_export(record, newer_schema=newer)
        baselines[reduced["creator_id"]] = reduced
    exporter.finish()
    runs = [
        ("mediacrawler", [exporter.mc_old], []),
        ("mediacrawler", [exporter.mc_new], ["--profiles", str(root / "profiles.csv")]),
        ("instaloader", [root / "instaloader"], []),
        ("ytdlp", [root / "ytdlp"], []),
    ]
    imported: list[dict[str, Any]] = []
    codes = []
    for number, (source, inputs, extra) in enumerate(runs):
        out = root / f"imported_{number}.jsonl"
        codes.append(
            main(
                [
                    "import",
                    source,
                    *map(str, inputs),
                    "-o",
                    str(out),
                    "--history",
                    str(root / "history.csv"),
                    *extra,
                ]
            )
        )
        imported += _read(out)
    joined = root / "imported.jsonl"
    joined.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in imported))
    scored = root / "scored.jsonl"
    assert main(["score", str(joined), "-o", str(scored), "--jobs", "1", "--no-progress"]) == 0
    imported_verdicts = {r["creator_id"]: r["verdict"] for r in _read(scored)}
    base_records = [CreatorRecord.model_validate(b) for b in baselines.values()]
    base_verdicts = {
        r.creator_id: s.verdict.value
        for r, s in zip(base_records, scorer.score_many(base_records), strict=True)
    }
    return {
        "codes": codes,
        "imported": imported,
        "baselines": baselines,
        "imported_verdicts": imported_verdicts,
        "base_verdicts": base_verdicts,
        "root": root,
    }


def test_round_trip_imports_without_rejects(round_trip: dict[str, Any]) -> None:
    assert round_trip["codes"] == [0, 0, 0, 0]
    assert not list(round_trip["root"].glob("*.rejects.jsonl"))


def test_round_trip_every_creator_post_and_comment_arrives(round_trip: dict[str, Any]) -> None:
    imported = {r["creator_id"]: r for r in round_trip["imported"]}
    baselines = round_trip["baselines"]
    assert set(imported) == set(baselines)
    for creator_id, base in baselines.items():
        got = imported[creator_id]
        assert sorted(p["post_id"] for p in got["posts"]) == sorted(
            p["post_id"] for p in base["posts"]
        )
        assert len(got["comments"]) == len(base["comments"]), creator_id
        assert sorted(c["text"] for c in got["comments"]) == sorted(
            c["text"] for c in base["comments"]
        )
        assert got["profile"]["followers"] == base["profile"]["followers"]
        dates = {h["date"] for h in base["follower_history"]}
        got_history = {h["date"]: h for h in got["follower_history"]}
        assert dates <= set(got_history) and len(got_history) == len(got["follower_history"])
        # One more point at most: the export's own profile row, dated by its crawl time.
        for extra in set(got_history) - dates:
            crawled = datetime.fromisoformat(base["as_of"]).astimezone(UTC).date().isoformat()
            assert extra == crawled, creator_id
            assert got_history[extra]["followers"] == base["profile"]["followers"]
        assert sum(bool(c.get("from_creator")) for c in got["comments"]) == sum(
            bool(c.get("from_creator")) for c in base["comments"]
        )


def test_round_trip_verdicts_match_scoring_the_same_information(round_trip: dict[str, Any]) -> None:
    base, got = round_trip["base_verdicts"], round_trip["imported_verdicts"]
    same = sum(base[k] == got[k] for k in base)
    agreement = same / len(base)
    print(f"round trip: {same}/{len(base)} verdicts equal ({agreement:.1%})")
    assert len(base) >= 150
    assert agreement >= 0.95
