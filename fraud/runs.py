"""What the ``fraud`` subcommands do, as library calls behind the thin parser of :mod:`fraud.cli`.

Each function takes plain values and returns what the command line prints (a summary, a
history, an exit code); :mod:`fraud.cli` only parses arguments and prints. ``fraud import``,
whose options are the importers', is registered from here (:func:`add_import_command`, as
:mod:`fraud.report.commands` registers ``report`` and ``table``). Nothing heavy is
imported here at module level: the scorer, pydantic, SQLAlchemy and the service are loaded by
the call that needs them, so ``fraud --help`` and ``fraud score`` start quickly (SQLAlchemy is
never imported by a run without ``--store`` or ``$FRAUD_STORE``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fraud import batch, paths
from fraud.paths import STORE_ENV

STORE_HELP = (
    "creator store (SQLite path or SQLAlchemy URL; bare --store: $FRAUD_STORE or the per-user"
    " default): complete follower histories from it and record what was seen"
)

if TYPE_CHECKING:
    from fraud.importers import ImportSummary
    from fraud.store import CreatorStore

__all__ = [
    "IMPORT_SOURCES",
    "STORE_HELP",
    "add_import_command",
    "creator_history",
    "error_message",
    "exit_without_teardown",
    "import_creators",
    "score",
    "score_on_spark",
    "serve",
    "store_option",
    "version",
]


@contextmanager
def store_option(value: str | None, *, writes: bool = True) -> Iterator[CreatorStore | None]:
    """The store a command line asked for, closed at the end of the block.

    ``None`` (no ``--store``) is no store unless ``$FRAUD_STORE`` names one; ``""`` (a bare
    ``--store``) is the default location; anything else a path or URL
    (:func:`fraud.store.open_store_option`; ``writes``: the command records in it).
    """
    if value is None and not os.environ.get(STORE_ENV):
        yield None
        return
    from fraud.store import open_store_option

    store = open_store_option(value, writes=writes)
    try:
        yield store
    finally:
        if store is not None:
            store.close()


def score(
    source: str,
    output: str,
    *,
    scorer_factory: Callable[[], batch.CreatorScorer],
    jobs: int,
    store: str | None = None,
    only_scoring: bool = False,
    **options: Any,
) -> batch.RunSummary:
    """``fraud score`` with the local engine (``options``: those of :func:`batch.run_score`).

    One native thread per process is set before the models load, since workers fork from
    this process once they are loaded (:func:`batch.prepare_for_workers`). ``only_scoring``
    says this process does nothing else (the ``fraud`` program, not a caller of
    :func:`fraud.cli.main`): LightGBM is then imported without pandas
    (:func:`batch.import_lightgbm_lean`).
    """
    batch.prepare_for_workers()
    if only_scoring:
        batch.import_lightgbm_lean(without_pandas=True)
    with store_option(store) as opened:
        return batch.run_score(
            source, output, scorer_factory=scorer_factory, jobs=jobs, store=opened, **options
        )


def print_licence_notice(model_dir: Path | None = None) -> None:
    """Say on stderr, once, that the model set in use is not cleared for commercial use
    (:func:`fraud.artifacts.licence_notice`; nothing when it is): every run that loads models
    (``fraud score``, ``fraud accounts``, ``fraud comments``)."""
    from fraud.artifacts import licence_notice

    if notice := licence_notice(model_dir or paths.models_dir()):
        print(f"fraud: {notice}", file=sys.stderr)


def score_on_spark(args: Any) -> int:
    """``fraud score --engine spark`` (``args`` from the CLI parser); returns the exit code."""
    if args.store is not None:
        raise batch.UsageError("--store works with the local engine only")
    import importlib.util

    if missing := [n for n in ("pyspark", "py4j") if importlib.util.find_spec(n) is None]:
        needs = f"--engine spark needs {' and '.join(missing)}, not installed here"
        # the [spark] extra names this project, which is not on the package index: its pin
        raise batch.UsageError(f"{needs}: pip install 'pyspark>=4' (and Java 17)")
    from fraud.spark import score_from_args

    return int(score_from_args(args))


# The sources of fraud.importers.SOURCES, named here because importing fraud.importers loads
# pydantic (0.1-0.3 s) and argparse reads choices when the parser is built, even for --help;
# tests/test_runs.py checks that the two lists agree.
IMPORT_SOURCES = ("history", "instaloader", "mediacrawler", "ytdlp")


#: the import notes printed (the first ones; the count of the rest is said after them)
NOTES_SHOWN = 20


def add_import_command(commands: Any) -> None:
    """Register ``fraud import`` on the CLI's subparsers (as fraud.report.commands does)."""
    parser = commands.add_parser("import", help="import scraper exports into CreatorRecords")
    add = parser.add_argument
    add("source", choices=IMPORT_SOURCES, help="the tool that wrote INPUT")
    add("inputs", nargs="+", metavar="INPUT", help="export files or directories")
    add("-o", "--output", required=True, metavar="OUT", help="JSONL (- = stdout)")
    add("--rejects", metavar="PATH", help="default: OUT.rejects.jsonl (stderr for -o -)")
    add("--platform", help="platform of the export when its path does not say")
    profiles = "CSV/JSONL of platform, creator_id or handle, followers[, following, posts]"
    add("--profiles", action="append", default=[], metavar="FILE", help=profiles)
    history = "CSV/JSONL of dated counts merged into the creators' follower_history"
    add("--history", action="append", default=[], metavar="FILE", help=history)
    add("--store", nargs="?", const="", metavar="PATH", help=STORE_HELP)
    parser.set_defaults(handler=_import)


