"""``fraud.spark`` in local mode: same answers as the local CLI, rejects, lines, retries."""

from __future__ import annotations

import argparse
import json
import operator
import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from fraud import cli
from fraud import spark as fraud_spark
from fraud.batch import ScorerLoader, UsageError, run_score
from fraud.io import flatten_row
from fraud.paths import DATA_DIR
from fraud.schema import CreatorRecord, ScoreResult

pyspark = pytest.importorskip("pyspark")


def _java() -> str | None:
    """The java Spark would start: $JAVA_HOME's, else the one on PATH (None: no Java)."""
    home = os.environ.get("JAVA_HOME")
    if home:
        found = Path(home, "bin", "java")
        return str(found) if found.is_file() else None
    return shutil.which("java")


if _java() is None:  # a newcomer's machine without Java 17: say so instead of 35 failures
    pytest.skip(
        "Spark needs Java 17 (JAVA_HOME or java on PATH); none found", allow_module_level=True
    )

SAMPLES = sorted((DATA_DIR / "samples").glob("*.json"))


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    # local[2,3]: two cores, and a failed task is tried up to three times (as on a cluster).
    quick_jvm = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"  # small jobs: start fast
    session = fraud_spark.spark_session(
        "local[2,3]",
        app_name="fraud tests",
        config={
            "spark.ui.enabled": "false",
            "spark.sql.shuffle.partitions": "2",
            "spark.driver.extraJavaOptions": quick_jvm,
        },
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _creators(prefix: str) -> list[dict[str, Any]]:
    creators = []
    for path in SAMPLES:
        creator = json.loads(path.read_text("utf-8"))
        creator["creator_id"] = f"{prefix}:{creator['creator_id']}"
        creators.append(creator)
    return creators


def _outside_creators(generator: str, count: int) -> list[dict[str, Any]]:
    """Creators from a generator written apart from this project (evaluation/*_sim.py)."""
    import importlib

    module = importlib.import_module(f"evaluation.{generator}")
    drop = ("label", "archetype")
    return [{k: v for k, v in c.items() if k not in drop} for c in module.generate(count, 11)]


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text("utf-8").splitlines() if line]


