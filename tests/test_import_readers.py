"""Per-format reader details a real scraper export exposes (review s19).

* Douyin: MediaCrawler's creators file stores the ``sec_uid`` it was given
  (``DY_CREATOR_ID_LIST``, ``save_creator(user_id, ...)`` in ``media_platform/douyin/core.py``)
  in ``user_id``; posts store the numeric uid in ``user_id`` and the sec_uid in ``sec_uid``
  (``update_douyin_aweme`` in ``store/douyin/__init__.py``).
* MediaCrawler's word-cloud files (``tools/words.py``: ``{prefix}_word_freq.json`` under
  ``words/``) hold word counts, not rows.
* Instaloader's profile JSON records no download time (``get_json_structure``: ``node`` and
  ``{"version", "node_type"}``): the file's mtime dates the observation.
* yt-dlp: a follower count is dated by the file it was read from; ``千`` is a unit.
* Reject locations: a JSON-array element by its first line (and number), a CSV record spanning
  several lines by its first line.
"""

from __future__ import annotations

import json
import lzma
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fraud.importers._items import JsonElementLines, ProfileItem
from fraud.importers._values import parse_count
from fraud.importers.ytdlp import read_ytdlp
from fraud.store import CreatorStore
from tests.test_import_sources import _import

SEC_UID = "MS4wLjABAAAAxyzSECUID"


def _jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return path


def _douyin_post(n: int) -> dict[str, Any]:
    return {
        "aweme_id": f"73000000000000000{n}",
        "aweme_type": "0",
        "desc": "t",
        "create_time": 1763000000 + n * 86400,
        "user_id": "98765",
        "sec_uid": SEC_UID,
        "nickname": "舞者",
        "liked_count": "25000",
        "collected_count": "300",
        "comment_count": "3",
        "share_count": "40",
        "last_modify_ts": 1763683200000,
    }


def _douyin_creator() -> dict[str, Any]:
    return {
        "user_id": SEC_UID,
        "nickname": "舞者",
        "desc": "跳舞",
        "follows": 50,
        "fans": 120000,
        "videos_count": 210,
        "last_modify_ts": 1763683200000,
    }


def _douyin_export(root: Path) -> Path:
    folder = root / "dy" / "jsonl"
    creators = _jsonl(folder / "creator_creators_2025-11-21.jsonl", [_douyin_creator()])
    _jsonl(folder / "creator_contents_2025-11-21.jsonl", [_douyin_post(n) for n in range(5)])
    comment = {
        "comment_id": "c1",
        "create_time": 1763000100,
        "aweme_id": "730000000000000000",
        "content": "谢谢支持",
        "user_id": "98765",  # the author's numeric uid only: matched through the posts
        "like_count": 0,
        "parent_comment_id": "0",
        "last_modify_ts": 1763683200000,
    }
    other = comment | {"comment_id": "c2", "content": "好看", "user_id": "5", "sec_uid": "MS4x"}
    _jsonl(folder / "creator_comments_2025-11-21.jsonl", [comment, other])
    return creators


def test_douyin_creators_row_keyed_by_sec_uid_joins_the_posts(tmp_path: Path) -> None:
    creators = _douyin_export(tmp_path)
    # The creators file given before the directory: still matched to the posts read after it.
    records, summary, rejects = _import(tmp_path, "mediacrawler", creators, tmp_path / "dy")
    assert rejects == [] and summary.creators_rejected == 0
    assert list(records) == [f"douyin:{SEC_UID}"]  # the id of the profile URL, not the uid
    record = records[f"douyin:{SEC_UID}"]
    assert record["profile"]["followers"] == 120000 and len(record["posts"]) == 5
    by_text = {c["text"]: c["from_creator"] for c in record["comments"]}
    assert by_text == {"谢谢支持": True, "好看": False}


