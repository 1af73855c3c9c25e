"""``GET /v1/creators/{platform}/{creator_id}`` answers a typed history: the OpenAPI document
names its model (a client generated from it reads snapshots and verdicts, not a free-form
dict), a real answer validates against it, and the answer is byte for byte what the route
gave before it had a model."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import orjson
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from fraud.cli import main
from fraud.store import CreatorStore, scores_table, snapshots_table
from service.main import create_app
from service.settings import ServiceSettings
from tests.test_cli import StubScorer
from tests.test_service import SAMPLES, local_client
from tests.test_service_walk import _validator

ROUTE = "/v1/creators/{platform}/{creator_id}"
WHEN = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory, scorer: Any) -> Path:
    """data/samples/creators.jsonl scored by ``fraud score --store`` with the shipped models,
    plus a creator whose rows hold what a JSON encoder could change: counts with and without
    ``following`` and ``posts``, a count past 2**53, floats without a short decimal form or
    that one encoder writes in exponent form, non-ASCII and control characters, and an id
    holding ``/``."""
    del scorer  # the shipped models, loaded once for the session
    folder = tmp_path_factory.mktemp("typed")
    location = folder / "store.sqlite"
    out = folder / "scored.jsonl"
    samples = str(SAMPLES / "creators.jsonl")
    args = ["score", samples, "-o", str(out), "--store", str(location), "--jobs", "1"]
    assert main(args) == 0
    with CreatorStore.open(location) as store, store.engine.begin() as connection:
        key = {"namespace": "", "platform": "youtube", "creator_id": "UCx/videos"}
        counts = [(2**53 + 1, 12, None), (0, None, None), (5, 7, 9), (3, None, 4)]
        connection.execute(
            sa.insert(snapshots_table),
            [
                {**key, "date": date(2026, 1, day), "followers": followers}
                | {"following": following, "posts": posts, "recorded_at": WHEN, "as_of": None}
                for day, (followers, following, posts) in enumerate(counts, 1)
            ],
        )
        message = "café “quoted” \\ / <b> \u2028 \U0001f600 \x00 tab\t"
        scores = [  # day, verdict, probability, authenticity, reasons
            (1, "suspicious", 1e-05, 99.99999999999999, []),
            (1, "authentic", 0.30000000000000004, 1.0, [("X_Y", "high", message)]),
            (2, "likely_fraudulent", 1.0, 0.0, [("A", "info", "m")] * 3),
            (2, "insufficient_data", 5e-324, 1.7976931348623157e308, [("B", "medium", "x")]),
        ]
        connection.execute(
            sa.insert(scores_table),
            [
                {**key, "date": date(2026, 1, day), "model_version": f"v{i}", "verdict": verdict}
                | {"fraud_probability": probability, "authenticity": authenticity}
                | {"recorded_at": WHEN, "as_of": None}
                | {"top_reasons": json.dumps(_reasons(reasons), ensure_ascii=False)}
                for i, (day, verdict, probability, authenticity, reasons) in enumerate(scores)
            ],
        )
    return location


def _reasons(reasons: list[tuple[str, str, str]]) -> list[dict[str, str]]:
    return [{"code": c, "severity": s, "message": m} for c, s, m in reasons]


def _creators(location: Path) -> list[tuple[str, str]]:
    with CreatorStore.open(location) as store, store.engine.connect() as connection:
        rows = connection.execute(
            sa.select(snapshots_table.c.platform, snapshots_table.c.creator_id).distinct()
        )
        return sorted((platform, creator_id) for platform, creator_id in rows)


@pytest.fixture
def client(sample_store: Path) -> Iterator[tuple[TestClient, CreatorStore]]:
    with CreatorStore.open(sample_store) as store:
        app = create_app(ServiceSettings(), scorer_factory=StubScorer, store=store)
        with local_client(app, raise_server_exceptions=False) as test_client:
            yield test_client, store


def _url(platform: str, creator_id: str) -> str:
    return f"/v1/creators/{platform}/{quote(creator_id, safe='/')}"


def _spec(client: TestClient) -> dict[str, Any]:
    spec: dict[str, Any] = client.get("/openapi.json").json()
    return spec


def _documented(spec: dict[str, Any]) -> dict[str, Any]:
    media: dict[str, Any] = spec["paths"][ROUTE]["get"]["responses"]["200"]["content"][
        "application/json"
    ]
    return media


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _undocumented_keys(spec: dict[str, Any], schema: dict[str, Any], value: Any) -> list[str]:
    """Keys of ``value`` (at any depth) that ``schema`` does not name as properties: a client
    generated from the document does not read them."""
    schema = _resolve(spec, schema)
    if isinstance(value, list):
        return [key for item in value for key in _undocumented_keys(spec, schema["items"], item)]
    if not isinstance(value, dict):
        return []
    properties = schema.get("properties", {})
    missing = [key for key in value if key not in properties]
    for key, item in value.items():
        if key in properties:
            missing += _undocumented_keys(spec, properties[key], item)
    return missing


def test_openapi_names_the_history_model(client: tuple[TestClient, CreatorStore]) -> None:
    spec = _spec(client[0])
    schema = _documented(spec)["schema"]
    assert schema == {"$ref": "#/components/schemas/CreatorHistory"}
    history = _resolve(spec, schema)
    assert history["required"] == ["platform", "creator_id", "snapshots", "scores"]
    snapshot = _resolve(spec, history["properties"]["snapshots"]["items"])
    score = _resolve(spec, history["properties"]["scores"]["items"])
    reason = _resolve(spec, score["properties"]["top_reasons"]["items"])
    # a count the store does not hold is left out of the answer, never null
    assert snapshot["required"] == ["date", "followers"]
    assert snapshot["properties"]["following"]["type"] == "integer"
    assert snapshot["properties"]["date"] == {**snapshot["properties"]["date"], "format": "date"}
    assert score["required"] == [
        "date",
        "model_version",
        "verdict",
        "fraud_probability",
        "authenticity",
        "top_reasons",
    ]
    # a Verdict, or the string another release stored (tests/test_service_edges_s57.py)
    assert score["properties"]["verdict"]["anyOf"][0] == {"$ref": "#/components/schemas/Verdict"}
    assert reason["required"] == ["code", "severity", "message"]
    # every field says what it holds
    for model in (history, snapshot, score, reason):
        for name, field in model["properties"].items():
            assert field.get("description") or "$ref" in field, name


def test_example_validates_against_the_schema(client: tuple[TestClient, CreatorStore]) -> None:
    spec = _spec(client[0])
    media = _documented(spec)
    assert "example" in media, "no example of the 200"
    # imported here: the other tests run against any version of the route
    from service.routes.creators import CREATOR_HISTORY_EXAMPLE, CreatorHistory

    example = media["example"]
    assert example == CREATOR_HISTORY_EXAMPLE
    assert [e.message for e in _validator(spec, media["schema"]).iter_errors(example)] == []
    assert _undocumented_keys(spec, media["schema"], example) == []
    # the model keeps every key of it, as written
    assert CreatorHistory.model_validate(example).model_dump(mode="json") == example


def test_real_answers_validate_against_the_documented_schema(
    client: tuple[TestClient, CreatorStore], sample_store: Path
) -> None:
    test_client, _ = client
    spec = _spec(test_client)
    schema = _documented(spec)["schema"]
    assert schema.get("type") != "object" or "properties" in schema, "a free-form object"
    creators = _creators(sample_store)
    assert len(creators) == 6  # the five samples and the edge-case creator
    for platform, creator_id in creators:
        response = test_client.get(_url(platform, creator_id))
        assert response.status_code == 200, response.text
        body = response.json()
        errors = [e.message for e in _validator(spec, schema).iter_errors(body)]
        assert errors == [], (platform, creator_id, errors[:3])
        assert _undocumented_keys(spec, schema, body) == [], (platform, creator_id)
        assert body["snapshots"] and body["scores"]


def test_answer_is_byte_for_byte_the_untyped_one(
    client: tuple[TestClient, CreatorStore], sample_store: Path
) -> None:
    """Before the model the route returned ``store.history(...)`` as a ``dict[str, Any]``,
    which FastAPI dumps through pydantic (``TypeAdapter(dict[str, Any]).dump_json``): the
    typed answer must be those bytes, so no client sees a key, its order or a number change
    (floats such as 1e-05 are written ``0.00001`` by that encoder; a missing count stays
    missing, not null)."""
    test_client, store = client
    untyped = TypeAdapter(dict[str, Any])
    compared = 0
    for platform, creator_id in _creators(sample_store):
        history = store.history(platform, creator_id)
        response = test_client.get(_url(platform, creator_id))
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/json"
        assert response.content == untyped.dump_json(history), (platform, creator_id)
        # and the same values, keys in the store's order
        pairs = orjson.loads(response.content)
        assert list(pairs) == list(history) and pairs == orjson.loads(orjson.dumps(history))
        compared += 1
    assert compared == 6
    # the edge-case creator: counts left out, not null; floats and characters as stored
    body = test_client.get(_url("youtube", "UCx/videos")).content
    assert b'{"date":"2026-01-02","followers":0}' in body
    assert b'"followers":9007199254740993,"following":12}' in body
    assert b'"fraud_probability":0.00001,"authenticity":99.99999999999999' in body
    assert b"null" not in body
    # an alias and a handle's case reach the same stored creator, with the same bytes
    koc = test_client.get(_url("rednote", "genuine_koc")).content
    assert test_client.get(_url("xhs", " genuine_koc")).content == koc
