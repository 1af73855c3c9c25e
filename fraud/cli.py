"""The ``fraud`` command line: parse the arguments, call one library function, print.

The subcommands' work is done by :mod:`fraud.runs`, :mod:`fraud.batch` and
:mod:`fraud.report.commands`. Exit codes: 0 all records used, 2 some rejected, 1 usage or I/O
error, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM). A new subcommand is an
``_add_<name>(commands)`` in :data:`SUBCOMMANDS`; heavy imports go inside its handler.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Any

from fraud import batch, paths, runs
from fraud.batch import ScorerLoader  # a name here, so tests can put a stand-in scorer in
from fraud.io import INPUT_FORMATS, OUTPUT_FORMATS
from fraud.report.commands import add_report_command, add_table_command
from fraud.samples import add_samples_command

__all__ = ["SUBCOMMANDS", "build_parser", "main"]

EXIT_ERROR, EXIT_INTERRUPTED, EXIT_TERMINATED = 1, 130, 143
_MODELS = "model set: a NAME in models/ or a DIR (default: $FRAUD_MODELS, else the default)"


class _Parser(argparse.ArgumentParser):
    """argparse that exits 1 (not 2) on a usage mistake: 2 means "records were rejected"."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\n")


class _Version(argparse.Action):
    """``--version``, looked up only when asked for (importlib.metadata is slow to import)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        print(f"fraud {runs.version()}")
        parser.exit()


def _add_batch_arguments(parser: argparse.ArgumentParser, *, chunk_size: int) -> None:
    add = parser.add_argument
    add("input", metavar="IN", help="input (.jsonl, .json, .parquet; - = stdin)")
    out = "output (.jsonl; flat tables: .csv, .parquet, .xlsx; - = stdout, the default)"
    add("-o", "--output", metavar="OUT", default="-", help=out)
    rejects = "where rejected records go (default: OUT.rejects.jsonl; stderr when OUT is -)"
    add("--rejects", metavar="PATH", help=rejects)
    add("--chunk-size", type=int, default=chunk_size, help="records per chunk")
    add("--input-format", choices=INPUT_FORMATS, help="override the extension")
    add("--output-format", choices=OUTPUT_FORMATS, help="override the extension")
    progress = parser.add_mutually_exclusive_group()
    show = "show a progress bar (default: only when stderr is a terminal)"
    progress.add_argument("--progress", action="store_true", default=None, help=show)
    progress.add_argument("--no-progress", dest="progress", action="store_false", help="never")


def _common(args: argparse.Namespace) -> dict[str, Any]:
    names = ("chunk_size", "rejects", "input_format", "output_format", "progress")
    return {name: getattr(args, name) for name in names}


def _finish(summary: batch.RunSummary, verb: str = "scored") -> int:
    print(summary.line(verb), file=sys.stderr)
    return summary.exit_code


def _score(args: argparse.Namespace) -> int:
    if args.engine == "spark":
        return runs.score_on_spark(args)
    options = {"scorer_factory": ScorerLoader(args.model_dir), "jobs": args.jobs}
    options["only_scoring"] = args.whole_process  # LightGBM without pandas (start-up)
    return _finish(
        runs.score(args.input, args.output, store=args.store, **options, **_common(args))
    )


def _add_score(commands: Any) -> None:
    score = commands.add_parser("score", help="score creators (JSONL of CreatorRecord)")
    _add_batch_arguments(score, chunk_size=batch.DEFAULT_CHUNK_SIZE)
    score.add_argument(
        "--models", "--model-dir", dest="model_dir", type=paths.model_set_argument, help=_MODELS
    )
    jobs = "worker processes (default: one per core; 1 = score in this process)"
    score.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help=jobs)
    score.add_argument("--store", nargs="?", const="", metavar="PATH", help=runs.STORE_HELP)
    spark = score.add_argument_group("Spark (pip install '.[spark]'; see README, Scoring on Spark)")
    engines = "local: this machine (default); spark: OUT is a directory Spark writes"
    spark.add_argument("--engine", choices=("local", "spark"), default="local", help=engines)
    spark.add_argument("--master", help="Spark master URL (default: spark-submit's, else local[2])")
    formats = ("jsonl", "parquet")
    spark.add_argument("--format", dest="output_format", choices=formats, help="= --output-format")
    spark.add_argument("--overwrite", action="store_true", help="replace an existing OUT directory")
    score.set_defaults(handler=_score)


def _add_enrich(name: str, about: str, chunk_size: int, verb: str) -> Callable[[Any], None]:
    """``fraud accounts`` / ``fraud comments``: rows in, the same rows with model fields out."""

    def add(commands: Any) -> None:
        parser = commands.add_parser(name, help=about)
        _add_batch_arguments(parser, chunk_size=chunk_size)
        run = getattr(batch, f"run_{name}")
        handler = lambda args: _finish(run(args.input, args.output, **_common(args)), verb)  # noqa: E731
        parser.set_defaults(handler=handler)

    return add


def _history(args: argparse.Namespace) -> int:
    print(runs.creator_history(args.creator, args.store, as_json=args.json))
    return 0


def _add_history(commands: Any) -> None:
    parser = commands.add_parser("history", help="stored snapshots and past verdicts")
    parser.add_argument("creator", metavar="PLATFORM:ID", help="e.g. rednote:5f3a...")
    store = "PATH or URL (bare --store: $FRAUD_STORE, else the per-user default; so is no --store)"
    parser.add_argument("--store", nargs="?", const="", metavar="PATH", help=store)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(handler=_history)


def _port(text: str) -> int:
    """An argparse type: a TCP port, 0-65535 (``--port 99999`` said it ran on that port)."""
    if not text.strip().isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0-65535)")
    return int(text)


def _add_serve(commands: Any) -> None:
    serve = commands.add_parser("serve", help="start the HTTP service")
    add = serve.add_argument
    add("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    add("--port", type=_port, default=8000, help="port (default 8000)")
    add("--models", "--model-dir", dest="model_dir", type=paths.model_set_argument, help=_MODELS)
    levels = ("critical", "error", "warning", "info", "debug", "trace")  # another: a KeyError
    add("--log-level", default="info", type=str.lower, choices=levels, help="(default info)")
    add("--workers", type=int, default=1, help="worker processes (default 1)")
    options = ("model_dir", "workers", "log_level")
    run = lambda a: runs.serve(a.host, a.port, **{k: getattr(a, k) for k in options})  # noqa: E731
    serve.set_defaults(handler=run)


# One registration function per subcommand, in the order ``fraud --help`` lists them; the
# report's subcommands are defined with it (fraud.report.commands): HTML report, text table.
_BATCH_RUNS = ("score", "accounts", "comments")  # runs that load models: see main()
_LICENSED_RUNS = (*_BATCH_RUNS, "report")  # and the report, which also states it in the page
_add_accounts = _add_enrich("accounts", "fake probability of accounts", 1000, "scored")
_add_comments = _add_enrich("comments", "classify comments", 2000, "classified")
SUBCOMMANDS: list[Callable[[Any], None]] = [_add_score, _add_accounts, _add_comments]
SUBCOMMANDS += [runs.add_import_command, _add_history, _add_serve]
SUBCOMMANDS += [add_report_command, add_table_command, add_samples_command]


def build_parser() -> argparse.ArgumentParser:
    """The ``fraud`` argument parser."""
    parser = _Parser(prog="fraud", description="Fake-follower and engagement-fraud detector.")
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for add in SUBCOMMANDS:
        add(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``fraud`` command line; returns the exit code (``argv`` None: ``sys.argv``)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help, --version, usage errors
        return exit_.code if isinstance(exit_.code, int) else EXIT_ERROR
    args.whole_process = argv is None  # the fraud program itself: this process is the run's
    try:
        with batch.sigterm_as_interrupt():
            if args.command in _LICENSED_RUNS:  # once per run: who may use the answers
                runs.print_licence_notice(getattr(args, "model_dir", None))
            code = int(args.handler(args))
        if args.whole_process and args.command in _BATCH_RUNS:
            runs.exit_without_teardown(code)  # the models' objects need not be freed one by one
        return code
    except BrokenPipeError:  # the reader of stdout went away (e.g. `| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except KeyboardInterrupt as stop:
        terminated = isinstance(stop, batch.Terminated)
        print(f"fraud: {'terminated' if terminated else 'interrupted'}", file=sys.stderr)
        return EXIT_TERMINATED if terminated else EXIT_INTERRUPTED
    except Exception as error:
        if (message := runs.error_message(error)) is None:
            raise
        print(f"fraud: error: {message}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
