"""The batch engine: records in, outcomes out, in input order, with rejects.

Every batch edge uses this module: ``fraud score`` (via :func:`run_score`), the service's
batch route, the store and the distributed runner. It never imports ``service``.

Public API (stable; other modules build on it)
---------------------------------------------
:class:`Outcome`
    One input record's fate: its number, the JSON-ready result (a ``ScoreResult`` as a dict)
    or ``None``, the reject reason or ``None``, and optionally where it came from.
:func:`validate_creator`
    One raw record (a :class:`fraud.io.RawRecord`, JSON bytes or an already decoded mapping)
    to a :class:`~fraud.schema.CreatorRecord`, or the reject reason as a string (worded like
    ``posts[3].likes: Input should be greater than or equal to 0``). JSON bytes take the
    msgspec fast path of :mod:`fraud.validation` (same rules and wording as pydantic).
:func:`score_chunk`
    ``score_chunk(scorer, raws) -> list[Outcome]``: validate and score one chunk in this
    process, one outcome per input, in order. A record the scorer fails on is rejected on its
    own; its neighbours keep their scores.
:func:`score_stream`
    ``score_stream(raws, scorer_factory, *, jobs, chunk_size) -> Iterator[(chunk, outcomes)]``:
    any number of records, chunk by chunk, in input order, with bounded memory. Up to two
    chunks are scored in this process; beyond that, with ``jobs > 1``, worker processes
    forked after the models are loaded score while this process only reads and hands out
    chunks. Call :func:`prepare_for_workers` before loading models in a process that will
    fork workers (the CLI does).
:func:`run_score`, :func:`run_accounts`, :func:`run_comments`
    File (or stdin) to file (or stdout): what ``fraud score``/``accounts``/``comments`` do,
    returning a :class:`RunSummary` (read = scored + rejected). Outputs are written under a
    temporary name and renamed when complete; an interrupted run keeps ``OUT.partial``.
:func:`sigterm_as_interrupt`
    A context in which SIGTERM raises :class:`Terminated` (a ``KeyboardInterrupt``), so a
    killed run cleans up like Ctrl-C: workers ended, output path untouched, counts reported.

Examples
--------
>>> from fraud.batch import ScorerLoader, score_chunk           # doctest: +SKIP
>>> outcomes = score_chunk(ScorerLoader()(), [creator_dict])     # doctest: +SKIP
>>> outcomes[0].result["verdict"]                               # doctest: +SKIP
'authentic'
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeAlias, TypeVar

from fraud.io import (
    OutputTarget,
    RawRecord,
    RecordError,
    RejectsWriter,
    RowWriter,
    default_rejects_path,
    detect_input_format,
    detect_output_format,
    format_validation_error,
    input_compression,
    iter_raw_records,
    open_row_writer,
    parse_record,
)
from fraud.wording import counted

if TYPE_CHECKING:  # imported where used: `fraud --help` starts without pydantic
    from fraud.schema import CreatorRecord, ScoreResult

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "CreatorScorer",
    "Outcome",
    "RunSummary",
    "ScorerLoader",
    "Terminated",
    "UsageError",
    "WorkerError",
    "chunked",
    "import_lightgbm_lean",
    "prepare_for_workers",
    "run_accounts",
    "run_comments",
    "run_score",
    "score_chunk",
    "score_records",
    "score_stream",
    "scoring_gc",
    "sigterm_as_interrupt",
    "validate_creator",
]

DEFAULT_CHUNK_SIZE = 100
_STDERR_REJECTS_SHOWN = 5

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input record: exactly one of ``result`` and ``reason`` is set."""

    number: int
    result: dict[str, Any] | None
    reason: str | None
    source: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the record was scored."""
        return self.result is not None


class CreatorScorer(Protocol):
    """What the batch engine needs from ``fraud.scoring.Scorer``."""

    @property
    def manifest(self) -> dict[str, Any]:
        """The creator model's manifest."""
        ...

    def score_many(self, records: Sequence[CreatorRecord]) -> list[ScoreResult]: ...


