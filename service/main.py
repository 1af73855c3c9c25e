"""The HTTP service: ``create_app()`` builds the FastAPI application.

Run it with ``fraud serve`` or ``uvicorn --factory fraud_service.main:create_app`` (nothing is
built or loaded at import; the package is installed as ``fraud_service``, its source lives in
``service/``). The scorer is loaded once, in the lifespan hook, in a worker thread:
``/healthz`` answers at once, ``/readyz`` turns 200 when the model is loaded, and the scoring
routes answer 503 until then. A model that fails to load is logged with its path and error;
clients are only told that the model is unavailable, and ``/healthz`` turns 503.

To add a resource: write ``routes/<name>.py`` with an ``APIRouter`` and include it in
:func:`_include_routes`, with ``dependencies=API`` (an API key when one is configured, and
no undeclared query parameter) or ``PROTECTED`` (the key alone).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import ClientDisconnect

from fraud.batch import SCORING_GC_THRESHOLDS
from fraud.reasons import REASON_CODES

from .dependencies import CreatorScorer, known_query_only
from .errors import error_responses
from .middleware import JsonErrorMiddleware, RateLimitMiddleware
from .offload import ScoringGate
from .openapi import customise_openapi, load_openapi_examples
from .routes import creators, docs, health, model
from .routes.report import build_report_router
from .routes.score import build_score_router, validation_detail
from .security import require_api_key
from .settings import ServiceSettings, get_settings

__all__ = ["PROTECTED", "ScorerFactory", "create_app"]

ScorerFactory = Callable[[], CreatorScorer]
# A child of uvicorn's error logger, so that messages show up under `fraud serve`.
logger = logging.getLogger("uvicorn.error.fraud")
# Route dependencies of everything that needs an API key (when FRAUD_API_KEYS is set).
PROTECTED = [Depends(require_api_key)]
#: The API routes: an API key when one is configured, and no query parameter they do not declare.
API = [*PROTECTED, Depends(known_query_only)]
_PROBES = ("/healthz", "/readyz")


def _models_root(settings: ServiceSettings) -> Path:
    from fraud.paths import models_dir

    return settings.models_dir or models_dir()


def _default_scorer_factory(settings: ServiceSettings) -> ScorerFactory:
    def load() -> CreatorScorer:
        from fraud.scoring import Scorer

        scorer: CreatorScorer = Scorer.load(_models_root(settings))
        return scorer

    return load


def _licence_notice(settings: ServiceSettings) -> str | None:
    from fraud.artifacts import licence_notice

    return licence_notice(_models_root(settings), show_path=False)  # sent to clients


async def _load_scorer(app: FastAPI, factory: ScorerFactory) -> None:
    settings: ServiceSettings = app.state.settings
    root = _models_root(settings)
    try:
        scorer = await asyncio.to_thread(factory)
    except Exception as error:
        app.state.scorer_failed = True
        # The operator's log names the directory and the error; clients never see either.
        logger.error("could not load the model from %s: %s: %s", root, type(error).__name__, error)
        return
    app.state.licence_notice = await asyncio.to_thread(_licence_notice, settings)
    if app.state.licence_notice:
        logger.warning("%s", app.state.licence_notice)
    app.state.scorer = scorer
    # The models are long-lived: move them out of the garbage collector's way, so that full
    # collections scan only per-request objects (they were the long tail of request latency).
    gc.collect()
    gc.freeze()
    # Scoring allocates many short-lived containers and the comment caches keep growing after
    # the freeze: with the default thresholds full collections walked them every few requests
    # (see fraud.batch.SCORING_GC_THRESHOLDS). This process does little but score.
    gc.set_threshold(*SCORING_GC_THRESHOLDS)
    logger.info("model loaded from %s", root)


def _lifespan(factory: ScorerFactory, preloaded: CreatorScorer | None) -> Callable[[FastAPI], Any]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        settings: ServiceSettings = app.state.settings
        app.state.scorer = preloaded
        app.state.scorer_failed = False
        app.state.gate = ScoringGate(
            settings.scoring_threads,
            settings.scoring_budget_seconds,
            max_batch=settings.scoring_batch,
            max_batch_bytes=settings.scoring_batch_bytes,
            max_waiting_bytes=settings.scoring_waiting_bytes,
        )
        # The event loop thread waits for the GIL while a scoring thread runs: hand it over
        # every millisecond instead of every 5, so that probes and small requests slip in.
        previous_interval = sys.getswitchinterval()
        previous_gc = gc.get_threshold()  # _load_scorer sets the scoring ones
        sys.setswitchinterval(min(previous_interval, 0.001))
        if preloaded is not None:
            app.state.licence_notice = _licence_notice(settings)
        loading = asyncio.create_task(
            _load_scorer(app, factory) if preloaded is None else asyncio.sleep(0)
        )
        app.state.scorer_loading = loading
        # FRAUD_STORE is opened now, not on the first request, in a daemon thread that
        # retries a locked or unreachable store (routes.creators); one that can never be
        # opened turns the probes 503 instead of every request into a 500.
        store_opener = creators.start_opening_store(app.state)
        try:
            yield
        finally:
            if store_opener is not None:
                store_opener.stop()  # never waits for an attempt in progress
            loading.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await loading
            app.state.gate.shutdown()
            app.state.scorer = None
            sys.setswitchinterval(previous_interval)
            gc.set_threshold(*previous_gc)

    return lifespan


async def _validation_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """422 naming every failing field (``loc``), without echoing the (possibly huge) input."""
    assert isinstance(exc, RequestValidationError)
    detail = validation_detail(exc.errors())
    return JSONResponse(
        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT, content={"detail": detail}
    )


async def _client_disconnect_handler(request: Request, exc: Exception) -> Response:
    """A client that went away mid-request (an aborted upload): one quiet line, no traceback.
    Not a server error; nobody is left to read the answer."""
    logger.info("client disconnected during %s %s", request.method, request.url.path)
    return Response(status_code=400)


async def _unhandled_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """Last resort: log the error, answer a clean 500 without internals."""
    logger.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse(
        status_code=status.HTTP_500_INTERNAL_SERVER_ERROR,
        content={"detail": "internal error; it has been logged"},
    )


def _include_routes(app: FastAPI, settings: ServiceSettings) -> None:
    examples = load_openapi_examples()
    app.include_router(health.router)
    # /v1/model answers without a key (less detail), but refuses an unknown query parameter
    # as every /v1/ route does; it is 503 while no model is loaded, like the scoring routes
    app.include_router(
        model.router,
        dependencies=[Depends(known_query_only)],
        responses=error_responses(422, 429, 503),
    )
    app.include_router(creators.router, dependencies=API, responses=error_responses(401, 422, 429))
    app.include_router(
        build_score_router(
            examples=examples.single,
            batch_examples=examples.batch,
            response_example=examples.response,
            max_body_bytes=settings.max_body_bytes,
            max_batch_body_bytes=settings.max_batch_body_bytes,
        ),
        dependencies=API,
    )
    app.include_router(
        build_report_router(max_body_bytes=settings.max_body_bytes), dependencies=API
    )
    docs.add_docs(app)
    if settings.bench_routes:

        @app.post("/v1/noop", include_in_schema=False)
        async def noop() -> dict[str, str]:
            """Benchmark baseline: answers without reading the body."""
            return {}


def create_app(
    settings: ServiceSettings | None = None,
    scorer_factory: ScorerFactory | None = None,
    *,
    scorer: CreatorScorer | None = None,
    store: Any | None = None,
) -> FastAPI:
    """Build the service. ``scorer_factory`` (default: ``fraud.scoring.Scorer.load``) runs once.

    An already loaded ``scorer`` (tests, embedding) makes the service ready at startup. With a
    ``store`` (a :class:`fraud.store.CreatorStore`; else ``FRAUD_STORE``, if set) the scoring
    routes complete each creator's follower history from it and record what they score.
    """
    settings = settings or get_settings()
    factory = scorer_factory or _default_scorer_factory(settings)
    app = FastAPI(
        title="Creator fraud detector",
        summary="Fake-follower and engagement-fraud scores for social-media creators.",
        version=_package_version(),
        lifespan=_lifespan(factory, scorer),
        docs_url=None,  # served from vendored assets by routes.docs, not from a CDN
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.scorer = None
    app.state.scorer_failed = False
    app.state.licence_notice = None
    app.state.store = store
    app.add_exception_handler(RequestValidationError, _validation_error_handler)
    app.add_exception_handler(ClientDisconnect, _client_disconnect_handler)
    app.add_exception_handler(Exception, _unhandled_error_handler)
    _include_routes(app, settings)
    customise_openapi(app, REASON_CODES, optional_auth=("/v1/model",))
    # Middleware: the last added runs first. Rate limit innermost, then the Host check, and
    # outermost the rewrite of the framework's plain-text errors into JSON.
    if settings.rate_limit:
        app.add_middleware(
            RateLimitMiddleware,
            limit=settings.rate_limit,
            storage_uri=settings.rate_limit_storage,
            exempt=_PROBES,
            api_keys=settings.api_keys,
        )
    if "*" not in settings.allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    app.add_middleware(JsonErrorMiddleware)
    return app


def _package_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("creator-fraud")
    except metadata.PackageNotFoundError:
        return "0"
