"""Items in, CreatorRecords out, with memory bounded however large the export.

Items are staged in a temporary SQLite file (the standard library's ``sqlite3``) instead of
dictionaries: a crawl of millions of comments costs disk, not memory, and each creator is then
assembled on its own (at most the contract's 1000 posts and 20000 comments in memory).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Protocol

import orjson
from pydantic import ValidationError

from fraud.importers._items import (
    CommentItem,
    Item,
    PostItem,
    ProfileItem,
    Reject,
    SnapshotItem,
    Where,
)
from fraud.importers.mediacrawler import anonymize_user_id
from fraud.io import format_validation_error
from fraud.schema import CreatorRecord
from fraud.wording import counted, one_or_many

__all__ = ["HistorySource", "ImportSummary", "assemble"]

MAX_POSTS = 1000  # the contract's maxItems
MAX_COMMENTS = 20000
MAX_TEXT = 5000


class HistorySource(Protocol):
    """What assembly needs from a creator store (see :class:`fraud.store.CreatorStore`)."""

    def latest_snapshot(
        self, platform: str, creator_id: str, as_of: date | None = None
    ) -> Any | None: ...


@dataclass
class ImportSummary:
    """Counts of one import: every row read is imported, rejected, or (a ``--profiles`` or
    ``--history`` row of no creator in the export) unmatched."""

    read: int = 0
    imported: int = 0
    rejected: int = 0
    unmatched: int = 0
    creators: int = 0
    creators_rejected: int = 0
    posts: int = 0
    comments: int = 0
    notes: list[str] = field(default_factory=list)
    rejects_path: str | None = None  # set by run_import when anything was rejected

    def stopped_line(self, left: str) -> str:
        """What an interrupted import (Ctrl-C, SIGTERM) had done when it stopped: the rows
        read and rejected so far, the creators finished, and what became of them (``left``:
        "none kept, creators.jsonl was not changed")."""
        return (
            f"import stopped after reading {counted(self.read, 'row')} ({self.rejected} rejected);"
            f" {counted(self.creators, 'creator')} finished ({self._contents()}): {left}"
        )

    def line(self) -> str:
        """The summary printed after an import."""
        unmatched = (
            f", {counted(self.unmatched, '--profiles/--history row')} matched no creator"
            if self.unmatched
            else ""
        )
        return (
            f"read {self.read}, imported {self.imported}, rejected {counted(self.rejected, 'row')}"
            f"{unmatched}; {counted(self.creators, 'creator')} written ({self._contents()}),"
            f" {counted(self.creators_rejected, 'creator')} rejected"
        )

    def _contents(self) -> str:
        return f"{counted(self.posts, 'post')}, {counted(self.comments, 'comment')}"


_SCHEMA = """
CREATE TABLE creators(seq INTEGER PRIMARY KEY, platform TEXT, key TEXT, UNIQUE(platform, key));
CREATE TABLE profiles(seq INTEGER PRIMARY KEY, platform TEXT, key TEXT, handle TEXT, aux INTEGER,
    as_of REAL, data BLOB, file TEXT, line INTEGER, item INTEGER, used INTEGER DEFAULT 0);
CREATE INDEX profiles_key ON profiles(platform, key);
CREATE INDEX profiles_handle ON profiles(platform, handle);
CREATE TABLE handles(platform TEXT, key TEXT, handle TEXT, alias INTEGER NOT NULL DEFAULT 0,
  UNIQUE(platform, key, handle));
CREATE TABLE posts(seq INTEGER PRIMARY KEY, platform TEXT, key TEXT, post_id TEXT,
    posted_at TEXT, as_of REAL, data BLOB, file TEXT, line INTEGER, n_rows INTEGER DEFAULT 1,
    UNIQUE(platform, post_id));
CREATE INDEX posts_key ON posts(platform, key);
CREATE TABLE comments(seq INTEGER PRIMARY KEY, platform TEXT, post_id TEXT, comment_id TEXT,
    posted_at TEXT, as_of REAL, data BLOB, file TEXT, line INTEGER, n_rows INTEGER DEFAULT 1,
    element INTEGER, UNIQUE(platform, post_id, comment_id));
CREATE INDEX comments_post ON comments(platform, post_id);
CREATE TABLE snapshots(seq INTEGER PRIMARY KEY, platform TEXT, key TEXT, handle TEXT,
    aux INTEGER, date TEXT, data BLOB, file TEXT, line INTEGER, item INTEGER,
    used INTEGER DEFAULT 0);