@dataclass(frozen=True)
class ScorerLoader:
    """Picklable factory for the real scorer (worker processes call it once each)."""

    model_dir: Path | None = None

    def __call__(self) -> CreatorScorer:
        """Load ``fraud.scoring.Scorer`` from ``model_dir`` (default: the project's models)."""
        import_lightgbm_lean()
        from fraud.scoring import Scorer

        scorer: CreatorScorer = Scorer.load(self.model_dir)
        return scorer


class Terminated(KeyboardInterrupt):
    """SIGTERM during a run, handled like Ctrl-C: workers stopped, partial output kept."""


def _raise_terminated(signum: int, frame: Any) -> None:
    raise Terminated


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within this block SIGTERM raises :class:`Terminated` (main thread only; else no-op).

    So ``kill <pid>`` of a run goes through the same clean-up as Ctrl-C: the workers are
    ended, the output path keeps its old content, and the counts so far are reported.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def atomic_output(path: str | Path, mode: str = "wb", **options: Any) -> Iterator[IO[Any]]:
    """``open(path, mode)`` under a temporary name in its directory, renamed to ``path`` when
    the block ends; on any error, Ctrl-C or SIGTERM the temporary file is removed and ``path``
    keeps what it held (a data file appears whole or not at all)."""
    target = OutputTarget(str(path))
    try:
        with sigterm_as_interrupt(), open(target.write_path, mode, **options) as handle:
            yield handle
    except BaseException:
        target.discard()
        raise
    target.commit()


def import_lightgbm_lean(*, without_pandas: bool = False) -> None:
    """Import LightGBM without the scikit-learn layer it loads only for its sklearn-style API.

    ``lightgbm.compat`` imports scikit-learn (and with it much of SciPy, over a second of
    start-up) when it is installed, only to define ``LGBMClassifier`` and friends, which
    scoring never uses (it uses ``lightgbm.Booster``). Hiding scikit-learn during that one
    import skips it; scikit-learn itself stays importable afterwards. In this process the
    sklearn-style LightGBM classes are then unavailable. No-op if LightGBM is imported.

    ``without_pandas`` hides pandas the same way (pandas and the pyarrow it loads cost about
    0.3 s of start-up and 40 MB of libraries that scoring never uses, since it hands LightGBM
    numpy arrays): LightGBM in this process then does not recognise DataFrames, so only a
    process that does nothing but score may ask for it (``fraud score`` does).

    SciPy is not loaded either while nothing passes LightGBM a sparse matrix (about 0.1 s of
    start-up): :func:`fraud.lazy_sparse.import_without_scipy` gives LightGBM a stand-in for
    ``scipy.sparse`` that loads the real one on demand and answers its ``isinstance`` checks
    exactly, so this holds in any process.
    """
    if "lightgbm" in sys.modules or "sklearn" in sys.modules:
        return
    from fraud.lazy_sparse import import_without_scipy

    hidden = ["sklearn"] + (["pandas"] if without_pandas and "pandas" not in sys.modules else [])
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import fails: compat skips it
    try:
        import_without_scipy()
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


class UsageError(Exception):
    """A mistake in how a run was asked for: printed without a traceback, exit 1."""


