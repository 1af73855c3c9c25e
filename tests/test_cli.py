"""Behaviour of the ``fraud`` command line, against a stand-in scorer (dependency injection)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jsonschema
import pandas as pd
import pytest

from fraud import batch, cli
from fraud.artifacts import ArtifactError
from fraud.paths import DATA_DIR
from fraud.schema import CreatorRecord, Reason, ScoreResult, Verdict
from fraud.tables import SCORE_COLUMNS

SAMPLES = DATA_DIR / "samples"
SCORE_SCHEMA = json.loads((DATA_DIR / "contract" / "score.schema.json").read_text("utf-8"))


class StubScorer:
    """Deterministic stand-in for ``fraud.scoring.Scorer``; ``creator_id == "explode"`` fails."""

    manifest: dict[str, Any] = {  # noqa: RUF012 - read-only test data
        "name": "stub-creator-model",
        "version": "0.0-test",
        "training_data": {"source": "none"},
        "metrics": {"roc_auc": 0.5},
        "files": {"model.txt": "0" * 64},
    }

    def score(self, record: CreatorRecord) -> ScoreResult:
        """Score one creator."""
        return self.score_many([record])[0]

    def score_many(self, records: Sequence[CreatorRecord]) -> list[ScoreResult]:
        """Score creators; fails the whole batch if any is named ``explode``."""
        if any(record.creator_id == "explode" for record in records):
            raise RuntimeError("boom")
        return [
            ScoreResult(
                creator_id=record.creator_id,
                authenticity=100.0 * (1 - _probability(record)),
                fraud_probability=_probability(record),
                verdict=Verdict.INSUFFICIENT_DATA if not record.posts else Verdict.AUTHENTIC,
                reasons=[Reason(code="STUB_SCORE", severity="info", message="stand-in score")],
                confidence="low",
                platform=record.platform,
                size_tier="nano",
                checks_run=["profile"],
                checks_skipped=[],
                metrics={"followers": record.profile.followers},
                model_version="0.0-test",
            )
            for record in records
        ]


def _probability(record: CreatorRecord) -> float:
    return (record.profile.followers % 97) / 97


def make_stub_scorer() -> StubScorer:
    """Picklable factory (worker processes import this module to call it)."""
    return StubScorer()


def _samples_lines() -> list[str]:
    return (SAMPLES / "creators.jsonl").read_text("utf-8").splitlines()


def _creator(creator_id: str, followers: int = 10, **extra: Any) -> str:
    return json.dumps(
        {"creator_id": creator_id, "platform": "tiktok", "profile": {"followers": followers}}
        | extra
    )


POST_OK = {"posted_at": "2026-01-01T10:00:00Z", "likes": 1, "comments": 0}
# (line text, expected fragment of the reason): one per bad-input kind of the contract.
BAD_LINES = [
    ('{"creator_id": "a", "platform": "tiktok", "profile": {', "invalid JSON"),
    ('{"creator_id": "b", "platform": "tiktok"}', "profile: Field required"),
    (
        '{"creator_id": "c", "platform": "tiktok", "profile": {"followers": "many"}}',
        "profile.followers: Input should be a valid integer",
    ),
    (
        _creator("d", posts=[POST_OK, POST_OK, POST_OK, {**POST_OK, "likes": -5}]),
        "posts[3].likes: Input should be greater than or equal to 0",
    ),
    ('{"creator_id": "e", "platform": "myspace", "profile": {"followers": 1}}', "platform: Input"),
    (
        _creator("f", follower_history=[{"date": "2026-02-30", "followers": 5}]),
        "follower_history[0].date: Input should be a valid date",
    ),
    (
        _creator("g", comments=[{"text": "hi"}] * 20001),
        "comments: List should have at most 20000 items",
    ),
    ("[1, 2, 3]", "expected a JSON object"),
]


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(cli, "ScorerLoader", lambda model_dir=None: make_stub_scorer)
    return cli.main(argv)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_score_preserves_order_and_validates_against_contract(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    code = _run(
        ["score", str(SAMPLES / "creators.jsonl"), "-o", str(out), "--jobs", "1"], monkeypatch
    )
    assert code == 0
    rows = _read_jsonl(out)
    expected_ids = [json.loads(line)["creator_id"] for line in _samples_lines()]
    assert [row["creator_id"] for row in rows] == expected_ids
    for row in rows:
        jsonschema.validate(row, SCORE_SCHEMA)
    assert not (tmp_path / "out.jsonl.rejects.jsonl").exists()


def test_score_rejects_each_bad_kind_with_line_and_location(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _samples_lines()
    lines = [good[0], *(text for text, _ in BAD_LINES), good[1]]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    code = _run(["score", str(source), "-o", str(out), "--jobs", "1"], monkeypatch)
    assert code == 2
    rejects = _read_jsonl(tmp_path / "out.jsonl.rejects.jsonl")
    assert [row["line"] for row in rejects] == list(range(2, 2 + len(BAD_LINES)))
    for row, (text, fragment) in zip(rejects, BAD_LINES, strict=True):
        assert fragment in row["error"], (row["error"], fragment)
        assert row["input"] == text[:500]
    assert [r["creator_id"] for r in _read_jsonl(out)] == [
        json.loads(good[0])["creator_id"],
        json.loads(good[1])["creator_id"],
    ]
    err = capsys.readouterr().err
    assert f"read {len(lines)}, scored 2, rejected {len(BAD_LINES)}" in err
    assert "line 5: posts[3].likes: Input should be greater than or equal to 0" in err
    assert "Traceback" not in err


def test_score_counts_add_up_with_blank_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(_creator("a") + "\n\n" + "oops\n" + _creator("b") + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    assert _run(["score", str(source), "-o", str(out), "--jobs", "1"], monkeypatch) == 2
    assert "read 3, scored 2, rejected 1" in capsys.readouterr().err
    assert _read_jsonl(tmp_path / "out.jsonl.rejects.jsonl")[0]["line"] == 3


def test_score_isolates_a_record_the_scorer_fails_on(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([_creator("a"), _creator("explode"), _creator("c")]) + "\n")
    out = tmp_path / "out.jsonl"
    summary = batch.run_score(str(source), str(out), scorer_factory=make_stub_scorer, chunk_size=10)
    assert (summary.read, summary.scored, summary.rejected) == (3, 2, 1)
    assert [row["creator_id"] for row in _read_jsonl(out)] == ["a", "c"]
    assert "scoring failed" in _read_jsonl(tmp_path / "out.jsonl.rejects.jsonl")[0]["error"]


def test_score_parallel_matches_serial_in_order(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [_creator(f"c{i}", followers=i) if i % 7 else "bad" for i in range(1, 60)]
    source.write_text("\n".join(lines) + "\n")
    serial, parallel = tmp_path / "serial.jsonl", tmp_path / "parallel.jsonl"
    one = batch.run_score(str(source), str(serial), scorer_factory=make_stub_scorer, chunk_size=5)
    two = batch.run_score(
        str(source), str(parallel), scorer_factory=make_stub_scorer, chunk_size=5, jobs=2
    )
    assert serial.read_bytes() == parallel.read_bytes()
    assert (
        (one.read, one.scored, one.rejected) == (two.read, two.scored, two.rejected) == (59, 51, 8)
    )


def test_score_reads_stdin_and_writes_stdout(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = (SAMPLES / "creators.jsonl").read_bytes() + b"not json\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = _run(["score", "-", "-o", "-", "--jobs", "1"], monkeypatch)
    captured = capsys.readouterr()
    assert code == 2
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert len(rows) == 5
    assert "line 6: invalid JSON" in captured.err
    assert "read 6, scored 5, rejected 1" in captured.err


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".xlsx"])
def test_score_writes_flat_typed_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    out = tmp_path / f"out{suffix}"
    source = str(SAMPLES / "creators.jsonl")
    assert _run(["score", source, "-o", str(out), "--jobs", "1"], monkeypatch) == 0
    read = {".csv": pd.read_csv, ".parquet": pd.read_parquet, ".xlsx": pd.read_excel}[suffix]
    table = read(out)
    assert list(table.columns) == [column for column, _, _ in SCORE_COLUMNS]
    assert len(table) == 5
    assert table["reason_1"].tolist() == ["STUB_SCORE"] * 5
    assert table["reason_2"].isna().all()
    assert pd.api.types.is_float_dtype(table["authenticity"])
    assert pd.api.types.is_float_dtype(table["fraud_probability"])
    assert set(table["verdict"]) <= {"authentic", "insufficient_data"}
    assert not any(str(value).startswith(("[", "{")) for value in table.to_numpy().ravel())


def test_score_parquet_columns_have_one_type_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "out.parquet"
    assert _run(["score", str(SAMPLES / "creators.jsonl"), "-o", str(out)], monkeypatch) == 0
    schema = pq.read_schema(out)
    types = {name: str(schema.field(name).type) for name in schema.names}
    assert types["authenticity"] == "double"
    assert types["largest_spike_date"] == "date32[day]"
    assert types["largest_spike_followers"] == "int64"
    assert types["verdict"] == "string"


def test_score_unknown_output_extension_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.xls"
    assert _run(["score", str(SAMPLES / "creators.jsonl"), "-o", str(out)], monkeypatch) == 1
    err = capsys.readouterr().err
    assert "cannot tell the output format" in err and ".xlsx" in err
    assert not out.exists()


def test_score_reads_json_array_and_parquet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    creators = [json.loads(line) for line in _samples_lines()]
    array = tmp_path / "in.json"
    array.write_text(json.dumps(creators, indent=1))
    flat = tmp_path / "scores.jsonl"
    assert _run(["score", str(array), "-o", str(flat), "--jobs", "1"], monkeypatch) == 0
    # A Parquet written from flattened JSON text columns round-trips to the same scores.
    table = pd.DataFrame(
        [
            {k: json.dumps(v) if isinstance(v, dict | list) else v for k, v in c.items()}
            for c in creators
        ]
    )
    table.to_parquet(tmp_path / "in.parquet")
    from_parquet = tmp_path / "from_parquet.jsonl"
    assert (
        _run(
            ["score", str(tmp_path / "in.parquet"), "-o", str(from_parquet), "--jobs", "1"],
            monkeypatch,
        )
        == 0
    )
    assert flat.read_bytes() == from_parquet.read_bytes()
    assert [r["creator_id"] for r in _read_jsonl(flat)] == [c["creator_id"] for c in creators]


def test_score_custom_rejects_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("{}\n")
    rejects = tmp_path / "bad.jsonl"
    code = _run(
        [
            "score",
            str(source),
            "-o",
            str(tmp_path / "o.jsonl"),
            "--rejects",
            str(rejects),
            "--jobs",
            "1",
        ],
        monkeypatch,
    )
    assert code == 2
    assert _read_jsonl(rejects)[0]["line"] == 1


def test_score_missing_input_is_a_clean_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    code = _run(["score", str(tmp_path / "nope.jsonl"), "-o", str(out)], monkeypatch)
    err = capsys.readouterr().err
    assert code == 1
    assert "no such file" in err and "Traceback" not in err
    assert not out.exists()


def test_score_broken_model_dir_is_a_clean_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(model_dir: Path | None = None) -> Any:
        def load() -> Any:
            raise ArtifactError("model.txt does not match its manifest")

        return load

    monkeypatch.setattr(cli, "ScorerLoader", broken)
    code = cli.main(["score", str(SAMPLES / "creators.jsonl"), "-o", str(tmp_path / "o.jsonl")])
    err = capsys.readouterr().err
    assert code == 1
    assert "cannot load the model: model.txt does not match" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv", [["score"], ["score", "x.jsonl", "--jobs", "zero"], ["frobnicate"], []]
)
def test_main_usage_error_exits_1(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(argv) == 1
    assert "usage:" in capsys.readouterr().err


def test_main_version_prints_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("fraud ")


class StubFollowerModel:
    """Stand-in for ``fraud.audience.FollowerModel``."""

    def predict_proba(self, accounts: Sequence[Any], as_of: Any = None) -> list[float]:
        """0.9 for accounts without posts, else 0.1."""
        return [0.9 if account.posts == 0 else 0.1 for account in accounts]


def test_accounts_adds_fake_probability_and_keeps_fields(tmp_path: Path) -> None:
    source = tmp_path / "accounts.jsonl"
    source.write_text(
        '{"id": "u1", "followers": 3, "following": 900, "posts": 0, "note": "kept"}\n'
        '{"id": "u2", "followers": -3, "following": 1, "posts": 1}\n'
        '{"id": "u3", "followers": 300, "following": 100, "posts": 50}\n'
    )
    out = tmp_path / "out.jsonl"
    summary = batch.run_accounts(
        str(source), str(out), model_factory=StubFollowerModel, chunk_size=2
    )
    assert (summary.read, summary.scored, summary.rejected) == (3, 2, 1)
    rows = _read_jsonl(out)
    assert rows[0] == {
        "id": "u1",
        "followers": 3,
        "following": 900,
        "posts": 0,
        "note": "kept",
        "fake_probability": 0.9,
    }
    assert rows[1]["id"] == "u3"
    reject = _read_jsonl(tmp_path / "out.jsonl.rejects.jsonl")[0]
    assert reject["line"] == 2 and reject["error"].startswith("followers: Input should be")


class StubClassifier:
    """Stand-in for ``fraud.comment_quality.CommentClassifier``."""

    def classify(self, texts: Sequence[str]) -> list[str]:
        """``generic`` for short texts, else ``substantive``."""
        return ["generic" if len(text) < 10 else "substantive" for text in texts]


def test_comments_adds_category_and_low_effort(tmp_path: Path) -> None:
    source = tmp_path / "comments.jsonl"
    source.write_text(
        '{"text": "nice!", "id": 1}\n{"id": 2}\n'
        '{"text": "The lighting in the second shot is great", "id": 3}\n'
    )
    out = tmp_path / "out.csv"
    summary = batch.run_comments(
        str(source), str(out), classifier_factory=StubClassifier, low_effort={"generic"}
    )
    assert (summary.read, summary.scored, summary.rejected) == (3, 2, 1)
    table = pd.read_csv(out)
    assert list(table["category"]) == ["generic", "substantive"]
    assert list(table["low_effort"]) == [True, False]
    assert list(table["id"]) == [1, 3]
    assert "text: Field required" in _read_jsonl(tmp_path / "out.csv.rejects.jsonl")[0]["error"]


def test_main_console_script_runs_without_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fraud.cli", "score", str(tmp_path / "missing.jsonl")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def _real_scorer_or_skip() -> Any:
    try:
        from fraud.scoring import Scorer

        return Scorer.load()
    except (ImportError, ArtifactError) as error:
        pytest.skip(f"real scorer not available: {error}")


def test_score_real_scorer_end_to_end(tmp_path: Path) -> None:
    _real_scorer_or_skip()
    source = tmp_path / "in.jsonl"
    lines = _samples_lines()
    source.write_text("\n".join([*lines, BAD_LINES[3][0], *lines]) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "fraud.cli",
            "score",
            str(source),
            "-o",
            str(out),
            "--jobs",
            "2",
            "--chunk-size",
            "3",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "read 11, scored 10, rejected 1" in result.stderr
    rows = _read_jsonl(out)
    ids = [json.loads(line)["creator_id"] for line in lines]
    assert [row["creator_id"] for row in rows] == ids + ids
    for row in rows:
        jsonschema.validate(row, SCORE_SCHEMA)
    assert rows[:5] == rows[5:]


@pytest.mark.parametrize("flag", ["-o", "--rejects"])
def test_score_refuses_to_overwrite_its_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], flag: str
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(_creator("a") + "\n")
    argv = ["score", str(source), flag, str(source), "--jobs", "1"]
    if flag == "--rejects":
        argv += ["-o", str(tmp_path / "out.jsonl")]
    assert _run(argv, monkeypatch) == 1
    assert "is the input file" in capsys.readouterr().err
    assert source.read_text() == _creator("a") + "\n"


def test_score_without_rejects_leaves_an_unrelated_file_at_the_rejects_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "one.jsonl"
    source.write_text(_creator("a") + "\n")
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    argv = ["score", str(source), "-o", str(tmp_path / "s.jsonl"), "--rejects", str(notes)]
    assert _run([*argv, "--jobs", "1"], monkeypatch) == 0
    assert notes.read_text() == "my notes\n"


def test_score_refuses_output_through_another_name_for_the_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(_creator("a") + "\n")
    (tmp_path / "link.jsonl").symlink_to(source)
    assert _run(["score", str(source), "-o", str(tmp_path / "link.jsonl")], monkeypatch) == 1
    assert source.read_text() == _creator("a") + "\n"


class InterruptingScorer(StubScorer):
    """Scores two chunks, then behaves as if Ctrl-C (or SIGTERM) arrived."""

    def __init__(self) -> None:
        self.calls = 0

    def score_many(self, records: Sequence[CreatorRecord]) -> list[ScoreResult]:
        self.calls += 1
        if self.calls > 2:
            raise KeyboardInterrupt
        return super().score_many(records)


def test_interrupted_run_keeps_previous_output_and_says_what_it_wrote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(_creator(f"c{i}") if i != 2 else "bad" for i in range(10)) + "\n")
    out = tmp_path / "out.jsonl"
    out.write_text("previous result\n")
    with pytest.raises(KeyboardInterrupt):
        batch.run_score(str(source), str(out), scorer_factory=InterruptingScorer, chunk_size=3)
    err = capsys.readouterr().err
    assert "stopped after reading 6 records: scored 5, rejected 1" in err
    assert out.read_text() == "previous result\n"
    partial = tmp_path / "out.jsonl.partial"
    assert f"results so far in {partial}" in err
    assert [row["creator_id"] for row in _read_jsonl(partial)] == ["c0", "c1", "c3", "c4", "c5"]
    assert _read_jsonl(tmp_path / "out.jsonl.rejects.jsonl.partial")[0]["line"] == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "in.jsonl",
        "out.jsonl",
        "out.jsonl.partial",
        "out.jsonl.rejects.jsonl.partial",
    ]


def test_score_accepts_a_single_record_json_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    source = SAMPLES / "genuine_koc_rednote.json"
    assert _run(["score", str(source), "-o", str(out)], monkeypatch) == 0
    assert [row["creator_id"] for row in _read_jsonl(out)] == [
        json.loads(source.read_text("utf-8"))["creator_id"]
    ]


def test_progress_bar_shows_total(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    argv = ["score", str(SAMPLES / "creators.jsonl"), "-o", str(out), "--progress"]
    assert _run(argv, monkeypatch) == 0
    assert "5/5" in capsys.readouterr().err


def test_progress_bar_does_not_read_a_pipe_before_the_scoring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``fraud score <(zcat x.gz)`` with the bar on: the input is a pipe, which the bar's
    line count would drain (it read the pipe and scored nothing before)."""
    import threading

    source = tmp_path / "in.fifo"
    os.mkfifo(source)
    lines = (SAMPLES / "creators.jsonl").read_bytes()

    def feed() -> None:
        with open(source, "wb") as pipe:
            pipe.write(lines)

    feeder = threading.Thread(target=feed)
    feeder.start()
    out = tmp_path / "out.jsonl"
    try:
        argv = ["score", str(source), "-o", str(out), "--progress", "--jobs", "1"]
        assert _run(argv, monkeypatch) == 0
    finally:
        feeder.join(timeout=10)
    assert len(_read_jsonl(out)) == len(lines.splitlines()) == 5
    assert "read 5, scored 5, rejected 0" in capsys.readouterr().err


