"""MediaCrawler exports: ``data/{platform}/{json,jsonl,csv}/{crawl_type}_{kind}_{date}.*``
(also compressed: ``.gz``, ``.bz2``, ``.zst``), its Excel store's workbooks
``data/{platform}/{platform}_{crawl_type}_{%Y%m%d_%H%M%S}.xlsx`` (``store/excel_store_base.py``:
a Contents, Comments and Creators sheet of the same dicts, a header row of their keys), and
its SQLite store (``SAVE_DATA_OPTION = "sqlite"``: ``database/sqlite_tables.db``, any
``.db``/``.sqlite`` file given; ``schema/sqlite_tables.sql`` and ``database/models.py``: one
table per platform and kind, ``xhs_note``, ``douyin_aweme_comment``, ``dy_creator``...,
whose columns are the same dicts' keys, read by the same mapping as the files).

Field names follow MediaCrawler's store code (``store/{xhs,douyin,kuaishou,bilibili,weibo}/
__init__.py`` in NanmiCoder/MediaCrawler, which builds the dicts its JSON, JSONL and CSV
writers save, and ``tools/async_file_writer.py`` for the file names). Two schemas exist:

* the older one names authors by ``user_id`` with ``nickname``, ``avatar``, ``ip_location``,
  and writes ``creators`` files (``fans``, ``follows``, ``interaction``, ``desc``; Bilibili
  ``total_fans``; Douyin ``videos_count``);
* the newer one (``tools/user_hash.py``) replaces every user id, the post's author's and each
  commenter's, by ``creator_hash`` = the first 16 hex digits of SHA-256 of the id, masks
  nicknames (``林***x``), marks the author's comments with ``is_author_reply`` /
  ``show_tags``, and writes no creator counts (at most ``creator_profile.json`` with the hash
  and nickname), so the follower count must come from ``--profiles`` or the store. A
  ``--profiles`` row may give the platform's real user id: it is hashed the same way to match.
  Some Douyin exports of this schema repeat the author's observed counts on each post row
  (``followers_count``, ``followers_observed``, ``author_followers_zero_suspicious``); those
  are used when observed and not a suspicious 0.

MediaCrawler's TikTok crawler (2026: ``store/tiktok/__init__.py``, ``data/tiktok/``, tables
``tiktok_aweme``, ``tiktok_aweme_comment``, ``tiktok_creator`` in ``database/models.py``) writes
Douyin's field names (``aweme_id``, ``liked_count``, ``collected_count``...; creators ``fans``,
``follows``, ``videos_count``) and names every user by TikTok's numeric ``user_id`` in all
three files; it is read as the other platforms are.

Douyin names a creator two ways: the numeric ``uid`` and the ``sec_uid`` of its profile URL
(``douyin.com/user/MS4wLjAB…``). Posts and comments store both (``user_id`` = uid,
``sec_uid``); the creators file stores only the id MediaCrawler was given,
``DY_CREATOR_ID_LIST``'s sec_uid, in ``user_id`` (``media_platform/douyin/core.py``
``get_creators_and_videos`` calls ``save_creator(user_id, ...)`` with it). A Douyin creator is
keyed by its ``sec_uid`` whenever a row shows it, so its key does not depend on which files
one import holds; a uid is turned to its sec_uid through the posts, whatever the file order
(comments and creators files are read after the other files for this, posts that show no
sec_uid are held back and keyed once every contents file is read, and ``--profiles``/
``--history`` rows may give either id). A creator seen only by its numeric uid (no sec_uid in any row) is keyed by that uid. The other platforms use one id in all three files.

Older MediaCrawler versions (before ``tools/async_file_writer.py``) wrote creators files in the
singular, ``{crawl}_creator_{date}.json`` / ``{n}_{crawl}_creator_{date}.csv``
(``store/*/*_store_impl.py`` ``save_data_to_json(creator, "creator")``); they are read the same.
Files of other kinds are not read: Bilibili's creator-mode ``creator_contacts_*`` (fan and
following lists) and ``creator_dynamics_*`` (``store/bilibili/_store_impl.py``) name no
contents, comments or creators. MediaCrawler's word-cloud files (``ENABLE_GET_WORDCLOUD``: ``words/`` and
``*_word_freq.json``, word counts, not rows) are skipped with a note.

Counts arrive as numbers or display strings (``"1.2万"``), times as epoch seconds or
milliseconds (``time`` and ``last_modify_ts`` are milliseconds). The crawl time
(``last_modify_ts``, else the file name's date) becomes the record's ``as_of``.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from fraud.importers._items import (
    SHEET_ERRORS,
    WORKBOOK_ERRORS,
    CommentItem,
    Item,
    Note,
    PostItem,
    ProfileItem,
    ReadItem,
    Reject,
    Where,
    iter_rows,
    open_workbook,
    read_json_or_reject,
    reject_row,
)
from fraud.importers._values import after_epoch, parse_count, parse_time
from fraud.io import plain_name
from fraud.platforms import platform_key
from fraud.wording import counted, plural

__all__ = [
    "PLATFORMS",
    "anonymize_user_id",
    "is_word_cloud",
    "platform_named",
    "platform_of",
    "read_mediacrawler",
    "reads_file",
]

# MediaCrawler's platform folder names (and the long forms) -> the contract's platform.
PLATFORMS = {
    "xhs": "rednote",
    "xiaohongshu": "rednote",
    "rednote": "rednote",
    "dy": "douyin",
    "douyin": "douyin",
    "ks": "kuaishou",
    "kuaishou": "kuaishou",
    "bili": "bilibili",
    "bilibili": "bilibili",
    "wb": "weibo",
    "weibo": "weibo",
    # The TikTok crawler MediaCrawler added in 2026 (store/tiktok/, folder data/tiktok/).
    "tiktok": "tiktok",
}
_KINDS = ("contents", "comments", "creators", "creator")
_SUFFIXES = (".json", ".jsonl", ".csv")
# Shown by name in the note of files a directory held that were not read.
_SKIPPED_SHOWN = 5
# The older store code's ``save_data_to_json(creator, "creator")`` /
# ``save_data_to_csv(creator, store_type="creator")``: ``search_creator_2025-11-21.json``,
# ``1_creator_creator_2025-11-21.csv`` (a date follows), or no date at all.
_OLD_CREATOR = re.compile(r"(?:^|_)creator(?:_\d|\.)")
_FILE_DATE = re.compile(
    r"_(?P<day>\d{4}-\d{2}-\d{2})(?:_[^.]*)?\.(?:json|jsonl|csv)(?:\.(?:gz|bz2|zst))?$",
    re.IGNORECASE,
)
# The Excel store's workbook (store/excel_store_base.py): {platform}_{crawler_type}_{%Y%m%d_%H%M%S}
# .xlsx in data/{platform}/, one sheet per kind of rows.
_EXCEL_NAME = re.compile(r"(?P<platform>[a-z]+)_[a-z]+_(?P<day>\d{8})_\d{6}\.xlsx", re.IGNORECASE)
_SHEETS = {"contents": "contents", "comments": "comments", "creators": "creators"}
# The SQLite store's tables (schema/sqlite_tables.sql, database/models.py), each holding the
# rows the JSON store writes to one platform's contents, comments or creators file (the newer
# schema dropped the creator tables). Other tables (Bilibili's contacts and dynamics, Tieba,
# Zhihu) hold no such rows.
_TABLES = {
    "xhs_note": ("rednote", "contents"),
    "xhs_note_comment": ("rednote", "comments"),
    "xhs_creator": ("rednote", "creators"),
    "douyin_aweme": ("douyin", "contents"),
    "douyin_aweme_comment": ("douyin", "comments"),
    "dy_creator": ("douyin", "creators"),
    "kuaishou_video": ("kuaishou", "contents"),
    "kuaishou_video_comment": ("kuaishou", "comments"),
    "bilibili_video": ("bilibili", "contents"),
    "bilibili_video_comment": ("bilibili", "comments"),
    "bilibili_up_info": ("bilibili", "creators"),
    "weibo_note": ("weibo", "contents"),
    "weibo_note_comment": ("weibo", "comments"),
    "weibo_creator": ("weibo", "creators"),
    "tiktok_aweme": ("tiktok", "contents"),
    "tiktok_aweme_comment": ("tiktok", "comments"),
    "tiktok_creator": ("tiktok", "creators"),
}
_DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3")

# Per platform: the content id field, the time field, and count fields -> contract names.
_POST_ID = {
    "rednote": "note_id",
    "douyin": "aweme_id",
    "kuaishou": "video_id",
    "bilibili": "video_id",
    "weibo": "note_id",
    "tiktok": "aweme_id",
}
_POST_TIME = {
    "rednote": "time",
    "douyin": "create_time",
    "kuaishou": "create_time",
    "bilibili": "create_time",
    "weibo": "create_time",
    "tiktok": "create_time",
}
_POST_COUNTS: dict[str, dict[str, str]] = {
    "rednote": {
        "liked_count": "likes",
        "comment_count": "comments",
        "share_count": "shares",
        "collected_count": "saves",
    },
    "douyin": {
        "liked_count": "likes",
        "comment_count": "comments",
        "share_count": "shares",
        "collected_count": "saves",
    },
    # Kuaishou contents carry no comment count: it is taken from the exported comments.
    "kuaishou": {"liked_count": "likes", "viewd_count": "views"},
    "bilibili": {
        "liked_count": "likes",
        "video_comment": "comments",
        "video_share_count": "shares",
        "video_favorite_count": "saves",
        "video_play_count": "views",
        "video_coin_count": "coins",
        "video_danmaku": "danmaku",
    },
    "weibo": {"liked_count": "likes", "comments_count": "comments", "shared_count": "shares"},
    # store/tiktok/__init__.py update_tiktok_aweme: the Douyin names, from TikTok's stats
    "tiktok": {
        "liked_count": "likes",
        "comment_count": "comments",
        "share_count": "shares",
        "collected_count": "saves",
    },
}
_COMMENT_LIKES = ("like_count", "comment_like_count")
_AUTHOR_FIELDS = ("user_id", "creator_hash", "sec_uid")
_COMMENTER_FIELDS = ("user_id", "creator_hash")
# store/xhs/comment_author.py: tags that mark the note author's own comments.
_AUTHOR_TAGS = {"is_author", "author", "作者", "帖主", "贴主"}


def anonymize_user_id(user_id: str) -> str:
    """The newer schema's ``creator_hash`` of a platform user id (``tools/user_hash.py``)."""
    return hashlib.sha256(user_id.strip().encode("utf-8")).hexdigest()[:16]


