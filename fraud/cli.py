"""The ``fraud`` command line: parse the arguments, call one library function, print.

Batch commands (:mod:`fraud.batch`) end with ``read N, scored S, rejected R`` on stderr.
Exit codes: 0 all records used, 2 some rejected, 1 usage or I/O error (a model that fails
its hash check too), 130 interrupted (Ctrl-C), 143 terminated (SIGTERM); an interrupted run
leaves OUT as it was and keeps its results so far in ``OUT.partial``.

Adding a subcommand: write ``_add_<name>(commands)``, which calls ``commands.add_parser``
and ``set_defaults(handler=<function(args) -> exit code>)``, and append it to
:data:`SUBCOMMANDS`. Heavy imports go inside the handler, so start-up stays fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Any

from fraud import batch
from fraud.batch import ScorerLoader  # a name here, so tests can put a stand-in scorer in
from fraud.io import INPUT_FORMATS, OUTPUT_FORMATS
from fraud.paths import model_set_argument as model_set
from fraud.paths import models_dir
from fraud.report.commands import add_report_command, add_table_command

__all__ = ["SUBCOMMANDS", "build_parser", "main"]

EXIT_ERROR = 1
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


class _Parser(argparse.ArgumentParser):
    """argparse that exits 1 (not 2) on a usage mistake: 2 means "records were rejected"."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\n")


