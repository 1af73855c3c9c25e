"""Batch scoring on Apache Spark: the CLI's batch engine inside ``mapInArrow``.

Optional extra: ``pip install '.[spark]'`` (pyspark 4, which needs Java 17). Nothing here
imports pyspark until a function is called.

How it works
------------
* :func:`read_creators` turns JSON lines or Parquet files into a DataFrame of raw records,
  each with its ``source_file`` and ``source_line``.
* :func:`score_dataframe` maps that DataFrame with ``mapInArrow``: every Python worker loads
  the models once (:func:`worker_scorer`, a module-level cache keyed by the scorer factory,
  so the models come from the installed package on the executor, not from the task) and
  passes chunks of records to :func:`fraud.batch.score_chunk`, the same function the command
  line uses. The answer is two DataFrames: results (headline columns + the full ScoreResult
  as JSON text) and rejects (file, line, error, input preview).
* :func:`score_files` is ``fraud score IN -o OUT --engine spark``: it writes both into a
  staging directory next to OUT and renames it to OUT when everything is written. On JSON
  lines it numbers and scores in one ``mapInArrow`` step (:func:`_number_and_score`), so
  each task has one Python worker, not one to number and one to score.

Line numbers of JSON lines
--------------------------
Spark splits a large text file into blocks (``spark.sql.files.maxPartitionBytes``) that
different tasks read, so a row does not know its line number. We read the files with
``spark.read.text`` (splittable, streaming, nothing held in memory) together with the hidden
``_metadata.file_path`` and ``_metadata.file_block_start`` columns, and first count the
lines of every block (a cheap pass: a text scan and a count, no Python, one small row per
block to the driver). A line's number is then the lines of the earlier blocks of its file
plus its position inside its own block, which the numbering step counts as the block
streams by (a block is read, in order, by one task). The alternatives were worse: reading
whole files (``wholetext``, ``wholeTextFiles``) holds each file in one task's memory and
cannot split a big file; ``monotonically_increasing_id`` is not a line number; RDD
``zipWithIndex`` per file costs one job per file. The price of ours is one extra scan of
the text. Blank lines are skipped but counted, as in the CLI. Parquet rows are numbered by
``_metadata.row_index`` (1-based, like the CLI).

Compressed input, paths, interrupts
-----------------------------------
JSON lines may be ``.gz``, ``.bz2`` or ``.zst`` (Hadoop's codecs, chosen by the name, as the
local engine chooses them); other compressions are refused before the job, and compressed
bytes under a plain name by the line-counting pass (no JSON line starts with a compression's
magic bytes). Rejects and Parquet results name a local file by its plain path, as the local
engine does, not as Spark's ``file:`` URI. Ctrl-C and SIGTERM are handled by
:class:`SparkInterrupt`: the jobs are cancelled from a helper thread and the run ends as the
local engine's does, with no py4j or Java traces and OUT untouched.

Exactly once
------------
Tasks only compute; Spark's file committer publishes a task's part file only when the task
succeeds, so a Python worker that dies mid-task is retried (``spark.task.maxFailures``)
without duplicate rows. The scored DataFrame is persisted so writing results and rejects
scores each record once.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import logging
import os
import re
import signal
import sys
import threading
import uuid
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import orjson

from fraud.batch import (
    DEFAULT_CHUNK_SIZE,
    CreatorScorer,
    RunSummary,
    ScorerLoader,
    Terminated,
    UsageError,
    score_chunk,
)
from fraud.io import (
    _REFUSED_COMPRESSIONS,
    COMPRESSION_MAGIC,
    COMPRESSIONS,
    OUTPUT_SUFFIXES,
    RawRecord,
    RecordError,
    _unflatten_row,
    input_compression,
    magic_compression,
)

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession

__all__ = [
    "DEFAULT_MASTER",
    "REJECT_COLUMNS",
    "RESULT_COLUMNS",
    "SparkInterrupt",
    "SparkScores",
    "detect_spark_input_format",
    "main",
    "read_creators",
    "score_dataframe",
    "score_files",
    "score_from_args",
    "spark_session",
    "worker_scorer",
]

DEFAULT_MASTER = "local[2]"
SPARK_OUTPUT_FORMATS = ("jsonl", "parquet")
REJECTS_DIR = "_rejects"

# Internal columns of the raw-record DataFrame (names a CreatorRecord never uses).
_FILE = "_fraud_source_file"
_LINE = "_fraud_source_line"
_VALUE = "value"

# Headline fields of a ScoreResult, typed, then the full answer as JSON text.
_HEADLINE: tuple[tuple[str, str], ...] = (
    ("creator_id", "string"),
    ("verdict", "string"),
    ("authenticity", "double"),
    ("fraud_probability", "double"),
    ("confidence", "string"),
    ("platform", "string"),
    ("size_tier", "string"),
    ("model_version", "string"),
)
RESULT_COLUMNS: tuple[str, ...] = (
    "source_file",
    "source_line",
    *(name for name, _ in _HEADLINE),
    "result",
)
REJECT_COLUMNS: tuple[str, ...] = ("file", "line", "error", "input")

_OUTCOME_FIELDS: tuple[tuple[str, str], ...] = (
    ("source_file", "string"),
    ("source_line", "long"),
    *_HEADLINE,
    ("result", "string"),
    ("error", "string"),
    ("input", "string"),
)
_OUTCOME_DDL = ", ".join(f"{name} {kind}" for name, kind in _OUTCOME_FIELDS)
_RAW_JSON_DDL = f"{_VALUE} binary, {_FILE} string, {_LINE} long"


# --------------------------------------------------------------------------- worker side

_SCORERS: dict[Any, CreatorScorer] = {}


def worker_scorer(factory: Callable[[], CreatorScorer]) -> CreatorScorer:
    """The scorer of this Python process, loaded by ``factory`` on first use and kept.

    Spark reuses Python workers across tasks (``spark.python.worker.reuse``, on by default),
    so each worker loads the models once, however many tasks and batches it runs.
    """
    scorer = _SCORERS.get(factory)
    if scorer is None:
        scorer = factory()
        _SCORERS[factory] = scorer
        # The models live as long as the worker: keep the garbage collector off them.
        gc.collect()
        gc.freeze()
    return scorer


def _leave_interrupts_to_the_driver() -> None:
    """Ignore SIGINT in this Python worker: the driver cancels the job on Ctrl-C.

    In local mode the terminal's Ctrl-C reaches every process of its group, Spark's Python
    workers too, and pyspark's worker restores Python's handler: each busy worker would
    print a KeyboardInterrupt traceback while the driver is cancelling the job anyway (on a
    cluster, no executor gets the driver's Ctrl-C).
    """
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


#: Records per Arrow batch in the sessions :func:`spark_session` makes (unless spark-submit
#: sets it).
_ARROW_BATCH = 256
_ARROW_BATCH_KEY = "spark.sql.execution.arrow.maxRecordsPerBatch"
#: Rows of an Arrow batch turned into Python objects at a time: with Spark's default of
#: 10,000 records, a batch of JSON lines can hold a whole partition's bytes
#: (``spark.sql.files.maxPartitionBytes``, 128 MiB by default), and a copy of all of it as
#: Python bytes would double a worker's memory.
_SLICE_ROWS = 64


def _numbered(
    batches: Iterator[pa.RecordBatch],
    block_bases: Any,
    seen: dict[tuple[str, int], int] | None = None,
) -> Iterator[tuple[list[bytes], list[str], list[int]]]:
    """Text rows of one partition -> its non-blank lines with their file and 1-based line
    number, a slice of at most :data:`_SLICE_ROWS` rows at a time (values, files, lines).
    ``seen``: the rows of each block numbered so far (kept by a caller that passes the
    partition's batches in several calls)."""
    _leave_interrupts_to_the_driver()
    bases: dict[tuple[str, int], int] = block_bases.value  # a broadcast: one copy per worker
    seen = {} if seen is None else seen
    for rows in _slices(batches):
        out_values: list[bytes] = []
        out_files: list[str] = []
        out_lines: list[int] = []
        for value, file, start in zip(
            rows.column(0).to_pylist(),
            rows.column(1).to_pylist(),
            rows.column(2).to_pylist(),
            strict=True,
        ):
            key = (file, start)
            position = seen.get(key, 0) + 1
            seen[key] = position
            if value is None or not value.strip():
                continue  # a blank line is not a record (but it is counted)
            # a CRLF line's "\r" goes, as the CLI's reader drops it (the same rejects' words)
            out_values.append(value.rstrip(b"\r\n"))
            out_files.append(file)
            base = bases.get(key)
            if base is None:
                raise RuntimeError(
                    f"{_plain_path(file)}: its block at byte {start} was not in the counting"
                    " pass (the input's splits changed between the two passes:"
                    " keep spark.sql.files.maxPartitionBytes, openCostInBytes and"
                    " minPartitionNum fixed while a DataFrame of read_creators is used)"
                )
            out_lines.append(base + position)
        yield out_values, out_files, out_lines


def _slices(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The batches cut into slices of at most :data:`_SLICE_ROWS` rows (views: no copy)."""
    for batch in batches:
        for offset in range(0, batch.num_rows, _SLICE_ROWS):
            yield batch.slice(offset, _SLICE_ROWS)


def _number_lines(
    batches: Iterator[pa.RecordBatch], *, block_bases: Any
) -> Iterator[pa.RecordBatch]:
    """Text rows of one partition -> non-blank lines with their file and 1-based line number."""
    import pyarrow as pa

    schema = pa.schema([(_VALUE, pa.binary()), (_FILE, pa.string()), (_LINE, pa.int64())])
    seen: dict[tuple[str, int], int] = {}
    for batch in batches:  # one batch out per batch in, made from its slices
        slices = [
            pa.RecordBatch.from_arrays(
                [
                    pa.array(values, pa.binary()),
                    pa.array(files, pa.string()),
                    pa.array(lines, pa.int64()),
                ],
                schema=schema,
            )
            for values, files, lines in _numbered(iter([batch]), block_bases, seen)
        ]
        yield from pa.Table.from_batches(slices, schema).combine_chunks().to_batches()


@functools.lru_cache(maxsize=4096)
def _plain_path(file: str | None) -> str | None:
    """A local file's path as the local engine names files (``file:///data/a%20b.jsonl`` ->
    ``/data/a b.jsonl``); any other URI (``hdfs://...``, ``s3a://...``) as it is."""
    if file is None or not file.startswith("file:"):
        return file
    from urllib.parse import unquote, urlsplit

    return unquote(urlsplit(file).path)


def _raw_records(
    batches: Iterator[pa.RecordBatch],
) -> Iterator[tuple[str | None, RawRecord]]:
    """The records of a partition's Arrow batches (JSON text in ``value``, or one column per
    field), each with its file, a slice of at most :data:`_SLICE_ROWS` rows at a time."""
    counter = [0]
    for rows in _slices(batches):
        yield from _slice_records(rows, counter)


def _slice_records(
    batch: pa.RecordBatch, counter: list[int]
) -> Iterator[tuple[str | None, RawRecord]]:
    """The records of one Arrow batch (see :func:`_raw_records`); ``counter`` numbers those
    without a line number."""
    names = batch.schema.names
    files = batch.column(names.index(_FILE)).to_pylist() if _FILE in names else None
    lines = batch.column(names.index(_LINE)).to_pylist() if _LINE in names else None
    if names == [_VALUE] or (_VALUE in names and set(names) <= {_VALUE, _FILE, _LINE}):
        values = batch.column(names.index(_VALUE)).to_pylist()
        payloads: list[Any] = [
            value.encode("utf-8") if isinstance(value, str) else value for value in values
        ]
        payloads = [RecordError("empty record") if value is None else value for value in payloads]
    else:
        fields = [name for name in names if name not in (_FILE, _LINE)]
        payloads = [_unflatten_row(row) for row in batch.select(fields).to_pylist()]
    for index, payload in enumerate(payloads):
        counter[0] += 1
        number = lines[index] if lines is not None and lines[index] is not None else counter[0]
        yield (files[index] if files is not None else None), RawRecord(number, payload)


def _score_batches(
    batches: Iterator[pa.RecordBatch],
    *,
    scorer_factory: Callable[[], CreatorScorer],
    chunk_size: int,
) -> Iterator[pa.RecordBatch]:
    """One partition of raw records -> one outcome row per record (scored or rejected)."""
    _leave_interrupts_to_the_driver()
    return _score_records(_raw_records(batches), scorer_factory, chunk_size)


def _score_records(
    records: Iterator[tuple[str | None, RawRecord]],
    scorer_factory: Callable[[], CreatorScorer],
    chunk_size: int,
) -> Iterator[pa.RecordBatch]:
    """Raw records of one partition, each with its file -> one outcome row per record (scored
    or rejected), a batch per chunk of ``chunk_size`` records."""
    import pyarrow as pa

    scorer = worker_scorer(scorer_factory)
    types = {"string": pa.string(), "long": pa.int64(), "double": pa.float64()}
    schema = pa.schema([pa.field(name, types[kind]) for name, kind in _OUTCOME_FIELDS])
    pending: list[tuple[str | None, RawRecord]] = []

    def flush() -> pa.RecordBatch:
        chunk = [raw for _, raw in pending]
        columns: dict[str, list[Any]] = {name: [] for name, _ in _OUTCOME_FIELDS}
        for (file, raw), outcome in zip(pending, score_chunk(scorer, chunk), strict=True):
            row = outcome.result
            columns["source_file"].append(_plain_path(file))
            columns["source_line"].append(outcome.number)
            if row is None:
                for name, _ in _HEADLINE:
                    columns[name].append(None)
                columns["result"].append(None)
                columns["error"].append(outcome.reason or "rejected")
                columns["input"].append(raw.preview())
            else:
                for name, _ in _HEADLINE:
                    columns[name].append(row.get(name))
                # The same bytes the CLI writes for this answer (minus the newline).
                columns["result"].append(orjson.dumps(row, default=str).decode("utf-8"))
                columns["error"].append(None)
                columns["input"].append(None)
        pending.clear()
        return pa.RecordBatch.from_pydict(columns, schema=schema)

    for item in records:
        pending.append(item)
        if len(pending) >= chunk_size:
            yield flush()
    if pending:
        yield flush()


def _number_and_score(
    batches: Iterator[pa.RecordBatch],
    *,
    block_bases: Any,
    scorer_factory: Callable[[], CreatorScorer],
    chunk_size: int,
) -> Iterator[pa.RecordBatch]:
    """:func:`_number_lines` then :func:`_score_batches` in one pass of one Python worker
    (what :func:`score_files` runs on JSON lines). Two ``mapInArrow`` steps start two Python
    workers per task, and the numbering one, done long before the scoring, idles holding the
    memory its batches took (2,000 creators of 70 KiB on ``local[2]``: four workers of
    320-370 MiB PSS against two), and every record crosses to the JVM and back once more."""
    _leave_interrupts_to_the_driver()
    records = (
        (file, RawRecord(line, value))
        for values, files, lines in _numbered(batches, block_bases)
        for value, file, line in zip(values, files, lines, strict=True)
    )
    return _score_records(records, scorer_factory, chunk_size)


# --------------------------------------------------------------------------- driver side


@dataclass(frozen=True)
class SparkScores:
    """What :func:`score_dataframe` returns: two lazy DataFrames over one scored DataFrame.

    ``results`` has :data:`RESULT_COLUMNS`; ``rejects`` has :data:`REJECT_COLUMNS`.
    ``outcomes`` is the DataFrame both are filtered from: persist it before using both, or
    every record is scored twice (:func:`score_files` does).
    """

    outcomes: DataFrame
    results: DataFrame
    rejects: DataFrame


class SparkInterrupt:
    """Ctrl-C (SIGINT) or SIGTERM during a Spark run, handled without a call into the JVM
    from the signal handler.

    pyspark's own SIGINT handler calls ``cancelAllJobs`` through py4j from inside the call
    it interrupts: on the same connection (a "reentrant call" error, logged with two py4j
    tracebacks) and leaving that connection mid-answer. Instead, :meth:`installed` puts a
    handler that only notes the signal and starts a thread that, on its own connection,
    turns Spark's logging off and cancels the jobs (again until the run ends, so a job
    submitted just after is cancelled too). The driver's blocked call then returns with
    Spark's "job cancelled" error, the run cleans up as after any failure (the staging
    directory removed, OUT untouched), and :meth:`check` / :meth:`exception` turn it into
    the ``KeyboardInterrupt`` (or :class:`fraud.batch.Terminated`) the CLI reports in one
    line. A second signal raises at once.
    """

    def __init__(self) -> None:
        self.spark: Any = None
        self.signum: int | None = None
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self._installed = False

    def _handle(self, signum: int, frame: Any) -> None:
        if self.signum is not None:  # asked twice: stop now
            raise self.exception()
        self.signum = signum
        self._start_cancelling()

    def _start_cancelling(self) -> None:
        if self.spark is not None and self.signum is not None and self._thread is None:
            self._thread = threading.Thread(
                target=self._cancel, name="fraud-spark-cancel", daemon=True
            )
            self._thread.start()

    def watch(self, spark: Any) -> None:
        """Cancel ``spark``'s jobs on a signal (at once if one came while it started), and
        put this handler back over the one a new SparkContext installs for SIGINT."""
        self.spark = spark
        if self._installed:
            signal.signal(signal.SIGINT, self._handle)
        self._start_cancelling()

    def _cancel(self) -> None:
        logging.getLogger("py4j").setLevel(logging.CRITICAL)
        with contextlib.suppress(Exception):  # the cancelled tasks' errors are expected now
            self.spark.sparkContext.setLogLevel("OFF")
        while not self._done.is_set():
            with contextlib.suppress(Exception):
                self.spark.sparkContext.cancelAllJobs()
            self._done.wait(0.2)

    def exception(self) -> KeyboardInterrupt:
        """What the run ends with: ``Terminated`` for SIGTERM, else ``KeyboardInterrupt``."""
        return Terminated() if self.signum == signal.SIGTERM else KeyboardInterrupt()

    def check(self) -> None:
        """Raise :meth:`exception` if a signal came."""
        if self.signum is not None:
            raise self.exception()

    @contextlib.contextmanager
    def installed(self) -> Iterator[SparkInterrupt]:
        """Handle SIGINT and SIGTERM this way inside the block (main thread only)."""
        if threading.current_thread() is not threading.main_thread():
            yield self
            return
        previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
        for sig in previous:
            signal.signal(sig, self._handle)
        self._installed = True
        try:
            yield self
        finally:
            self._installed = False
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            self._done.set()
            if self._thread is not None:
                self._thread.join(timeout=5)


def spark_session(
    master: str | None = None,
    *,
    app_name: str = "fraud score",
    config: dict[str, str] | None = None,
) -> SparkSession:
    """The active SparkSession, or a new one on ``master`` (default: spark-submit's, else
    :data:`DEFAULT_MASTER`).

    In local mode the Python workers run this interpreter, so they import the same
    installed ``fraud`` package and models. ``config`` adds Spark settings (used only when a
    new session is made).
    """
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    builder = SparkSession.builder.appName(app_name)
    submitted = _submitted_conf()
    if master is None and not submitted.contains("spark.master"):
        master = DEFAULT_MASTER
    if master is not None:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        # pyspark starts its workers with $PYSPARK_PYTHON (default: whatever `python3` is on
        # PATH), which may not see this environment's `fraud` package.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        # One machine: listen on loopback only (and skip Spark's "hostname resolves to a
        # loopback address" warning).
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.ui.showConsoleProgress", "false")
    builder = builder.config("spark.sql.session.timeZone", "UTC")
    # Arrow batches to and from the Python workers of a few hundred records, not Spark's
    # 10,000: a creator record is tens of KiB, and each batch is held whole, in the JVM's
    # off-heap buffers and in the worker (measured, 2,000 creators of 70 KiB on local[2],
    # each process's peak PSS: 274-285 MiB a worker against 316-324, the JVM 690-720 MiB
    # against 928-942). A value given to spark-submit (--conf) stands.
    if not submitted.contains(_ARROW_BATCH_KEY):
        builder = builder.config(_ARROW_BATCH_KEY, str(_ARROW_BATCH))
    for key, value in (config or {}).items():
        builder = builder.config(key, value)
    with _quiet_pandas_check():
        return builder.getOrCreate()


def _submitted_conf() -> Any:
    """The settings ``spark-submit`` was given (``--master``, ``--conf``), as a SparkConf.

    A SparkConf reads them from the JVM, which exists before a session only when
    ``spark-submit`` started this Python (``PYSPARK_GATEWAY_PORT``) or will start it with
    arguments (``PYSPARK_SUBMIT_ARGS``): then the gateway is opened first. Otherwise there
    are none (a plain ``fraud score --engine spark``), and the JVM is left to start with the
    session, after the environment of :func:`spark_session` is set.
    """
    from pyspark import SparkConf, SparkContext

    if "PYSPARK_GATEWAY_PORT" in os.environ or "PYSPARK_SUBMIT_ARGS" in os.environ:
        SparkContext._ensure_initialized()
    return SparkConf()


def detect_spark_input_format(source: str, explicit: str | None = None) -> str:
    """``jsonl`` or ``parquet``: ``explicit``, else the extension of the file or glob, else
    (a local directory) the files in it. A compression suffix (``.gz``, ``.bz2``, ``.zst``:
    Hadoop's codecs, which the local engine reads too) is looked through; other compressions
    are refused, as by the local engine (:func:`fraud.io.input_compression`)."""
    try:
        # the compressions both engines read, named alike (a local file's bytes must agree)
        compression = input_compression(source.rstrip("/"))
    except ValueError as error:
        raise UsageError(str(error)) from None
    if explicit:
        if explicit not in ("jsonl", "parquet"):
            raise UsageError(
                f"--engine spark reads JSON lines or Parquet, not {explicit!r} "
                "(convert a .json array to JSON lines first)"
            )
        kind = explicit
    else:
        kind = _spark_format_by_name(source, compression)
    if kind == "parquet" and compression is not None:
        raise UsageError(
            f"{source}: a {compression}-compressed Parquet file is not read; Parquet"
            " compresses inside the file: give the .parquet file itself"
        )
    return kind


def _spark_format_by_name(source: str, compression: str | None) -> str:
    name = source.rstrip("/")
    if compression is not None:
        name = name[: -len(Path(name).suffix)]  # x.jsonl.gz: the format of x.jsonl
    suffix = Path(name).suffix.lower()
    if suffix in (".parquet", ".pq"):
        return "parquet"
    if suffix == ".json":
        raise UsageError(
            "--engine spark reads JSON lines or Parquet, not a .json array; "
            "convert it to JSON lines or pass --input-format jsonl if it is JSON lines"
        )
    path = Path(source)
    if path.is_dir():
        names = [p.suffix.lower() for p in path.iterdir() if not p.name.startswith(("_", "."))]
        if names and all(name in (".parquet", ".pq") for name in names):
            return "parquet"
    return "jsonl"


def read_creators(
    spark: SparkSession, source: str | Sequence[str], fmt: str = "jsonl"
) -> DataFrame:
    """Raw creator records of ``source`` (files, directories or globs), with file and line.

    JSON lines come as one binary ``value`` column per non-blank line; Parquet as its own
    columns. Either way the internal columns ``_fraud_source_file`` and
    ``_fraud_source_line`` (1-based line or row) travel with every record. See the module
    docstring for how JSON lines are numbered. Reading JSON lines sets the session's
    ``spark.sql.files.minPartitionNum`` to the current parallelism when it is unset, so that
    the DataFrame's lines stay numbered if executors come or go (:func:`_pin_splits`).
    """
    from pyspark.sql import functions as F

    paths = _patterns(spark, [source] if isinstance(source, str) else source)
    if fmt == "parquet":
        # every file's columns: by default Spark takes one file's schema and drops the
        # columns (e.g. comments) that only the other files hold
        frame = spark.read.option("mergeSchema", "true").parquet(*paths)
        return frame.select(
            "*",
            F.col("_metadata.file_path").alias(_FILE),
            (F.col("_metadata.row_index") + 1).alias(_LINE),
        )
    if fmt != "jsonl":
        raise UsageError(f"unknown input format {fmt!r}; use jsonl or parquet")
    text, block_bases = _counted_lines(spark, paths)
    with _quiet_pandas_check():
        return text.mapInArrow(
            functools.partial(_number_lines, block_bases=block_bases), _RAW_JSON_DDL
        )


def _patterns(spark: SparkSession, sources: Sequence[str]) -> list[str]:
    return [_as_pattern(spark, source) for source in sources]


def _counted_lines(spark: SparkSession, paths: list[str]) -> tuple[DataFrame, Any]:
    """The text lines of the JSON lines files ``paths`` (``value``, ``_FILE``, ``_block``:
    the start of the block that holds the line), and, from a first counting pass, the
    broadcast number of lines before each block of its file (what :func:`_number_lines`
    needs)."""
    from pyspark.sql import functions as F

    _pin_splits(spark)
    # Lines end at "\n" only, as in the CLI (Spark's default also ends them at a lone "\r").
    text = (
        spark.read.option("lineSep", "\n")
        .text(paths)
        .select(
            F.col("value").cast("binary").alias(_VALUE),
            F.col("_metadata.file_path").alias(_FILE),
            F.col("_metadata.file_block_start").alias("_block"),
        )
    )
    # The counting pass also finds compressed bytes read as text (a gzip file named .jsonl:
    # Hadoop picks its codec by the name): no JSON line starts with a compression's magic.
    magic = functools.reduce(
        lambda either, found: either | found,
        [F.col(_VALUE).startswith(F.lit(head)) for head, _ in COMPRESSION_MAGIC],
    )
    counts = (
        text.groupBy(_FILE, "_block")
        .agg(F.count(F.lit(1)).alias("count"), F.max(magic.cast("int")).alias("_compressed"))
        .collect()
    )
    # (a line inside a JSON lines file may start with those bytes by chance: a reject, as in
    # the CLI; a compressed file starts with them)
    flagged = sorted({row[_FILE] for row in counts if row["_compressed"]})
    compressed = [str(_plain_path(file)) for file in flagged if _starts_compressed(spark, file)]
    if compressed:
        raise UsageError(
            f"{', '.join(compressed)}: compressed data under a name without its compression"
            f" suffix (Spark reads it as text); name it .gz, .bz2 or .zst as it is, or"
            " decompress it"
        )
    bases: dict[tuple[str, int], int] = {}
    by_file: dict[str, list[tuple[int, int]]] = {}
    for row in counts:
        by_file.setdefault(row[_FILE], []).append((row["_block"], row["count"]))
    for file, blocks in by_file.items():
        before = 0
        for start, count in sorted(blocks):
            bases[(file, start)] = before
            before += count
    # Broadcast, not captured: a big input has one entry per block.
    return text, spark.sparkContext.broadcast(bases)


_MIN_PARTITIONS_KEY = "spark.sql.files.minPartitionNum"


def _pin_splits(spark: SparkSession) -> bool:
    """Fix the number of splits Spark aims for while reading files, when the session leaves it
    open, at what it is now.

    A file's splits are sized by ``spark.sql.files.minPartitionNum``, which defaults to the
    cluster's current parallelism: with dynamic allocation, executors that come or go between
    the counting pass and the scoring pass would change the blocks, and lines could not be
    numbered (:func:`_numbered`). Pinned, both passes split alike. A value the session set
    itself is kept. Returns whether this call set it.
    """
    if spark.conf.get(_MIN_PARTITIONS_KEY, None) is not None:
        return False
    parallelism = spark.conf.get("spark.sql.leafNodeDefaultParallelism", None)
    pinned = int(parallelism) if parallelism is not None else spark.sparkContext.defaultParallelism
    spark.conf.set(_MIN_PARTITIONS_KEY, str(pinned))
    return True


@contextlib.contextmanager
def _splits_pinned(spark: SparkSession) -> Iterator[None]:
    """:func:`_pin_splits` for the time of a run, the session's setting restored after."""
    pinned = _pin_splits(spark)
    try:
        yield
    finally:
        if pinned:
            with contextlib.suppress(Exception):  # the JVM may be gone (SIGTERM)
                spark.conf.unset(_MIN_PARTITIONS_KEY)


def score_dataframe(
    frame: DataFrame,
    *,
    scorer_factory: Callable[[], CreatorScorer] | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> SparkScores:
    """Score every creator record of ``frame`` with ``mapInArrow``.

    ``frame`` is either one column ``value`` of JSON text (string or binary) per record, or
    one column per CreatorRecord field (nested fields as structs/arrays or JSON text, as in
    Parquet); the optional ``_fraud_source_file`` / ``_fraud_source_line`` columns of
    :func:`read_creators` are carried into the answer. ``scorer_factory`` (picklable and
    hashable; default: the installed package's models) is called once per Python worker.
    Returns lazy DataFrames; nothing runs until one is used.
    """
    return _scores(frame, _score_batches, scorer_factory, chunk_size)


def _scores(
    frame: DataFrame,
    mapper: Callable[..., Iterator[pa.RecordBatch]],
    scorer_factory: Callable[[], CreatorScorer] | None,
    chunk_size: int,
    **arguments: Any,
) -> SparkScores:
    """:class:`SparkScores` of ``frame`` mapped by ``mapper`` (:func:`_score_batches`, or
    :func:`_number_and_score` on the lines of :func:`_counted_lines`) with the scorer
    factory, the chunk size and ``arguments``."""
    from pyspark.sql import functions as F

    if chunk_size < 1:
        raise UsageError("--chunk-size must be at least 1")
    factory = scorer_factory if scorer_factory is not None else ScorerLoader()
    bound = functools.partial(mapper, scorer_factory=factory, chunk_size=chunk_size, **arguments)
    with _quiet_pandas_check():
        outcomes = frame.mapInArrow(bound, _OUTCOME_DDL)
    results = outcomes.where(F.col("error").isNull()).select(*RESULT_COLUMNS)
    rejects = outcomes.where(F.col("error").isNotNull()).select(
        F.col("source_file").alias("file"),
        F.col("source_line").alias("line"),
        "error",
        "input",
    )
    return SparkScores(outcomes=outcomes, results=results, rejects=rejects)


@contextlib.contextmanager
def _quiet_pandas_check() -> Iterator[None]:
    """pyspark warns that it does not fully support pandas 3; ``mapInArrow`` uses no pandas."""
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message="PySpark does not yet fully support pandas", category=FutureWarning
        )
        yield


def _starts_compressed(spark: SparkSession, file: str) -> bool:
    """Whether ``file`` begins with a compression's magic bytes (read through Hadoop)."""
    path = _hadoop_path(spark, file)
    stream = _hadoop_fs(spark, path).open(path)
    try:
        head = bytearray()
        for _ in range(max(len(magic) for magic, _ in COMPRESSION_MAGIC)):
            byte = stream.read()
            if byte < 0:
                break
            head.append(byte)
    finally:
        stream.close()
    return magic_compression(bytes(head)) is not None


def _hadoop_path(spark: SparkSession, *parts: Any) -> Any:
    """A Hadoop ``Path`` (through the JVM, so HDFS and object stores work as local files do)."""
    jvm: Any = spark._jvm
    assert jvm is not None, "no JVM behind this SparkSession"
    return jvm.org.apache.hadoop.fs.Path(*parts)


def _hadoop_fs(spark: SparkSession, path: Any) -> Any:
    """The Hadoop ``FileSystem`` that holds ``path``."""
    return path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())


def score_files(
    source: str | Sequence[str],
    output: str,
    *,
    spark: SparkSession | None = None,
    master: str | None = None,
    input_format: str | None = None,
    output_format: str | None = None,
    overwrite: bool = False,
    scorer_factory: Callable[[], CreatorScorer] | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    stderr: IO[str] | None = None,
) -> RunSummary:
    """``fraud score IN -o OUT --engine spark``: score files into the directory ``output``.

    Layout of ``output``: ``part-*`` files (JSON lines of ScoreResult, exactly the lines
    the CLI writes, gzip-compressed when ``output`` ends in ``.jsonl.gz``, or Parquet with
    :data:`RESULT_COLUMNS`), ``_SUCCESS``, and
    ``_rejects/part-*.json`` (``{"file", "line", "error", "input"}``). Everything is
    written to a staging directory beside ``output`` and renamed into place at the end, so
    ``output`` appears complete or not at all. An existing ``output`` is refused unless
    ``overwrite`` (then it is replaced only after the new one is fully written).
    """
    err = stderr or sys.stderr
    sources = [source] if isinstance(source, str) else list(source)
    if not sources:
        raise UsageError("no input given")
    kinds = {detect_spark_input_format(item, input_format) for item in sources}
    if len(kinds) > 1:
        raise UsageError("mixed JSON lines and Parquet inputs; score them separately")
    in_kind = kinds.pop()
    # OUT's extension names the format when --format does not (the local engine's names;
    # a directory without one is JSON lines)
    suffix = Path(output.rstrip("/")).suffix.lower()
    gzipped = suffix == ".gz"  # OUT named x.jsonl.gz: gzip part files, as the local engine
    if gzipped:
        suffix = Path(output.rstrip("/")[: -len(".gz")]).suffix.lower()
    elif suffix in COMPRESSIONS or suffix in _REFUSED_COMPRESSIONS:
        raise UsageError(f"{output}: only gzip (.gz) is written; name OUT .jsonl.gz or plainly")
    named = OUTPUT_SUFFIXES.get(suffix)
    out_kind = output_format or named or "jsonl"
    if gzipped and out_kind != "jsonl":
        raise UsageError(
            f"{output}: {out_kind} is not written gzip-compressed (it compresses inside the"
            " file); drop the .gz"
        )
    if output_format is None and named is not None and named not in SPARK_OUTPUT_FORMATS:
        raise UsageError(
            f"--engine spark writes jsonl or parquet, not {suffix}: name OUT without that"
            " extension or give --format"
        )
    if out_kind not in SPARK_OUTPUT_FORMATS:
        raise UsageError(f"--engine spark writes jsonl or parquet, not {out_kind!r}")
    if output in ("", "-"):
        raise UsageError("--engine spark writes a directory: give one with -o OUT")
    if chunk_size < 1:
        raise UsageError("--chunk-size must be at least 1")

    interrupt = SparkInterrupt()
    with interrupt.installed():
        owned = spark is None
        if spark is None:
            from pyspark.sql import SparkSession

            owned = SparkSession.getActiveSession() is None
            spark = _start_session(master)
            if owned and (spark.sparkContext.master or "").startswith("local"):
                # A laptop run: failures raise anyway, and are told in one line (a task's
                # failure would otherwise print the executor's Java stack trace as well).
                spark.sparkContext.setLogLevel("OFF")
        interrupt.watch(spark)
        try:
            interrupt.check()
            with _splits_pinned(spark):
                counts = _score_into_staging(
                    spark,
                    sources,
                    output,
                    interrupt,
                    in_kind=in_kind,
                    out_kind=out_kind,
                    gzipped=gzipped,
                    overwrite=overwrite,
                    scorer_factory=scorer_factory,
                    chunk_size=chunk_size,
                )
        except Exception as error:
            if interrupt.signum is not None:  # the cancelled job's error: the signal stands
                raise interrupt.exception() from None
            if (unreadable := _unreadable_file(error)) is not None:
                raise UsageError(unreadable) from None
            raise
        finally:
            if owned:
                with contextlib.suppress(Exception):
                    spark.stop()
    summary = RunSummary(scored=counts.get(False, 0), rejected=counts.get(True, 0))
    summary.read = summary.scored + summary.rejected
    if summary.rejected:
        summary.rejects_path = Path(output) / REJECTS_DIR
        print(f"rejects written to {output}/{REJECTS_DIR}/", file=err)
    return summary


def _start_session(master: str | None) -> SparkSession:
    """:func:`spark_session` started in a helper thread while this one waits.

    pyspark installs its SIGINT handler (which calls into the JVM from the interrupted call,
    see :class:`SparkInterrupt`) only when its SparkContext is made in the main thread; and
    a Ctrl-C while the JVM starts is noted by the handler of :class:`SparkInterrupt` and
    acted on once the session is up (a second one stops at once).
    """
    started: dict[str, Any] = {}

    def start() -> None:
        try:
            started["spark"] = spark_session(master)
        except BaseException as error:  # handed to the waiting thread
            started["error"] = error

    thread = threading.Thread(target=start, name="fraud-spark-start", daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(0.2)
    if "error" in started:
        raise started["error"]
    return started["spark"]


def _score_into_staging(
    spark: SparkSession,
    sources: Sequence[str],
    output: str,
    interrupt: SparkInterrupt,
    *,
    in_kind: str,
    out_kind: str,
    gzipped: bool,
    overwrite: bool,
    scorer_factory: Callable[[], CreatorScorer] | None,
    chunk_size: int,
) -> dict[bool, int]:
    """:func:`score_files`' Spark part: score into a staging directory beside ``output``,
    rename it to ``output``; returns the number of records scored (False) and rejected
    (True)."""
    from pyspark import StorageLevel
    from pyspark.errors import AnalysisException

    target = _hadoop_path(spark, output)
    fs = _hadoop_fs(spark, target)
    target = fs.makeQualified(target)
    if fs.exists(target) and not overwrite:
        raise UsageError(f"{output} exists; pass --overwrite to replace it")
    _check_inputs(spark, sources, target, output)
    # A hidden sibling of OUT: same file system, so the final rename is cheap.
    staging = _hadoop_path(
        spark, target.getParent(), f".{target.getName()}.staging-{uuid.uuid4().hex[:12]}"
    )
    try:
        scores = _file_scores(spark, sources, in_kind, scorer_factory, chunk_size)
        interrupt.check()
    except AnalysisException as error:
        raise UsageError(f"cannot read {', '.join(sources)}: {_first_line(error)}") from error
    outcomes = scores.outcomes.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        results = scores.results
        if out_kind == "jsonl":
            writer = results.select("result").write.mode("errorifexists")
            if gzipped:
                writer = writer.option("compression", "gzip")
            writer.text(staging.toString())
        else:
            results.write.mode("errorifexists").parquet(staging.toString())
        rejects_dir = _hadoop_path(spark, staging, REJECTS_DIR)
        scores.rejects.write.mode("errorifexists").json(rejects_dir.toString())
        counts = {
            bool(row["rejected"]): int(row["count"])
            for row in outcomes.groupBy(outcomes["error"].isNotNull().alias("rejected"))
            .count()
            .collect()
        }
        interrupt.check()  # a signal after the last job: OUT is not replaced
    except BaseException:
        # the JVM may be gone already (SIGTERM to the process group): the first error stands
        with contextlib.suppress(Exception):
            fs.delete(staging, True)
        raise
    finally:
        with contextlib.suppress(Exception):
            outcomes.unpersist()
    _replace(spark, fs, staging, target, output)
    return counts


def _file_scores(
    spark: SparkSession,
    sources: Sequence[str],
    in_kind: str,
    scorer_factory: Callable[[], CreatorScorer] | None,
    chunk_size: int,
) -> SparkScores:
    """The lazy :class:`SparkScores` of the files ``sources`` (their reading passes run
    here: the line count of JSON lines, Parquet's schemas). JSON lines are numbered and
    scored in one step (:func:`_number_and_score`); Parquet goes through
    :func:`read_creators` and :func:`score_dataframe`."""
    if in_kind != "jsonl":
        raw = read_creators(spark, sources, in_kind)
        return score_dataframe(raw, scorer_factory=scorer_factory, chunk_size=chunk_size)
    lines, block_bases = _counted_lines(spark, _patterns(spark, sources))
    return _scores(lines, _number_and_score, scorer_factory, chunk_size, block_bases=block_bases)


_GLOB_CHARACTERS = "[]{}*?\\"


def _as_pattern(spark: SparkSession, source: str) -> str:
    """``source`` as Hadoop reads it: an existing file or directory whose name holds glob
    characters (``scores [1].jsonl``) with them escaped, so it names itself; anything else
    (a glob, a path that does not exist) as given."""
    if not any(char in source for char in _GLOB_CHARACTERS):
        return source
    path = _hadoop_path(spark, source)
    if not _hadoop_fs(spark, path).exists(path):
        return source
    return "".join("\\" + char if char in _GLOB_CHARACTERS else char for char in source)


def _check_inputs(spark: SparkSession, sources: Sequence[str], target: Any, output: str) -> None:
    """Refuse inputs Spark would skip without a word (a named file whose name starts with
    ``_`` or ``.``: Hadoop's hidden files), files compressed in a way the local engine
    refuses (``.xz`` read as text, ``.lz4``...; a directory's files too), a file named twice,
    and an OUT that is an input or holds one (with ``--overwrite`` it would be deleted, as
    ``fraud score`` refuses for the local engine)."""
    out = target.toString().rstrip("/")
    given: dict[str, int] = {}  # every file the inputs name -> the input that names it first
    for index, source in enumerate(sources):
        path = _hadoop_path(spark, _as_pattern(spark, source))
        fs = _hadoop_fs(spark, path)
        found = fs.globStatus(path) or []
        for status in found:
            named = fs.makeQualified(status.getPath()).toString().rstrip("/")
            if named == out or named.startswith(out + "/"):
                raise UsageError(
                    f"the output {output} is or holds the input {source}, and would overwrite"
                    " it; choose another path"
                )
            name = status.getPath().getName()
            if status.isFile() and name.startswith(("_", ".")):
                raise UsageError(
                    f"{source}: Spark skips files whose names start with '_' or '.'"
                    " (hidden files); rename it"
                )
            # a compression the local engine would refuse (Spark would read it as text, or
            # only in Hadoop's own framing): the files found, and those of a directory; and a
            # file named twice (by two inputs, or a glob and a directory): Spark would score it
            # twice and number its lines from both readings
            children = [status] if status.isFile() else list(fs.listStatus(status.getPath()) or [])
            for child in children:
                child_name = child.getPath().getName()
                if child.isFile() and not child_name.startswith(("_", ".")):
                    try:
                        input_compression(child_name)
                    except ValueError as error:
                        where = "" if child is status else f" (in {source})"
                        raise UsageError(f"{error}{where}") from None
                    file = fs.makeQualified(child.getPath()).toString()
                    if given.setdefault(file, index) != index:
                        raise UsageError(
                            f"{_plain_path(file)} is given twice ({sources[given[file]]},"
                            f" {source}): give it once"
                        )


def _replace(spark: SparkSession, fs: Any, staging: Any, target: Any, output: str) -> None:
    """Move the finished ``staging`` directory to ``target``. An existing ``target`` (only
    with ``--overwrite``) is first renamed aside and deleted only once the new one is in
    place: a failure in between leaves the old output where it was."""
    backup = None
    if fs.exists(target):
        backup = _hadoop_path(
            spark, target.getParent(), f".{target.getName()}.old-{uuid.uuid4().hex[:12]}"
        )
        if not fs.rename(target, backup):
            fs.delete(staging, True)
            raise OSError(f"could not move the previous {output} aside")
    if not fs.rename(staging, target):
        if backup is not None:
            fs.rename(backup, target)
        fs.delete(staging, True)
        raise OSError(f"could not move {staging.toString()} to {output}")
    if backup is not None:
        fs.delete(backup, True)


_READ_FAILURE = re.compile(r"FAILED_READ_FILE[.\w]*\] Encountered error while reading file (\S+)\.")
_CAUSE = re.compile(r"^Caused by: (\S+(?:Exception|Error)\b:?.*)$", re.M)
# What Hadoop's codecs raise on corrupt or truncated data (gzip, bzip2, zstd).
_DAMAGE = ("EOFException", "ZipException", "not in gzip format", "CompressorException", "Zstd")


def _unreadable_file(error: BaseException) -> str | None:
    """A job that failed reading an input file (Spark's ``FAILED_READ_FILE``: corrupt or
    truncated compressed data, a file gone mid-run), said in one line naming the file; else
    ``None``. Spark cannot score a file up to its damage as the local engine does: its
    readers fail the task, and the run, so nothing is written."""
    text = str(error)
    found = _READ_FAILURE.search(text)
    if found is None:
        return None
    path = _plain_path(found.group(1))
    causes = _CAUSE.findall(text)
    cause = causes[-1].strip() if causes else "unreadable"
    damaged = any(marker in cause for marker in _DAMAGE)
    what = "corrupt or truncated compressed data" if damaged else "could not be read"
    return (
        f"{path}: {what} ({cause}); the Spark engine cannot score a file up to the damage "
        "as the local engine does, so nothing was scored and OUT was not written: repair "
        "the file or leave it out"
    )


def _spark_failure(error: BaseException) -> str:
    """The Python error behind a failed Spark job (its last ``SomeError: ...`` line)."""
    found = re.findall(r"^([A-Za-z_][\w.]*(?:Error|Exception|Exit)\b:? .*)$", str(error), re.M)
    return found[-1].strip() if found else _first_line(error)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def score_from_args(args: Any) -> int:
    """``fraud score ... --engine spark`` (``args`` from the CLI parser); returns the exit code.

    A failed Spark job (a task that failed ``spark.task.maxFailures`` times, an executor
    that cannot start Python) is reported in one line with exit code 1, not a traceback.
    """
    from py4j.protocol import Py4JError
    from pyspark.errors import PySparkException

    if args.input == "-":
        raise UsageError("--engine spark reads files, not stdin: give a file, directory or glob")
    if args.rejects:
        raise UsageError(f"--engine spark writes rejects to OUT/{REJECTS_DIR}; drop --rejects")
    model_dir = Path(args.model_dir).resolve() if args.model_dir is not None else None
    try:
        summary = score_files(
            args.input,
            args.output,
            master=args.master,
            input_format=args.input_format,
            output_format=args.output_format,
            overwrite=args.overwrite,
            scorer_factory=ScorerLoader(model_dir),
            chunk_size=args.chunk_size,
        )
    except (PySparkException, Py4JError) as error:
        print(f"fraud: error: the Spark job failed: {_spark_failure(error)}", file=sys.stderr)
        return 1
    print(summary.line(), file=sys.stderr)
    return summary.exit_code


def main(argv: list[str] | None = None) -> int:
    """``spark-submit .../fraud/spark.py IN -o OUT [...]``: the CLI with ``--engine spark``."""
    from fraud.cli import main as cli_main

    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["score"]:
        args = args[1:]
    return cli_main(["score", *args, "--engine", "spark"])


if __name__ == "__main__":
    # Run as a file by spark-submit: import the real module so that the functions shipped to
    # the workers are pickled by reference to ``fraud.spark`` (keeping the scorer cache).
    from fraud.spark import main as _main

    sys.exit(_main())
