"""Each source's fixture files, written by hand from each tool's documented format.

* ``tests/fixtures/exports/mediacrawler_old``: MediaCrawler's older schema, fields as built in
  ``store/{xhs,douyin,kuaishou,bilibili,weibo}/__init__.py`` (NanmiCoder/MediaCrawler:
  ``update_xhs_note``, ``update_xhs_note_comment``, ``save_creator``, ``update_douyin_aweme``,
  ``update_dy_aweme_comment``, ``update_kuaishou_video``, ``update_bilibili_video``,
  ``update_up_info``, ``update_weibo_note``...), written as JSON arrays (xhs, wb), JSONL (dy,
  ks) and CSV with a BOM (bili) under ``data/{platform}/{format}/{crawl}_{kind}_{date}``
  (``tools/async_file_writer.py``).
* ``mediacrawler_new``: the newer schema of ``store/xhs/__init__.py`` at MediaCrawler commit
  49956d4 (``creator_hash`` = ``anonymize_user_id`` of ``tools/user_hash.py`` for authors and
  commenters, masked ``nickname``, comments with ``comment_level``, ``is_author_reply``,
  ``root_comment_id`` and comma-joined ``show_tags``, and only ``creator_profile.json`` with
  the hash and nickname, no counts); ``dy/`` holds Douyin rows of a derived version of that
  schema that repeats the author's observed counts on each post (``followers_count``,
  ``followers_observed``, ``author_followers_zero_suspicious``, from its
  ``store/douyin/__init__.py`` ``_normalized_author_stats``).
* ``instaloader``: ``{"node", "instaloader"}`` wrappers of ``save_structure_to_file``
  (instaloader/structures.py), ``.json`` and ``.json.xz``, and the ``_comments.json`` list of
  ``Instaloader.update_comments`` (``id, created_at, text, owner, likes_count, answers``).
* ``ytdlp``: an ``.info.json`` written with ``--write-comments`` (fields listed in yt-dlp's
  README and ``extractor/common.py``: ``channel_follower_count``, ``comments[].author_id``,
  ``author_is_uploader``, ``parent``, ``timestamp``).
* ``history``: a follower-tracking CSV (``platform, handle, date, followers, following``).
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fraud.importers import run_import
from fraud.importers.mediacrawler import anonymize_user_id
from fraud.schema import CreatorRecord

EXPORTS = Path(__file__).parent / "fixtures" / "exports"


def _import(
    tmp_path: Path, source: str, *inputs: Path, **options: Any
) -> tuple[dict[str, Any], Any, list[dict[str, Any]]]:
    out = tmp_path / "out.jsonl"
    summary = run_import(source, list(inputs), out, **options)
    records = {r["creator_id"]: r for r in map(json.loads, out.read_text().splitlines())}
    for record in records.values():
        CreatorRecord.model_validate(record)  # every output row is a valid CreatorRecord
    rejects_path = Path(f"{out}.rejects.jsonl")
    rejects = (
        [json.loads(x) for x in rejects_path.read_text().splitlines()]
        if rejects_path.exists()
        else []
    )
    assert summary.read == summary.imported + summary.rejected
    return records, summary, rejects


def _by_text(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["text"]: c for c in record["comments"]}


def test_mediacrawler_older_schema_every_platform(tmp_path: Path) -> None:
    records, summary, rejects = _import(tmp_path, "mediacrawler", EXPORTS / "mediacrawler_old")
    assert rejects == [] and summary.rejected == 0
    assert sorted(records) == [
        "bilibili:3001",
        "douyin:MS4wLjAB",
        "kuaishou:ks100",
        "rednote:5f00aa",
        "weibo:600001",
    ]
    assert summary.read == 21 and summary.creators == 5


def test_mediacrawler_xhs_abbreviated_counts_and_millisecond_times(tmp_path: Path) -> None:
    records, _, _ = _import(tmp_path, "mediacrawler", EXPORTS / "mediacrawler_old" / "xhs")
    xhs = records["rednote:5f00aa"]
    assert xhs["profile"] == {"followers": 56000, "following": 120, "bio": "穿搭博主"}  # "5.6万"
    first, second = xhs["posts"]
    # "1.2万", "10万+", "1234", "3.4w"; then "1.5k", "2亿"
    assert (first["likes"], first["comments"], first["shares"], first["saves"]) == (
        12000,
        100000,
        1234,
        34000,
    )
    assert (second["likes"], second["shares"]) == (1500, 200_000_000)
    assert first["posted_at"] == "2025-11-13T02:13:20Z"  # time 1763000000000 ms
    assert first["format"] == "image" and second["format"] == "video"
    assert xhs["as_of"] == "2025-11-21T00:00:00Z"  # last_modify_ts (ms)


def test_mediacrawler_replies_keep_parent_and_creator_comments_are_marked(tmp_path: Path) -> None:
    records, _, _ = _import(tmp_path, "mediacrawler", EXPORTS / "mediacrawler_old")
    xhs = _by_text(records["rednote:5f00aa"])
    assert xhs["链接在主页哦"]["from_creator"] is True
    assert xhs["链接在主页哦"]["parent_id"] == "c1"
    assert xhs["好看！求链接"]["from_creator"] is False and "parent_id" not in xhs["好看！求链接"]
    assert xhs["👍👍👍"]["likes"] == 10000  # "1万"
    douyin = _by_text(records["douyin:MS4wLjAB"])
    assert (
        douyin["谢谢支持"] | {} == douyin["谢谢支持"] and douyin["谢谢支持"]["from_creator"] is True
    )
    assert douyin["谢谢支持"]["parent_id"] == "d1"
    assert douyin["太棒了"]["posted_at"] == "2025-11-13T02:15:00Z"  # create_time in seconds
    weibo = _by_text(records["weibo:600001"])
    assert "parent_id" not in weibo["同感"]  # Weibo's rootid of a top comment is its own id
    assert weibo["哈哈"]["parent_id"] == "w1" and weibo["哈哈"]["from_creator"] is True
    bili = _by_text(records["bilibili:3001"])
    assert bili["谢谢"]["parent_id"] == "b1" and bili["谢谢"]["from_creator"] is True


def test_mediacrawler_platform_specific_counts(tmp_path: Path) -> None:
    records, _, _ = _import(tmp_path, "mediacrawler", EXPORTS / "mediacrawler_old")
    bili = records["bilibili:3001"]
    assert bili["profile"]["followers"] == 456000  # total_fans "45.6万" (CSV)
    post = bili["posts"][0]
    assert (post["views"], post["coins"], post["danmaku"], post["saves"]) == (
        120000,
        1500,
        300,
        900,
    )
    douyin = records["douyin:MS4wLjAB"]
    assert douyin["profile"] == {"followers": 120000, "following": 50, "posts": 210, "bio": "跳舞"}
    kuaishou = records["kuaishou:ks100"]
    assert kuaishou["profile"]["followers"] == 33000  # "3.3w"
    # Kuaishou contents carry no comment count: the exported comments are counted.
    assert kuaishou["posts"][0]["comments"] == 1 and kuaishou["posts"][0]["views"] == 88000
    assert records["weibo:600001"]["profile"]["followers"] == 23000


def test_mediacrawler_newer_schema_takes_counts_from_profiles(tmp_path: Path) -> None:
    folder = EXPORTS / "mediacrawler_new"
    records, summary, rejects = _import(
        tmp_path, "mediacrawler", folder / "xhs", profiles=[folder / "profiles.csv"]
    )
    # profiles.csv names the platform's user id 5f00bb11; the export only its creator_hash.
    assert anonymize_user_id("5f00bb11") == "6aef7bda3e7786b3"
    record = records["rednote:6aef7bda3e7786b3"]
    assert record["handle"] == "林安娜"  # from creator_profile.json; the notes mask it
    assert record["profile"] == {"followers": 81000, "following": 210, "posts": 320}
    by_text = _by_text(record)
    assert by_text["谢谢你的反馈"]["from_creator"] is True  # is_author_reply, show_tags
    assert by_text["谢谢你的反馈"]["parent_id"] == "n1"
    assert by_text["用了一个月，效果真的好"]["from_creator"] is False
    assert "parent_id" not in by_text["用了一个月，效果真的好"]  # parent_comment_id ""
    # The second creator has no count anywhere: rejected with that reason, no made-up count.
    assert "rednote:0ef6b04f2c016870" not in records
    assert len(rejects) == 1 and "no follower count" in rejects[0]["error"]
    assert rejects[0]["file"].endswith("search_contents_2025-11-22.jsonl")
    assert rejects[0]["line"] == 2 and summary.creators_rejected == 1


def test_mediacrawler_newer_douyin_rows_carry_observed_author_counts(tmp_path: Path) -> None:
    records, summary, rejects = _import(
        tmp_path, "mediacrawler", EXPORTS / "mediacrawler_new" / "dy"
    )
    record = records[f"douyin:{anonymize_user_id('88001')}"]
    assert record["profile"] == {"followers": 125000, "following": 80, "posts": 150}
    # A 0 the crawler flags as suspicious (the platform hid the count) is not a count.
    assert f"douyin:{anonymize_user_id('88002')}" not in records
    assert len(rejects) == 1 and "no follower count" in rejects[0]["error"]
    assert summary.creators == 1 and summary.creators_rejected == 1


def test_mediacrawler_newer_schema_without_profiles_rejects_every_creator(tmp_path: Path) -> None:
    folder = EXPORTS / "mediacrawler_new" / "xhs"
    records, summary, rejects = _import(tmp_path, "mediacrawler", folder)
    assert records == {}
    assert summary.creators_rejected == 2 and summary.rejected == summary.read == 5
    assert all("no follower count" in r["error"] for r in rejects)


def test_instaloader_profile_directory(tmp_path: Path) -> None:
    records, summary, rejects = _import(
        tmp_path, "instaloader", EXPORTS / "instaloader" / "lin.travels"
    )
    assert rejects == []
    record = records["instagram:lin.travels"]
    assert record["profile"]["followers"] == 48200 and record["profile"]["posts"] == 340
    posts = {p["post_id"]: p for p in record["posts"]}
    assert posts["DBx1aaaa"]["likes"] == 2100 and posts["DBx1aaaa"]["format"] == "image"
    assert posts["DBx2bbbb"]["views"] == 30500  # from the .json.xz file
    comments = _by_text(record)
    assert comments["Thank you Amy!"]["from_creator"] is True
    assert comments["Thank you Amy!"]["parent_id"] == "18000000001"  # an answer keeps its parent
    assert comments["Gorgeous shot!"]["from_creator"] is False
    assert comments["Gorgeous shot!"]["posted_at"] == "2025-11-10T09:00:00Z"
    assert summary.comments == 3


def test_instaloader_with_follower_history(tmp_path: Path) -> None:
    export = tmp_path / "export"
    shutil.copytree(EXPORTS / "instaloader", export)
    # The profile file dated by its crawl (after the export's newest post, 2025-11-15 12:30),
    # not at checkout time.
    crawled = datetime(2025, 11, 16, 6, 0, tzinfo=UTC).timestamp()
    os.utime(export / "lin.travels" / "lin.travels_4012345678.json.xz", (crawled, crawled))
    records, _, _ = _import(
        tmp_path, "instaloader", export, histories=[EXPORTS / "history" / "follower_counts.csv"]
    )
    history = records["instagram:lin.travels"]["follower_history"]
    assert len(history) == 10 and history[0] == {
        "date": "2025-11-01",
        "followers": 47100,
        "following": 510,
    }
    assert history[-1] == {"date": "2025-11-16", "followers": 48200, "following": 512}


def test_ytdlp_info_json_with_comments(tmp_path: Path) -> None:
    records, _, rejects = _import(tmp_path, "ytdlp", EXPORTS / "ytdlp")
    assert rejects == []
    record = records["youtube:UCabc123"]
    assert record["handle"] == "@anacooks"
    assert record["profile"] == {"followers": 152000}
    assert record["as_of"] == "2025-11-21T00:00:00Z"  # epoch
    assert record["posts"][0] == {
        "post_id": "dQw4w9WgXcQ",
        "posted_at": "2025-11-11T22:26:40Z",
        "format": "video",
        "likes": 5400,
        "comments": 3,
        "views": 210000,
    }
    comments = _by_text(record)
    assert comments["So glad you liked it!"]["from_creator"] is True
    assert comments["So glad you liked it!"]["parent_id"] == "Ugx1"
    assert "parent_id" not in comments["first"]  # parent "root"


def test_history_source_alone(tmp_path: Path) -> None:
    records, summary, _ = _import(tmp_path, "history", EXPORTS / "history" / "follower_counts.csv")
    record = records["instagram:lin.travels"]
    assert record["profile"]["followers"] == 47900  # the latest dated count
    assert [h["followers"] for h in record["follower_history"]][:2] == [47100, 47200]
    assert summary.read == 9 == summary.imported


def test_importing_one_file_of_a_directory_with_platform_option(tmp_path: Path) -> None:
    source = EXPORTS / "mediacrawler_old" / "dy" / "jsonl" / "creator_contents_2025-11-21.jsonl"
    copy = tmp_path / "contents_export.jsonl"  # the path no longer names the platform
    copy.write_bytes(source.read_bytes())
    creators = EXPORTS / "mediacrawler_old" / "dy" / "jsonl" / "creator_creators_2025-11-21.jsonl"
    records, _, rejects = _import(tmp_path, "mediacrawler", copy, creators, platform="dy")
    assert rejects == [] and list(records) == ["douyin:MS4wLjAB"]


@pytest.mark.parametrize("source", ["mediacrawler", "instaloader", "ytdlp", "history"])
def test_cli_import_writes_records_and_summary(
    tmp_path: Path, source: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from fraud.cli import main

    inputs = {
        "mediacrawler": EXPORTS / "mediacrawler_old",
        "instaloader": EXPORTS / "instaloader",
        "ytdlp": EXPORTS / "ytdlp",
        "history": EXPORTS / "history" / "follower_counts.csv",
    }[source]
    out = tmp_path / "out.jsonl"
    assert main(["import", source, str(inputs), "-o", str(out)]) == 0
    assert out.read_text().strip()
    assert "rejected 0 rows" in capsys.readouterr().err


def test_cli_import_exit_code_and_rejects_path_when_rows_are_rejected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fraud.cli import main

    out = tmp_path / "out.jsonl"
    assert (
        main(["import", "mediacrawler", str(EXPORTS / "mediacrawler_new" / "xhs"), "-o", str(out)])
        == 2
    )
    err = capsys.readouterr().err
    assert f"rejects written to {out}.rejects.jsonl" in err
    assert "read 5, imported 0, rejected 5 rows" in err
    assert main(["import", "myspace", str(out), "-o", str(out)]) == 1  # unknown source
    assert "invalid choice: 'myspace'" in capsys.readouterr().err


def test_a_row_cut_off_short_is_rejected_not_imported(tmp_path: Path) -> None:
    """A CSV whose last row was cut off (a crawl killed mid-write) keeps fewer cells than its
    header: 47900 cut to 47 must not become the creator's follower count."""
    whole = (EXPORTS / "history" / "follower_counts.csv").read_text(encoding="utf-8")
    cut = tmp_path / "counts.csv"
    cut.write_text(whole.rstrip("\n") + "\ninstagram,lin.travels,2025-11-10,48", encoding="utf-8")
    records, summary, rejects = _import(tmp_path, "history", cut)
    assert records["instagram:lin.travels"]["profile"]["followers"] == 47900  # the last whole row
    assert summary.rejected == 1 and len(rejects) == 1
    assert rejects[0]["line"] == whole.count("\n") + 1
    assert "cells: cut off" in rejects[0]["error"]
    assert rejects[0]["input"] == "instagram,lin.travels,2025-11-10,48"


