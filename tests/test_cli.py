"""Behaviour of the ``fraud`` command line, against a stand-in scorer (dependency injection)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jsonschema
import pandas as pd
import pytest

from fraud import cli
from fraud.artifacts import ArtifactError
from fraud.paths import DATA_DIR
from fraud.schema import CreatorRecord, Reason, ScoreResult, Verdict

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
    summary = cli.run_score(str(source), str(out), scorer_factory=make_stub_scorer, chunk_size=10)
    assert (summary.read, summary.scored, summary.rejected) == (3, 2, 1)
    assert [row["creator_id"] for row in _read_jsonl(out)] == ["a", "c"]
    assert "scoring failed" in _read_jsonl(tmp_path / "out.jsonl.rejects.jsonl")[0]["error"]


def test_score_parallel_matches_serial_in_order(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [_creator(f"c{i}", followers=i) if i % 7 else "bad" for i in range(1, 60)]
    source.write_text("\n".join(lines) + "\n")
    serial, parallel = tmp_path / "serial.jsonl", tmp_path / "parallel.jsonl"
    one = cli.run_score(str(source), str(serial), scorer_factory=make_stub_scorer, chunk_size=5)
    two = cli.run_score(
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


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_score_writes_flat_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    out = tmp_path / f"out{suffix}"
    assert (
        _run(["score", str(SAMPLES / "creators.jsonl"), "-o", str(out), "--jobs", "1"], monkeypatch)
        == 0
    )
    table = pd.read_csv(out) if suffix == ".csv" else pd.read_parquet(out)
    assert list(table.columns) == list(ScoreResult.model_fields)
    assert len(table) == 5
    reasons = json.loads(table["reasons"].iloc[0])
    assert reasons[0]["code"] == "STUB_SCORE"
    row = table.iloc[0].to_dict()
    row["reasons"] = reasons
    jsonschema.validate(
        {
            k: row[k]
            for k in ("creator_id", "authenticity", "fraud_probability", "verdict", "reasons")
        },
        SCORE_SCHEMA,
    )


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
    summary = cli.run_accounts(str(source), str(out), model_factory=StubFollowerModel, chunk_size=2)
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
    summary = cli.run_comments(
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
