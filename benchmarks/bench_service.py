"""The service's CPU per request, in process: the ASGI app called directly, no network.

Run with ``python benchmarks/bench_service.py`` (about a minute). Each request is a full pass
through the app as uvicorn would drive it (middleware, routing, dependencies, body reading,
the scoring gate's thread, serialisation); the figure is the process's CPU time per request
(``time.process_time``, all threads), best of three repeats. CPU time, unlike latency, hardly
moves with the load of a shared machine, so two versions of the service can be compared
run after run. Routes:

* ``POST /v1/noop`` (no body read) and ``GET /healthz``: the stack alone;
* ``POST /v1/score`` with a stand-in scorer that answers a fixed result: the route's own
  overhead (validation, hand-over to the gate, serialisation), without the model;
* ``POST /v1/score`` with the shipped models, on small creators (3 posts, 10 comments, 10
  sampled followers) and realistic ones, from the blind generators as in
  ``benchmarks/bench.py``, every request a creator of its own (comment texts never sent
  before, so no cache of the service helps).

Over the network, with concurrent clients, see the HTTP part of ``benchmarks/bench.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Iterator, Sequence
from itertools import cycle
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


async def call(app: Any, method: str, path: str, body: bytes, headers: list[Any]) -> int:
    """One request through the ASGI app; its status."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1:8000"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
        "state": {},
    }
    sent = False
    status = 0

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()  # the client never disconnects
        raise AssertionError("unreachable")

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])

    await app(scope, receive, send)
    return status


async def cpu_per_request(
    app: Any, method: str, path: str, bodies: Iterator[bytes], count: int, repeats: int = 3
) -> float:
    """Best CPU microseconds per request over ``repeats`` runs of ``count`` requests, each
    sending the next of ``bodies``."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        for _index in range(count):
            body = next(bodies)
            headers = [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ]
            status = await call(app, method, path, body, headers)
            if status != 200:
                raise RuntimeError(f"{method} {path} answered {status}")
        best = min(best, (time.process_time() - started) / count * 1e6)
    return best


def _bodies(creators: int, count: int) -> dict[str, list[bytes]]:
    """``count`` realistic and small bodies from ``creators`` generated ones, each a creator
    of its own (a new id, comment texts never sent before: no cache of the service helps)."""
    from benchmarks.bench import DistinctTexts, _vocabulary, base_creators, http_bodies

    bases = base_creators(creators)
    return http_bodies(bases, DistinctTexts(_vocabulary(bases)), count)


class _FixedScorer:
    """Answers one precomputed result: the route's cost without the model's."""

    def __init__(self, real: Any, result: Any) -> None:
        self.manifest = real.manifest
        self.result = result

    def score(self, record: Any) -> Any:
        return self.result

    def score_many(self, records: Sequence[Any]) -> list[Any]:
        return [self.result for _ in records]


async def _measure(
    app: Any, plan: list[tuple[str, str, str, Iterator[bytes], int]]
) -> dict[str, Any]:
    results: dict[str, Any] = {}
    async with app.router.lifespan_context(app):
        for name, method, path, bodies, count in plan:
            await cpu_per_request(app, method, path, bodies, 5, repeats=1)  # warm-up
            results[name] = round(await cpu_per_request(app, method, path, bodies, count), 1)
            print(f"  {name}: {results[name]} µs CPU per request", flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    """Run the measurements and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--creators", type=int, default=20, help="generated base creators")
    parser.add_argument("--requests", type=int, default=200, help="scoring requests per repeat")
    args = parser.parse_args(argv)

    from fraud_service.main import create_app
    from fraud_service.settings import settings_from_env

    from fraud.scoring import Scorer
    from fraud.validation import validate_creator_json

    n = args.requests
    # the scoring routes never see a body twice: warm-up, then three repeats
    bodies = _bodies(args.creators, 5 + 3 * n)
    realistic, small = bodies["realistic"], bodies["small"]
    scorer = Scorer.load()
    settings = settings_from_env({"FRAUD_BENCH_ROUTES": "1"})
    fixed = scorer.score(validate_creator_json(small[0]))
    print("- stand-in scorer (fixed answer):", flush=True)
    results = asyncio.run(
        _measure(
            create_app(settings, scorer=_FixedScorer(scorer, fixed)),
            [
                ("noop", "POST", "/v1/noop", cycle(realistic), 10 * n),
                ("healthz", "GET", "/healthz", cycle([b""]), 10 * n),
                ("score_fixed_small", "POST", "/v1/score", cycle(small), 5 * n),
                ("score_fixed_realistic", "POST", "/v1/score", cycle(realistic), 5 * n),
            ],
        )
    )
    print("- shipped models:", flush=True)
    results |= asyncio.run(
        _measure(
            create_app(settings, scorer=scorer),
            [
                ("score_small", "POST", "/v1/score", iter(small), n),
                ("score_realistic", "POST", "/v1/score", iter(realistic), n),
            ],
        )
    )
    print(orjson.dumps(results).decode())
    return 0


if __name__ == "__main__":
    sys.exit(main())