def test_a_mistyped_input_path_leaves_the_output_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fraud.cli import main

    out = tmp_path / "today.jsonl"
    history = EXPORTS / "history" / "follower_counts.csv"
    assert main(["import", "history", str(history), "-o", str(out)]) == 0
    before = out.read_bytes()
    capsys.readouterr()
    for source, wrong in [
        ("history", tmp_path / "follower_count.csv"),
        ("mediacrawler", tmp_path / "MediaCrawlr" / "data" / "xhs"),
        ("ytdlp", tmp_path / "vidoes"),
    ]:
        assert main(["import", source, str(wrong), "-o", str(out)]) == 1
        assert f"no such file or directory: {wrong}" in capsys.readouterr().err
        assert out.read_bytes() == before
        assert not Path(f"{out}.rejects.jsonl").exists()


def test_short_rows_inside_the_file_are_whole(tmp_path: Path) -> None:
    """Spreadsheets leave trailing empty cells out: such rows are whole, missing cells empty;
    only the file's cut-off end is rejected (an open quote that ran to it, or no final line
    break: see test_a_row_cut_off_short_is_rejected_not_imported)."""
    ragged = tmp_path / "ragged.csv"
    ragged.write_text(
        "platform,handle,date,followers,following,posts\n"
        "instagram,lin.travels,2025-11-01,47100\n"
        "instagram,lin.travels,2025-11-02,47200,510,88\n"
        "instagram,lin.travels,2025-11-03,47300\n",
        encoding="utf-8",
    )
    records, summary, rejects = _import(tmp_path, "history", ragged)
    assert rejects == [] and summary.imported == 3
    history = records["instagram:lin.travels"]["follower_history"]
    assert [h["followers"] for h in history] == [47100, 47200, 47300]
    quoted = tmp_path / "quoted.csv"
    quoted.write_text(
        "platform,handle,date,followers,following\ninstagram,lin.travels,2025-11-01,47100,510\n"
        'instagram,"lin.travels,2025-11-02,47200,510\n',
        encoding="utf-8",
    )
    _, summary, rejects = _import(tmp_path, "history", quoted)
    assert summary.imported == 1 and [r["line"] for r in rejects] == [3]
    assert "cut off" in rejects[0]["error"]