def platform_named(name: str) -> str | None:
    """The contract platform of a MediaCrawler platform name (``xhs``, ``Douyin``, the
    full-width ``ｘｈｓ``), if it is one."""
    return PLATFORMS.get(platform_key(name))


def platform_of(path: Path) -> str | None:
    """The contract platform named by a MediaCrawler path (``data/xhs/json/...``), if any."""
    for part in reversed(path.parts[:-1]):
        found = platform_named(part)
        if found:
            return found
    return None


def _kind_of(path: Path) -> str | None:
    stem = path.name.lower()
    for kind in _KINDS:
        if kind == "creator":
            # The older writers' ``{crawl}_creator_{date}.*`` and the newer schema's
            # creator_profile.json, not Bilibili's creator-mode creator_contacts_/_dynamics_.
            if stem.startswith("creator_profile") or _OLD_CREATOR.search(stem):
                return "creators"
        elif f"_{kind}_" in stem or stem.startswith(f"{kind}_") or f"_{kind}." in stem:
            return kind
    # Bilibili's CSV store names its contents "videos" ({crawl}_videos_{date}.csv); its JSON
    # and JSONL stores, and every other platform's, say "contents"
    if "_videos_" in stem or stem.startswith("videos_") or "_videos." in stem:
        return "contents"
    return None


