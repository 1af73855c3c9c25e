"""A creator's stored history, and the store the scoring routes record into.

The service has a store when ``create_app(store=...)`` is given one or ``FRAUD_STORE`` names
one (a SQLite path or SQLAlchemy URL). ``FRAUD_STORE`` is opened at startup, in a background
thread (the lifespan hook calls :func:`start_opening_store`; never at import):

- a store that can never be opened by this release (:class:`~fraud.store.StoreOpenError`: a
  schema from a newer release, no database driver; or an invalid URL) is logged with its
  error, turns ``/healthz`` and ``/readyz`` 503 and every route that needs it answers 503:
  a process that looks healthy and fails each request helps nobody;
- any other failure (a SQLite file another process holds locked, a database server not
  reachable yet) may pass: it is logged and retried with backoff (:data:`RETRY_DELAYS`, the
  last delay repeated while the process lives). Meanwhile ``/healthz`` stays 200 (the
  process is alive and may recover, a restart would not help), ``/readyz`` answers 503 and
  the routes that need the store answer 503 "not open yet" with ``Retry-After``.

Each attempt waits at most :data:`OPEN_TIMEOUT` seconds for a SQLite lock, and the thread
is a daemon that shutdown never waits for. Once open, a request waits at most
:data:`LOCK_TIMEOUT` seconds in all for a store another process holds locked, then is
answered 503 with ``Retry-After`` (:func:`store_busy`); the command line waits longer
(:data:`fraud.store.BUSY_TIMEOUT` on each try).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from datetime import date as Day
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, status
from pydantic import BaseModel, Field
from pydantic.json_schema import SkipJsonSchema
from sqlalchemy.exc import ArgumentError, OperationalError

from fraud.platforms import Platform
from fraud.schema import Severity, Verdict
from fraud.store import STORE_ENV, CreatorStore, StoreOpenError, is_locked, store_url

from ..errors import ErrorMessage, retry_after
from ..security import _matches

__all__ = [
    "CREATOR_HISTORY_EXAMPLE",
    "LOCK_TIMEOUT",
    "STORE_BUSY",
    "STORE_NOT_OPEN",
    "STORE_UNAVAILABLE",
    "CreatorHistory",
    "StoreDep",
    "StoreOpener",
    "StoredProfileSnapshot",
    "StoredReason",
    "StoredVerdict",
    "get_client_store",
    "get_store",
    "router",
    "start_opening_store",
    "store_busy",
    "store_namespace",
]

STORE_UNAVAILABLE = "the creator store is unavailable"
STORE_NOT_OPEN = "the creator store is not open yet; retry later"
STORE_BUSY = "the creator store is locked by another writer; retry later"
#: Seconds an opening attempt waits for a SQLite database another process has locked.
OPEN_TIMEOUT = 2.0
#: Seconds a request's write (its tries and parts together) waits for a SQLite database another
#: process has locked before the request is answered 503 with Retry-After: a client retries
#: sooner than a held request would be answered (the command line waits a minute on each
#: try). A request queued behind one that found the store locked counts them from its arrival
#: (:meth:`fraud.store.CreatorStore.write_deadline`).
LOCK_TIMEOUT = 2.0
#: Seconds between opening attempts after a failure that may pass; the last one repeats.
RETRY_DELAYS = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0)
# Failures no retry can fix: the operator must change the store or the release.
_LASTING = (StoreOpenError, ArgumentError)
router = APIRouter(prefix="/v1", tags=["creators"])
logger = logging.getLogger("uvicorn.error.fraud")


async def get_store(request: Request) -> CreatorStore | None:
    """The app's creator store, or ``None`` when the service runs without one; 503 when the
    configured store cannot be opened, or is not open yet.

    ``async`` and never blocking: the store is opened by :func:`start_opening_store`'s
    thread (an app run without its lifespan starts one on its first request).
    """
    state = request.app.state
    store: CreatorStore | None = getattr(state, "store", None)
    if store is not None or not os.environ.get(STORE_ENV):
        return store
    if getattr(state, "store_failed", False):
        # Retrying will not help: the operator must fix the store (the log says what).
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, detail=STORE_UNAVAILABLE)
    if getattr(state, "store_opener", None) is None:  # no lifespan ran
        start_opening_store(state)
    raise HTTPException(
        status.HTTP_503_SERVICE_UNAVAILABLE,
        detail=STORE_NOT_OPEN,
        headers={"Retry-After": "1"},
    )


class StoreOpener:
    """Opens ``FRAUD_STORE`` into ``state.store`` in a daemon thread, retrying failures that
    may pass (see the module docstring). ``state.store_opening`` is true until it is open
    or has failed for good (``state.store_failed``)."""

    def __init__(self, state: Any, location: str):
        self.state = state
        self.location = location
        self._stop = threading.Event()
        self._lock = threading.Lock()  # the store handed over, or closed at stop(): not both
        self.thread = threading.Thread(target=self._run, name="fraud-store-open", daemon=True)

    def start(self) -> StoreOpener:
        self.state.store_opening = True
        self.state.store_opener = self
        self.thread.start()
        return self

    def stop(self) -> None:
        """Give up (at shutdown) without waiting: an attempt in progress ends on its own,
        and the store it may still open is closed, not handed over."""
        with self._lock:
            self._stop.set()

    def _run(self) -> None:
        attempt = 0
        try:
            while not self._stop.is_set():
                try:
                    store = CreatorStore.open(
                        self.location, open_timeout=OPEN_TIMEOUT, lock_timeout=LOCK_TIMEOUT
                    )
                except _LASTING as error:
                    self.state.store_failed = True
                    _log_failure(self.location, error)
                    return
                except Exception as error:
                    delay = RETRY_DELAYS[min(attempt, len(RETRY_DELAYS) - 1)]
                    attempt += 1
                    _log_failure(self.location, error, retry=(attempt, delay))
                    self._stop.wait(delay)
                    continue
                with self._lock:
                    if not self._stop.is_set():
                        self.state.store = store
                        if attempt:
                            logger.info(
                                "opened the store %s after %d failed attempt(s)",
                                _shown(self.location),
                                attempt,
                            )
                        return
                store.close()
        finally:
            self.state.store_opening = False


def start_opening_store(state: Any) -> StoreOpener | None:
    """At startup: start opening ``FRAUD_STORE`` (when set and no store was given) in the
    background; the :class:`StoreOpener` (``stop()`` it at shutdown), or ``None`` when there
    is nothing to open."""
    if getattr(state, "store", None) is not None or not os.environ.get(STORE_ENV):
        return None
    return StoreOpener(state, os.environ[STORE_ENV]).start()


def _log_failure(
    location: str,
    error: Exception,
    *,
    retry: tuple[int, float] | None = None,
) -> None:
    """One line for the operator's log, naming the store (without a password) and the error."""
    if isinstance(error, StoreOpenError):  # already says which store and why
        message = str(error)
    else:
        reason = (str(error).splitlines() or [""])[0]
        message = f"could not open the store {_shown(location)}: {type(error).__name__}: {reason}"
    if retry is not None:
        attempt, delay = retry
        logger.warning("%s (attempt %d; retrying in %g s)", message, attempt, delay)
    else:
        logger.error("%s", message)


