"""Optional API keys (``FRAUD_API_KEYS``): who may score, and who sees the model's internals."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import APIKeyHeader

__all__ = ["AuthenticatedDep", "is_authenticated", "require_api_key"]

_api_key_header = APIKeyHeader(
    name="X-API-Key", auto_error=False, description="One of the keys in FRAUD_API_KEYS."
)


def _configured_keys(request: Request) -> tuple[str, ...]:
    settings = getattr(request.app.state, "settings", None)
    return tuple(getattr(settings, "api_keys", ()) or ())


def _matches(candidate: str | None, keys: tuple[str, ...]) -> bool:
    if not candidate:
        return False
    given = candidate.encode()
    # Compare with every key in constant time, so that timing says nothing about a key.
    found = False
    for key in keys:
        found |= hmac.compare_digest(given, key.encode())
    return found


async def is_authenticated(
    request: Request, api_key: Annotated[str | None, Depends(_api_key_header)] = None
) -> bool:
    """True when the request carries one of the configured keys (never true without keys)."""
    keys = _configured_keys(request)
    return bool(keys) and _matches(api_key, keys)


AuthenticatedDep = Annotated[bool, Depends(is_authenticated)]


async def require_api_key(request: Request, authenticated: AuthenticatedDep) -> None:
    """401 unless the request has a valid key; passes everyone when no keys are configured."""
    if _configured_keys(request) and not authenticated:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="a valid API key is required in the X-API-Key header",
            headers={"WWW-Authenticate": "APIKey"},
        )
