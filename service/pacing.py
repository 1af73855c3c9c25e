"""How long a client may take to send a request body: :class:`BodyPace`.

A request's head is bounded in size and time (:mod:`.protocol`); its body must keep pace too,
else a client that sends a valid head with ``Content-Length: 1000000`` and then a byte every
few seconds holds a connection, and on the scoring routes a place in the scoring gate
(admitted on the declared length before the body is read), for as long as it likes. A body
is cut off (408, connection closed) at the first moment ``t`` seconds after its head when
``t > grace + received / min_rate``: any body that arrives within ``grace`` seconds passes,
and so does a body of any size that keeps arriving at ``min_rate`` bytes per second or more
on average after it. A trickle is cut off about ``grace`` seconds after its head; holding a
place longer costs the client ``min_rate`` bytes of upload a second.

The rule is applied twice with the same settings (``FRAUD_BODY_TIMEOUT_SECONDS``,
``FRAUD_BODY_MIN_RATE``): by the HTTP protocols ``fraud serve`` runs (:mod:`.protocol`,
for every route, also after an early answer), and by the scoring routes while they read a
body (:func:`fraud_service.routes.score.read_admitted`), which frees the request's place in
the gate on any ASGI server.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BODY_TIMEOUT_BODY", "BodyPace"]

#: The whole answer to a body cut off by the protocol (the routes answer the same JSON).
BODY_TIMEOUT_BODY = b'{"detail":"the request body was not received in time"}'


@dataclass(frozen=True, slots=True)
class BodyPace:
    """``grace`` seconds for any body, plus one second per ``min_rate`` bytes received
    (``min_rate`` 0: the whole body within ``grace``). ``grace`` 0 turns the limit off."""

    grace: float = 10.0
    min_rate: int = 64 * 1024

    @property
    def enabled(self) -> bool:
        """Whether bodies are timed at all."""
        return self.grace > 0

    def deadline(self, started: float, received: int) -> float:
        """The time (on ``started``'s clock) by which more of the body must have arrived,
        ``received`` bytes of it having arrived since ``started``."""
        allowance = received / self.min_rate if self.min_rate > 0 else 0.0
        return started + self.grace + allowance
