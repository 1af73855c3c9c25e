"""The ``fraud`` command line: ``score``, ``accounts``, ``comments`` and ``serve``.

Thin by design: parse the arguments, stream records through the library, format the
outcome. Every batch command reads its input one record at a time, works in chunks, writes
as it goes (so memory stays flat on any input size), keeps the input order, sends records it
cannot use to a rejects file with their number and reason, and ends with a summary line on
stderr: ``read N, scored S, rejected R`` (S + R = N).

Exit codes: 0 all records used, 2 some records rejected, 1 usage or I/O error (including a
model directory that fails its hash check), 130 interrupted.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any, Protocol, TypeVar

from pydantic import BaseModel, Field, ValidationError

from fraud.artifacts import ArtifactError
from fraud.io import (
    INPUT_FORMATS,
    OUTPUT_FORMATS,
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
from fraud.schema import Account, CreatorRecord, ScoreResult

__all__ = [
    "CreatorScorer",
    "RunSummary",
    "ScorerLoader",
    "build_parser",
    "main",
    "run_accounts",
    "run_comments",
    "run_score",
    "score_chunk",
]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_REJECTED = 2
EXIT_INTERRUPTED = 130
DEFAULT_CHUNK_SIZE = 100
_STDERR_REJECTS_SHOWN = 5

T = TypeVar("T")
# One scored record: (record number, output row or None, reject reason or None).
Outcome = tuple[int, dict[str, Any] | None, str | None]


class CreatorScorer(Protocol):
    """What the command line needs from ``fraud.scoring.Scorer``."""

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
        return EXIT_REJECTED if self.rejected else EXIT_OK

    def line(self, verb: str = "scored") -> str:
        """The summary line printed on stderr."""
        return f"read {self.read}, {verb} {self.scored}, rejected {self.rejected}"


class UsageError(Exception):
    """A mistake in how the command was called: printed without a traceback, exit 1."""


# --------------------------------------------------------------------------- helpers


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class _Rejects:
    """Rejected records go to a JSONL file (or to stderr when there is no file)."""

    def __init__(self, path: Path | None, *, echo: IO[str]) -> None:
        self.writer = RejectsWriter(path) if path is not None else None
        self.echo = echo
        self.shown = 0

    def add(self, raw: RawRecord, reason: str) -> None:
        if self.writer is not None:
            self.writer.write(raw.number, reason, raw.preview())
        if self.writer is None or self.shown < _STDERR_REJECTS_SHOWN:
            print(f"line {raw.number}: {reason}", file=self.echo)
            self.shown += 1

    def close(self, summary: RunSummary) -> None:
        if self.writer is not None:
            self.writer.close()
            if self.writer.count:
                summary.rejects_path = self.writer.path
                hidden = self.writer.count - self.shown
                more = f" ({hidden} more not shown above)" if hidden > 0 else ""
                print(f"rejects written to {self.writer.path}{more}", file=self.echo)


def _resolve_rejects_path(output: str, rejects: str | None) -> Path | None:
    if rejects:
        return Path(rejects)
    if output == "-":
        return None  # writing to stdout: rejects are reported on stderr
    return default_rejects_path(output)


def _progress(enabled: bool | None, unit: str) -> Any:
    from tqdm import tqdm

    show = sys.stderr.isatty() if enabled is None else enabled
    return tqdm(unit=unit, disable=not show, file=sys.stderr, dynamic_ncols=True)


# --------------------------------------------------------------------------- score


def _validate_creator(raw: RawRecord) -> CreatorRecord | str:
    parsed = parse_record(raw)
    if isinstance(parsed, RecordError):
        return parsed.message
    try:
        return CreatorRecord.model_validate(parsed)
    except ValidationError as error:
        return format_validation_error(error)
    except (ValueError, TypeError, RecursionError) as error:  # defensive: never crash a run
        return f"invalid record: {error}"


def score_chunk(scorer: CreatorScorer, chunk: Sequence[RawRecord]) -> list[Outcome]:
    """Parse, validate and score one chunk of raw records; outcomes in input order.

    A record the scorer fails on is rejected on its own (the batch is retried one record at a
    time), so one strange record never costs its neighbours their scores.
    """
    outcomes: list[Outcome | None] = [None] * len(chunk)
    valid: list[tuple[int, CreatorRecord]] = []
    for index, raw in enumerate(chunk):
        checked = _validate_creator(raw)
        if isinstance(checked, str):
            outcomes[index] = (raw.number, None, checked)
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
            number = chunk[index].number
            if isinstance(result, str):
                outcomes[index] = (number, None, result)
            else:
                outcomes[index] = (number, result.model_dump(mode="json"), None)
    return [outcome for outcome in outcomes if outcome is not None]


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


def _score_parquet_schema() -> Any:
    import pyarrow as pa

    numeric = {"authenticity", "fraud_probability"}
    return pa.schema(
        [
            pa.field(name, pa.float64() if name in numeric else pa.string())
            for name in ScoreResult.model_fields
        ]
    )


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
    """Score every creator in ``source`` into ``output``; see the module docstring.

    The scorer is loaded once in this process (so a broken model directory fails before any
    output); when the input has more than one chunk and ``jobs > 1``, the remaining chunks go
    to ``jobs`` worker processes, each loading its own scorer with ``scorer_factory`` (which
    must then be picklable), and results are written in input order.
    """
    err = stderr or sys.stderr
    in_kind = detect_input_format(source, input_format)
    out_kind = detect_output_format(output, output_format)
    if chunk_size < 1:
        raise UsageError("--chunk-size must be at least 1")
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    _check_input(source)
    scorer = scorer_factory()
    summary = RunSummary()
    records = iter_raw_records(source, in_kind)
    chunks = _chunks(records, chunk_size)
    writer = open_row_writer(
        output,
        out_kind,
        columns=list(ScoreResult.model_fields),
        parquet_schema=_score_parquet_schema() if out_kind == "parquet" else None,
    )
    sink = _Rejects(_resolve_rejects_path(output, rejects), echo=err)
    bar = _progress(progress, " creators")
    try:
        first = next(chunks, None)
        scored: Iterator[tuple[list[RawRecord], list[Outcome]]] = iter(())
        if first is not None:
            second = next(chunks, None)
            head = iter([(first, score_chunk(scorer, first))])
            if second is None:
                scored = head
            elif jobs > 1:
                rest = _chain_first(second, chunks)
                scored = _chain(head, _score_chunks_parallel(rest, scorer_factory, jobs))
            else:
                rest = _chain_first(second, chunks)
                scored = _chain(head, ((chunk, score_chunk(scorer, chunk)) for chunk in rest))
        for chunk, outcomes in scored:
            _write_outcomes(chunk, outcomes, writer, sink, summary)
            bar.update(len(chunk))
    finally:
        bar.close()
        writer.close()
        sink.close(summary)
    return summary


def _check_input(source: str) -> None:
    """Fail before any output is created when the input file cannot be read."""
    if source == "-":
        return
    path = Path(source)
    if not path.exists():
        raise FileNotFoundError(2, "No such file or directory", source)
    if path.is_dir():
        raise IsADirectoryError(21, "Is a directory", source)


def _chain_first(first: T, rest: Iterator[T]) -> Iterator[T]:
    yield first
    yield from rest


def _chain(*parts: Iterable[T]) -> Iterator[T]:
    for part in parts:
        yield from part


def _write_outcomes(
    chunk: Sequence[RawRecord],
    outcomes: Sequence[Outcome],
    writer: RowWriter,
    sink: _Rejects,
    summary: RunSummary,
) -> None:
    rows: list[dict[str, Any]] = []
    for raw, (number, row, reason) in zip(chunk, outcomes, strict=True):
        assert raw.number == number
        summary.read += 1
        if row is None:
            summary.rejected += 1
            sink.add(raw, reason or "rejected")
        else:
            summary.scored += 1
            rows.append(row)
    writer.write(rows)


# --------------------------------------------------------------------------- accounts / comments


class CommentInput(BaseModel):
    """The one field ``fraud comments`` needs from each input row."""

    text: str = Field(max_length=5000)


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
    err = stderr or sys.stderr
    in_kind = detect_input_format(source, input_format)
    out_kind = detect_output_format(output, output_format)
    if chunk_size < 1:
        raise UsageError("--chunk-size must be at least 1")
    _check_input(source)
    summary = RunSummary()
    writer = open_row_writer(output, out_kind)
    sink = _Rejects(_resolve_rejects_path(output, rejects), echo=err)
    bar = _progress(progress, unit)
    try:
        for chunk in _chunks(iter_raw_records(source, in_kind), chunk_size):
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


# --------------------------------------------------------------------------- argparse


class _Parser(argparse.ArgumentParser):
    """argparse that exits 1 (not 2) on a usage mistake: 2 means "records were rejected"."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\n")


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("creator-fraud")
    except metadata.PackageNotFoundError:
        return "unknown"


