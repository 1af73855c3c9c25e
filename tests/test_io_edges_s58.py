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

import contextlib
import io
import json
import random
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


# A review of session 58 found that a long text's value led by white space was not taken as
# the part's first value: an indented record (or one after blank lines) that a part cut short
# was read again in the same part forever (100% CPU, no output), and one record longer than
# 64 MiB after a blank line or indentation was read as JSON lines, every line a reject (before
# the session: one record). A line longer than a part after the first part hung the same way.


class _Hung(Exception):
    pass


@contextlib.contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    """Fail, rather than hang, a read that does not end within ``seconds``."""

    def hung(signum: int, frame: object) -> None:
        raise _Hung(f"not done after {seconds} s: the reader loops")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _indented(name: str, indent: str = "  ", **changes: Any) -> str:
    record = json.dumps({**GOOD, "creator_id": name, **changes}, indent=2)
    return "\n".join(indent + line for line in record.split("\n"))


def _read_in_parts(path: Path, monkeypatch: pytest.MonkeyPatch, part: int) -> list:
    with monkeypatch.context() as patched, _deadline(20):
        patched.setattr(fio, "WHOLE_TEXT_BYTES", part)
        return _outcomes(path)


def _hanging_texts() -> dict[str, str]:
    head = [_pretty(creator_id=f"p{i}") for i in range(60)]  # longer than the first part read
    posts = [{"id": f"x{i}", "text": "words " * 10} for i in range(40)]
    return {
        "a broken indented record, indented records after it": "\n".join(
            [
                *head,
                _indented("broken").rsplit("\n", 3)[0],
                *(_indented(f"i{i}") for i in range(99)),
            ]
        )
        + "\n",
        "indented records longer than a part": "\n".join(
            [*head, *(_indented(f"i{i}", posts=posts) for i in range(5))]
        )
        + "\n",
        "records longer than a part after blank lines": "\n\n\n".join(
            [*head, *(_indented(f"b{i}", indent="", posts=posts) for i in range(5))]
        )
        + "\n",
        "tab-indented records after a blank line": "\n".join(
            [*head, "", *(_indented(f"t{i}", indent="\t", posts=posts[:9]) for i in range(30))]
        )
        + "\n",
        "a line longer than a part": "\n".join(
            [*head, _line(creator_id="long", bio="x" * 9000), *head[:20]]
        )
        + "\n",
    }


@pytest.mark.parametrize("name", list(_hanging_texts()))
def test_a_long_texts_part_led_by_white_space_is_read_on_not_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text(_hanging_texts()[name], "utf-8")
    whole = _outcomes(path)
    assert len(whole) > 60
    for part in (300, 1000, 2000):  # before: no end (the same part read again)
        assert _read_in_parts(path, monkeypatch, part) == whole


@pytest.mark.parametrize("lead", ["\n", "  ", "\t", "\r\n", "\n\n  ", "\ufeff  "])
def test_one_long_record_after_blank_lines_or_indentation_is_one_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lead: str
) -> None:
    posts = [{"id": f"x{i}", "text": "words " * 10} for i in range(400)]  # ~40 KB
    path = tmp_path / "one.jsonl"
    path.write_text(lead + json.dumps({**GOOD, "creator_id": "big", "posts": posts}, indent=2))
    whole = _outcomes(path)
    assert whole == [(1, "big")]
    assert _read_in_parts(path, monkeypatch, 2000) == whole  # before: 800 rejects, a line each


