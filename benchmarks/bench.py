"""Benchmarks: batch throughput and memory of ``fraud score``, HTTP latency of the service.

Run with ``python benchmarks/bench.py`` (``make bench``); ``--quick`` skips the 100,000-creator
flat-memory run. Everything is bounded and stops by itself; the HTTP server listens on
127.0.0.1 only. Prints the machine, then a markdown table, and writes ``reports/bench.json``.

1. Batch: N creators made by perturbing the example creators (``data/samples/*.json``, fixed
   seed) are piped into the real ``fraud score`` in a subprocess; wall time and peak RSS (the
   whole process tree: the CLI plus its workers, sampled from /proc) are measured.
2. HTTP: uvicorn serves ``service.main:create_app`` with ``FRAUD_BENCH_ROUTES=1``; 8 client
   threads POST the example creators to ``/v1/score`` and, in the same run, the same bodies to
   ``/v1/noop`` (a route that reads nothing), for a bounded number of requests each.
3. Optional: comments classified per second with ``fraud.comment_quality``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import orjson
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
REPORT = ROOT / "reports" / "bench.json"
SEED = 20260130
VARIANTS = 200
ID_PLACEHOLDER = b"@@CREATOR_ID@@"


# --------------------------------------------------------------------------- machine


def machine() -> dict[str, Any]:
    """CPU model, cores, RAM and Python version of this machine."""
    cpu = platform.processor() or "unknown"
    try:
        text = Path("/proc/cpuinfo").read_text()
        found = re.search(r"^model name\s*:\s*(.+)$", text, re.MULTILINE)
        cpu = found.group(1).strip() if found else cpu
    except OSError:
        pass
    ram_gib = None
    try:
        meminfo = Path("/proc/meminfo").read_text()
        kib = re.search(r"^MemTotal:\s+(\d+)", meminfo, re.MULTILINE)
        ram_gib = round(int(kib.group(1)) / 1024**2, 1) if kib else None
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gib": ram_gib,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


# --------------------------------------------------------------------------- creators


def _examples() -> list[dict[str, Any]]:
    return [orjson.loads(path.read_bytes()) for path in sorted(SAMPLES.glob("*.json"))]


def _perturb(creator: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    scale = rng.uniform(0.6, 1.6)
    creator = orjson.loads(orjson.dumps(creator))
    creator["creator_id"] = ID_PLACEHOLDER.decode()
    creator["profile"]["followers"] = int(creator["profile"]["followers"] * scale)
    for post in creator.get("posts", []):
        for key in ("likes", "comments", "shares", "saves", "views"):
            if isinstance(post.get(key), int):
                post[key] = int(post[key] * scale * rng.uniform(0.8, 1.25))
    for snapshot in creator.get("follower_history", []):
        snapshot["followers"] = int(snapshot["followers"] * scale)
    return creator


def creator_templates(seed: int = SEED) -> list[bytes]:
    """Perturbed example creators (the non-trivial ones), each with an id placeholder."""
    rng = random.Random(seed)
    examples = [c for c in _examples() if c.get("posts")]
    return [orjson.dumps(_perturb(rng.choice(examples), rng)) for _ in range(VARIANTS)]


def creator_lines(count: int, templates: list[bytes]) -> Iterator[bytes]:
    """``count`` JSONL lines, cycling through the templates with unique ids."""
    for index in range(count):
        line = templates[index % len(templates)].replace(ID_PLACEHOLDER, f"bench:{index}".encode())
        yield line + b"\n"


# --------------------------------------------------------------------------- memory


def _tree_rss_kib(pid: int) -> int:
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            found = re.search(r"^VmRSS:\s+(\d+)", status, re.MULTILINE)
            total += int(found.group(1)) if found else 0
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
            pending.extend(int(child) for child in children)
        except (OSError, ValueError):
            continue
    return total


class RssSampler:
    """Peak resident memory of a process tree, sampled every ``interval`` seconds."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.pid = pid
        self.interval = interval
        self.peak_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kib = max(self.peak_kib, _tree_rss_kib(self.pid))
            self._stop.wait(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


# --------------------------------------------------------------------------- batch


def run_batch(
    count: int, templates: list[bytes], jobs: int | None, cli: str = "fraud.cli"
) -> dict[str, Any]:
    """Pipe ``count`` creators into ``fraud score - -o -`` (module ``cli``) and measure it."""
    command = [sys.executable, "-m", cli, "score", "-", "-o", "-", "--no-progress"]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdin is not None and process.stdout is not None
    input_bytes = 0

    def feed() -> None:
        nonlocal input_bytes
        assert process.stdin is not None
        try:
            for line in creator_lines(count, templates):
                input_bytes += len(line)
                process.stdin.write(line)
        except BrokenPipeError:
            pass
        finally:
            process.stdin.close()

    output_lines = 0

    def drain() -> None:
        nonlocal output_lines
        assert process.stdout is not None
        for _ in process.stdout:
            output_lines += 1

    with RssSampler(process.pid) as sampler:
        feeder = threading.Thread(target=feed, daemon=True)
        drainer = threading.Thread(target=drain, daemon=True)
        feeder.start()
        drainer.start()
        stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
        code = process.wait(timeout=3600)
        feeder.join()
        drainer.join()
    elapsed = time.perf_counter() - started
    summary = re.search(r"read (\d+), scored (\d+), rejected (\d+)", stderr)
    if code not in (0, 2) or summary is None:
        raise RuntimeError(f"fraud score failed (exit {code}): {stderr[-2000:]}")
    return {
        "creators": count,
        "jobs": jobs if jobs is not None else os.cpu_count(),
        "scored": int(summary.group(2)),
        "rejected": int(summary.group(3)),
        "output_lines": output_lines,
        "seconds": round(elapsed, 2),
        "creators_per_s": round(count / elapsed, 1),
        "input_mib": round(input_bytes / 2**20, 1),
        "peak_rss_mib": round(sampler.peak_kib / 1024, 1),
    }


# --------------------------------------------------------------------------- http


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _hammer(
    url: str, bodies: list[bytes], requests: int, clients: int
) -> tuple[dict[str, Any], list[int]]:
    import httpx

    latencies: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()
    per_client = requests // clients

    def client_loop(worker: int) -> None:
        local: list[float] = []
        local_status: list[int] = []
        headers = {"content-type": "application/json"}
        with httpx.Client(timeout=60) as client:
            for index in range(per_client):
                body = bodies[(worker + index) % len(bodies)]
                started = time.perf_counter()
                response = client.post(url, content=body, headers=headers)
                local.append(time.perf_counter() - started)
                local_status.append(response.status_code)
        with lock:
            latencies.extend(local)
            statuses.extend(local_status)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(client_loop, range(clients)))
    elapsed = time.perf_counter() - started
    result = {
        "requests": len(latencies),
        "clients": clients,
        "requests_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(1000 * statistics.median(latencies), 2),
        "p95_ms": round(1000 * _percentile(latencies, 0.95), 2),
        "p99_ms": round(1000 * _percentile(latencies, 0.99), 2),
        "non_200": sum(1 for status in statuses if status != 200),
    }
    return result, statuses


