"""Request dependencies: the scorer loaded at startup (``ScorerDep``) and the scoring gate.

Every dependency of the request path is ``async def``: FastAPI runs a plain ``def``
dependency in a worker thread, and for a few attribute reads the thread hand-offs (several
per request) cost more CPU than the route's own work (about 2 ms per scoring request here).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, Protocol

from fastapi import Depends, HTTPException, Request, status

from fraud.schema import CreatorRecord, ScoreResult

from .offload import ScoringGate

__all__ = ["CreatorScorer", "GateDep", "ScorerDep", "get_gate", "get_scorer"]

MODEL_UNAVAILABLE = "the model is unavailable"


class CreatorScorer(Protocol):
    """What the service needs from ``fraud.scoring.Scorer``."""

    @property
    def manifest(self) -> dict[str, Any]:
        """The creator model's manifest."""
        ...

    def score(self, record: CreatorRecord) -> ScoreResult: ...

    def score_many(self, records: Sequence[CreatorRecord]) -> list[ScoreResult]: ...


async def get_scorer(request: Request) -> CreatorScorer:
    """The scorer on ``app.state``; 503 while it is loading (with Retry-After) or if it failed."""
    state = request.app.state
    scorer: CreatorScorer | None = getattr(state, "scorer", None)
    if scorer is not None:
        return scorer
    if getattr(state, "scorer_failed", False):
        # Retrying will not help: the operator must fix the models (the log says what).
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, detail=MODEL_UNAVAILABLE)
    raise HTTPException(
        status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
        detail="the model is still loading; see GET /readyz",
        headers={"Retry-After": "5"},
    )


async def get_gate(request: Request) -> ScoringGate:
    """The scoring gate of this process (created in the lifespan hook)."""
    gate: ScoringGate | None = getattr(request.app.state, "gate", None)
    if gate is None:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, detail="the service is starting")
    return gate


ScorerDep = Annotated[CreatorScorer, Depends(get_scorer)]
GateDep = Annotated[ScoringGate, Depends(get_gate)]
