"""The body timer both bounded HTTP protocols use (:mod:`.protocol`, :mod:`.protocol_h11`)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from .pacing import BODY_TIMEOUT_BODY, BodyPace
from .settings import body_pace, get_settings

__all__ = ["BodyTimer", "TimedBodies", "body_timeout_response", "closing_answer"]


def closing_answer(status: bytes, body: bytes) -> bytes:
    """A whole raw HTTP/1.1 answer with a JSON ``body`` that closes the connection, for a
    protocol to write before the app has a request (``status``: ``b"408 Request Timeout"``)."""
    return (
        b"HTTP/1.1 %s\r\n"
        b"content-type: application/json\r\n"
        b"content-length: %d\r\n"
        b"connection: close\r\n\r\n" % (status, len(body))
    ) + body


def body_timeout_response() -> bytes:
    """The 408 a protocol sends for a body cut off before anything was answered."""
    return closing_answer(b"408 Request Timeout", BODY_TIMEOUT_BODY)


class BodyTimer:
    """Times one request body on ``loop`` against ``pace``; calls ``on_late`` once when the
    body falls behind. One timer at a time, re-armed only when it fires early (a body that
    keeps pace costs a timer per ``grace`` seconds or so, not one per chunk)."""

    __slots__ = ("_handle", "_loop", "_on_late", "_pace", "_started", "received")

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        pace: BodyPace,
        on_late: Callable[[], None],
    ) -> None:
        self._loop = loop
        self._pace = pace
        self._on_late = on_late
        self._started = loop.time()
        self.received = 0
        self._handle: asyncio.TimerHandle | None = loop.call_at(
            pace.deadline(self._started, 0), self._check
        )

    def restart(self) -> None:
        """Start the clock again (the body waits on the server, not on the client)."""
        self.cancel()
        self._started = self._loop.time()
        self.received = 0
        self._handle = self._loop.call_at(self._pace.deadline(self._started, 0), self._check)

    def cancel(self) -> None:
        """The body is complete (or the connection gone): stop timing it."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _check(self) -> None:
        deadline = self._pace.deadline(self._started, self.received)
        if deadline > self._loop.time():
            self._handle = self._loop.call_at(deadline, self._check)
            return
        self._handle = None
        self._on_late()


class TimedBodies:
    """What both bounded protocols do with their :class:`BodyTimer` (mixed in before
    uvicorn's protocol class)."""

    #: ``None``: the service's settings (``FRAUD_BODY_TIMEOUT_SECONDS``, ``FRAUD_BODY_MIN_RATE``).
    body_pace: BodyPace | None = None
    _body_timer: BodyTimer | None
    _pace: BodyPace
    transport: asyncio.Transport

    def _start_pacing(self) -> None:
        """On a new connection: the pace its bodies must keep, no body timed yet."""
        pace = type(self).body_pace
        self._pace = pace if pace is not None else body_pace(get_settings())
        self._body_timer = None

    def _stop_body_timer(self) -> None:
        if self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None

    def _late_timer(self) -> tuple[bool, BodyTimer | None]:
        """The timer that fired, detached, and whether the connection is still this
        protocol's to cut off (not closing, nor handed over: a WebSocket upgrade)."""
        timer, self._body_timer = self._body_timer, None
        ours = not self.transport.is_closing() and self.transport.get_protocol() is self
        return ours, timer
