"""A MediaCrawler ``.json`` export cut off mid-file (a crawl killed while writing, a copy
stopped early) is one reject that says the array ends early, where the file stops and that it
is probably truncated, not the decoder's "Expecting ',' delimiter"; every complete item before
the cut is imported, as it was before."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fraud.importers import run_import
from tests.test_import_rejects import _post


def _import_cut(tmp_path: Path, text: str) -> tuple[list[str], Any, list[dict[str, Any]]]:
    """Import ``text`` as an xhs contents file beside a creators file; the posts imported,
    the summary and the rejects."""
    folder = tmp_path / "xhs" / "json"
    folder.mkdir(parents=True)
    (folder / "search_contents_2025-11-21.json").write_text(text, encoding="utf-8")
    (folder / "search_creators_2025-11-21.json").write_text(
        json.dumps([{"user_id": "good", "fans": "100"}])
    )
    out = tmp_path / "out.jsonl"
    summary = run_import("mediacrawler", [tmp_path / "xhs"], out)
    posts = [
        p["post_id"] for r in map(json.loads, out.read_text().splitlines()) for p in r["posts"]
    ]
    rejects_file = Path(f"{out}.rejects.jsonl")
    rejects = [json.loads(x) for x in rejects_file.read_text().splitlines()]
    assert summary.read == summary.imported + summary.rejected
    return sorted(posts), summary, rejects


# MediaCrawler writes its JSON store with json.dump(..., ensure_ascii=False, indent=4).
WHOLE = json.dumps([_post("n1"), _post("n2"), _post("n3")], ensure_ascii=False, indent=4)


@pytest.mark.parametrize(
    ("cut_after", "lost"),
    [
        ('"liked_count": "1', "item 3, cut in two, is left out"),  # inside a string
        ('"time": 17630', "item 3, cut in two, is left out"),  # inside a number
        ('"comment_count": "2",', "item 3, cut in two, is left out"),  # between two fields
    ],
)
def test_a_json_export_cut_inside_an_item_says_where_it_stops(
    tmp_path: Path, cut_after: str, lost: str
) -> None:
    start = WHOLE.index('"n3"')
    text = WHOLE[: WHOLE.index(cut_after, start) + len(cut_after)]
    posts, summary, rejects = _import_cut(tmp_path, text)
    assert posts == ["n1", "n2"]
    [reject] = rejects
    lines = text.splitlines()
    where = f"line {len(lines)}, column {len(lines[-1]) + 1}"
    error = reject["error"]
    assert f"the JSON array ends early: the file stops at {where}" in error
    assert "probably truncated" in error and "2 complete items before the cut were read" in error
    assert lost in error and "Expecting" not in error and "Unterminated" not in error
    item_line = WHOLE[: WHOLE.rindex("{", 0, start)].count("\n") + 1
    assert reject["element"] == 3 and reject["line"] == item_line
    assert summary.rejected == 1


def test_a_json_export_cut_between_items_says_where_it_stops(tmp_path: Path) -> None:
    text = WHOLE[: WHOLE.index("}", WHOLE.index('"n2"')) + 1] + ",\n"
    posts, _, [reject] = _import_cut(tmp_path, text)
    assert posts == ["n1", "n2"]
    line = len(text.rstrip().splitlines())
    assert (
        f"the file stops at line {line}, column 7 without the array's closing ']'"
        in (reject["error"])
    )
    assert "2 complete items before the cut were read" in reject["error"]
    assert "left out" not in reject["error"]


def test_a_mistake_inside_a_json_export_is_not_called_a_truncation(tmp_path: Path) -> None:
    text = WHOLE.replace('"n2",', '"n2"', 1)  # a comma missing mid-file: not a cut
    posts, _, [reject] = _import_cut(tmp_path, text)
    assert posts == ["n1"]
    assert "truncated" not in reject["error"] and "invalid JSON" in reject["error"]


def test_the_place_of_the_cut_is_exact_in_a_file_read_in_many_blocks(tmp_path: Path) -> None:
    rows = [{**_post(f"n{i}"), "desc": "长文" * 5000} for i in range(100)]
    whole = json.dumps(rows, ensure_ascii=False, indent=4)
    text = whole[: len(whole) * 2 // 3]  # a megabyte and more: the reader's buffer moves on
    posts, _, [reject] = _import_cut(tmp_path, text)
    lines = text.rstrip().splitlines()
    assert f"stops at line {len(lines)}, column {len(lines[-1]) + 1} " in reject["error"]
    assert f"the {len(posts)} complete items before the cut were read" in reject["error"]


def test_fraud_score_words_a_cut_off_array_as_the_import_does(tmp_path: Path) -> None:
    """``fraud score`` reads a ``.json`` input with the same reader: its reject of a cut-off
    array says the same as the import's (it said "invalid JSON: Expecting ',' delimiter")."""
    from fraud.batch import validate_creator
    from fraud.io import iter_raw_records

    path = tmp_path / "creators.json"
    path.write_text('[\n {"creator_id": "a"},\n {"creator_id": "b", "pla', encoding="utf-8")
    reasons = [validate_creator(raw) for raw in iter_raw_records(str(path))]
    assert isinstance(reasons[-1], str)
    assert reasons[-1].startswith("the JSON array ends early: the file stops at line 3")
    assert (
        "the 1 complete item before the cut was read; item 2, cut in two, is left out"
        in (reasons[-1])
    )