@dataclass
class RunSummary:
    """Counts of one batch run; ``scored + rejected == read`` always."""

    read: int = 0
    scored: int = 0
    rejected: int = 0
    rejects_path: Path | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 when every record was used, 2 when any was rejected."""
        return 2 if self.rejected else 0

    def line(self, verb: str = "scored") -> str:
        """The summary line printed on stderr (saying so when the input held no record: the
        run succeeds, with an empty output, which a script checking only the exit code would
        not see)."""
        counts = f"read {self.read}, {verb} {self.scored}, rejected {self.rejected}"
        return counts if self.read else f"{counts}: the input holds no records"


# --------------------------------------------------------------------------- validation


RawInput: TypeAlias = "RawRecord | bytes | Mapping[str, Any] | CreatorRecord"


def validate_creator(raw: RawInput, *, light: bool = False) -> CreatorRecord | str:
    """One raw record as a :class:`CreatorRecord`, or why it cannot be one (a reject reason).

    JSON text (a JSONL line) takes the fast path of :func:`fraud.validation.parse_creator`;
    decoded values (JSON array elements, Parquet rows, mappings) are validated by pydantic.
    Both accept and refuse the same records with the same wording. ``light`` (used by
    :func:`score_chunk`) keeps the fast path's list items as msgspec structs: the same
    fields and values, for a record that only goes to the scorer (see
    :func:`fraud.validation.validate_creator_json`).
    """
    from fraud.schema import CreatorRecord

    payload: Any = raw.payload if isinstance(raw, RawRecord) else raw
    if isinstance(payload, CreatorRecord):  # validated already (e.g. completed from a store)
        return payload
    if isinstance(payload, RecordError):
        return payload.reason(raw.number) if isinstance(raw, RawRecord) else payload.message
    from fraud.validation import parse_creator, validate_with_pydantic

    if isinstance(payload, bytes):
        return parse_creator(payload, light=light)
    return validate_with_pydantic(payload)


def _number_of(raw: RawInput, index: int) -> int:
    return raw.number if isinstance(raw, RawRecord) else index + 1


# --------------------------------------------------------------------------- scoring


def score_chunk(scorer: CreatorScorer, raws: Sequence[RawInput]) -> list[Outcome]:
    """Validate and score one chunk; one :class:`Outcome` per input, in input order.

    ``raws`` may be :class:`fraud.io.RawRecord` (numbered by the reader; its payload JSON
    bytes, a decoded value or an already validated ``CreatorRecord``), JSON bytes, mappings
    or ``CreatorRecord`` (numbered 1.. by position). A record the scorer fails on is
    rejected on its own (the chunk is retried one record at a time), so one strange record
    never costs its neighbours their scores.
    """
    outcomes: list[Outcome | None] = [None] * len(raws)
    valid: list[tuple[int, CreatorRecord]] = []
    for index, raw in enumerate(raws):
        checked = validate_creator(raw, light=True)  # records go to the scorer only
        if isinstance(checked, str):
            outcomes[index] = Outcome(_number_of(raw, index), None, checked)
        else:
            valid.append((index, checked))
    if valid:
        results = score_records(scorer, [record for _, record in valid])
        for (index, _), result in zip(valid, results, strict=True):
            number = _number_of(raws[index], index)
            if isinstance(result, Exception):
                reason = f"scoring failed: {type(result).__name__}: {result}"
                outcomes[index] = Outcome(number, None, reason)
            else:
                outcomes[index] = Outcome(number, result.model_dump(mode="json"), None)
    return [outcome for outcome in outcomes if outcome is not None]


def score_records(
    scorer: CreatorScorer, records: Sequence[CreatorRecord]
) -> list[ScoreResult | Exception]:
    """Score valid records together (one call: the fixed costs of every numpy and model call
    are paid once); one result per record, in order, or the error scoring that record raised.
    When the call fails, the records are scored one at a time, so one strange record never
    costs its neighbours their scores."""
    if not records:
        return []
    try:
        results: list[ScoreResult | Exception] = list(scorer.score_many(records))
        if len(results) != len(records):
            raise RuntimeError("scorer returned a different number of results")
        return results
    except Exception:
        results = []
        for record in records:
            try:
                results.append(scorer.score_many([record])[0])
            except Exception as error:
                results.append(error)
        return results


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


# The cyclic collector's thresholds while a process scores (gc.set_threshold). Scoring
# allocates some 1,500 container objects per creator that reference counting frees, and the
# comment classifier's caches grow to hundreds of thousands of objects: with the default
# thresholds (700, 10, 10) the collector ran twice per creator and a full collection, walking
# every cache entry, every ~60 creators, about 15% of a worker's time. Collections every
# 50,000 allocations, and a full one every 100 of those, cost under 1%; the rare cyclic
# garbage is still collected. Results do not depend on it.
SCORING_GC_THRESHOLDS = (50_000, 10, 10)


@contextmanager
def scoring_gc() -> Iterator[None]:
    """Within this block the cyclic garbage collector runs rarely (see
    :data:`SCORING_GC_THRESHOLDS`); the previous thresholds come back after it. For a
    process that does little but score (a ``fraud score`` run, a worker)."""
    previous = gc.get_threshold()
    gc.set_threshold(*SCORING_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


class WorkerError(RuntimeError):
    """A worker process died or failed outside any one record."""


# The scorer a forked worker inherits from its parent (set just before the fork).
_INHERITED_SCORER: CreatorScorer | None = None


def prepare_for_workers() -> None:
    """One native thread per process; call before the models are loaded (the CLI does).

    Worker processes are forked from a parent that has loaded the models. GNU OpenMP is not
    fork-safe once it has started its thread pool, so the pool must never start: with one
    thread per process (which is also right for ``jobs`` processes on ``jobs`` cores) it
    does not. An explicit ``OMP_NUM_THREADS`` is respected (workers are then spawned).
    """
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")


def _fork_is_safe() -> bool:
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    return os.environ.get("OMP_NUM_THREADS") == "1" or "lightgbm" not in sys.modules


def _die_with_parent() -> None:
    """Ask Linux to end this worker when its parent dies, however the parent ends."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the parent's clean-up still stops us
        pass