CREATE INDEX snapshots_key ON snapshots(platform, key);
CREATE INDEX snapshots_handle ON snapshots(platform, handle);
CREATE TABLE uses(item INTEGER, creator INTEGER);
CREATE TABLE rejected_creators(creator INTEGER PRIMARY KEY);
"""


def _ts(moment: datetime | None) -> float | None:
    return moment.timestamp() if moment is not None else None


def _dumps(value: Any) -> bytes:
    return orjson.dumps(value)


def _newest(table: str, columns: tuple[str, ...]) -> str:
    """The SET clause of an upsert that keeps the newest observation of a row (the later
    ``as_of``; a dated row over an undated one; the row read last on a tie) and counts both."""
    newer = (
        f"(excluded.as_of IS NULL AND {table}.as_of IS NULL) OR (excluded.as_of IS NOT NULL AND"
        f" ({table}.as_of IS NULL OR excluded.as_of >= {table}.as_of))"
    )
    sets = [f" {c}=CASE WHEN {newer} THEN excluded.{c} ELSE {table}.{c} END" for c in columns]
    return ",".join([*sets, " n_rows=n_rows+1"])


# Profile rows by origin: the export's own profile files, a side table (--profiles), the
# author counts some exports repeat on each post row. Export rows count towards the creator.
_MAIN, _AUX, _EMBEDDED = 0, 1, 2


class _Stage:
    def __init__(self) -> None:
        handle, self.path = tempfile.mkstemp(prefix="fraud-import-", suffix=".sqlite")
        os.close(handle)
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.executescript(_SCHEMA)

    def close(self) -> None:
        self.db.close()
        os.unlink(self.path)

    def creator(self, platform: str, key: str) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO creators(platform, key) VALUES (?, ?)", (platform, key)
        )

    def handle(self, platform: str, key: str, handle: str | None, alias: bool = False) -> None:
        """A name the creator ``key`` goes by: rows keyed by it join the creator. An ``alias``
        (:attr:`PostItem.aliases`) only joins: the record's handle is never one."""
        if handle:
            self.db.execute(
                "INSERT INTO handles VALUES (?, ?, ?, ?) ON CONFLICT(platform, key, handle)"
                " DO UPDATE SET alias = MIN(alias, excluded.alias)",
                (platform, key, handle, int(alias)),
            )

    def profile(self, item: ProfileItem, kind: int, number: int = 0) -> None:
        """Stage one profile row: from the export (main), a post row, or a side table."""
        w = item.where
        data = {
            "followers": item.followers,
            "following": item.following,
            "posts": item.posts,
            "verified": item.verified,
            "bio": item.bio,
            "handle": item.handle,
        }
        rows = [(item.key or None, item.handle)]
        if kind == _AUX and item.key:  # a real user id also matches its hash in newer exports
            rows.append((anonymize_user_id(item.key), None))
        for key, handle in rows:
            self.db.execute(
                "INSERT INTO profiles(platform, key, handle, aux, as_of, data, file, line, item)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    item.platform,
                    key,
                    handle,
                    kind,
                    _ts(item.as_of),
                    _dumps(data),
                    w.file,
                    w.line,
                    number,
                ),
            )

    def add(self, item: Item, *, aux: bool, main_snapshots: bool, number: int = 0) -> str | None:
        """Stage one item (``number``: its place in the input, naming an auxiliary row that
        no creator uses); returns a reject reason instead when it cannot be used.

        Of a post or comment seen in several files the newest observation is kept (the latest
        ``as_of``; a dated row beats an undated one); on a tie the row read last wins (files
        are read in path order)."""
        w = item.where
        if isinstance(item, PostItem):
            self.creator(item.platform, item.key)
            self.handle(item.platform, item.key, item.handle)
            for alias in item.aliases:
                self.handle(item.platform, item.key, alias, alias=True)
            if item.author is not None:
                self.profile(item.author, _EMBEDDED)
            self.db.execute(
                "INSERT INTO posts(platform, key, post_id, posted_at, as_of, data, file, line)"
                " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(platform, post_id) DO UPDATE SET"
                + _newest("posts", ("key", "posted_at", "as_of", "data", "file", "line")),
                (
                    item.platform,
                    item.key,
                    item.post_id,
                    item.post["posted_at"],
                    _ts(item.as_of),
                    _dumps(item.post),
                    w.file,
                    w.line,
                ),
            )
        elif isinstance(item, CommentItem):
            if len(item.text) > MAX_TEXT:
                return (
                    f"comment text is {len(item.text)} characters; the contract allows {MAX_TEXT}"
                )
            data = {
                "post_id": item.post_id,
                "author": item.author,
                "text": item.text,
                "posted_at": item.posted_at.isoformat() if item.posted_at else None,
                "likes": item.likes,
                "from_creator": item.from_creator,
                "comment_id": item.comment_id,
                "parent_id": item.parent_id,
            }
            self.db.execute(
                "INSERT INTO comments(platform, post_id, comment_id, posted_at, as_of, data, file,"
                " line, element) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(platform, post_id,"
                " comment_id) DO UPDATE SET"
                + _newest("comments", ("posted_at", "as_of", "data", "file", "line", "element")),
                (
                    item.platform,
                    item.post_id,
                    item.comment_id,
                    data["posted_at"],
                    _ts(item.as_of),
                    _dumps(data),
                    w.file,
                    w.line,
                    w.element,  # a yt-dlp comment's place in its file's list
                ),
            )
        elif isinstance(item, ProfileItem):
            if not aux:
                self.creator(item.platform, item.key)
                self.handle(item.platform, item.key, item.handle)
            self.profile(item, _AUX if aux else _MAIN, number)
        elif isinstance(item, SnapshotItem):
            if main_snapshots and not aux:
                key = item.key or item.handle or ""
                self.creator(item.platform, key)
                self.handle(item.platform, key, item.handle)
            data = {"date": item.date.isoformat(), "followers": item.followers}
            if item.following is not None:
                data["following"] = item.following
            self.db.execute(
                "INSERT INTO snapshots(platform, key, handle, aux, date, data, file, line, item)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    item.platform,
                    item.key or item.handle,
                    item.handle,
                    int(aux),
                    item.date.isoformat(),
                    _dumps(data),
                    w.file,
                    w.line,
                    number,
                ),
            )
            # A real user id also matches its hash in newer exports (staged after the row
            # itself, which names the row in notes: MIN(seq) in _count_unmatched).
            if aux and item.key:
                self.db.execute(
                    "INSERT INTO snapshots(platform, key, handle, aux, date, data, file, line, item)"
                    " VALUES (?,?,NULL,1,?,?,?,?,?)",
                    (
                        item.platform,
                        anonymize_user_id(item.key),
                        item.date.isoformat(),
                        _dumps(data),
                        w.file,
                        w.line,
                        number,
                    ),
                )
        return None