def is_word_cloud(path: Path) -> bool:
    """A MediaCrawler word-cloud file (``data/{platform}/words/..._word_freq.json``)."""
    return path.name.lower().endswith("_word_freq.json") or path.parent.name.lower() == "words"


def reads_file(path: Path) -> bool:
    """Whether a directory given as input has ``path`` read: a MediaCrawler rows file,
    compressed or not (``search_comments_2025-11-21.jsonl.gz``, read as ``fraud score`` reads
    it), or a workbook of its Excel store (``xhs_search_20251121_101010.xlsx``), not a
    word-cloud file."""
    named = Path(plain_name(path.name)).suffix.lower() in _SUFFIXES and _kind_of(path) is not None
    store = _EXCEL_NAME.fullmatch(path.name) is not None or _is_database(path)
    return (named or store) and not is_word_cloud(path)


def _is_database(path: Path) -> bool:
    """A file of the SQLite store, by its name (``sqlite_tables.db``)."""
    return path.suffix.lower() in _DATABASE_SUFFIXES


@dataclass(frozen=True, slots=True)
class _Source:
    """What one reader pass reads: a rows file, one sheet of an Excel-store workbook, or one
    table of the SQLite store (``part``: the sheet's or the table's name)."""

    path: Path
    part: str | None = None
    problem: str | None = None  # why the file cannot be read at all (its one reject)

    @property
    def name(self) -> str:
        """How rejects and notes name it: the file, with the sheet or table as
        ``file[Comments]``."""
        return f"{self.path}[{self.part}]" if self.part else str(self.path)

    @property
    def kind(self) -> str | None:
        """contents, comments or creators (None: no MediaCrawler rows)."""
        if self.part is None:
            return _kind_of(self.path)
        if _is_database(self.path):
            return _TABLES[self.part][1]
        return _SHEETS.get(self.part.lower())

    @property
    def platform(self) -> str | None:
        """The platform a SQLite-store table is of (its name says); None for a file."""
        return _TABLES[self.part][0] if self.part and _is_database(self.path) else None


