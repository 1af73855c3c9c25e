"""Scoring creators: one at a time or in batches.

No ``from __future__ import annotations`` here: the route signatures refer to the examples
local to :func:`build_score_router`, so they must be evaluated where they are defined.
"""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Response
from fastapi.openapi.models import Example

from fraud.schema import BatchRequest, BatchResponse, CreatorRecord, ScoreResult
from service.dependencies import ScorerDep
from service.json_route import OrjsonRoute
from service.routes.creators import StoreDep

__all__ = ["build_score_router"]

_ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"description": "The body is over the size limit."},
    422: {"description": "The body is not valid JSON or not a valid record; see detail[].loc."},
    503: {"description": "The model is not loaded yet."},
}


def build_score_router(
    *,
    examples: dict[str, Example],
    max_body_bytes: int,
    max_batch_body_bytes: int,
) -> APIRouter:
    """The scoring routes, with OpenAPI request ``examples`` and per-route body limits."""
    router = APIRouter(prefix="/v1", tags=["score"], route_class=OrjsonRoute)
    batch_examples: dict[str, Example] = {}
    if examples:
        batch_examples["all_examples"] = Example(
            summary="All example creators",
            value={"creators": [example.get("value") for example in examples.values()]},
        )

    @router.post(
        "/score",
        response_model=ScoreResult,
        responses=_ERRORS,
        max_body_size=max_body_bytes,
    )
    async def score_creator(
        record: Annotated[CreatorRecord, Body(openapi_examples=examples or None)],
        scorer: ScorerDep,
        store: StoreDep,
    ) -> Response:
        """Score one creator."""
        # Scoring one creator takes a few milliseconds of CPU: run it on the event loop, in
        # arrival order, rather than in a thread pool where concurrent requests fight over the
        # GIL and all finish late. The result is serialised once, here (FastAPI would
        # otherwise validate the response model a second time).
        if store is not None:  # started with a store: complete the history, record the answer
            record = store.complete_history(record)
        result = scorer.score(record)
        if store is not None:
            store.record([(record, result)])
        return Response(result.model_dump_json(), media_type="application/json")

    @router.post(
        "/score/batch",
        response_model=BatchResponse,
        responses=_ERRORS,
        max_body_size=max_batch_body_bytes,
    )
    def score_batch(
        batch: Annotated[BatchRequest, Body(openapi_examples=batch_examples or None)],
        scorer: ScorerDep,
        store: StoreDep,
    ) -> BatchResponse:
        """Score up to 1,000 creators in one request, answers in request order."""
        if not batch.creators:
            return BatchResponse(results=[])
        records = batch.creators
        if store is not None:
            records = [store.complete_history(record) for record in records]
        results = scorer.score_many(records)
        if store is not None:
            store.record(list(zip(records, results, strict=True)))
        return BatchResponse(results=results)

    return router
