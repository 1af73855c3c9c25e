"""The HTML vetting report of one creator: the same page as ``fraud report``.

Like the scoring routes, the whole job (parsing, validation, scoring, rendering) runs in the
scoring gate's thread within its time budget, never on the event loop. With a creator store,
the follower history is completed from it first (the part this request's API key reads), as
``POST /v1/score`` completes it, so that the page says what the score says; the report only
reads the store, it records nothing (a report is a view, not an observation).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal, cast

from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.responses import HTMLResponse

from fraud.schema import CreatorRecord

from ..dependencies import CreatorScorer, GateDep, ScorerDep
from ..errors import ERRORS, ErrorMessage, error_answer, json_only
from .creators import StoreDep
from .score import parse_body, read_admitted, request_body

__all__ = ["build_report_router"]

_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/html": {}}, "description": "A self-contained HTML page."},
    **json_only(
        {
            **ERRORS,
            501: error_answer(
                ErrorMessage, "The loaded scorer cannot explain its features: no report."
            ),
        }
    ),
}


def _render(
    scorer: CreatorScorer,
    store: Any,
    body: bytes,
    content_type: str,
    lang: str,
    models_root: Path | None,
) -> str:
    from fraud.report.page import ReportScorer, build_report

    record = parse_body(CreatorRecord, body, content_type)
    if store is not None:  # read only: the history /v1/score would read, nothing recorded
        record = store.complete_history(record)
    report = build_report(
        cast(ReportScorer, scorer), [(1, record)], lang=lang, models_root=models_root
    )
    if report.rejected:
        # The input was valid (parse_body answers 422 otherwise), so the scorer or the page
        # failed: the reason is for the log, and the client gets the generic logged 500, as
        # POST /v1/score answers, never the error text inside a 200 page.
        raise RuntimeError(
            "the report of one creator failed: "
            + "; ".join(item.message for item in report.rejected)
        )
    return report.html


_META_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"')


def _page_headers(html: str) -> dict[str, str]:
    """The page's own policy (its ``<meta>``: scripts by hash, nothing fetched) sent as a
    header too, where it also forbids framing, which a ``<meta>`` policy cannot; no sniffing
    the type; no caching of a page about a creator."""
    found = _META_CSP.search(html)
    policy = found.group(1) if found else "default-src 'none'"
    return {
        "Content-Security-Policy": f"{policy}; frame-ancestors 'none'; base-uri 'none'; "
        "form-action 'none'",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer",
    }


def build_report_router(*, max_body_bytes: int) -> APIRouter:
    """The report route, with the same body limit as ``POST /v1/score``."""
    router = APIRouter(prefix="/v1", tags=["report"])

    @router.post(
        "/report",
        response_class=HTMLResponse,
        responses=_RESPONSES,
        max_body_size=max_body_bytes,
        openapi_extra=request_body("CreatorRecord"),
    )
    async def report_creator(
        request: Request,
        scorer: ScorerDep,
        gate: GateDep,
        store: StoreDep,
        lang: Annotated[Literal["en", "zh"], Query(description="page language")] = "en",
    ) -> HTMLResponse:
        """Score one creator and answer its vetting report as one offline HTML page."""
        if not callable(getattr(scorer, "features", None)):
            raise HTTPException(
                status_code=status.HTTP_501_NOT_IMPLEMENTED,
                detail="the loaded scorer cannot explain its features, so no report can be drawn",
            )
        body, admission = await read_admitted(request, gate, max_body_bytes)
        content_type = request.headers.get("content-type", "")
        models_root = getattr(request.app.state.settings, "models_dir", None)
        html = await gate.run(
            _render, scorer, store, body, content_type, lang, models_root, admission=admission
        )
        return HTMLResponse(html, headers=_page_headers(html))

    return router
