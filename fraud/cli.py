"""The ``fraud`` command line: ``score``, ``accounts``, ``comments``, ``serve``, ``report``, ``table``.

Thin by design: parse the arguments, call one function of the library (:mod:`fraud.batch`),
print the outcome. Batch commands stream their input, keep its order, send records they cannot
use to a rejects file with their number and reason, and end with a summary line on stderr:
``read N, scored S, rejected R`` (S + R = N).

Exit codes: 0 all records used, 2 some records rejected, 1 usage or I/O error (including a
model directory that fails its hash check), 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
An interrupted run stops its workers, leaves its output path as it was, keeps the results
so far in ``OUT.partial`` and says how many records it read, scored and rejected.

Adding a subcommand: write ``_add_<name>(commands)``, which adds its parser with
``commands.add_parser(...)`` and sets ``handler=<function(args) -> exit code>`` with
``set_defaults``, then append it to :data:`SUBCOMMANDS`. Heavy imports go inside the handler.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fraud.artifacts import ArtifactError
from fraud.batch import (
    DEFAULT_CHUNK_SIZE,
    RunSummary,
    ScorerLoader,
    UsageError,
    WorkerError,
    prepare_for_workers,
    run_accounts,
    run_comments,
    run_score,
)
from fraud.io import INPUT_FORMATS, OUTPUT_FORMATS
from fraud.report.commands import add_report_command, add_table_command

__all__ = ["SUBCOMMANDS", "build_parser", "main", "run_accounts", "run_comments", "run_score"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


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


def _common(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "chunk_size": args.chunk_size,
        "rejects": args.rejects,
        "input_format": args.input_format,
        "output_format": args.output_format,
        "progress": args.progress,
    }


def _finish(summary: RunSummary, verb: str = "scored") -> int:
    print(summary.line(verb), file=sys.stderr)
    return summary.exit_code


def _score(args: argparse.Namespace) -> int:
    prepare_for_workers()  # before any model is loaded: workers fork from this process
    summary = run_score(
        args.input,
        args.output,
        scorer_factory=ScorerLoader(args.model_dir),
        jobs=args.jobs,
        **_common(args),
    )
    return _finish(summary)


def _add_score(commands: Any) -> None:
    score = commands.add_parser("score", help="score creators (JSONL of CreatorRecord)")
    _add_batch_arguments(score, chunk_size=DEFAULT_CHUNK_SIZE)
    score.add_argument("--model-dir", type=Path, help="models directory (default: models/)")
    score.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes (default: number of cores; 1 = score in this process)",
    )
    score.set_defaults(handler=_score)


def _add_accounts(commands: Any) -> None:
    accounts = commands.add_parser("accounts", help="fake probability of accounts")
    _add_batch_arguments(accounts, chunk_size=1000)
    accounts.set_defaults(
        handler=lambda args: _finish(run_accounts(args.input, args.output, **_common(args)))
    )


def _add_comments(commands: Any) -> None:
    comments = commands.add_parser("comments", help="classify comments")
    _add_batch_arguments(comments, chunk_size=2000)
    comments.set_defaults(
        handler=lambda args: _finish(
            run_comments(args.input, args.output, **_common(args)), "classified"
        )
    )


def _serve(args: argparse.Namespace) -> int:
    from service.server import serve

    if args.model_dir is not None:
        os.environ["FRAUD_MODELS_DIR"] = str(args.model_dir)
    serve(args.host, args.port, workers=args.workers, log_level=args.log_level)
    return EXIT_OK


def _add_serve(commands: Any) -> None:
    serve = commands.add_parser("serve", help="start the HTTP service")
    serve.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--model-dir", type=Path, help="models directory (sets FRAUD_MODELS_DIR)")
    serve.add_argument("--log-level", default="info", help="uvicorn log level")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes, each with its own copy of the models (default 1)",
    )
    serve.set_defaults(handler=_serve)


# One registration function per subcommand, in the order ``fraud --help`` lists them.
SUBCOMMANDS: list[Callable[[Any], None]] = [_add_score, _add_accounts, _add_comments, _add_serve]
# The report's subcommands are defined with it (fraud.report.commands): HTML report, text table.
SUBCOMMANDS += [add_report_command, add_table_command]


def build_parser() -> argparse.ArgumentParser:
    """The ``fraud`` argument parser."""
    parser = _Parser(prog="fraud", description="Fake-follower and engagement-fraud detector.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for add in SUBCOMMANDS:
        add(commands)
    return parser


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C: workers stopped, partial output kept, counts said."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise _Terminated


def main(argv: list[str] | None = None) -> int:
    """Run the ``fraud`` command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version, usage errors
        return exit_.code if isinstance(exit_.code, int) else EXIT_ERROR
    import signal
    import threading

    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if in_main_thread else None
    try:
        return _handle(args)
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, previous)


def _handle(args: argparse.Namespace) -> int:
    try:
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
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
    except WorkerError as error:
        print(f"fraud: error: a worker process failed: {error}", file=sys.stderr)
    except ModuleNotFoundError as error:
        print(f"fraud: error: a component is not installed: {error}", file=sys.stderr)
    except OSError as error:
        print(f"fraud: error: {error}", file=sys.stderr)
    except _Terminated:
        print("fraud: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        print("fraud: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
