"""Import what scrapers export into CreatorRecords: one module per source, no crawling code.

Sources: ``mediacrawler`` (:mod:`fraud.importers.mediacrawler`), ``instaloader``
(:mod:`fraud.importers.instaloader`), ``ytdlp`` (:mod:`fraud.importers.ytdlp`) and
``history`` (:mod:`fraud.importers.history`, dated follower counts). Each reads files into
items (profiles, posts, comments, dated counts, or rejects naming file, line and reason);
:func:`fraud.importers._assemble.assemble` groups them into creators with bounded memory.

Examples
--------
>>> from fraud.importers import run_import                             # doctest: +SKIP
>>> run_import("mediacrawler", ["data/xhs"], "creators.jsonl").line()  # doctest: +SKIP
'read 1520, imported 1518, rejected 2 rows; 3 creators written ...'
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson

from fraud.batch import UsageError, check_paths, resolve_rejects_path
from fraud.importers import history, instaloader, mediacrawler, ytdlp
from fraud.importers._assemble import HistorySource, ImportSummary, assemble
from fraud.importers._items import (
    Item,
    JsonElementLines,
    Note,
    ProfileItem,
    ReadItem,
    SnapshotItem,
    Where,
)
from fraud.importers._values import lower_bound_note, noting_lower_bounds
from fraud.importers.history import read_history, read_profiles
from fraud.importers.instaloader import read_instaloader
from fraud.importers.mediacrawler import anonymize_user_id, read_mediacrawler
from fraud.importers.ytdlp import read_ytdlp
from fraud.io import (
    REJECT_INPUT_CHARS,
    OutputTarget,
    detect_output_format,
    exists_not_regular,
    open_binary_output,
    plain_name,
)
from fraud.schema import CreatorRecord

__all__ = ["SOURCES", "ImportSummary", "import_items", "read_source", "run_import"]

Reader = Callable[[Iterable[Path], str | None], Iterator[ReadItem]]
SOURCES: dict[str, Reader] = {
    "mediacrawler": read_mediacrawler,
    "instaloader": read_instaloader,
    "ytdlp": read_ytdlp,
    "history": read_history,
}
# Per source: whether a directory given as its input has a file read.
_READS_FILE: dict[str, Callable[[Path], bool]] = {
    "mediacrawler": mediacrawler.reads_file,
    "instaloader": instaloader.reads_file,
    "ytdlp": ytdlp.reads_file,
    "history": history.reads_file,
}


#: What a folder given to a source holds when it is an export of it (MediaCrawler's reader
#: says so itself, naming the files it passed over).
_EXPORT_FILES = {
    "instaloader": "no Instaloader profile, post or comments file in it (.json or .json.xz)",
    "ytdlp": "no yt-dlp .info.json file in it (yt-dlp --write-info-json writes one per video)",
    "history": "no CSV or JSONL file of dated counts in it",
}


def _folders_without_export(source: str, inputs: Iterable[str | Path]) -> list[str]:
    """A note per input folder with no file the source reads: an import of the wrong folder
    (or with the wrong source) said "read 0, imported 0" and nothing more."""
    name = _source_name(source)
    if name not in _EXPORT_FILES:
        return []
    reads = _READS_FILE[name]
    return [
        f"{path}: {_EXPORT_FILES[name]}"
        for path in map(Path, inputs)
        if path.is_dir() and not any(p.is_file() and reads(p) for p in path.rglob("*"))
    ]


def _source_name(source: str) -> str:
    """``source`` as :data:`SOURCES` names it (``MediaCrawler``, ``yt-dlp`` accepted)."""
    return source.lower().replace("-", "")


def read_source(
    source: str, inputs: Iterable[str | Path], platform: str | None = None
) -> Iterator[ReadItem]:
    """The items of ``inputs`` read as ``source``; raises ValueError for an unknown source."""
    reader = SOURCES.get(_source_name(source))
    if reader is None:
        raise ValueError(f"unknown source {source!r}; use one of {', '.join(SOURCES)}")
    return reader([Path(p) for p in inputs], platform)


def import_items(
    source: str,
    inputs: Sequence[str | Path],
    *,
    write_record: Callable[[dict[str, Any]], None],
    write_reject: Callable[[Where, str, str], None],
    platform: str | None = None,
    profiles: Sequence[str | Path] = (),
    histories: Sequence[str | Path] = (),
    store: HistorySource | None = None,
    on_record: Callable[[CreatorRecord], None] | None = None,
    summary: ImportSummary | None = None,
) -> ImportSummary:
    """Import ``inputs`` as ``source`` into CreatorRecord rows given to ``write_record``
    (the counts go into ``summary`` as they are made, when given)."""
    notes: list[str] = []

    def rows(group: Iterable[ReadItem]) -> Iterator[Item]:
        """The items without the readers' notes (files skipped on purpose), kept aside."""
        for item in group:
            if isinstance(item, Note):
                notes.append(item.text)
            else:
                yield item

    notes += _folders_without_export(source, inputs)
    douyin_ids: dict[str, str] = {}  # numeric uid / creator_hash -> sec_uid, from the posts
    if _source_name(source) == "mediacrawler":
        read = read_mediacrawler([Path(p) for p in inputs], platform, douyin_ids)
    else:
        read = read_source(source, inputs, platform)
    items = rows(read)
    aux: list[Iterator[ReadItem]] = []
    if profiles:
        aux.append(read_profiles([Path(p) for p in profiles], platform))
    if histories:
        aux.append(read_history([Path(p) for p in histories], platform))
    with noting_lower_bounds() as lower_bounds:  # the readers run inside assemble
        summary = assemble(
            items,
            write_record=write_record,
            write_reject=write_reject,
            aux_items=_douyin_aliases(rows(item for group in aux for item in group), douyin_ids),
            snapshots_define_creators=source == "history",
            store=store,
            on_record=on_record,
            douyin_aliases=douyin_ids,
            summary=summary,
        )
    bound = lower_bound_note(lower_bounds)
    summary.notes[:0] = [*notes, *([bound] if bound else [])]
    return summary


