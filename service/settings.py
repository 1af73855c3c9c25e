"""Service settings from environment variables, read once per process (cached).

Models and limits:

* ``FRAUD_MODELS``: model set, a NAME shipped under ``models/`` or a DIR (default: the default
  set); ``FRAUD_MODELS_DIR`` is the older spelling for a directory.
* ``FRAUD_MAX_BODY_BYTES``: largest body for ``POST /v1/score`` (default 5 MiB).
* ``FRAUD_MAX_BATCH_BODY_BYTES``: largest body for ``POST /v1/score/batch`` (default 64 MiB).
* ``FRAUD_SCORING_THREADS``: creators scored at once per process, off the event loop
  (default 1: scoring is CPU-bound and the GIL lets one thread run at a time anyway).
* ``FRAUD_SCORING_BUDGET_SECONDS``: a request still unanswered after this long gets 503
  (default 30; 0 = no budget).
* ``FRAUD_SCORING_WAITING_BYTES``: declared body bytes admitted to the scoring gate at once
  (read, being read or waiting; default 128 MiB): beyond it a request gets 503 before its
  body is read (a request alone is always admitted).
* ``FRAUD_BODY_TIMEOUT_SECONDS``: seconds any request body has to arrive after its head
  (default 10; 0 = no limit), plus one per ``FRAUD_BODY_MIN_RATE`` bytes received (default
  65536: a body arriving at 64 KiB/s or faster is never cut off; 0 = the whole body within
  the timeout). A slower body gets 408 and its connection is closed (see ``.pacing``).

Hardening (see the README's deployment guide):

* ``FRAUD_API_KEYS``: comma-separated keys; when set, scoring needs ``X-API-Key: KEY`` (or
  nothing else) and only an authenticated ``/v1/model`` shows thresholds and
  feature directions.
* ``FRAUD_RATE_LIMIT``: requests per client, in the ``limits`` notation, e.g.
  ``600/minute`` (default off). ``FRAUD_RATE_LIMIT_STORAGE``: a ``limits``
  storage URI (default ``memory://``, per process; ``redis://...`` shares it between workers).
* ``FRAUD_ALLOWED_HOSTS``: comma-separated Host names the service answers (default the loopback
  names; ``*`` for any). Guards against DNS rebinding.
* ``FRAUD_FORWARDED_ALLOW_IPS``: proxies whose ``X-Forwarded-For`` is believed (default none:
  the header is ignored).
* ``FRAUD_STORE_TRUST_CLIENT_HISTORY``: ``1`` makes the scoring routes record each request's
  ``follower_history`` in the store and update stored dates, as ``fraud score --store`` does
  (default off: a request adds only its profile's count, at a date not stored yet, and its
  score; see the README).
* ``FRAUD_STORE_PARTITION``: ``key`` gives each API key its own part of the store (needs
  ``FRAUD_API_KEYS``): a key's requests complete histories from, record into and read
  ``/v1/creators`` from its part alone; default ``shared``: one store for all clients.
* ``FRAUD_STORE_OBSERVED_DAYS``: without trusted clients, a request's count and score are
  stored only when dated from this many days before the server's date (UTC) to that date
  (default 3); an older or later one is used for that answer but not stored, and the answer
  says so in its ``X-Store-Not-Recorded`` header.
* ``FRAUD_BENCH_ROUTES``: ``1`` adds ``POST /v1/noop`` (parses nothing) for benchmarks.

A small dataclass instead of pydantic-settings: a dozen variables do not earn a dependency.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fraud.paths import models_dir

from .pacing import BodyPace

__all__ = [
    "LOOPBACK_HOSTS",
    "ServiceSettings",
    "body_pace",
    "get_settings",
    "settings_from_env",
]

MIB = 1024 * 1024
LOOPBACK_HOSTS: tuple[str, ...] = ("localhost", "127.0.0.1", "::1", "[::1]")


@dataclass(frozen=True)
class ServiceSettings:
    """Everything the HTTP service can be configured with."""

    models_dir: Path | None = None
    max_body_bytes: int = 5 * MIB
    max_batch_body_bytes: int = 64 * MIB
    scoring_threads: int = 1
    scoring_batch: int = 16
    scoring_batch_bytes: int = 2 * MIB
    scoring_waiting_bytes: int = 128 * MIB
    scoring_budget_seconds: float = 30.0
    body_timeout_seconds: float = 10.0
    body_min_rate: int = 64 * 1024
    api_keys: tuple[str, ...] = ()
    rate_limit: str | None = None
    rate_limit_storage: str = "memory://"
    allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS
    forwarded_allow_ips: str | None = None
    bench_routes: bool = False
    store_trusts_client_history: bool = False
    store_observed_days: int = 3
    store_partition: str = "shared"


def _int_var(environ: Mapping[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, got {raw!r}") from None
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value}")
    return value


def _float_var(environ: Mapping[str, str], name: str, default: float) -> float:
    raw = environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number of seconds, got {raw!r}") from None
    if not value >= 0:
        raise ValueError(f"{name} must not be negative, got {raw!r}")
    return value


def _list_var(environ: Mapping[str, str], name: str) -> tuple[str, ...] | None:
    raw = environ.get(name)
    if raw is None:
        return None
    return tuple(item.strip() for item in raw.split(",") if item.strip())


def _rate_limit(environ: Mapping[str, str], default: str | None) -> str | None:
    raw = environ.get("FRAUD_RATE_LIMIT")
    if raw is None:
        return default
    raw = raw.strip()
    if raw.lower() in {"", "off", "0", "none"}:
        return None
    from limits import parse_many

    try:
        parse_many(raw)
    except ValueError:
        raise ValueError(
            f"FRAUD_RATE_LIMIT must look like '600/minute' or '10/second;600/minute', got {raw!r}"
        ) from None
    return raw


def _store_partition(environ: Mapping[str, str], api_keys: tuple[str, ...]) -> str:
    raw = environ.get("FRAUD_STORE_PARTITION", "").strip().lower()
    if raw in {"", "shared", "none", "off"}:
        return "shared"
    if raw != "key":
        raise ValueError(f"FRAUD_STORE_PARTITION must be 'key' or 'shared', got {raw!r}")
    if not api_keys:
        raise ValueError("FRAUD_STORE_PARTITION=key needs FRAUD_API_KEYS (a part per key)")
    return raw


def settings_from_env(environ: Mapping[str, str] | None = None) -> ServiceSettings:
    """Settings from ``environ`` (default: ``os.environ``); raises ValueError on a bad value."""
    env = os.environ if environ is None else environ
    defaults = ServiceSettings()
    selected = None
    if env.get("FRAUD_MODELS", "").strip() or env.get("FRAUD_MODELS_DIR", "").strip():
        selected = models_dir(env)
    keys = _list_var(env, "FRAUD_API_KEYS") or ()
    if any(len(key) < 16 for key in keys):
        raise ValueError("FRAUD_API_KEYS: every key must be at least 16 characters long")
    forwarded = env.get("FRAUD_FORWARDED_ALLOW_IPS", "").strip() or None
    return ServiceSettings(
        models_dir=selected,
        max_body_bytes=_int_var(env, "FRAUD_MAX_BODY_BYTES", defaults.max_body_bytes),
        max_batch_body_bytes=_int_var(
            env, "FRAUD_MAX_BATCH_BODY_BYTES", defaults.max_batch_body_bytes
        ),
        scoring_threads=_int_var(env, "FRAUD_SCORING_THREADS", defaults.scoring_threads, 1),
        scoring_batch=_int_var(env, "FRAUD_SCORING_BATCH", defaults.scoring_batch, 1),
        scoring_batch_bytes=_int_var(
            env, "FRAUD_SCORING_BATCH_BYTES", defaults.scoring_batch_bytes
        ),
        scoring_waiting_bytes=_int_var(
            env, "FRAUD_SCORING_WAITING_BYTES", defaults.scoring_waiting_bytes
        ),
        scoring_budget_seconds=_float_var(
            env, "FRAUD_SCORING_BUDGET_SECONDS", defaults.scoring_budget_seconds
        ),
        body_timeout_seconds=_float_var(
            env, "FRAUD_BODY_TIMEOUT_SECONDS", defaults.body_timeout_seconds
        ),
        body_min_rate=_int_var(env, "FRAUD_BODY_MIN_RATE", defaults.body_min_rate),
        api_keys=keys,
        rate_limit=_rate_limit(env, defaults.rate_limit),
        rate_limit_storage=env.get("FRAUD_RATE_LIMIT_STORAGE", "").strip()
        or defaults.rate_limit_storage,
        allowed_hosts=_list_var(env, "FRAUD_ALLOWED_HOSTS") or defaults.allowed_hosts,
        forwarded_allow_ips=forwarded,
        bench_routes=env.get("FRAUD_BENCH_ROUTES", "").strip().lower() in {"1", "true", "yes"},
        store_trusts_client_history=env.get("FRAUD_STORE_TRUST_CLIENT_HISTORY", "").strip().lower()
        in {"1", "true", "yes"},
        store_partition=_store_partition(env, keys),
        store_observed_days=_int_var(
            env, "FRAUD_STORE_OBSERVED_DAYS", defaults.store_observed_days
        ),
    )


def body_pace(settings: ServiceSettings) -> BodyPace:
    """The pace request bodies must keep under ``settings`` (see :mod:`.pacing`)."""
    return BodyPace(settings.body_timeout_seconds, settings.body_min_rate)


@lru_cache(maxsize=1)
def get_settings() -> ServiceSettings:
    """The process's settings, read from the environment on first use."""
    return settings_from_env()
