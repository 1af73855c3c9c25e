"""Run the service: one uvicorn process, or several sharing one listening socket.

uvicorn's multi-worker mode binds its socket as ``socket.socket(family)``, whose ``proto`` is
0; asyncio turns on TCP_NODELAY only for sockets whose ``proto`` is IPPROTO_TCP, so every
response then waits on Nagle's algorithm and the client's delayed ACK: about 40 ms a request,
even for ``/healthz``. Binding the socket here with IPPROTO_TCP keeps responses immediate.
"""

from __future__ import annotations

import socket

import uvicorn
from uvicorn.supervisors import Multiprocess

__all__ = ["APP", "serve", "tcp_socket"]

APP = "service.main:create_app"


def tcp_socket(host: str, port: int) -> socket.socket:
    """A bound, inheritable TCP socket that asyncio will give TCP_NODELAY connections."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


def serve(host: str, port: int, workers: int = 1, log_level: str = "info") -> None:
    """Serve :data:`APP` on ``host:port`` with ``workers`` processes (blocks until stopped)."""
    config = uvicorn.Config(
        APP, factory=True, host=host, port=port, log_level=log_level, workers=workers
    )
    if workers <= 1:
        uvicorn.Server(config).run()
        return
    Multiprocess(config, sockets=[tcp_socket(host, port)]).run()