def test_a_utf16_csv_is_one_clear_reject(tmp_path: Path) -> None:
    whole = (EXPORTS / "history" / "follower_counts.csv").read_text(encoding="utf-8")
    path = tmp_path / "counts.csv"
    path.write_bytes(whole.encode("utf-16"))  # what PowerShell 5 writes with >
    _, summary, rejects = _import(tmp_path, "history", path)
    assert summary.read == 1 == summary.rejected
    assert "UTF-16 text" in rejects[0]["error"] and "save it as UTF-8" in rejects[0]["error"]


def test_the_last_record_is_cut_off_only_when_its_quote_is_left_open(tmp_path: Path) -> None:
    from fraud.importers._items import _iter_csv

    def read(text: str) -> list[tuple[int, Any]]:
        path = tmp_path / "rows.csv"
        path.write_text(text, encoding="utf-8")
        return [(w.line, getattr(item, "reason", item)) for w, item in _iter_csv(path)]

    # a closed multi-line last cell, and a stray quote inside an unquoted cell, are whole
    assert read('a,b,c\n1,"x\ny"\n') == [(2, {"a": "1", "b": "x\ny", "c": None})]
    assert read('a,b\n1,5" screen') == [(2, {"a": "1", "b": '5" screen'})]
    # text after a closed quote on one line is read as anywhere else in a file
    assert read('a,b\n1,x\n2,"5" screen\n')[-1] == (3, {"a": "2", "b": "5 screen"})
    # an open quote in the last column took the rows after it: the record is rejected
    assert "quote left open" in read('a,b,c\n1,2,"xyz\n7,8,"9\n')[0][1]  # closed later
    rows = read('a,b,c\n1,2,3\n4,5,"xyz\n7,8,9\n')
    assert rows[0] == (2, {"a": "1", "b": "2", "c": "3"})
    assert rows[1][0] == 3 and "quote left open" in rows[1][1]


