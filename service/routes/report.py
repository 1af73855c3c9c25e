"""The HTML vetting report of one creator: the same page as ``fraud report``."""

from __future__ import annotations

from typing import Annotated, Any, Literal, cast

from fastapi import APIRouter, HTTPException, Query, status
from fastapi.responses import HTMLResponse

from fraud.report.page import ReportScorer, render_report
from fraud.schema import CreatorRecord

from ..dependencies import ScorerDep
from ..json_route import OrjsonRoute

__all__ = ["build_report_router"]

_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/html": {}}, "description": "A self-contained HTML page."},
    413: {"description": "The body is over the size limit."},
    422: {"description": "The body is not valid JSON or not a valid record; see detail[].loc."},
    503: {"description": "The model is not loaded yet."},
}


def build_report_router(*, max_body_bytes: int) -> APIRouter:
    """The report route, with the same body limit as ``POST /v1/score``."""
    router = APIRouter(prefix="/v1", tags=["report"], route_class=OrjsonRoute)

    @router.post(
        "/report",
        response_class=HTMLResponse,
        responses=_RESPONSES,
        max_body_size=max_body_bytes,
    )
    def report_creator(
        record: CreatorRecord,
        scorer: ScorerDep,
        lang: Annotated[Literal["en", "zh"], Query(description="page language")] = "en",
    ) -> HTMLResponse:
        """Score one creator and answer its vetting report as one offline HTML page."""
        if not callable(getattr(scorer, "features", None)):
            raise HTTPException(
                status_code=status.HTTP_501_NOT_IMPLEMENTED,
                detail="the loaded scorer cannot explain its features, so no report can be drawn",
            )
        html = render_report(cast(ReportScorer, scorer), [(1, record)], lang=lang)
        return HTMLResponse(html)

    return router
