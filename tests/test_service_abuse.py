"""The service against abusive clients: aborted uploads, huge headers, slow batches, big bodies."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from service.main import create_app
from service.settings import ServiceSettings
from tests.test_cli import StubScorer
from tests.test_service import _wait_ready, local_client


def _http_scope(path: str, headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"localhost"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }


def _aborted_upload(app: Any, path: str) -> list[dict[str, Any]]:
    """The messages ``app`` sends for a POST whose client hangs up after 9 of 1,000 bytes."""
    incoming = [
        {"type": "http.request", "body": b'{"creator', "more_body": True},
        {"type": "http.disconnect"},
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return incoming.pop(0) if incoming else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    headers = [(b"content-type", b"application/json"), (b"content-length", b"1000")]

    async def call() -> None:
        await app(_http_scope(path, headers), receive, send)

    with local_client(app) as client:
        _wait_ready(client)
        client.portal.call(call)  # type: ignore[union-attr]  # (set inside the with block)
    return sent


@pytest.mark.parametrize("path", ["/v1/score", "/v1/score/batch"])
def test_an_aborted_upload_is_one_quiet_line(path: str, caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(ServiceSettings(), scorer=StubScorer())
    with caplog.at_level(logging.INFO):
        _aborted_upload(app, path)  # raises if the exception escapes the app
    errors = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert errors == []
    assert [r.getMessage() for r in caplog.records if "disconnected" in r.getMessage()] == [
        f"client disconnected during POST {path}"
    ]
    assert app.state.gate.in_flight == 0
