"""Liveness and readiness.

``/healthz`` answers 200 while the process can serve, and 503 once the model has failed to
load: a process that can never score should be restarted or looked at, not kept in rotation
looking healthy. ``/readyz`` answers 200 once the model is loaded. Neither names a path or an
error: the log does (see ``create_app``).
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request, Response, status
from pydantic import BaseModel

from ..dependencies import MODEL_UNAVAILABLE

__all__ = ["HealthStatus", "router"]

router = APIRouter(tags=["health"])


class HealthStatus(BaseModel):
    """Whether the process is up, or whether the model is loaded."""

    status: Literal["ok", "ready", "loading", "failed"]
    detail: str | None = None


_FAILED: dict[int | str, dict[str, Any]] = {
    503: {"model": HealthStatus, "description": "The model failed to load."}
}


@router.get("/healthz", response_model=HealthStatus, responses=_FAILED)
async def healthz(request: Request, response: Response) -> HealthStatus:
    """200 while the process is up; 503 if the model failed to load."""
    if getattr(request.app.state, "scorer_failed", False):
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
        return HealthStatus(status="failed", detail=MODEL_UNAVAILABLE)
    return HealthStatus(status="ok")


@router.get(
    "/readyz",
    response_model=HealthStatus,
    responses={503: {"model": HealthStatus, "description": "The model is not loaded."}},
)
async def readyz(request: Request, response: Response) -> HealthStatus:
    """200 once the model is loaded, 503 before (or if loading failed)."""
    state = request.app.state
    if getattr(state, "scorer", None) is not None:
        return HealthStatus(status="ready")
    response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    if getattr(state, "scorer_failed", False):
        return HealthStatus(status="failed", detail=MODEL_UNAVAILABLE)
    return HealthStatus(status="loading")