def _worker_main(
    tasks: Any, results: Any, scorer_factory: Callable[[], CreatorScorer] | None
) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    prepare_for_workers()
    if scorer_factory is not None:
        scorer = scorer_factory()
    else:
        assert _INHERITED_SCORER is not None, "forked worker without a scorer"
        scorer = _INHERITED_SCORER
    gc.collect()
    gc.freeze()  # the models live as long as the worker: keep the collector off them
    gc.set_threshold(*SCORING_GC_THRESHOLDS)  # the worker only scores (see scoring_gc)
    while (task := tasks.get()) is not None:
        index, chunk = task
        try:
            results.put((index, score_chunk(scorer, chunk), None))
        except BaseException as error:
            results.put((index, None, f"{type(error).__name__}: {error}"))


class _WorkerPool:
    """``jobs`` worker processes scoring chunks; results come back in input order."""

    def __init__(
        self,
        scorer: CreatorScorer,
        scorer_factory: Callable[[], CreatorScorer],
        jobs: int,
    ) -> None:
        import multiprocessing

        global _INHERITED_SCORER
        fork = _fork_is_safe()
        context: Any = multiprocessing.get_context("fork" if fork else "spawn")
        self.tasks: Any = context.Queue()
        self.results: Any = context.Queue()
        _INHERITED_SCORER = scorer if fork else None
        gc.collect()
        if fork:
            gc.freeze()  # shared pages stay shared: the collector does not touch frozen objects
        try:
            self.processes = [
                context.Process(
                    target=_worker_main,
                    args=(self.tasks, self.results, None if fork else scorer_factory),
                    daemon=True,
                    name=f"fraud-worker-{n}",
                )
                for n in range(jobs)
            ]
            for process in self.processes:
                process.start()
        finally:
            if fork:
                gc.unfreeze()
            _INHERITED_SCORER = None

    def run(
        self, chunks: Iterator[list[RawRecord]], jobs: int
    ) -> Iterator[tuple[list[RawRecord], list[Outcome]]]:
        import queue

        pending: dict[int, list[RawRecord]] = {}
        done: dict[int, list[Outcome]] = {}
        next_in = next_out = 0
        exhausted = False
        while True:
            while not exhausted and len(pending) < 2 * jobs:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending[next_in] = chunk
                self.tasks.put((next_in, chunk))
                next_in += 1
            if next_out == next_in:
                return
            while next_out not in done:
                try:
                    index, outcomes, error = self.results.get(timeout=0.5)
                except queue.Empty:
                    dead = [p for p in self.processes if p.exitcode not in (None, 0)]
                    if dead:
                        raise WorkerError(
                            f"worker {dead[0].name} ended with exit code {dead[0].exitcode}"
                        ) from None
                    continue
                if error is not None:
                    raise WorkerError(error)
                done[index] = outcomes
            yield pending.pop(next_out), done.pop(next_out)
            next_out += 1

    def close(self, *, graceful: bool) -> None:
        """Stop the workers: let them finish (``graceful``), or end them now."""
        if graceful:
            for _ in self.processes:
                self.tasks.put(None)
            for process in self.processes:
                process.join(timeout=10)
        for process in self.processes:
            if process.is_alive():
                process.terminate()
        for process in self.processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
        self.tasks.cancel_join_thread()
        self.results.cancel_join_thread()