def run_http(requests: int, clients: int, workers: int = 2) -> dict[str, Any]:
    """Latency of POST /v1/score against the no-op route, served by ``fraud serve``."""
    import httpx

    port = _free_port()
    env = {**os.environ, "FRAUD_BENCH_ROUTES": "1"}
    # The service as users run it: `fraud serve` (see service/server.py).
    command = [sys.executable, "-m", "fraud.cli", "serve", "--host", "127.0.0.1"]
    command += ["--port", str(port), "--log-level", "warning", "--workers", str(workers)]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"uvicorn exited with {server.returncode}")
            try:
                # Every worker must be ready: /readyz answers from whichever worker accepts.
                checks = [httpx.get(f"{base}/readyz", timeout=2) for _ in range(10 * workers)]
                ready = checks[-1]
                if all(check.status_code == 200 for check in checks):
                    break
                if ready.json().get("status") == "failed":
                    raise RuntimeError(f"the service could not load its model: {ready.text}")
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the service did not become ready within 180 s")
            time.sleep(0.2)
        bodies = [orjson.dumps(creator) for creator in _examples()]
        _hammer(f"{base}/v1/noop", bodies, 8 * clients, clients)  # warm-up
        _hammer(f"{base}/v1/score", bodies, 8 * clients, clients)
        noop, _ = _hammer(f"{base}/v1/noop", bodies, requests, clients)
        score, _ = _hammer(f"{base}/v1/score", bodies, requests, clients)
        with RssSampler(server.pid) as sampler:
            time.sleep(0.3)
        return {"score": score, "noop": noop, "server_rss_mib": round(sampler.peak_kib / 1024, 1)}
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=30)


# --------------------------------------------------------------------------- comments