def _douyin_aliases(items: Iterator[Item], douyin_ids: dict[str, str]) -> Iterator[Item]:
    """Side-table rows naming a Douyin creator by its numeric uid (or that uid's hash) turned
    to the ``sec_uid`` the export's posts key it by. Read after the export, so the map is
    complete (``assemble`` stages every export item before the first side-table row)."""
    for item in items:
        if (
            douyin_ids
            and isinstance(item, ProfileItem | SnapshotItem)
            and item.platform == "douyin"
            and item.key
        ):
            item.key = douyin_ids.get(item.key) or douyin_ids.get(
                anonymize_user_id(item.key), item.key
            )
        yield item


def _is_stream(output: str) -> bool:
    """Whether ``output`` is stdout, a pipe or a device (``-o /dev/null`` with ``--store``,
    ``-o >(gzip > x)``), or a ``/dev/`` name (``-o /dev/stdout`` is a regular file when stdout
    is redirected to one: the review of s51): written as it is, its rejects to stderr."""
    return output == "-" or output.startswith("/dev/") or exists_not_regular(output)


def _check_output_name(output: str) -> None:
    """Refuse an output named for another format: the import writes JSON lines, and
    ``fraud score creators.json`` would read them as one JSON document (one reject). A stream
    (:func:`_is_stream`) is written as it is."""
    if _is_stream(output):
        return
    try:
        kind = detect_output_format(output)
    except ValueError:
        kind = None
    if kind != "jsonl":
        raise UsageError(
            f"the output {output} is not named for JSON lines, which an import writes:"
            " name it .jsonl (or .jsonl.gz)"
        )


def _check_platform(source: str, platform: str | None) -> None:
    """Refuse a ``--platform`` the source cannot be of, before any file is read (it made
    every MediaCrawler file a reject saying to give --platform)."""
    if platform is None:
        return
    if _source_name(source) == "mediacrawler":
        if mediacrawler.platform_named(platform) is None:
            raise UsageError(
                f"--platform {platform}: MediaCrawler exports are of tiktok, xhs, dy, ks, bili"
                " or wb"
            )
        return
    try:
        history.canonical_platform(platform)
    except ValueError as error:
        raise UsageError(f"--platform: {error}") from None


def _check_not_read(
    folder: Path, reads: Callable[[Path], bool] | None, output: str, rejects: Path | None
) -> None:
    """Refuse an output or rejects path inside the input directory ``folder`` that the import
    reads there (it overwrote an export file named as the output) or would read on the next
    import of that directory (a rejects file named ``search_contents_….json.rejects.jsonl``)."""
    if reads is None or not folder.is_dir():
        return
    for what, path in (("output", output), ("rejects file", str(rejects) if rejects else "-")):
        if path == "-" or not Path(path).resolve().is_relative_to(folder.resolve()):
            continue
        if reads(Path(path)):
            raise UsageError(
                f"the {what} {path} is inside the input directory {folder} and named as a file"
                " the import reads there: write it outside that directory"
            )


