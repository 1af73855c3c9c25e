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
from pathlib import Path
from typing import Any

from fraud import batch
from fraud.batch import ScorerLoader  # a name here, so tests can put a stand-in scorer in
from fraud.io import INPUT_FORMATS, OUTPUT_FORMATS

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
    batch.prepare_for_workers()  # before any model is loaded: workers fork from this process
    factory, jobs = ScorerLoader(args.model_dir), args.jobs
    return _finish(
        batch.run_score(args.input, args.output, scorer_factory=factory, jobs=jobs, **_common(args))
    )


def _add_score(commands: Any) -> None:
    score = commands.add_parser("score", help="score creators (JSONL of CreatorRecord)")
    _add_batch_arguments(score, chunk_size=batch.DEFAULT_CHUNK_SIZE)
    score.add_argument("--model-dir", type=Path, help="models directory (default: models/)")
    jobs = "worker processes (default: one per core; 1 = score in this process)"
    score.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help=jobs)
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
    from service.server import serve

    if args.model_dir is not None:
        os.environ["FRAUD_MODELS_DIR"] = str(args.model_dir)
    serve(args.host, args.port, workers=args.workers, log_level=args.log_level)
    return 0


def _add_serve(commands: Any) -> None:
    serve = commands.add_parser("serve", help="start the HTTP service")
    serve.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--model-dir", type=Path, help="models directory (sets FRAUD_MODELS_DIR)")
    serve.add_argument("--log-level", default="info", help="uvicorn log level")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    serve.set_defaults(handler=_serve)


# One registration function per subcommand, in the order ``fraud --help`` lists them.
SUBCOMMANDS: list[Callable[[Any], None]] = [_add_score, _add_accounts, _add_comments, _add_serve]


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