def run_comments(target: int = 20_000) -> dict[str, Any] | None:
    """Comments classified per second, or None when the classifier cannot be loaded."""
    try:
        from fraud.comment_quality import CommentClassifier

        classifier = CommentClassifier.load()
    except Exception as error:
        print(f"comments benchmark skipped: {type(error).__name__}: {error}", file=sys.stderr)
        return None
    texts = [c["text"] for creator in _examples() for c in creator.get("comments", [])]
    if not texts:
        return None
    repeated = (texts * (target // len(texts) + 1))[:target]
    # Distinct texts with a cleared cache: the honest worst case (every comment new).
    distinct = list(dict.fromkeys(pd.read_csv(ROOT / "data" / "comments" / "labelled.csv")["text"]))

    def rate(batch: list[str]) -> float:
        classifier.clear_cache()
        started = time.perf_counter()
        for start in range(0, len(batch), 200):  # as the scorer sends them: one creator's worth
            classifier.classify(batch[start : start + 200])
        return round(len(batch) / (time.perf_counter() - started), 1)

    return {
        "comments": len(repeated),
        "comments_per_s": rate(repeated),
        "distinct_comments": len(distinct),
        "distinct_comments_per_s": rate(distinct),
    }


# --------------------------------------------------------------------------- report


def _table(results: dict[str, Any]) -> str:
    rows = ["| benchmark | result |", "|---|---|"]
    m = results["machine"]
    rows.append(
        f"| machine | {m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB RAM, "
        f"Python {m['python']} |"
    )
    for run in results.get("batch", []):
        rows.append(
            f"| `fraud score`, {run['creators']:,} creators, --jobs {run['jobs']} | "
            f"{run['creators_per_s']:,} creators/s ({run['seconds']} s), "
            f"peak RSS {run['peak_rss_mib']} MiB (CLI + workers) |"
        )
    http = results.get("http")
    if http:
        for name, route in (("POST /v1/score", "score"), ("no-op route", "noop")):
            r = http[route]
            rows.append(
                f"| {name}, {r['clients']} clients, {r['requests']:,} requests | "
                f"p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, p99 {r['p99_ms']} ms, "
                f"{r['requests_per_s']:,} req/s |"
            )
    comments = results.get("comments")
    if comments:
        rows.append(
            f"| comment classifier, example comments (repeats hit the cache) | "
            f"{comments['comments_per_s']:,} comments/s |"
        )
        rows.append(
            f"| comment classifier, {comments['distinct_comments']:,} distinct comments, cold cache | "
            f"{comments['distinct_comments_per_s']:,} comments/s |"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 100,000-creator run")
    parser.add_argument("--creators", type=int, default=5_000, help="throughput run size")
    parser.add_argument(
        "--flat",
        type=int,
        nargs=2,
        default=[10_000, 100_000],
        metavar=("SMALL", "LARGE"),
        help="sizes of the flat-memory check",
    )
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for fraud score")
    parser.add_argument("--requests", type=int, default=2_000, help="HTTP requests per route")
    parser.add_argument("--clients", type=int, default=8, help="concurrent HTTP clients")
    parser.add_argument("--skip-http", action="store_true")
    parser.add_argument("--report", type=Path, default=REPORT)
    parser.add_argument("--cli-module", default="fraud.cli", help=argparse.SUPPRESS)
    parser.add_argument(
        "--http-workers", type=int, default=2, help="fraud serve --workers (default 2)"
    )
    args = parser.parse_args(argv)

    results: dict[str, Any] = {"machine": machine(), "batch": []}
    m = results["machine"]
    print(
        f"# machine: {m['cpu']} | {m['cores']} cores | {m['ram_gib']} GiB RAM | "
        f"Python {m['python']} | {m['platform']}",
        flush=True,
    )
    templates = creator_templates()
    sizes = [args.creators] + ([args.flat[0]] if args.quick else list(args.flat))
    for count in sizes:
        print(f"- fraud score on {count:,} creators ...", flush=True)
        run = run_batch(count, templates, args.jobs, args.cli_module)
        print(f"  {json.dumps(run)}", flush=True)
        results["batch"].append(run)
    if not args.skip_http:
        print(
            f"- HTTP: {args.requests:,} requests per route, {args.clients} clients ...", flush=True
        )
        results["http"] = run_http(args.requests, args.clients, args.http_workers)
        print(f"  {json.dumps(results['http'])}", flush=True)
    results["comments"] = run_comments()
    print()
    print(_table(results))
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten: {args.report}")
    return 0


def _run(entry: Callable[[], int]) -> None:
    sys.exit(entry())


if __name__ == "__main__":
    _run(main)
