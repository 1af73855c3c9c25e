"""Request dependencies: the scorer loaded at startup (``ScorerDep``) and the scoring gate.

Every dependency of the request path is ``async def``: FastAPI runs a plain ``def``
dependency in a worker thread, and for a few attribute reads the thread hand-offs (several
per request) cost more CPU than the route's own work (about 2 ms per scoring request here).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, Protocol

from fastapi import Depends, HTTPException, Request, status
from fastapi.exceptions import RequestValidationError

from fraud.schema import CreatorRecord, ScoreResult

from .offload import ScoringGate

__all__ = [
    "CreatorScorer",
    "GateDep",
    "ScorerDep",
    "get_gate",
    "get_scorer",
    "known_query_only",
]

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


def _declared_query_names(dependant: Any) -> set[str]:
    """The query parameters a route (and its dependencies) declares, by their names in the URL."""
    names = {field.alias for field in dependant.query_params}
    for child in dependant.dependencies:
        names |= _declared_query_names(child)
    return names


async def known_query_only(request: Request) -> None:
    """Refuse query parameters the route does not declare: 422 naming each. Unknown body
    fields are ignored (callers may add to records), but a misspelt ``?lnag=zh`` ignored
    would silently answer something else than what was asked."""
    if not request.query_params:
        return
    dependant = getattr(request.scope.get("route"), "dependant", None)
    known = _declared_query_names(dependant) if dependant is not None else set()
    unknown = [name for name in dict.fromkeys(request.query_params) if name not in known]
    if unknown:
        takes = ", ".join(sorted(known)) or "none"
        raise RequestValidationError(
            [
                {
                    "type": "extra_forbidden",
                    "loc": ("query", name),
                    "msg": f"unknown query parameter (this route takes: {takes})",
                    "input": request.query_params[name],
                }
                for name in unknown
            ]
        )
