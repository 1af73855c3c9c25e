"""The creator store: what was seen of each creator, and what it scored, day by day.

One row per creator and date holds the profile snapshot (followers, following, posts); one per
creator, date and model version holds the score (verdict, probability, top reasons). When a
creator comes back, :meth:`CreatorStore.complete_history` fills its ``follower_history`` from
the stored snapshots, so the growth checks start working after repeated observations.

The database is embedded SQLite by default (``--store PATH``, ``FRAUD_STORE``, else a file in
the per-user data directory) or any SQLAlchemy URL (``postgresql://...``) for a team. Writes
are upserts keyed by creator and date, so importing one export twice adds nothing; on SQLite
every write transaction starts with ``BEGIN IMMEDIATE`` (writers queue on the database lock
instead of failing), so two processes writing at once lose nothing, and every read with
``BEGIN DEFERRED`` (in WAL mode it never waits behind a writer). On a database server
(tested on PostgreSQL and MariaDB: ``make store-servers``) an upsert decides in the statement,
on the row as it is when locked; every writer writes its rows in key order, a deadlock is
retried as a lock is (:func:`is_locked`), and opening processes upgrade one at a time. The
schema is versioned with Alembic (``fraud/store/migrations``); opening a store upgrades it in
place, keeping data.

Examples
--------
>>> from fraud.store import CreatorStore                       # doctest: +SKIP
>>> with CreatorStore.open("vetting.sqlite") as store:          # doctest: +SKIP
...     completed = store.complete_history(record)   # for scoring
...     store.record_snapshots([record])              # what the record brought, only
"""

from __future__ import annotations

import logging
import math
import os
import re
import sqlite3
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from fraud.paths import STORE_ENV
from fraud.platforms import canonical_platform, strip_platform
from fraud.schema import MAX_COUNT, CreatorRecord, FollowerSnapshot, ScoreResult

__all__ = [
    "BUSY_TIMEOUT",
    "SHARED",
    "STORE_ENV",
    "CreatorStore",
    "ScoreLike",
    "Snapshot",
    "StoreOpenError",
    "StoredScore",
    "default_store_location",
    "format_history",
    "is_locked",
    "legacy_sec_uid_key",
    "normalise_creator_id",
    "observed_dates",
    "open_store_option",
    "own_snapshots",
    "parse_creator_ref",
    "profile_observation",
    "store_url",
]

# A score as the store takes it: the model, or its JSON form (a batch outcome's result).
ScoreLike = ScoreResult | Mapping[str, Any]
MAX_HISTORY = 3660  # the contract's bound on follower_history
logger = logging.getLogger(__name__)
MAX_NAMESPACE = 64
TOP_REASONS = 3
_RETRIES = 5
T = TypeVar("T")

_metadata = sa.MetaData()
# The tables are made by the migrations (fraud/store/migrations), not from these definitions;
# on MySQL and MariaDB their name keys have the binary collation (revision 0007).
#: The namespace of a store not partitioned, and of every row stored before namespaces.
SHARED = ""
snapshots_table = sa.Table(
    "snapshots",
    _metadata,
    sa.Column("namespace", sa.String(64), primary_key=True, server_default=SHARED),
    sa.Column("platform", sa.String(32), primary_key=True),
    sa.Column("creator_id", sa.String(200), primary_key=True),
    sa.Column("date", sa.Date, primary_key=True),
    sa.Column("followers", sa.BigInteger, nullable=False),
    sa.Column("following", sa.BigInteger),
    sa.Column("posts", sa.BigInteger),
    sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    # the as_of of the record the row came from (revision 0004; NULL on older rows): a later
    # write replaces the row only when its own as_of is at least as recent
    sa.Column("as_of", sa.DateTime(timezone=True)),
)
scores_table = sa.Table(
    "scores",
    _metadata,
    sa.Column("namespace", sa.String(64), primary_key=True, server_default=SHARED),
    sa.Column("platform", sa.String(32), primary_key=True),
    sa.Column("creator_id", sa.String(200), primary_key=True),
    sa.Column("date", sa.Date, primary_key=True),
    sa.Column("model_version", sa.String(100), primary_key=True),
    sa.Column("verdict", sa.String(32), nullable=False),
    sa.Column("fraud_probability", sa.Float, nullable=False),
    sa.Column("authenticity", sa.Float, nullable=False),
    sa.Column("top_reasons", sa.Text, nullable=False),
    sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("as_of", sa.DateTime(timezone=True)),
)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A creator's profile counts on one date."""

    date: date
    followers: int
    following: int | None = None
    posts: int | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        row: dict[str, Any] = {"date": self.date.isoformat(), "followers": self.followers}
        if self.following is not None:
            row["following"] = self.following
        if self.posts is not None:
            row["posts"] = self.posts
        return row


@dataclass(frozen=True, slots=True)
class StoredScore:
    """A past answer for a creator."""

    date: date
    model_version: str
    verdict: str
    fraud_probability: float
    authenticity: float
    top_reasons: list[dict[str, Any]]
    #: why the stored reasons could not be read (not JSON, or not reasons: a row edited by
    #: hand or written by a faulty release); ``top_reasons`` then holds those that could
    top_reasons_error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (``top_reasons_error`` only when there is one)."""
        row = {
            "date": self.date.isoformat(),
            "model_version": self.model_version,
            "verdict": self.verdict,
            "fraud_probability": self.fraud_probability,
            "authenticity": self.authenticity,
            "top_reasons": self.top_reasons,
        }
        if self.top_reasons_error is not None:
            row["top_reasons_error"] = self.top_reasons_error
        return row


_REASON_FIELDS = ("code", "severity", "message")
_JSON_KINDS = {dict: "an object", str: "a string", int: "a number", float: "a number"}
_JSON_KINDS |= {bool: "a boolean", type(None): "null"}
_STORED_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _stored_reasons(text: Any) -> tuple[list[dict[str, Any]], str | None]:
    """The reasons a score row's ``top_reasons`` holds, and why some or all of them could not
    be read (None when all were): a row edited by hand or written by a faulty release is
    answered with the rest of it, not a failure of the whole creator's history."""
    try:
        value = orjson.loads(text)
    except (orjson.JSONDecodeError, TypeError) as error:
        return [], f"the stored reasons are not JSON ({error})"
    if not isinstance(value, list):
        kind = _JSON_KINDS.get(type(value), type(value).__name__)
        return [], f"the stored reasons are {kind}, not a list of reasons"
    good = [
        item
        for item in value
        if isinstance(item, dict) and all(isinstance(item.get(k), str) for k in _REASON_FIELDS)
    ]
    if len(good) == len(value):
        return value, None
    kept = [{k: item[k] for k in _REASON_FIELDS} for item in good]
    bad = len(value) - len(good)
    return kept, (
        f"{bad} of {len(value)} stored reasons {'is' if bad == 1 else 'are'} not a reason"
        " (a code, a severity and a message, each text), left out"
    )