def _shown(location: str) -> str:
    """A store location for the log, a URL's password hidden."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(store_url(location)).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL: the error says what is wrong with it
        return "(" + STORE_ENV + ")"


def store_namespace(api_key: str) -> str:
    """The store namespace of an API key's requests (``FRAUD_STORE_PARTITION=key``): a hash,
    so that the database never holds a key."""
    return "key:" + hashlib.sha256(api_key.encode()).hexdigest()[:32]


async def get_client_store(
    request: Request, store: Annotated[CreatorStore | None, Depends(get_store)]
) -> CreatorStore | None:
    """The part of the store this request reads and writes: the whole store, or with
    ``FRAUD_STORE_PARTITION=key`` its API key's own namespace (one object per key and
    store, so that requests waiting together are still scored together)."""
    settings = request.app.state.settings
    if store is None:
        return None
    if settings.store_partition != "key":
        return store
    key = request.headers.get("x-api-key", "")
    if not _matches(key, tuple(settings.api_keys)):  # (require_api_key has said 401 already)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a valid API key is required")
    state = request.app.state
    parts: dict[str, CreatorStore] | None = getattr(state, "store_partitions", None)
    partitioned: object = getattr(state, "store_partitioned", None)
    if parts is None or partitioned is not store:
        parts = state.store_partitions = {}
        state.store_partitioned = store
    namespace = store_namespace(key)
    if namespace not in parts:
        parts[namespace] = store.partition(namespace)
    return parts[namespace]


StoreDep = Annotated[CreatorStore | None, Depends(get_client_store)]


def store_busy() -> HTTPException:
    """503 with ``Retry-After`` for a store another process held locked past the lock
    timeout (:data:`LOCK_TIMEOUT` for the store the service opens; a failure that passes:
    :func:`fraud.store.is_locked`)."""
    logger.warning("the creator store was locked by another process; answered 503")
    return HTTPException(
        status.HTTP_503_SERVICE_UNAVAILABLE, detail=STORE_BUSY, headers={"Retry-After": "1"}
    )


# ------------------------------------------------------------------ the answer's models
# The JSON of CreatorStore.history, typed: the same keys in the same order, a count the store
# does not hold left out (never null), so the answer is byte for byte what the store gives.


def _absent(value: object) -> bool:
    return value is None


class StoredProfileSnapshot(BaseModel):
    """A creator's profile counts on one date, as the store holds them."""

    date: Day = Field(description="The day the counts were observed (UTC).")
    followers: int = Field(description="Follower count.")
    following: int | SkipJsonSchema[None] = Field(
        default=None,
        exclude_if=_absent,
        description="Accounts the creator follows; absent when not observed on this date.",
    )
    posts: int | SkipJsonSchema[None] = Field(
        default=None,
        exclude_if=_absent,
        description="Post count; absent when it was not observed on this date.",
    )


