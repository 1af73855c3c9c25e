"""``fraud table`` reads the compressed results ``fraud score`` writes (review s20 r5 item 7).

``fraud score -o new.jsonl.gz`` writes gzip; ``fraud table new.jsonl.gz`` said "not UTF-8
text (byte 1)". The table now decompresses as fraud.io reads an input.
"""

from __future__ import annotations

import bz2
import gzip
import io
from pathlib import Path
from typing import Any

import orjson
import pytest

from fraud.report.commands import run_table
from fraud.report.table import TableInputError, read_results
from fraud.schema import CreatorRecord
from tests.conftest import load_sample


@pytest.fixture(scope="module")
def plain(scorer: Any) -> bytes:
    """Two sample creators' results as ``fraud score`` writes them (JSON lines)."""
    results = [
        scorer.score(CreatorRecord.model_validate(load_sample(name))).model_dump(mode="json")
        for name in ("genuine_koc_rednote", "bought_followers_weibo")
    ]
    return b"".join(orjson.dumps(r) + b"\n" for r in results)


@pytest.mark.parametrize(("suffix", "compress"), [(".gz", gzip.compress), (".bz2", bz2.compress)])
def test_compressed_results_are_read_as_the_plain_ones(
    tmp_path: Path, plain: bytes, suffix: str, compress: Any
) -> None:
    unpacked = tmp_path / "new.jsonl"
    unpacked.write_bytes(plain)
    packed = tmp_path / f"new.jsonl{suffix}"
    packed.write_bytes(compress(plain))
    assert read_results(packed) == read_results(unpacked)
    results, rejected = read_results(packed)
    assert len(results) == 2 and not rejected


def test_gzip_on_stdin_is_read(plain: bytes) -> None:
    assert read_results("-", stdin=io.BytesIO(gzip.compress(plain))) == read_results(
        "-", stdin=io.BytesIO(plain)
    )


def test_a_truncated_or_misnamed_file_is_one_clear_error(tmp_path: Path, plain: bytes) -> None:
    truncated = tmp_path / "cut.jsonl.gz"
    truncated.write_bytes(gzip.compress(plain * 50)[:60])
    with pytest.raises(TableInputError, match="damaged gzip data"):
        read_results(truncated)
    misnamed = tmp_path / "packed.jsonl"
    misnamed.write_bytes(gzip.compress(plain))
    err = io.StringIO()
    assert run_table(str(misnamed), stdout=io.StringIO(), stderr=err) == 1
    message = err.getvalue()
    assert message.count(str(misnamed)) == 2  # named once, and once in the rename advice
    assert "holds gzip-compressed data but its name does not say so" in message
