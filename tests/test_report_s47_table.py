"""``fraud table`` reads a file that starts with a UTF-8 byte-order mark (review s47, item 5).

Windows editors and Excel's "CSV UTF-8" habit write one; a BOM-prefixed JSON array had every
record skipped, a BOM-prefixed JSONL lost its first creator.
"""

from __future__ import annotations

import codecs
import gzip
import json
from pathlib import Path

import pytest

from fraud import cli

RESULTS = [
    {
        "creator_id": f"weibo:bom{i}",
        "verdict": "authentic",
        "authenticity": 90.0 + i,
        "fraud_probability": 0.1 - i / 100,
        "confidence": "high",
        "reasons": [],
    }
    for i in range(3)
]


@pytest.mark.parametrize(
    "name, text",
    [
        ("array.json", json.dumps(RESULTS, indent=1)),
        ("lines.jsonl", "\n".join(json.dumps(result) for result in RESULTS) + "\n"),
        ("one.json", json.dumps(RESULTS[0], indent=1)),
    ],
)
def test_table_reads_a_file_with_a_byte_order_mark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str
) -> None:
    path = tmp_path / name
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    zipped = tmp_path / f"{name}.gz"
    zipped.write_bytes(gzip.compress(path.read_bytes()))
    expected = 1 if name == "one.json" else len(RESULTS)
    for source in (path, zipped):
        assert cli.main(["table", str(source)]) == 0, source
        out, err = capsys.readouterr()
        assert err == ""
        shown = [r["creator_id"] for r in RESULTS if r["creator_id"] in out]
        assert shown == [r["creator_id"] for r in RESULTS[:expected]]