def test_douyin_key_does_not_depend_on_what_one_import_holds(tmp_path: Path) -> None:
    # Review 19b finding 4: the creators file alone, then the whole export, into one store.
    creators = _douyin_export(tmp_path)
    with CreatorStore.open(tmp_path / "s.sqlite") as store:
        alone, _, _ = _import(tmp_path, "mediacrawler", creators, store=store)
        whole, _, _ = _import(tmp_path, "mediacrawler", tmp_path / "dy", store=store)
        assert list(alone) == list(whole) == [f"douyin:{SEC_UID}"]
        assert store.snapshots("douyin", "98765") == []
        assert len(store.snapshots("douyin", SEC_UID)) == 1


def test_douyin_post_without_sec_uid_is_keyed_whatever_the_file_order(tmp_path: Path) -> None:
    """Review s19c finding 1: a post row without ``sec_uid`` in a file that sorts first gets
    its creator's sec_uid from a post of a later file; the creator's own reply on it is
    the creator's."""
    crawled = 1763683200000  # 2025-11-21, ms

    def post(aweme_id: str, uid: str, sec_uid: str | None, **extra: Any) -> dict[str, Any]:
        row = {
            "aweme_id": aweme_id,
            "aweme_type": "0",
            "create_time": 1763000000,
            "user_id": uid,
            "nickname": "n" + uid,
            "liked_count": "100",
            "comment_count": "2",
            "share_count": "1",
            "last_modify_ts": crawled,
            **extra,
        }
        return row | ({"sec_uid": sec_uid} if sec_uid else {})

    outputs = []
    for first in ("a_search", "z_search"):  # before, then after creator_contents
        folder = tmp_path / first / "dy" / "jsonl"
        _jsonl(folder / f"{first}_contents_2025-11-21.jsonl", [post("a1", "111", None)])
        _jsonl(
            folder / "creator_contents_2025-11-21.jsonl",
            [post("a2", "111", "MS4wA"), post("b1", "222", "MS4wB")],
        )
        reply = {"comment_id": "c1", "aweme_id": "a1", "content": "thanks", "user_id": "111"}
        other = {"comment_id": "c2", "aweme_id": "a2", "content": "hi", "user_id": "999"}
        _jsonl(
            folder / "creator_comments_2025-11-21.jsonl",
            [
                row | {"create_time": 1763100000, "last_modify_ts": crawled}
                for row in (reply, other)
            ],
        )
        _jsonl(
            folder / "creator_creators_2025-11-21.jsonl",
            [
                {"user_id": sec, "fans": fans, "last_modify_ts": crawled}
                for sec, fans in (("MS4wA", 1000), ("MS4wB", 2000))
            ],
        )
        records, _, rejects = _import(tmp_path / first, "mediacrawler", tmp_path / first / "dy")
        assert rejects == [] and sorted(records) == ["douyin:MS4wA", "douyin:MS4wB"]
        record = records["douyin:MS4wA"]
        assert sorted(p["post_id"] for p in record["posts"]) == ["a1", "a2"]
        assert record["profile"]["followers"] == 1000
        assert {c["comment_id"]: c["from_creator"] for c in record["comments"]} == {
            "c1": True,
            "c2": False,
        }
        outputs.append(records)
    assert outputs[0] == outputs[1]


def test_douyin_profiles_and_history_rows_may_give_either_id(tmp_path: Path) -> None:
    _douyin_export(tmp_path).unlink()  # no creators row: the counts come from the tables
    profiles = tmp_path / "p.csv"
    profiles.write_text("platform,creator_id,followers\ndy,98765,7000\n")
    history = tmp_path / "h.csv"
    history.write_text(f"platform,creator_id,date,followers\ndy,{SEC_UID},2025-11-01,6000\n")
    records, summary, rejects = _import(
        tmp_path, "mediacrawler", tmp_path / "dy", profiles=[profiles], histories=[history]
    )
    assert rejects == [] and summary.unmatched == 0
    record = records[f"douyin:{SEC_UID}"]
    assert record["profile"]["followers"] == 7000
    assert record["follower_history"][0]["date"] == "2025-11-01"
    assert record["follower_history"][0]["followers"] == 6000


def test_douyin_creator_seen_only_by_numeric_uid_keeps_it(tmp_path: Path) -> None:
    post = {k: v for k, v in _douyin_post(1).items() if k != "sec_uid"} | {"followers_count": 9}
    _jsonl(tmp_path / "dy" / "jsonl" / "creator_contents_2025-11-21.jsonl", [post])
    records, _, rejects = _import(tmp_path, "mediacrawler", tmp_path / "dy")
    assert rejects == [] and list(records) == ["douyin:98765"]