def score_stream(
    raws: Iterable[RawRecord],
    scorer_factory: Callable[[], CreatorScorer],
    *,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    scorer: CreatorScorer | None = None,
) -> Generator[tuple[list[RawRecord], list[Outcome]], None, None]:
    """Score any number of records chunk by chunk; yields ``(chunk, outcomes)`` in input order.

    ``scorer`` (default: ``scorer_factory()``, called before the first record is read) is
    loaded once here. An input of at most two chunks, or ``jobs == 1``, is scored in this
    process. Otherwise ``jobs`` worker processes score while this process only reads and
    hands out chunks: they are forked after the models are loaded, so they start at once and
    share the models' memory (see :func:`prepare_for_workers`); where forking is not safe
    they are spawned and each calls ``scorer_factory`` (which must then be picklable).
    At most ``2 * jobs`` chunks are in flight, so memory stays flat on any input size.
    Closing the iterator early (or an exception, e.g. ``KeyboardInterrupt``) ends the workers.
    """
    if chunk_size < 1:
        raise UsageError("--chunk-size must be at least 1")
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    local = scorer if scorer is not None else scorer_factory()
    chunks = chunked(raws, chunk_size)
    head = list(islice(chunks, 3))  # two chunks or fewer: not worth starting workers
    if jobs == 1 or len(head) <= 2:
        for chunk in _chain_first_all(head, chunks):
            yield chunk, score_chunk(local, chunk)
        return
    pool = _WorkerPool(local, scorer_factory, jobs)
    graceful = False
    try:
        yield from pool.run(_chain_first_all(head, chunks), jobs)
        graceful = True
    finally:
        pool.close(graceful=graceful)


def _chain_first_all(first: list[T], rest: Iterator[T]) -> Iterator[T]:
    yield from first
    yield from rest


# --------------------------------------------------------------------------- file runs


class RejectSink:
    """Rejected records go to a JSONL file (or to stderr when there is no file)."""

    def __init__(self, path: Path | None, *, echo: IO[str]) -> None:
        self.writer = RejectsWriter(path) if path is not None else None
        self.echo = echo
        self.shown = 0

    def add(self, raw: RawRecord, reason: str) -> None:
        """Record one rejected input record."""
        if self.writer is not None:
            self.writer.write(raw.number, reason, raw.preview())
        if self.writer is None or self.shown < _STDERR_REJECTS_SHOWN:
            print(f"line {raw.number}: {reason}", file=self.echo)
            self.shown += 1

    def close(self, summary: RunSummary) -> None:
        """Close the file and say where the rejects went."""
        if self.writer is not None:
            self.writer.close()
            if self.writer.count:
                summary.rejects_path = self.writer.path
                hidden = self.writer.count - self.shown
                more = f" ({hidden} more not shown above)" if hidden > 0 else ""
                print(f"rejects written to {self.writer.path}{more}", file=self.echo)

    def close_partial(self) -> Path | None:
        """Close after an interruption: the rejects so far go to ``<path>.partial``."""
        return self.writer.close_partial() if self.writer is not None else None


def resolve_rejects_path(output: str, rejects: str | None) -> Path | None:
    """Where rejects go: ``rejects`` if given, stderr (None) when writing to stdout or to
    something that is not a file (``-o /dev/null``: beside it, ``/dev/null.rejects.jsonl``
    was written into ``/dev``)."""
    if rejects:
        return Path(rejects)
    if output == "-" or (os.path.exists(output) and not os.path.isfile(output)):
        return None  # reported on stderr
    return default_rejects_path(output)


def progress_bar(enabled: bool | None, unit: str, total: int | None = None) -> Any:
    """A tqdm bar on stderr (by default only when stderr is a terminal); ETA when ``total``.

    Without a bar, a stand-in with the same ``update``/``close`` (tqdm is not imported)."""
    show = sys.stderr.isatty() if enabled is None else enabled
    if not show:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(unit=unit, total=total, file=sys.stderr, dynamic_ncols=True)


class _NoBar:
    """What :func:`progress_bar` returns when no bar is shown."""

    def update(self, n: int = 1) -> None:
        """Nothing to show."""

    def close(self) -> None:
        """Nothing to close."""


def check_input(source: str) -> None:
    """Fail before any output is created when the input file cannot be read."""
    if source == "-":
        return
    path = Path(source)
    if not path.exists():
        raise FileNotFoundError(2, "No such file or directory", source)
    if path.is_dir():
        raise IsADirectoryError(21, "Is a directory", source)


