"""Deeply nested JSON is a clear reject everywhere, never a RecursionError traceback."""

from __future__ import annotations

import json
from pathlib import Path

from fraud import cli
from fraud.validation import parse_creator
from tests.conftest import SAMPLES
from tests.test_cli import make_stub_scorer

DEEP = b'{"a":' * 50_000 + b"1" + b"}" * 50_000


def test_parse_creator_refuses_deep_nesting_with_a_reason() -> None:
    reason = parse_creator(DEEP)
    assert isinstance(reason, str) and reason


def test_cli_rejects_a_deeply_nested_line_and_scores_the_rest(
    tmp_path: Path, monkeypatch: object
) -> None:
    first = (SAMPLES / "creators.jsonl").read_bytes().splitlines()[0]
    source = tmp_path / "in.jsonl"
    source.write_bytes(DEEP + b"\n" + first + b"\n")
    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(cli, "ScorerLoader", lambda model_dir=None: make_stub_scorer)  # type: ignore[attr-defined]
    code = cli.main(["score", str(source), "-o", str(out), "--jobs", "1"])
    assert code == 2  # some lines rejected
    assert [json.loads(line)["creator_id"] for line in out.read_text().splitlines()] == [
        json.loads(first)["creator_id"]
    ]
    rejects = (tmp_path / "out.jsonl.rejects.jsonl").read_text().splitlines()
    assert len(rejects) == 1 and json.loads(rejects[0])["line"] == 1