def test_a_part_that_gives_nothing_ends_the_reading_with_a_reject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the guard under the check that reads on: with the check as it was (a value at the part's
    # very start only), the part led by indentation gives nothing, and is not read again
    path = tmp_path / "long.jsonl"
    path.write_text(_hanging_texts()["indented records longer than a part"], "utf-8")
    whole = _outcomes(path)
    monkeypatch.setattr(fio, "_first_goes_on", lambda scan, text: scan and scan.tail == 0)
    read = _read_in_parts(path, monkeypatch, 1000)
    assert read[:-1] == whole[:60]
    assert read[-1][1] == fio._STUCK.format(line=whole[60][0])


def _random_text(seed: int) -> str:
    """Pretty records (at the line start, indented, after blank lines), broken ones, JSON
    lines and junk, in a random mix; the first is a pretty record, so that the text's first
    part holds one as the whole text does."""
    rng = random.Random(seed)
    pieces = [_pretty(creator_id="first")]
    for i in range(rng.randint(40, 120)):
        lead = rng.choice(["", "", "\n", "\n\n", "  \n"]) + rng.choice(["", "", "  ", "\t"])
        name = f"r{i}"
        kind = rng.random()
        if kind < 0.45:
            posts = [{"id": f"x{k}"} for k in range(rng.choice([0, 0, 3, 30, 120]))]
            piece = _indented(name, indent=lead.rsplit("\n", 1)[-1], posts=posts)
            piece = lead.rsplit("\n", 1)[0] + "\n" + piece if "\n" in lead else piece
        elif kind < 0.6:  # a pretty record cut short
            lines = _indented(name, indent=rng.choice(["", "  "])).split("\n")
            piece = "\n".join(lines[: rng.randint(1, len(lines) - 1)])
        elif kind < 0.9:
            piece = _line(creator_id=name)
        else:
            piece = rng.choice(["oops", "{", "]", '{"creator_id": "' + name])
        pieces.append(piece)
    return "\n".join(pieces) + "\n"


@pytest.mark.parametrize("seed", range(12))
def test_a_random_long_text_is_read_in_parts_as_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    path = tmp_path / "random.jsonl"
    path.write_text(_random_text(seed), "utf-8")
    whole = _outcomes(path)
    assert any(what.startswith("invalid JSON") for _, what in whole)
    for part in (200, 700, 1500, 5000):
        assert _read_in_parts(path, monkeypatch, part) == whole, part


@pytest.mark.parametrize("lead", ["\n", "\r\n", "\n\n  \n"])
def test_a_byte_order_mark_and_blank_lines_before_a_pretty_record_are_blank(
    tmp_path: Path, lead: str
) -> None:
    # before: the mark's line counted as the first line that is not blank, so a pretty record
    # after it was read as JSON lines, a reject for each of its lines
    text = (lead + _pretty(creator_id="a") + "\n" + _pretty(creator_id="b") + "\n").encode()
    path, plain = tmp_path / "bom.jsonl", tmp_path / "plain.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + text)
    plain.write_bytes(text)
    outcomes = _outcomes(path)
    assert [name for _, name in outcomes] == ["a", "b"]
    assert outcomes == _outcomes(plain)  # numbered by the line each starts on, as without
    assert outcomes[0][0] == 1 + lead.count("\n")
    path.write_bytes(b"\xef\xbb\xbf" + (lead + _pretty(creator_id="c") + "\n").encode())
    assert _outcomes(path) == [(1, "c")]  # one value: one record, as a .json file's


def test_a_long_text_after_a_lone_bracket_is_an_array_unless_json_lines_follow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = [{**GOOD, "creator_id": name} for name in "abc"]
    arrays = {  # every way an array is printed with its "[" alone: streamed by its elements
        "jq": json.dumps(records, indent=2),
        "indent 0": json.dumps(records, indent=0),
        "an element a line": "[\n" + ",\n".join(json.dumps(r) for r in records) + "\n]",
    }
    lines = "[\n" + "\n".join(json.dumps(r) for r in records) + "\n]\n"
    monkeypatch.setattr(fio, "WHOLE_TEXT_BYTES", 64)  # each text is a long one
    for name, text in arrays.items():
        path = tmp_path / "array.jsonl"
        path.write_text(text, "utf-8")
        assert [what for _, what in _outcomes(path)] == ["a", "b", "c"], name
    path = tmp_path / "lines.jsonl"
    path.write_text(lines, "utf-8")
    outcomes = _outcomes(path)  # before: "a", then one reject; "b" and "c" lost
    assert [number for number, _ in outcomes] == [1, 2, 3, 4, 5]
    assert [what for _, what in outcomes][1:4] == ["a", "b", "c"]
