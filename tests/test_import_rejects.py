"""Bad input gets a clear reject (file, line, reason) and nothing else is lost.

The export is MediaCrawler's JSONL/JSON layout (``data/{platform}/{format}/...``, fields of
``store/xhs/__init__.py`` in NanmiCoder/MediaCrawler), spoiled one row at a time.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fraud.importers import run_import
from fraud.schema import CreatorRecord

LM = 1763683200000


def _post(note_id: str, **changes: Any) -> dict[str, Any]:
    row = {
        "note_id": note_id,
        "type": "normal",
        "time": 1763000000000,
        "user_id": "good",
        "nickname": "好",
        "liked_count": "120",
        "collected_count": "3",
        "comment_count": "2",
        "share_count": "1",
        "last_modify_ts": LM,
    }
    row.update(changes)
    return row


def _comment(comment_id: str, note_id: str, **changes: Any) -> dict[str, Any]:
    row = {
        "comment_id": comment_id,
        "note_id": note_id,
        "content": "很好看",
        "user_id": "u1",
        "create_time": 1763000100000,
        "like_count": "1",
        "parent_comment_id": 0,
        "last_modify_ts": LM,
    }
    row.update(changes)
    return row


def _jsonl(path: Path, rows: list[Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "".join(
            (r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows
        ),
        encoding="utf-8",
    )


def _run(
    tmp_path: Path, *inputs: Path, **options: Any
) -> tuple[dict[str, Any], Any, list[dict[str, Any]]]:
    out = tmp_path / "out.jsonl"
    summary = run_import("mediacrawler", list(inputs), out, **options)
    records = {r["creator_id"]: r for r in map(json.loads, out.read_text().splitlines())}
    for record in records.values():
        CreatorRecord.model_validate(record)
    path = Path(f"{out}.rejects.jsonl")
    rejects = [json.loads(x) for x in path.read_text().splitlines()] if path.exists() else []
    assert summary.read == summary.imported + summary.rejected
    return records, summary, rejects


def test_every_kind_of_bad_row_is_rejected_and_the_rest_arrives(tmp_path: Path) -> None:
    data = tmp_path / "data" / "xhs" / "jsonl"
    contents = data / "search_contents_2025-11-21.jsonl"
    comments = data / "search_comments_2025-11-21.jsonl"
    creators = data / "search_creators_2025-11-21.jsonl"
    huge = "好" * (10 * 1024 * 1024)  # a 10 MB comment
    _jsonl(
        contents,
        [
            _post("n1"),
            _post("n2", liked_count="abc万"),  # line 2: not a count
            '{"note_id": "n3", "user_id": "good", "time": 17630',  # line 3: truncated JSON
            _post("n4", liked_count={"value": 3}),  # line 4: wrong type
            _post("n5", time=1763100000),  # seconds, fine
            "[1, 2]",  # line 6: not an object
        ],
    )
    _jsonl(
        comments,
        [
            _comment("c1", "n1"),
            _comment("c2", "n1", content=huge),  # line 2: 10 MB
            _comment("c3", "missing-post"),  # line 3: its post is not exported
            _comment("c4", "n5", content=12345),  # line 4: content not text
            _comment("c5", "n5", user_id="good", parent_comment_id="c1"),
            _comment("c6", "n2"),  # line 6: post n2 was rejected
        ],
    )
    _jsonl(
        creators,
        [
            {
                "user_id": "good",
                "nickname": "好",
                "fans": "2.5万",
                "follows": "10",
                "last_modify_ts": LM,
            }
        ],
    )
    unknown = tmp_path / "data" / "foo" / "json" / "search_contents_2025-11-21.json"
    unknown.parent.mkdir(parents=True)
    unknown.write_text(json.dumps([_post("x1", user_id="other")]))

    records, summary, rejects = _run(tmp_path, tmp_path / "data")
    reasons = {(Path(r["file"]).name, r["line"]): r["error"] for r in rejects}
    assert "not a count" in reasons[(contents.name, 2)] and "abc万" in reasons[(contents.name, 2)]
    assert "invalid JSON" in reasons[(contents.name, 3)]
    assert "liked_count must be a number, got dict" in reasons[(contents.name, 4)]
    assert "expected a JSON object" in reasons[(contents.name, 6)]
    assert "10485760 characters" in reasons[(comments.name, 2)]
    assert "'missing-post' was not imported: it is not in the export" in reasons[(comments.name, 3)]
    assert "content must be text" in reasons[(comments.name, 4)]
    assert "'n2' was not imported" in reasons[(comments.name, 6)]
    assert (
        "unknown platform" in reasons[(unknown.name, 0)]
        and "--platform" in reasons[(unknown.name, 0)]
    )
    assert len(rejects) == 9

    # Nothing else is lost: the good creator has its two posts and both good comments.
    record = records["rednote:good"]
    assert [p["post_id"] for p in record["posts"]] == ["n1", "n5"]
    assert sorted(c["comment_id"] for c in record["comments"]) == ["c1", "c5"]
    assert record["profile"]["followers"] == 25000
    reply = next(c for c in record["comments"] if c["comment_id"] == "c5")
    assert reply["from_creator"] is True and reply["parent_id"] == "c1"
    assert summary.read == 14 and summary.imported == 5 and summary.rejected == len(rejects)


def test_truncated_json_array_keeps_the_elements_before_the_cut(tmp_path: Path) -> None:
    folder = tmp_path / "xhs" / "json"
    folder.mkdir(parents=True)
    text = json.dumps([_post("n1"), _post("n2"), _post("n3")])
    (folder / "search_contents_2025-11-21.json").write_text(text[: len(text) - 40])
    (folder / "search_creators_2025-11-21.json").write_text(
        json.dumps([{"user_id": "good", "fans": "100"}])
    )
    records, _, rejects = _run(tmp_path, tmp_path / "xhs")
    assert sorted(p["post_id"] for p in records["rednote:good"]["posts"]) == ["n1", "n2"]
    assert len(rejects) == 1 and rejects[0]["element"] == 3 and rejects[0]["line"] == 1


def test_creator_without_follower_count_is_rejected_not_guessed(tmp_path: Path) -> None:
    folder = tmp_path / "xhs" / "jsonl"
    _jsonl(folder / "search_contents_2025-11-21.jsonl", [_post("n1"), _post("n2")])
    _jsonl(folder / "search_comments_2025-11-21.jsonl", [_comment("c1", "n1")])
    records, summary, rejects = _run(tmp_path, tmp_path / "xhs")
    assert records == {}
    assert len(rejects) == 1
    assert "rednote:good: no follower count" in rejects[0]["error"]
    assert "3 rows" in rejects[0]["error"]
    assert summary.rejected == summary.read == 3  # its posts and comment go with it


def test_an_empty_follower_field_is_missing_not_zero(tmp_path: Path) -> None:
    folder = tmp_path / "xhs" / "csv"
    folder.mkdir(parents=True)
    (folder / "search_contents_2025-11-21.csv").write_text(
        "note_id,user_id,time,liked_count,comment_count\nn1,good,1763000000000,5,1\n",
        encoding="utf-8-sig",
    )
    (folder / "search_creators_2025-11-21.csv").write_text(
        "user_id,fans,follows\ngood,,12\n", encoding="utf-8-sig"
    )
    records, _, rejects = _run(tmp_path, tmp_path / "xhs")
    assert records == {} and "no follower count" in rejects[0]["error"]


def test_profiles_table_rows_with_bad_values_are_rejected(tmp_path: Path) -> None:
    folder = tmp_path / "xhs" / "jsonl"
    _jsonl(folder / "search_contents_2025-11-21.jsonl", [_post("n1")])
    profiles = tmp_path / "profiles.csv"
    profiles.write_text("platform,creator_id,followers\nxhs,good,1.1万\nmars,x,5\nxhs,y,abc万\n")
    records, _, rejects = _run(tmp_path, tmp_path / "xhs", profiles=[profiles])
    assert records["rednote:good"]["profile"]["followers"] == 11000
    errors = sorted(r["error"] for r in rejects)
    assert "unknown platform 'mars'" in errors[1] and "abc万" in errors[0]


def test_an_element_without_a_start_line_is_placed_at_the_files_last_line(
    tmp_path: Path,
) -> None:
    # Review 19b finding 6: `line` is always a line of the file, never an element number.
    folder = tmp_path / "xhs" / "json"
    folder.mkdir(parents=True)
    cut = json.dumps([_post("n1"), _post("n2")], indent=4).removesuffix("\n]")  # no 3rd, no ]
    (folder / "search_contents_2025-11-21.json").write_text(cut)
    after = json.dumps([_post("n3")], indent=4) + "\nnot json\n"  # text after the array
    (folder / "search_contents_2025-11-22.json").write_text(after)
    (folder / "search_creators_2025-11-21.json").write_text(
        json.dumps([{"user_id": "good", "fans": "100"}])
    )
    records, _, rejects = _run(tmp_path, tmp_path / "xhs")
    assert sorted(p["post_id"] for p in records["rednote:good"]["posts"]) == ["n1", "n2", "n3"]
    placed = sorted((Path(r["file"]).name, r["line"], r["element"]) for r in rejects)
    assert placed == [
        ("search_contents_2025-11-21.json", len(cut.splitlines()), 3),
        ("search_contents_2025-11-22.json", len(after.splitlines()), 2),
    ]


def _ytdlp_info(comments: list[Any]) -> dict[str, Any]:
    return {
        "id": "vid1",
        "channel_id": "UCabc",
        "channel_follower_count": 5000,
        "timestamp": 1763000000,
        "epoch": 1763683200,
        "like_count": 30,
        "comment_count": len(comments),
        "comments": comments,
    }


def test_ytdlp_comments_rejected_after_staging_keep_their_element(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A comment whose post was not imported is rejected from the staging database, after
    # every file was read: it names its place in the comments list as the reader's own do.
    from fraud import importers
    from fraud.importers._items import PostItem
    from fraud.importers.ytdlp import read_ytdlp

    def without_posts(inputs: Any, platform: str | None = None) -> Any:
        return (item for item in read_ytdlp(inputs, platform) if not isinstance(item, PostItem))

    monkeypatch.setitem(importers.SOURCES, "ytdlp", without_posts)
    comments = [{"id": str(n), "text": f"c{n}", "author_id": "u"} for n in range(1, 4)]
    path = tmp_path / "a [vid1].info.json"
    path.write_text(json.dumps(_ytdlp_info(comments)))
    out = tmp_path / "out.jsonl"
    summary = run_import("ytdlp", [path], out)
    rejects = [json.loads(x) for x in Path(f"{out}.rejects.jsonl").read_text().splitlines()]
    orphans = [r for r in rejects if "was not imported" in r["error"]]
    assert [(r["line"], r.get("element")) for r in orphans] == [(1, 1), (1, 2), (1, 3)]
    assert summary.read == summary.imported + summary.rejected


def test_ytdlp_comment_reject_names_the_info_json_line_and_the_comment(tmp_path: Path) -> None:
    comments: list[Any] = [
        {"id": str(n), "text": f"c{n}", "author_id": "u", "timestamp": 1763000000}
        for n in range(1, 5)
    ]
    comments.append({"id": "5", "author_id": "u"})  # no text
    info = {
        "id": "vid1",
        "channel_id": "UCabc",
        "channel_follower_count": 5000,
        "timestamp": 1763000000,
        "epoch": 1763683200,
        "like_count": 30,
        "comment_count": 5,
        "comments": comments,
    }
    path = tmp_path / "a [vid1].info.json"
    path.write_text(json.dumps(info))  # one line, as yt-dlp writes it
    out = tmp_path / "out.jsonl"
    run_import("ytdlp", [path], out)
    rejects = [json.loads(x) for x in Path(f"{out}.rejects.jsonl").read_text().splitlines()]
    assert [(r["line"], r["element"]) for r in rejects] == [(1, 5)]
