"""The scoring routes answer the same bytes whichever way requests reach the scorer: alone,
waiting together in the scoring gate, or in a batch; and every refusal keeps its status and
body (recorded from the service before its request path was tuned: fixtures/service_answers)."""

from __future__ import annotations

import gzip
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient

from fraud.schema import CreatorRecord
from service.main import create_app
from service.settings import ServiceSettings
from tests.test_cli import StubScorer
from tests.test_service_speed import _examples, _generated

RECORDED = Path(__file__).parent / "fixtures" / "service_answers" / "refusals.json"
JSON = {"content-type": "application/json"}
#: Small body limits, so that the 413s are cheap to provoke.
LIMITS = ServiceSettings(max_body_bytes=64 * 1024, max_batch_body_bytes=512 * 1024)


def _creator(**changes: Any) -> dict[str, Any]:
    creator: dict[str, Any] = orjson.loads(_examples()[0])
    creator.update(changes)
    return creator


def _bad_posts(count: int) -> list[dict[str, Any]]:
    post = {"posted_at": "2026-01-01T00:00:00Z", "likes": -1, "comments": 0}
    return [post] * count


def _single(body: bytes, headers: dict[str, str] = JSON) -> tuple[str, bytes, dict[str, str]]:
    return ("/v1/score", body, headers)


def _batch(body: bytes) -> tuple[str, bytes, dict[str, str]]:
    return ("/v1/score/batch", body, JSON)


def refusal_cases() -> dict[str, tuple[str, bytes, dict[str, str]]]:
    """Name: (path, body, headers) of requests the service refuses, each for its own reason."""
    creator = orjson.dumps(_creator())
    many = b",".join([b"{}"] * 1001)
    bad_creators = [_creator(), {"creator_id": ""}, _creator(posts=7)]
    return {
        "invalid JSON": _single(b'{"creator_id": '),
        "empty body": _single(b""),
        "not an object": _single(b"[1, 2]"),
        "missing fields": _single(b'{"creator_id": "x"}'),
        "negative count": _single(orjson.dumps(_creator(profile={"followers": -5}))),
        "over fifty problems": _single(orjson.dumps(_creator(posts=_bad_posts(60)))),
        "wrong platform": _single(orjson.dumps(_creator(platform="myspace"))),
        "text content type": _single(creator, {"content-type": "text/plain"}),
        "no content type": _single(creator, {}),
        "gzip body": _single(gzip.compress(creator)),
        "content encoding": _single(creator, {**JSON, "content-encoding": "br"}),
        "over the size limit": _single(b" " * (65 * 1024) + creator),
        "unknown query parameter": ("/v1/score?lnag=zh", creator, JSON),
        "batch, invalid JSON": _batch(b'{"creators": ['),
        "batch, not an object": _batch(b"[]"),
        "batch, no creators": _batch(b'{"other": 1}'),
        "batch, creators not a list": _batch(b'{"creators": {}}'),
        "batch, too many creators": _batch(b'{"creators": [' + many + b"]}"),
        "batch, bad creators": _batch(orjson.dumps({"creators": bad_creators})),
        "batch, over the size limit": _batch(
            b'{"creators": [' + b" " * (513 * 1024) + creator + b"]}"
        ),
    }


def refusals() -> dict[str, dict[str, Any]]:
    """What the service answers to each of :func:`refusal_cases` (status, body, and the
    headers a client acts on)."""
    answers = {}
    with TestClient(create_app(LIMITS, scorer=StubScorer()), base_url="http://localhost") as client:
        for name, (path, body, headers) in refusal_cases().items():
            response = client.post(path, content=body, headers=headers)
            answers[name] = {
                "status": response.status_code,
                "body": response.content.decode(),
                "content-type": response.headers.get("content-type"),
                "retry-after": response.headers.get("retry-after"),
            }
    return answers


def test_refusals_answer_as_recorded() -> None:
    recorded = json.loads(RECORDED.read_text("utf-8"))
    answers = refusals()
    assert answers.keys() == recorded.keys()
    for name, answer in answers.items():
        assert answer == recorded[name], name
        assert answer["status"] >= 400, name


@pytest.fixture(scope="module")
def bodies() -> list[bytes]:
    return _examples() + _generated(16)


def _alone(scorer: Any, body: bytes) -> bytes:
    answer: bytes = scorer.score(CreatorRecord.model_validate_json(body)).model_dump_json().encode()
    return answer


def test_requests_scored_together_answer_what_each_would_alone(
    scorer: Any, bodies: list[bytes]
) -> None:
    """Eight clients at once: requests wait in the gate and are scored in shared calls."""
    app = create_app(ServiceSettings(), scorer=scorer)
    with TestClient(app, base_url="http://localhost") as client, ThreadPoolExecutor(8) as pool:
        responses = list(
            pool.map(lambda body: client.post("/v1/score", content=body, headers=JSON), bodies)
        )
    for body, response in zip(bodies, responses, strict=True):
        assert response.status_code == 200, response.text
        assert response.content == _alone(scorer, body)


def test_batch_answers_what_each_creator_would_alone(scorer: Any, bodies: list[bytes]) -> None:
    app = create_app(ServiceSettings(), scorer=scorer)
    batch = b'{"creators": [' + b",".join(bodies) + b"]}"
    with TestClient(app, base_url="http://localhost") as client:
        response = client.post("/v1/score/batch", content=batch, headers=JSON)
    assert response.status_code == 200, response.text
    results = orjson.loads(response.content)["results"]
    assert [orjson.dumps(result) for result in results] == [
        orjson.dumps(orjson.loads(_alone(scorer, body))) for body in bodies
    ]
