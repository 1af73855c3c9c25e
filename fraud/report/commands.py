"""What ``fraud report`` and ``fraud table`` do, behind the thin argument parsing in fraud.cli.

Both read their input completely (a report is one page; a table is read by a person), name
every record they cannot use with its number and the failing field, use the rest, and exit
with 0 (all used), 2 (some records rejected) or 1 (nothing could be done: missing file,
unreadable input, no usable record, model that fails its hash check). Neither prints a
traceback for bad input. ``report`` refuses an output path that is its input (as ``fraud score``
does) and writes the page under a temporary name, renamed when whole: a failed run leaves the
old page as it was. With ``--store`` (or ``$FRAUD_STORE``) ``report`` completes each follower
history from the creator store as ``fraud score --store`` does, and records nothing in it.

Only argparse and the language list are imported up front: ``fraud --help`` stays fast, and the
scorer, pydantic and the page are loaded by the command that needs them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from fraud.paths import model_set_argument
from fraud.report.i18n import LANGUAGES
from fraud.wording import counted

if TYPE_CHECKING:
    from fraud.report.inputs import RejectedRecord
    from fraud.report.page import ReportScorer
    from fraud.store import CreatorStore

__all__ = ["add_report_command", "add_table_command", "run_report", "run_table"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_REJECTED = 2
_REJECTS_SHOWN = 5


def _echo_rejects(
    rejected: list[RejectedRecord], stderr: IO[str], rest: str = "see the report"
) -> None:
    """The first rejected records on ``stderr``; ``rest`` says where the others are listed."""
    from fraud.report.table import safe_text

    for item in rejected[:_REJECTS_SHOWN]:
        print(f"line {item.number}: {safe_text(item.message)}", file=stderr)
    if len(rejected) > _REJECTS_SHOWN:
        print(f"({len(rejected) - _REJECTS_SHOWN} more rejected; {rest})", file=stderr)


def run_report(
    source: str,
    output: str,
    *,
    scorer_factory: Callable[[], ReportScorer],
    lang: str = "en",
    stderr: IO[str] | None = None,
    models_root: Path | None = None,
    store: CreatorStore | None = None,
) -> int:
    """Score the creators in ``source`` and write the HTML report to ``output``.

    ``models_root`` is the model set the factory loads (``None``: the selected set), whose
    licence the page states. With a ``store``, each follower history is completed from it
    first, as ``fraud score --store`` does (:func:`fraud.report.inputs.complete_histories`);
    the report only reads the store, it records nothing.
    """
    from fraud.batch import check_paths
    from fraud.io import OutputTarget
    from fraud.report.inputs import complete_histories, load_creators
    from fraud.report.page import build_report

    err = stderr or sys.stderr
    check_paths(source, output, None)  # a missing directory, or the input as the output
    records, rejected = load_creators(source)
    if not records:
        # No page is written then: the rest are not listed anywhere, so say so.
        _echo_rejects(rejected, err, "not listed: no report is written without a usable record")
        n_rejected = f" ({len(rejected)} rejected)" if rejected else ""
        print(
            f"fraud: error: no usable creator record in the input{n_rejected}; no report written",
            file=err,
        )
        return EXIT_ERROR
    if store is not None:
        records = complete_histories(records, store)
    report = build_report(
        scorer_factory(), records, lang=lang, rejected=rejected, models_root=models_root
    )
    _echo_rejects(report.rejected, err)
    if output == "-":
        sys.stdout.write(report.html)
    else:  # under a temporary name, renamed when whole: OUT keeps its old page until then
        target = OutputTarget(output)
        try:
            Path(target.write_path).write_text(report.html, encoding="utf-8")
            target.commit()
        finally:
            target.discard()
    n_read = len(records) + len(rejected)
    print(
        f"read {n_read}, reported {report.n_reported}, rejected {len(report.rejected)}"
        + ("" if output == "-" else f"; wrote {output}"),
        file=err,
    )
    return EXIT_REJECTED if report.rejected else EXIT_OK


def run_table(
    source: str,
    *,
    lang: str = "en",
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Print the ScoreResults in ``source`` as a table."""
    from fraud.report.table import TableInputError, format_table, read_results, safe_text

    out = stdout or sys.stdout
    err = stderr or sys.stderr
    try:
        results, bad = read_results(source, stdin=sys.stdin.buffer if source == "-" else None)
    except TableInputError as error:
        print(f"fraud: error: {source}: {error}", file=err)
        return EXIT_ERROR
    for item in bad[:_REJECTS_SHOWN]:
        print(f"line {item.number}: {safe_text(item.message)}", file=err)
    if len(bad) > _REJECTS_SHOWN:
        print(f"({counted(len(bad) - _REJECTS_SHOWN, 'more record')} skipped)", file=err)
    print(format_table(results, lang=lang), file=out)
    if bad:
        print(f"{len(bad)} of {counted(len(bad) + len(results), 'record')} skipped", file=err)
        return EXIT_REJECTED
    return EXIT_OK


# --------------------------------------------------------------------------- argparse


def _report(args: argparse.Namespace) -> int:
    from fraud.runs import store_option
    from fraud.scoring import Scorer

    model_dir = args.model_dir
    with store_option(args.store, writes=False) as store:  # a report reads, records nothing
        return run_report(
            args.input,
            args.output,
            scorer_factory=lambda: Scorer.load(model_dir),
            lang=args.lang,
            models_root=model_dir,
            store=store,
        )


REPORT_STORE_HELP = (
    "creator store (SQLite path or SQLAlchemy URL; bare --store: $FRAUD_STORE or the per-user"
    " default; $FRAUD_STORE alone also counts): complete follower histories from it, as"
    " fraud score --store does; the report only reads it, it records nothing"
)


def add_report_command(commands: Any) -> None:
    """Register ``fraud report IN -o report.html [--lang en|zh] [--store [PATH]]``."""
    report = commands.add_parser(
        "report", help="score creators and write a self-contained HTML vetting report"
    )
    report.add_argument(
        "input",
        metavar="IN",
        help="creators: .jsonl, a .json array or one .json record (- = stdin)",
    )
    report.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        default="report.html",
        help="HTML file (default report.html; - = stdout)",
    )
    report.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="page language (default en)"
    )
    report.add_argument("--store", nargs="?", const="", metavar="PATH", help=REPORT_STORE_HELP)
    report.add_argument(
        "--models",
        "--model-dir",
        dest="model_dir",
        type=model_set_argument,
        help="model set: a name (e.g. commercial) or a directory",
    )
    report.set_defaults(handler=_report)


def add_table_command(commands: Any) -> None:
    """Register ``fraud table SCORES [--lang en|zh]``."""
    table = commands.add_parser(
        "table", help="print scored creators (fraud score output) as a table"
    )
    table.add_argument(
        "input",
        metavar="SCORES",
        help="ScoreResults: .jsonl, a .json array or one object (- = stdin)",
    )
    table.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="headings language (default en)"
    )
    table.set_defaults(handler=lambda args: run_table(args.input, lang=args.lang))
