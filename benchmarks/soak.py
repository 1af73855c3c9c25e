"""Soak test: the real service on loopback under steady load (``make soak``).

Starts ``fraud serve`` on a free port, then for ``SOAK_SECONDS`` (default 600) runs
``SOAK_CLIENTS`` (default 16) client threads, each on its own keep-alive connection, posting the
example creators (one in ten a batch of all five) in a bounded loop. Once a second a separate
connection times ``GET /healthz`` and the server's resident memory is read from /proc.

Passes (exit 0) when there was no error at all (every answer 200, no broken connection),
``/healthz`` always answered within ``SOAK_HEALTHZ_MS`` (default 100 ms), and memory is flat:
the median RSS of the last tenth of the run is within 10% (and 50 MB) of the median of the
second tenth (the first is warm-up). Prints the figures as JSON on stdout.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _request(conn: http.client.HTTPConnection, method: str, path: str, body: bytes | None) -> int:
    headers = {"Content-Type": "application/json"} if body is not None else {}
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    response.read()
    return response.status


def main() -> int:
    seconds = float(os.environ.get("SOAK_SECONDS", "600"))
    clients = int(os.environ.get("SOAK_CLIENTS", "16"))
    healthz_limit_ms = float(os.environ.get("SOAK_HEALTHZ_MS", "100"))
    port = _free_port()
    creators = [line for line in (SAMPLES / "creators.jsonl").read_bytes().splitlines() if line]
    batch = b'{"creators": [' + b",".join(creators) + b"]}"
    env = {**os.environ, "FRAUD_RATE_LIMIT": os.environ.get("FRAUD_RATE_LIMIT", "off")}
    server = subprocess.Popen(
        [sys.executable, "-m", "fraud.cli", "serve", "--port", str(port), "--log-level", "warning"],
        cwd=ROOT,
        env=env,
    )
    errors: list[str] = []
    counts = [0] * clients
    healthz_ms: list[float] = []
    rss: list[float] = []
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                probe = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                if _request(probe, "GET", "/readyz", None) == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                print("soak: the service did not become ready", file=sys.stderr)
                return 1
            time.sleep(0.2)
        stop = time.monotonic() + seconds

        def client(index: int) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            i = index
            while time.monotonic() < stop:
                i += 1
                is_batch = i % 10 == 0
                path = "/v1/score/batch" if is_batch else "/v1/score"
                body = batch if is_batch else creators[i % len(creators)]
                try:
                    status = _request(conn, "POST", path, body)
                except (OSError, http.client.HTTPException) as error:
                    errors.append(f"{path}: {type(error).__name__}: {error}")
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    continue
                if status != 200:
                    errors.append(f"{path}: HTTP {status}")
                counts[index] += 1

        threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
        for thread in threads:
            thread.start()
        monitor = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.monotonic() < stop:
            before = time.perf_counter()
            status = _request(monitor, "GET", "/healthz", None)
            healthz_ms.append((time.perf_counter() - before) * 1000)
            if status != 200:
                errors.append(f"/healthz: HTTP {status}")
            rss.append(_rss_mb(server.pid))
            time.sleep(max(0.0, 1.0 - (time.perf_counter() - before)))
        for thread in threads:
            thread.join(timeout=60)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()

    tenth = max(1, len(rss) // 10)
    early = statistics.median(rss[tenth : 2 * tenth] or rss)
    late = statistics.median(rss[-tenth:])
    growth = late - early
    flat = growth <= min(0.10 * early, 50.0)
    healthz_sorted = sorted(healthz_ms)
    figures = {
        "seconds": seconds,
        "clients": clients,
        "requests": sum(counts),
        "requests_per_second": round(sum(counts) / seconds, 1),
        "errors": len(errors),
        "first_errors": errors[:5],
        "healthz_ms_max": round(max(healthz_ms), 1),
        "healthz_ms_p99": round(healthz_sorted[int(0.99 * (len(healthz_sorted) - 1))], 1),
        "healthz_probes": len(healthz_ms),
        "rss_mb_early": round(early, 1),
        "rss_mb_late": round(late, 1),
        "rss_mb_max": round(max(rss), 1),
    }
    print(json.dumps(figures, indent=2))
    failed = []
    if errors:
        failed.append(f"{len(errors)} errors")
    if max(healthz_ms) >= healthz_limit_ms:
        failed.append(f"/healthz took {max(healthz_ms):.0f} ms (limit {healthz_limit_ms:.0f})")
    if not flat:
        failed.append(f"memory grew from {early:.0f} MB to {late:.0f} MB")
    if failed:
        print("soak: FAILED: " + "; ".join(failed), file=sys.stderr)
        return 1
    print("soak: passed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
