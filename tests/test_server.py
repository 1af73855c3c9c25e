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