RecordSink = Callable[[dict[str, Any]], None]
RejectSink = Callable[[Where, str, str], None]


def assemble(
    items: Iterable[Item],
    *,
    write_record: RecordSink,
    write_reject: RejectSink,
    aux_items: Iterable[Item] = (),
    snapshots_define_creators: bool = False,
    store: HistorySource | None = None,
    on_record: Callable[[CreatorRecord], None] | None = None,
    douyin_aliases: Mapping[str, str] | None = None,
    summary: ImportSummary | None = None,
) -> ImportSummary:
    """Group ``items`` into creators and write one CreatorRecord row per creator.

    ``aux_items`` (a ``--profiles`` table, ``--history`` files) only complete the creators
    that ``items`` define. ``douyin_aliases`` maps another id of a Douyin creator (its numeric
    uid, its creator_hash) to the key it is imported under: a store may hold its history under
    that id (read until its follower count is found, noted otherwise); it may grow while
    ``items`` are read. Rows that cannot be used go to ``write_reject(where, reason,
    preview)``; ``summary.read == summary.imported + summary.rejected`` always. The counts
    go into ``summary`` when given, as they are made: a caller interrupted can say them.
    """
    summary = ImportSummary() if summary is None else summary
    stage = _Stage()

    def reject(where: Where, reason: str, preview: str = "", rows: int = 1) -> None:
        summary.rejected += rows
        write_reject(where, reason, preview)

    try:
        for group, aux in ((items, False), (aux_items, True)):
            for item in group:
                summary.read += 1
                if isinstance(item, Reject):
                    reject(item.where, item.reason, item.preview)
                    continue
                reason = stage.add(
                    item, aux=aux, main_snapshots=snapshots_define_creators, number=summary.read
                )
                if reason is not None:
                    preview = item.text[:200] if isinstance(item, CommentItem) else ""
                    reject(item.where, reason, preview)
        _join_hashed_profiles(stage.db)
        stage.db.commit()
        for where, post_id, data in _orphans(stage.db):
            reject(
                where,
                f"comment's post {post_id!r} was not imported: it is not in the export, or its"
                " row was rejected",
                data,
            )
        aliases = douyin_aliases or {}
        for number, (record_row, rows, problem) in _creators(stage.db, store, summary, aliases):
            if problem is not None:
                where, reason = problem
                summary.creators_rejected += 1
                stage.db.execute("INSERT INTO rejected_creators VALUES (?)", (number,))
                set_aside = f"{counted(rows, 'row')} of this creator set aside"
                reject(where, f"{reason} ({set_aside})", "", rows=rows)
                continue
            assert record_row is not None
            if rows:
                reject(
                    where_of(record_row[0]),
                    "rows beyond the contract's bounds left out",
                    "",
                    rows=rows,
                )
            record, row = record_row
            if on_record is not None:
                on_record(record)
            write_record(row)
            summary.creators += 1
            summary.posts += len(record.posts)
            summary.comments += len(record.comments)
        _count_unmatched(stage.db, summary, reject)
        _note_repeats(stage.db, summary)
    finally:
        stage.close()
    summary.imported = summary.read - summary.rejected - summary.unmatched
    return summary


