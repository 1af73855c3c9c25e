"""Regression tests for importer and store defects found in review (small inputs, fast)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fraud.importers import run_import


def _post(note_id: str, user_id: str, nickname: str) -> dict[str, Any]:
    return {
        "note_id": note_id,
        "type": "normal",
        "title": "t",
        "desc": "",
        "time": 1763000000000,
        "last_update_time": 1763000000000,
        "user_id": user_id,
        "nickname": nickname,
        "liked_count": "10",
        "collected_count": "1",
        "comment_count": "0",
        "share_count": "0",
        "last_modify_ts": 1763683200000,
    }


def _creator(user_id: str, nickname: str, fans: int) -> dict[str, Any]:
    return {
        "user_id": user_id,
        "nickname": nickname,
        "desc": "",
        "follows": "10",
        "fans": str(fans),
        "interaction": "0",
        "last_modify_ts": 1763683200000,
    }


def _read(path: Path) -> dict[str, dict[str, Any]]:
    return {r["creator_id"]: r for r in map(json.loads, path.read_text().splitlines())}


def test_creators_sharing_a_display_name_are_not_merged(tmp_path: Path) -> None:
    folder = tmp_path / "xhs" / "json"
    folder.mkdir(parents=True)
    creators = [_creator("A", "Lily", 100), _creator("B", "Lily", 99999)]
    posts = [_post("n1", "A", "Lily"), _post("n2", "B", "Lily")]
    (folder / "search_creators_2025-11-21.json").write_text(json.dumps(creators))
    (folder / "search_contents_2025-11-21.json").write_text(json.dumps(posts))
    out = tmp_path / "out.jsonl"
    run_import("mediacrawler", [tmp_path / "xhs"], out)
    records = _read(out)
    assert records["rednote:A"]["profile"]["followers"] == 100
    assert records["rednote:B"]["profile"]["followers"] == 99999


HISTORY = "platform,creator_id,date,followers\nrednote,A,2025-11-01,100\n"


def test_import_refuses_to_write_over_its_input(tmp_path: Path) -> None:
    from fraud.cli import main

    source = tmp_path / "h2.csv"
    source.write_text(HISTORY)
    assert main(["import", "history", str(source), "-o", str(source)]) != 0
    assert source.read_text() == HISTORY


def test_failed_import_leaves_the_output_as_it_was(tmp_path: Path, monkeypatch: Any) -> None:
    import fraud.importers as importers

    source = tmp_path / "h.csv"
    source.write_text(HISTORY)
    out = tmp_path / "out.jsonl"
    out.write_text("earlier result\n")

    def broken(*args: Any, **kwargs: Any) -> Any:
        kwargs["write_record"]({"partial": True})
        raise KeyboardInterrupt

    monkeypatch.setattr(importers, "import_items", broken)
    with pytest.raises(KeyboardInterrupt):
        run_import("history", [source], out)
    assert out.read_text() == "earlier result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.csv", "out.jsonl"]
    monkeypatch.undo()
    run_import("history", [source], out)
    assert json.loads(out.read_text().splitlines()[0])["creator_id"] == "rednote:A"


BAD_HISTORY = HISTORY + "rednote,A,not-a-date,5\n"


def test_import_refuses_a_rejects_path_naming_an_input(tmp_path: Path) -> None:
    from fraud.cli import main

    source = tmp_path / "h.csv"
    source.write_text(BAD_HISTORY)
    out = tmp_path / "out.jsonl"
    assert main(["import", "history", str(source), "-o", str(out), "--rejects", str(source)]) != 0
    assert source.read_text() == BAD_HISTORY and not out.exists()


def test_import_to_stdout_sends_rejects_to_stderr(
    tmp_path: Path, monkeypatch: Any, capfd: Any
) -> None:
    from fraud.cli import main

    source = tmp_path / "h.csv"
    source.write_text(BAD_HISTORY)
    stale = tmp_path / "rejects.jsonl"
    stale.write_text("someone's file\n")
    monkeypatch.chdir(tmp_path)
    assert main(["import", "history", str(source), "-o", "-"]) == 2
    captured = capfd.readouterr()
    assert json.loads(captured.out.splitlines()[0])["creator_id"] == "rednote:A"
    assert f"{source}:3:" in captured.err
    assert stale.read_text() == "someone's file\n"  # neither written nor deleted


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-05:00"])
def test_out_of_range_time_is_a_value_error(value: str) -> None:
    from fraud.importers._values import parse_time

    with pytest.raises(ValueError, match="out of range"):
        parse_time(value, "posted_at")


def test_out_of_range_date_rejects_its_row_only(tmp_path: Path) -> None:
    source = tmp_path / "h.csv"
    source.write_text(HISTORY + "rednote,A,0001-01-01T00:00:00+01:00,5\n")
    out = tmp_path / "out.jsonl"
    summary = run_import("history", [source], out)
    assert summary.rejected == 1 and summary.imported == 1
    rejects = [json.loads(x) for x in Path(f"{out}.rejects.jsonl").read_text().splitlines()]
    assert rejects[0]["line"] == 3 and "out of range" in rejects[0]["error"]


def test_csv_row_with_a_byte_that_is_not_utf8_is_rejected_alone(tmp_path: Path) -> None:
    source = tmp_path / "h.csv"
    source.write_bytes(HISTORY.encode() + b"rednote,B\xff,2025-11-01,7\nrednote,C,2025-11-01,9\n")
    out = tmp_path / "out.jsonl"
    summary = run_import("history", [source], out)
    assert set(_read(out)) == {"rednote:A", "rednote:C"} and summary.rejected == 1
    rejects = [json.loads(x) for x in Path(f"{out}.rejects.jsonl").read_text().splitlines()]
    assert rejects[0]["line"] == 3 and "not UTF-8" in rejects[0]["error"]


def test_csv_cell_over_the_field_size_limit_is_rejected_alone(tmp_path: Path) -> None:
    source = tmp_path / "h.csv"
    huge = "x" * 200_000
    source.write_text(
        "platform,creator_id,date,followers,note\n"
        "rednote,A,2025-11-01,100,\n"
        f"rednote,B,2025-11-01,5,{huge}\n"
        "rednote,C,2025-11-01,9,\n"
    )
    out = tmp_path / "out.jsonl"
    summary = run_import("history", [source], out)
    assert set(_read(out)) == {"rednote:A", "rednote:C"} and summary.rejected == 1
    rejects = [json.loads(x) for x in Path(f"{out}.rejects.jsonl").read_text().splitlines()]
    assert rejects[0]["line"] == 3 and "field larger than field limit" in rejects[0]["error"]


def test_corrupt_truncated_or_oversized_json_xz_is_a_reject_naming_the_file(
    tmp_path: Path, monkeypatch: Any
) -> None:
    import lzma
    import shutil

    import fraud.importers._items as items

    folder = tmp_path / "lin.travels"
    shutil.copytree(
        Path(__file__).parent / "fixtures" / "exports" / "instaloader" / "lin.travels", folder
    )
    whole = lzma.compress(b'{"node": {}}' + b" " * 5000)
    (folder / "2025-11-20_00-00-00_UTC.json.xz").write_bytes(b"not xz at all")
    (folder / "2025-11-21_00-00-00_UTC.json.xz").write_bytes(whole[: len(whole) // 2])
    (folder / "2025-11-22_00-00-00_UTC.json.xz").write_bytes(whole)
    monkeypatch.setattr(items, "MAX_JSON_XZ_BYTES", 1000)
    out = tmp_path / "out.jsonl"
    summary = run_import("instaloader", [folder], out)
    rejects = [json.loads(x) for x in Path(f"{out}.rejects.jsonl").read_text().splitlines()]
    errors = {Path(r["file"]).name: r["error"] for r in rejects}
    assert "corrupt or truncated" in errors["2025-11-20_00-00-00_UTC.json.xz"]
    assert "corrupt or truncated" in errors["2025-11-21_00-00-00_UTC.json.xz"]
    assert "decompresses to more than" in errors["2025-11-22_00-00-00_UTC.json.xz"]
    assert summary.imported > 0 and "instagram:" in next(iter(_read(out)))


def test_instaloader_finds_comment_files_without_comparing_every_pair(tmp_path: Path) -> None:
    from fraud.importers.instaloader import read_instaloader

    compared = []

    class CountingPath(type(tmp_path)):  # type: ignore[misc]
        def __eq__(self, other: object) -> bool:
            compared.append(1)
            return super().__eq__(other)

        def __hash__(self) -> int:
            return super().__hash__()

    paths = []
    for i in range(30):
        for name in (f"p{i}.json", f"p{i}_comments.json"):
            text = '[{"id": 1, "text": "hi"}]' if name.endswith("_comments.json") else "[]"
            (tmp_path / name).write_text(text)
            paths.append(CountingPath(tmp_path / name))
    items = list(read_instaloader(paths))
    # Each post file rejected (not an Instaloader post), and the comment under it, none skipped.
    assert len(items) == 60
    assert len(compared) < 100  # a list scan would compare 30 x 30 pairs


def test_import_says_how_many_notes_it_did_not_print(tmp_path: Path, capfd: Any) -> None:
    # one note per creator (its follower count taken from its latest dated count): 25 notes,
    # of which only the first are printed; the rest were dropped without a word (QA, s51)
    from fraud.cli import main
    from fraud.runs import NOTES_SHOWN

    source = tmp_path / "counts.csv"
    rows = "".join(f"weibo,{n},2025-11-01,100\n" for n in range(1, 26))
    source.write_text("platform,creator_id,date,followers\n" + rows)
    assert main(["import", "history", str(source), "-o", str(tmp_path / "out.jsonl")]) == 0
    notes = [line for line in capfd.readouterr().err.splitlines() if line.startswith("note: ")]
    assert len(notes) == NOTES_SHOWN + 1
    assert notes[-1] == f"note: {25 - NOTES_SHOWN} more notes not shown"
