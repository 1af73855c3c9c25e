"""Rough edges of the HTTP service left by session 56, each pinned by a test that failed before.

- ``POST /v1/score/batch?invalid=skip`` on a body msgspec cannot decode but orjson can (a
  creator's field nested about 1,000 levels deep): each creator is still judged on its own.
- The answers any route may give before it runs (the Host check's 400, a 405 for a method the
  path does not take, ``fraud serve``'s 400 and 431 for a bad request head) are in
  ``/openapi.json`` on every operation, their documented examples byte for byte the bodies sent.
- ``GET /v1/creators/...`` answers a stored score whose verdict or severity this release does
  not name (another release's) as stored, where it was a 500.
"""

from __future__ import annotations

import json
import socket
import threading
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import msgspec
import orjson
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from fraud.store import CreatorStore, scores_table
from service.main import create_app
from service.protocol import MAX_HEAD_BYTES, BoundedHttpToolsProtocol
from service.routes.score import _TOP_LEVEL
from service.settings import ServiceSettings
from tests import test_service
from tests.test_cli import StubScorer
from tests.test_service import local_client
from tests.test_service_abuse import uvicorn_thread
from tests.test_service_batch_skip import BAD_DATE, NO_ID, SKIP, _other
from tests.test_service_walk import CREATORS, _assert_as_documented, _documented, _spec, _validator

client = test_service.client  # the fixture: the stub scorer's service with small limits

#: Deeper than msgspec's decoder goes (Python's recursion limit, 1,000 by default) with the
#: three levels around it (the body, ``creators``, the creator), within orjson's 1,024.
DEPTH = 1015


def _deep(value: bytes = b"1") -> bytes:
    return b"[" * DEPTH + value + b"]" * DEPTH


def _body(creators: list[Any], deep_at: int, field: str = "notes") -> bytes:
    """``{"creators": creators}`` with creator ``deep_at`` given ``field`` nested ``DEPTH``
    deep (spliced in as text: orjson writes no more than 255 levels)."""
    parts = [orjson.dumps(creator) for creator in creators]
    deep = parts[deep_at]
    parts[deep_at] = deep[:-1] + b',"' + field.encode() + b'":' + _deep() + b"}"
    return b'{"creators":[' + b",".join(parts) + b"]}"


def _post(client: TestClient, path: str, body: bytes) -> Any:
    return client.post(path, content=body, headers={"content-type": "application/json"})


def _msgspec_refuses(body: bytes) -> bool:
    """Whether the batch route's msgspec decoder gives up on ``body`` for its depth, in a
    thread as the route's (a fresh, shallow stack)."""
    refused: list[bool] = []

    def decode() -> None:
        try:
            _TOP_LEVEL.decode(body)
            refused.append(False)
        except RecursionError:
            refused.append(True)
        except msgspec.DecodeError:  # any other refusal: not what the test is about
            refused.append(False)

    thread = threading.Thread(target=decode)
    thread.start()
    thread.join()
    return refused == [True]


def test_skip_judges_each_creator_of_a_body_too_deep_for_msgspec(client: TestClient) -> None:
    creators = [_other("a"), BAD_DATE, _other("b"), NO_ID]
    body = _body(creators, deep_at=0)
    assert _msgspec_refuses(body) and orjson.loads(body)  # the premise: only orjson reads it
    response = _post(client, SKIP, body)
    assert response.status_code == 200, response.text  # was a 422 for the whole batch
    answer = response.json()
    results, rejects = answer["results"], answer["rejects"]
    assert [r["creator_id"] if r else None for r in results] == ["tiktok:a", None, "tiktok:b", None]
    assert sum(r is not None for r in results) + len(rejects) == len(creators)
    # the same rejects, in the same words, as for the same creators without the deep field
    shallow = client.post(SKIP, json={"creators": creators}).json()
    assert rejects == shallow["rejects"]
    assert [(r["index"], r["creator_id"]) for r in rejects] == [(1, "x"), (3, None)]
    assert rejects[0]["errors"][0]["loc"] == ["body", "creators", 1, "follower_history", 0, "date"]
    # and the scores are those of the creators read the usual way
    assert results == shallow["results"]


