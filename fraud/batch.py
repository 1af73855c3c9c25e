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
    ``posts[3].likes: Input should be greater than or equal to 0``).
:func:`score_chunk`
    ``score_chunk(scorer, raws) -> list[Outcome]``: validate and score one chunk in this
    process, one outcome per input, in order. A record the scorer fails on is rejected on its
    own; its neighbours keep their scores.
:func:`score_stream`
    ``score_stream(raws, scorer_factory, *, jobs, chunk_size) -> Iterator[(chunk, outcomes)]``:
    any number of records, chunk by chunk, in input order, with bounded memory; ``jobs > 1``
    scores in worker processes.
:func:`run_score`
    File (or stdin) to file (or stdout): what ``fraud score`` does, returning a
    :class:`RunSummary` (read = scored + rejected).

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
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any, Protocol, TypeVar

from fraud.io import (
    RawRecord,
    RecordError,
    RejectsWriter,
    RowWriter,
    default_rejects_path,
    detect_input_format,
    detect_output_format,
    format_validation_error,
    iter_raw_records,
    open_row_writer,
    parse_record,
)
from fraud.schema import Account, CommentInput, CreatorRecord, ScoreResult

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "CreatorScorer",
    "Outcome",
    "RunSummary",
    "ScorerLoader",
    "UsageError",
    "chunked",
    "run_accounts",
    "run_comments",
    "run_score",
    "score_chunk",
    "score_stream",
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
        from fraud.scoring import Scorer

        scorer: CreatorScorer = Scorer.load(self.model_dir)
        return scorer


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
        """The summary line printed on stderr."""
        return f"read {self.read}, {verb} {self.scored}, rejected {self.rejected}"


# --------------------------------------------------------------------------- validation


RawInput = RawRecord | bytes | Mapping[str, Any] | CreatorRecord


def validate_creator(raw: RawInput) -> CreatorRecord | str:
    """One raw record as a :class:`CreatorRecord`, or why it cannot be one (a reject reason)."""
    from pydantic import ValidationError

    if isinstance(raw, CreatorRecord):
        return raw
    if isinstance(raw, RawRecord):
        parsed: Any = parse_record(raw)
    elif isinstance(raw, bytes):
        parsed = parse_record(RawRecord(0, raw))
    else:
        parsed = raw
    if isinstance(parsed, RecordError):
        return parsed.message
    if not isinstance(parsed, Mapping):
        return parse_record(RawRecord(0, parsed)).message  # type: ignore[union-attr]
    try:
        return CreatorRecord.model_validate(parsed)
    except ValidationError as error:
        return format_validation_error(error)
    except (ValueError, TypeError, OverflowError, RecursionError) as error:
        return f"invalid record: {error}"  # defensive: one record never ends a run


def _number_of(raw: RawInput, index: int) -> int:
    return raw.number if isinstance(raw, RawRecord) else index + 1


# --------------------------------------------------------------------------- scoring


def score_chunk(scorer: CreatorScorer, raws: Sequence[RawInput]) -> list[Outcome]:
    """Validate and score one chunk; one :class:`Outcome` per input, in input order.

    ``raws`` may be :class:`fraud.io.RawRecord` (numbered by the reader), JSON bytes,
    mappings or ``CreatorRecord`` (numbered 1.. by position). A record the scorer fails on is
    rejected on its own (the chunk is retried one record at a time), so one strange record
    never costs its neighbours their scores.
    """
    outcomes: list[Outcome | None] = [None] * len(raws)
    valid: list[tuple[int, CreatorRecord]] = []
    for index, raw in enumerate(raws):
        checked = validate_creator(raw)
        if isinstance(checked, str):
            outcomes[index] = Outcome(_number_of(raw, index), None, checked)
        else:
            valid.append((index, checked))
    if valid:
        records = [record for _, record in valid]
        try:
            results: list[ScoreResult | str] = list(scorer.score_many(records))
            if len(results) != len(records):
                raise RuntimeError("scorer returned a different number of results")
        except Exception:
            results = []
            for record in records:
                try:
                    results.append(scorer.score_many([record])[0])
                except Exception as error:
                    results.append(f"scoring failed: {type(error).__name__}: {error}")
        for (index, _), result in zip(valid, results, strict=True):
            number = _number_of(raws[index], index)
            if isinstance(result, str):
                outcomes[index] = Outcome(number, None, result)
            else:
                outcomes[index] = Outcome(number, result.model_dump(mode="json"), None)
    return [outcome for outcome in outcomes if outcome is not None]


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