def _stored_day(value: Any) -> date:
    """A stored ``date`` (SQLite gives its text): ValueError when it is not one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _STORED_DATE.fullmatch(value):
        return date.fromisoformat(value)  # (ValueError for a month 13, say)
    raise ValueError(f"its date {value!r} is not a date")


def _stored_count(value: Any, name: str, *, optional: bool = False) -> int | None:
    """A stored count (SQLite keeps the text a row was edited to): ValueError when it is not
    a count the contract takes."""
    if value is None and optional:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_COUNT:
        return value
    raise ValueError(f"its {name} {value!r} is not a count")


def _stored_text(value: Any, name: str) -> str:
    """A stored name (a verdict, a model version): ValueError when it is not text."""
    if isinstance(value, str):
        return value
    raise ValueError(f"its {name} {value!r} is not text")


def _stored_number(value: Any, name: str) -> float:
    """A stored probability or score: ValueError when it is not a finite number."""
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return value
    raise ValueError(f"its {name} {value!r} is not a number")


def _one_per_key(rows: Sequence[Any], width: int) -> list[Any]:
    """``rows`` (their creator id last), one per key (the first ``width`` columns: a date, and
    a model version), in order: where the rows of a sec_uid and of its old lower-cased key
    (:meth:`CreatorStore._keyed_rows`) share a key, the sec_uid's row, which this release wrote."""
    kept: dict[tuple[Any, ...], Any] = {}
    for row in rows:
        key = tuple(row[:width])
        if key not in kept or row[-1].startswith(_SEC_UID_PREFIX):
            kept[key] = row
    return list(kept.values())


def _not_joined(platform: str, lowered: str, spellings: list[str]) -> None:
    """Log that an old lower-cased sec_uid key's rows are read as nobody's but their own."""
    logger.warning(
        "the store's rows under %s:%s (a sec_uid an older release lower-cased) are not joined"
        " to a sec_uid's own: the stored sec_uids %s are the same up to case",
        platform,
        lowered,
        ", ".join(spellings),
    )


def _unreadable(table: str, key: str, where: str, why: str) -> str:
    """One line saying which stored row was left out and why (for the log and the answer)."""
    return f"{table} row {key} of {where} left out: {why}"


def default_store_location() -> Path:
    """``$FRAUD_STORE`` if set, else ``store.sqlite`` in the per-user data directory."""
    from platformdirs import user_data_path

    configured = os.environ.get(STORE_ENV)
    if configured:
        return Path(configured)
    return user_data_path("creator-fraud", appauthor=False) / "store.sqlite"


class StoreOpenError(ValueError):
    """A store that cannot be opened, said for the user (the command line prints it, the
    service logs it). A ``ValueError``: like a bad argument, the fix is another store or
    another release, never a retry."""


# Database drivers whose pip package is not named like the module SQLAlchemy imports.
_DRIVER_PACKAGES = {
    "MySQLdb": "mysqlclient",
    "pymysql": "PyMySQL",
    "cx_Oracle": "cx-Oracle",
}


def _pip_name(module: str | None) -> str:
    """The pip package that provides the database driver module ``module``."""
    top = (module or "").partition(".")[0]
    return _DRIVER_PACKAGES.get(top, top or "the database driver")


def _is_default(location: str | Path | None) -> bool:
    """Whether ``location`` means the per-user default (no path given, no ``$FRAUD_STORE``)."""
    return location is None and not os.environ.get(STORE_ENV)


def _default_store_error(path: Path, reason: str) -> StoreOpenError:
    """The default store cannot be used: name it as the default and say how to choose another."""
    return StoreOpenError(
        f"cannot use the default store {path} ({reason}); "
        f"choose a writable place with --store PATH or ${STORE_ENV}"
    )


def _make_parent(path: Path, *, default: bool) -> None:
    """Create the directory of a SQLite store (a failure at the default location says so)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        if not default:
            raise
        reason = (error.strerror or type(error).__name__).lower()
        raise _default_store_error(path, f"{reason}: {error.filename}") from error


def store_url(location: str | Path | None = None) -> URL:
    """A SQLAlchemy URL for ``location``: a URL as given, a path as SQLite, ``None`` as the
    default (:func:`default_store_location`, which may itself hold a URL). A path is the
    database's file name as it is, never parsed as a URL (``a?b.sqlite`` and ``e%41f.sqlite``
    are those files, not ``a`` with options or ``eAf.sqlite``)."""
    if location is None:
        configured = os.environ.get(STORE_ENV)
        location = configured if configured else default_store_location()
    text = str(location)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def _sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL (``None``: another database, or SQLite in memory)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    if url.database.startswith("file:"):  # a URI filename (?uri=true): SQLite parses it
        return None
    return Path(url.database)


def open_store_option(value: str | None, *, writes: bool = True) -> CreatorStore | None:
    """The store a command line asked for: ``None`` (no ``--store`` and no ``$FRAUD_STORE``)
    means none; ``""`` (a bare ``--store``) the default location; else that path or URL.
    ``writes``: the command records in it, so a read-only store file is refused now (a
    command that only reads, ``fraud report``, passes False)."""
    if value is None:
        store = CreatorStore.open() if os.environ.get(STORE_ENV) else None
    else:  # a command that only reads makes no new empty store of a path (a mistyped one)
        store = CreatorStore.open(value or None, create=writes)
    if store is not None:
        path = _sqlite_path(store.engine.url)
        if writes and path is not None and path.exists() and not os.access(path, os.W_OK):
            store.close()  # a command that writes: say so now, not at its first write
            raise StoreOpenError(f"cannot write to the store {path}: the file is read-only")
    return store


def format_history(history: dict[str, Any]) -> str:
    """A creator's history (:meth:`CreatorStore.history`) as a plain-text table."""
    lines = [f"{history['platform']}:{history['creator_id']}"]
    snapshots, scores = history["snapshots"], history["scores"]
    unreadable = history.get("unreadable_rows", [])
    if not snapshots and not scores and not unreadable:
        lines.append("  nothing stored for this creator")
        return "\n".join(lines)
    lines.append(f"  snapshots ({len(snapshots)}):")
    for s in snapshots:
        extra = "".join(f"  {name} {s[name]:>10,}" for name in ("following", "posts") if name in s)
        lines.append(f"    {s['date']}  followers {s['followers']:>12,}{extra}")
    lines.append(f"  scores ({len(scores)}):")
    for score in scores:
        codes = ", ".join(r["code"] for r in score["top_reasons"]) or "-"
        if "top_reasons_error" in score:
            codes += f" (unreadable: {score['top_reasons_error']})"
        lines.append(
            f"    {score['date']}  {score['verdict']:<18} p={score['fraud_probability']:.3f}"
            f"  model {score['model_version']}  reasons: {codes}"
        )
    if "also_stored_as" in history:
        others = ", ".join(history["also_stored_as"])
        lines.append(f"  with the rows an older release stored under {others}")
    if unreadable:
        lines.append(f"  unreadable rows ({len(unreadable)}), left out:")
        lines.extend(f"    {line}" for line in unreadable)
    return "\n".join(lines)


def parse_creator_ref(ref: str) -> tuple[str, str]:
    """``"PLATFORM:ID"`` -> (contract platform, id); raises ValueError with the expected form."""
    head, sep, tail = ref.partition(":")
    if not sep or not tail or not head:
        raise ValueError(f"expected PLATFORM:ID (e.g. rednote:5f3a...), got {ref!r}")
    return canonical_platform(head), tail