class StoredReason(BaseModel):
    """One of a past verdict's reasons, without its evidence."""

    code: str = Field(
        description="Reason code (the README explains each); a code of an older release may "
        "no longer be listed there."
    )
    # the release's enum first, so that a known value reads as one; a value another release
    # stored passes through as the string it is (answered, never a 500)
    severity: Severity | str = Field(
        union_mode="left_to_right",
        description="A Severity; a reason stored by another release may hold a severity this"
        " release does not name, given as stored.",
    )
    message: str = Field(description="The reason in words, as it was worded then.")


class StoredVerdict(BaseModel):
    """A past score of the creator: one per date and model version."""

    date: Day = Field(description="The day scored: the record's as_of date, else that day (UTC).")
    model_version: str = Field(description="The creator model's version that scored it.")
    verdict: Verdict | str = Field(
        union_mode="left_to_right",
        description="A Verdict; a score stored by another release may hold a verdict this"
        " release does not name, given as stored.",
    )
    fraud_probability: float = Field(description="Calibrated probability of fraud, 0 to 1.")
    authenticity: float = Field(description="0 = certainly fraudulent, 100 = certainly authentic.")
    top_reasons: list[StoredReason] = Field(
        description="The answer's first reasons (at most 3), in its order; those that could"
        " be read when top_reasons_error is given."
    )
    top_reasons_error: str | SkipJsonSchema[None] = Field(
        default=None,
        exclude_if=_absent,
        description="Present only when the stored reasons could not all be read (not JSON, or"
        " not reasons: a row edited by hand or written by a faulty release): why. The score's"
        " other fields are as stored.",
    )