def _same_file(first: str | Path, second: str | Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist yet
        return Path(first).resolve() == Path(second).resolve()


def check_paths(source: str, output: str, rejects: Path | None) -> None:
    """Refuse output paths in a missing directory, or that would overwrite the input."""
    for path in (output, str(rejects) if rejects else "-"):
        folder = Path(path).parent
        if path != "-" and not folder.is_dir():
            raise FileNotFoundError(2, "No such directory", str(folder))
    named = [("output", output), ("rejects file", str(rejects) if rejects else "-")]
    for what, path in named:
        if path != "-" and source != "-" and _same_file(source, path):
            raise UsageError(
                f"the {what} {path} is the input file and would overwrite it; choose another path"
            )
    if output != "-" and rejects is not None and _same_file(output, rejects):
        raise UsageError(f"the output and the rejects file are the same file ({output})")


_COUNT_LINES_UP_TO = 1 << 30  # counting a bigger file (over ~0.5 s) would delay the start


def count_records(source: str, kind: str) -> int | None:
    """How many records ``source`` holds, when that is cheap to know (for a progress total).

    JSONL: its lines (blank lines included, so a slight over-count); Parquet: its rows from
    the footer; stdin, pipes and other files that are not regular (``<(zcat ...)``: read
    here, they would be empty for the scoring), JSON arrays and compressed files: unknown
    (None).
    """
    if source == "-" or not os.path.isfile(source):
        return None
    try:
        if input_compression(source) is not None:
            return None
        if kind == "parquet":
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(source).metadata.num_rows)
        if kind != "jsonl" or os.path.getsize(source) > _COUNT_LINES_UP_TO:
            return None
        lines = 0
        last = b"\n"
        with open(source, "rb") as handle:
            while block := handle.read(1 << 20):
                lines += block.count(b"\n")
                last = block[-1:]
        return lines + (last != b"\n")
    except (OSError, ValueError):
        return None


class _FileRun:
    """The output, rejects and progress of one file-to-file run, finished or interrupted.

    Output goes to a temporary file renamed into place at the end; an interrupted run (an
    error, Ctrl-C, SIGTERM) leaves the output path as it was, keeps the results so far in
    ``OUT.partial`` and says what it read, scored and rejected.
    """

    def __init__(
        self,
        source: str,
        output: str,
        out_kind: Any,
        rejects: str | None,
        *,
        err: IO[str],
        progress: bool | None,
        unit: str,
        in_kind: str,
        columns: Sequence[str] | None = None,
        parquet_schema: Any | None = None,
    ) -> None:
        rejects_path = resolve_rejects_path(output, rejects)
        check_paths(source, output, rejects_path)
        self.err = err
        self.summary = RunSummary()
        self.target = OutputTarget(output)
        self.writer = open_row_writer(
            self.target.write_path, out_kind, columns=columns, parquet_schema=parquet_schema
        )
        self.sink = RejectSink(rejects_path, echo=err)
        show = sys.stderr.isatty() if progress is None else progress
        total = count_records(source, in_kind) if show else None
        self.bar = progress_bar(progress, unit, total)
        self.output = output
        self.committed = False

    def finish(self) -> None:
        """The run is complete: put the output in place. Call it where a failure goes to
        :meth:`abandon` (the last flush may fail: a full disk, say)."""
        self.bar.close()
        self.writer.close()
        self.target.commit()
        self.committed = True
        self.sink.close(self.summary)

    def abandon(self, verb: str) -> None:
        """The run was interrupted: keep what was written beside the output, and say so."""
        self.bar.close()
        try:
            self.writer.close()
            partial = self.target.keep_partial() if self.summary.scored else None
        except Exception:
            partial = None
        if partial is None:
            self.target.discard()
        rejected = self.sink.close_partial()
        s = self.summary
        parts = [
            f"stopped after reading {counted(s.read, 'record')}: {verb} {s.scored},"
            f" rejected {s.rejected}"
        ]
        if partial is not None:
            parts.append(f"results so far in {partial}")
        if rejected is not None:
            parts.append(f"rejects so far in {rejected}")
        if self.output != "-" and not self.committed and not self.target.direct:
            parts.append(f"{self.output} was not changed")
        print("fraud: " + "; ".join(parts), file=self.err)


