"""What the OpenAPI document shows beyond the models: small examples, the reason codes.

The examples are files in ``examples/`` (see its SOURCE.md), shipped with the package: one
trimmed creator and a creator with a profile only, the answer for the first, and a batch of
small creators. Nothing embeds a whole creator more than once.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.models import Example

__all__ = ["EXAMPLES_DIR", "OpenApiExamples", "customise_openapi", "load_openapi_examples"]

EXAMPLES_DIR = Path(__file__).resolve().parent / "examples"


class OpenApiExamples:
    """Request and response examples for the scoring routes."""

    def __init__(
        self,
        single: dict[str, Example],
        batch: dict[str, Example],
        response: dict[str, Any] | None,
    ):
        self.single = single
        self.batch = batch
        self.response = response


def _read(name: str) -> Any:
    return json.loads((EXAMPLES_DIR / name).read_text(encoding="utf-8"))


@cache
def load_openapi_examples() -> OpenApiExamples:
    """The bundled examples (empty if the files are missing, e.g. in a stripped install)."""
    try:
        bought = _read("creator_bought_followers.json")
        thin = _read("creator_thin_data.json")
        response = _read("score_bought_followers.json")
    except (OSError, ValueError):
        return OpenApiExamples({}, {}, None)
    single = {
        "bought_followers": Example(
            summary="Weibo creator with bought followers (trimmed)", value=bought
        ),
        "profile_only": Example(summary="TikTok creator with a profile only", value=thin),
    }
    other = {**thin, "creator_id": "tiktok:another", "handle": "another"}
    batch = {
        "two_creators": Example(summary="Two small creators", value={"creators": [thin, other]})
    }
    return OpenApiExamples(single, batch, response)


def _add_body_models(schema: dict[str, Any]) -> None:
    """Put the request models (read raw by the scoring routes) into ``components.schemas``."""
    from pydantic.json_schema import models_json_schema

    from fraud.schema import BatchRequest, CreatorRecord

    _, definitions = models_json_schema(
        [(CreatorRecord, "validation"), (BatchRequest, "validation")],
        ref_template="#/components/schemas/{model}",
    )
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for name, definition in definitions.get("$defs", {}).items():
        components.setdefault(name, definition)


def _add_every_route_errors(schema: dict[str, Any]) -> None:
    """List the answers any route may give before it runs (:data:`fraud_service.errors.EVERY_ROUTE`:
    the Host check's 400, a 405 for a method the path does not take, ``fraud serve``'s 431)
    on every operation, with their body's schema and examples."""
    from pydantic.json_schema import models_json_schema

    from .errors import EVERY_ROUTE, ErrorMessage

    components = schema.setdefault("components", {}).setdefault("schemas", {})
    if ErrorMessage.__name__ not in components:
        _, definitions = models_json_schema(
            [(ErrorMessage, "serialization")], ref_template="#/components/schemas/{model}"
        )
        components.update(definitions.get("$defs", {}))
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            responses = operation["responses"]
            for code, answer in EVERY_ROUTE.items():
                documented = {key: value for key, value in answer.items() if key != "model"}
                responses.setdefault(str(code), copy.deepcopy(documented))


def customise_openapi(
    app: FastAPI, codes: tuple[str, ...], optional_auth: tuple[str, ...] = ()
) -> None:
    """Add the request models, list ``codes`` as the enum of ``Reason.code``, and mark the
    API key optional on ``optional_auth`` paths.

    ``/v1/model`` answers without a key too (less detail): OpenAPI says so with an empty
    security requirement beside the key.
    """
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = build()
        _add_body_models(schema)
        _add_every_route_errors(schema)
        for path in optional_auth:
            for operation in schema.get("paths", {}).get(path, {}).values():
                if isinstance(operation, dict) and operation.get("security"):
                    operation["security"] = [{}, *operation["security"]]
        for name, component in schema.get("components", {}).get("schemas", {}).items():
            if name.split("-")[0] != "Reason":
                continue
            code = component.get("properties", {}).get("code")
            if isinstance(code, dict):
                code["enum"] = list(codes)
                code["description"] = "Reason code; the README explains each."
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