#: Platforms whose account names are case-insensitive handles (``NatGeo`` is ``natgeo``).
CASE_INSENSITIVE_HANDLES = frozenset({"instagram", "tiktok", "twitter"})
#: A TikTok (or Douyin) ``sec_uid``: an encoded id, case-sensitive.
_SEC_UID_PREFIX = "MS4wLjAB"
_SEC_UID_END = "MS4wLjAC"  # (every id starting with the prefix sorts before it)


def legacy_sec_uid_key(platform: str, creator_id: str) -> str | None:
    """The key an older release stored the TikTok ``sec_uid`` ``creator_id`` (a
    normalised key) under when it was sent as ``@MS4wLjAB...``: lower-cased (revisions 0005
    and 0006 moved such keys there too); ``creator_id`` itself when it is such a key; None
    for any other id. Douyin ids were never lower-cased."""
    lowered = creator_id.lower()
    if platform != "tiktok" or not lowered.startswith(_SEC_UID_PREFIX.lower()):
        return None
    return lowered


def normalise_creator_id(platform: str, creator_id: str) -> str:
    """The id the store keys a creator by: without surrounding whitespace on every platform,
    and lower-cased where the platform's handles ignore case: Instagram, TikTok and X
    usernames, without a leading ``@`` (their numeric ids have no case; a TikTok ``sec_uid``
    is case-sensitive and kept) and YouTube ``@handles`` (a channel id, ``UC...``, is
    case-sensitive and kept). ``str.lower``, not ``casefold``: casefold makes one name of
    ``Straße`` and ``strasse``, which the platforms keep apart. The
    Chinese platforms' ids (numeric uids, Douyin's ``sec_uid``, RedNote's hex ids, hashes)
    are case-sensitive or not names at all: only stripped.

    A normalised id is its own normalised id: such a handle loses every leading ``@`` and
    the spaces after one (``@@1abc`` and ``@ natgeo`` were ``@1abc`` and `` natgeo``, keys
    a second normalisation, or a re-run of the store's migration, moved again: revision
    0006 moved them). A TikTok ``sec_uid`` sent with a leading ``@`` keeps its case (it
    used to be lower-cased: keys stored that way cannot be given their case back; the store's
    reads join their rows to the sec_uid's own when no other stored sec_uid is the same up
    to case: :meth:`CreatorStore._keyed_rows`)."""
    creator_id = creator_id.strip()
    if platform in CASE_INSENSITIVE_HANDLES:
        while creator_id.startswith("@"):  # a handle holds no @ and no space
            creator_id = creator_id[1:].lstrip()
        if platform == "tiktok" and creator_id.startswith(_SEC_UID_PREFIX):
            return creator_id  # after the @s: "@MS4wLjAB..." is the sec_uid, case kept
        return creator_id.lower()
    if platform == "youtube" and creator_id.startswith("@"):
        return creator_id.lower()
    return creator_id


def creator_key(record: CreatorRecord) -> tuple[str, str]:
    """The store's key of a record: its platform and its id without a ``platform:`` prefix,
    normalised (:func:`normalise_creator_id`: ``"NatGeo "`` and ``natgeo`` are one creator)."""
    platform = record.platform.value
    return platform, normalise_creator_id(platform, strip_platform(record.creator_id, platform))


def _observed_on(record: CreatorRecord) -> date:
    return (record.as_of or datetime.now(UTC)).date()


def _known_at(record: CreatorRecord, now: datetime) -> datetime:
    """When ``record`` says what it says (its ``as_of``, else now), in UTC: how recent the
    rows it writes are (every stored ``as_of`` is UTC, so SQLite, which keeps no time zone,
    compares them as stored)."""
    return (record.as_of or now).astimezone(UTC)


def _utc(moment: datetime) -> datetime:
    """``moment`` as an aware UTC datetime (a database without time zones gives it naive)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _observation_row(
    record: CreatorRecord, now: datetime
) -> tuple[tuple[str, str, date], dict[str, Any]]:
    """The snapshot row of the profile counts ``record`` observed, and its key."""
    platform, creator_id = creator_key(record)
    observed = profile_observation(record)
    return (platform, creator_id, observed.date), {
        "platform": platform,
        "creator_id": creator_id,
        "date": observed.date,
        "followers": observed.followers,
        "following": observed.following,
        # The posts count was observed at as_of, or with the follower count on an earlier
        # crawl (an importer says so), never at an older completing date.
        "posts": record.profile.posts
        if observed.date == _observed_on(record) or record.profile._posts_at_observed
        else None,
        "recorded_at": now,
        # a count dated before as_of was seen some time that day: as recent as its start
        "as_of": _known_at(record, now)
        if observed.date == _observed_on(record)
        else datetime.combine(observed.date, datetime.min.time(), tzinfo=UTC),
    }


def observed_dates(record: CreatorRecord) -> tuple[date, date]:
    """The dates the store files a record under: its profile counts'
    (:func:`profile_observation`) and its score's (its ``as_of`` date, else today)."""
    return profile_observation(record).date, _observed_on(record)


def profile_observation(record: CreatorRecord) -> FollowerSnapshot:
    """The record's profile counts as a snapshot at the date they were observed: the
    profile's ``observed_at`` when it is before the record's ``as_of`` date (a count an
    importer completed from an older snapshot, a store's or a ``--history`` row's: only the
    follower count, at its own date, so it is never recorded again under ``as_of``), else
    the ``as_of`` date. Provenance decides, never the values: a count that truly stayed the
    same is a new observation."""
    today = _observed_on(record)
    profile = record.profile
    seen = profile.observed_at
    if seen is not None and seen < today:
        return FollowerSnapshot(date=seen, followers=profile.followers)
    return FollowerSnapshot(date=today, followers=profile.followers, following=profile.following)


def _keep_newest(rows: dict[Any, dict[str, Any]], key: Any, row: dict[str, Any]) -> None:
    """Put ``row`` at ``key`` unless a row observed later (``as_of``) is there: of two
    observations of one day in one write, the newest stands, as against stored rows (the
    last given of equally recent ones: a correction)."""
    held = rows.get(key)
    if held is None or row["as_of"] >= held["as_of"]:
        rows[key] = row


def own_snapshots(record: CreatorRecord) -> list[FollowerSnapshot]:
    """The dated counts ``record`` itself brought, oldest first: its profile counts at the
    date they were observed (:func:`profile_observation`) and its own ``follower_history``,
    which wins its date."""
    observed = profile_observation(record)
    merged = {observed.date: observed, **{s.date: s for s in record.follower_history}}
    return [merged[d] for d in sorted(merged)]


