"""Streaming readers, writers and error formatting in ``fraud.io``."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from pydantic import ValidationError

from fraud import io as fio
from fraud.schema import CreatorRecord


def _records(path: Path, fmt: Any = None) -> list[tuple[int, Any]]:
    return [
        (number, item.message if isinstance(item, fio.RecordError) else item)
        for number, item in fio.read_records(path, fmt)
    ]


def test_read_jsonl_numbers_physical_lines_and_skips_blanks(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"a": 1}\r\n\n  \n{"a": 2}\nnot json\n"text"\n{"a": 3}')
    records = _records(path)
    assert [number for number, _ in records] == [1, 4, 5, 6, 7]
    assert records[0][1] == {"a": 1} and records[4][1] == {"a": 3}
    assert records[2][1].startswith("invalid JSON")
    assert records[3][1] == "expected a JSON object, got a string"


def test_read_jsonl_skips_a_leading_byte_order_mark_only(tmp_path: Path) -> None:
    # Windows tools write a UTF-8 BOM; the Spark engine's line reader skips it, and so do we.
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"a": 1}\n\xef\xbb\xbf{"a": 2}\n')
    records = _records(path)
    assert records[0] == (1, {"a": 1})
    assert records[1][0] == 2 and records[1][1].startswith("invalid JSON")  # not first: data


@pytest.mark.parametrize("block", [1, 3, 7, 4096])
def test_read_json_array_streams_across_block_boundaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    monkeypatch.setattr(fio, "_JSON_BLOCK", block)
    items = [{"id": i, "text": 'ünïcode \\" ,]}' * i, "n": 12345678901} for i in range(20)]
    path = tmp_path / "in.json"
    path.write_text(" \n[ " + " ,\n".join(json.dumps(item) for item in items) + " ]\n", "utf-8")
    assert _records(path) == list(enumerate(items, start=1))


def test_read_json_array_rejects_non_objects_and_stops_at_syntax_error(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text('[{"a": 1}, 7, {"a": 2}, {"a": oops}, {"a": 3}]')
    records = _records(path)
    assert records[:3] == [
        (1, {"a": 1}),
        (2, "expected a JSON object, got a number"),
        (3, {"a": 2}),
    ]
    assert records[3][0] == 4 and records[3][1].startswith("invalid JSON")
    assert len(records) == 4


CUT = "without the record's closing '}', so it is probably truncated (a crawl or copy stopped mid-write)"
SAVE_AS_UTF8 = "save the file as UTF-8 and run again"


@pytest.mark.parametrize("block", [1, 5, 4096])
def test_read_json_array_names_the_record_with_bad_utf8_and_keeps_the_ones_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    monkeypatch.setattr(fio, "_JSON_BLOCK", block)
    path = tmp_path / "in.json"
    path.write_bytes(b'[{"a": "\xc3\xbc"}, {"a": 2},\n {"a": "x\xff"}, {"a": 4}]')
    assert _records(path) == [
        (1, {"a": "\u00fc"}),
        (2, {"a": 2}),
        (3, f"not UTF-8 text (byte 0xFF at line 2, column 10); {SAVE_AS_UTF8}"),
    ]
    path.write_bytes(b'[{"a": 1}, {"a": 2}\xff]')  # between records: the next one is named
    assert _records(path)[2] == (
        3,
        f"not UTF-8 text (byte 0xFF at line 1, column 20); {SAVE_AS_UTF8}",
    )
    path.write_bytes(b'{"a": "\xc3\xbc"}\xc3')  # cut off inside a character
    assert _records(path) == [
        (1, f"not UTF-8 text (byte 0xC3 at line 1, column 11); {SAVE_AS_UTF8}")
    ]
    path.write_bytes(b'  {"a": "\xc3\xbc"}\n')
    assert _records(path) == [(1, {"a": "\u00fc"})]


@pytest.mark.parametrize("block", [1, 4096])
def test_read_json_array_rejects_text_after_the_array(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    monkeypatch.setattr(fio, "_JSON_BLOCK", block)
    path = tmp_path / "in.json"
    path.write_text('[{"a": 1}, {"a": 2}]garbage')
    records = _records(path)
    assert records[:2] == [(1, {"a": 1}), (2, {"a": 2})]
    assert len(records) == 3 and records[2][0] == 3
    assert records[2][1].startswith("unexpected text after the closing ']' of the array: 'g")
    path.write_text("[]\n[]")
    assert _records(path)[0][1].startswith("unexpected text after the closing ']'")
    path.write_text('[{"a": 1}]  \n\t')
    assert _records(path) == [(1, {"a": 1})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("[]", []),
        ('{"a": 1}', [(1, {"a": 1})]),
        ('  {"a": 1}\n', [(1, {"a": 1})]),
        ('{"a": 1', [(1, f"the JSON object ends early: the file stops at line 1, column 8 {CUT}")]),
        ("7", [(1, "a .json input must be one JSON object or an array of them")]),
        ('[{"a": 1}', [(1, {"a": 1}), (2, "unexpected end of file inside the array")]),
    ],
)
def test_read_json_array_edge_cases(tmp_path: Path, text: str, expected: list[Any]) -> None:
    path = tmp_path / "in.json"
    path.write_text(text)
    assert _records(path) == expected


def test_read_stdin_as_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"a": 1}\n{"a": 2}\n')))
    assert [item for _, item in fio.read_records("-")] == [{"a": 1}, {"a": 2}]


def test_read_parquet_decodes_json_text_and_drops_nulls(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    pd.DataFrame(
        [
            {"creator_id": "a", "profile": '{"followers": 5}', "handle": None},
            {"creator_id": "b", "profile": '{"followers": 6}', "handle": "bee"},
        ]
    ).to_parquet(path)
    assert _records(path) == [
        (1, {"creator_id": "a", "profile": {"followers": 5}}),
        (2, {"creator_id": "b", "profile": {"followers": 6}, "handle": "bee"}),
    ]


def test_read_parquet_rejects_a_file_that_is_not_parquet(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    path.write_text("hello")
    with pytest.raises(ValueError, match="not a readable Parquet file"):
        list(fio.read_records(path))


def test_format_validation_error_names_field_locations() -> None:
    with pytest.raises(ValidationError) as caught:
        CreatorRecord.model_validate(
            {
                "creator_id": "x",
                "platform": "tiktok",
                "profile": {"followers": 1},
                "posts": [{"posted_at": "2026-01-01T00:00:00Z", "likes": 1, "comments": 1}] * 3
                + [{"posted_at": "2026-01-01T00:00:00Z", "likes": -1, "comments": 1}],
            }
        )
    assert fio.format_validation_error(caught.value) == (
        "posts[3].likes: Input should be greater than or equal to 0"
    )


def test_format_validation_error_limits_the_list() -> None:
    with pytest.raises(ValidationError) as caught:
        CreatorRecord.model_validate({"posts": [{}] * 4})
    text = fio.format_validation_error(caught.value, limit=2)
    assert text.startswith("creator_id: Field required; platform: Field required; (+")


def test_write_csv_flattens_and_warns_on_late_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "out.csv"
    writer = fio.open_row_writer(str(path))
    writer.write([{"id": "a", "tags": ["x", "y"], "meta": {"k": 1}, "ok": True}])
    writer.write([{"id": "b", "tags": [], "meta": {}, "ok": False, "late": 1}])
    writer.close()
    table = pd.read_csv(path)
    assert list(table.columns) == ["id", "tags", "meta", "ok"]
    assert json.loads(table["tags"][0]) == ["x", "y"]
    assert "late" in capsys.readouterr().err


def test_write_parquet_infers_schema_with_null_columns_as_text(tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    writer = fio.open_row_writer(str(path))
    writer.write([{"id": "a", "note": None, "score": 0.5}])
    writer.write([{"id": "b", "note": "later", "score": 1.0}])
    writer.close()
    table = pd.read_parquet(path)
    assert table["note"].isna().tolist() == [True, False]
    assert table["note"].iloc[1] == "later"
    assert list(table["score"]) == [0.5, 1.0]


def test_write_parquet_to_stdout_is_refused() -> None:
    with pytest.raises(ValueError, match="stdout"):
        fio.open_row_writer("-", "parquet")


def test_write_rejects_truncates_input_and_replaces_stale_file(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl.rejects.jsonl"
    path.write_text("stale\n")
    writer = fio.RejectsWriter(path)
    raw = fio.RawRecord(7, b"x" * 2000)
    writer.write(raw.number, "posts[3].likes: bad", raw.preview())
    assert path.read_text() == "stale\n"  # replaced only when the new file is complete
    writer.close()
    row = json.loads(path.read_text())
    assert row == {"line": 7, "error": "posts[3].likes: bad", "input": "x" * 500}
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_write_rejects_removes_stale_file_when_a_run_has_none(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl.rejects.jsonl"
    earlier = fio.RejectsWriter(path)
    earlier.write(3, "profile: Field required", '{"creator_id": "x"}')
    earlier.write(9, "invalid JSON", "{")
    earlier.close()
    assert path.is_file()
    fio.RejectsWriter(path).close()
    assert not path.exists()


@pytest.mark.parametrize(
    "text",
    [
        "my notes\n",
        "",
        '{"line": 1, "error": "e", "input": "i"}\nnot a rejects row\n',
        '{"line": 1, "error": "e", "input": "i", "extra": 1}\n',
        '{"creator_id": "a"}\n',
    ],
)
def test_write_rejects_leaves_a_file_it_did_not_write(tmp_path: Path, text: str) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(text)
    fio.RejectsWriter(path).close()
    assert path.read_text() == text


def test_output_target_replaces_only_on_commit(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("previous\n")
    target = fio.OutputTarget(str(path))
    writer = fio.open_row_writer(target.write_path, "jsonl")
    writer.write([{"a": 1}])
    writer.close()
    assert path.read_text() == "previous\n"
    target.commit()
    assert path.read_text() == '{"a":1}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


@pytest.mark.parametrize("name", ["out.xls", "out", "out.json", "out.txt"])
def test_unknown_output_extension_is_refused(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # not where make score left an out/ directory
    with pytest.raises(ValueError, match="cannot tell the output format"):
        fio.detect_output_format(name)


def test_detect_formats_from_extension() -> None:
    assert fio.detect_input_format("a.json") == "json"
    assert fio.detect_input_format("a.parquet") == "parquet"
    assert fio.detect_input_format("-") == "jsonl"
    assert fio.detect_output_format("a.CSV") == "csv"
    assert fio.detect_output_format("a.jsonl", "parquet") == "parquet"
    assert fio.detect_output_format("a.xlsx") == "xlsx"
    assert fio.detect_output_format("a.ndjson") == "jsonl"
    assert fio.default_rejects_path("out/x.csv") == Path("out/x.csv.rejects.jsonl")


# --------------------------------------------------------------------------- compressed input


def _compress(data: bytes, kind: str) -> bytes:
    import bz2
    import gzip

    import pyarrow as pa

    if kind == "gz":
        return gzip.compress(data)
    if kind == "bz2":
        return bz2.compress(data)
    return pa.Codec("zstd").compress(data, asbytes=True)  # type: ignore[no-any-return]


_LINES = b'{"a": 1}\n\n{"a": 2}\nnot json\n{"a": 3}\n'


@pytest.mark.parametrize("kind", ["gz", "bz2", "zst"])
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_compressed_input_reads_as_its_decompressed_text(
    tmp_path: Path, kind: str, fmt: str
) -> None:
    text = _LINES if fmt == "jsonl" else b'[{"a": 1},\n {"a": 2}, 7]'
    plain = tmp_path / f"in.{fmt}"
    plain.write_bytes(text)
    packed = tmp_path / f"in.{fmt}.{kind}"
    packed.write_bytes(_compress(text, kind))
    assert fio.detect_input_format(str(packed)) == fmt
    # same records, same numbers (lines of the decompressed text)
    assert _records(packed) == _records(plain)


@pytest.mark.parametrize("name", ["in.jsonl.xz", "in.jsonl.lz4", "in.json.snappy", "in.zip"])
def test_a_compression_not_read_alike_by_both_engines_is_refused_by_name(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xfd7zXZ\x00 whatever")
    with pytest.raises(ValueError, match=rf"{name}: .*-compressed input is not read"):
        fio.detect_input_format(str(path))
    with pytest.raises(ValueError, match="not read"):
        list(fio.iter_raw_records(path, "jsonl"))


def test_compressed_bytes_under_a_plain_name_are_refused_once(tmp_path: Path) -> None:
    # Read as text they were one "invalid JSON" reject per line of binary garbage.
    path = tmp_path / "creators.jsonl"
    path.write_bytes(_compress(_LINES * 50, "gz"))
    with pytest.raises(ValueError, match=r"creators.jsonl holds gzip-compressed data.*\.gz"):
        fio.detect_input_format(str(path))
    with pytest.raises(ValueError, match="gzip-compressed"):
        list(fio.iter_raw_records(path, "jsonl"))  # also with the format given
    fake = tmp_path / "creators.jsonl.gz"
    fake.write_bytes(_LINES)
    with pytest.raises(ValueError, match=r"named \.gz but does not hold gzip data"):
        fio.detect_input_format(str(fake))


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_text_is_refused_once_with_what_to_do(tmp_path: Path, codec: str) -> None:
    # Read as UTF-8 each line was a reject about surrogates, and the count was of lines
    # of UTF-16 (what Windows PowerShell 5 writes with `>`), not of records.
    text = _LINES.decode("utf-8")
    data = ("\ufeff" + text).encode(codec) if codec == "utf-16-be" else text.encode(codec)
    path = tmp_path / "creators.jsonl"
    path.write_bytes(data)
    with pytest.raises(ValueError, match=r"creators.jsonl: UTF-16 text.*save it as UTF-8"):
        list(fio.iter_raw_records(path, "jsonl"))
    with (
        pytest.raises(ValueError, match=r"stdin: UTF-16 text"),
        fio.open_input("-", io.BytesIO(data)),
    ):
        pass
    packed = tmp_path / "creators.jsonl.gz"
    packed.write_bytes(_compress(data, "gz"))
    with pytest.raises(ValueError, match=r"creators.jsonl.gz: UTF-16 text"):
        list(fio.iter_raw_records(packed, "jsonl"))
    with (
        pytest.raises(ValueError, match=r"stdin: UTF-16 text"),
        fio.open_input("-", io.BytesIO(_compress(data, "gz"))),
    ):
        pass
    path.write_bytes(b"\xef\xbb\xbf" + _LINES)  # UTF-8 with a byte order mark is read
    assert [raw.number for raw in fio.iter_raw_records(path, "jsonl")] == [1, 3, 4, 5]


def test_compressed_parquet_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet.gz"
    path.write_bytes(_compress(b"PAR1", "gz"))
    with pytest.raises(ValueError, match="Parquet compresses inside the file"):
        fio.detect_input_format(str(path))


@pytest.mark.parametrize("kind", ["gz", "bz2", "zst"])
def test_truncated_compressed_input_keeps_what_came_before_and_names_the_file(
    tmp_path: Path, kind: str
) -> None:
    text = b"".join(b'{"n": %d, "pad": "%s"}\n' % (n, b"x" * (n % 97)) for n in range(1, 3001))
    whole = _compress(text, kind)
    path = tmp_path / f"in.jsonl.{kind}"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    records = _records(path)
    *good, (last_number, last) = records
    assert all(isinstance(item, dict) for _, item in good)
    assert [n for n, _ in good] == list(range(1, len(good) + 1))  # nothing skipped before it
    assert last_number == len(good) + 1
    assert isinstance(last, str) and f"in.jsonl.{kind}: corrupt or truncated" in last


def test_a_truncated_gzip_input_is_scored_up_to_the_damage_and_counts_add_up(
    tmp_path: Path,
) -> None:
    import gzip

    from fraud.batch import run_score
    from tests.test_cli import make_stub_scorer

    lines = b"".join(
        b'{"creator_id": "c%d", "platform": "tiktok", "profile": {"followers": %d}}\n' % (n, n)
        for n in range(1, 2001)
    )
    whole = gzip.compress(lines)
    source = tmp_path / "creators.jsonl.gz"
    source.write_bytes(whole[: len(whole) // 2])
    out = tmp_path / "scores.jsonl"
    summary = run_score(str(source), str(out), scorer_factory=make_stub_scorer, chunk_size=64)
    scored = out.read_text("utf-8").splitlines()
    rejects = [json.loads(x) for x in Path(f"{out}.rejects.jsonl").read_text().splitlines()]
    assert summary.read == summary.scored + summary.rejected == len(scored) + 1
    assert summary.rejected == 1 and summary.exit_code == 2 and len(scored) > 100
    assert rejects[0]["line"] == len(scored) + 1
    assert "creators.jsonl.gz: corrupt or truncated gzip data" in rejects[0]["error"]


def test_compressed_stdin_is_decompressed(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(_compress(_LINES, "gz"))))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert [n for n, _ in fio.read_records("-")] == [1, 3, 4, 5]


def test_gzip_output_is_written_atomically_and_other_compressions_refused(
    tmp_path: Path,
) -> None:
    import gzip

    assert fio.detect_output_format("scores.jsonl.gz") == "jsonl"
    assert fio.detect_output_format("scores.csv.gz") == "csv"
    for name in ("scores.parquet.gz", "scores.jsonl.xz", "scores.jsonl.bz2", "scores.gz"):
        with pytest.raises(ValueError, match=name):
            fio.detect_output_format(name)
    path = tmp_path / "scores.jsonl.gz"
    target = fio.OutputTarget(str(path))
    writer = fio.open_row_writer(target.write_path, "jsonl")
    writer.write([{"a": 1}, {"a": 2}])
    writer.close()
    assert not path.exists()  # nothing at OUT until the run is complete
    target.commit()
    assert gzip.decompress(path.read_bytes()) == b'{"a":1}\n{"a":2}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["scores.jsonl.gz"]


def test_progress_total_of_compressed_input_is_unknown(tmp_path: Path) -> None:
    """The progress total counts a plain file's lines; a .gz's newlines would be a wrong total."""
    import gzip

    from fraud.batch import count_records

    plain = tmp_path / "c.jsonl"
    plain.write_bytes(b'{"a": 1}\n{"a": 2}\n')
    packed = tmp_path / "c.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes() * 500))
    assert count_records(str(plain), "jsonl") == 2
    assert count_records(str(packed), "jsonl") is None


# ---------------------------------------------------------------- forty-sixth session's review


def test_json_input_may_start_with_a_byte_order_mark(tmp_path: Path) -> None:
    """A .json array or object behind a UTF-8 BOM reads as JSONL input behind one does."""
    from fraud.io import iter_raw_records, parse_record

    array = tmp_path / "a.json"
    array.write_bytes(b'\xef\xbb\xbf[{"creator_id": "a"}, {"creator_id": "b"}]')
    one = tmp_path / "o.json"
    one.write_bytes(b'\xef\xbb\xbf \n{"creator_id": "c"}')
    assert [parse_record(r) for r in iter_raw_records(array)] == [
        {"creator_id": "a"},
        {"creator_id": "b"},
    ]
    assert [parse_record(r) for r in iter_raw_records(one)] == [{"creator_id": "c"}]


@pytest.mark.parametrize("number", ["2.5", "-1e-5", "1E+12", "-0.25"])
def test_json_array_number_cut_by_a_block_boundary(tmp_path: Path, number: str) -> None:
    """A number split by the reader's block boundary is read whole, and the records after it
    are read (a number cut after its point was read as the part before it, and the reader then
    stopped at what followed)."""
    from fraud.io import _JSON_BLOCK, iter_raw_records, parse_record

    for cut in range(1, len(number)):
        head = '[{"creator_id": "a", "pad": "'
        tail = '"}, '
        pad = _JSON_BLOCK - len(head) - len(tail) - cut
        text = head + "x" * pad + tail + number + ', {"creator_id": "b"}]'
        assert len((head + "x" * pad + tail).encode()) + cut == _JSON_BLOCK
        path = tmp_path / "n.json"
        path.write_text(text, encoding="utf-8")
        records = list(iter_raw_records(path))
        assert [r.number for r in records] == [1, 2, 3], cut
        assert records[1].payload == json.loads(number)
        assert parse_record(records[2]) == {"creator_id": "b"}


def test_output_to_a_symbolic_link_replaces_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    from fraud.io import OutputTarget

    real = tmp_path / "real"
    real.mkdir()
    (real / "out.jsonl").write_text("old\n")
    link = tmp_path / "out.jsonl"
    link.symlink_to(real / "out.jsonl")
    target = OutputTarget(str(link))
    Path(target.write_path).write_text("new\n")
    assert link.read_text() == "old\n"  # nothing changes before the commit
    target.commit()
    assert link.is_symlink() and link.read_text() == "new\n"
    assert sorted(p.name for p in real.iterdir()) == ["out.jsonl"]


def test_output_to_a_named_pipe_is_written_into_it(tmp_path: Path) -> None:
    """A path that is not a regular file (a pipe, /dev/null) is written directly: a file
    renamed over it would take its place."""
    import threading

    from fraud.io import OutputTarget

    fifo = tmp_path / "out.jsonl"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    target = OutputTarget(str(fifo))
    assert target.write_path == str(fifo)
    with open(target.write_path, "wb") as handle:
        handle.write(b"row\n")
    target.commit()
    reader.join(timeout=10)
    assert received == [b"row\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_gzip_output_names_no_file_and_no_time(tmp_path: Path) -> None:
    """The header of a .gz output holds neither the temporary file's name nor the clock, so
    two runs write the same bytes."""
    import gzip

    from fraud.io import OutputTarget, open_row_writer

    outputs = []
    for name in ("a.jsonl.gz", "b.jsonl.gz"):
        target = OutputTarget(str(tmp_path / name))
        writer = open_row_writer(target.write_path, "jsonl")
        writer.write([{"a": 1}])
        writer.close()
        target.commit()
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
    flags, mtime = outputs[0][3], outputs[0][4:8]
    assert not flags & 0x08 and mtime == b"\0\0\0\0"  # no FNAME, no MTIME
    assert gzip.decompress(outputs[0]) == b'{"a":1}\n'


FULL_DISK_SCRIPT = """
import resource, sys
from fraud import cli
from tests.test_cli import StubScorer
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1])))
cli.ScorerLoader = lambda model_dir=None: StubScorer
sys.exit(cli.main(sys.argv[2:]))
"""


@pytest.mark.parametrize("where", ["mid-run", "last flush"])
def test_a_failed_write_leaves_no_temporary_file_and_no_cut_partial(
    tmp_path: Path, where: str
) -> None:
    """A disk that fills mid-run or at the last flush (a file size limit a little under the
    output's size): the output path is left as it was, no temporary file stays, and no
    ``.partial`` holds a cut line (the JSONL writer kept one; a failure at the end left the
    temporary file)."""
    from tests.test_cli import _creator

    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(_creator(f"c{i}") for i in range(1000)) + "\n")
    out = tmp_path / "out.jsonl"

    def run(limit: int) -> subprocess.CompletedProcess[str]:
        argv = ["score", str(source), "-o", str(out), "--jobs", "1"]
        argv += ["--rejects", str(tmp_path / "r.jsonl"), "--overwrite"]
        return subprocess.run(
            [sys.executable, "-c", FULL_DISK_SCRIPT, str(limit), *argv],
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parents[1],
            timeout=120,
        )

    assert run(1 << 40).returncode == 0
    size = out.stat().st_size
    out.write_text("earlier\n")
    done = run(size // 3 if where == "mid-run" else size - 10)
    assert done.returncode != 0, done.stderr
    assert out.read_text() == "earlier\n"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    for partial in tmp_path.glob("out.jsonl.partial"):
        for line in partial.read_text().splitlines():
            json.loads(line)