def run_import(
    source: str,
    inputs: Sequence[str | Path],
    output: str | Path,
    *,
    rejects: str | Path | None = None,
    platform: str | None = None,
    profiles: Sequence[str | Path] = (),
    histories: Sequence[str | Path] = (),
    store: Any | None = None,
) -> ImportSummary:
    """Import into the JSONL file ``output`` (``-`` = stdout).

    Rejects go to ``rejects`` (default ``OUTPUT.rejects.jsonl``; stderr when writing to stdout,
    a pipe, a device or a ``/dev/`` name)
    as ``{"file", "line", "error", "input"}`` rows; ``line`` is the line an editor shows (a CSV
    record's first line; a JSON-array element's first line, else the file's last line, with
    ``"element": N`` added; never an element number). With a ``store``
    (:class:`fraud.store.CreatorStore`), a creator without a follower count takes its latest
    stored one (dated by ``profile.observed_at``), and what each record brought (its profile
    counts, its ``follower_history`` from the export and ``histories``) is recorded. The
    stored snapshots are not written into ``output``: ``fraud score --store`` completes each
    history from the store when it scores, reading the snapshots as they are then.
    """
    output = str(output)
    to_stdout = output == "-"
    _check_output_name(output)
    _check_platform(source, platform)
    # As `fraud score`: rejects go to stderr when writing to stdout and no path is given; so
    # they do when writing to a pipe or device (-o /dev/null wrote /dev/null.rejects.jsonl).
    to_stream = _is_stream(output)
    rejects_path = resolve_rejects_path(
        "-" if to_stream else output, str(rejects) if rejects else None
    )
    for given in (*inputs, *profiles, *histories):  # refuse before anything is written
        if str(given) != "-" and not Path(given).exists():  # a mistyped path: OUTPUT untouched
            raise FileNotFoundError(2, "No such file or directory", str(given))
        check_paths(str(given), output, rejects_path)
    reads = _READS_FILE.get(_source_name(source))
    for folders, read in ((inputs, reads), ((*profiles, *histories), history.reads_file)):
        for folder in folders:
            _check_not_read(Path(folder), read, output, rejects_path)
    rejects_target = OutputTarget(str(rejects_path)) if rejects_path is not None else None
    handles: dict[str, Any] = {}
    imported: list[CreatorRecord] = []

    def write_record(row: dict[str, Any]) -> None:
        handles["out"].write(orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE))

    element_lines: dict[str, JsonElementLines] = {}  # per .json(.xz) file with rejects

    def placed(where: Where) -> tuple[int, int | None]:
        """The editor line of a reject, and its element number when the file is a JSON
        array (readers number array elements; the file is scanned once, as far as needed).
        An element with no start line (a truncated array, text after its end) is placed at
        the file's last line: ``line`` is always a line, never an element number."""
        if where.element is not None:
            return where.line, where.element
        if where.line < 1 or not plain_name(where.file).lower().endswith((".json", ".json.xz")):
            return where.line, None
        if where.file not in element_lines:
            element_lines[where.file] = JsonElementLines(Path(where.file))
        lines = element_lines[where.file]
        if not lines.is_array():  # one JSON document (an .info.json): line is its line
            return where.line, None
        line = lines.line_of(where.line)
        return (lines.last_line() if line is None else line), where.line

    def write_reject(where: Where, reason: str, preview: str) -> None:
        line, element = placed(where)
        if rejects_target is None:
            at = f"{line}: element {element}" if element is not None else f"{line}"
            print(f"{where.file}:{at}: {reason}", file=sys.stderr)
            return
        if "rejects" not in handles:
            handles["rejects"] = open(rejects_target.write_path, "wb")  # noqa: SIM115 - closed below
        row: dict[str, Any] = {"file": where.file, "line": line}
        if element is not None:
            row["element"] = element
        row |= {"error": reason, "input": preview[:REJECT_INPUT_CHARS]}
        handles["rejects"].write(orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE))

    def on_record(record: CreatorRecord) -> None:
        imported.append(record)
        if len(imported) >= 200:
            flush()

    def flush() -> None:
        if store is not None and imported:
            store.record_snapshots(imported)
        imported.clear()

    # Written under a temporary name and renamed when complete: OUT keeps what it held until
    # the import finishes (an interrupted or failed import leaves it as it was).
    target = OutputTarget(output)
    # (-o creators.jsonl.gz is compressed, as fraud score's outputs are and its input wants)
    handles["out"] = sys.stdout.buffer if to_stdout else open_binary_output(target.write_path)[0]
    summary = ImportSummary()  # counted as the import goes: an interrupted one says them
    done = stopped = False
    try:
        import_items(
            source,
            inputs,
            write_record=write_record,
            write_reject=write_reject,
            platform=platform,
            profiles=profiles,
            histories=histories,
            store=store,
            on_record=on_record if store is not None else None,
            summary=summary,
        )
        flush()
        done = True
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM under batch.sigterm_as_interrupt
        stopped = True
        raise
    finally:
        for lines in element_lines.values():
            lines.close()
        for name, handle in handles.items():
            if name == "out" and to_stdout:
                handle.flush()
            else:
                handle.close()
        if done:
            target.commit()
        else:
            target.discard()
        if rejects_target is not None:
            if not done:
                rejects_target.discard()
            elif "rejects" in handles:
                rejects_target.commit()
            elif rejects_path is not None and rejects_path.is_file():
                rejects_path.unlink()  # a complete run without rejects: no stale file left
        if stopped:
            print(
                f"fraud: {summary.stopped_line(_left_as(output, target, rejects_target))}",
                file=sys.stderr,
            )
    if summary.rejected and rejects_path is not None and rejects_path.exists():
        summary.rejects_path = str(rejects_path)
    return summary


def _left_as(output: str, target: OutputTarget, rejects: OutputTarget | None) -> str:
    """What an interrupted import leaves: a file output as it was (the creators finished
    went to its temporary file, removed), a stream with the creators finished so far."""
    if output == "-":
        left = "written to stdout"
    elif target.direct:
        left = f"written to {output}"
    else:
        left = f"none kept, {output} was not changed"
    if rejects is not None and not rejects.direct:
        left += f"; the rejects so far were not kept, {rejects.path} was not changed"
    return left
