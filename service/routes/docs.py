"""API docs (Swagger UI) served from vendored files: ``/docs`` works with no network."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from fraud.report.page import script_hash_source

__all__ = ["ASSETS_DIR", "ASSETS_URL", "add_docs", "docs_policy"]

ASSETS_DIR = Path(__file__).resolve().parents[1] / "static" / "swagger-ui"
ASSETS_URL = "/docs/assets"
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def docs_policy(html: str) -> str:
    """The Content-Security-Policy of the docs page ``html``: the scripts, styles and images
    of this origin (the vendored assets; the stylesheet's icons are ``data:`` images), its
    inline scripts by their hash only, requests to this origin only (the OpenAPI document,
    "Try it out"); no plugins, no ``<base>``, never framed (a user may type an API key
    there: the attack review of s47)."""
    scripts = " ".join(script_hash_source(code) for code in _INLINE_SCRIPT.findall(html))
    return (
        f"default-src 'none'; script-src 'self' {scripts}; style-src 'self'; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'"
    )


def add_docs(app: FastAPI) -> None:
    """Mount the Swagger UI assets and the ``/docs`` page (create the app with docs_url=None)."""
    app.mount(ASSETS_URL, StaticFiles(directory=ASSETS_DIR), name="swagger-ui-assets")
    router = APIRouter(include_in_schema=False)
    html = bytes(
        get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} - API docs",
            swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS_URL}/favicon-32x32.png",
            # no validity badge fetched from validator.swagger.io with this service's address
            swagger_ui_parameters={"validatorUrl": None},
        ).body
    ).decode("utf-8")
    headers = {
        "content-security-policy": docs_policy(html),
        "x-frame-options": "DENY",
        "x-content-type-options": "nosniff",
    }

    @router.get("/docs")
    def swagger_ui() -> HTMLResponse:
        """Swagger UI for this service's OpenAPI document."""
        return HTMLResponse(html, headers=headers)

    app.include_router(router)
