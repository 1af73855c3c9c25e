"""Request bodies must keep pace (FRAUD_BODY_TIMEOUT_SECONDS, FRAUD_BODY_MIN_RATE): a client
trickling a body loses its connection and its place in the scoring gate, on a real server."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import orjson
import pytest

from service.main import create_app
from service.pacing import BodyPace
from service.protocol import BoundedHttpToolsProtocol
from service.protocol_h11 import BoundedH11Protocol
from service.settings import ServiceSettings, settings_from_env
from tests.test_cli import StubScorer
from tests.test_service import _sample, _wait_ready, local_client
from tests.test_service_abuse import _http_scope, uvicorn_thread

GRACE = 0.6  # seconds: the pace of every server below


class _PacedHttpTools(BoundedHttpToolsProtocol):
    body_pace = BodyPace(GRACE, 2000)


class _PacedH11(BoundedH11Protocol):
    body_pace = BodyPace(GRACE, 2000)


@contextmanager
def _service(protocol: type, **settings: Any) -> Iterator[tuple[int, Any]]:
    """The service (stub scorer) on a real uvicorn server with ``protocol``, on a free port."""
    app = create_app(ServiceSettings(**settings), scorer=StubScorer())
    with uvicorn_thread(app, http=protocol, lifespan="on") as port:
        yield port, app


def _head(path: str, length: int, method: str = "POST") -> bytes:
    return (
        f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
    ).encode()


class _Trickler(threading.Thread):
    """A client that sends a head declaring a large body, then a byte every ``every`` s,
    until the server closes the connection (or ``stop`` is set); keeps what it is answered."""

    def __init__(self, port: int, path: str = "/v1/score", length: int = 1_000_000) -> None:
        super().__init__(daemon=True)
        self.conn = socket.create_connection(("127.0.0.1", port))
        self.conn.sendall(_head(path, length) + b"{")
        self.answer = b""
        self.sent = 1
        self.closed_after: float | None = None
        self.stop = threading.Event()
        self.every = 0.1

    def run(self) -> None:
        started = time.monotonic()
        self.conn.settimeout(self.every)
        while not self.stop.is_set():
            try:
                chunk = self.conn.recv(65536)
            except TimeoutError:
                chunk = None
            except OSError:
                chunk = b""
            if chunk == b"":
                self.closed_after = time.monotonic() - started
                break
            if chunk:
                self.answer += chunk
                continue
            try:
                self.conn.sendall(b" ")
                self.sent += 1
            except OSError:
                self.closed_after = time.monotonic() - started
                break
        self.conn.close()


def _wait_for(condition: Any, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return bool(condition())


@pytest.mark.parametrize("protocol", [_PacedHttpTools, _PacedH11], ids=["httptools", "h11"])
def test_a_trickled_body_gets_408_and_frees_its_place_in_the_gate(protocol: type) -> None:
    with _service(protocol) as (port, app):
        slow = _Trickler(port)
        slow.start()
        assert _wait_for(lambda: app.state.gate.in_flight == 1, 5)  # admitted, body unread
        slow.join(5 + GRACE)
        assert slow.closed_after is not None, "the trickled body was never cut off"
        assert slow.closed_after < GRACE + 1.5
        assert slow.answer.startswith(b"HTTP/1.1 408")
        assert slow.answer.endswith(b'{"detail":"the request body was not received in time"}')
        assert _wait_for(lambda: app.state.gate.in_flight == 0, 2)
        assert app.state.gate.bytes_in_flight == 0


def test_a_body_trickled_after_an_early_answer_is_cut_off_too() -> None:
    """A route that answers without reading the body (here 405 from the probe) keeps no
    connection open for a trickle either: the answer, then the connection closed."""
    with _service(_PacedHttpTools) as (port, _app):
        slow = _Trickler(port, "/healthz")
        slow.start()
        slow.join(5 + GRACE)
    assert slow.closed_after is not None and slow.closed_after < GRACE + 1.5
    assert slow.answer.startswith(b"HTTP/1.1 405")
    assert b"HTTP/1.1 408" not in slow.answer


def test_a_body_that_keeps_the_minimum_rate_is_not_cut_off() -> None:
    """Slower than the grace period in all, faster than FRAUD_BODY_MIN_RATE: answered."""
    record = orjson.dumps(_sample("thin_data_tiktok"))
    body = record + b" " * (4000 - len(record))
    with (
        _service(_PacedHttpTools) as (port, _app),
        socket.create_connection(("127.0.0.1", port)) as conn,
    ):
        conn.sendall(_head("/v1/score", len(body)))
        started = time.monotonic()
        for start in range(0, len(body), 400):  # 4,000 B/s against a minimum of 2,000
            conn.sendall(body[start : start + 400])
            time.sleep(0.1)
        took = time.monotonic() - started
        conn.settimeout(5)
        answer = conn.recv(65536)
    assert took > GRACE
    assert answer.startswith(b"HTTP/1.1 200"), answer[:200]


def test_honest_clients_are_served_while_slow_bodies_hold_connections() -> None:
    """Slow clients keep trickling: the first holds the gate's whole byte budget, the
    others connections. Honest requests (503 while the gate is full) are answered within
    about the grace period; before body pacing they never were."""
    record = orjson.dumps(_sample("thin_data_tiktok"))
    with _service(_PacedHttpTools, scoring_waiting_bytes=1_000_000) as (port, app):
        slow = [_Trickler(port)]
        slow[0].start()
        assert _wait_for(lambda: app.state.gate.in_flight == 1, 5)
        slow += [_Trickler(port, length=900_000) for _ in range(4)]
        for client in slow[1:]:
            client.start()
        answers: list[int] = []
        started = time.monotonic()
        with contextlib.ExitStack() as stack:
            while time.monotonic() - started < GRACE + 5:
                conn = stack.enter_context(socket.create_connection(("127.0.0.1", port)))
                conn.sendall(_head("/v1/score", len(record)) + record)
                conn.settimeout(5)
                answers.append(int(conn.recv(65536).split(b" ", 2)[1]))
                if answers[-1] == 200:
                    break
                time.sleep(0.1)
        served_after = time.monotonic() - started
        for client in slow:
            client.stop.set()
            client.join(5)
    assert answers[-1] == 200, answers
    assert set(answers) <= {200, 503}
    assert served_after < GRACE + 2
    # the slow clients had been sending all along, until the server cut them off
    assert all(client.sent > 1 for client in slow)
    assert all(client.answer.startswith(b"HTTP/1.1 ") for client in slow)


def test_the_route_cuts_off_a_slow_body_on_any_server() -> None:
    """Under a server without the paced protocol, the scoring route itself answers 408
    (Connection: close) and frees the gate."""
    app = create_app(
        ServiceSettings(body_timeout_seconds=0.3, body_min_rate=0), scorer=StubScorer()
    )
    incoming = [{"type": "http.request", "body": b'{"creator', "more_body": True}]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if incoming:
            return incoming.pop(0)
        await asyncio.sleep(3)  # the rest never comes; then the client gives up
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    headers = [(b"content-type", b"application/json"), (b"content-length", b"1000")]

    async def call() -> None:
        await app(_http_scope("/v1/score", headers), receive, send)

    with local_client(app) as client:
        _wait_ready(client)
        started = time.monotonic()
        client.portal.call(call)  # type: ignore[union-attr]
        took = time.monotonic() - started
        assert app.state.gate.in_flight == 0
    assert sent[0]["status"] == 408
    assert (b"connection", b"close") in sent[0]["headers"]
    assert took < 2


def test_body_pace_settings_are_read_from_the_environment() -> None:
    settings = settings_from_env(
        {"FRAUD_BODY_TIMEOUT_SECONDS": "2.5", "FRAUD_BODY_MIN_RATE": "1000"}
    )
    assert (settings.body_timeout_seconds, settings.body_min_rate) == (2.5, 1000)
    defaults = settings_from_env({})
    assert (defaults.body_timeout_seconds, defaults.body_min_rate) == (10.0, 65536)
    with pytest.raises(ValueError, match="FRAUD_BODY_TIMEOUT_SECONDS"):
        settings_from_env({"FRAUD_BODY_TIMEOUT_SECONDS": "soon"})
    with pytest.raises(ValueError, match="FRAUD_BODY_MIN_RATE"):
        settings_from_env({"FRAUD_BODY_MIN_RATE": "-1"})
    pace = BodyPace(10, 1000)
    assert pace.deadline(100.0, 0) == 110.0
    assert pace.deadline(100.0, 5000) == 115.0
    assert not BodyPace(0, 1000).enabled