def test_skip_rejects_the_deep_creator_itself_when_it_is_invalid(client: TestClient) -> None:
    # the deep value where the contract wants a number: that creator alone is rejected
    creators = [_other("a"), {**_other("deep"), "profile": {}}, _other("b")]
    body = _body(creators, deep_at=1, field="profile").replace(b'"profile":{},', b"", 1)
    assert _msgspec_refuses(body)
    response = _post(client, SKIP, body)
    assert response.status_code == 200, response.text
    answer = response.json()
    assert [r is None for r in answer["results"]] == [False, True, False]
    (reject,) = answer["rejects"]
    assert reject["index"] == 1 and reject["creator_id"] == "tiktok:deep"
    assert reject["errors"][0]["loc"] == ["body", "creators", 1, "profile"]
    # the default mode says the same of it, for the whole batch
    detail = _post(client, "/v1/score/batch", body).json()["detail"]
    assert detail == reject["errors"]


def test_the_default_mode_still_refuses_the_whole_deep_batch(client: TestClient) -> None:
    body = _body([_other("a"), BAD_DATE], deep_at=0)
    response = _post(client, "/v1/score/batch", body)
    assert response.status_code == 422
    (item,) = response.json()["detail"]
    assert item["loc"] == ["body", "creators", 1, "follower_history", 0, "date"]
    valid = _post(client, "/v1/score/batch", _body([_other("a"), _other("b")], deep_at=1))
    assert valid.status_code == 200, valid.text
    assert [r["creator_id"] for r in valid.json()["results"]] == ["tiktok:a", "tiktok:b"]


DEEP = _deep()
TOO_DEEP = b"[" * 1100 + b"]" * 1100  # beyond orjson's 1,024 levels too: not JSON to either


@pytest.mark.parametrize(
    ("body", "loc"),
    [
        (b'{"other":' + DEEP + b"}", ["body", "creators"]),  # no creators
        (b'{"creators":{"x":' + DEEP + b"}}", ["body", "creators"]),  # not a list
        (b'{"creators":[' + b"{}," * 1000 + DEEP + b"]}", ["body", "creators"]),  # 1,001
        # orjson stops at its 1,024th level: 13 bytes of '{"creators":[' and 1,023 '['
        (b'{"creators":[' + TOO_DEEP + b"]}", ["body", 13 + 1023]),
    ],
    ids=["no creators", "not a list", "too many creators", "too deep for all"],
)
def test_skip_still_refuses_a_deep_bad_body_as_a_whole(
    client: TestClient, body: bytes, loc: list[Any]
) -> None:
    assert _msgspec_refuses(body)
    response = _post(client, SKIP, body)
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert detail[0]["loc"] == loc
    # in the words the default mode uses for it
    assert _post(client, "/v1/score/batch", body).json()["detail"] == detail


# ------------------------------------------------------------------ 400, 405, 431 documented


