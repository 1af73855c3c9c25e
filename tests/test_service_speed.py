"""The service's request path stays lean, and its fast paths answer what the slow ones do."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient

from fraud.paths import DATA_DIR
from fraud.schema import CreatorRecord
from service.main import create_app
from service.settings import ServiceSettings
from tests.test_cli import StubScorer

SAMPLES = DATA_DIR / "samples"
KEY = "k" * 24


def _examples() -> list[bytes]:
    lines = (SAMPLES / "creators.jsonl").read_text("utf-8").splitlines()
    return [line.encode() for line in lines if line.strip()]


def _generated(count: int) -> list[bytes]:
    """Creators of the blind generators (written apart from the training simulator)."""
    from evaluation import final_sim, holdout_sim

    half = count // 2
    creators = itertools.chain(final_sim.generate(half, 11), holdout_sim.generate(half, 11))
    return [
        orjson.dumps({k: v for k, v in c.items() if k not in ("label", "archetype")})
        for c in creators
    ]


@pytest.fixture
def thread_hops(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Names of the callables FastAPI hands to its thread pool while the fixture is active."""
    import fastapi.dependencies.utils
    import fastapi.routing

    calls: list[str] = []
    original = fastapi.routing.run_in_threadpool

    async def counting(func: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(getattr(func, "__name__", repr(func)))
        return await original(func, *args, **kwargs)

    monkeypatch.setattr(fastapi.dependencies.utils, "run_in_threadpool", counting)
    monkeypatch.setattr(fastapi.routing, "run_in_threadpool", counting)
    yield calls


def test_scoring_and_probes_never_hop_to_the_framework_thread_pool(
    thread_hops: list[str],
) -> None:
    """A plain ``def`` dependency or probe costs a thread hand-off per request (~0.3 ms CPU
    each): the request path is ``async``, and scoring goes to the scoring gate only."""
    settings = ServiceSettings(api_keys=(KEY,), bench_routes=True)
    app = create_app(settings, scorer=StubScorer())
    body = _examples()[0]
    with TestClient(app, base_url="http://localhost") as client:
        thread_hops.clear()
        assert client.get("/healthz").status_code == 200
        assert client.get("/readyz").status_code == 200
        headers = {"content-type": "application/json", "x-api-key": KEY}
        assert client.post("/v1/score", content=body, headers=headers).status_code == 200
        batch = b'{"creators": [' + body + b"]}"
        assert client.post("/v1/score/batch", content=batch, headers=headers).status_code == 200
        refused = client.post("/v1/score", content=body, headers={"x-api-key": "wrong" * 5})
        assert refused.status_code == 401
    assert thread_hops == []


def test_score_route_answers_byte_identical_to_full_validation(scorer: Any) -> None:
    """The route validates with the msgspec fast path into a light record; the reference is
    pydantic's full CreatorRecord scored directly. Examples and generated creators."""
    bodies = _examples() + _generated(8)
    app = create_app(ServiceSettings(), scorer=scorer)
    with TestClient(app, base_url="http://localhost") as client:
        for body in bodies:
            response = client.post(
                "/v1/score", content=body, headers={"content-type": "application/json"}
            )
            assert response.status_code == 200, response.text
            reference = scorer.score(CreatorRecord.model_validate_json(body))
            assert response.content == reference.model_dump_json().encode()
            assert json.loads(response.content)["creator_id"] == reference.creator_id


def test_probes_answer_the_bytes_their_response_model_did() -> None:
    """The probes answer pre-serialised bytes; these are what response_model wrote."""
    import threading

    release = threading.Event()

    def slow_scorer() -> StubScorer:
        release.wait(10)
        return StubScorer()

    app = create_app(ServiceSettings(), scorer_factory=slow_scorer)
    with TestClient(app, base_url="http://localhost") as client:
        loading = client.get("/readyz")
        assert (loading.status_code, loading.content) == (
            503,
            b'{"status":"loading","detail":null}',
        )
        assert loading.headers["content-type"] == "application/json"
        release.set()
        for _ in range(500):
            ready = client.get("/readyz")
            if ready.status_code == 200:
                break
            threading.Event().wait(0.01)
        assert ready.content == b'{"status":"ready","detail":null}'
        health = client.get("/healthz")
        assert (health.status_code, health.content) == (200, b'{"status":"ok","detail":null}')
        assert health.headers["content-length"] == str(len(health.content))