def write_outcomes(
    chunk: Sequence[RawRecord],
    outcomes: Sequence[Outcome],
    writer: RowWriter,
    sink: RejectSink,
    summary: RunSummary,
    row: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> None:
    """Write a chunk's results (through ``row`` if given), send its rejects to ``sink``."""
    rows: list[dict[str, Any]] = []
    for raw, outcome in zip(chunk, outcomes, strict=True):
        assert raw.number == outcome.number
        summary.read += 1
        if outcome.result is None:
            summary.rejected += 1
            sink.add(raw, outcome.reason or "rejected")
        else:
            summary.scored += 1
            rows.append(outcome.result if row is None else row(outcome.result))
    writer.write(rows)


def run_score(
    source: str,
    output: str,
    *,
    scorer_factory: Callable[[], CreatorScorer],
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    rejects: str | None = None,
    input_format: str | None = None,
    output_format: str | None = None,
    progress: bool | None = None,
    stderr: IO[str] | None = None,
    store: Any | None = None,
) -> RunSummary:
    """Score every creator in ``source`` (``-`` = stdin) into ``output`` (``-`` = stdout).

    With a ``store`` (:class:`fraud.store.CreatorStore`), each record's follower history is
    completed from it before scoring, and its snapshot and score are recorded after.

    JSONL output holds the full ScoreResult per line; CSV, Parquet and Excel hold the flat,
    typed columns of :mod:`fraud.tables`. The scorer is loaded before any output is created
    (so a broken model directory fails first); results are written in input order; rejected
    records go to the rejects file. See :class:`_FileRun` for what an interrupted run leaves.
    """
    from fraud.tables import SCORE_COLUMNS, score_arrow_schema

    err = stderr or sys.stderr
    in_kind = detect_input_format(source, input_format)
    out_kind = detect_output_format(output, output_format)
    if chunk_size < 1:
        raise UsageError("--chunk-size must be at least 1")
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    check_input(source)
    check_paths(source, output, resolve_rejects_path(output, rejects))
    scorer = scorer_factory()
    flat = out_kind != "jsonl"
    run = _FileRun(
        source,
        output,
        out_kind,
        rejects,
        err=err,
        progress=progress,
        unit=" creators",
        in_kind=in_kind,
        columns=[column for column, _, _ in SCORE_COLUMNS] if flat else None,
        parquet_schema=score_arrow_schema() if out_kind == "parquet" else None,
    )
    raws = iter_raw_records(source, in_kind)
    recorder = None
    if store is not None:
        from fraud.store.recorder import StoreRecorder

        recorder = StoreRecorder(store)
        raws = recorder.complete(raws)
    try:
        with scoring_gc():
            _score_into(run, raws, scorer, scorer_factory, jobs, chunk_size, flat, recorder)
        run.finish()
    except BaseException:
        run.abandon("scored")
        raise
    return run.summary


def _score_into(
    run: _FileRun,
    raws: Iterable[RawRecord],
    scorer: CreatorScorer,
    scorer_factory: Callable[[], CreatorScorer],
    jobs: int,
    chunk_size: int,
    flat: bool,
    recorder: Any,
) -> None:
    """The scoring loop of :func:`run_score`: stream, write, record, advance the bar."""
    from fraud.tables import flat_score_row

    stream = score_stream(raws, scorer_factory, jobs=jobs, chunk_size=chunk_size, scorer=scorer)
    try:
        for chunk, outcomes in stream:
            write_outcomes(
                chunk,
                outcomes,
                run.writer,
                run.sink,
                run.summary,
                flat_score_row if flat else None,
            )
            if recorder is not None:
                recorder.record(outcomes)
            run.bar.update(len(chunk))
    finally:
        stream.close()  # workers end here, before the thresholds come back


def _run_enrich(
    source: str,
    output: str,
    *,
    validate: Callable[[dict[str, Any]], Any],
    enrich: Callable[[list[Any]], list[dict[str, Any]]],
    chunk_size: int,
    rejects: str | None,
    input_format: str | None,
    output_format: str | None,
    progress: bool | None,
    stderr: IO[str] | None,
    unit: str,
    verb: str = "scored",
) -> RunSummary:
    """Stream rows, validate each, add fields chunk by chunk, keep order; shared by commands."""
    from pydantic import ValidationError

    err = stderr or sys.stderr
    in_kind = detect_input_format(source, input_format)
    out_kind = detect_output_format(output, output_format)
    if chunk_size < 1:
        raise UsageError("--chunk-size must be at least 1")
    check_input(source)
    run = _FileRun(
        source, output, out_kind, rejects, err=err, progress=progress, unit=unit, in_kind=in_kind
    )
    summary, sink = run.summary, run.sink
    try:
        for chunk in chunked(iter_raw_records(source, in_kind), chunk_size):
            good: list[tuple[dict[str, Any], Any]] = []
            for raw in chunk:
                summary.read += 1
                parsed = parse_record(raw)
                if isinstance(parsed, RecordError):
                    summary.rejected += 1
                    sink.add(raw, parsed.message)
                    continue
                try:
                    good.append((parsed, validate(parsed)))
                except ValidationError as error:
                    summary.rejected += 1
                    sink.add(raw, format_validation_error(error))
            if good:
                additions = enrich([model for _, model in good])
                run.writer.write(
                    [{**row, **extra} for (row, _), extra in zip(good, additions, strict=True)]
                )
                summary.scored += len(good)
            run.bar.update(len(chunk))
        run.finish()
    except BaseException:
        run.abandon(verb)
        raise
    return summary


def _schema_model(name: str) -> Any:
    import fraud.schema

    return getattr(fraud.schema, name)


def run_accounts(
    source: str,
    output: str,
    *,
    model_factory: Callable[[], Any] | None = None,
    chunk_size: int = 1000,
    rejects: str | None = None,
    input_format: str | None = None,
    output_format: str | None = None,
    progress: bool | None = None,
    stderr: IO[str] | None = None,
) -> RunSummary:
    """Add ``fake_probability`` to every account row (``fraud.audience.FollowerModel``)."""
    if model_factory is None:
        from fraud.audience import FollowerModel

        model_factory = FollowerModel.load
    model = model_factory()

    def enrich(accounts: list[Any]) -> list[dict[str, Any]]:
        probabilities = model.predict_proba(accounts)
        return [{"fake_probability": float(p)} for p in probabilities]

    return _run_enrich(
        source,
        output,
        validate=_schema_model("Account").model_validate,
        enrich=enrich,
        chunk_size=chunk_size,
        rejects=rejects,
        input_format=input_format,
        output_format=output_format,
        progress=progress,
        stderr=stderr,
        unit=" accounts",
    )


def run_comments(
    source: str,
    output: str,
    *,
    classifier_factory: Callable[[], Any] | None = None,
    low_effort: Iterable[str] | None = None,
    chunk_size: int = 2000,
    rejects: str | None = None,
    input_format: str | None = None,
    output_format: str | None = None,
    progress: bool | None = None,
    stderr: IO[str] | None = None,
) -> RunSummary:
    """Add ``category``, ``low_effort`` and ``lure_type`` (spam only, else null) to every
    comment row (``fraud.comment_quality``)."""
    if classifier_factory is None or low_effort is None:
        from fraud.comment_quality import LOW_EFFORT, CommentClassifier

        classifier_factory = classifier_factory or CommentClassifier.load
        low_effort = LOW_EFFORT if low_effort is None else low_effort
    classifier = classifier_factory()
    low_effort_values = {str(category) for category in low_effort}

    def enrich(comments: list[Any]) -> list[dict[str, Any]]:
        texts = [comment.text for comment in comments]
        if hasattr(classifier, "classify_with_lures"):  # lure_type: what a spam comment lures to
            decisions = classifier.classify_with_lures(texts)
        else:
            decisions = [(category, None) for category in classifier.classify(texts)]
        return [
            {
                "category": str(category),
                "low_effort": str(category) in low_effort_values,
                "lure_type": lure_type,
            }
            for category, lure_type in decisions
        ]

    return _run_enrich(
        source,
        output,
        validate=_schema_model("CommentInput").model_validate,
        enrich=enrich,
        chunk_size=chunk_size,
        rejects=rejects,
        input_format=input_format,
        output_format=output_format,
        progress=progress,
        stderr=stderr,
        unit=" comments",
        verb="classified",
    )