def _join_hashed_profiles(db: sqlite3.Connection) -> None:
    """An older MediaCrawler export's creators row (the platform's user id) beside a newer
    export's posts (keyed by ``creator_hash``, the id's :func:`anonymize_user_id`) is one
    creator: a creator staged only by such profile rows, whose id has no posts but whose hash
    has, moves to the hash (its profile rows and handles with it). It was two creators: the
    posts with no follower count, rejected, and the counts with no posts."""
    lonely = db.execute(
        "SELECT c.platform, c.key FROM creators c"
        " WHERE NOT EXISTS (SELECT 1 FROM posts p WHERE p.platform = c.platform AND p.key = c.key)"
        " AND NOT EXISTS (SELECT 1 FROM snapshots s WHERE s.platform = c.platform"
        "  AND s.key = c.key AND s.aux = 0)"
        f" AND EXISTS (SELECT 1 FROM profiles f WHERE f.platform = c.platform AND f.key = c.key"
        f"  AND f.aux = {_MAIN})"
    ).fetchall()
    for platform, key in lonely:
        hashed = anonymize_user_id(key)
        found = db.execute(
            "SELECT 1 FROM posts WHERE platform = ? AND key = ? LIMIT 1", (platform, hashed)
        ).fetchone()
        if hashed == key or found is None:
            continue
        db.execute(
            f"UPDATE profiles SET key = ? WHERE platform = ? AND key = ? AND aux = {_MAIN}",
            (hashed, platform, key),
        )
        db.execute(
            "UPDATE OR IGNORE handles SET key = ? WHERE platform = ? AND key = ?",
            (hashed, platform, key),
        )
        db.execute("DELETE FROM handles WHERE platform = ? AND key = ?", (platform, key))
        db.execute("DELETE FROM creators WHERE platform = ? AND key = ?", (platform, key))


_AUX_ROWS = (
    # SQLite's bare columns with MIN(seq): the values of an item's first staged row (its own
    # key, not the hash a real user id is also staged under).
    "SELECT item, MIN(seq), platform, COALESCE(key, handle), file, line FROM"
    f" (SELECT * FROM profiles WHERE aux={_AUX} UNION ALL"
    " SELECT seq, platform, key, handle, aux, NULL, data, file, line, item, used"
    " FROM snapshots WHERE aux=1) GROUP BY item HAVING {having} ORDER BY item"
)