class _Version(argparse.Action):
    """``--version``, looked up only when asked for (importlib.metadata is slow to import)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from importlib import metadata

        try:
            print(f"fraud {metadata.version('creator-fraud')}")
        except metadata.PackageNotFoundError:  # running from a checkout without installing
            print("fraud unknown")
        parser.exit()


def _add_batch_arguments(parser: argparse.ArgumentParser, *, chunk_size: int) -> None:
    """The arguments every batch subcommand shares (``_common`` passes them on)."""
    parser.add_argument("input", metavar="IN", help="input (.jsonl, .json, .parquet; - = stdin)")
    out = "output (.jsonl; flat tables: .csv, .parquet, .xlsx; - = stdout, the default)"
    parser.add_argument("-o", "--output", metavar="OUT", default="-", help=out)
    parser.add_argument(
        "--rejects",
        metavar="PATH",
        help="where rejected records go (default: OUT.rejects.jsonl; stderr when OUT is -)",
    )
    parser.add_argument("--chunk-size", type=int, default=chunk_size, help="records per chunk")
    parser.add_argument("--input-format", choices=INPUT_FORMATS, help="override the extension")
    parser.add_argument("--output-format", choices=OUTPUT_FORMATS, help="override the extension")
    progress = parser.add_mutually_exclusive_group()
    show = "show a progress bar (default: only when stderr is a terminal)"
    progress.add_argument("--progress", action="store_true", default=None, help=show)
    progress.add_argument("--no-progress", dest="progress", action="store_false")


def _common(args: argparse.Namespace) -> dict[str, Any]:
    names = ("chunk_size", "rejects", "input_format", "output_format", "progress")
    return {name: getattr(args, name) for name in names}


def _finish(summary: batch.RunSummary, verb: str = "scored") -> int:
    print(summary.line(verb), file=sys.stderr)
    return summary.exit_code


def _score(args: argparse.Namespace) -> int:
    from fraud.artifacts import licence_notice

    if notice := licence_notice(args.model_dir or models_dir()):
        print(f"fraud: {notice}", file=sys.stderr)  # once per run: who may use the answers
    if args.engine == "spark":
        if args.store is not None:
            raise batch.UsageError("--store works with the local engine only")
        from fraud.spark import score_from_args

        return score_from_args(args)
    from fraud.store import open_store_option

    batch.prepare_for_workers()  # before any model is loaded: workers fork from this process
    factory, jobs = ScorerLoader(args.model_dir), args.jobs
    store = open_store_option(args.store)
    try:
        summary = batch.run_score(
            args.input, args.output, scorer_factory=factory, jobs=jobs, store=store, **_common(args)
        )
    finally:
        if store is not None:
            store.close()
    return _finish(summary)


def _add_store_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        nargs="?",
        const="",
        metavar="PATH",
        help="creator store (SQLite path or SQLAlchemy URL; bare --store: $FRAUD_STORE or the"
        " per-user default): complete follower histories from it and record what was seen",
    )


def _add_score(commands: Any) -> None:
    score = commands.add_parser("score", help="score creators (JSONL of CreatorRecord)")
    _add_batch_arguments(score, chunk_size=batch.DEFAULT_CHUNK_SIZE)
    models = "model set: a NAME in models/ or a DIR (default: $FRAUD_MODELS, else the default)"
    score.add_argument("--models", "--model-dir", dest="model_dir", type=model_set, help=models)
    jobs = "worker processes (default: one per core; 1 = score in this process)"
    score.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help=jobs)
    _add_store_argument(score)
    spark = score.add_argument_group("Spark (pip install '.[spark]'; see README, Scoring on Spark)")
    spark.add_argument(
        "--engine",
        choices=("local", "spark"),
        default="local",
        help="local: this machine (default); spark: OUT is a directory Spark writes",
    )
    spark.add_argument("--master", help="Spark master URL (default: spark-submit's, else local[2])")
    spark.add_argument(
        "--format", dest="output_format", choices=("jsonl", "parquet"), help="= --output-format"
    )
    spark.add_argument("--overwrite", action="store_true", help="replace an existing OUT directory")
    score.set_defaults(handler=_score)


def _accounts(args: argparse.Namespace) -> int:
    return _finish(batch.run_accounts(args.input, args.output, **_common(args)))


def _add_accounts(commands: Any) -> None:
    accounts = commands.add_parser("accounts", help="fake probability of accounts")
    _add_batch_arguments(accounts, chunk_size=1000)
    accounts.set_defaults(handler=_accounts)


def _comments(args: argparse.Namespace) -> int:
    return _finish(batch.run_comments(args.input, args.output, **_common(args)), "classified")


def _add_comments(commands: Any) -> None:
    comments = commands.add_parser("comments", help="classify comments")
    _add_batch_arguments(comments, chunk_size=2000)
    comments.set_defaults(handler=_comments)


def _serve(args: argparse.Namespace) -> int:
    import importlib  # the library never imports the service: it is found by name

    serve = importlib.import_module("fraud_service.server").serve

    if args.model_dir is not None:
        os.environ["FRAUD_MODELS_DIR"] = str(args.model_dir)
    serve(args.host, args.port, workers=args.workers, log_level=args.log_level)
    return 0


def _add_serve(commands: Any) -> None:
    serve = commands.add_parser("serve", help="start the HTTP service")
    serve.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--models", "--model-dir", dest="model_dir", type=model_set, help="NAME/DIR")
    serve.add_argument("--log-level", default="info", help="uvicorn log level")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    serve.set_defaults(handler=_serve)


def _import(args: argparse.Namespace) -> int:
    from fraud.importers import run_import
    from fraud.store import open_store_option

    store = open_store_option(args.store)
    try:
        summary = run_import(
            args.source,
            args.inputs,
            args.output,
            rejects=args.rejects,
            platform=args.platform,
            profiles=args.profiles,
            histories=args.history,
            store=store,
        )
    finally:
        if store is not None:
            store.close()
    for note in summary.notes[:20]:
        print(f"note: {note}", file=sys.stderr)
    if summary.rejects_path:
        print(f"rejects written to {summary.rejects_path}", file=sys.stderr)
    print(summary.line(), file=sys.stderr)
    return 2 if summary.rejected else 0


def _add_import(commands: Any) -> None:
    from fraud.importers import SOURCES

    parser = commands.add_parser("import", help="import scraper exports into CreatorRecords")
    parser.add_argument("source", choices=sorted(SOURCES), help="the tool that wrote INPUT")
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="export files or directories")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="JSONL (- = stdout)")
    parser.add_argument(
        "--rejects", metavar="PATH", help="default: OUT.rejects.jsonl (stderr for -o -)"
    )
    parser.add_argument("--platform", help="platform of the export when its path does not say")
    parser.add_argument(
        "--profiles",
        action="append",
        default=[],
        metavar="FILE",
        help="CSV/JSONL of platform, creator_id or handle, followers[, following, posts]",
    )
    parser.add_argument(
        "--history",
        action="append",
        default=[],
        metavar="FILE",
        help="CSV/JSONL of dated counts merged into the creators' follower_history",
    )
    _add_store_argument(parser)
    parser.set_defaults(handler=_import)


def _history(args: argparse.Namespace) -> int:
    import json

    from fraud.store import CreatorStore, format_history, parse_creator_ref

    platform, creator_id = parse_creator_ref(args.creator)
    with CreatorStore.open(args.store or None) as store:
        history = store.history(platform, creator_id)
    print(json.dumps(history, ensure_ascii=False) if args.json else format_history(history))
    return 0


def _add_history(commands: Any) -> None:
    parser = commands.add_parser("history", help="stored snapshots and past verdicts")
    parser.add_argument("creator", metavar="PLATFORM:ID", help="e.g. rednote:5f3a...")
    parser.add_argument("--store", metavar="PATH", help="default: $FRAUD_STORE or per-user")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(handler=_history)


# One registration function per subcommand, in the order ``fraud --help`` lists them.
SUBCOMMANDS: list[Callable[[Any], None]] = [
    _add_score,
    _add_accounts,
    _add_comments,
    _add_import,
    _add_history,
    _add_serve,
]
# The report's subcommands are defined with it (fraud.report.commands): HTML report, text table.
SUBCOMMANDS += [add_report_command, add_table_command]


def build_parser() -> argparse.ArgumentParser:
    """The ``fraud`` argument parser."""
    parser = _Parser(prog="fraud", description="Fake-follower and engagement-fraud detector.")
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for add in SUBCOMMANDS:
        add(commands)
    return parser


def _message(error: Exception) -> str | None:
    """A user's mistake or the machine's refusal as one line (None: a bug, keep the traceback)."""
    from fraud.artifacts import ArtifactError  # here, not at import: keeps start-up short

    kinds: list[tuple[Any, Callable[[Any], str]]] = [
        (ArtifactError, lambda e: f"cannot load the model: {e}"),
        ((batch.UsageError, ValueError), str),
        (batch.WorkerError, lambda e: f"a worker process failed: {e}"),
        (ModuleNotFoundError, lambda e: f"a component is not installed: {e}"),
        (OSError, lambda e: f"{e.strerror.lower()}: {e.filename}" if e.filename else str(e)),
    ]
    try:  # only when installed: a missing SQLAlchemy must not break error reporting
        from sqlalchemy.exc import SQLAlchemyError
    except ImportError:
        pass
    else:  # a bad store URL, a corrupt store file: the first line (no SQL, no help link)
        first = lambda e: (str(e).splitlines() or [type(e).__name__])[0]  # noqa: E731
        kinds.insert(0, (SQLAlchemyError, lambda e: f"cannot open the store: {first(e)}"))
    return next((describe(error) for kind, describe in kinds if isinstance(error, kind)), None)


def main(argv: list[str] | None = None) -> int:
    """Run the ``fraud`` command line; returns the exit code."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help, --version, usage errors
        return exit_.code if isinstance(exit_.code, int) else EXIT_ERROR
    try:
        with batch.sigterm_as_interrupt():
            return int(args.handler(args))
    except BrokenPipeError:  # the reader of stdout went away (e.g. `| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except KeyboardInterrupt as stop:
        terminated = isinstance(stop, batch.Terminated)
        print(f"fraud: {'terminated' if terminated else 'interrupted'}", file=sys.stderr)
        return EXIT_TERMINATED if terminated else EXIT_INTERRUPTED
    except Exception as error:
        if (message := _message(error)) is None:
            raise
        print(f"fraud: error: {message}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