def _score_values(result: ScoreLike) -> dict[str, Any]:
    """The stored columns of one score (a ScoreResult or its JSON form)."""
    if isinstance(result, ScoreResult):
        reasons = [
            {"code": r.code, "severity": r.severity.value, "message": r.message}
            for r in result.reasons[:TOP_REASONS]
        ]
        verdict: str = result.verdict.value
        values = (result.model_version, result.fraud_probability, result.authenticity)
    else:
        reasons = [
            {"code": r["code"], "severity": r["severity"], "message": r["message"]}
            for r in result["reasons"][:TOP_REASONS]
        ]
        verdict = result["verdict"]
        values = (result["model_version"], result["fraud_probability"], result["authenticity"])
    return {
        "model_version": values[0],
        "verdict": verdict,
        "fraud_probability": values[1],
        "authenticity": values[2],
        "top_reasons": orjson.dumps(reasons).decode("utf-8"),
    }


def _dispose_in_child(reference: weakref.ref[Engine]) -> None:
    engine = reference()
    if engine is not None:
        engine.dispose(close=False)


#: Seconds a SQLite connection waits for another process's lock before "database is locked".
BUSY_TIMEOUT = 60.0


def _sqlite_engine(url: URL, timeout: float) -> Engine:
    engine = sa.create_engine(url, connect_args={"timeout": timeout})
    _sqlite_setup(engine, timeout)
    return engine


def _sqlite_setup(engine: Engine, timeout: float = BUSY_TIMEOUT) -> None:
    # Recipe from SQLAlchemy's pysqlite docs ("Serializable isolation / Savepoints /
    # Transactional DDL"): take the write lock at BEGIN, so concurrent writers wait on the
    # busy timeout instead of failing when a read lock cannot be upgraded.
    busy_ms = max(int(timeout * 1000), 0)

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # The busy timeout first: switching to WAL needs a lock that another process may hold.
        cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
        record.info[_BUSY_MS] = busy_ms
        # SQLite may answer the switch "database is locked" at once, without waiting on the
        # busy handler, while another process opens the same new file: retry until the timeout
        # (two processes opening one new store at once failed now and then on a loaded machine).
        deadline = time.monotonic() + timeout
        while True:
            try:
                cursor.execute("PRAGMA journal_mode=WAL")
                break
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.02)
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        options = connection.get_execution_options()
        # A write's try waits what is left of its store's lock_timeout (CreatorStore._retry)
        wait = options.get(_WAIT_OPTION)
        wait_ms = busy_ms if wait is None else max(int(wait * 1000), 0)
        if connection.info.get(_BUSY_MS) != wait_ms:
            connection.exec_driver_sql(f"PRAGMA busy_timeout={wait_ms}")
            connection.info[_BUSY_MS] = wait_ms
        # A read (CreatorStore._reading) begins deferred: in WAL mode it reads the last
        # committed state at once, never waiting behind a writer (a CLI import's flush).
        if options.get(_READ_OPTION):
            connection.exec_driver_sql("BEGIN DEFERRED")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


#: The execution option that marks a connection as reading only (its transaction deferred).
_READ_OPTION = "fraud_store_read"
#: The execution option that gives a write's try its seconds to wait for the lock.
_WAIT_OPTION = "fraud_store_wait"
#: Where a SQLite connection's ``info`` keeps its busy timeout (milliseconds).
_BUSY_MS = "fraud_store_busy_ms"


#: Seconds an upgrade on a database server waits for another process's (its lock).
UPGRADE_WAIT = BUSY_TIMEOUT
#: the key of the PostgreSQL advisory lock of a store's upgrade
_UPGRADE_LOCK_KEY = 0x6672617564  # "fraud"