def test_word_cloud_files_are_skipped_with_a_note(tmp_path: Path) -> None:
    data = tmp_path / "data" / "xhs"
    post = {
        "note_id": "n1",
        "type": "normal",
        "time": 1763000000000,
        "user_id": "u1",
        "liked_count": "10",
        "comment_count": "1",
        "last_modify_ts": 1763683200000,
    }
    (data / "json").mkdir(parents=True)
    (data / "json" / "search_contents_2025-11-21.json").write_text(json.dumps([post]))
    (data / "json" / "search_creators_2025-11-21.json").write_text(
        json.dumps([{"user_id": "u1", "fans": "1000"}])
    )
    words = data / "words" / "search_comments_2025-11-21_word_freq.json"
    words.parent.mkdir()
    words.write_text(json.dumps({"好看": 3, "链接": 2}, ensure_ascii=False, indent=4))
    records, summary, rejects = _import(tmp_path, "mediacrawler", tmp_path / "data")
    assert rejects == [] and list(records) == ["rednote:u1"] and summary.read == 2
    assert any("word-cloud" in note for note in summary.notes)
    # Named on the command line: skipped too, with a note.
    _, summary, rejects = _import(tmp_path, "mediacrawler", words)
    assert rejects == [] and summary.read == 0
    assert any("word-cloud" in note for note in summary.notes)


def _instaloader_export(root: Path, followers: int) -> Path:
    profile_dir = root / "lin.travels"
    profile_dir.mkdir(parents=True)
    post = {
        "node": {
            "shortcode": "Cpost1",
            "taken_at_timestamp": 1763209800,  # 2025-11-15 12:30 UTC
            "owner": {"username": "lin.travels"},
            "edge_media_preview_like": {"count": 900},
            "edge_media_to_comment": {"count": 0},
        },
        "instaloader": {"version": "4.14", "node_type": "Post"},
    }
    (profile_dir / "2025-11-15_12-30-00_UTC.json").write_text(json.dumps(post))
    profile = {
        "node": {
            "username": "lin.travels",
            "edge_followed_by": {"count": followers},
            "edge_follow": {"count": 300},
            "edge_owner_to_timeline_media": {"count": 12},
        },
        "instaloader": {"version": "4.14", "node_type": "Profile"},
    }
    path = profile_dir / "lin.travels_4012345678.json.xz"
    with lzma.open(path, "wt") as handle:
        json.dump(profile, handle)
    return path


def test_instaloader_profile_dated_by_its_file_not_by_the_last_post(tmp_path: Path) -> None:
    profile = _instaloader_export(tmp_path / "export", 48200)
    crawled = datetime(2025, 11, 21, 6, 0, tzinfo=UTC)
    os.utime(profile, (crawled.timestamp(), crawled.timestamp()))
    records, _, rejects = _import(tmp_path, "instaloader", tmp_path / "export")
    record = records["instagram:lin.travels"]
    assert rejects == [] and record["profile"]["followers"] == 48200
    assert datetime.fromisoformat(record["as_of"]) == crawled  # not the post's 2025-11-15


def test_instaloader_xz_comment_rejects_name_the_elements_line(tmp_path: Path) -> None:
    """A ``_comments.json.xz`` reject is placed at the element's first line of the
    decompressed text (what ``xzcat`` shows), with its number as ``element``, as for a plain
    ``_comments.json``: never the element number as the line (review s19c finding 3)."""
    good = {"id": "1", "created_at": 1763300000, "text": "nice", "owner": {"username": "amy"}}
    answer = {"id": "3", "text": 5, "owner": {"username": "lin.travels"}}  # text not text
    comments = [good | {"answers": [answer]}, "not an object", {"id": "x"}]
    text = json.dumps(comments, indent=4)
    starts = [
        n for n, line in enumerate(text.splitlines(), 1) if line.startswith(("    {", '    "'))
    ]
    assert len(starts) == 3 and starts[1] > 3  # the lines differ from the element numbers
    placed = []
    for suffix in ("_comments.json", "_comments.json.xz"):
        root = tmp_path / suffix
        _instaloader_export(root / "export", 48200)
        path = root / "export" / "lin.travels" / f"2025-11-15_12-30-00_UTC{suffix}"
        if suffix.endswith(".xz"):
            with lzma.open(path, "wt") as handle:
                handle.write(text)
        else:
            path.write_text(text)
        records, _, rejects = _import(root, "instaloader", root / "export")
        assert [c["text"] for c in records["instagram:lin.travels"]["comments"]] == ["nice"]
        placed.append([(r["line"], r["element"]) for r in rejects])
    assert placed[0] == placed[1] == [(starts[0], 1), (starts[1], 2), (starts[2], 3)]


