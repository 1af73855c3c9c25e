"""The bodies of error answers, as OpenAPI describes them for every API route.

Every error but a 422 is ``{"detail": "<what went wrong>"}`` (:class:`ErrorMessage`); a 422
lists the failing fields (:class:`ValidationErrors`, built by
:func:`fraud_service.routes.score.validation_detail`). :data:`ERRORS` holds the answers the
scoring routes document, each with its body's schema, so that a client generated from
``/openapi.json`` reads them as typed errors. :data:`EVERY_ROUTE` holds the answers any route
may give before a route runs (the Host check, a method the path does not take, the server's
refusals of a request head), which :func:`fraud_service.openapi.customise_openapi` adds to
every operation of the document.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

__all__ = [
    "ERRORS",
    "EVERY_ROUTE",
    "HEADERS_TOO_LARGE",
    "HOST_REFUSED",
    "METHOD_NOT_ALLOWED",
    "TWO_HOSTS",
    "ErrorMessage",
    "ValidationErrors",
    "ValidationProblem",
    "error_responses",
    "retry_after",
]


class ErrorMessage(BaseModel):
    """The body of every error answer but a 422: what went wrong, in words."""

    detail: str


class ValidationProblem(BaseModel):
    """One failing field, as a 422's ``detail`` lists it."""

    loc: list[str | int]
    field: str
    msg: str
    type: str


class ValidationErrors(BaseModel):
    """The body of a 422: each failing field (at most 50, then one ``too_many_errors`` item
    counting the others)."""

    detail: list[ValidationProblem]


def retry_after(when: str) -> dict[str, Any]:
    """OpenAPI for a ``Retry-After`` header sent ``when``."""
    return {
        "Retry-After": {
            "description": f"Seconds to wait before sending the request again ({when}).",
            "schema": {"type": "integer"},
        }
    }


def error_answer(model: type[BaseModel], description: str, **more: Any) -> dict[str, Any]:
    """An error answer of ``model`` for a route's ``responses``: the model (which puts its
    schema into the document's components) and its JSON body by reference, which stays
    right on a route whose own answer is not JSON (``POST /v1/report``: see
    :func:`json_only`)."""
    schema = {"$ref": f"#/components/schemas/{model.__name__}"}
    return {
        "model": model,
        "description": description,
        "content": {"application/json": {"schema": schema}},
        **more,
    }


#: The error answers of the API routes, each with the schema of its body (an integrator's
#: generated client reads them as typed errors, not as undocumented JSON).
ERRORS: dict[int | str, dict[str, Any]] = {
    401: error_answer(ErrorMessage, "An API key is required (when FRAUD_API_KEYS is set)."),
    408: error_answer(
        ErrorMessage, "The body did not arrive in time (FRAUD_BODY_TIMEOUT_SECONDS)."
    ),
    413: error_answer(ErrorMessage, "The body is over the size limit."),
    415: error_answer(ErrorMessage, "The body is compressed (send it uncompressed)."),
    422: error_answer(
        ValidationErrors,
        "The body is not valid JSON or not a valid record, or the query has a parameter the"
        " route does not take; see detail[].loc.",
    ),
    429: error_answer(
        ErrorMessage,
        "Rate limit exceeded (when FRAUD_RATE_LIMIT is set); see Retry-After.",
        headers=retry_after("always sent"),
    ),
    503: error_answer(
        ErrorMessage,
        "The model is loading or unavailable, or the service is busy.",
        headers=retry_after(
            "sent while the model loads or the service is busy; not when the model is"
            " unavailable or the request ran out of its time budget"
        ),
    ),
}


def json_only(responses: dict[int | str, dict[str, Any]]) -> dict[int | str, dict[str, Any]]:
    """``responses`` for a route whose own answer is not JSON: FastAPI would describe a
    ``model`` in the route's media type (``text/html``), so each keeps its JSON body alone
    (the scoring routes put the models into the components)."""
    return {
        code: {key: value for key, value in answer.items() if key != "model"}
        for code, answer in responses.items()
    }


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The entries of :data:`ERRORS` for ``codes``, for a route's ``responses``; a route
    without a body is told its 422 is for its query alone."""
    return {code: QUERY_422 if code == 422 else ERRORS[code] for code in codes}


QUERY_422 = error_answer(
    ValidationErrors, "The query has a parameter the route does not take; see detail[].loc."
)


#: The Host check's answer (400; ``FRAUD_ALLOWED_HOSTS``), as :mod:`fraud_service.middleware`
#: words Starlette's plain-text one.
HOST_REFUSED = "bad request (is the Host header one this service answers to?)"
#: ``fraud serve``'s answer to a request head with two Host fields (400; :mod:`.protocol`).
TWO_HOSTS = "a request may hold one Host field"
#: ``fraud serve``'s answer to a request head over its size limit (431; :mod:`.protocol`).
HEADERS_TOO_LARGE = "the request headers are over the limit"
#: Starlette's answer to a method the path does not take (405, with ``Allow``).
METHOD_NOT_ALLOWED = "Method Not Allowed"


def _sent(answer: dict[str, Any], **details: str) -> dict[str, Any]:
    """``answer`` with the bodies sent (``{"detail": ...}`` for each of ``details``, by name)
    as its examples."""
    media = answer["content"]["application/json"]
    examples = {name: {"value": {"detail": detail}} for name, detail in details.items()}
    return {**answer, "content": {"application/json": {**media, "examples": examples}}}


#: The error answers of every route, given before the route runs (the document lists them on
#: each operation; their bodies are exactly the examples'). A request that is not HTTP at all
#: gets the server's own plain-text 400, and none of these.
EVERY_ROUTE: dict[int | str, dict[str, Any]] = {
    400: _sent(
        error_answer(
            ErrorMessage,
            "The Host header is not a name the service answers to (FRAUD_ALLOWED_HOSTS), or"
            " (`fraud serve`) there are two.",
        ),
        host=HOST_REFUSED,
        two_hosts=TWO_HOSTS,
    ),
    405: _sent(
        error_answer(
            ErrorMessage,
            "A method the path does not take (see Allow).",
            headers={"Allow": {"description": "The path's methods.", "schema": {"type": "string"}}},
        ),
        method=METHOD_NOT_ALLOWED,
    ),
    431: _sent(
        error_answer(ErrorMessage, "The request head is over 16 KiB (`fraud serve`)."),
        head=HEADERS_TOO_LARGE,
    ),
}