_WORKER_SCORER: CreatorScorer | None = None


def _init_worker(scorer_factory: Callable[[], CreatorScorer]) -> None:
    global _WORKER_SCORER
    # Two worker processes on a small machine: one native thread each, not one per core.
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    _WORKER_SCORER = scorer_factory()
    # The models live as long as the worker: keep the garbage collector from rescanning them.
    gc.collect()
    gc.freeze()


def _score_chunk_in_worker(chunk: list[RawRecord]) -> list[Outcome]:
    assert _WORKER_SCORER is not None, "worker scorer not initialised"
    return score_chunk(_WORKER_SCORER, chunk)


def _score_chunks_parallel(
    chunks: Iterator[list[RawRecord]],
    scorer_factory: Callable[[], CreatorScorer],
    jobs: int,
) -> Iterator[tuple[list[RawRecord], list[Outcome]]]:
    """Score chunks in ``jobs`` processes, yielding in input order with bounded look-ahead."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # fork is unsafe after OpenMP has run
    in_flight: deque[tuple[list[RawRecord], Future[list[Outcome]]]] = deque()
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_init_worker, initargs=(scorer_factory,)
    ) as pool:
        for chunk in chunks:
            in_flight.append((chunk, pool.submit(_score_chunk_in_worker, chunk)))
            if len(in_flight) >= 2 * jobs:
                done_chunk, future = in_flight.popleft()
                yield done_chunk, future.result()
        while in_flight:
            done_chunk, future = in_flight.popleft()
            yield done_chunk, future.result()


def score_stream(
    raws: Iterable[RawRecord],
    scorer_factory: Callable[[], CreatorScorer],
    *,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    scorer: CreatorScorer | None = None,
) -> Iterator[tuple[list[RawRecord], list[Outcome]]]:
    """Score any number of records chunk by chunk; yields ``(chunk, outcomes)`` in input order.

    ``scorer`` (default: ``scorer_factory()``, called before the first record is read) scores
    in this process; with ``jobs > 1`` and more than one chunk, chunks go to ``jobs`` worker
    processes that each get a scorer from ``scorer_factory`` (which must then be picklable).
    Memory is bounded by ``2 * jobs`` chunks in flight.
    """
    if chunk_size < 1:
        raise UsageError("--chunk-size must be at least 1")
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    local = scorer if scorer is not None else scorer_factory()
    chunks = chunked(raws, chunk_size)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    yield first, score_chunk(local, first)
    if second is None:
        return
    rest = _chain_first(second, chunks)
    if jobs > 1:
        yield from _score_chunks_parallel(rest, scorer_factory, jobs)
    else:
        for chunk in rest:
            yield chunk, score_chunk(local, chunk)


def _chain_first(first: T, rest: Iterator[T]) -> Iterator[T]:
    yield first
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


def resolve_rejects_path(output: str, rejects: str | None) -> Path | None:
    """Where rejects go: ``rejects`` if given, stderr (None) when writing to stdout."""
    if rejects:
        return Path(rejects)
    if output == "-":
        return None  # writing to stdout: rejects are reported on stderr
    return default_rejects_path(output)


def progress_bar(enabled: bool | None, unit: str, total: int | None = None) -> Any:
    """A tqdm bar on stderr (by default only when stderr is a terminal)."""
    from tqdm import tqdm

    show = sys.stderr.isatty() if enabled is None else enabled
    return tqdm(unit=unit, total=total, disable=not show, file=sys.stderr, dynamic_ncols=True)


def check_input(source: str) -> None:
    """Fail before any output is created when the input file cannot be read."""
    if source == "-":
        return
    path = Path(source)
    if not path.exists():
        raise FileNotFoundError(2, "No such file or directory", source)
    if path.is_dir():
        raise IsADirectoryError(21, "Is a directory", source)


def _score_parquet_schema() -> Any:
    import pyarrow as pa

    numeric = {"authenticity", "fraud_probability"}
    return pa.schema(
        [
            pa.field(name, pa.float64() if name in numeric else pa.string())
            for name in ScoreResult.model_fields
        ]
    )


def write_outcomes(
    chunk: Sequence[RawRecord],
    outcomes: Sequence[Outcome],
    writer: RowWriter,
    sink: RejectSink,
    summary: RunSummary,
) -> None:
    """Write a chunk's results, send its rejects to ``sink``, and count them in ``summary``."""
    rows: list[dict[str, Any]] = []
    for raw, outcome in zip(chunk, outcomes, strict=True):
        assert raw.number == outcome.number
        summary.read += 1
        if outcome.result is None:
            summary.rejected += 1
            sink.add(raw, outcome.reason or "rejected")
        else:
            summary.scored += 1
            rows.append(outcome.result)
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
) -> RunSummary:
    """Score every creator in ``source`` (``-`` = stdin) into ``output`` (``-`` = stdout).

    The scorer is loaded before any output is created (so a broken model directory fails
    first); results are written in input order; rejected records go to the rejects file.
    """
    err = stderr or sys.stderr
    in_kind = detect_input_format(source, input_format)
    out_kind = detect_output_format(output, output_format)
    if chunk_size < 1:
        raise UsageError("--chunk-size must be at least 1")
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    check_input(source)
    scorer = scorer_factory()
    summary = RunSummary()
    writer = open_row_writer(
        output,
        out_kind,
        columns=list(ScoreResult.model_fields),
        parquet_schema=_score_parquet_schema() if out_kind == "parquet" else None,
    )
    sink = RejectSink(resolve_rejects_path(output, rejects), echo=err)
    bar = progress_bar(progress, " creators")
    try:
        stream = score_stream(
            iter_raw_records(source, in_kind),
            scorer_factory,
            jobs=jobs,
            chunk_size=chunk_size,
            scorer=scorer,
        )
        for chunk, outcomes in stream:
            write_outcomes(chunk, outcomes, writer, sink, summary)
            bar.update(len(chunk))
    finally:
        bar.close()
        writer.close()
        sink.close(summary)
    return summary


