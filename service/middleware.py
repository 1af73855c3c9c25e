"""ASGI middleware: every error as JSON, and a per-client rate limit.

Pure ASGI (no ``BaseHTTPMiddleware``): nothing buffers a response body, and a request body
flows through untouched.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import time

import orjson
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import HOST_REFUSED

__all__ = ["JsonErrorMiddleware", "RateLimitMiddleware"]

# Starlette answers some errors itself, in plain text: 413 from the body limit, 400 from the
# trusted-host check. Clients of a JSON API get JSON whatever went wrong.
_PLAIN_DETAILS = {
    400: HOST_REFUSED,
    413: "the body is over the size limit",
}


async def _send_json(
    send: Send, status: int, detail: str, headers: dict[str, str] | None = None
) -> None:
    body = orjson.dumps({"detail": detail})
    raw_headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    raw_headers += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


class JsonErrorMiddleware:
    """Rewrites the framework's plain-text error responses (413, 400) into JSON."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rewriting = False

        async def send_json_errors(message: Message) -> None:
            nonlocal rewriting
            if message["type"] == "http.response.start":
                status = int(message["status"])
                # 413 comes only from the body limit, in text or in the framework's JSON
                # wording: one wording for both. (Headers are parsed only for these codes.)
                if status in _PLAIN_DETAILS and (
                    status == 413
                    or Headers(raw=message.get("headers", []))
                    .get("content-type", "")
                    .startswith("text/plain")
                ):
                    rewriting = True
                    await _send_json(send, status, _PLAIN_DETAILS[status])
                    return
            elif rewriting:
                return  # drop the plain-text body: the JSON one has been sent
            await send(message)

        await self.app(scope, receive, send_json_errors)


class RateLimitMiddleware:
    """Refuses a client's requests beyond ``limit`` (``limits`` notation) with a JSON 429.

    A client is its API key when it sends one of the configured ``api_keys``, else its
    address (which is the forwarded-for address only when the server trusts the proxy, see
    ``FRAUD_FORWARDED_ALLOW_IPS``). A key that is not configured counts as no key: otherwise
    a client sending a fresh made-up key each time would never be limited, its 401s never
    throttled, and each made-up key would add an entry to the limiter's storage.
    Liveness and readiness probes are never limited.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        limit: str,
        storage_uri: str = "memory://",
        exempt: tuple[str, ...],
        api_keys: tuple[str, ...] = (),
    ) -> None:
        from limits import parse_many, storage
        from limits.aio import strategies

        self.app = app
        self.items = parse_many(limit)
        uri = storage_uri if storage_uri.startswith("async+") else f"async+{storage_uri}"
        self.limiter = strategies.MovingWindowRateLimiter(storage.storage_from_string(uri))
        self.exempt = frozenset(exempt)
        self.api_keys = tuple(api_keys)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") in self.exempt:
            await self.app(scope, receive, send)
            return
        key = _client_key(scope, self.api_keys)
        for item in self.items:
            if not await self.limiter.hit(item, key):
                stats = await self.limiter.get_window_stats(item, key)
                retry = max(1, math.ceil(stats.reset_time - time.time()))
                await _send_json(
                    send,
                    429,
                    f"rate limit exceeded ({item}); retry in {retry} s",
                    {"Retry-After": str(retry)},
                )
                return
        await self.app(scope, receive, send)


def _client_key(scope: Scope, api_keys: tuple[str, ...]) -> str:
    headers = Headers(scope=scope)
    key = headers.get("x-api-key")
    if key and _is_configured(key, api_keys):
        # Hashed, so that the limiter's storage never holds a key.
        return "key:" + hashlib.sha256(key.encode()).hexdigest()[:32]
    client = scope.get("client")
    return f"ip:{client[0] if client else 'unknown'}"


def _is_configured(candidate: str, api_keys: tuple[str, ...]) -> bool:
    # Compared with every key in constant time, as the auth check does.
    given = candidate.encode()
    found = False
    for key in api_keys:
        found |= hmac.compare_digest(given, key.encode())
    return found