@contextmanager
def _upgrading(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction for the migrations, one process at a time on a
    database server (PostgreSQL, MySQL, MariaDB) as SQLite's ``BEGIN IMMEDIATE`` has them: two
    processes opening one new store both created its tables (PostgreSQL: a duplicate key of its
    catalogue; MariaDB: a table the other had not made yet) and one failed. A process that
    waited finds the store upgraded (Alembic reads the revision after the lock is taken). A
    lock not had within :data:`UPGRADE_WAIT` fails as a locked store does (:func:`is_locked`)."""
    dialect = engine.dialect.name
    if dialect not in ("mysql", "mariadb"):
        with engine.begin() as connection:
            if dialect == "postgresql":  # a transaction's lock: held until it commits
                wait = int(UPGRADE_WAIT * 1000)
                connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{wait}ms'")
                connection.execute(sa.select(sa.func.pg_advisory_xact_lock(_UPGRADE_LOCK_KEY)))
            yield connection
        return
    # A session's lock (DDL commits as it goes there), named after this database, taken before
    # the transaction and given back only after it commits: given back before, a process that
    # waited read the revision the other had not committed yet, ran the last migration again
    # and found no version row to move (make store-servers on MariaDB, once in three runs).
    name = sa.func.left(sa.func.concat("creator-fraud store ", sa.func.database()), 64)
    with engine.connect() as connection:
        taken = connection.execute(sa.select(sa.func.get_lock(name, int(UPGRADE_WAIT)))).scalar()
        connection.commit()
        if taken != 1:
            raise OperationalError(
                "SELECT GET_LOCK(...)", None, _UpgradeLocked("database is locked: another upgrade")
            )
        try:
            with connection.begin():
                yield connection
        finally:
            connection.execute(sa.select(sa.func.release_lock(name)))
            connection.commit()


class _UpgradeLocked(Exception):
    """Another process held the store's upgrade lock past :data:`UPGRADE_WAIT`."""


#: the least a write waits for another process's lock, even behind one that gave up on it
#: (:meth:`CreatorStore.write_deadline`): a crossing of a few milliseconds is not a lock held
MIN_LOCK_WAIT = 0.05


@dataclass
class _LockSeen:
    """When a write of a database (a store and its partitions) last gave up on another
    process's lock (``time.monotonic()``): :meth:`CreatorStore.write_deadline` reads it."""

    gave_up_at: float = float("-inf")


def _not_a_database(error: DatabaseError) -> bool:
    """SQLite's "file is not a database" (or "file is encrypted or is not a database")."""
    return not isinstance(error, OperationalError) and "not a database" in str(error.orig)


#: PostgreSQL's SQLSTATEs of a transaction another one's locks undid: a serialization
#: failure, a deadlock, a lock not available in time
_PG_LOCKED = frozenset({"40001", "40P01", "55P03"})
#: MySQL's and MariaDB's error numbers of the same: a lock wait timeout, a deadlock
_MYSQL_LOCKED = frozenset({1205, 1213})


def is_locked(error: BaseException) -> bool:
    """Whether ``error`` is SQLite's "database is locked" (another process held the
    database past the busy timeout), or a server's deadlock or lock wait timeout (its
    transaction rolled back whole): a failure that passes, unlike a broken store."""
    if not isinstance(error, OperationalError):
        return False
    orig = error.orig
    if orig is not None and not isinstance(orig, sqlite3.Error):
        # psycopg 3 (sqlstate), psycopg2 (pgcode), pg8000 (a dict, its "C"); the MySQL
        # drivers (the error number first)
        state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
        first = orig.args[0] if orig.args else None
        if isinstance(first, dict):
            state = state or first.get("C")
        if state in _PG_LOCKED or (isinstance(first, int) and first in _MYSQL_LOCKED):
            return True
    return "locked" in str(orig if orig is not None else error)


def _mysql_upsert(table: sa.Table, update: Sequence[str]) -> Any:
    """MySQL's and MariaDB's upsert of ``table``, deciding as SQLite's and PostgreSQL's
    (:meth:`CreatorStore._upsert`) in the statement itself, on the row as it is when locked:
    a missing value never erases a known one, and a row is replaced only by an observation
    at least as recent. (Read first and written after, a row another writer replaced in
    between was replaced again by an older observation.) ``as_of`` is set last: MySQL
    assigns in order, and each assignment reads the columns set before it."""
    from sqlalchemy.dialects.mysql import insert

    statement = insert(table)
    new = statement.inserted
    recent = sa.or_(table.c.as_of.is_(None), new.as_of >= table.c.as_of)
    names = [name for name in update if name != "as_of"] + ["as_of"]
    return statement.on_duplicate_key_update(
        [
            (
                name,
                sa.case((recent, sa.func.coalesce(new[name], table.c[name])), else_=table.c[name]),
            )
            for name in names
        ]
    )


class CreatorStore:
    """Snapshots and past scores of creators, in a SQL database (see the module docstring).

    ``namespace``: the part of the database this object reads and writes (default
    :data:`SHARED`, the whole store as one); :meth:`partition` gives another part of the same
    database, which sees nothing of the others. ``lock_timeout``: seconds a write waits in
    all, its tries together, for another process's lock before it fails "database is
    locked" (:func:`is_locked`); ``None``: each of its tries waits the engine's busy timeout
    (:data:`BUSY_TIMEOUT`, the command line's patience).
    """

    def __init__(self, engine: Engine, namespace: str = SHARED, lock_timeout: float | None = None):
        if len(namespace) > MAX_NAMESPACE:
            raise ValueError(f"a store namespace has at most {MAX_NAMESPACE} characters")
        self.engine = engine
        self.namespace = namespace
        self.lock_timeout = lock_timeout
        self._owns_engine = True
        self._lock_seen = _LockSeen()

    def partition(self, namespace: str) -> CreatorStore:
        """The same database seen through ``namespace``: its reads see only the rows its
        writes made (``SHARED``: the part a store not partitioned uses). Closing the store
        closes its partitions' connections; closing a partition does nothing."""
        part = CreatorStore(self.engine, namespace, self.lock_timeout)
        part._owns_engine = False
        part._lock_seen = self._lock_seen  # one database, one lock
        return part

    @classmethod
    def open(
        cls,
        location: str | Path | None = None,
        *,
        upgrade: bool = True,
        open_timeout: float | None = None,
        create: bool = True,
        lock_timeout: float | None = None,
    ) -> CreatorStore:
        """Open (creating and upgrading as needed) the store at a path or SQLAlchemy URL.

        ``open_timeout``: seconds the opening waits for a SQLite database another process
        has locked (default :data:`BUSY_TIMEOUT`, as every later write waits); the service
        opens with a short one and retries, so that it never hangs on a lock at startup.
        ``lock_timeout``: seconds a later read, or write with its tries together, waits for
        a SQLite database another process has locked (default ``None``: each try waits
        :data:`BUSY_TIMEOUT`, the command line's patience); the service passes a few seconds
        and answers 503 instead of holding a request for minutes.
        ``create=False``: a SQLite file that does not exist is refused (``fraud history``
        reads a store; a mistyped path creates nothing).
        """
        url = store_url(location)
        default_path = None
        path = _sqlite_path(url)
        if path is not None and not create and not path.is_file():
            raise StoreOpenError(f"no store at {path}: check the path (--store PATH, ${STORE_ENV})")
        if path is not None:
            default_path = path if _is_default(location) else None
            _make_parent(path, default=default_path is not None)
            if upgrade and open_timeout is not None:
                # The upgrade on its own engine, so that later writes keep the long wait.
                opening = cls(_sqlite_engine(url, open_timeout))
                try:
                    opening._upgrade_at(default_path)
                finally:
                    opening.close()
                upgrade = False
            engine = _sqlite_engine(url, BUSY_TIMEOUT if lock_timeout is None else lock_timeout)
        else:
            try:
                engine = sa.create_engine(url, pool_pre_ping=True)
            except ModuleNotFoundError as error:  # e.g. postgresql:// without psycopg2
                shown = url.render_as_string(hide_password=True)
                raise StoreOpenError(
                    f"cannot open the store {shown}: its database driver {error.name!r} is "
                    f"not installed; install it (pip install {_pip_name(error.name)})"
                ) from error
        # Batch scoring forks workers: a child must not reuse the parent's connections
        # (SQLAlchemy's "Using Connection Pools with Multiprocessing" recipe).
        reference = weakref.ref(engine)
        os.register_at_fork(after_in_child=lambda: _dispose_in_child(reference))
        store = cls(engine, lock_timeout=lock_timeout)
        if upgrade:
            store._upgrade_at(default_path)
        return store

    def _upgrade_at(self, default_path: Path | None) -> None:
        """:meth:`upgrade`; a failure at the default location says how to choose another."""
        try:
            self.upgrade()
        except DatabaseError as error:
            if _not_a_database(error):  # no retry helps: another file is needed
                shown = _sqlite_path(self.engine.url) or self.engine.url
                raise StoreOpenError(
                    f"cannot open the store {shown}: it is not a SQLite database (file is not "
                    "a database); use another store (--store PATH on the command line, "
                    f"${STORE_ENV} for the service)"
                ) from error
            if not isinstance(error, OperationalError) or default_path is None:
                raise
            # e.g. a read-only data directory
            reason = (str(error.orig) if error.orig else str(error)).splitlines()[0]
            raise _default_store_error(default_path, reason) from error

    def upgrade(self, revision: str = "head") -> None:
        """Apply the migrations up to ``revision`` (default: the latest), keeping the data."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", "fraud.store:migrations")
        current, head = self._refuse_newer_schema(config)
        if revision == "head" and current is not None and current == head:
            return  # at head already: no write transaction (a reader need not wait for one)
        with _upgrading(self.engine) as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)

    def _refuse_newer_schema(self, config: Any) -> tuple[str | None, str | None]:
        """A store a newer release upgraded: say so (Alembic would only say that it cannot
        locate the revision) instead of touching it. Returns the store's revision and this
        release's latest (the migration scripts read once)."""
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(config)
        current = self.revision()
        known = {revision.revision for revision in script.walk_revisions()}
        if current is not None and current not in known:
            shown = self.engine.url.render_as_string(hide_password=True)
            raise StoreOpenError(
                f"cannot open the store {shown}: its schema {current} is newer than this "
                f"release's ({script.get_current_head()}); upgrade creator-fraud "
                "(pip install -U creator-fraud) or use another store (--store PATH on the command "
                f"line, ${STORE_ENV} for the service)"
            )
        return current, script.get_current_head()

    def revision(self) -> str | None:
        """The schema revision the database is at (``None`` for an empty database)."""
        from alembic.runtime.migration import MigrationContext

        with self._reading() as connection:
            context = MigrationContext.configure(
                connection, opts={"version_table": "store_version"}
            )
            return context.get_current_revision()

    def close(self) -> None:
        """Release the database connections (a partition leaves them to its store)."""
        if self._owns_engine:
            self.engine.dispose()

    def __enter__(self) -> CreatorStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ------------------------------------------------------------------ reads

    def _reading(self) -> Connection:
        """A connection for reads only: on SQLite its transaction begins deferred, so it
        neither takes nor waits for the write lock (writes begin immediate)."""
        return self.engine.connect().execution_options(**{_READ_OPTION: True})

    def _keyed_rows(
        self,
        connection: Connection,
        query: Any,
        table: sa.Table,
        platform: str,
        key: str,
        width: int,
    ) -> list[Any]:
        """The rows of ``query`` (of ``table``, its last column the creator id) that are the
        creator ``key``'s (platform ``tiktok`` or another, as the query's where says), one per
        date (and model version: the first ``width`` columns). For a TikTok ``sec_uid``
        (``MS4wLjAB...``) they include the rows an older release stored under it lower-cased
        (:func:`legacy_sec_uid_key`; for the lower-cased key, those of its sec_uid) when the
        join is unambiguous: no other stored sec_uid is the same up to case. An ambiguous one
        is not joined, and is logged. Where both keys hold a row of one date (and model
        version), the sec_uid's own is read (:func:`_one_per_key`). A look-up by a sec_uid
        with no row under its lower-cased key costs one query, as any other."""
        lowered = legacy_sec_uid_key(platform, key)
        if lowered is None:
            return list(connection.execute(query.where(table.c.creator_id == key)))
        if key == lowered:  # looked up by the lower-cased key: which sec_uid is it?
            spellings = self._sec_uids_like(connection, platform, lowered)
            if len(spellings) > 1:
                _not_joined(platform, lowered, spellings)
            keys = [key, *spellings] if len(spellings) == 1 else [key]
            rows = connection.execute(query.where(table.c.creator_id.in_(keys))).all()
            return _one_per_key(rows, width)
        rows = connection.execute(query.where(table.c.creator_id.in_([key, lowered]))).all()
        if any(row[-1] == lowered for row in rows):  # rows an older release stored
            spellings = self._sec_uids_like(connection, platform, lowered)
            if not set(spellings) <= {key}:
                _not_joined(platform, lowered, spellings)
                rows = [row for row in rows if row[-1] != lowered]
        return _one_per_key(rows, width)

    def _sec_uids_like(self, connection: Connection, platform: str, lowered: str) -> list[str]:
        """The stored sec_uids (kept as given) that lower-case to ``lowered``."""
        spellings: set[str] = set()
        for t in (snapshots_table, scores_table):
            query = (
                sa.select(t.c.creator_id)
                .distinct()
                .where(
                    t.c.namespace == self.namespace,
                    t.c.platform == platform,
                    t.c.creator_id >= _SEC_UID_PREFIX,
                    t.c.creator_id < _SEC_UID_END,
                    sa.func.lower(t.c.creator_id) == lowered,
                )
            )
            spellings.update(
                found
                for found in connection.scalars(query)
                if found.startswith(_SEC_UID_PREFIX) and found.lower() == lowered
            )
        return sorted(spellings)

    def snapshots(self, platform: str, creator_id: str) -> list[Snapshot]:
        """Every stored snapshot of the creator, oldest first; a row that cannot be read (a
        date or count edited into something else) is left out and logged."""
        return self._snapshots(platform, creator_id)[0]

    def _snapshots(
        self, platform: str, creator_id: str
    ) -> tuple[list[Snapshot], list[str], set[str]]:
        """The creator's readable snapshots, a line for each row that is not, and the other
        keys read (:meth:`_keyed_rows`)."""
        creator_id = normalise_creator_id(platform, creator_id)
        t = snapshots_table
        found: list[Snapshot] = []
        unreadable: list[str] = []
        query = (
            sa.select(  # the date as stored: SQLite's text is parsed here, row by row
                sa.type_coerce(t.c.date, sa.String),
                t.c.followers,
                t.c.following,
                t.c.posts,
                t.c.creator_id,
            )
            .where(t.c.namespace == self.namespace, t.c.platform == platform)
            .order_by(t.c.date)
        )
        with self._reading() as connection:
            rows = self._keyed_rows(connection, query, t, platform, creator_id, 1)
        for day, followers, following, posts, _ in rows:
            try:
                found.append(
                    Snapshot(
                        _stored_day(day),
                        _stored_count(followers, "followers"),  # type: ignore[arg-type]
                        _stored_count(following, "following", optional=True),
                        _stored_count(posts, "posts", optional=True),
                    )
                )
            except ValueError as error:
                unreadable.append(
                    _unreadable("snapshots", str(day), f"{platform}:{creator_id}", str(error))
                )
        for line in unreadable:
            logger.warning("the store's %s", line)
        return found, unreadable, {row[-1] for row in rows} - {creator_id}

    def latest_snapshot(
        self, platform: str, creator_id: str, as_of: date | None = None
    ) -> Snapshot | None:
        """The most recent stored snapshot of the creator dated on or before ``as_of`` (any
        date when ``None``), if any: a later observation never stands for an earlier date."""
        found = [
            s for s in self.snapshots(platform, creator_id) if as_of is None or s.date <= as_of
        ]
        return found[-1] if found else None

    def scores(self, platform: str, creator_id: str) -> list[StoredScore]:
        """Every stored score of the creator, oldest first. Reasons that cannot be read are
        left out and said (:attr:`StoredScore.top_reasons_error`); a row whose date or numbers
        cannot be read is left out; both are logged."""
        return self._scores(platform, creator_id)[0]

    def _scores(
        self, platform: str, creator_id: str
    ) -> tuple[list[StoredScore], list[str], set[str]]:
        """The creator's readable scores, a line for each row that is not, and the other keys
        read (:meth:`_keyed_rows`)."""
        creator_id = normalise_creator_id(platform, creator_id)
        where = f"{platform}:{creator_id}"
        t = scores_table
        query = (
            sa.select(
                sa.type_coerce(t.c.date, sa.String),
                t.c.model_version,
                t.c.verdict,
                t.c.fraud_probability,
                t.c.authenticity,
                t.c.top_reasons,
                t.c.creator_id,
            )
            .where(
                t.c.namespace == self.namespace,
                t.c.platform == platform,
            )
            .order_by(t.c.date, t.c.model_version)
        )
        found: list[StoredScore] = []
        unreadable: list[str] = []
        with self._reading() as connection:
            rows = self._keyed_rows(connection, query, t, platform, creator_id, 2)
        for day, model_version, verdict, probability, authenticity, reasons, _ in rows:
            key = f"{day} (model {model_version})"
            try:
                score = StoredScore(
                    _stored_day(day),
                    _stored_text(model_version, "model_version"),
                    _stored_text(verdict, "verdict"),
                    _stored_number(probability, "fraud_probability"),
                    _stored_number(authenticity, "authenticity"),
                    *_stored_reasons(reasons),
                )
            except ValueError as error:
                unreadable.append(_unreadable("scores", key, where, str(error)))
                continue
            if score.top_reasons_error is not None:
                logger.warning(
                    "the store's scores row %s of %s: %s", key, where, score.top_reasons_error
                )
            found.append(score)
        for line in unreadable:
            logger.warning("the store's %s", line)
        return found, unreadable, {row[-1] for row in rows} - {creator_id}

    def history(self, platform: str, creator_id: str) -> dict[str, Any]:
        """Snapshots and past verdicts of one creator, JSON-ready."""
        platform = canonical_platform(platform)
        creator_id = normalise_creator_id(platform, strip_platform(creator_id.strip(), platform))
        snapshots, unreadable, others = self._snapshots(platform, creator_id)
        scores, unreadable_scores, other_scores = self._scores(platform, creator_id)
        history: dict[str, Any] = {
            "platform": platform,
            "creator_id": creator_id,
            "snapshots": [s.as_dict() for s in snapshots],
            "scores": [s.as_dict() for s in scores],
        }
        # (each only when there is one: a sound history's keys as they were)
        if others or other_scores:  # an old lower-cased sec_uid key's rows, joined
            history["also_stored_as"] = sorted(others | other_scores)
        if unreadable or unreadable_scores:
            history["unreadable_rows"] = unreadable + unreadable_scores
        return history

    def complete_history(
        self, record: CreatorRecord, pending: Iterable[FollowerSnapshot] = ()
    ) -> CreatorRecord:
        """The record with its ``follower_history`` completed from the stored snapshots and
        its own current count (at the date it was observed: :func:`profile_observation`);
        the record's own dated counts win their date. Stored snapshots dated after the
        record's ``as_of`` are left out (the record describes the creator as of then, not
        later). ``pending``: snapshots of the same creator on their way to the store (an
        earlier record of the same run, scored but not yet recorded), read as if stored.

        The completed record is for scoring and answering only: record the record as it was
        given (:meth:`record_snapshots`), never this copy of the stored snapshots."""
        platform, creator_id = creator_key(record)
        today = _observed_on(record)
        merged: dict[date, FollowerSnapshot] = {
            s.date: FollowerSnapshot(date=s.date, followers=s.followers, following=s.following)
            for s in self.snapshots(platform, creator_id)
            if s.date <= today
        }
        merged.update({s.date: s for s in pending if s.date <= today})
        merged.update({s.date: s for s in own_snapshots(record)})
        history = [merged[d] for d in sorted(merged)][-MAX_HISTORY:]
        return record.model_copy(update={"follower_history": history})

    # ------------------------------------------------------------------ writes

    def write_deadline(self, waiting_since: float | None = None) -> float | None:
        """When a write, its tries and parts together, stops waiting for another process's
        lock (a ``time.monotonic()``, for the writes' ``deadline``): ``lock_timeout`` from
        now, or ``None`` without one (each try waits the engine's busy timeout).

        ``waiting_since``: when the caller began waiting to write (a request queued for the
        service's scoring thread). If a write of this database gave up on the lock since
        then, and less than ``lock_timeout`` ago (the lock is likely still held), the caller
        was waiting behind that lock too: its ``lock_timeout`` counts from
        ``waiting_since``, so a request queued behind one that found the store locked is
        answered about when that one is, instead of after a timeout of its own. It still
        waits at least :data:`MIN_LOCK_WAIT`, so that a write crossing another for a few
        milliseconds is not refused; a give-up longer ago than ``lock_timeout`` says
        nothing of the lock now (the wait is a fresh ``lock_timeout``)."""
        if self.lock_timeout is None:
            return None
        now = time.monotonic()
        gave_up_at = self._lock_seen.gave_up_at
        recent = now - gave_up_at < self.lock_timeout
        if waiting_since is not None and waiting_since < gave_up_at and recent:
            return max(waiting_since + self.lock_timeout, now + MIN_LOCK_WAIT)
        return now + self.lock_timeout

    def record_snapshots(
        self, records: Iterable[CreatorRecord], *, deadline: float | None = None
    ) -> int:
        """Record what each record itself brought: its own ``follower_history`` and its
        profile counts at the date they were observed (:func:`profile_observation`).

        Pass the records as they were given, never as :meth:`complete_history` returned them:
        a completed history holds copies of stored snapshots as they were read, and writing
        them back would undo a correction stored since. The record's own dated counts are
        upserted (they win their date); a profile count dated before the record's ``as_of``
        date (``profile.observed_at``: a count an importer completed from the store or an
        older row, or a profile crawled days before the posts) is added only when that date
        has no snapshot yet, since it may be such a copy. Returns the rows given to the store
        (a row already stored is updated, or left as it is, not added). ``deadline``: see
        :meth:`write_deadline` (by default its own)."""
        deadline = self.write_deadline() if deadline is None else deadline
        now = datetime.now(UTC)
        rows: dict[tuple[str, str, date], dict[str, Any]] = {}
        back_dated: dict[tuple[str, str, date], dict[str, Any]] = {}
        for record in records:
            key, row = _observation_row(record, now)
            _keep_newest(
                back_dated if key[2] < _observed_on(record) else rows,
                key,
                {"namespace": self.namespace, **row},
            )
            platform, creator_id = key[:2]
            # The record's own dated counts win their date (as in complete_history), so the
            # store never disagrees with the record; the profile's posts count stays.
            for s in record.follower_history:
                key = (platform, creator_id, s.date)
                _keep_newest(
                    rows,
                    key,
                    {
                        "namespace": self.namespace,
                        "platform": platform,
                        "creator_id": creator_id,
                        "date": s.date,
                        "followers": s.followers,
                        "following": s.following,
                        "posts": (rows.get(key) or back_dated.get(key) or {}).get("posts"),
                        "recorded_at": now,
                        "as_of": _known_at(record, now),
                    },
                )
        for key in rows:  # the record's own dated count stands for the back-dated one
            back_dated.pop(key, None)
        columns = ("followers", "following", "posts", "as_of")
        self._upsert(snapshots_table, list(rows.values()), columns, deadline)
        if back_dated:
            new = list(back_dated.values())
            self._retry(lambda c: self._insert_new(c, snapshots_table, new), deadline)
        return len(rows) + len(back_dated)

    def record_scores(
        self,
        scored: Iterable[tuple[CreatorRecord, ScoreLike]],
        *,
        deadline: float | None = None,
    ) -> int:
        """Upsert one score row per (creator, date, model version); returns rows written.

        A score is a :class:`ScoreResult` or its JSON form (``model_dump(mode="json")``, as
        the batch engine's outcomes carry it): stored as it is, without validating it again.
        ``deadline``: see :meth:`write_deadline` (by default its own).
        """
        rows = self._score_rows(scored)
        self._upsert(
            scores_table,
            rows,
            ("verdict", "fraud_probability", "authenticity", "top_reasons", "recorded_at", "as_of"),
            deadline,
        )
        return len(rows)

    def _score_rows(
        self, scored: Iterable[tuple[CreatorRecord, ScoreLike]]
    ) -> list[dict[str, Any]]:
        """The score rows of ``scored``, one per (creator, date, model version): the most
        recent observation (``as_of``) wins, the last given of equally recent ones."""
        now = datetime.now(UTC)
        rows: dict[tuple[str, str, date, str], dict[str, Any]] = {}
        for record, result in scored:
            platform, creator_id = creator_key(record)
            day = _observed_on(record)
            values = _score_values(result)
            _keep_newest(
                rows,
                (platform, creator_id, day, values["model_version"]),
                {
                    "namespace": self.namespace,
                    "platform": platform,
                    "creator_id": creator_id,
                    "date": day,
                    **values,
                    "recorded_at": now,
                    "as_of": _known_at(record, now),
                },
            )
        return list(rows.values())

    def record(
        self,
        scored: Sequence[tuple[CreatorRecord, ScoreLike]],
        *,
        deadline: float | None = None,
    ) -> None:
        """Record the snapshots and scores of scored creators (``fraud score --store``).
        Its two or three writes wait for another process's lock until one ``deadline``
        (:meth:`write_deadline`; by default one for them all), not a ``lock_timeout`` each."""
        deadline = self.write_deadline() if deadline is None else deadline
        self.record_snapshots((record for record, _ in scored), deadline=deadline)
        self.record_scores(scored, deadline=deadline)

    def record_observed(
        self,
        scored: Sequence[tuple[CreatorRecord, ScoreLike]],
        *,
        dates: tuple[date, date] | None = None,
        deadline: float | None = None,
    ) -> int:
        """What an untrusted client's request may add (the HTTP service by default): each
        record's own profile counts (:func:`profile_observation`), only at a date the store
        has no snapshot of yet, and its score, only at a date (and model version) the store
        has no score of yet; never the record's ``follower_history``. A client can add a
        date, never change or erase one: neither a count nor a verdict stored before. ``dates``: the first and last date
        (inclusive) a row may be stored at (:func:`observed_dates` says a record's); a
        snapshot or score dated outside them is left out (the service keeps clients from
        planting counts on past dates that later histories would read as real). ``deadline``:
        see :meth:`write_deadline` (by default its own). Returns the snapshot rows added."""
        now = datetime.now(UTC)
        rows: dict[tuple[str, str, date], dict[str, Any]] = {}
        kept: list[tuple[CreatorRecord, ScoreLike]] = []
        for record, result in scored:
            key, row = _observation_row(record, now)
            if dates is None or dates[0] <= key[2] <= dates[1]:
                rows.setdefault(key, {"namespace": self.namespace, **row})
            if dates is None or dates[0] <= _observed_on(record) <= dates[1]:
                kept.append((record, result))
        scores = self._score_rows(kept)

        def insert(connection: Connection) -> int:
            self._insert_new(connection, scores_table, scores)
            return self._insert_new(connection, snapshots_table, list(rows.values()))

        return self._retry(insert, deadline)

    @staticmethod
    def _insert_new(connection: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> int:
        """Insert the rows whose key is not in ``table`` yet; the others are left as stored."""
        keys = [c.name for c in table.primary_key.columns]
        added = 0
        for row in rows:
            match = sa.and_(*(table.c[k] == row[k] for k in keys))
            if connection.execute(sa.select(sa.literal(1)).where(match)).first() is None:
                connection.execute(table.insert().values(**row))
                added += 1
        return added

    def _upsert(
        self,
        table: sa.Table,
        rows: list[dict[str, Any]],
        update: Sequence[str],
        deadline: float | None,
    ) -> None:
        if not rows:
            return
        dialect = self.engine.dialect.name
        if dialect != "sqlite":  # a server: rows locked in one order by every writer
            keys = [c.name for c in table.primary_key.columns]
            rows = sorted(rows, key=lambda row: tuple(row[k] for k in keys))
        if dialect in ("mysql", "mariadb"):
            statement = _mysql_upsert(table, update)

            def write_mysql(connection: Connection) -> None:
                for start in range(0, len(rows), 500):
                    connection.execute(statement, rows[start : start + 500])

            self._retry(write_mysql, deadline)
            return
        if dialect in ("sqlite", "postgresql"):
            if dialect == "sqlite":
                from sqlalchemy.dialects.sqlite import insert
            else:
                from sqlalchemy.dialects.postgresql import insert  # type: ignore[assignment]
            statement = insert(table)
            keys = [c.name for c in table.primary_key.columns]
            # A missing value (None) never erases a known one.
            values = {
                name: sa.func.coalesce(statement.excluded[name], table.c[name]) for name in update
            }
            # A row is replaced only by an observation at least as recent (its as_of): a
            # morning's file re-run after the evening's keeps the evening's count.
            recent = sa.or_(table.c.as_of.is_(None), statement.excluded.as_of >= table.c.as_of)
            statement = statement.on_conflict_do_update(
                index_elements=keys, set_=values, where=recent
            )

            def write(connection: Connection) -> None:
                for start in range(0, len(rows), 500):
                    connection.execute(statement, rows[start : start + 500])

            self._retry(write, deadline)
            return
        self._retry(
            lambda connection: self._upsert_generic(connection, table, rows, update), deadline
        )

    @staticmethod
    def _upsert_generic(
        connection: Connection, table: sa.Table, rows: list[dict[str, Any]], update: Sequence[str]
    ) -> None:
        keys = [c.name for c in table.primary_key.columns]
        for row in rows:
            match = sa.and_(*(table.c[k] == row[k] for k in keys))
            found = connection.execute(sa.select(table.c.as_of).where(match)).first()
            if found is None:
                connection.execute(table.insert().values(**row))
            elif found[0] is None or (
                row["as_of"] is not None and _utc(row["as_of"]) >= _utc(found[0])
            ):
                changes = {k: row[k] for k in update if row[k] is not None}
                if changes:
                    connection.execute(table.update().where(match).values(**changes))

    def _retry(self, work: Callable[[Connection], T], deadline: float | None = None) -> T:
        """``work`` in a write transaction, tried again while another writer holds the lock
        (until ``deadline``: :meth:`write_deadline`, by default its own) or inserted the
        same key first."""
        deadline = self.write_deadline() if deadline is None else deadline
        for attempt in range(_RETRIES):
            try:
                with self._writing(deadline) as connection, connection.begin():
                    return work(connection)
            except (OperationalError, IntegrityError) as error:
                # Another writer held the database past the busy timeout, or inserted the
                # same key first: the transaction rolled back whole, so trying again is safe.
                # Anything else (a read-only file, a full disk) would only fail again.
                locked = is_locked(error)
                if not (locked or isinstance(error, IntegrityError)):
                    raise
                pause = 0.2 * (attempt + 1)
                if deadline is not None and locked:
                    pause = min(pause, deadline - time.monotonic())
                if attempt == _RETRIES - 1 or pause <= 0:  # its tries or its deadline spent
                    if locked:
                        self._lock_seen.gave_up_at = time.monotonic()
                    raise
                time.sleep(pause)
        raise AssertionError("unreachable")

    def _writing(self, deadline: float | None) -> Connection:
        """A connection for a write's try, which waits for the lock until ``deadline``
        (``time.monotonic()``; ``None``: the engine's busy timeout)."""
        connection = self.engine.connect()
        if deadline is None:
            return connection
        wait = max(deadline - time.monotonic(), 0.0)
        return connection.execution_options(**{_WAIT_OPTION: wait})