# ---------------------------------------------------------------- forty-sixth session's review


def test_bilibili_csv_contents_named_videos(tmp_path: Path) -> None:
    """MediaCrawler's Bilibili CSV store writes its contents as ``{crawl}_videos_{date}.csv``
    (its JSON stores and the other platforms say ``contents``); they were skipped unseen, and
    every comment then rejected as on a post not in the export."""
    export = tmp_path / "bili" / "csv"
    shutil.copytree(EXPORTS / "mediacrawler_old" / "bili" / "csv", export)
    (export / "search_contents_2025-11-21.csv").rename(export / "search_videos_2025-11-21.csv")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    expected, _, _ = _import(tmp_path / "a", "mediacrawler", EXPORTS / "mediacrawler_old" / "bili")
    records, _, rejects = _import(tmp_path / "b", "mediacrawler", tmp_path / "bili")
    assert rejects == [] and records == expected
    assert [len(r["posts"]) for r in records.values()] == [1]


def test_weibo_times_from_create_date_time(tmp_path: Path) -> None:
    """MediaCrawler's older ``rfc2822_to_timestamp`` made Weibo's ``create_time`` 8 hours late
    (China time read as UTC); ``create_date_time`` is right in every version, and wins."""
    export = tmp_path / "weibo" / "json"
    export.mkdir(parents=True)
    shifted = int(datetime(2025, 11, 20, 21, 30, tzinfo=UTC).timestamp())  # 21:30 +08 as UTC
    rows = {
        "contents": {
            "note_id": "5001",
            "content": "hi",
            "create_time": shifted,
            "create_date_time": "2025-11-20 21:30:00+08:00",
            "liked_count": "300",
            "comments_count": "1",
            "shared_count": "10",
            "user_id": "600001",
            "nickname": "u",
        },
        "comments": {
            "comment_id": "c1",
            "note_id": "5001",
            "content": "ok",
            "create_time": shifted + 1800,
            "create_date_time": "2025-11-20 22:00:00",  # naive: China time
            "comment_like_count": "1",
            "user_id": "7",
        },
        "creators": {"user_id": "600001", "nickname": "u", "follows": "3", "fans": "1.2万"},
    }
    for kind, row in rows.items():
        (export / f"search_{kind}_2025-11-20.json").write_text(json.dumps([row]))
    records, _, rejects = _import(tmp_path, "mediacrawler", tmp_path / "weibo")
    assert rejects == []
    (record,) = records.values()
    assert record["posts"][0]["posted_at"] == "2025-11-20T13:30:00Z"
    assert record["comments"][0]["posted_at"] == "2025-11-20T14:00:00Z"


