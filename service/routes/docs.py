"""API docs (Swagger UI) served from vendored files: ``/docs`` works with no network."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

__all__ = ["ASSETS_DIR", "ASSETS_URL", "add_docs"]

ASSETS_DIR = Path(__file__).resolve().parents[1] / "static" / "swagger-ui"
ASSETS_URL = "/docs/assets"
_FRAMING_HEADERS = {
    "content-security-policy": "frame-ancestors 'none'",
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
}


def add_docs(app: FastAPI) -> None:
    """Mount the Swagger UI assets and the ``/docs`` page (create the app with docs_url=None)."""
    app.mount(ASSETS_URL, StaticFiles(directory=ASSETS_DIR), name="swagger-ui-assets")
    router = APIRouter(include_in_schema=False)

    @router.get("/docs")
    def swagger_ui() -> HTMLResponse:
        """Swagger UI for this service's OpenAPI document."""
        page = get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} - API docs",
            swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS_URL}/favicon-32x32.png",
        )
        # Never inside another site's frame: a page where a user may type an API key
        # ("Authorize") could be clickjacked (the attack review of s47).
        page.headers.update(_FRAMING_HEADERS)
        return page

    app.include_router(router)