def _info(video_id: str, epoch: int | None, followers: Any) -> dict[str, Any]:
    info: dict[str, Any] = {
        "id": video_id,
        "channel_id": "UCabc",
        "uploader_id": "@chan",
        "channel_follower_count": followers,
        "timestamp": 1763000000,
        "like_count": 3000,
        "comment_count": 0,
        "_type": "video",
    }
    if epoch is not None:
        info["epoch"] = epoch
    return info


def test_ytdlp_follower_count_is_dated_by_its_own_file(tmp_path: Path) -> None:
    older = tmp_path / "a [vid1].info.json"
    older.write_text(json.dumps(_info("vid1", 1763683200, 120000)))  # 2025-11-21
    newer = tmp_path / "b [vid2].info.json"
    newer.write_text(json.dumps(_info("vid2", 1763769600, None)))  # 2025-11-22, no count
    no_epoch = tmp_path / "c [vid3].info.json"
    no_epoch.write_text(json.dumps(_info("vid3", None, "1.2千")))
    saved = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)
    os.utime(no_epoch, (saved.timestamp(), saved.timestamp()))
    profiles = [i for i in read_ytdlp([tmp_path]) if isinstance(i, ProfileItem)]
    assert [(p.followers, p.as_of) for p in profiles] == [
        (120000, datetime(2025, 11, 21, tzinfo=UTC)),
        (1200, saved),  # no epoch: the file's mtime; 1.2千 = 1200
    ]


def test_qian_is_a_thousand() -> None:
    assert parse_count("1.2千") == 1200
    assert parse_count("3千+") == 3000
    assert parse_count("0.15千") == 150


def test_json_array_reject_names_the_elements_first_line(tmp_path: Path) -> None:
    folder = tmp_path / "wb" / "json"
    folder.mkdir(parents=True)
    post = {
        "note_id": "500001",
        "content": "今天 [天气] {不错}",
        "create_time": 1763000000,
        "liked_count": "300",
        "comments_count": "2",
        "user_id": "600001",
        "last_modify_ts": 1763683200000,
    }
    bad = post | {"note_id": "500002", "liked_count": "abc"}
    text = json.dumps([post, bad], ensure_ascii=False, indent=4)
    (folder / "search_contents_2025-11-21.json").write_text(text)
    (folder / "search_creators_2025-11-21.json").write_text(
        json.dumps([{"user_id": "600001", "fans": "5000"}])
    )
    _, _, rejects = _import(tmp_path, "mediacrawler", tmp_path / "wb")
    first_line = next(n for n, line in enumerate(text.splitlines(), 1) if "500002" in line) - 1
    assert first_line > 2  # the element's "{", not its number
    assert [(r["line"], r["element"]) for r in rejects] == [(first_line, 2)]
    assert text.splitlines()[first_line - 1].strip() == "{"