def _local(scorer: Any, source: Path, tmp_path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    """What the local CLI engine writes for ``source``: result lines and reject rows."""
    out = tmp_path / f"local-{source.stem}.jsonl"
    rejects = tmp_path / f"local-{source.stem}.rejects.jsonl"
    run_score(str(source), str(out), scorer_factory=lambda: scorer, jobs=1, rejects=str(rejects))
    found = [json.loads(line) for line in _lines(rejects)] if rejects.exists() else []
    return _lines(out), found


def _part_lines(directory: Path, pattern: str) -> list[str]:
    return [line for part in sorted(directory.glob(pattern)) for line in _lines(part)]


def test_spark_cli_gives_the_local_cli_answer_on_every_field(
    spark: Any, scorer: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in"
    source.mkdir()
    first = [json.dumps(c) for c in _creators("a") + _outside_creators("final_sim", 3)]
    good = _creators("b") + _outside_creators("holdout_sim", 3)
    second = [
        '{"creator_id": "no-profile", "platform": "weibo"}',
        "",
        "not json",
        *[json.dumps(c) for c in good],
        "[1, 2]",
        '{"creator_id": "bad", "platform": "weibo", "profile": {"followers": -5}}',
    ]
    n_scored = len(first) + len(good)
    (source / "a.jsonl").write_bytes(("\r\n".join(first) + "\r\n").encode())  # Windows
    (source / "b.jsonl").write_text("\n".join(second) + "\n", "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "stale.txt").write_text("from an earlier run")

    refused = cli.main(["score", str(source), "-o", str(out), "--engine", "spark"])
    assert refused == 1
    assert "--overwrite" in capsys.readouterr().err
    assert (out / "stale.txt").exists()

    code = cli.main(["score", str(source), "-o", str(out), "--engine", "spark", "--overwrite"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert f"read {n_scored + 4}, scored {n_scored}, rejected 4" in err
    assert not (out / "stale.txt").exists()
    assert (out / "_SUCCESS").exists()
    assert not list(tmp_path.glob(".out.staging-*"))

    local_a, rejects_a = _local(scorer, source / "a.jsonl", tmp_path)
    local_b, rejects_b = _local(scorer, source / "b.jsonl", tmp_path)
    assert rejects_a == []
    spark_lines = _part_lines(out, "part-*")
    assert len(spark_lines) == len(set(spark_lines)) == n_scored
    assert sorted(spark_lines) == sorted(local_a + local_b)  # byte for byte: every field
    for line in spark_lines:
        ScoreResult.model_validate_json(line)

    spark_rejects = [json.loads(line) for line in _part_lines(out / "_rejects", "part-*")]
    # the local engine's path form (a plain path, not a file: URI)
    assert all(row.pop("file") == str(source / "b.jsonl") for row in spark_rejects)
    assert sorted(spark_rejects, key=lambda row: row["line"]) == rejects_b
    assert [row["line"] for row in rejects_b] == [1, 3, len(second) - 1, len(second)]


def test_jsonl_line_numbers_hold_when_spark_splits_a_file(spark: Any, tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    lines = [
        "" if number % 7 == 0 else json.dumps({"n": number, "pad": "x" * (number % 40)})
        for number in range(1, 401)
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    previous = spark.conf.get("spark.sql.files.maxPartitionBytes")
    spark.conf.set("spark.sql.files.maxPartitionBytes", "1000")  # about 30 blocks
    try:
        frame = fraud_spark.read_creators(spark, str(path), "jsonl")
        assert frame.rdd.getNumPartitions() > 10
        rows = frame.collect()
    finally:
        spark.conf.set("spark.sql.files.maxPartitionBytes", previous)
    numbered = {row["_fraud_source_line"]: bytes(row["value"]).decode() for row in rows}
    expected = {number: line for number, line in enumerate(lines, start=1) if line}
    assert numbered == expected
    assert len(rows) == len(expected)


def test_line_numbers_hold_when_the_parallelism_changes_between_the_passes(
    spark: Any, tmp_path: Path
) -> None:
    # With dynamic allocation the cluster's parallelism, which sizes a file's splits by
    # default, can change between the counting pass and the scoring pass: the blocks then
    # differed and the run stopped. read_creators pins spark.sql.files.minPartitionNum.
    path = tmp_path / "grow.jsonl"
    lines = [json.dumps({"n": number, "pad": "y" * (number % 50)}) for number in range(1, 801)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    keys = ("spark.sql.files.openCostInBytes", "spark.sql.leafNodeDefaultParallelism")
    previous = {key: spark.conf.get(key, None) for key in keys}
    spark.conf.unset(fraud_spark._MIN_PARTITIONS_KEY)  # as an earlier read_creators left it
    spark.conf.set("spark.sql.files.openCostInBytes", "100")  # splits sized by parallelism
    spark.conf.set("spark.sql.leafNodeDefaultParallelism", "2")
    try:
        frame = fraud_spark.read_creators(spark, str(path), "jsonl")
        assert spark.conf.get(fraud_spark._MIN_PARTITIONS_KEY) == "2"
        spark.conf.set("spark.sql.leafNodeDefaultParallelism", "9")  # executors came
        rows = frame.collect()
    finally:
        spark.conf.unset(fraud_spark._MIN_PARTITIONS_KEY)
        for key, value in previous.items():
            spark.conf.unset(key) if value is None else spark.conf.set(key, value)
    assert frame.rdd.getNumPartitions() >= 2
    numbered = {row["_fraud_source_line"]: bytes(row["value"]).decode() for row in rows}
    assert numbered == dict(enumerate(lines, start=1))
    # score_files pins it for its run only: the caller's session is left as it was
    summary = fraud_spark.score_files(str(path), str(tmp_path / "out"), spark=spark)
    assert (summary.scored, summary.rejected) == (0, len(lines))
    assert spark.conf.get(fraud_spark._MIN_PARTITIONS_KEY, None) is None


def test_scoring_keeps_every_line_number_across_blocks_batches_and_slices(
    spark: Any, scorer: Any, tmp_path: Path
) -> None:
    # score_files numbers JSON lines and scores them in one Python step (_number_and_score):
    # blocks of several Arrow batches (256 records in our sessions), each cut into slices
    path = tmp_path / "mixed.jsonl"
    creators = [json.dumps(c) for c in _creators("s")]
    lines = []
    for number in range(1, 1501):
        if number % 7 == 0:
            lines.append("")
        elif number % 250 == 0:
            lines.append(creators[(number // 250) % len(creators)].replace('"s:', f'"s{number}:'))
        else:
            bad = {"creator_id": f"bad{number}", "platform": "weibo", "profile": {"followers": -1}}
            lines.append(json.dumps(bad))
    path.write_text("\n".join(lines) + "\n", "utf-8")
    out = tmp_path / "scores.parquet"
    # the blocks (of 250 to 750 lines) come in several batches of 256 records
    assert spark.conf.get(fraud_spark._ARROW_BATCH_KEY) == str(fraud_spark._ARROW_BATCH)
    previous = spark.conf.get("spark.sql.files.maxPartitionBytes")
    spark.conf.set("spark.sql.files.maxPartitionBytes", str(path.stat().st_size // 3 + 1))
    try:
        assert spark.read.text(str(path)).rdd.getNumPartitions() >= 3
        summary = fraud_spark.score_files(str(path), str(out), spark=spark)
    finally:
        spark.conf.set("spark.sql.files.maxPartitionBytes", previous)
    local_lines, local_rejects = _local(scorer, path, tmp_path)
    valid = [n for n, line in enumerate(lines, start=1) if line and n % 250 == 0]
    assert (summary.scored, summary.rejected) == (len(valid), len(local_rejects))
    table = pq.read_table(out).to_pylist()
    assert sorted(row["source_line"] for row in table) == valid
    for row in table:
        assert json.loads(row["result"])["creator_id"].startswith(f"s{row['source_line']}:")
    assert sorted(row["result"] for row in table) == sorted(local_lines)
    spark_rejects = [json.loads(line) for line in _part_lines(out / "_rejects", "part-*")]
    assert all(row.pop("file") == str(path) for row in spark_rejects)
    assert sorted(spark_rejects, key=lambda row: row["line"]) == local_rejects
    assert len(local_rejects) > 1000


def test_parquet_input_gives_the_local_cli_answer(spark: Any, scorer: Any, tmp_path: Path) -> None:
    creators = _creators("p")
    rows = [flatten_row(creator) for creator in creators]
    rows.insert(2, {"creator_id": "no-profile", "platform": "tiktok"})
    path = tmp_path / "creators.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=3)

    out = tmp_path / "out"
    summary = fraud_spark.score_files(str(path), str(out), spark=spark, output_format="parquet")
    results = pq.read_table(out).sort_by("source_line").to_pylist()
    spark_rejects = [json.loads(line) for line in _part_lines(out / "_rejects", "part-*")]
    local, rejects = _local(scorer, path, tmp_path)

    assert (summary.read, summary.scored, summary.rejected) == (len(rows), len(creators), 1)
    assert [row["source_line"] for row in results] == [n for n in range(1, len(rows) + 1) if n != 3]
    assert [row["result"] for row in results] == local  # every field, in input order
    assert [(row["line"], row["error"]) for row in spark_rejects] == [
        (reject["line"], reject["error"]) for reject in rejects
    ]
    assert [row["line"] for row in rejects] == [3]
    for row in results:  # the typed headline columns agree with the JSON answer
        answer = json.loads(row["result"])
        assert list(row) == list(fraud_spark.RESULT_COLUMNS)
        for column in ("creator_id", "verdict", "authenticity", "fraud_probability"):
            assert row[column] == answer[column]


def _mostly_rejected(count: int) -> list[dict[str, Any]]:
    """``count`` records, each a reject (negative followers) but every 97th, a real creator."""
    creators = _creators("m")
    rows: list[dict[str, Any]] = []
    for number in range(1, count + 1):
        if number % 97 == 0:
            creator = dict(creators[(number // 97) % len(creators)])
            rows.append({**creator, "creator_id": f"m{number}"})
        else:
            rows.append(
                {"creator_id": f"bad{number}", "platform": "weibo", "profile": {"followers": -1}}
            )
    return rows


def test_parquet_rows_across_batches_and_slices_keep_their_numbers(
    spark: Any, scorer: Any, tmp_path: Path
) -> None:
    # more rows than one Arrow batch (256) and many slices (64): every row answered once
    rows = _mostly_rejected(300)
    path = tmp_path / "many.parquet"
    pq.write_table(pa.Table.from_pylist([flatten_row(row) for row in rows]), path)
    out = tmp_path / "out"
    summary = fraud_spark.score_files(str(path), str(out), spark=spark, output_format="parquet")
    local, rejects = _local(scorer, path, tmp_path)
    results = pq.read_table(out).sort_by("source_line").to_pylist()
    spark_rejects = [json.loads(line) for line in _part_lines(out / "_rejects", "part-*")]
    assert (summary.read, summary.scored, summary.rejected) == (300, 3, 297)
    assert [row["source_line"] for row in results] == [97, 194, 291]
    assert [row["result"] for row in results] == local
    assert sorted((row["line"], row["error"]) for row in spark_rejects) == [
        (reject["line"], reject["error"]) for reject in rejects
    ]


def test_records_without_line_numbers_are_numbered_in_input_order(spark: Any) -> None:
    # a user's DataFrame of JSON text in one partition, more rows than a batch: numbered 1..N
    rows = _mostly_rejected(300)
    frame = spark.createDataFrame([(json.dumps(row),) for row in rows], "value string")
    scores = fraud_spark.score_dataframe(frame.coalesce(1))
    rejects = scores.rejects.collect()
    results = scores.results.collect()
    assert sorted(row["line"] for row in rejects) == [n for n in range(1, 301) if n % 97]
    assert all(json.loads(row["input"])["creator_id"] == f"bad{row['line']}" for row in rejects)
    assert sorted(row["source_line"] for row in results) == [97, 194, 291]
    assert all(row["creator_id"] == f"m{row['source_line']}" for row in results)


@dataclass(frozen=True)
class _CrashOnceLoader:
    """Loads the real scorer, whose second chunk kills its Python worker unless ``flag`` exists."""

    flag: str
    log: str

    def __call__(self) -> _CrashOnceScorer:
        # The models this worker already loaded for the other tests, if any.
        return _CrashOnceScorer(fraud_spark.worker_scorer(ScorerLoader()), self.flag, self.log)


class _CrashOnceScorer:
    def __init__(self, inner: Any, flag: str, log: str) -> None:
        self.inner = inner
        self.flag = flag
        self.log = log
        self.calls = 0

    @property
    def manifest(self) -> dict[str, Any]:
        return dict(self.inner.manifest)

    def score_many(self, records: Sequence[CreatorRecord]) -> list[ScoreResult]:
        self.calls += 1
        if self.calls == 2:
            try:  # exactly one worker wins the flag and dies
                os.close(os.open(self.flag, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                pass
            else:
                os._exit(17)  # mid-task: after this task's first chunk was sent on
        results = list(self.inner.score_many(records))
        with open(self.log, "a", encoding="utf-8") as log:
            log.write("".join(f"{record.creator_id}\n" for record in records))
        return results


def test_a_worker_dying_mid_task_is_retried_without_duplicate_output(
    spark: Any, tmp_path: Path
) -> None:
    from pyspark import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import tests/
    source = tmp_path / "creators.jsonl"
    creators = _creators("r") + _creators("s")
    source.write_text("".join(json.dumps(c) + "\n" for c in creators), "utf-8")
    flag, log = tmp_path / "crashed", tmp_path / "scored.log"
    out = tmp_path / "out"

    summary = fraud_spark.score_files(
        str(source),
        str(out),
        spark=spark,
        scorer_factory=_CrashOnceLoader(str(flag), str(log)),
        chunk_size=1,
    )

    assert flag.exists()  # a worker really died
    ids = [json.loads(line)["creator_id"] for line in _part_lines(out, "part-*")]
    assert sorted(ids) == sorted(c["creator_id"] for c in creators)  # each exactly once
    assert (summary.read, summary.scored, summary.rejected) == (len(creators), len(creators), 0)
    # Scored once per record (results, rejects and counts share one persisted scoring), plus
    # at most the one chunk the dead worker had finished before it died.
    scorings = _lines(log)
    assert len(creators) <= len(scorings) <= len(creators) + 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["in.json", "-o", "out"], "not a .json array"),
        (["in.jsonl", "-o", "out", "--output-format", "csv"], "jsonl or parquet"),
        (["-", "-o", "out"], "not stdin"),
        (["in.jsonl", "-o", "out", "--rejects", "r.jsonl"], "_rejects"),
        (["in.jsonl", "-o", "scores.csv"], "not .csv"),
        (["in.jsonl.xz", "-o", "out"], "xz-compressed input is not read"),
        (["in.json.gz", "-o", "out"], "not a .json array"),
        (["in.parquet.gz", "-o", "out"], "Parquet compresses inside the file"),
        (["in.jsonl", "-o", "scores.parquet.gz"], "not written gzip-compressed"),
        (["in.jsonl", "-o", "scores.jsonl.bz2"], "only gzip"),
    ],
)
def test_spark_usage_mistakes_are_refused_before_spark_starts(
    argv: list[str], message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_spark(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("Spark should not start")

    monkeypatch.setattr(fraud_spark, "spark_session", no_spark)
    args = argparse.Namespace(
        input=argv[0],
        output=argv[2],
        master=None,
        input_format=None,
        output_format=argv[4] if "--output-format" in argv else None,
        overwrite=False,
        model_dir=None,
        chunk_size=10,
        rejects=argv[4] if "--rejects" in argv else None,
    )
    with pytest.raises(UsageError, match=message):
        fraud_spark.score_from_args(args)


def test_a_failed_spark_job_is_reported_by_its_python_error() -> None:
    text = (
        "An exception was thrown from the Python worker:\n"
        "Traceback (most recent call last):\n"
        '  File "worker.py", line 1, in main\n'
        "fraud.artifacts.ArtifactError: no manifest.json in /models/creator\n"
        "\tat org.apache.spark.api.python.BasePythonRunner.handlePythonException\n"
    )
    summary = fraud_spark._spark_failure(RuntimeError(text))
    assert summary == "fraud.artifacts.ArtifactError: no manifest.json in /models/creator"


@dataclass(frozen=True)
class _CountingLoader:
    """The real scorer; every call (a model load) is logged with the worker's process id."""

    log: str

    def __call__(self) -> Any:
        with open(self.log, "a", encoding="utf-8") as log:
            log.write(f"{os.getpid()}\n")
        return fraud_spark.worker_scorer(ScorerLoader())


def test_models_load_once_per_python_worker_not_once_per_task(spark: Any, tmp_path: Path) -> None:
    from pyspark import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import tests/
    creators = _creators("w")
    tasks = 6
    frame = spark.createDataFrame(
        [(json.dumps(c),) for c in creators * 2], "value string"
    ).repartition(tasks)
    log = tmp_path / "loads.log"

    scores = fraud_spark.score_dataframe(frame, scorer_factory=_CountingLoader(str(log)))
    rows = scores.results.collect()

    assert len(rows) == 2 * len(creators)
    loads = _lines(log)
    assert len(loads) == len(set(loads))  # no worker loaded the models twice
    assert 1 <= len(loads) < tasks


def test_settings_given_to_spark_submit_stand(tmp_path: Path) -> None:
    # spark-submit's --master and --conf reach the JVM only: the session must read them there
    import subprocess

    code = (
        "from fraud.spark import spark_session; s = spark_session(); "
        "print(s.sparkContext.master, s.conf.get('spark.sql.execution.arrow.maxRecordsPerBatch'))"
        "; s.stop()"
    )
    arguments = "--master local[1] --conf spark.sql.execution.arrow.maxRecordsPerBatch=7"
    environment = {**os.environ, "PYSPARK_SUBMIT_ARGS": f"{arguments} pyspark-shell"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[-2] == "local[1] 7"


@dataclass(frozen=True)
class _BrokenLoader:
    """A model directory that cannot be loaded (on the workers, where loading happens)."""

    def __call__(self) -> Any:
        raise RuntimeError("models unreadable on this executor")


def test_a_failed_job_leaves_the_previous_output_untouched(spark: Any, tmp_path: Path) -> None:
    from pyspark import cloudpickle
    from pyspark.errors import PySparkException

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import tests/
    source = tmp_path / "creators.jsonl"
    source.write_text("".join(json.dumps(c) + "\n" for c in _creators("f")), "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-00000.txt").write_text("the previous run\n")

    with pytest.raises(PySparkException, match="models unreadable"):
        fraud_spark.score_files(
            str(source), str(out), spark=spark, overwrite=True, scorer_factory=_BrokenLoader()
        )

    assert [p.name for p in out.iterdir()] == ["part-00000.txt"]
    assert (out / "part-00000.txt").read_text() == "the previous run\n"
    assert [p.name for p in tmp_path.iterdir() if "staging" in p.name] == []


def test_an_output_that_is_or_holds_the_input_is_refused_even_with_overwrite(
    spark: Any, tmp_path: Path
) -> None:
    text = "".join(json.dumps(c) + "\n" for c in _creators("o"))
    source = tmp_path / "creators.jsonl"
    source.write_text(text, "utf-8")
    folder = tmp_path / "d1"
    folder.mkdir()
    (folder / "in.jsonl").write_text(text, "utf-8")
    (folder / "other.txt").write_text("keep me\n")
    for src, out in ((source, source), (folder / "in.jsonl", folder)):
        with pytest.raises(fraud_spark.UsageError, match="would overwrite it"):
            fraud_spark.score_files(str(src), str(out), spark=spark, overwrite=True)
    assert source.read_text("utf-8") == text
    assert sorted(p.name for p in folder.iterdir()) == ["in.jsonl", "other.txt"]


def test_a_named_file_spark_would_skip_is_refused(spark: Any, tmp_path: Path) -> None:
    for name in ("_under.jsonl", ".hidden.jsonl"):
        source = tmp_path / name
        source.write_text("".join(json.dumps(c) + "\n" for c in _creators("h")), "utf-8")
        with pytest.raises(fraud_spark.UsageError, match="Spark skips files"):
            fraud_spark.score_files(str(source), str(tmp_path / f"out{name}"), spark=spark)


def test_parquet_files_with_different_columns_keep_every_column(
    spark: Any, scorer: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "pq"
    folder.mkdir()
    without = [flatten_row({k: v for k, v in c.items() if k != "comments"}) for c in _creators("a")]
    pq.write_table(pa.Table.from_pylist(without), folder / "a.parquet")
    full = [flatten_row(c) for c in _creators("b")]
    pq.write_table(pa.Table.from_pylist(full), folder / "b.parquet")

    out = tmp_path / "out"
    fraud_spark.score_files(str(folder), str(out), spark=spark, output_format="parquet")
    found = {
        json.loads(row["result"])["creator_id"]: row["result"]
        for row in pq.read_table(out).to_pylist()
    }
    local, _ = _local(scorer, folder / "b.parquet", tmp_path)
    assert [found[json.loads(line)["creator_id"]] for line in local] == local


def test_an_input_whose_name_holds_glob_characters_is_read_as_named(
    spark: Any, tmp_path: Path
) -> None:
    source = tmp_path / "scores [1] {a}.jsonl"
    source.write_text("".join(json.dumps(c) + "\n" for c in _creators("g")), "utf-8")
    summary = fraud_spark.score_files(str(source), str(tmp_path / "out"), spark=spark)
    assert (summary.read, summary.scored) == (len(SAMPLES), len(SAMPLES))


def test_a_parquet_named_output_is_written_as_parquet(spark: Any, tmp_path: Path) -> None:
    source = tmp_path / "creators.jsonl"
    source.write_text("".join(json.dumps(c) + "\n" for c in _creators("x")), "utf-8")
    out = tmp_path / "scores.parquet"
    fraud_spark.score_files(str(source), str(out), spark=spark)
    assert pq.read_table(out).num_rows == len(SAMPLES)


def _compress(data: bytes, kind: str) -> bytes:
    import bz2
    import gzip

    if kind == "gz":
        return gzip.compress(data)
    if kind == "bz2":
        return bz2.compress(data)
    return pa.Codec("zstd").compress(data, asbytes=True)  # type: ignore[no-any-return]


def test_compressed_inputs_give_the_local_engines_answers_lines_and_paths(
    spark: Any, scorer: Any, tmp_path: Path
) -> None:
    import gzip

    folder = tmp_path / "in put"  # a space: file: URIs spell it %20
    folder.mkdir()
    lines = [json.dumps(c) for c in _creators("z")]
    lines[1:1] = ["", "not json"]
    text = ("\n".join(lines) + "\n").encode()
    for kind in ("gz", "bz2", "zst"):
        (folder / f"c+{kind}.jsonl.{kind}").write_bytes(_compress(text, kind))
    out = tmp_path / "scores.jsonl.gz"
    summary = fraud_spark.score_files(str(folder), str(out), spark=spark)
    assert (summary.scored, summary.rejected) == (3 * len(SAMPLES), 3)
    local_lines, local_rejects = _local(scorer, folder / "c+gz.jsonl.gz", tmp_path)
    parts = sorted(out.glob("part-*.gz"))
    assert parts  # OUT named .jsonl.gz: gzip part files
    spark_lines = [
        line for part in parts for line in gzip.decompress(part.read_bytes()).decode().split("\n")
    ]
    assert sorted(filter(None, spark_lines)) == sorted(local_lines * 3)
    rejects = [json.loads(line) for line in _part_lines(out / "_rejects", "part-*")]
    assert sorted(r["file"] for r in rejects) == sorted(
        str(folder / f"c+{kind}.jsonl.{kind}") for kind in ("gz", "bz2", "zst")
    )
    assert {r["line"] for r in rejects} == {r["line"] for r in local_rejects} == {3}


def test_compression_the_local_engine_refuses_is_refused_by_spark_too(
    spark: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = "".join(json.dumps(c) + "\n" for c in _creators("r")).encode()
    (folder / "a.jsonl").write_bytes(text)
    (folder / "b.jsonl.xz").write_bytes(b"\xfd7zXZ\x00" + text)  # Spark would read it as text
    with pytest.raises(UsageError, match=r"b.jsonl.xz: xz-compressed input is not read"):
        fraud_spark.score_files(str(folder), str(tmp_path / "out"), spark=spark)
    (folder / "b.jsonl.xz").unlink()
    # gzip bytes under a plain name (in a directory: Spark's name, not sniffed beforehand)
    (folder / "c.jsonl").write_bytes(_compress(text * 20, "gz"))
    with pytest.raises(UsageError, match=r"c.jsonl: compressed data under a name without"):
        fraud_spark.score_files(str(folder), str(tmp_path / "out"), spark=spark)
    assert not (tmp_path / "out").exists()


class _FakeContext:
    """Records what :class:`fraud.spark.SparkInterrupt` asks of the SparkContext, and from
    which thread."""

    def __init__(self) -> None:
        import threading

        self.main = threading.get_ident()
        self.calls: list[tuple[str, bool]] = []

    def setLogLevel(self, level: str) -> None:
        import threading

        self.calls.append((f"log {level}", threading.get_ident() != self.main))

    def cancelAllJobs(self) -> None:
        import threading

        self.calls.append(("cancel", threading.get_ident() != self.main))


@pytest.mark.parametrize("signum", ["SIGINT", "SIGTERM"])
def test_a_signal_is_noted_and_the_jobs_cancelled_from_another_thread(signum: str) -> None:
    import signal
    import time

    from fraud.batch import Terminated

    number = getattr(signal, signum)
    before = signal.getsignal(number)
    session = argparse.Namespace(sparkContext=_FakeContext())
    interrupt = fraud_spark.SparkInterrupt()
    with interrupt.installed():
        os.kill(os.getpid(), number)  # while the JVM starts: noted, nothing raised
        time.sleep(0.2)
        assert session.sparkContext.calls == []
        interrupt.watch(session)  # once it is up: quiet, then cancel (not in this thread)
        deadline = time.monotonic() + 5
        while ("cancel", True) not in session.sparkContext.calls and time.monotonic() < deadline:
            time.sleep(0.05)
        with pytest.raises(KeyboardInterrupt) as stopped:
            interrupt.check()
        assert isinstance(stopped.value, Terminated) == (signum == "SIGTERM")
        with pytest.raises(KeyboardInterrupt):  # asked twice: at once
            os.kill(os.getpid(), number)
            time.sleep(1)
    calls = session.sparkContext.calls
    assert calls[0] == ("log OFF", True) and ("cancel", True) in calls
    assert signal.getsignal(number) == before


@dataclass(frozen=True)
class _InterruptingLoader:
    """The real scorer, but the first worker to load it sends the driver SIGINT (Ctrl-C) and
    every chunk then takes a while, so the job is still running when it is cancelled."""

    driver: int
    mark: str

    def __call__(self) -> Any:
        import time

        try:
            os.close(os.open(self.mark, os.O_CREAT | os.O_EXCL))
            os.kill(self.driver, 2)
        except FileExistsError:
            pass
        scorer = fraud_spark.worker_scorer(ScorerLoader())

        class Slow:
            manifest = scorer.manifest

            def score_many(self, records: Sequence[CreatorRecord]) -> list[Any]:
                time.sleep(2)
                return list(scorer.score_many(records))

        return Slow()


def test_ctrl_c_cancels_the_job_and_ends_as_interrupted_without_tracebacks(
    spark: Any, tmp_path: Path, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    source = tmp_path / "creators.jsonl"
    source.write_text("".join(json.dumps(c) + "\n" for c in _creators("i") * 8), "utf-8")
    out = tmp_path / "out"
    loader = _InterruptingLoader(os.getpid(), str(tmp_path / "signalled"))
    with pytest.raises(KeyboardInterrupt):
        fraud_spark.score_files(
            str(source), str(out), spark=spark, scorer_factory=loader, chunk_size=1
        )
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
    err = capfd.readouterr().err
    assert "Traceback" not in err and "reentrant" not in err, err
    assert not [r for r in caplog.records if r.levelno >= 40], caplog.text  # py4j's errors
    spark.sparkContext.setLogLevel("ERROR")  # as the session fixture left it
    # the session still works after the cancelled job
    assert fraud_spark.score_files(str(source), str(tmp_path / "again"), spark=spark).scored


def test_a_truncated_compressed_input_is_refused_in_one_line_naming_it(
    spark: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "in put"
    folder.mkdir()
    text = "".join(json.dumps(c) + "\n" for c in _creators("t")) * 40
    whole = _compress(text.encode(), "gz")
    damaged = folder / "cut.jsonl.gz"
    damaged.write_bytes(whole[: len(whole) * 2 // 3])  # as a copy cut short
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-00000.txt").write_text("the previous run\n")
    with pytest.raises(fraud_spark.UsageError) as caught:
        fraud_spark.score_files(str(damaged), str(out), spark=spark, overwrite=True)
    message = str(caught.value)
    assert message.startswith(f"{damaged}: corrupt or truncated compressed data (")
    assert "EOFException" in message and "nothing was scored" in message
    assert "\n" not in message and "file:" not in message
    assert [p.name for p in out.iterdir()] == ["part-00000.txt"]
    assert [p.name for p in tmp_path.iterdir() if "staging" in p.name] == []


# ---------------------------------------------------------------- forty-sixth session's review


def test_crlf_lines_and_a_line_that_starts_like_compressed_data_are_read_as_the_cli_reads(
    spark: Any, scorer: Any, tmp_path: Path
) -> None:
    """A bad CRLF line's reject keeps the CLI's words (Spark kept the "\\r": another column in
    the JSON error); a line that starts with a compression's magic bytes inside a JSON lines
    file is one reject (the whole run was refused as compressed data)."""
    lines = [json.dumps(c).encode() + b"\r" for c in _creators("crlf")]
    lines[1:1] = [b'{"creator_id": "x"\r', b"BZh this line is junk", b"\x1f\x8b not gzip"]
    source = tmp_path / "crlf.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "scores"
    summary = fraud_spark.score_files(str(source), str(out), spark=spark)
    local_lines, local_rejects = _local(scorer, source, tmp_path)
    assert (
        (summary.scored, summary.rejected)
        == (len(local_lines), len(local_rejects))
        == (
            len(SAMPLES),
            3,
        )
    )
    rejects = [json.loads(line) for line in _part_lines(out / "_rejects", "part-*")]
    key = operator.itemgetter("line", "error", "input")
    assert sorted(map(key, rejects)) == sorted(map(key, local_rejects))


def test_a_file_given_twice_is_refused(spark: Any, tmp_path: Path) -> None:
    """Spark scored it twice and numbered its lines from both readings (up to twice its
    length)."""
    folder = tmp_path / "in"
    folder.mkdir()
    source = folder / "c.jsonl"
    source.write_text("".join(json.dumps(c) + "\n" for c in _creators("t")), "utf-8")
    for inputs in ([str(source), str(source)], [str(folder), str(source)]):
        with pytest.raises(fraud_spark.UsageError, match="is given twice"):
            fraud_spark.score_files(inputs, str(tmp_path / "out"), spark=spark)
