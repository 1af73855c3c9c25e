"""Liveness and readiness.

``/healthz`` answers 200 while the process can serve, and 503 once the model has failed to
load or the configured creator store (``FRAUD_STORE``) can never be opened by this release (a
newer schema, no driver): a process that can never score should be looked at, not kept in
rotation looking healthy. A store that is locked or unreachable for now keeps ``/healthz`` 200
(the service retries it; a restart would not help). ``/readyz`` answers 200 once the model is
loaded and the store (if any) is open. Neither names a path or an error: the log does (see
``create_app`` and ``routes.creators``).
"""

from __future__ import annotations

import functools
from typing import Any, Literal

from fastapi import APIRouter, Request, Response, status
from pydantic import BaseModel

from ..dependencies import MODEL_UNAVAILABLE
from .creators import STORE_NOT_OPEN, STORE_UNAVAILABLE

__all__ = ["HealthStatus", "router"]

router = APIRouter(tags=["health"])


class HealthStatus(BaseModel):
    """Whether the process is up, or whether the model is loaded."""

    status: Literal["ok", "ready", "loading", "failed"]
    detail: str | None = None


_FAILED: dict[int | str, dict[str, Any]] = {
    503: {"model": HealthStatus, "description": "The model failed to load or the store to open."}
}


@functools.cache
def _body(state: str, detail: str | None = None) -> bytes:
    """A probe's answer, serialised once (probes are polled all day long)."""
    return (
        HealthStatus.model_validate({"status": state, "detail": detail}).model_dump_json().encode()
    )


def _answer(state: str, status_code: int, detail: str | None = None) -> Response:
    # A new Response each time: middleware may add headers to the one it is given.
    return Response(_body(state, detail), status_code=status_code, media_type="application/json")


def _failure(state: Any) -> str | None:
    """What can never work in this process (the model, the store), if anything."""
    if getattr(state, "scorer_failed", False):
        return MODEL_UNAVAILABLE
    if getattr(state, "store_failed", False):
        return STORE_UNAVAILABLE
    return None


_OK = status.HTTP_200_OK
_UNAVAILABLE = status.HTTP_503_SERVICE_UNAVAILABLE


@router.get("/healthz", response_model=HealthStatus, responses=_FAILED)
async def healthz(request: Request) -> Response:
    """200 while the process is up; 503 if the model failed to load or the store to open."""
    if failure := _failure(request.app.state):
        return _answer("failed", _UNAVAILABLE, failure)
    return _answer("ok", _OK)


@router.get(
    "/readyz",
    response_model=HealthStatus,
    responses={503: {"model": HealthStatus, "description": "The model or the store is not ready."}},
)
async def readyz(request: Request) -> Response:
    """200 once the model is loaded and the store (if any) open; 503 before, or if either failed."""
    state = request.app.state
    if failure := _failure(state):
        return _answer("failed", _UNAVAILABLE, failure)
    if getattr(state, "store_opening", False):
        return _answer("loading", _UNAVAILABLE, STORE_NOT_OPEN)
    if getattr(state, "scorer", None) is not None:
        return _answer("ready", _OK)
    return _answer("loading", _UNAVAILABLE)


# Load balancers often probe with HEAD: the same status, no body (review s47: 405).
router.add_api_route("/healthz", healthz, methods=["HEAD"], include_in_schema=False)
router.add_api_route("/readyz", readyz, methods=["HEAD"], include_in_schema=False)
