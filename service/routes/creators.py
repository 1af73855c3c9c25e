"""A creator's stored history, and the store the scoring routes record into.

The service has a store when ``create_app(store=...)`` is given one or ``FRAUD_STORE`` names
one (a SQLite path or SQLAlchemy URL). ``FRAUD_STORE`` is opened at startup (the lifespan hook
calls :func:`start_opening_store`; never at import): a store that cannot be opened (no
database driver, unreachable, a schema from a newer release) is logged with its error, turns
``/healthz`` and ``/readyz`` 503 and every route that needs it answers 503, instead of a
process that looks healthy and fails each request.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, status

from fraud.store import STORE_ENV, CreatorStore, StoreOpenError, store_url

__all__ = ["STORE_UNAVAILABLE", "StoreDep", "get_store", "router", "start_opening_store"]

STORE_UNAVAILABLE = "the creator store is unavailable"
router = APIRouter(prefix="/v1", tags=["creators"])
logger = logging.getLogger("uvicorn.error.fraud")
_OPEN_LOCK = threading.Lock()


async def get_store(request: Request) -> CreatorStore | None:
    """The app's creator store, or ``None`` when the service runs without one; 503 when the
    configured store cannot be opened.

    ``async``, so that the usual case (a few attribute reads) stays on the event loop; a store
    not opened yet (an app run without its lifespan) is opened in a thread.
    """
    state = request.app.state
    store: CreatorStore | None = getattr(state, "store", None)
    if store is None and (getattr(state, "store_failed", False) or os.environ.get(STORE_ENV)):
        store = await asyncio.to_thread(_open_store, state)
        if store is None:
            # Retrying will not help: the operator must fix the store (the log says what).
            raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, detail=STORE_UNAVAILABLE)
    return store


def start_opening_store(state: Any) -> asyncio.Task[None] | None:
    """At startup: open ``FRAUD_STORE`` (when set and no store was given) in a thread; the
    task, or ``None`` when there is nothing to open. ``state.store_opening`` is true until it
    is done (``/readyz`` waits); a failure is logged and sets ``state.store_failed``."""
    if getattr(state, "store", None) is not None or not os.environ.get(STORE_ENV):
        return None
    state.store_opening = True
    return asyncio.create_task(_open_in_thread(state))


async def _open_in_thread(state: Any) -> None:
    try:
        await asyncio.to_thread(_open_store, state)
    finally:
        state.store_opening = False


def _open_store(state: Any) -> CreatorStore | None:
    with _OPEN_LOCK:
        store: CreatorStore | None = getattr(state, "store", None)
        if store is None and not getattr(state, "store_failed", False):
            location = os.environ[STORE_ENV]
            try:
                store = CreatorStore.open(location)
            except Exception as error:
                state.store_failed = True
                # The operator's log names the store (without a password) and the error.
                if isinstance(error, StoreOpenError):  # already says which store and why
                    logger.error("%s", error)
                else:
                    reason = (str(error).splitlines() or [""])[0]
                    kind = type(error).__name__
                    logger.error(
                        "could not open the store %s: %s: %s", _shown(location), kind, reason
                    )
                return None
            state.store = store
        return store


def _shown(location: str) -> str:
    """A store location for the log, a URL's password hidden."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(store_url(location)).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL: the error says what is wrong with it
        return "(" + STORE_ENV + ")"


StoreDep = Annotated[CreatorStore | None, Depends(get_store)]


@router.get(
    "/creators/{platform}/{creator_id}",
    responses={404: {"description": "No store, unknown platform, or nothing stored."}},
)
def creator_history(platform: str, creator_id: str, store: StoreDep) -> dict[str, Any]:
    """Stored profile snapshots and past verdicts of one creator."""
    if store is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, f"the service runs without a store; set {STORE_ENV}"
        )
    try:
        history = store.history(platform, creator_id)
    except ValueError as error:  # unknown platform
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(error)) from None
    if not history["snapshots"] and not history["scores"]:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "nothing stored for this creator")
    return history