def test_multiline_csv_record_is_placed_at_its_first_line(tmp_path: Path) -> None:
    folder = tmp_path / "xhs" / "csv"
    folder.mkdir(parents=True)
    header = "note_id,type,title,desc,time,user_id,liked_count,comment_count,last_modify_ts\n"
    rows = (
        'n1,normal,a,"line1\nline2\nline3",1763000000000,u1,1.2万,2,1763683200000\n'
        "\n"
        'n2,normal,b,"x\ny",1763000000000,u1,abc万,2,1763683200000\n'
    )
    (folder / "search_contents_2025-11-21.csv").write_text("\ufeff" + header + rows)
    (folder / "search_creators_2025-11-21.csv").write_text("user_id,fans\nu1,5000\n")
    records, _, rejects = _import(tmp_path, "mediacrawler", tmp_path / "xhs")
    assert [r["line"] for r in rejects] == [6]  # n2 spans lines 6-7; a blank line 5 before it
    assert records["rednote:u1"]["posts"][0]["likes"] == 12000


def test_bilibili_contacts_and_dynamics_files_are_not_read_as_creators(tmp_path: Path) -> None:
    # store/bilibili/_store_impl.py writes {crawler_type}_contacts_ and _dynamics_ files; in
    # creator mode their names start with "creator_", like no creators file.
    folder = tmp_path / "bili" / "jsonl"
    video = {
        "video_id": "1001",
        "video_type": "video",
        "create_time": 1763000000,
        "user_id": "3001",
        "liked_count": "50",
        "video_comment": "2",
        "video_play_count": "900",
        "last_modify_ts": 1763683200000,
    }
    _jsonl(folder / "creator_contents_2025-11-21.jsonl", [video])
    _jsonl(folder / "creator_creators_2025-11-21.jsonl", [{"user_id": "3001", "total_fans": 800}])
    contact = {"up_id": "3001", "fan_id": "77", "up_name": "up", "fan_name": "fan"}
    _jsonl(folder / "creator_contacts_2025-11-21.jsonl", [contact])
    dynamic = {"dynamic_id": "9", "user_id": "3001", "text": "hi", "pub_ts": 1763000000}
    _jsonl(folder / "creator_dynamics_2025-11-21.jsonl", [dynamic])
    records, summary, rejects = _import(tmp_path, "mediacrawler", tmp_path / "bili")
    assert rejects == [] and list(records) == ["bilibili:3001"] and summary.read == 2


def test_older_singular_creator_files_are_read(tmp_path: Path) -> None:
    # MediaCrawler before tools/async_file_writer.py: store/*/..._store_impl.py called
    # save_data_to_json(creator, "creator") -> {crawl}_creator_{date}.json, and the CSV writer
    # prefixed a run number: 1_{crawl}_creator_{date}.csv. Bilibili's creator_contacts_ /
    # creator_dynamics_ stay unread beside them.
    xhs = tmp_path / "xhs" / "json"
    xhs.mkdir(parents=True)
    note = {
        "note_id": "n1",
        "type": "normal",
        "time": 1763000000000,
        "user_id": "u1",
        "liked_count": "10",
        "comment_count": "0",
        "last_modify_ts": 1763683200000,
    }
    (xhs / "creator_contents_2025-11-21.json").write_text(json.dumps([note], indent=4))
    creator = {"user_id": "u1", "fans": "1.2万", "follows": "3", "last_modify_ts": 1763683200000}
    (xhs / "creator_creator_2025-11-21.json").write_text(json.dumps([creator], indent=4))
    weibo = tmp_path / "weibo" / "csv"
    weibo.mkdir(parents=True)
    post = "note_id,create_time,user_id,liked_count,comments_count,shared_count\n"
    (weibo / "1_creator_contents_2025-11-21.csv").write_text(post + "w1,1763000000,7,5,0,0\n")
    (weibo / "1_creator_creator_2025-11-21.csv").write_text("user_id,fans,follows\n7,900,2\n")
    bili = tmp_path / "bili" / "jsonl"
    video = {
        "video_id": "1001",
        "create_time": 1763000000,
        "user_id": "3001",
        "liked_count": "50",
        "video_comment": "0",
        "last_modify_ts": 1763683200000,
    }
    _jsonl(bili / "creator_contents_2025-11-21.jsonl", [video])
    _jsonl(bili / "creator_creator_2025-11-21.jsonl", [{"user_id": "3001", "total_fans": 800}])
    _jsonl(bili / "creator_contacts_2025-11-21.jsonl", [{"up_id": "3001", "fan_id": "77"}])
    _jsonl(bili / "creator_dynamics_2025-11-21.jsonl", [{"dynamic_id": "9", "user_id": "3001"}])
    records, summary, rejects = _import(
        tmp_path, "mediacrawler", tmp_path / "xhs", tmp_path / "weibo", tmp_path / "bili"
    )
    assert rejects == [] and summary.read == 6  # 3 posts, 3 creators rows; no contacts
    assert records["rednote:u1"]["profile"]["followers"] == 12000
    assert records["weibo:7"]["profile"]["followers"] == 900
    assert records["bilibili:3001"]["profile"]["followers"] == 800


