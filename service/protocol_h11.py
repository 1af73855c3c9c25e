"""uvicorn's h11 protocol with paced request bodies (:class:`~fraud_service.pacing.BodyPace`).

``fraud serve`` runs on httptools (:mod:`.protocol`); it falls back to h11 when httptools is
not installed, and ``uvicorn --http h11`` picks it too. h11 bounds a request head's size
itself (uvicorn's ``h11_max_incomplete_event_size``, set by :mod:`.server`); this protocol
adds the body pace the httptools one has: a body that falls behind gets 408 (when nothing
has been answered yet) and the connection is closed, which frees the scoring gate's place
of the route reading it.
"""

from __future__ import annotations

import asyncio
import logging

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .pacing import BODY_TIMEOUT_BODY
from .protocol_timer import BodyTimer, TimedBodies

__all__ = ["BoundedH11Protocol"]

logger = logging.getLogger("uvicorn.error.fraud")


class BoundedH11Protocol(TimedBodies, H11Protocol):
    """:class:`H11Protocol` whose request bodies must keep pace."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_pacing()

    def data_received(self, data: bytes) -> None:
        if self._body_timer is not None:
            self._body_timer.received += len(data)
        super().data_received(data)

    def handle_events(self) -> None:
        # Also called when a response completes (a pipelined request may start then).
        super().handle_events()
        in_body = self.conn.their_state is h11.SEND_BODY and not self.transport.is_closing()
        if in_body and self._body_timer is None and self._pace.enabled:
            self._body_timer = BodyTimer(self.loop, self._pace, self._body_too_slow)
        elif not in_body:
            self._stop_body_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_body_timer()
        super().connection_lost(exc)

    def _body_too_slow(self) -> None:
        ours, timer = self._late_timer()
        if not ours:
            return
        if self.conn.our_state is h11.SEND_RESPONSE:  # nothing answered yet
            headers = [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(BODY_TIMEOUT_BODY)).encode()),
                (b"connection", b"close"),
            ]
            try:
                output = self.conn.send(h11.Response(status_code=408, headers=headers))
                output += self.conn.send(h11.Data(data=BODY_TIMEOUT_BODY))
                output += self.conn.send(h11.EndOfMessage())
            except h11.LocalProtocolError:
                output = None
            if output:
                self.transport.write(output)
        logger.info(
            "closed a connection whose request body did not arrive in time (%d bytes received)",
            timer.received if timer is not None else 0,
        )
        self.transport.close()
