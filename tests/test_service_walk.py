"""What an integrator's generated client reads: every answer the service really gives, for
every route and status, matches the schema ``/openapi.json`` documents for that status.

A client generated from the document (openapi-python-client, datamodel-code-generator) knows
no more than it: an error answer without a schema was read as nothing, a ``?invalid=skip``
answer was read as a plain BatchResponse (its rejects unread) when the union listed that
first, and ``/v1/model`` answered 503 and 429 that the document did not list.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from service.main import create_app
from service.settings import ServiceSettings
from tests.test_cli import StubScorer
from tests.test_service import SAMPLES, SMALL_LIMITS, _sample, _wait_ready, local_client

KEY = "k" * 20
CREATORS = "/v1/creators/{platform}/{creator_id}"


def _spec(client: TestClient) -> dict[str, Any]:
    spec: dict[str, Any] = client.get("/openapi.json").json()
    return spec


def _validator(spec: dict[str, Any], schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    """A validator of ``schema`` (a part of ``spec``) that resolves the spec's ``$ref``s."""
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:openapi", resource)
    rebased = json.loads(json.dumps(schema).replace('"#/components/', '"urn:openapi#/components/'))
    return jsonschema.Draft202012Validator(rebased, registry=registry)


def _documented(spec: dict[str, Any], method: str, path: str, status: int) -> dict[str, Any]:
    """The response ``spec`` documents for ``status`` on ``method path``."""
    responses = spec["paths"][path][method]["responses"]
    assert str(status) in responses, f"{method.upper()} {path}: {status} is not documented"
    documented: dict[str, Any] = responses[str(status)]
    return documented


def _assert_as_documented(
    spec: dict[str, Any], method: str, path: str, response: Any, status: int
) -> None:
    assert response.status_code == status, response.text
    documented = _documented(spec, method, path, status)
    media = documented.get("content", {}).get("application/json", {})
    assert "schema" in media, f"{method.upper()} {path}: no schema for the body of a {status}"
    errors = [e.message for e in _validator(spec, media["schema"]).iter_errors(response.json())]
    assert not errors, f"{method.upper()} {path} {status}: {errors[:3]}"
    if "retry-after" in response.headers:
        assert "Retry-After" in documented.get("headers", {}), f"{path} {status}: Retry-After"


@pytest.fixture
def client(scorer: Any) -> Iterator[TestClient]:
    """The service with the shipped models: their answers are the ones to read (a stand-in
    scorer's reason codes are not in the document's enum)."""
    app = create_app(SMALL_LIMITS, scorer=scorer)
    with local_client(app, raise_server_exceptions=False) as test_client:
        _wait_ready(test_client)
        yield test_client


def _creators() -> list[dict[str, Any]]:
    lines = (SAMPLES / "creators.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines]


Call = Callable[[TestClient], Any]
NO_PROFILE = {"creator_id": "tiktok:x", "platform": "tiktok"}
#: (name, method, path as documented, request, status): what the stub-scored service answers
ANSWERS: list[tuple[str, str, str, Call, int]] = [
    ("score", "post", "/v1/score", lambda c: c.post("/v1/score", json=_sample("thin_data_tiktok")), 200),
    ("batch", "post", "/v1/score/batch", lambda c: c.post("/v1/score/batch", json={"creators": _creators()}), 200),
    ("skip", "post", "/v1/score/batch", lambda c: c.post("/v1/score/batch?invalid=skip", json={"creators": [NO_PROFILE, *_creators()[:2], 7]}), 200),
    ("skip-none-rejected", "post", "/v1/score/batch", lambda c: c.post("/v1/score/batch?invalid=skip", json={"creators": _creators()[:2]}), 200),
    ("bad record", "post", "/v1/score", lambda c: c.post("/v1/score", json=NO_PROFILE), 422),
    ("bad JSON", "post", "/v1/score", lambda c: c.post("/v1/score", content=b'{"a":', headers={"content-type": "application/json"}), 422),
    ("bad batch", "post", "/v1/score/batch", lambda c: c.post("/v1/score/batch", json={"creators": [NO_PROFILE]}), 422),
    ("unknown query", "post", "/v1/score", lambda c: c.post("/v1/score?lnag=zh", json=_sample("thin_data_tiktok")), 422),
    ("report query", "post", "/v1/report", lambda c: c.post("/v1/report?lang=fr", json=_sample("thin_data_tiktok")), 422),
    ("too big", "post", "/v1/score", lambda c: c.post("/v1/score", content=b" " * 500_000, headers={"content-type": "application/json"}), 413),
    ("gzip", "post", "/v1/score", lambda c: c.post("/v1/score", content=b"\x1f\x8b{}", headers={"content-type": "application/json"}), 415),
    ("model", "get", "/v1/model", lambda c: c.get("/v1/model"), 200),
    ("model query", "get", "/v1/model", lambda c: c.get("/v1/model?verbose=1"), 422),
    ("no store", "get", CREATORS, lambda c: c.get("/v1/creators/tiktok/x"), 404),
    ("creators query", "get", CREATORS, lambda c: c.get("/v1/creators/tiktok/x?all=1"), 422),
    ("healthz", "get", "/healthz", lambda c: c.get("/healthz"), 200),
    ("readyz", "get", "/readyz", lambda c: c.get("/readyz"), 200),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "method", "path", "call", "status"), ANSWERS, ids=[a[0] for a in ANSWERS]
)
def test_every_answer_matches_the_schema_documented_for_its_status(
    client: TestClient, name: str, method: str, path: str, call: Call, status: int
) -> None:
    _assert_as_documented(_spec(client), method, path, call(client), status)


