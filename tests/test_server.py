from __future__ import annotations

import asyncio
import socket

from service.server import tcp_socket


def test_socket_makes_asyncio_turn_off_nagle_on_accepted_connections() -> None:
    """uvicorn's own multi-worker socket leaves Nagle on: ~40 ms per response (service/server.py)."""

    async def accepted_nodelay() -> int:
        sock = tcp_socket("127.0.0.1", 0)
        seen: list[int] = []

        def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            raw = writer.get_extra_info("socket")
            seen.append(raw.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(on_connect, sock=sock)
        port = sock.getsockname()[1]
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        for _ in range(100):
            if seen:
                break
            await asyncio.sleep(0.01)
        writer.close()
        server.close()
        await server.wait_closed()
        return seen[0]

    assert asyncio.run(accepted_nodelay()) != 0


def test_real_server_sends_no_banner_and_json_errors() -> None:
    """`fraud serve` end to end (uvicorn, httptools): no `server` header, 413 and 400 as JSON."""
    import http.client
    import subprocess
    import sys
    import time

    from fraud.paths import PROJECT_ROOT

    probe = tcp_socket("127.0.0.1", 0)
    port = probe.getsockname()[1]
    probe.close()
    env = {"FRAUD_MAX_BODY_BYTES": "1000", "PATH": "/usr/bin:/bin"}
    server = subprocess.Popen(
        [sys.executable, "-m", "fraud.cli", "serve", "--port", str(port), "--log-level", "warning"],
        cwd=PROJECT_ROOT,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/healthz")
                health = conn.getresponse()
                health.read()
                break
            except OSError:
                conn.close()
                assert time.monotonic() < deadline and server.poll() is None
                time.sleep(0.1)
        assert health.status == 200
        assert health.getheader("server") is None
        conn.request("POST", "/v1/score", body=b"{" + b" " * 5000 + b"}",
                     headers={"Content-Type": "application/json"})  # fmt: skip
        too_big = conn.getresponse()
        assert too_big.status == 413
        assert too_big.getheader("content-type") == "application/json"
        assert too_big.read() == b'{"detail":"the body is over the size limit"}'
        conn.request("GET", "/healthz", headers={"Host": "rebound.example"})
        wrong_host = conn.getresponse()
        assert wrong_host.status == 400
        assert wrong_host.getheader("content-type") == "application/json"
        wrong_host.read()
        conn.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