def _count_unmatched(
    db: sqlite3.Connection,
    summary: ImportSummary,
    reject: Callable[[Where, str], None],
) -> None:
    """Count (and name in a note) the ``--profiles``/``--history`` rows no creator used, and
    reject the rows used only by creators that were rejected (they were not imported)."""
    only_rejected = (
        "item IN (SELECT item FROM uses GROUP BY item"
        " HAVING MIN(creator IN (SELECT creator FROM rejected_creators)) = 1)"
    )
    for _i, _s, platform, key, file, line in db.execute(
        _AUX_ROWS.format(having=only_rejected)
    ).fetchall():
        reject(
            Where(file, line),
            f"--profiles/--history row of creator {platform}:{key}, which was rejected",
        )
    rows = db.execute(_AUX_ROWS.format(having="MAX(used)=0")).fetchall()
    if not rows:
        return
    summary.unmatched = len(rows)
    named = ", ".join(f"{p}:{k} ({f}:{n})" for _i, _s, p, k, f, n in rows[:5])
    more = f" and {len(rows) - 5} more" if len(rows) > 5 else ""
    summary.notes.append(
        f"{counted(len(rows), '--profiles/--history row')} matched no creator of the export and"
        f" {one_or_many(len(rows), 'was', 'were')} not"
        f" used: {named}{more}"
    )


def _note_repeats(db: sqlite3.Connection, summary: ImportSummary) -> None:
    """Say how many imported rows repeated a post or comment of a written creator (another
    crawl day's file, a row written twice): without it, "imported" far above the posts and
    comments written looks like rows lost."""
    written = (
        "SELECT platform, key FROM creators WHERE seq NOT IN (SELECT creator FROM"
        " rejected_creators)"
    )
    posts = db.execute(
        f"SELECT COALESCE(SUM(n_rows - 1), 0) FROM posts WHERE (platform, key) IN ({written})"
    ).fetchone()[0]
    comments = db.execute(
        "SELECT COALESCE(SUM(n_rows - 1), 0) FROM comments WHERE (platform, post_id) IN"
        f" (SELECT platform, post_id FROM posts WHERE (platform, key) IN ({written}))"
    ).fetchone()[0]
    if posts or comments:  # before the notes of single creators, which may be many
        summary.notes.insert(
            0,
            f"{counted(posts + comments, 'row')} repeated a post ({posts}) or comment ({comments}) read"
            " before (another crawl's file, or a row written twice): each is written once, as"
            " last crawled",
        )


def where_of(record: CreatorRecord) -> Where:
    return Where(record.creator_id, 0)


def _as_of_day(
    stamps: list[float],
    posts: list[Any],
    comments: list[dict[str, Any]],
    history: list[dict[str, Any]],
) -> date:
    """The date the record will be as of: its latest crawl time, else (as the record's own
    default) its latest timestamp: post, comment or dated count."""
    if stamps:
        return datetime.fromtimestamp(max(stamps), UTC).date()
    days = [datetime.fromisoformat(orjson.loads(p[1])["posted_at"]) for p in posts]
    days += [datetime.fromisoformat(c["posted_at"]) for c in comments if c.get("posted_at")]
    found = [moment.astimezone(UTC).date() for moment in days]
    found += [date.fromisoformat(h["date"]) for h in history]
    return max(found) if found else datetime.now(UTC).date()


def _complete_followers(
    profile: dict[str, Any],
    history: list[dict[str, Any]],
    store: HistorySource | None,
    platform: str,
    key: str,
    as_of: date,
    old_keys: Iterable[str] = (),
) -> tuple[date, str] | None:
    """Fill ``profile["followers"]`` from the latest dated count on or before ``as_of`` (of
    the ``--history`` rows, else of the store, whose snapshot does not join ``history``); returns
    its date and where it came from, ``None`` when there is none. The count keeps its own date
    (the caller sets the profile's ``observed_at``): the store never records it again under
    the export's date (:func:`fraud.store.profile_observation`). The store is also read
    under ``old_keys`` (a Douyin creator's numeric uid, which an older import keyed it by):
    the newest of those snapshots is taken."""
    earlier = [h for h in history if date.fromisoformat(h["date"]) <= as_of]
    if earlier:
        profile["followers"] = earlier[-1]["followers"]
        return date.fromisoformat(
            earlier[-1]["date"]
        ), f"the latest dated count ({earlier[-1]['date']})"
    if store is None:
        return None
    found = [(s, k) for k in (key, *old_keys) if (s := store.latest_snapshot(platform, k, as_of))]
    if not found:
        return None
    latest, under = max(found, key=lambda f: f[0].date)  # the key's own on a tie (max: first)
    # The profile only (dated by observed_at): a stored snapshot is not the export's own, so it
    # never joins the record's follower_history, which a later `fraud score --store` would
    # write back over a correction stored in between.
    profile["followers"] = latest.followers
    named = "" if under == key else f", under its older key {platform}:{under}"
    return latest.date, f"the store ({latest.date}{named})"


