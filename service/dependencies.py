"""Request dependencies: the scorer loaded at startup, reached through ``ScorerDep``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, Protocol

from fastapi import Depends, HTTPException, Request, status

from fraud.schema import CreatorRecord, ScoreResult

__all__ = ["CreatorScorer", "ScorerDep", "get_scorer"]


class CreatorScorer(Protocol):
    """What the service needs from ``fraud.scoring.Scorer``."""

    @property
    def manifest(self) -> dict[str, Any]:
        """The creator model's manifest."""
        ...

    def score(self, record: CreatorRecord) -> ScoreResult: ...

    def score_many(self, records: Sequence[CreatorRecord]) -> list[ScoreResult]: ...


def get_scorer(request: Request) -> CreatorScorer:
    """The scorer on ``app.state``; 503 while it is still loading or failed to load."""
    scorer: CreatorScorer | None = getattr(request.app.state, "scorer", None)
    if scorer is None:
        raise HTTPException(
            status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
            detail="the model is not loaded yet; see GET /readyz",
            headers={"Retry-After": "5"},
        )
    return scorer


ScorerDep = Annotated[CreatorScorer, Depends(get_scorer)]