def _add_batch_arguments(parser: argparse.ArgumentParser, *, chunk_size: int) -> None:
    parser.add_argument(
        "input", metavar="IN", help="input file (.jsonl, .json, .parquet; - = stdin)"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        default="-",
        help="output file (.jsonl, .csv, .parquet; - = stdout, the default)",
    )
    parser.add_argument(
        "--rejects",
        metavar="PATH",
        help="where rejected records go (default: OUT.rejects.jsonl; stderr when OUT is -)",
    )
    parser.add_argument("--chunk-size", type=int, default=chunk_size, help="records per chunk")
    parser.add_argument("--input-format", choices=INPUT_FORMATS, help="override the extension")
    parser.add_argument("--output-format", choices=OUTPUT_FORMATS, help="override the extension")
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show a progress bar (default: only when stderr is a terminal)",
    )
    progress.add_argument("--no-progress", dest="progress", action="store_false")


def build_parser() -> argparse.ArgumentParser:
    """The ``fraud`` argument parser."""
    parser = _Parser(prog="fraud", description="Fake-follower and engagement-fraud detector.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    score = commands.add_parser("score", help="score creators (JSONL of CreatorRecord)")
    _add_batch_arguments(score, chunk_size=DEFAULT_CHUNK_SIZE)
    score.add_argument(
        "--models",
        "--model-dir",
        dest="model_dir",
        type=_model_set,
        help="model set: a NAME shipped in models/ or a DIR (default: $FRAUD_MODELS or the default set)",
    )
    score.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes (default: number of cores; 1 = score in this process)",
    )

    accounts = commands.add_parser("accounts", help="fake probability of accounts")
    _add_batch_arguments(accounts, chunk_size=1000)

    comments = commands.add_parser("comments", help="classify comments")
    _add_batch_arguments(comments, chunk_size=2000)

    serve = commands.add_parser("serve", help="start the HTTP service")
    serve.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument(
        "--models", "--model-dir", dest="model_dir", type=_model_set, help="model set NAME or DIR"
    )
    serve.add_argument("--log-level", default="info", help="uvicorn log level")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes, each with its own copy of the models (default 1; one per core "
        "for the lowest latency under concurrent load)",
    )
    return parser


