"""uvicorn's httptools protocol with the bounds it lacks: header size, header time, idle time.

httptools (kept for speed) has no limit on a request's header block, and uvicorn's
``h11_max_incomplete_event_size`` applies to h11 only: a client could send hundreds of MB of
headers and the connection would buffer them all. uvicorn's keep-alive timeout starts only
after a response, so a connection that never sends a byte stays open, and nothing bounds the
time a client takes to send its headers. :class:`BoundedHttpToolsProtocol` adds, per
connection and with one addition per received chunk:

- a request head (request line and headers) over ``MAX_HEAD_BYTES`` gets 431 and the
  connection is closed, before httptools parses it (the head's bytes are counted up to its
  blank line, also when the whole head comes in one read);
- trailer fields after a chunked body are not kept (the service reads none): more than
  ``MAX_HEAD_BYTES`` of them close the connection (an endless trailer section grew the
  process by 4 GB in 10 s: review s47);
- a new connection that sends nothing within the keep-alive timeout is closed (as an idle
  keep-alive connection is);
- a head not complete ``HEAD_TIMEOUT_SECONDS`` after its first byte closes the connection;
- a body that does not keep :class:`~fraud_service.pacing.BodyPace` (``FRAUD_BODY_TIMEOUT_SECONDS``
  after the head, plus a second per ``FRAUD_BODY_MIN_RATE`` bytes received) gets 408, when
  nothing has been answered yet, and the connection is closed: the route reading it sees the
  client gone and frees its place in the scoring gate. This holds for every route, also for
  a body still arriving after an early answer (a 401, a 503 from the gate).
"""

from __future__ import annotations

import asyncio
import logging

import orjson
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .errors import HEADERS_TOO_LARGE, TWO_HOSTS
from .protocol_timer import BodyTimer, TimedBodies, body_timeout_response, closing_answer

__all__ = [
    "HEAD_TIMEOUT_SECONDS",
    "MAX_HEAD_BYTES",
    "BoundedHttpToolsProtocol",
]

#: The largest request head accepted (request line and all headers), as h11 is configured.
MAX_HEAD_BYTES = 16 * 1024
#: The time a client has to send a whole request head once it has started.
HEAD_TIMEOUT_SECONDS = 10.0

_TOO_LARGE = closing_answer(
    b"431 Request Header Fields Too Large", orjson.dumps({"detail": HEADERS_TOO_LARGE})
)
_TWO_HOSTS = closing_answer(b"400 Bad Request", orjson.dumps({"detail": TWO_HOSTS}))

logger = logging.getLogger("uvicorn.error.fraud")


class BoundedHttpToolsProtocol(TimedBodies, HttpToolsProtocol):
    """:class:`HttpToolsProtocol` with bounded request heads, paced bodies and bounded idle
    new connections."""

    max_head_bytes = MAX_HEAD_BYTES
    head_timeout_seconds = HEAD_TIMEOUT_SECONDS

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_pacing()
        self._in_head = True
        self._head_bytes = 0
        self._head_tail = b""  # the last bytes of the head so far (its end may span reads)
        self._trailer_bytes = 0
        self._hosts = 0
        self._refused = False
        self._head_timer: asyncio.TimerHandle | None = None
        # Closed like an idle keep-alive connection when no byte arrives (uvicorn cancels
        # this timer on the first byte received).
        self.timeout_keep_alive_task = self.loop.call_later(
            self.timeout_keep_alive, self.timeout_keep_alive_handler
        )

    def data_received(self, data: bytes) -> None:
        if self._in_head:
            if not self._head_bytes:
                self._head_timer = self.loop.call_later(
                    self.head_timeout_seconds, self._head_timed_out
                )
            self._head_bytes += self._head_part(data)
            # Checked before parsing, on the head's own bytes (a read may end the head and
            # start the body): httptools never parses a head over the limit.
            if self._head_bytes > self.max_head_bytes:
                self._refuse(_TOO_LARGE)
                return
        super().data_received(data)

    def _head_part(self, data: bytes) -> int:
        """How many bytes of ``data`` belong to the head being read: up to and including its
        blank line, when ``data`` holds it (found across reads too), else all of them."""
        probe = self._head_tail + data
        end = probe.find(b"\r\n\r\n")
        if end < 0:
            self._head_tail = probe[-3:]
            return len(data)
        self._head_tail = b""
        return max(end + 4 - (len(probe) - len(data)), 0)

    def _refuse(self, answer: bytes) -> None:
        """Close the connection, with ``answer`` when no response is being sent; the parser's
        later callbacks for this connection are ignored."""
        self._refused = True
        self._stop_head_timer()
        self._in_head = False
        if self.cycle is None or self.cycle.response_complete:
            self.transport.write(answer)
        self.transport.close()

    def on_header(self, name: bytes, value: bytes) -> None:
        if self._in_head:
            if name.lower() == b"host":
                self._hosts += 1
                if self._hosts > 1:  # RFC 9112 3.2: a request with two Host fields is a 400
                    self._refuse(_TWO_HOSTS)
                    return
            super().on_header(name, value)
            return
        # A trailer field (after a chunked body): the service reads none, so none is kept
        # (uvicorn would append each to the request's headers, without any bound).
        self._trailer_bytes += len(name) + len(value) + 4
        if self._trailer_bytes > self.max_head_bytes and not self.transport.is_closing():
            logger.info("closed a connection that sent %d bytes of trailers", self._trailer_bytes)
            self.transport.close()

    def on_headers_complete(self) -> None:
        if self._refused:  # refused while its head was read (two Host fields)
            return
        self._in_head = False
        self._head_bytes = 0
        self._head_tail = b""
        self._trailer_bytes = 0
        self._hosts = 0
        self._stop_head_timer()
        super().on_headers_complete()
        if self._pace.enabled:  # cancelled at once by on_message_complete when no body follows
            self._stop_body_timer()
            self._body_timer = BodyTimer(self.loop, self._pace, self._body_too_slow)

    def on_body(self, body: bytes) -> None:
        if self._refused:
            return
        if self._body_timer is not None:
            self._body_timer.received += len(body)
        super().on_body(body)

    def on_message_complete(self) -> None:
        if self._refused:
            return
        self._stop_body_timer()
        super().on_message_complete()
        self._in_head = True  # what comes next is the next request's head

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_head_timer()
        self._stop_body_timer()
        super().connection_lost(exc)

    def _body_too_slow(self) -> None:
        ours, timer = self._late_timer()
        if not ours:
            return
        cycle = self.cycle
        if timer is not None and any(queued is cycle for queued, _ in self.pipeline):
            # A pipelined request: its body waits until the server reads it again.
            timer.restart()
            self._body_timer = timer
            return
        if cycle is not None and not cycle.response_started:
            self.transport.write(body_timeout_response())
        logger.info(
            "closed a connection whose request body did not arrive in time (%d bytes received)",
            timer.received if timer is not None else 0,
        )
        self.transport.close()

    def _stop_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self._in_head and not self.transport.is_closing():
            self.transport.close()