def _sources(path: Path) -> Iterator[_Source]:
    """The sources of an input file: an Excel-store workbook's rows sheets, a SQLite store's
    rows tables (a workbook or database that cannot be opened is one source, rejected when
    read), else the file itself."""
    if _is_database(path) and path.is_file():
        yield from _table_sources(path)
        return
    if path.suffix.lower() != ".xlsx" or not path.is_file():
        yield _Source(path)
        return
    try:
        book = open_workbook(path)
    except WORKBOOK_ERRORS as error:
        yield _Source(path, problem=f"not an Excel workbook that can be read: {error}")
        return
    try:
        names = [name for name in book.sheetnames if name.lower() in _SHEETS]
        found = ", ".join(book.sheetnames)
    finally:
        book.close()
    if not names:
        yield _Source(path, problem=f"no Contents, Comments or Creators sheet (it has {found})")
    yield from (_Source(path, name) for name in names)


def _table_sources(path: Path) -> Iterator[_Source]:
    """The rows tables of a SQLite-store database, in the order of :data:`_TABLES`."""
    try:
        found = _table_names(path)
    except sqlite3.DatabaseError as error:
        yield _Source(path, problem=f"not a SQLite database that can be read: {error}")
        return
    names = [name for name in _TABLES if name in found]
    if not names:
        shown = ", ".join(found) or "no tables"
        yield _Source(
            path, problem=f"no MediaCrawler contents, comments or creators table (it has {shown})"
        )
    yield from (_Source(path, name) for name in names)


def _table_names(path: Path) -> list[str]:
    """Every table of a SQLite database, by name; raises ``sqlite3.DatabaseError`` when the
    file is not one that can be read."""
    with contextlib.closing(_open_database(path)) as database:
        query = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        return [name for (name,) in database.execute(query)]


def _holds_rows(path: Path) -> bool:
    """Whether a ``.db``/``.sqlite`` file met in a directory is a SQLite store with a rows
    table: another one (Windows' Thumbs.db, a store of ``fraud``'s own) is noted as not
    read, not rejected; a file given by name is read, and rejected saying why."""
    try:
        return any(name in _TABLES for name in _table_names(path))
    except sqlite3.DatabaseError:
        return False


