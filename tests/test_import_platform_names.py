"""Platform names in their full-width forms, as a Chinese input method types them (``Ｂ站``,
``ｘｈｓ``, ``ＲｅｄＮｏｔｅ``), are the names they show: they were refused ("unknown
platform") where ``B站``, ``xhs`` and ``RedNote`` were accepted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fraud.cli import main
from fraud.importers.history import canonical_platform
from tests.test_import_sources import _import


@pytest.mark.parametrize(
    ("name", "platform"),
    [
        ("Ｂ站", "bilibili"),
        ("ｂ站", "bilibili"),
        ("ｘｈｓ", "rednote"),
        ("ＲｅｄＮｏｔｅ", "rednote"),
        ("ＤＹ", "douyin"),
        ("\u3000快手\u3000", "kuaishou"),  # ideographic spaces around it
        ("ｙｏｕｔｕｂｅ", "youtube"),
        ("ｗｅｃｈａｔ－ｃｈａｎｎｅｌｓ", "wechat_channels"),
    ],
)
def test_full_width_platform_names_are_the_names_they_show(name: str, platform: str) -> None:
    assert canonical_platform(name) == platform


def test_a_counts_sheet_may_name_a_platform_in_full_width(tmp_path: Path) -> None:
    history = tmp_path / "counts.csv"
    history.write_text(
        "platform,creator_id,date,followers\nＢ站,3001,2025-11-01,456000\nB站,3001,2025-11-02,457000\n",
        encoding="utf-8",
    )
    records, _, rejects = _import(tmp_path, "history", history)
    assert rejects == [] and sorted(records) == ["bilibili:3001"]
    assert len(records["bilibili:3001"]["follower_history"]) == 2


@pytest.mark.parametrize(("source", "platform"), [("history", "Ｂ站"), ("mediacrawler", "ｘｈｓ")])
def test_the_platform_option_takes_full_width_names(
    tmp_path: Path, source: str, platform: str
) -> None:
    if source == "history":
        given = tmp_path / "counts.csv"
        given.write_text("creator_id,date,followers\n3001,2025-11-01,456000\n")
        inputs, expected = [given], "bilibili:3001"
    else:  # a MediaCrawler export outside its data/{platform}/ folder: --platform says which
        given = tmp_path / "search_contents_2025-11-21.json"
        post = {"note_id": "n1", "user_id": "u1", "time": 1763000000000, "liked_count": "3"}
        given.write_text(json.dumps([post]))
        creators = tmp_path / "search_creators_2025-11-21.json"
        creators.write_text(json.dumps([{"user_id": "u1", "fans": "100"}]))
        inputs, expected = [given, creators], "rednote:u1"
    out = tmp_path / "out.jsonl"
    argv = ["import", source, *map(str, inputs), "-o", str(out), "--platform", platform]
    assert main(argv) == 0
    assert [json.loads(x)["creator_id"] for x in out.read_text().splitlines()] == [expected]


def test_a_mediacrawler_folder_named_in_full_width_is_its_platform(tmp_path: Path) -> None:
    folder = tmp_path / "ｄｙ" / "jsonl"
    folder.mkdir(parents=True)
    post = {"aweme_id": "a1", "sec_uid": "MS4wLjAB", "create_time": 1763000000, "liked_count": 3}
    (folder / "search_contents_2025-11-21.jsonl").write_text(json.dumps(post) + "\n")
    creator = {"user_id": "MS4wLjAB", "fans": "100"}
    (folder / "search_creators_2025-11-21.jsonl").write_text(json.dumps(creator) + "\n")
    records, _, rejects = _import(tmp_path, "mediacrawler", tmp_path / "ｄｙ")
    assert rejects == [] and sorted(records) == ["douyin:MS4wLjAB"]