def _orphans(db: sqlite3.Connection) -> Iterator[tuple[Where, str, str]]:
    rows = db.execute(
        "SELECT c.file, c.line, c.element, c.post_id, c.data, c.n_rows FROM comments c"
        " LEFT JOIN posts p"
        " ON p.platform = c.platform AND p.post_id = c.post_id WHERE p.post_id IS NULL"
        " ORDER BY c.seq"
    )
    for file, line, element, post_id, data, n_rows in rows:
        for _ in range(n_rows):
            yield Where(file, line, element), post_id, bytes(data).decode("utf-8")[:500]


def _creators(
    db: sqlite3.Connection,
    store: HistorySource | None,
    summary: ImportSummary,
    aliases: Mapping[str, str],
) -> Iterator[tuple[int, _Outcome]]:
    # A snapshot row with a handle and no id stages a creator keyed by its handle; when a
    # creator with an id has that handle, those rows are its (they join its history by the
    # handle) and the handle's own creator would be the same account twice. (Only a creator
    # of such rows alone: none of its posts or profiles.)
    creators = db.execute(
        "SELECT seq, platform, key FROM creators c WHERE NOT ("
        " EXISTS (SELECT 1 FROM handles h WHERE h.platform = c.platform AND h.handle = c.key"
        "  AND h.key != c.key)"
        " AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.platform = c.platform AND p.key = c.key)"
        " AND NOT EXISTS (SELECT 1 FROM profiles f WHERE f.platform = c.platform"
        "  AND f.key = c.key)"
        ") ORDER BY seq"
    ).fetchall()
    others: dict[str, list[str]] = {}  # a Douyin key -> its other ids, a store's older keys
    for other, key in sorted(aliases.items()):
        others.setdefault(key, []).append(other)
    for number, platform, key in creators:
        old = others.get(key, []) if platform == "douyin" else []
        yield number, _creator(db, number, platform, key, store, summary, old)


_Outcome = tuple[tuple[CreatorRecord, dict[str, Any]] | None, int, tuple[Where, str] | None]