def _model_set(value: str) -> Path:
    from fraud.paths import ModelSetError, resolve_models

    try:
        return resolve_models(value)
    except ModelSetError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _serve(args: argparse.Namespace) -> int:
    import importlib

    # By import string: the library never imports the service (installed as fraud_service).
    serve = importlib.import_module("fraud_service.server").serve
    if args.model_dir is not None:
        os.environ["FRAUD_MODELS_DIR"] = str(args.model_dir)
    serve(args.host, args.port, workers=args.workers, log_level=args.log_level)
    return EXIT_OK


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "serve":
        return _serve(args)
    common: dict[str, Any] = {
        "chunk_size": args.chunk_size,
        "rejects": args.rejects,
        "input_format": args.input_format,
        "output_format": args.output_format,
        "progress": args.progress,
    }
    if args.command == "score":
        from fraud.artifacts import licence_notice
        from fraud.paths import models_dir

        notice = licence_notice(args.model_dir or models_dir())
        if notice:
            print(f"fraud: {notice}", file=sys.stderr)
        summary = run_score(
            args.input,
            args.output,
            scorer_factory=ScorerLoader(args.model_dir),
            jobs=args.jobs,
            **common,
        )
        verb = "scored"
    elif args.command == "accounts":
        summary = run_accounts(args.input, args.output, **common)
        verb = "scored"
    else:
        summary = run_comments(args.input, args.output, **common)
        verb = "classified"
    print(summary.line(verb), file=sys.stderr)
    return summary.exit_code


def main(argv: list[str] | None = None) -> int:
    """Run the ``fraud`` command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version, usage errors
        return exit_.code if isinstance(exit_.code, int) else EXIT_ERROR
    try:
        return _dispatch(args)
    except ArtifactError as error:
        print(f"fraud: error: cannot load the model: {error}", file=sys.stderr)
    except (UsageError, ValueError) as error:
        print(f"fraud: error: {error}", file=sys.stderr)
    except FileNotFoundError as error:
        print(f"fraud: error: no such file: {error.filename}", file=sys.stderr)
    except IsADirectoryError as error:
        print(f"fraud: error: is a directory: {error.filename}", file=sys.stderr)
    except PermissionError as error:
        print(f"fraud: error: permission denied: {error.filename}", file=sys.stderr)
    except BrokenPipeError:
        # The reader of stdout went away (e.g. `| head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except BrokenProcessPool as error:
        print(f"fraud: error: a worker process failed: {error}", file=sys.stderr)
    except ModuleNotFoundError as error:
        print(f"fraud: error: a component is not installed: {error}", file=sys.stderr)
    except OSError as error:
        print(f"fraud: error: {error}", file=sys.stderr)
    except KeyboardInterrupt:
        print("fraud: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