def _reference_starts(text: str) -> list[int]:
    """The first line of each top-level array element, by the json module."""
    decoder = json.JSONDecoder()
    at = text.index("[") + 1
    starts = []
    while True:
        while text[at] in " \t\r\n,":
            at += 1
        if text[at] == "]":
            return starts
        starts.append(text.count("\n", 0, at) + 1)
        _, at = decoder.raw_decode(text, at)


def _scanned_starts(path: Path) -> list[int]:
    lines = JsonElementLines(path)
    found: list[int] = []
    while (line := lines.line_of(len(found) + 1)) is not None:
        found.append(line)
    lines.close()
    return found


def test_element_scan_finds_each_elements_line_with_long_strings(tmp_path: Path) -> None:
    # Review 19b finding 5: the string token is matched in runs; long strings full of escapes,
    # quotes and brackets must still end where JSON says they end.
    long = 'x"]}[{\\' * 40000 + "中" * 100000 + "\\"
    rows: list[Any] = [
        {"a": "x]", "b": "[[{", "c": 'q"uote', "d": "back\\", "e": [[1, 2], {"f": "}"}]},
        [1, [2, [3]]],
        "str,with]brackets",
        12,
        -1.5e3,
        True,
        None,
        {},
        [],
        {"k": '\\\\"]'},
        {"comment": long, "n": 1},
        long,
        {"after": "the long ones"},
    ]
    cases = {
        "pretty": json.dumps(rows, indent=4, ensure_ascii=False),
        "ascii": json.dumps(rows, indent=2),  # \uXXXX escapes throughout
        "compact": json.dumps(rows),
        "own_lines": "[\n" + ",\n".join(json.dumps(r) for r in rows) + "\n]",
        "comma_first": "[ " + "\n, ".join(json.dumps(r) for r in rows) + "\n]",
        "crlf": json.dumps(rows, indent=2).replace("\n", "\r\n"),
        "escaped_backslash_last": '[\n"a\\\\",\n"b"\n]',
        "unicode_escape": '[\n"\\u005d\\"",\n{"x": "\\u005b"},\n3\n]',
    }
    for name, text in cases.items():
        path = tmp_path / f"{name}.json"
        path.write_text(text, encoding="utf-8")
        assert _scanned_starts(path) == _reference_starts(text), name
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + cases["pretty"].encode())
    assert _scanned_starts(bom) == _reference_starts(cases["pretty"])


def test_instaloader_profile_time_that_cannot_be_the_save_time_is_not_used(
    tmp_path: Path,
) -> None:
    # Review 19b finding 7: an mtime of 0, in the future, or before the export's newest post
    # (a copy without times) does not date the counts; the newest post does, with a note.
    post_time = datetime(2025, 11, 15, 12, 30, tzinfo=UTC)
    for name, mtime in (
        ("epoch", 0.0),
        ("future", datetime(2030, 1, 1, tzinfo=UTC).timestamp()),
        ("before", datetime(2025, 11, 1, tzinfo=UTC).timestamp()),
    ):
        profile = _instaloader_export(tmp_path / name, 48200)
        os.utime(profile, (mtime, mtime))
        records, summary, rejects = _import(tmp_path, "instaloader", tmp_path / name)
        record = records["instagram:lin.travels"]
        assert rejects == [] and record["profile"]["followers"] == 48200, name
        assert datetime.fromisoformat(record["as_of"]) == post_time, name
        assert [s["date"] for s in record["follower_history"]] == ["2025-11-15"], name
        assert any("modification time" in n and "lin.travels" in n for n in summary.notes), name