def _creator(
    db: sqlite3.Connection,
    number: int,
    platform: str,
    key: str,
    store: HistorySource | None,
    summary: ImportSummary,
    old_keys: list[str],
) -> tuple[tuple[CreatorRecord, dict[str, Any]] | None, int, tuple[Where, str] | None]:
    named = db.execute(
        "SELECT handle, alias FROM handles WHERE platform=? AND key=?", (platform, key)
    ).fetchall()
    handles = [h for h, _ in named]  # every name rows may join by
    shown = [h for h, alias in named if not alias]  # the names its record's handle may be
    marks = ",".join("?" * len(handles)) or "NULL"

    def who(table: str) -> str:  # two indexed lookups, not one OR that scans the platform
        # A handle (a nickname on some platforms, not unique) only matches rows that carry no
        # creator id of their own (side tables keyed by handle; a keyless snapshot stores its
        # handle as key): two creators sharing a display name are never merged.
        return (
            f"seq IN (SELECT seq FROM {table} WHERE platform=? AND key=? UNION"
            f" SELECT seq FROM {table} WHERE platform=? AND handle IN ({marks})"
            " AND (key IS NULL OR key = handle))"
        )

    args = (platform, key, platform, *handles)
    profiles = db.execute(
        f"SELECT aux, as_of, data, file, line, seq FROM profiles WHERE {who('profiles')}"
        # The newest dated observation first (a post row's author counts newer than the
        # creators row win), the row kind only on a tie; side-table rows only fill gaps.
        f" ORDER BY aux={_AUX}, as_of IS NULL, as_of DESC, CASE aux WHEN {_MAIN} THEN 0"
        " ELSE 1 END, seq DESC",
        args,
    ).fetchall()
    for table in ("profiles", "snapshots"):  # side-table rows this creator uses
        db.execute(f"UPDATE {table} SET used=1 WHERE aux=1 AND {who(table)}", args)
        db.execute(
            f"INSERT INTO uses SELECT item, ? FROM {table} WHERE aux=1 AND {who(table)}",
            (number, *args),
        )
    main_profiles = [p for p in profiles if p[0] == 0]
    posts = db.execute(
        "SELECT post_id, data, as_of, file, line, n_rows FROM posts WHERE platform=? AND key=?"
        " ORDER BY posted_at DESC",
        (platform, key),
    ).fetchall()
    snapshots = db.execute(
        f"SELECT aux, data, file, line FROM snapshots WHERE {who('snapshots')}"
        " ORDER BY date, aux DESC, seq",
        args,
    ).fetchall()
    n_comment_rows = db.execute(
        "SELECT COALESCE(SUM(n_rows), 0) FROM comments WHERE platform=? AND post_id IN"
        " (SELECT post_id FROM posts WHERE platform=? AND key=?)",
        (platform, platform, key),
    ).fetchone()[0]
    # Rows that stand or fall with this creator (auxiliary rows it uses are rejected with it
    # unless another creator uses them too: _count_unmatched).
    own_rows = (
        len(main_profiles)
        + sum(p[5] for p in posts)
        + n_comment_rows
        + sum(1 for s in snapshots if s[0] == 0)
    )
    first = main_profiles[0] if main_profiles else None
    where = (
        Where(first[3], first[4])
        if first
        else Where(posts[0][3], posts[0][4])
        if posts
        else Where(snapshots[0][2], snapshots[0][3])
        if snapshots
        else Where("", 0)
    )
    creator_id = f"{platform}:{key}"
    profile: dict[str, Any] = {}
    # The profile's own name first (the newer schema masks the one on posts), then posts'.
    names = [orjson.loads(p[2]).get("handle") for p in main_profiles]
    handle = next((n for n in names if n), None) or (min(shown) if shown else None)
    # Each dated observation of the profile in the export (its crawl date, in UTC) is a
    # snapshot: of one day's, the newest wins (on a tie the export's profile row over a count
    # repeated on a post row, then the row read last).
    observed: dict[str, tuple[tuple[float, int, int], dict[str, Any]]] = {}
    followers_seen: float | None = None  # the crawl time of the follower count taken
    posts_seen: float | None = None  # and of the posts count taken
    for kind, as_of, data, _file, _line, seq in profiles:
        values = orjson.loads(data)
        if profile.get("followers") is None and values.get("followers") is not None:
            followers_seen = as_of if kind != _AUX else None
        if profile.get("posts") is None and values.get("posts") is not None:
            posts_seen = as_of if kind != _AUX else None
        for name in ("followers", "following", "posts", "verified", "bio"):
            if profile.get(name) is None and values.get(name) is not None:
                profile[name] = values[name]
        handle = handle or values.get("handle")
        if kind != _AUX and as_of is not None and values.get("followers") is not None:
            day = datetime.fromtimestamp(as_of, UTC).date().isoformat()
            rank = (as_of, int(kind == _MAIN), seq)
            if day not in observed or rank > observed[day][0]:
                snapshot = {"date": day, "followers": values["followers"]}
                if values.get("following") is not None:
                    snapshot["following"] = values["following"]
                observed[day] = (rank, snapshot)
    # Dated counts of --history files (or of a history import); the export's own observation
    # of a day wins over a --history row of that day.
    by_date = {row["date"]: row for row in (orjson.loads(s[1]) for s in snapshots)}
    by_date.update({day: snapshot for day, (_rank, snapshot) in observed.items()})
    history = [by_date[day] for day in sorted(by_date)]
    kept_posts = posts[:MAX_POSTS]
    post_ids = [p[0] for p in kept_posts]
    comments: list[dict[str, Any]] = []
    per_post: dict[str, int] = {}
    kept_rows = 0
    if post_ids:
        marks = ",".join("?" * len(post_ids))
        rows = db.execute(
            f"SELECT data, as_of, n_rows FROM comments WHERE platform=? AND post_id IN ({marks})"
            " ORDER BY COALESCE(posted_at, '') DESC, seq",
            (platform, *post_ids),
        )
        for data, as_of, n_rows in rows:
            if len(comments) >= MAX_COMMENTS:
                break
            kept_rows += n_rows
            comment = orjson.loads(data)
            comment["_as_of"] = as_of
            comments.append(comment)
            per_post[comment["post_id"]] = per_post.get(comment["post_id"], 0) + 1
    dropped_posts = sum(p[5] for p in posts[MAX_POSTS:])
    dropped = n_comment_rows - kept_rows  # beyond the bound, or under a post left out
    stamps = [p[2] for p in kept_posts if p[2] is not None]
    stamps += [p[1] for p in main_profiles if p[1] is not None]
    stamps += [c.pop("_as_of") for c in comments if c.get("_as_of") is not None]
    for comment in comments:
        comment.pop("_as_of", None)
    if profile.get("followers") is None:
        as_of_day = _as_of_day(stamps, kept_posts, comments, history)
        found = _complete_followers(profile, history, store, platform, key, as_of_day, old_keys)
        if found is None:
            return (
                None,
                own_rows,
                (
                    where,
                    f"creator {creator_id}: no follower count (no usable creator profile in"
                    " the export: none, or its row was rejected): give --profiles FILE with its"
                    " count, or a --store that has seen it on or before the export's date"
                    f" ({as_of_day})",
                ),
            )
        found_day, found_in = found
        profile["observed_at"] = found_day.isoformat()  # the store records it then, not again
        again = f", not observed again on {as_of_day}" if found_day < as_of_day else ""
        summary.notes.append(f"{creator_id}: follower count from {found_in}{again}")
    if len(posts) > MAX_POSTS:
        summary.notes.append(
            f"{creator_id}: kept the latest {MAX_POSTS} of {len(posts)} posts (contract bound)"
        )
    record_posts = []
    for post_id, data, *_ in reversed(kept_posts):
        post = orjson.loads(data)
        if post.get("comments") is None:
            # No comment count (a Kuaishou export has none; Instaloader's -1): the comments
            # the export holds (a lower bound: MediaCrawler keeps 10 per video by default,
            # none when comments were not crawled) are no count, and the likes-per-comment
            # checks leave the post out.
            post["comments"] = per_post.get(post_id, 0)
            post["comments_unknown"] = True
        record_posts.append(post)
    comments.reverse()  # oldest first, as a thread reads
    extras: list[dict[str, Any]] = []
    for comment in comments:
        if comment.get("from_creator") is None and comment.get("author") is not None:
            comment["from_creator"] = comment["author"] == key
        extras.append({k: comment.pop(k) for k in ("comment_id", "parent_id")})
    body: dict[str, Any] = {
        "creator_id": creator_id,
        "platform": platform,
        "profile": {k: v for k, v in profile.items() if v is not None},
        "follower_history": history,
        "posts": record_posts,
        "comments": [{k: v for k, v in c.items() if v is not None} for c in comments],
    }
    if handle:
        body["handle"] = handle
    if stamps:
        body["as_of"] = datetime.fromtimestamp(max(stamps), UTC).isoformat()
        if followers_seen is not None and "observed_at" not in profile:
            # A count crawled on an earlier day than the record's as_of (a creators file of
            # Nov 21 beside posts crawled Nov 23) was observed then, not on the as_of date.
            seen = datetime.fromtimestamp(followers_seen, UTC).date()
            if seen < datetime.fromtimestamp(max(stamps), UTC).date():
                body["profile"]["observed_at"] = seen.isoformat()
    try:
        record = CreatorRecord.model_validate(body)
    except ValidationError as error:
        return None, own_rows, (where, f"creator {creator_id}: {format_validation_error(error)}")
    if "observed_at" not in profile and posts_seen is not None and posts_seen == followers_seen:
        # The posts count was crawled with the follower count (at observed_at when that is
        # before as_of): the store keeps it at that date.
        record.profile._posts_at_observed = True
    if store is not None:
        # OUT holds what the export (and --history) showed, never the store's snapshots as if
        # the record's own: `fraud score --store` completes the history when it scores.
        split = [k for k in old_keys if store.latest_snapshot(platform, k) is not None]
        if split:
            older = ", ".join(f"{platform}:{k}" for k in split)
            summary.notes.append(
                f"{creator_id}: the store also holds history under {older} (another id of this"
                " creator, which an older import keyed it by); the histories are split: the"
                f" growth check does not see the snapshots under {older}"
            )
    row = record.model_dump(mode="json", exclude_none=True)
    for comment, extra in zip(row["comments"], extras, strict=True):
        comment.update({k: v for k, v in extra.items() if v is not None})
    if dropped or dropped_posts:
        summary.notes.append(
            f"{creator_id}: left out {dropped_posts} post rows and {dropped} comment rows beyond"
            f" the contract's bounds ({MAX_POSTS} posts, {MAX_COMMENTS} comments)"
        )
        return (record, row), dropped + dropped_posts, None
    return (record, row), 0, None
