"""Service settings from environment variables, read once per process (cached).

* ``FRAUD_MODELS_DIR``: models directory (default: the project's ``models/``).
* ``FRAUD_MAX_BODY_BYTES``: largest body for ``POST /v1/score`` (default 5 MiB).
* ``FRAUD_MAX_BATCH_BODY_BYTES``: largest body for ``POST /v1/score/batch`` (default 64 MiB).
* ``FRAUD_BENCH_ROUTES``: ``1`` adds ``POST /v1/noop`` (parses nothing) for benchmarks.

A small dataclass instead of pydantic-settings: four variables do not earn a dependency.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["ServiceSettings", "get_settings", "settings_from_env"]

MIB = 1024 * 1024


@dataclass(frozen=True)
class ServiceSettings:
    """Everything the HTTP service can be configured with."""

    models_dir: Path | None = None
    max_body_bytes: int = 5 * MIB
    max_batch_body_bytes: int = 64 * MIB
    bench_routes: bool = False


def _int_var(environ: Mapping[str, str], name: str, default: int) -> int:
    raw = environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number of bytes, got {raw!r}") from None
    if value < 0:
        raise ValueError(f"{name} must not be negative, got {value}")
    return value


def settings_from_env(environ: Mapping[str, str] | None = None) -> ServiceSettings:
    """Settings from ``environ`` (default: ``os.environ``); raises ValueError on a bad value."""
    env = os.environ if environ is None else environ
    models_dir = env.get("FRAUD_MODELS_DIR")
    defaults = ServiceSettings()
    return ServiceSettings(
        models_dir=Path(models_dir) if models_dir else None,
        max_body_bytes=_int_var(env, "FRAUD_MAX_BODY_BYTES", defaults.max_body_bytes),
        max_batch_body_bytes=_int_var(
            env, "FRAUD_MAX_BATCH_BODY_BYTES", defaults.max_batch_body_bytes
        ),
        bench_routes=env.get("FRAUD_BENCH_ROUTES", "").strip().lower() in {"1", "true", "yes"},
    )


@lru_cache(maxsize=1)
def get_settings() -> ServiceSettings:
    """The process's settings, read from the environment on first use."""
    return settings_from_env()