def _import(args: Any) -> int:
    summary = import_creators(
        args.source,
        args.inputs,
        args.output,
        store=args.store,
        rejects=args.rejects,
        platform=args.platform,
        profiles=args.profiles,
        histories=args.history,
    )
    for note in summary.notes[:NOTES_SHOWN]:
        print(f"note: {note}", file=sys.stderr)
    if len(summary.notes) > NOTES_SHOWN:
        hidden = len(summary.notes) - NOTES_SHOWN
        print(
            f"note: {hidden} more {'note' if hidden == 1 else 'notes'} not shown", file=sys.stderr
        )
    if summary.rejects_path:
        print(f"rejects written to {summary.rejects_path}", file=sys.stderr)
    print(summary.line(), file=sys.stderr)
    return 2 if summary.rejected else 0


def import_creators(
    source: str, inputs: list[str], output: str, *, store: str | None = None, **options: Any
) -> ImportSummary:
    """``fraud import`` (``options``: those of :func:`fraud.importers.run_import`)."""
    from fraud.importers import run_import

    with store_option(store) as opened:
        return run_import(source, inputs, output, store=opened, **options)


def creator_history(ref: str, store: str | None, *, as_json: bool = False) -> str:
    """``fraud history PLATFORM:ID``: one creator's stored snapshots and past verdicts, as a
    plain-text table or (``as_json``) one line of JSON."""
    import json

    from fraud.store import CreatorStore, format_history, parse_creator_ref

    platform, creator_id = parse_creator_ref(ref)
    with CreatorStore.open(store or None, create=False) as opened:  # never a new empty one
        history = opened.history(platform, creator_id)
    return json.dumps(history, ensure_ascii=False) if as_json else format_history(history)


def serve(host: str, port: int, *, model_dir: Path | None, workers: int, log_level: str) -> int:
    """``fraud serve``: the HTTP service (found by name: the library never imports it)."""
    import importlib

    if model_dir is not None:
        os.environ["FRAUD_MODELS_DIR"] = str(model_dir)
    importlib.import_module("fraud_service.server").serve(
        host, port, workers=workers, log_level=log_level
    )
    return 0


def version() -> str:
    """This package's version ("unknown" when running from a checkout never installed)."""
    from importlib import metadata  # slow to import: only for --version

    try:
        return metadata.version("creator-fraud")
    except metadata.PackageNotFoundError:
        return "unknown"


def exit_without_teardown(code: int) -> None:
    """End this process with ``code`` now, without the interpreter's teardown, if stdout and
    stderr flush; otherwise return (the caller exits normally and reports the failure).

    After a run that loaded the models, freeing every module and object one by one takes
    about 0.1 s of CPU (and more wall time) for nothing. At-exit handlers still run
    (temporary files, multiprocessing, logging), and the run's files are closed and in
    place by then; only the teardown is skipped. Not while a non-daemon thread runs (the
    normal exit waits for it). For the ``fraud`` program's own process
    (``fraud.cli.main`` called with no ``argv``), after a run that finished.
    """
    import atexit
    import threading

    if any(not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        return  # the normal exit waits for them
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # e.g. a closed pipe: the normal exit reports it
        return
    os._exit(code)


_WRITE_FAILURES = ("readonly database", "database or disk is full", "disk i/o error")


def _store_write_error(first: Callable[[Any], str]) -> Callable[[Any], str]:
    """The store's failure to write, worded so (others: "cannot open the store")."""

    def describe(error: Any) -> str:
        text = first(error)
        if any(failure in text.lower() for failure in _WRITE_FAILURES):
            return f"cannot write to the store: {text}"
        return f"cannot open the store: {text}"

    return describe


def error_message(error: Exception) -> str | None:
    """A user's mistake or the machine's refusal as one line (None: a bug, keep the traceback)."""
    from fraud.artifacts import ArtifactError

    kinds: list[tuple[Any, Callable[[Any], str]]] = [
        (ArtifactError, lambda e: f"cannot load the model: {e}"),
        ((batch.UsageError, ValueError), str),
        (batch.WorkerError, lambda e: f"a worker process failed: {e}"),
        (ModuleNotFoundError, lambda e: f"a component is not installed: {e}"),
        (OSError, lambda e: f"{e.strerror.lower()}: {e.filename}" if e.filename else str(e)),
    ]
    if "sqlalchemy" in sys.modules:  # only then can a store error have been raised
        from sqlalchemy.exc import SQLAlchemyError

        # a bad store URL, a corrupt store file: the first line (no SQL, no help link)
        first = lambda e: (str(e).splitlines() or [type(e).__name__])[0]  # noqa: E731
        # (a read-only store, a full disk, found at a write: "cannot write to the store")
        kinds.insert(0, (SQLAlchemyError, _store_write_error(first)))
    return next((describe(error) for kind, describe in kinds if isinstance(error, kind)), None)
