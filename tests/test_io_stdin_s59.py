"""Stdin and JSON-lines inputs as a newcomer sends them (session 59's README audit): gzip data
arriving through a real pipe, and an array of records printed on one line (``jq -c .``, an
API's answer piped in)."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import os
import random
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from fraud import io as fio

# random text, so the compressed data is longer than any read buffer, and a first record
# longer than GzipFile's buffer (128 KiB): the reader goes back over the first record, which
# a buffer still holding it allowed even on a pipe
_RANDOM = random.Random(59)
_RECORDS = [
    {"creator_id": f"c{n}", "n": n, "pad": f"{_RANDOM.getrandbits(16_000 if n > 1 else 800_000):x}"}
    for n in range(1, 301)
]
_LINES = b"".join(json.dumps(record).encode() + b"\n" for record in _RECORDS)


def _read_stdin(monkeypatch: pytest.MonkeyPatch, stdin: io.BufferedReader) -> list[tuple[int, Any]]:
    with io.TextIOWrapper(stdin) as wrapper:
        monkeypatch.setattr(sys, "stdin", wrapper)
        return _read("-")


def _read(source: Path | str) -> list[tuple[int, Any]]:
    """Each record of ``source`` by its number, a reject as its message."""
    return [
        (number, item.message if isinstance(item, fio.RecordError) else item)
        for number, item in fio.read_records(source)
    ]


def _pipe(data: bytes) -> io.BufferedReader:
    """The read end of an OS pipe (not seekable, as ``gzip -c x | fraud score -`` gives it),
    ``data`` written into it by a thread."""
    read_end, write_end = os.pipe()

    def write() -> None:
        with open(write_end, "wb") as sink:
            sink.write(data)

    threading.Thread(target=write, daemon=True).start()
    return open(read_end, "rb")  # closed with the wrapper that reads it


@pytest.mark.parametrize("pack", [gzip.compress, bz2.compress, lambda data: data])
@pytest.mark.parametrize("text", ["lines", "pretty", "one-line array"])
def test_compressed_or_plain_text_through_a_real_pipe_is_read_whole(
    monkeypatch: pytest.MonkeyPatch, pack: Any, text: str
) -> None:
    # gzip over a pipe was one reject, every record lost ("corrupt or truncated gzip data
    # after line 0 (File or stream is not seekable.)"): GzipFile says it can seek over any
    # stream, so the reader went back to the start of the pipe
    data = {
        "lines": _LINES,
        "pretty": json.dumps(_RECORDS, indent=2).encode(),
        "one-line array": json.dumps(_RECORDS).encode() + b"\n",
    }[text]
    read = _read_stdin(monkeypatch, _pipe(pack(data)))
    assert [item for _, item in read] == _RECORDS
    assert [number for number, _ in read] == list(range(1, len(_RECORDS) + 1))


def test_a_one_line_array_in_a_jsonl_file_gives_its_records_by_position(tmp_path: Path) -> None:
    # it was one reject: "line 1: expected a JSON object, got an array"
    path = tmp_path / "creators.jsonl"
    path.write_bytes(b"\xef\xbb\xbf  " + json.dumps(_RECORDS[:3]).encode() + b"\n\n")
    read = list(fio.read_records(path))
    assert read == [(1, _RECORDS[0]), (2, _RECORDS[1]), (3, _RECORDS[2])]


def test_a_one_line_array_with_a_bad_element_keeps_the_others(tmp_path: Path) -> None:
    path = tmp_path / "creators.jsonl"
    path.write_bytes(b'[{"a": 1}, 7, {"a": 3}]')
    read = _read(path)
    assert read[0] == (1, {"a": 1}) and read[2] == (3, {"a": 3})
    assert read[1][0] == 2 and "expected a JSON object, got a number" in read[1][1]


def test_a_one_line_array_longer_than_a_whole_text_is_streamed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fio, "WHOLE_TEXT_BYTES", 4096)
    path = tmp_path / "creators.jsonl.gz"
    path.write_bytes(gzip.compress(json.dumps(_RECORDS).encode()))
    read = list(fio.read_records(path))
    assert read == list(enumerate(_RECORDS, start=1))


def test_an_array_line_among_json_lines_is_still_a_reject_of_its_own(tmp_path: Path) -> None:
    # a text of JSON lines whose first line is an array: that line is one reject, the lines
    # after it are read (an array is never a line of JSON lines)
    path = tmp_path / "creators.jsonl"
    path.write_bytes(b'[{"a": 1}, {"a": 2}]\n{"a": 3}\n{"a": 4}\n')
    read = _read(path)
    assert read[1:] == [(2, {"a": 3}), (3, {"a": 4})]
    assert read[0][0] == 1 and "got an array" in read[0][1]


def test_an_empty_input_says_it_held_no_records(tmp_path: Path) -> None:
    # it printed "read 0, scored 0, rejected 0" and exited 0 like any success: a script
    # checking only the exit code could not tell an accidentally empty export
    from fraud.batch import run_score
    from tests.test_cli import make_stub_scorer

    source = tmp_path / "empty.jsonl"
    source.write_bytes(b"\n\n")
    out = tmp_path / "scores.jsonl"
    summary = run_score(str(source), str(out), scorer_factory=make_stub_scorer)
    assert summary.line() == "read 0, scored 0, rejected 0: the input holds no records"
    assert summary.exit_code == 0 and out.read_bytes() == b""
    assert summary.read == 0 and summary.scored + summary.rejected == summary.read