# --------------------------------------------------------------------------- accounts / comments


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
) -> RunSummary:
    """Stream rows, validate each, add fields chunk by chunk, keep order; shared by commands."""
    from pydantic import ValidationError

    err = stderr or sys.stderr
    in_kind = detect_input_format(source, input_format)
    out_kind = detect_output_format(output, output_format)
    if chunk_size < 1:
        raise UsageError("--chunk-size must be at least 1")
    check_input(source)
    summary = RunSummary()
    writer = open_row_writer(output, out_kind)
    sink = RejectSink(resolve_rejects_path(output, rejects), echo=err)
    bar = progress_bar(progress, unit)
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
                writer.write(
                    [{**row, **extra} for (row, _), extra in zip(good, additions, strict=True)]
                )
                summary.scored += len(good)
            bar.update(len(chunk))
    finally:
        bar.close()
        writer.close()
        sink.close(summary)
    return summary


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
        validate=Account.model_validate,
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
    """Add ``category`` and ``low_effort`` to every comment row (``fraud.comment_quality``)."""
    if classifier_factory is None or low_effort is None:
        from fraud.comment_quality import LOW_EFFORT, CommentClassifier

        classifier_factory = classifier_factory or CommentClassifier.load
        low_effort = LOW_EFFORT if low_effort is None else low_effort
    classifier = classifier_factory()
    low_effort_values = {str(category) for category in low_effort}

    def enrich(comments: list[Any]) -> list[dict[str, Any]]:
        categories = classifier.classify([comment.text for comment in comments])
        return [
            {"category": str(category), "low_effort": str(category) in low_effort_values}
            for category in categories
        ]

    return _run_enrich(
        source,
        output,
        validate=CommentInput.model_validate,
        enrich=enrich,
        chunk_size=chunk_size,
        rejects=rejects,
        input_format=input_format,
        output_format=output_format,
        progress=progress,
        stderr=stderr,
        unit=" comments",
    )
