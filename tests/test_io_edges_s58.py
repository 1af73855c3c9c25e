"""JSON lines that start like pretty-printed records (session 58); each test failed before.

A text whose first line is a lone ``{`` or ``[`` is read as pretty-printed records one after
the other when it holds any (``jq '.[]'``). A value the decoder found over several lines was
taken as one such record however it was printed, so in JSON lines a broken line that the next
line's text made whole was one record from two lines (``{"creator_id": "b", ...,`` and
``"profile": {...}}``), and a line cut after a ``[`` swallowed the records after it until a
later ``]`` closed it (a record silently lost inside another's field). A value is now one
record over several lines only when printed as a pretty-printer prints one: its ``{`` or ``[``
alone on its first line and its closing bracket alone on its last; the lines of any other are
each read as a JSON line (a reject numbered by its line, or a record). And a pretty-printed
array among the values (``jq .`` of an array, then more text) gives its records, each numbered
by the line it starts on, where the whole array was one reject ("expected a JSON object").
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from fraud import io as fio
from tests.test_cli import _read_jsonl, _run
from tests.test_input_edges import GOOD, _line, _outcomes


def _pretty(**changes: str) -> str:
    return json.dumps({**GOOD, **changes}, indent=2)


def _score(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[str, list[str], list[int]]:
    """The run's counts line, the creators scored and the rejects' line numbers."""
    out = path.with_name("out.jsonl")
    _run(["score", str(path), "-o", str(out), "--jobs", "1"], monkeypatch)
    counts = next(line for line in capsys.readouterr().err.splitlines() if ", scored " in line)
    rejects = path.with_name("out.jsonl.rejects.jsonl")
    lines = [row["line"] for row in _read_jsonl(rejects)] if rejects.exists() else []
    return counts, [row["creator_id"] for row in _read_jsonl(out)], lines


def test_a_broken_line_joined_by_the_next_is_two_rejects_not_one_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # before: lines 3-4 were read as one pretty record "b" (read 4, scored 3, rejected 1)
    lines = ["{", _line(creator_id="a"), '{"creator_id": "b", "platform": "tiktok",']
    lines += ['"profile": {"followers": 10}}', _line(creator_id="c")]
    path = tmp_path / "joined.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    assert [number for number, _ in _outcomes(path)] == [1, 2, 3, 4, 5]
    counts, scored, rejected = _score(path, monkeypatch, capsys)
    assert "read 5, scored 2, rejected 3" in counts
    assert scored == ["a", "c"] and rejected == [1, 3, 4]


def test_a_lone_brace_joined_with_the_next_line_is_two_rejects(tmp_path: Path) -> None:
    lines = ["{", '"creator_id": "a", "platform": "tiktok", "profile": {"followers": 10}}']
    path = tmp_path / "split.jsonl"
    path.write_text("\n".join([*lines, _line(creator_id="b")]) + "\n", "utf-8")
    outcomes = _outcomes(path)  # before: [(1, "a"), (3, "b")]
    assert [number for number, _ in outcomes] == [1, 2, 3]
    assert outcomes[0][1].startswith("invalid JSON") and outcomes[1][1].startswith("invalid JSON")
    assert outcomes[2] == (3, "b")


def test_a_line_cut_after_a_bracket_does_not_swallow_the_next_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # before: record "c" (line 4) was read as a post of "b" (lines 3-5): lost, no reject said so
    cut = '{"creator_id": "b", "platform": "tiktok", "profile": {"followers": 10}, "posts": ['
    lines = ["{", _line(creator_id="a"), cut, _line(creator_id="c"), "]}", _line(creator_id="d")]
    path = tmp_path / "swallowed.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    counts, scored, rejected = _score(path, monkeypatch, capsys)
    assert "read 6, scored 3, rejected 3" in counts
    assert scored == ["a", "c", "d"] and rejected == [1, 3, 5]


def test_among_pretty_records_a_joined_line_is_each_line_a_reject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pretty = _pretty(creator_id="a")
    size = pretty.count("\n") + 1
    joined = '{"creator_id": "b", "platform": "tiktok",\n"profile": {"followers": 10}}'
    path = tmp_path / "mixed.jsonl"  # with CRLF line ends, as a Windows editor saves it
    text = "\n".join([pretty, joined, _pretty(creator_id="c")]) + "\n"
    path.write_bytes(text.replace("\n", "\r\n").encode())
    counts, scored, rejected = _score(path, monkeypatch, capsys)
    assert "read 4, scored 2, rejected 2" in counts  # before: read 3, scored 3
    assert scored == ["a", "c"] and rejected == [size + 1, size + 2]


def test_a_pretty_array_followed_by_more_text_gives_its_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # before: the array was one reject ("expected a JSON object, got an array"): a, b unread
    array = json.dumps([{**GOOD, "creator_id": "a"}, {**GOOD, "creator_id": "b"}], indent=2)
    path = tmp_path / "array.jsonl"
    path.write_text("\ufeff" + array + "\njunk\n" + _line(creator_id="c") + "\n", "utf-8")
    size = array.count("\n") + 1
    outcomes = _outcomes(path)
    second = 2 + _pretty(creator_id="a").count("\n") + 1  # where the second element starts
    assert [number for number, _ in outcomes] == [2, second, size + 1, size + 2]
    assert outcomes[2][1].startswith("invalid JSON: Expecting value: line")
    counts, scored, rejected = _score(path, monkeypatch, capsys)
    assert "read 4, scored 3, rejected 1" in counts
    assert scored == ["a", "b", "c"] and rejected == [size + 1]


def test_pretty_records_and_arrays_as_a_pretty_printer_writes_them_stay_records(
    tmp_path: Path,
) -> None:
    # what is printed whole stays one record: jq '.[]' output, json.dumps(indent=0), and
    # two jq . arrays one after the other
    path = tmp_path / "pretty.jsonl"
    flat = json.dumps({**GOOD, "creator_id": "b"}, indent=0)
    path.write_text(_pretty(creator_id="a") + "\n" + flat + "\n", "utf-8")
    assert [what for _, what in _outcomes(path)] == ["a", "b"]
    arrays = [json.dumps([{**GOOD, "creator_id": name}], indent=2) for name in ("c", "d")]
    path.write_text("\n".join(arrays) + "\n", "utf-8")
    second = arrays[0].count("\n") + 3
    assert _outcomes(path) == [(2, "c"), (second, "d")]


# --------------------------------------------------------------------------- long texts
# A text that starts with a lone "{" and is longer than WHOLE_TEXT_BYTES (64 MiB) was read as a
# .json file: held whole in memory, then one reject ("more text follows the record"), every
# record lost, for JSON lines after a stray "{" and for jq '.[]' output alike. It is now judged
# by its first part as a shorter text is and read part by part.


def _long_texts() -> dict[str, str]:
    pretty = [_pretty(creator_id=f"p{i}") for i in range(30)]
    pretty[7] = pretty[7].removesuffix("}")  # a broken record among them
    lines = [_line(creator_id=f"a{i}") for i in range(40)]
    lines[9] = lines[9][:30]  # a line cut short
    return {
        "jsonl after a stray brace": "\n".join(["{", *lines]) + "\n",
        "jq '.[]' output": "\n".join(pretty) + "\n",
        "jq '.[]' output, CRLF": ("\n".join(pretty) + "\n").replace("\n", "\r\n"),
        "records and lines": "\n".join([pretty[0], *lines[:5], pretty[1], "oops", pretty[2]] * 4),
    }


@pytest.mark.parametrize("name", list(_long_texts()))
@pytest.mark.parametrize("part", [300, 700])
def test_a_long_text_is_read_as_the_same_text_short(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, part: int
) -> None:
    text = _long_texts()[name]
    path = tmp_path / "long.jsonl"
    path.write_bytes(text.encode())
    whole = _outcomes(path)  # read whole: 64 MiB is more than it
    assert len(whole) > 5 and any(what.startswith("invalid JSON") for _, what in whole)
    monkeypatch.setattr(fio, "WHOLE_TEXT_BYTES", part)  # now read part by part
    assert len(text) > 3 * part
    assert _outcomes(path) == whole  # before: [(1, <one reject>)]


def test_a_long_jsonl_after_a_stray_brace_on_stdin_scores_its_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _long_texts()["jsonl after a stray brace"]
    monkeypatch.setattr(fio, "WHOLE_TEXT_BYTES", 500)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert _run(["score", "-", "-o", "-", "--jobs", "1"], monkeypatch) == 2
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 39
    assert "read 41, scored 39, rejected 2" in captured.err