def _app_client(**settings: Any) -> TestClient:
    return local_client(
        create_app(ServiceSettings(**settings), scorer=StubScorer()), raise_server_exceptions=False
    )


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(method, path as documented, a URL of it) for every operation of ``spec``."""
    return [
        (method, path, path.replace("{platform}", "tiktok").replace("{creator_id}", "x"))
        for path, operations in spec["paths"].items()
        for method in operations
    ]


def _assert_sent_as_an_example(
    spec: dict[str, Any], method: str, path: str, status: int, body: bytes
) -> None:
    """``body`` is byte for byte one of the examples documented for ``status``."""
    media = _documented(spec, method, path, status)["content"]["application/json"]
    examples = [orjson.dumps(example["value"]) for example in media["examples"].values()]
    assert body in examples, (method, path, status, body)


def test_the_host_check_400_is_documented_on_every_operation_as_sent() -> None:
    with _app_client() as client:
        spec = _spec(client)
        operations = _operations(spec)
        assert len(operations) >= 7
        for method, path, url in operations:
            answer = client.request(method, url, headers={"host": "evil.example"})
            _assert_as_documented(spec, method, path, answer, 400)
            assert answer.headers["content-type"] == "application/json"
            _assert_sent_as_an_example(spec, method, path, 400, answer.content)


def test_a_405_is_documented_on_every_operation_as_sent() -> None:
    with _app_client() as client:
        spec = _spec(client)
        for method, path, url in _operations(spec):
            taken = {m.upper() for m in spec["paths"][path]}
            other = "PUT" if method != "put" else "DELETE"
            answer = client.request(other, url, json={})
            _assert_as_documented(spec, method, path, answer, 405)
            _assert_sent_as_an_example(spec, method, path, 405, answer.content)
            assert "Allow" in _documented(spec, method, path, 405)["headers"]
            assert taken <= {m.strip() for m in answer.headers["allow"].split(",")}


def _raw_answer(port: int, request: bytes) -> tuple[int, bytes]:
    with socket.create_connection(("127.0.0.1", port)) as conn:
        conn.sendall(request)
        conn.settimeout(5.0)
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


def test_fraud_serves_protocol_answers_are_documented_as_sent() -> None:
    """The 400 for two Host fields and the 431 for an oversized head, which ``fraud serve``'s
    protocol sends before the app sees the request: the documented examples, byte for byte."""
    app = create_app(ServiceSettings(), scorer=StubScorer())
    with _app_client() as client:
        spec = _spec(client)
    with uvicorn_thread(app, http=BoundedHttpToolsProtocol, lifespan="on") as port:
        status, body = _raw_answer(
            port, b"GET /v1/model HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n"
        )
        assert status == 400
        _assert_sent_as_an_example(spec, "get", "/v1/model", 400, body)
        padding = b"X-Pad: " + b"a" * MAX_HEAD_BYTES + b"\r\n"
        status, body = _raw_answer(
            port, b"GET /v1/model HTTP/1.1\r\nHost: localhost\r\n" + padding + b"\r\n"
        )
        assert status == 431
        _assert_sent_as_an_example(spec, "get", "/v1/model", 431, body)
        for method, path, _ in _operations(spec):  # any request may be refused so
            _assert_sent_as_an_example(spec, method, path, 431, body)


# ------------------------------------------------------------------ a stored value of another release


def test_a_stored_verdict_or_severity_this_release_does_not_name_is_answered(
    tmp_path: Path,
) -> None:
    """A score row written by another release (a verdict or severity outside today's enums)
    is answered as stored, in the fields the document types as the enum or a string; it was
    a 500 (the typed answer refused the value)."""
    location = tmp_path / "store.sqlite"
    key = {"namespace": "", "platform": "tiktok", "creator_id": "other_release"}
    reasons = [
        {"code": "OLD_CODE", "severity": "critical", "message": "as worded then"},
        {"code": "NO_RED_FLAGS", "severity": "info", "message": "m"},
    ]
    rows = [  # (date, model version, verdict): an unknown verdict, and a known one beside it
        (date(2026, 1, 1), "v-old", "bought_followers"),
        (date(2026, 1, 2), "v-new", "authentic"),
    ]
    with CreatorStore.open(location) as store, store.engine.begin() as connection:
        connection.execute(
            sa.insert(scores_table),
            [
                {**key, "date": day, "model_version": version, "verdict": verdict}
                | {
                    "fraud_probability": 0.5,
                    "authenticity": 50.0,
                    "top_reasons": json.dumps(reasons),
                }
                | {"recorded_at": datetime(2026, 1, 3, tzinfo=UTC), "as_of": None}
                for day, version, verdict in rows
            ],
        )
    with CreatorStore.open(location) as store:
        app = create_app(ServiceSettings(), scorer=StubScorer(), store=store)
        with local_client(app, raise_server_exceptions=False) as client:
            response = client.get("/v1/creators/tiktok/other_release")
            assert response.status_code == 200, response.text  # was 500
            spec = _spec(client)
        history = store.history("tiktok", "other_release")
    body = response.json()
    assert [s["verdict"] for s in body["scores"]] == ["bought_followers", "authentic"]
    assert [r["severity"] for r in body["scores"][0]["top_reasons"]] == ["critical", "info"]
    # byte for byte what the store holds, as the route answered before it had a model
    assert response.content == TypeAdapter(dict[str, Any]).dump_json(history)
    # and as the document says: the enum's value, or a string
    media = _documented(spec, "get", CREATORS, 200)["content"]["application/json"]
    assert [e.message for e in _validator(spec, media["schema"]).iter_errors(body)] == []
    score = spec["components"]["schemas"]["StoredVerdict"]["properties"]["verdict"]
    assert score["anyOf"] == [{"$ref": "#/components/schemas/Verdict"}, {"type": "string"}]
    assert "another release" in score["description"]
    reason = spec["components"]["schemas"]["StoredReason"]["properties"]["severity"]
    assert reason["anyOf"] == [{"$ref": "#/components/schemas/Severity"}, {"type": "string"}]