def test_history_rows_by_handle_join_the_creator_with_that_handle(tmp_path: Path) -> None:
    """A tracking row with a handle and no id belongs to the creator with an id and that
    handle: it joined its history and also became a second creator of its own."""
    history = tmp_path / "history.csv"
    history.write_text(
        "platform,creator_id,handle,date,followers\n"
        "instagram,,a,2025-11-02,110\n"
        "instagram,123,a,2025-11-01,100\n"
        "instagram,,b,2025-11-02,7\n"
    )
    records, _, rejects = _import(tmp_path, "history", history)
    assert rejects == [] and sorted(records) == ["instagram:123", "instagram:b"]
    assert records["instagram:123"]["follower_history"] == [
        {"date": "2025-11-01", "followers": 100},
        {"date": "2025-11-02", "followers": 110},
    ]


def test_history_date_as_a_json_number(tmp_path: Path) -> None:
    """``"date": 20251102`` in JSON is the date a CSV cell of it reads (it was 1970-08-23)."""
    history = tmp_path / "history.jsonl"
    rows = [
        {"platform": "instagram", "handle": "a", "date": d, "followers": f}
        for d, f in ((20251102, 100), ("2025-11-03", 110))
    ]
    history.write_text("".join(json.dumps(row) + "\n" for row in rows))
    records, _, rejects = _import(tmp_path, "history", history)
    assert rejects == []
    assert [s["date"] for s in records["instagram:a"]["follower_history"]] == [
        "2025-11-02",
        "2025-11-03",
    ]


