"""Scoring creators: one at a time or in batches.

No ``from __future__ import annotations`` here: the route signatures refer to the examples
local to :func:`build_score_router`, so they must be evaluated where they are defined.
"""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Request, Response
from fastapi.openapi.models import Example

from fraud.schema import BatchRequest, BatchResponse, CreatorRecord, ScoreResult

from ..dependencies import GateDep, ScorerDep
from ..json_route import OrjsonRoute

__all__ = ["build_score_router"]

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "An API key is required (when FRAUD_API_KEYS is set)."},
    413: {"description": "The body is over the size limit."},
    422: {"description": "The body is not valid JSON or not a valid record; see detail[].loc."},
    429: {"description": "Rate limit exceeded (when FRAUD_RATE_LIMIT is set); see Retry-After."},
    503: {"description": "The model is loading or unavailable, or the service is busy."},
}


def _body_bytes(request: Request) -> int | None:
    raw = request.headers.get("content-length")
    return int(raw) if raw and raw.isdigit() else None


def build_score_router(
    *,
    examples: dict[str, Example],
    batch_examples: dict[str, Example],
    response_example: dict[str, Any] | None,
    max_body_bytes: int,
    max_batch_body_bytes: int,
    inline_bytes: int,
) -> APIRouter:
    """The scoring routes, with OpenAPI examples, body limits and the inline-size threshold."""
    router = APIRouter(prefix="/v1", tags=["score"], route_class=OrjsonRoute)
    ok: dict[int | str, dict[str, Any]] = {}
    batch_ok: dict[int | str, dict[str, Any]] = {}
    if response_example is not None:
        ok[200] = {"content": {"application/json": {"example": response_example}}}
        batch_example = {"results": [response_example]}
        batch_ok[200] = {"content": {"application/json": {"example": batch_example}}}

    @router.post(
        "/score",
        response_model=ScoreResult,
        responses={**ok, **ERRORS},
        max_body_size=max_body_bytes,
    )
    async def score_creator(
        request: Request,
        record: Annotated[CreatorRecord, Body(openapi_examples=examples or None)],
        scorer: ScorerDep,
        gate: GateDep,
    ) -> Response:
        """Score one creator."""
        size = _body_bytes(request)
        if size is not None and size <= inline_bytes:
            # A typical creator costs a few milliseconds: scoring it right here, in arrival
            # order, is quicker than a hop to a thread where requests fight over the GIL.
            result = scorer.score(record)
        else:
            # A large one (or a chunked body of unknown size) would stall the event loop,
            # /healthz included: it goes to the scoring gate, bounded in time and threads.
            result = await gate.run(scorer.score, record)
        # Serialised once, here (FastAPI would otherwise validate the response model again).
        return Response(result.model_dump_json(), media_type="application/json")

    @router.post(
        "/score/batch",
        response_model=BatchResponse,
        responses={**batch_ok, **ERRORS},
        max_body_size=max_batch_body_bytes,
    )
    async def score_batch(
        batch: Annotated[BatchRequest, Body(openapi_examples=batch_examples or None)],
        scorer: ScorerDep,
        gate: GateDep,
    ) -> Response:
        """Score up to 1,000 creators in one request, answers in request order."""
        if not batch.creators:
            return Response(b'{"results":[]}', media_type="application/json")
        results = await gate.run(scorer.score_many, batch.creators)
        return Response(
            BatchResponse(results=results).model_dump_json(), media_type="application/json"
        )

    return router