SLOW_SCORER_SCRIPT = """
import sys, time
from fraud import batch, cli
from tests.test_cli import StubScorer

class Slow(StubScorer):
    def score_many(self, records):
        time.sleep(0.05)
        return super().score_many(records)

cli.ScorerLoader = lambda model_dir=None: Slow
sys.exit(cli.main(sys.argv[1:]))
"""


def test_sigterm_stops_the_workers_and_keeps_the_output(tmp_path: Path) -> None:
    import signal
    import time

    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(_creator(f"c{i}") for i in range(20000)) + "\n")
    out = tmp_path / "out.jsonl"
    argv = ["score", str(source), "-o", str(out), "--jobs", "2", "--chunk-size", "10"]
    process = subprocess.Popen(
        [sys.executable, "-c", SLOW_SCORER_SCRIPT, *argv],
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    children: list[int] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(children) < 2:
        time.sleep(0.1)
        children_file = Path(f"/proc/{process.pid}/task/{process.pid}/children")
        children = [int(pid) for pid in children_file.read_text().split()]
    assert len(children) >= 2, "workers did not start"
    time.sleep(0.5)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 143
    assert "stopped after reading" in err and "terminated" in err and "Traceback" not in err
    time.sleep(0.2)
    for pid in children:
        assert (
            not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
        ), f"worker {pid} still running"
    assert not out.exists()
    assert (tmp_path / "out.jsonl.partial").exists()


class DyingScorer(StubScorer):
    """Ends its whole process on a creator named ``die`` (as a crash in native code would)."""

    def score_many(self, records: Sequence[CreatorRecord]) -> list[ScoreResult]:
        if any(record.creator_id == "die" for record in records):
            import os

            os._exit(3)
        return super().score_many(records)


def make_dying_scorer() -> DyingScorer:
    """Picklable factory for the worker processes."""
    return DyingScorer()


def test_a_worker_that_dies_ends_the_run_with_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(_creator("die" if i == 17 else f"c{i}") for i in range(40)) + "\n")
    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(cli, "ScorerLoader", lambda model_dir=None: make_dying_scorer)
    argv = ["score", str(source), "-o", str(out), "--jobs", "2", "--chunk-size", "5"]
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert "a worker process failed" in err and "exit code 3" in err
    assert "stopped after reading" in err and "Traceback" not in err
    assert not out.exists()


def test_output_in_a_missing_directory_is_a_clean_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "out.jsonl"
    assert _run(["score", str(SAMPLES / "creators.jsonl"), "-o", str(out)], monkeypatch) == 1
    assert f"no such directory: {out.parent}" in capsys.readouterr().err