def _open_database(path: Path) -> sqlite3.Connection:
    """``path`` opened read-only (the crawler may still be writing to it; nothing is
    created when it is not a database)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _export_files(inputs: Iterable[Path]) -> Iterator[_Source | Note]:
    for path in inputs:
        if path.is_dir():
            clouds = found = 0
            others: list[Path] = []  # files of no MediaCrawler rows kind, named in a note
            for child in sorted(path.rglob("*")):
                if not child.is_file():
                    continue
                if is_word_cloud(child):
                    clouds += 1
                elif reads_file(child) and (not _is_database(child) or _holds_rows(child)):
                    found += 1
                    yield from _sources(child)
                elif not child.name.startswith("."):  # .DS_Store and the like: not a user's file
                    others.append(child)
            if not found:
                yield Note(f"{path}: no MediaCrawler contents, comments or creators file in it")
            if clouds:
                yield Note(
                    f"{path}: skipped {clouds} MediaCrawler word-cloud "
                    f"{plural(clouds, 'file')} (words/, *_word_freq.json: word counts,"
                    " not rows)"
                )
            if others:
                yield Note(_not_read_note(path, others))
        elif path.is_file() and is_word_cloud(path):
            yield Note(f"{path}: skipped, a MediaCrawler word-cloud file (word counts, not rows)")
        else:
            yield from _sources(path)


def _not_read_note(folder: Path, files: list[Path]) -> str:
    """The note for the files of ``folder`` that are not MediaCrawler rows files, some by
    name, saying what is read, so an export saved another way is not dropped unseen."""
    shown = ", ".join(str(f.relative_to(folder)) for f in files[:_SKIPPED_SHOWN])
    more = f" and {len(files) - _SKIPPED_SHOWN} more" if len(files) > _SKIPPED_SHOWN else ""
    return (
        f"{folder}: {counted(len(files), 'file')} not read ({shown}{more}): only MediaCrawler's"
        " {crawl}_{contents,comments,creators}_{date}.{json,jsonl,csv} files (also .gz, .bz2,"
        " .zst), its Excel store's {platform}_{crawl}_{date}_{time}.xlsx and its SQLite"
        " store's .db/.sqlite files are read"
    )


def _file_date(path: Path) -> datetime | None:
    match = _FILE_DATE.search(path.name) or _EXCEL_NAME.fullmatch(path.name)
    if not match:
        return None
    try:
        day = datetime.fromisoformat(match["day"])
    except ValueError:
        return None
    # The end of the crawl day: everything in the file was seen by then.
    return day.replace(hour=23, minute=59, tzinfo=UTC)


def _first(row: dict[str, Any], fields: Iterable[str]) -> str | None:
    for name in fields:
        value = row.get(name)
        if value not in (None, ""):
            return str(value)
    return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def read_mediacrawler(
    inputs: Iterable[Path], platform: str | None = None, douyin_ids: dict[str, str] | None = None
) -> Iterator[ReadItem]:
    """Yield the items of MediaCrawler export files or directories, in file order (Douyin
    comments and creators files after the other files, and Douyin posts with no ``sec_uid``
    whose uid no earlier post mapped after the other contents files: they are keyed through
    the posts' ``sec_uid``; the held posts are kept in memory until then). ``douyin_ids``
    collects each Douyin numeric uid (and ``creator_hash``) -> ``sec_uid`` seen, for side
    tables that name a creator by the other id."""
    ids: dict[str, str] = {} if douyin_ids is None else douyin_ids
    comments: list[tuple[_Source, str]] = []
    creators: list[tuple[_Source, str]] = []
    held: list[PostItem] = []  # Douyin posts with no sec_uid whose uid no post has mapped yet
    for source in _export_files(inputs):
        if isinstance(source, Note):
            yield source
            continue
        found = source.platform or (
            (platform_named(platform) or platform) if platform else _platform(source.path)
        )
        kind = source.kind if found == "douyin" else None
        if kind in ("comments", "creators"):
            (comments if kind == "comments" else creators).append((source, "douyin"))
            continue
        yield from _read_file(source, found, platform, ids, held)
    # Keyed once every contents file is read: a later file may show the uid's sec_uid.
    for post in held:
        _key_post(post, ids)
        yield post
    for source, found in (*comments, *creators):
        yield from _read_file(source, found, platform, ids, held)


def _read_file(
    source: _Source,
    found: str | None,
    platform: str | None,
    douyin_ids: dict[str, str],
    held: list[PostItem],
) -> Iterator[ReadItem]:
    """The items of one file (or sheet), and a note of its posts kept without a count;
    Douyin posts that need a sec_uid no post has shown yet go to ``held`` instead (keyed
    after the other contents files, by :func:`_key_post`)."""
    path = source.path
    if source.problem is not None:
        yield Reject(Where(source.name, 1), source.problem)
        return
    where = Where(source.name, 0)
    if found is None or found not in PLATFORMS.values():
        named = platform or "/".join(path.parts[-3:-1])
        yield Reject(
            where,
            f"unknown platform {named!r} for {path.name}: give --platform, one of "
            "xhs, dy, ks, bili, wb, tiktok",
        )
        return
    kind = source.kind
    if kind is None:
        yield Reject(where, f"{path.name}: not a MediaCrawler contents, comments or creators file")
        return
    if not path.exists():
        yield Reject(where, f"{path}: no such file")
        return
    crawl_day = _file_date(path)
    reader = {"contents": _content, "comments": _comment, "creators": _creator}[kind]
    uncounted: Counter[str] = Counter()  # posts without a like / comment count
    for row_where, row in _rows(source):
        if isinstance(row, Reject):
            yield row
            continue
        try:
            item = reader(found, row, row_where, crawl_day)
        except ValueError as error:
            yield reject_row(row_where, str(error), row)
            continue
        if isinstance(item, PostItem):
            uncounted.update(_missing_counts(found, item.post))
        if found == "douyin":
            if (
                isinstance(item, PostItem)
                and item.key not in douyin_ids
                and _first(row, ("sec_uid",)) is None
            ):
                held.append(item)  # a later contents file may map its uid
                continue
            _douyin_key(item, row, douyin_ids)
        yield item
    if uncounted:
        shown = ", ".join(f"{n} without {field}" for field, n in sorted(uncounted.items()))
        yield Note(
            f"{source.name}: posts kept with counts unknown ({shown}, empty or 'None'): the checks"
            " that read those counts leave the posts out"
        )


def _douyin_key(item: Item, row: dict[str, Any], ids: dict[str, str]) -> None:
    """Name a Douyin user by its ``sec_uid`` whenever the row or an earlier post shows it (a
    post that shows neither is held back and keyed by :func:`_key_post` at the end)."""
    sec_uid = _first(row, ("sec_uid",))
    if isinstance(item, PostItem):
        if sec_uid is None:
            _key_post(item, ids)
        else:
            for other in (_first(row, ("user_id",)), _first(row, ("creator_hash",))):
                if other is not None and other != sec_uid:
                    ids[other] = sec_uid
            item.key = sec_uid
            if item.author is not None:
                item.author.key = item.key
    elif isinstance(item, CommentItem):
        if sec_uid is not None:
            item.author = sec_uid
        elif item.author is not None:
            item.author = ids.get(item.author, item.author)
    elif isinstance(item, ProfileItem):
        item.key = sec_uid or ids.get(item.key, item.key)


def _key_post(item: PostItem, ids: dict[str, str]) -> None:
    """Key a Douyin post with no ``sec_uid`` by the sec_uid its uid maps to, if any."""
    item.key = ids.get(item.key, item.key)
    if item.author is not None:
        item.author.key = item.key


def _rows(source: _Source) -> Iterator[tuple[Where, dict[str, Any] | Reject]]:
    path = source.path
    if path.suffix.lower() == ".xlsx":
        yield from _sheet_rows(source)
        return
    if _is_database(path):
        yield from _table_rows(source)
        return
    if path.name != "creator_profile.json":
        yield from iter_rows(path)
        return
    # The newer schema's one-object file: {"creator_hash", "nickname"} (store/xhs/__init__.py).
    where = Where(str(path), 1)
    yield where, read_json_or_reject(path, where, dict, "a JSON object")


def _sheet_rows(source: _Source) -> Iterator[tuple[Where, dict[str, Any] | Reject]]:
    """The rows of one sheet of an Excel-store workbook (``store/excel_store_base.py``: a
    header row, then one row per dict, None and "" written as ""), each at its row number."""
    try:
        book = open_workbook(source.path)
    except WORKBOOK_ERRORS as error:
        where = Where(source.name, 1)
        yield where, Reject(where, f"not an Excel workbook that can be read: {error}")
        return
    number = 1
    try:
        sheet = book[source.part]
        # rows as wide as the header, not as the sheet's declared <dimension> (A1:XFD9999
        # made every row 16,384 cells: a crafted 5 KB workbook took seconds a thousand rows)
        sheet.reset_dimensions()
        first = next(sheet.iter_rows(max_row=1, values_only=True), ())
        header = [str(cell) if cell is not None else "" for cell in first]
        rows = sheet.iter_rows(min_row=2, max_col=len(header) or None, values_only=True)
        for number, cells in enumerate(rows, start=2):
            if all(cell in (None, "") for cell in cells):
                continue
            yield Where(source.name, number), dict(zip(header, cells, strict=False))
    except SHEET_ERRORS as error:
        # a damaged sheet is one reject where reading stopped; the rows before it stay read
        # (it ended the whole import with a traceback: the review of s51)
        where = Where(source.name, number)
        yield where, Reject(where, f"the sheet cannot be read past this row: {error!r}")
    finally:
        book.close()


def _table_rows(source: _Source) -> Iterator[tuple[Where, dict[str, Any] | Reject]]:
    """The rows of one SQLite-store table as the dicts its JSON store writes (the columns are
    their keys), each at its ``id`` (the table's primary key: ``SELECT ... WHERE id = N``
    finds it). A damaged database is one reject where reading stopped; the rows before it
    stay read."""
    number = 0
    try:
        with contextlib.closing(_open_database(source.path)) as database:
            # the name is one of _TABLES': quoted, not a user's text
            rows = database.execute(f'SELECT * FROM "{source.part}"')
            columns = [column[0] for column in rows.description]
            for position, values in enumerate(rows, start=1):
                row = dict(zip(columns, values, strict=True))
                row_id = row.get("id")
                number = row_id if isinstance(row_id, int) else position
                yield Where(source.name, number), row
    except sqlite3.DatabaseError as error:
        where = Where(source.name, number)
        yield where, Reject(where, f"the table cannot be read past this row: {error}")


def _platform(path: Path) -> str | None:
    """The platform of an export path: its folder (``data/xhs/...``), else the Excel store's
    file name (``xhs_search_20251121_101010.xlsx``)."""
    found = platform_of(path)
    if found is None and (named := _EXCEL_NAME.fullmatch(path.name)):
        found = platform_named(named["platform"])
    return found


def _as_of(row: dict[str, Any], crawl_day: datetime | None) -> datetime | None:
    return parse_time(row.get("last_modify_ts"), "last_modify_ts") or crawl_day


_CHINA = timezone(timedelta(hours=8))


def _created_at(platform: str, row: dict[str, Any], field: str) -> datetime | None:
    """When a post or comment was made. Weibo's rows are read from ``create_date_time``
    (``2025-11-20 21:30:00+08:00``; China time when it names no offset) when they have it:
    MediaCrawler's older ``rfc2822_to_timestamp`` made ``create_time`` of Weibo's local time
    read as UTC, 8 hours late (``replace(tzinfo=utc)``, since fixed upstream, but the exports
    stay), and ``create_date_time`` is right in both versions."""
    shown = row.get("create_date_time") if platform == "weibo" else None
    if isinstance(shown, str) and shown.strip():
        try:
            moment = datetime.fromisoformat(shown.strip())
        except ValueError:
            pass  # not a time: create_time decides
        else:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=_CHINA)
            # (before 1970: no time, as parse_time reads one; create_time decides)
            if (shown_at := after_epoch(moment.astimezone(UTC))) is not None:
                return shown_at
    return parse_time(row.get(field), field)


def _missing_counts(platform: str, post: dict[str, Any]) -> list[str]:
    """The count fields of a post row that gave no count (Kuaishou's, which MediaCrawler
    never writes a comment count for, is not news)."""
    fields = {target: source for source, target in _POST_COUNTS[platform].items()}
    missing = ["likes"] if post.get("likes_unknown") else []
    if "comments" in fields and "comments" not in post:
        missing.append("comments")
    return [fields[name] for name in missing]


def _content(platform: str, row: dict[str, Any], where: Where, crawl_day: datetime | None) -> Item:
    id_field = _POST_ID[platform]
    post_id = _first(row, (id_field,))
    if post_id is None:
        raise ValueError(f"{id_field} is missing")
    key = _first(row, _AUTHOR_FIELDS)
    if key is None:
        raise ValueError("the post's author (user_id or creator_hash) is missing")
    posted_at = _created_at(platform, row, _POST_TIME[platform])
    if posted_at is None:
        raise ValueError(f"{_POST_TIME[platform]} (the post's time) is missing")
    post: dict[str, Any] = {"post_id": post_id, "posted_at": posted_at.isoformat()}
    for source, target in _POST_COUNTS[platform].items():
        count = parse_count(row.get(source), source)
        if count is not None:
            post[target] = count
    if "likes" not in post:
        # No like count (MediaCrawler's Douyin store writes str(None) = "None" when the
        # platform sent no statistics): no count, not 0. The post and its comments are kept
        # and the likes checks leave it out; a missing comment count becomes the exported
        # comments, unknown, as Kuaishou's (fraud.importers._assemble).
        post["likes"] = 0
        post["likes_unknown"] = True
    kind = str(row.get("type") or row.get("video_type") or "").lower()
    if platform in ("bilibili", "kuaishou") or kind == "video":
        post["format"] = "video"
    elif platform == "rednote" and kind == "normal":
        post["format"] = "image"
    elif platform in ("douyin", "tiktok"):
        post["format"] = "image" if str(row.get("aweme_type")) == "68" else "video"
    elif platform == "weibo":
        post["format"] = "text"
    handle = _text(row.get("nickname")) or None
    as_of = _as_of(row, crawl_day)
    # Douyin's 抖音号 and TikTok's @username (store/douyin: user_unique_id, the author's
    # unique_id): a follower trend keyed by it (--history, --profiles) joins the creator
    unique = (_text(row.get("user_unique_id")) or "").strip().removeprefix("@")
    unique = unique if platform in ("douyin", "tiktok") else ""
    return PostItem(
        platform=platform,
        key=key,
        post_id=post_id,
        post=post,
        where=where,
        handle=handle,
        as_of=as_of,
        author=_author_counts(platform, key, row, where, handle, as_of),
        aliases=(unique,) if unique else (),
    )


def _is_true(value: Any) -> bool:
    return str(value).strip().lower() in ("true", "1")


def _author_counts(
    platform: str,
    key: str,
    row: dict[str, Any],
    where: Where,
    handle: str | None,
    as_of: datetime | None,
) -> ProfileItem | None:
    """The author's counts some newer Douyin exports repeat on each post row
    (``followers_count``, ``following_count``, ``aweme_count``, ``followers_observed``,
    ``author_followers_zero_suspicious``). A count the crawler did not observe, or a 0 it
    flags as suspicious (the platform hid the count), is no count at all."""
    followers = parse_count(row.get("followers_count"), "followers_count")
    if followers is None:
        followers = parse_count(row.get("fans_count"), "fans_count")
    observed = row.get("followers_observed")
    if followers is None or (observed is not None and not _is_true(observed)):
        return None
    if followers == 0 and _is_true(row.get("author_followers_zero_suspicious")):
        return None
    return ProfileItem(
        platform=platform,
        key=key,
        where=where,
        handle=handle,
        followers=followers,
        following=parse_count(row.get("following_count"), "following_count"),
        posts=parse_count(row.get("aweme_count"), "aweme_count"),
        as_of=as_of,
    )


def _comment(platform: str, row: dict[str, Any], where: Where, crawl_day: datetime | None) -> Item:
    id_field = _POST_ID[platform]
    post_id = _first(row, (id_field,))
    if post_id is None:
        raise ValueError(f"{id_field} (the comment's post) is missing")
    text = row.get("content")
    if not isinstance(text, str):
        raise ValueError(
            "content is missing"
            if text is None
            else f"content must be text, got {type(text).__name__}"
        )
    comment_id = _first(row, ("comment_id",))
    parent = _first(row, ("parent_comment_id",))
    if parent in ("0", comment_id):  # 0: top level; Weibo's rootid of a top comment is itself
        parent = None
    likes = None
    for name in _COMMENT_LIKES:
        likes = parse_count(row.get(name), name)
        if likes is not None:
            break
    tags = row.get("show_tags")
    if isinstance(tags, str):  # the newer schema joins the tags with commas
        tags = tags.split(",")
    tagged = isinstance(tags, list) and any(str(t).strip().lower() in _AUTHOR_TAGS for t in tags)
    tagged = tagged or str(row.get("is_author_reply", "")).lower() in ("true", "1")
    return CommentItem(
        platform=platform,
        post_id=post_id,
        text=text,
        where=where,
        comment_id=comment_id,
        author=_first(row, _COMMENTER_FIELDS),
        parent_id=parent,
        posted_at=_created_at(platform, row, "create_time"),
        likes=likes,
        from_creator=True if tagged else None,
        as_of=_as_of(row, crawl_day),
    )


def _creator(platform: str, row: dict[str, Any], where: Where, crawl_day: datetime | None) -> Item:
    key = _first(row, _AUTHOR_FIELDS)
    if key is None:
        raise ValueError("user_id is missing")
    followers = parse_count(row.get("fans"), "fans")
    if followers is None:
        followers = parse_count(row.get("total_fans"), "total_fans")
    official = row.get("is_official")
    return ProfileItem(
        platform=platform,
        key=key,
        where=where,
        handle=_text(row.get("nickname")) or None,
        followers=followers,
        following=parse_count(row.get("follows"), "follows"),
        posts=parse_count(row.get("videos_count"), "videos_count"),
        verified=(str(official) not in ("", "-1", "None")) if official is not None else None,
        bio=_text(row.get("desc") or row.get("sign")) or None,
        as_of=_as_of(row, crawl_day),
    )