class CreatorHistory(BaseModel):
    """What the store holds of one creator: profile snapshots and past verdicts (one of the
    two lists may be empty; the route answers 404 when both are)."""

    platform: Platform = Field(description="The contract's platform (an alias is mapped).")
    creator_id: str = Field(
        description="The id the store keys the creator by: without a platform prefix, "
        "handles lower-cased where the platform ignores their case."
    )
    snapshots: list[StoredProfileSnapshot] = Field(description="Oldest first; may be empty.")
    scores: list[StoredVerdict] = Field(
        description="Oldest first (by date, then model version); may be empty."
    )
    also_stored_as: list[str] | SkipJsonSchema[None] = Field(
        default=None,
        exclude_if=_absent,
        description="Present only when rows stored under another key are answered as this"
        " creator's: a TikTok sec_uid's (MS4wLjAB...) rows that an older release stored"
        " lower-cased (it lower-cased one sent as @MS4wLjAB...), joined when no other stored"
        " sec_uid is the same up to case. Rows of one date (and model version) under both"
        " keys are answered once, from the sec_uid's own.",
    )
    unreadable_rows: list[str] | SkipJsonSchema[None] = Field(
        default=None,
        exclude_if=_absent,
        description="Present only when some of the creator's stored rows could not be read (a"
        " date or a number edited into something else): one line each, saying which row and"
        " why; those rows are left out of snapshots and scores, the others are answered.",
    )


#: The 200's OpenAPI example: a sample creator's history (data/samples/creators.jsonl scored
#: with ``fraud score --store``), snapshots trimmed to three and reasons to two.
CREATOR_HISTORY_EXAMPLE: dict[str, Any] = {
    "platform": "rednote",
    "creator_id": "genuine_koc",
    "snapshots": [
        {"date": "2025-08-04", "followers": 2682},
        {"date": "2025-08-05", "followers": 2689},
        {"date": "2026-01-30", "followers": 3249, "posts": 343},
    ],
    "scores": [
        {
            "date": "2026-01-30",
            "model_version": "20261206-37b1a028.cal202612062131",
            "verdict": "authentic",
            "fraud_probability": 0.1368,
            "authenticity": 86.3,
            "top_reasons": [
                {
                    "code": "COMMENTS_DUPLICATED",
                    "severity": "low",
                    "message": "58 of 86 comments repeat the same text, or nearly "
                    "(4 reworded), from different accounts",
                },
                {
                    "code": "NO_RED_FLAGS",
                    "severity": "info",
                    "message": "No strong sign of bought followers, likes or comments in the "
                    "checks that ran",
                },
            ],
        }
    ],
}


@router.get(
    # ``:path``: an id may hold "/" (a YouTube "UCx/videos" key), as the store keeps it
    "/creators/{platform}/{creator_id:path}",
    response_model=CreatorHistory,
    responses={
        200: {"content": {"application/json": {"example": CREATOR_HISTORY_EXAMPLE}}},
        404: {
            "model": ErrorMessage,
            "description": "No store, unknown platform, or nothing stored.",
        },
        503: {
            "model": ErrorMessage,
            "description": "The store is not open, unavailable, or locked; see Retry-After.",
            "headers": retry_after("sent while the store opens or is locked by another process"),
        },
    },
)
def creator_history(platform: str, creator_id: str, store: StoreDep) -> CreatorHistory:
    """Stored profile snapshots and past verdicts of one creator."""
    if store is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, f"the service runs without a store; set {STORE_ENV}"
        )
    try:
        history = store.history(platform, creator_id)
    except ValueError as error:  # unknown platform
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(error)) from None
    except OperationalError as error:
        if not is_locked(error):
            raise
        raise store_busy() from None
    # (a row not read whole is in the answer, and the store logged it for the operator)
    if not history["snapshots"] and not history["scores"] and "unreadable_rows" not in history:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "nothing stored for this creator")
    return CreatorHistory.model_validate(history)
