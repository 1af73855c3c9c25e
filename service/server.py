"""Run the service: one uvicorn process, or several sharing one listening socket.

uvicorn's multi-worker mode binds its socket as ``socket.socket(family)``, whose ``proto`` is
0; asyncio turns on TCP_NODELAY only for sockets whose ``proto`` is IPPROTO_TCP, so every
response then waits on Nagle's algorithm and the client's delayed ACK: about 40 ms a request,
even for ``/healthz``. Binding the socket here with IPPROTO_TCP keeps responses immediate.

uvicorn picks uvloop and httptools when they are installed (they are dependencies; httptools
through :mod:`.protocol`, which bounds request heads, body pace and idle connections), sends
no ``server`` header, and believes ``X-Forwarded-For`` only from the proxies listed in
``FRAUD_FORWARDED_ALLOW_IPS`` (uvicorn's own default would trust 127.0.0.1).
"""

from __future__ import annotations

import socket
from typing import Any

import uvicorn
from uvicorn.supervisors import Multiprocess

from .settings import get_settings

__all__ = ["APP", "serve", "tcp_socket", "uvicorn_config"]

APP = "fraud_service.main:create_app"


def tcp_socket(host: str, port: int) -> socket.socket:
    """A bound, inheritable TCP socket that asyncio will give TCP_NODELAY connections."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


def uvicorn_config(
    host: str, port: int, workers: int = 1, log_level: str = "info"
) -> uvicorn.Config:
    """The uvicorn configuration :func:`serve` runs (hardened defaults, see the module doc)."""
    settings = get_settings()
    return uvicorn.Config(
        APP,
        factory=True,
        host=host,
        port=port,
        log_level=log_level,
        workers=workers,
        loop="auto",  # uvloop when installed
        http=_http_protocol(),  # httptools when installed, with bounded heads (.protocol)
        server_header=False,
        proxy_headers=settings.forwarded_allow_ips is not None,
        forwarded_allow_ips=settings.forwarded_allow_ips or "",
        timeout_keep_alive=5,
        # Bounded headers with h11 too: it refuses a header block over this many bytes.
        h11_max_incomplete_event_size=16 * 1024,
    )


def _http_protocol() -> Any:
    """httptools with :mod:`.protocol`'s bounds, or h11 with paced bodies
    (:mod:`.protocol_h11`; its heads are bounded by the setting below)."""
    try:
        from .protocol import BoundedHttpToolsProtocol
    except ImportError:  # httptools not installed
        from .protocol_h11 import BoundedH11Protocol

        return BoundedH11Protocol
    return BoundedHttpToolsProtocol


def serve(host: str, port: int, workers: int = 1, log_level: str = "info") -> None:
    """Serve :data:`APP` on ``host:port`` with ``workers`` processes (blocks until stopped)."""
    config = uvicorn_config(host, port, workers, log_level)
    if workers <= 1:
        uvicorn.Server(config).run()
        return
    Multiprocess(config, sockets=[tcp_socket(host, port)]).run()