def test_an_infinite_count_is_a_reject_not_a_crash(tmp_path: Path) -> None:
    export = tmp_path / "xhs" / "json"
    shutil.copytree(EXPORTS / "mediacrawler_old" / "xhs" / "json", export)
    contents = next(export.glob("*contents*.json"))
    rows = json.loads(contents.read_text())
    rows[0]["liked_count"] = 1e400  # json.dumps writes Infinity, which Python's json reads
    contents.write_text(json.dumps(rows))
    _, summary, rejects = _import(tmp_path, "mediacrawler", tmp_path / "xhs")
    assert summary.rejected >= 1
    assert any("liked_count must be a whole non-negative number" in r["error"] for r in rejects)


def test_single_json_documents_may_start_with_a_byte_order_mark(tmp_path: Path) -> None:
    export = tmp_path / "yt"
    shutil.copytree(EXPORTS / "ytdlp", export)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    expected, _, _ = _import(tmp_path / "a", "ytdlp", EXPORTS / "ytdlp")
    for path in export.rglob("*.info.json"):
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    records, _, rejects = _import(tmp_path / "b", "ytdlp", export)
    assert rejects == [] and records == expected


def test_import_to_a_gz_output_is_compressed(tmp_path: Path) -> None:
    """``-o creators.jsonl.gz`` held plain JSON, which ``fraud score`` then refused."""
    import gzip

    from fraud.io import iter_raw_records, parse_record

    out = tmp_path / "creators.jsonl.gz"
    run_import("ytdlp", [EXPORTS / "ytdlp"], out)
    records = [parse_record(raw) for raw in iter_raw_records(out)]
    assert gzip.decompress(out.read_bytes()).count(b"\n") == len(records) == 1
    assert isinstance(records[0], dict) and records[0]["platform"] == "youtube"


def test_an_older_creators_file_beside_newer_posts_is_one_creator(tmp_path: Path) -> None:
    # Session 46's left-undone list: an older export's creators row names the platform's user
    # id; a newer export's posts name its creator_hash. They were two creators: the posts with
    # no follower count (rejected) and the counts with no posts.
    folder = tmp_path / "xhs"
    shutil.copytree(EXPORTS / "mediacrawler_new" / "xhs", folder)
    older = {"user_id": "5f00bb11", "nickname": "林安娜", "follows": "210", "fans": "8.1万"}
    (folder / "json").mkdir()
    (folder / "json" / "search_creators_2025-11-21.json").write_text(
        json.dumps([older | {"last_modify_ts": 1763683200000}], ensure_ascii=False), "utf-8"
    )
    records, _summary, rejects = _import(tmp_path, "mediacrawler", folder)
    assert "rednote:5f00bb11" not in records
    record = records["rednote:6aef7bda3e7786b3"]
    assert record["profile"]["followers"] == 81000 and record["profile"]["following"] == 210
    assert len(record["posts"]) >= 1
    # the other creator of the newer export still has no count anywhere: rejected as before
    assert len(rejects) == 1 and "no follower count" in rejects[0]["error"]