def test_a_401_and_a_429_match_their_documented_schemas(client: TestClient) -> None:
    spec = _spec(client)
    thin = _sample("thin_data_tiktok")
    keys = ServiceSettings(api_keys=(KEY,))
    with local_client(create_app(keys, scorer=StubScorer()), raise_server_exceptions=False) as c:
        _assert_as_documented(spec, "post", "/v1/score", c.post("/v1/score", json=thin), 401)
        _assert_as_documented(spec, "get", CREATORS, c.get("/v1/creators/tiktok/x"), 401)
        _assert_as_documented(spec, "post", "/v1/report", c.post("/v1/report", json=thin), 401)
    limited = ServiceSettings(rate_limit="1/minute")
    with local_client(create_app(limited, scorer=StubScorer()), raise_server_exceptions=False) as c:
        assert c.get("/v1/model").status_code == 200  # the one request of the minute
        for method, path, url in (
            ("get", "/v1/model", "/v1/model"),
            ("post", "/v1/score", "/v1/score"),
            ("post", "/v1/score/batch", "/v1/score/batch"),
            ("post", "/v1/report", "/v1/report"),
            ("get", CREATORS, "/v1/creators/tiktok/x"),
        ):
            answer = c.request(method, url, json=thin)
            _assert_as_documented(spec, method, path, answer, 429)
            assert answer.headers["retry-after"]


def test_a_503_while_the_model_loads_and_after_it_failed_matches_the_documented_schema() -> None:
    release = threading.Event()

    def slow() -> StubScorer:
        release.wait(10)
        return StubScorer()

    def broken() -> StubScorer:
        raise OSError("no models here")

    thin = _sample("thin_data_tiktok")
    for factory in (slow, broken):
        app = create_app(SMALL_LIMITS, scorer_factory=factory)
        with local_client(app, raise_server_exceptions=False) as c:
            spec = _spec(c)
            if factory is broken:  # until the failure is known, the answer is "loading"
                _wait_failed(c)
                _assert_as_documented(spec, "get", "/healthz", c.get("/healthz"), 503)
            for method, path, answer in (
                ("get", "/v1/model", c.get("/v1/model")),
                ("post", "/v1/score", c.post("/v1/score", json=thin)),
                ("post", "/v1/score/batch", c.post("/v1/score/batch", json={"creators": [thin]})),
                ("post", "/v1/report", c.post("/v1/report", json=thin)),
                ("get", "/readyz", c.get("/readyz")),
            ):
                _assert_as_documented(spec, method, path, answer, 503)
            release.set()


def _wait_failed(client: TestClient, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while client.get("/healthz").status_code != 503:
        assert time.monotonic() < deadline, "the model never failed"
        time.sleep(0.01)


def test_a_skip_answer_is_read_as_the_answer_with_rejects(client: TestClient) -> None:
    """A generated client tries the shapes of the batch answer in the document's order (as
    openapi-python-client does): a ``?invalid=skip`` answer must match the answer with
    rejects first, even when nothing was rejected, and a plain answer only BatchResponse."""
    spec = _spec(client)
    schema = _documented(spec, "post", "/v1/score/batch", 200)["content"]["application/json"]
    shapes = schema["schema"]["anyOf"]

    def read_as(answer: dict[str, Any]) -> str:
        for shape in shapes:
            if _validator(spec, shape).is_valid(answer):
                return str(shape["$ref"]).rsplit("/", 1)[-1]
        raise AssertionError(f"no shape reads {answer}")

    creators = _creators()[:2]
    skipped = client.post("/v1/score/batch?invalid=skip", json={"creators": creators}).json()
    assert skipped["rejects"] == []
    assert read_as(skipped) == "BatchAnswerWithRejects"
    plain = client.post("/v1/score/batch", json={"creators": creators}).json()
    assert read_as(plain) == "BatchResponse"
    assert not _validator(spec, shapes[0]).is_valid(plain)


def test_model_refuses_a_query_parameter_it_does_not_take(client: TestClient) -> None:
    """README: a query parameter a /v1/ route does not declare is refused, not ignored."""
    response = client.get("/v1/model?lnag=zh")
    assert response.status_code == 422
    (problem,) = response.json()["detail"]
    assert problem["loc"] == ["query", "lnag"] and problem["type"] == "extra_forbidden"
    assert client.get("/v1/model").status_code == 200


def test_every_error_of_an_api_route_documents_its_body(client: TestClient) -> None:
    spec = _spec(client)
    missing = [
        f"{method.upper()} {path} {status}"
        for path, operations in spec["paths"].items()
        if path.startswith("/v1/")
        for method, operation in operations.items()
        for status, documented in operation["responses"].items()
        if int(status) >= 400
        and "schema" not in documented.get("content", {}).get("application/json", {})
    ]
    assert missing == []
    # one shape for a 422 everywhere: the service's, not FastAPI's (it has no "field")
    assert "HTTPValidationError" not in spec["components"]["schemas"]


def test_openapi_examples_validate_against_their_own_schemas(client: TestClient) -> None:
    spec = _spec(client)
    checked = 0
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            media = [*operation.get("requestBody", {}).get("content", {}).values()]
            for documented in operation["responses"].values():
                media += documented.get("content", {}).values()
            for item in media:
                values = [item["example"]] if "example" in item else []
                values += [example["value"] for example in item.get("examples", {}).values()]
                for value in values:
                    errors = [
                        e.message for e in _validator(spec, item["schema"]).iter_errors(value)
                    ]
                    assert not errors, f"{method.upper()} {path}: {errors[:3]}"
                    checked += 1
    assert checked >= 5  # two creators, a batch, a ScoreResult and a batch answer
