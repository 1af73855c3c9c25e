"""A creator's stored history, and the store the scoring routes record into.

The service has a store when ``create_app(store=...)`` is given one or ``FRAUD_STORE`` names
one (a SQLite path or SQLAlchemy URL); it is opened on first use, not at import.
"""

from __future__ import annotations

import asyncio
import os
import threading
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, status

from fraud.store import STORE_ENV, CreatorStore

__all__ = ["StoreDep", "get_store", "router"]

router = APIRouter(prefix="/v1", tags=["creators"])
_OPEN_LOCK = threading.Lock()


async def get_store(request: Request) -> CreatorStore | None:
    """The app's creator store, or ``None`` when the service runs without one.

    ``async``, so that the usual case (a few attribute reads) stays on the event loop; the
    first use of ``FRAUD_STORE`` opens the store in a thread.
    """
    state = request.app.state
    store: CreatorStore | None = getattr(state, "store", None)
    if store is None and os.environ.get(STORE_ENV):
        store = await asyncio.to_thread(_open_store, state)
    return store


def _open_store(state: Any) -> CreatorStore:
    with _OPEN_LOCK:
        store: CreatorStore | None = getattr(state, "store", None)
        if store is None:
            store = CreatorStore.open(os.environ[STORE_ENV])
            state.store = store
        return store


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
