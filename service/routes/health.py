"""Liveness and readiness."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request, Response, status
from pydantic import BaseModel

__all__ = ["HealthStatus", "router"]

router = APIRouter(tags=["health"])


class HealthStatus(BaseModel):
    """Whether the process is up, or whether the model is loaded."""

    status: Literal["ok", "ready", "loading", "failed"]
    detail: str | None = None


@router.get("/healthz", response_model=HealthStatus)
def healthz() -> HealthStatus:
    """200 while the process is up."""
    return HealthStatus(status="ok")


@router.get(
    "/readyz",
    response_model=HealthStatus,
    responses={503: {"model": HealthStatus, "description": "The model is not loaded."}},
)
def readyz(request: Request, response: Response) -> HealthStatus:
    """200 once the model is loaded, 503 before (or if loading failed)."""
    state = request.app.state
    if getattr(state, "scorer", None) is not None:
        return HealthStatus(status="ready")
    response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    error = getattr(state, "scorer_error", None)
    if error is not None:
        return HealthStatus(status="failed", detail=error)
    return HealthStatus(status="loading")
