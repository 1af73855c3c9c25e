"""The HTTP service: ``create_app()`` builds the FastAPI application.

Run it with ``fraud serve`` or ``uvicorn --factory service.main:create_app`` (nothing is
built or loaded at import). The scorer is loaded once, in the lifespan hook, in a worker
thread: ``/healthz`` answers at once, ``/readyz`` turns 200 when the model is loaded, and the
scoring routes answer 503 until then.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import orjson
from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.models import Example
from fastapi.responses import JSONResponse

from fraud.io import format_location
from fraud.paths import DATA_DIR
from service.dependencies import CreatorScorer
from service.routes import health, model
from service.routes.report import build_report_router
from service.routes.score import build_score_router
from service.settings import ServiceSettings, get_settings

__all__ = ["ScorerFactory", "create_app", "load_examples"]

ScorerFactory = Callable[[], CreatorScorer]
# A child of uvicorn's error logger, so that messages show up under `fraud serve`.
logger = logging.getLogger("uvicorn.error.fraud")

SAMPLES_DIR = DATA_DIR / "samples"


def load_examples(directory: Path = SAMPLES_DIR) -> dict[str, Example]:
    """OpenAPI request examples from the example creators (``*.json``) in ``directory``."""
    examples: dict[str, Example] = {}
    if not directory.is_dir():
        return examples
    for path in sorted(directory.glob("*.json")):
        try:
            value = orjson.loads(path.read_bytes())
        except (OSError, orjson.JSONDecodeError) as error:
            logger.warning("skipping example %s: %s", path, error)
            continue
        title = path.stem.replace("_", " ")
        examples[path.stem] = Example(summary=title.capitalize(), value=value)
    return examples


def _default_scorer_factory(settings: ServiceSettings) -> ScorerFactory:
    def load() -> CreatorScorer:
        from fraud.scoring import Scorer

        scorer: CreatorScorer = Scorer.load(settings.models_dir)
        return scorer

    return load


async def _load_scorer(app: FastAPI, factory: ScorerFactory) -> None:
    try:
        scorer = await asyncio.to_thread(factory)
    except Exception as error:
        app.state.scorer_error = f"{type(error).__name__}: {error}"
        logger.error("could not load the model: %s", app.state.scorer_error)
        return
    app.state.scorer = scorer
    # The models are long-lived: move them out of the garbage collector's way, so that full
    # collections scan only per-request objects (they were the long tail of request latency).
    gc.collect()
    gc.freeze()
    logger.info("model loaded")


def _lifespan(factory: ScorerFactory) -> Callable[[FastAPI], Any]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.scorer = None
        app.state.scorer_error = None
        loading = asyncio.create_task(_load_scorer(app, factory))
        app.state.scorer_loading = loading
        try:
            yield
        finally:
            loading.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await loading
            app.state.scorer = None

    return lifespan


async def _validation_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """422 naming every failing field (``loc``), without echoing the (possibly huge) input."""
    assert isinstance(exc, RequestValidationError)
    detail = []
    for error in exc.errors():
        loc = list(error.get("loc", ()))
        item: dict[str, Any] = {
            "loc": loc,
            "field": format_location(loc),
            "msg": str(error.get("msg", "invalid")),
            "type": str(error.get("type", "value_error")),
        }
        context = error.get("ctx")
        if error.get("type") == "json_invalid" and isinstance(context, dict):
            item["msg"] = f"Invalid JSON: {context.get('error', '')}".strip()
        detail.append(item)
    return JSONResponse(
        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT, content={"detail": detail}
    )


async def _unhandled_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """Last resort: log the error, answer a clean 500 without internals."""
    logger.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse(
        status_code=status.HTTP_500_INTERNAL_SERVER_ERROR,
        content={"detail": "internal error; it has been logged"},
    )


def create_app(
    settings: ServiceSettings | None = None,
    scorer_factory: ScorerFactory | None = None,
) -> FastAPI:
    """Build the service. ``scorer_factory`` (default: ``fraud.scoring.Scorer.load``) runs once."""
    settings = settings or get_settings()
    factory = scorer_factory or _default_scorer_factory(settings)
    app = FastAPI(
        title="Creator fraud detector",
        summary="Fake-follower and engagement-fraud scores for social-media creators.",
        version=_package_version(),
        lifespan=_lifespan(factory),
    )
    app.state.settings = settings
    app.state.scorer = None
    app.state.scorer_error = None
    app.add_exception_handler(RequestValidationError, _validation_error_handler)
    app.add_exception_handler(Exception, _unhandled_error_handler)
    app.include_router(health.router)
    app.include_router(model.router)
    app.include_router(
        build_score_router(
            examples=load_examples(),
            max_body_bytes=settings.max_body_bytes,
            max_batch_body_bytes=settings.max_batch_body_bytes,
        )
    )
    app.include_router(build_report_router(max_body_bytes=settings.max_body_bytes))
    if settings.bench_routes:

        @app.post("/v1/noop", include_in_schema=False)
        async def noop() -> dict[str, str]:
            """Benchmark baseline: answers without reading the body."""
            return {}

    return app


def _package_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("creator-fraud")
    except metadata.PackageNotFoundError:
        return "0"
