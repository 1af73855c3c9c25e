"""Benchmarks: ``fraud score`` throughput and memory, comment cost, HTTP latency; one run.

Run with ``python benchmarks/bench.py`` (``make bench``, about 5 minutes on 2 cores);
``--quick`` makes every part smaller. Everything is bounded and stops by itself; the HTTP
server listens on 127.0.0.1 only. Prints the machine and a markdown table, and writes
``reports/bench.json``.

Creators come from the blind generators (``evaluation/final_sim.py``, ``evaluation/holdout_sim.py``,
written apart from the training simulator): real-sized records with posts, comments,
follower histories and follower samples. They are measured two ways, side by side:

* **distinct comments** (the default, the honest case): every comment text in the input is
  made unique by appending words drawn from the generators' own texts, so no comment cache
  can help, as with real comment sections;
* **pool-drawn comments**: the generators' texts as they are (drawn from small pools, so
  caches hit often): the optimistic case, shown for comparison.

Parts, in one run:

1. ``fraud score FILE -o OUT.jsonl`` in a subprocess, on the distinct and the pool-drawn
   input: creators/s, and the peak memory of the whole process tree (CLI and workers, from
   /proc): PSS (shared pages split among the processes sharing them) and summed RSS.
2. A parse-only pass on the same file (read and validate every record with the CLI's own
   reader and validator, in one process): the floor, and the ratio of scoring to it.
3. Flat memory: the peak in the first and second half of every run, and the distinct run at
   twice the size (its comment texts new again), beside the smaller one.
4. Comment cost: microseconds per distinct comment (comment classifier, cold cache).
5. HTTP: ``fraud serve`` with ``FRAUD_BENCH_ROUTES=1``; 8 clients POST realistic creators
   to ``/v1/score``, small creators (3 posts, 10 comments and 10 sampled followers) to
   ``/v1/score``, every request a creator of its own (a new id, comment texts never sent
   before: no server cache helps, as with real traffic), and the realistic bodies to the
   no-op route ``/v1/noop``, in the same run; beside latency, the server's CPU time per
   request (all its processes, from /proc). Each client is a thread holding one keep-alive
   connection of :class:`LeanClient` (raw HTTP/1.1 over a socket, as wrk would send it), so
   that the load generator's own CPU and GIL waits stay out of the latencies it measures.
   The server's CPU is split into its event loops' part (HTTP, routing, reading bodies,
   sending answers) and the rest (the scoring gate's thread: validation, scoring,
   serialising), with the busiest process's share of it (the kernel hands the clients'
   keep-alive connections to whichever worker accepts first, often unevenly). Beside it,
   the same creators scored in one process without HTTP, one per call and in calls of 16:
   what the service adds to scoring itself. ``--http-only`` runs this part alone.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the blind generators live in training/
REPORT = ROOT / "reports" / "bench.json"
SEED = 20261201


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
        "load_average": round(os.getloadavg()[0], 2),
        "platform": platform.platform(),
    }


# --------------------------------------------------------------------------- creators


def base_creators(count: int, seed: int = SEED) -> list[dict[str, Any]]:
    """``count`` creators from the blind generators, half from each, labels removed."""
    from evaluation import final_sim, holdout_sim

    half = count // 2
    generated = itertools.chain(
        final_sim.generate(half, seed), holdout_sim.generate(count - half, seed)
    )
    creators = []
    for creator in generated:
        creators.append({k: v for k, v in creator.items() if k not in ("label", "archetype")})
    return creators


_CJK = re.compile(r"[\u3400-\u9fff]")


def _vocabulary(creators: list[dict[str, Any]]) -> list[str]:
    words: set[str] = set()
    for creator in creators:
        for comment in creator.get("comments", []):
            text = comment["text"]
            if _CJK.search(text):
                chars = [c for c in text if _CJK.match(c)]
                words.update("".join(chars[i : i + 2]) for i in range(0, len(chars) - 1, 2))
            else:
                words.update(w for w in re.findall(r"[A-Za-z]{3,}", text.lower()))
    return sorted(words)


class DistinctTexts:
    """Makes every comment text unique by appending two to four words of the vocabulary, in
    the text's own script: Chinese pairs to a text with Chinese, Latin words to any other.

    Real comment sections hold few texts that mix scripts (an English comment with Chinese
    characters in it is rare), and mixed texts take the comment rules' slowest steps (the
    pinyin sounds of their Chinese beside their Latin letters): the forty-fifth session's
    suffixes, drawn from both scripts at once, made 84% of texts mixed against the
    generators' own 5%, and each distinct text cost 23 µs to classify against 19 µs here
    (the README's speed section, forty-sixth session).
    """

    def __init__(self, vocabulary: list[str], seed: int = SEED) -> None:
        self.chinese = [word for word in vocabulary if _CJK.search(word)]
        self.latin = [word for word in vocabulary if not _CJK.search(word)]
        self.rng = random.Random(seed)
        self.seen: set[str] = set()

    def __call__(self, text: str) -> str:
        cjk = bool(_CJK.search(text))
        words, joiner = (self.chinese, "") if cjk else (self.latin, " ")
        while True:
            extra = self.rng.sample(words, self.rng.randint(2, 4))
            candidate = text + joiner + joiner.join(extra)
            if candidate not in self.seen:
                self.seen.add(candidate)
                return candidate


def write_input(
    path: Path, count: int, bases: list[dict[str, Any]], distinct: DistinctTexts | None
) -> dict[str, Any]:
    """``count`` JSONL creators cycling through ``bases`` with unique ids (and texts)."""
    n_comments = n_posts = n_followers = n_mixed = 0
    with open(path, "wb") as handle:
        for index in range(count):
            creator = dict(bases[index % len(bases)])
            creator["creator_id"] = f"bench:{index}"
            comments = creator.get("comments", [])
            if distinct is not None:
                creator["comments"] = [{**c, "text": distinct(c["text"])} for c in comments]
            n_comments += len(comments)
            n_mixed += sum(map(_mixes_scripts, (c["text"] for c in creator.get("comments", []))))
            n_posts += len(creator.get("posts", []))
            n_followers += len(creator.get("follower_sample") or [])
            handle.write(orjson.dumps(creator) + b"\n")
    return {
        "creators": count,
        "mib": round(path.stat().st_size / 2**20, 1),
        "comments_per_creator": round(n_comments / count, 1),
        "posts_per_creator": round(n_posts / count, 1),
        "sampled_followers_per_creator": round(n_followers / count, 1),
        "mixed_script_comment_share": round(n_mixed / max(n_comments, 1), 3),
    }


_LATIN = re.compile("[A-Za-z]")


def _mixes_scripts(text: str) -> bool:
    """A text with both a Chinese character and a Latin letter."""
    return bool(_CJK.search(text)) and bool(_LATIN.search(text))


# --------------------------------------------------------------------------- memory


def _children(pid: int) -> list[int]:
    """Child processes of ``pid``, whichever of its threads forked them."""
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children.extend(int(child) for child in (task / "children").read_text().split())
    return children


def _tree_memory_kib(pid: int, kinds: dict[str, list[int]] | None = None) -> tuple[int, int]:
    """(RSS, PSS) of a process and all its descendants, in KiB.

    RSS counts a page shared by forked workers once per process; PSS splits it among them,
    so the PSS sum is the memory the tree really holds. ``kinds``, when given, receives each
    kind of process (:func:`_process_kind`) with its processes' PSS.
    """
    rss = pss = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            found_rss = re.search(r"^Rss:\s+(\d+)", rollup, re.MULTILINE)
            found_pss = re.search(r"^Pss:\s+(\d+)", rollup, re.MULTILINE)
            rss += int(found_rss.group(1)) if found_rss else 0
            process_pss = int(found_pss.group(1)) if found_pss else 0
            pss += process_pss
            if kinds is not None:
                kinds.setdefault(_process_kind(current), []).append(process_pss)
            pending.extend(_children(current))
        except (OSError, ValueError):
            continue
    return rss, pss


def _process_kind(pid: int) -> str:
    """A process named by its program and, for ``python -m``, its module (``java``,
    ``python -m pyspark.daemon``, ``python -m fraud.cli``)."""
    words = Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace").split("\0")
    name = Path(words[0]).name
    if name.startswith("python") and "-m" in words[:-1]:
        return f"python -m {words[words.index('-m') + 1]}"
    return name


class RssSampler:
    """Peak resident memory of a process tree, sampled every ``interval`` seconds."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.pid = pid
        self.interval = interval
        self.peak_kib = 0
        self.peak_pss_kib = 0
        self.samples: list[int] = []  # PSS over time, to tell flat memory from growth
        # each kind of process at the sample of the tree's peak PSS: (processes, PSS in KiB)
        self.peak_kinds: dict[str, tuple[int, int]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            kinds: dict[str, list[int]] = {}
            rss, pss = _tree_memory_kib(self.pid, kinds)
            self.peak_kib = max(self.peak_kib, rss)
            if pss > self.peak_pss_kib:
                self.peak_pss_kib = pss
                self.peak_kinds = {kind: (len(v), sum(v)) for kind, v in kinds.items()}
            self.samples.append(pss)
            self._stop.wait(self.interval)

    def halves_mib(self) -> tuple[float, float]:
        """Peak PSS in the first and in the second half of the run (equal when memory is flat)."""
        if len(self.samples) < 2:
            return (round(self.peak_pss_kib / 1024, 1),) * 2
        half = len(self.samples) // 2
        return (
            round(max(self.samples[:half]) / 1024, 1),
            round(max(self.samples[half:]) / 1024, 1),
        )

    def peak_by_kind(self) -> dict[str, dict[str, float]]:
        """At the peak: each kind of process, how many ran and their PSS in MiB."""
        return {
            kind: {"processes": count, "pss_mib": round(kib / 1024, 1)}
            for kind, (count, kib) in sorted(self.peak_kinds.items())
        }

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


# --------------------------------------------------------------------------- batch


def run_score(path: Path, jobs: int | None, out_dir: Path) -> dict[str, Any]:
    """``fraud score PATH -o OUT.jsonl`` in a subprocess: wall time and peak tree RSS."""
    output = out_dir / f"{path.stem}.scores.jsonl"
    command = [sys.executable, "-m", "fraud.cli", "score", str(path), "-o", str(output)]
    command += ["--no-progress"] + (["--jobs", str(jobs)] if jobs else [])
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, cwd=ROOT)
    with RssSampler(process.pid) as sampler:
        _, err = process.communicate(timeout=3600)
    elapsed = time.perf_counter() - started
    stderr = err.decode("utf-8", "replace")
    summary = re.search(r"read (\d+), scored (\d+), rejected (\d+)", stderr)
    if process.returncode not in (0, 2) or summary is None:
        raise RuntimeError(f"fraud score failed (exit {process.returncode}): {stderr[-2000:]}")
    read = int(summary.group(1))
    output.unlink(missing_ok=True)
    return {
        "creators": read,
        "jobs": jobs or os.cpu_count(),
        "scored": int(summary.group(2)),
        "rejected": int(summary.group(3)),
        "seconds": round(elapsed, 2),
        "creators_per_s": round(read / elapsed, 1),
        "peak_rss_mib": round(sampler.peak_kib / 1024, 1),
        "peak_pss_mib": round(sampler.peak_pss_kib / 1024, 1),
        "peak_pss_mib_by_half": sampler.halves_mib(),
        "peak_pss_by_process_kind": sampler.peak_by_kind(),
    }


PARSE_ONLY = """
import sys, time
from fraud.batch import validate_creator
from fraud.io import iter_raw_records
started = time.perf_counter()
count = bad = 0
for raw in iter_raw_records(sys.argv[1]):
    count += 1
    bad += isinstance(validate_creator(raw, light=True), str)
print(count, bad, time.perf_counter() - started)
"""


def run_parse_only(path: Path) -> dict[str, Any]:
    """Read and validate every record of ``path`` (the CLI's reader and validator), no scoring."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", PARSE_ONLY, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=3600,
    )
    elapsed = time.perf_counter() - started
    count, bad, inner = done.stdout.split()
    return {
        "creators": int(count),
        "invalid": int(bad),
        "seconds": round(elapsed, 2),
        "creators_per_s": round(int(count) / elapsed, 1),
        "creators_per_s_after_start": round(int(count) / float(inner), 1),
    }


SCORING_FLOOR = """
import gc, sys, time
from fraud import batch
from fraud.paths import models_dir
from fraud.scoring import Scorer
from fraud.validation import validate_creator_json
bodies = open(sys.argv[1], "rb").read().splitlines()
size = int(sys.argv[2])
scorer = Scorer.load(models_dir())
gc.collect(); gc.freeze(); gc.set_threshold(*batch.SCORING_GC_THRESHOLDS)  # as the service
def answers(part):
    records = [validate_creator_json(body, light=True) for body in part]
    return [r.model_dump_json().encode() for r in batch.score_records(scorer, records)]
answers(bodies[:size])  # warm-up
rest = bodies[size:]
half = len(rest) // 2
started = time.process_time()
for body in rest[:half]:
    answers([body])
alone = time.process_time() - started
started = time.process_time()
for start in range(half, len(rest), size):
    answers(rest[start : start + size])
together = time.process_time() - started
started = time.process_time()
for body in rest:
    validate_creator_json(body, light=True)
print(alone / half, together / (len(rest) - half), (time.process_time() - started) / len(rest))
"""


def run_scoring_floor(bodies: list[bytes], size: int = 16) -> dict[str, Any]:
    """CPU per creator of what a scoring request's thread does (validate the JSON, score,
    serialise the answer), in one process without HTTP: each creator alone, and in calls
    of ``size`` (the scoring gate's largest batch). The server's CPU per request beside
    these says what the HTTP service adds to scoring itself."""
    with tempfile.NamedTemporaryFile(prefix="fraud-bench-", suffix=".jsonl") as file:
        file.write(b"\n".join(bodies))
        file.flush()
        done = subprocess.run(
            [sys.executable, "-c", SCORING_FLOOR, file.name, str(size)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
            timeout=3600,
        )
    alone, together, validation = map(float, done.stdout.split())
    return {
        "creators": len(bodies) - size,
        "calls_of": size,
        "cpu_ms_alone": round(1000 * alone, 2),
        "cpu_ms_together": round(1000 * together, 2),
        "cpu_ms_validation": round(1000 * validation, 2),
    }


# --------------------------------------------------------------------------- comments


def run_comments(texts: list[str]) -> dict[str, Any] | None:
    """Microseconds per distinct comment (cold cache), as the scorer sends them."""
    try:
        from fraud.comment_quality import CommentClassifier

        classifier = CommentClassifier.load()
    except Exception as error:
        print(f"comments benchmark skipped: {type(error).__name__}: {error}", file=sys.stderr)
        return None
    if hasattr(classifier, "clear_cache"):
        classifier.clear_cache()
    started = time.perf_counter()
    for start in range(0, len(texts), 200):  # one creator's worth at a time
        classifier.classify(texts[start : start + 200])
    elapsed = time.perf_counter() - started
    return {
        "distinct_comments": len(texts),
        "us_per_comment": round(1e6 * elapsed / len(texts), 1),
        "comments_per_s": round(len(texts) / elapsed, 1),
    }


# --------------------------------------------------------------------------- http


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _cpu_seconds(stat_path: str) -> float:
    """User + system CPU time of a process or thread, from its ``stat`` file, in seconds."""
    stat = Path(stat_path).read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return ticks / os.sysconf("SC_CLK_TCK")


def _tree_cpu_seconds(pid: int) -> dict[int, tuple[float, float]]:
    """CPU time of a process and all its descendants, in seconds: for each process, its
    whole (every thread, living or ended) and its main thread's alone. In a uvicorn worker
    the main thread runs the event loop (HTTP, routing, reading bodies, sending answers) and
    the scoring gate's thread the rest (validation, scoring, serialising)."""
    times: dict[int, tuple[float, float]] = {}
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            times[current] = (
                _cpu_seconds(f"/proc/{current}/stat"),
                _cpu_seconds(f"/proc/{current}/task/{current}/stat"),
            )
            pending.extend(_children(current))
        except (OSError, ValueError):
            continue
    return times


class LeanClient:
    """One keep-alive HTTP/1.1 connection that POSTs bodies and reads the answers, with as
    little work of its own as possible: the load generator shares the machine's two cores
    with the server, and its own cost lands in the latency it measures. (httpx clients in 8
    threads of one process spent 1-2 ms of CPU per request and waited on each other for the
    GIL: the no-op route's p99 read 19-40 ms through them, 1-3 ms through this client.)"""

    def __init__(self, host: str, port: int) -> None:
        self.address = (host, port)
        self.socket: socket.socket | None = None
        self.reader: Any = None

    def _connect(self) -> None:
        self.socket = socket.create_connection(self.address, timeout=60)
        self.socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.reader = self.socket.makefile("rb")

    def post(self, path: str, body: bytes) -> tuple[int, bytes]:
        """POST ``body`` as JSON; the status and the answer's body."""
        if self.socket is None:
            self._connect()
        assert self.socket is not None
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self.address[0]}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        self.socket.sendall(head.encode("ascii") + body)
        status_line = self.reader.readline()
        if not status_line:
            raise ConnectionError("the server closed the connection")
        status = int(status_line.split(b" ", 2)[1])
        length, close = None, False
        while (line := self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding":
                raise RuntimeError("chunked answers are not read by this client")
            elif name == b"connection" and value.strip().lower() == b"close":
                close = True
        if length is None:
            raise RuntimeError("an answer without Content-Length")
        answer = self.reader.read(length)
        if close:
            self.close()
        return status, answer

    def close(self) -> None:
        if self.socket is not None:
            self.reader.close()
            self.socket.close()
            self.socket = None


def _hammer(
    address: tuple[str, int],
    path: str,
    bodies: list[bytes],
    requests: int,
    clients: int,
    server_pid: int | None = None,
) -> tuple[dict[str, Any], list[int]]:
    latencies: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()
    per_client = requests // clients

    def client_loop(worker: int) -> None:
        local: list[float] = []
        local_status: list[int] = []
        client = LeanClient(*address)
        try:
            for index in range(per_client):
                body = bodies[(index * clients + worker) % len(bodies)]  # each once
                started = time.perf_counter()
                status, _answer = client.post(path, body)
                local.append(time.perf_counter() - started)
                local_status.append(status)
        finally:
            client.close()
        with lock:
            latencies.extend(local)
            statuses.extend(local_status)

    cpu_before = _tree_cpu_seconds(server_pid) if server_pid else {}
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(client_loop, range(clients)))
    elapsed = time.perf_counter() - started
    cpu_after = _tree_cpu_seconds(server_pid) if server_pid else {}
    result = {
        "requests": len(latencies),
        "clients": clients,
        "requests_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(1000 * statistics.median(latencies), 2),
        "p95_ms": round(1000 * _percentile(latencies, 0.95), 2),
        "p99_ms": round(1000 * _percentile(latencies, 0.99), 2),
        "non_200": sum(1 for status in statuses if status != 200),
    }
    if server_pid:
        result.update(_server_cpu(cpu_before, cpu_after, len(latencies)))
    return result, statuses


def _server_cpu(
    before: dict[int, tuple[float, float]], after: dict[int, tuple[float, float]], requests: int
) -> dict[str, float]:
    """The server's CPU per request between two :func:`_tree_cpu_seconds`, the part of it
    on the event loops, and the share of the busiest process (1 when the workers' kernel
    accepted all the clients' keep-alive connections in one worker)."""
    spent = {
        pid: tuple(now - then for now, then in zip(times, before.get(pid, (0.0, 0.0)), strict=True))
        for pid, times in after.items()
    }
    total = sum(whole for whole, _ in spent.values())
    return {
        "server_cpu_ms_per_request": round(1000 * total / requests, 2),
        "server_loop_cpu_ms_per_request": round(
            1000 * sum(loop for _, loop in spent.values()) / requests, 2
        ),
        "busiest_process_cpu_share": round(
            max(whole for whole, _ in spent.values()) / total if total else 0.0, 2
        ),
    }


def small_creator(creator: dict[str, Any]) -> dict[str, Any]:
    """``creator`` cut to 3 posts, 10 comments and 10 sampled followers."""
    small = dict(creator)
    small["posts"] = creator.get("posts", [])[:3]
    small["comments"] = creator.get("comments", [])[:10]
    if creator.get("follower_sample"):
        small["follower_sample"] = creator["follower_sample"][:10]
    return small


def http_bodies(
    bases: list[dict[str, Any]], distinct: DistinctTexts, count: int
) -> dict[str, list[bytes]]:
    """``count`` realistic bodies and ``count`` small ones, cycling through ``bases``, each a
    creator of its own: a new id and new comment texts every time, so that no request finds
    its comments in the server's caches (real requests are different creators)."""
    realistic, small = [], []
    for index in range(count):
        base = bases[index % len(bases)]
        creator = {**base, "creator_id": f"bench-http:{index}"}
        creator["comments"] = [{**c, "text": distinct(c["text"])} for c in base.get("comments", [])]
        realistic.append(orjson.dumps(creator))
        cut = small_creator(base)
        cut["creator_id"] = f"bench-http-small:{index}"
        cut["comments"] = [{**c, "text": distinct(c["text"])} for c in cut.get("comments", [])]
        small.append(orjson.dumps(cut))
    return {"realistic": realistic, "small": small}


def run_http(
    bodies: dict[str, list[bytes]],
    requests: int,
    clients: int,
    workers: int = 2,
) -> dict[str, Any]:
    """Latency of POST /v1/score (realistic and small creators) against the no-op route."""
    import httpx

    port = _free_port()
    # the service's defaults: a rate limit or API keys set in this shell would answer 429 or
    # 401 at once (FRAUD_MODELS and FRAUD_MODELS_DIR still choose the model set)
    kept = ("FRAUD_MODELS", "FRAUD_MODELS_DIR")
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRAUD_") or k in kept}
    env["FRAUD_BENCH_ROUTES"] = "1"
    # The service as users run it: `fraud serve` (see service/server.py), this checkout's.
    command = [sys.executable, "-m", "fraud.cli", "serve", "--host", "127.0.0.1"]
    command += ["--port", str(port), "--log-level", "warning", "--workers", str(workers)]
    shim = tempfile.TemporaryDirectory(prefix="fraud-bench-service-")
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [_checkout_service_path(Path(shim.name)), env.get("PYTHONPATH")])
    )
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
        # the warm-up takes the last bodies; every measured request sends a body of its own
        warm = 8 * clients
        realistic, small = bodies["realistic"][:-warm], bodies["small"][:-warm]
        address = ("127.0.0.1", port)
        _hammer(address, "/v1/noop", bodies["realistic"][-warm:], warm, clients)
        _hammer(address, "/v1/score", bodies["realistic"][-warm:], warm, clients)
        pid = server.pid
        noop, _ = _hammer(address, "/v1/noop", realistic, requests, clients, pid)
        score, _ = _hammer(address, "/v1/score", realistic, requests, clients, pid)
        score_small, _ = _hammer(address, "/v1/score", small, requests, clients, pid)
        for name, run in (("no-op", noop), ("realistic", score), ("small", score_small)):
            if run["non_200"]:  # a quick refusal would flatter the latencies: no figures
                raise RuntimeError(f"{run['non_200']} {name} requests were not answered 200")
        with RssSampler(server.pid) as sampler:
            time.sleep(0.3)
        return {
            "workers": workers,
            "score": score,
            "score_small": score_small,
            "noop": noop,
            "body_kib": {
                k: round(statistics.mean(map(len, v)) / 1024, 1) for k, v in bodies.items()
            },
            "server_rss_mib": round(sampler.peak_kib / 1024, 1),
        }
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=30)
        shim.cleanup()


def _checkout_service_path(shim: Path) -> str:
    """A ``PYTHONPATH`` entry that makes ``fraud_service`` this checkout's ``service/``.

    ``fraud serve`` imports the service by its installed name, and an editable install maps
    that name to the checkout it was installed from: run from another git worktree sharing
    the virtualenv, the benchmark served that checkout's service beside this one's ``fraud``
    (the working directory comes first for ``fraud`` only). A ``fraud_service`` link on
    ``PYTHONPATH`` is found before the install's finder."""
    (shim / "fraud_service").symlink_to(ROOT / "service", target_is_directory=True)
    return str(shim)


# --------------------------------------------------------------------------- report


def _batch_row(name: str, run: dict[str, Any], parse: dict[str, Any] | None) -> str:
    ratio = (
        f", {run['creators_per_s'] / parse['creators_per_s']:.0%} of parse-only" if parse else ""
    )
    return (
        f"| `fraud score`, {name}, {run['creators']:,} creators, --jobs {run['jobs']} | "
        f"**{run['creators_per_s']:,} creators/s** ({run['seconds']} s{ratio}), "
        f"peak memory {run['peak_pss_mib']} MiB PSS ({run['peak_rss_mib']} MiB RSS summed "
        f"over processes; PSS peak in 1st / 2nd half of the run: "
        f"{run['peak_pss_mib_by_half'][0]} / {run['peak_pss_mib_by_half'][1]} MiB) |"
    )


def table(results: dict[str, Any]) -> str:
    """The results as a markdown table."""
    rows = ["| benchmark | result |", "|---|---|"]
    m = results["machine"]
    rows.append(
        f"| machine | {m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB RAM, "
        f"Python {m['python']}, load average {m['load_average']} at start |"
    )
    data = results["inputs"].get("distinct")
    if data:
        rows.append(
            f"| creators (blind generators) | {data['comments_per_creator']} comments, "
            f"{data['posts_per_creator']} posts, {data['sampled_followers_per_creator']} sampled "
            f"followers per creator; {data['mib'] / data['creators'] * 1024:.0f} KiB each; "
            f"{100 * data.get('mixed_script_comment_share', 0):.0f}% of comments mix Chinese "
            "and Latin letters |"
        )
    parse = results.get("parse_only", {})
    for name, key in (("distinct comments", "distinct"), ("pool-drawn comments", "pools")):
        if key in results["batch"]:
            rows.append(_batch_row(name, results["batch"][key], parse.get(key)))
        if key in parse:
            p = parse[key]
            rows.append(
                f"| parse-only pass (read + validate), {name} | {p['creators_per_s']:,} "
                f"creators/s ({p['creators_per_s_after_start']:,}/s after start-up) |"
            )
    if "distinct_large" in results["batch"]:
        large = results["batch"]["distinct_large"]
        rows.append(_batch_row("distinct comments, twice as many", large, None))
    comments = results.get("comments")
    if comments:
        rows.append(
            f"| comment classifier, {comments['distinct_comments']:,} distinct comments, "
            f"cold cache | {comments['us_per_comment']} µs per comment |"
        )
    http = results.get("http")
    if http:
        size = http.get("body_kib", {})
        rows.append(f"| HTTP server | `fraud serve --workers {http.get('workers', '?')}` |")
        for name, route in (
            (f"POST /v1/score, realistic creators ({size.get('realistic', '?')} KiB)", "score"),
            (f"POST /v1/score, small creators ({size.get('small', '?')} KiB)", "score_small"),
            ("no-op route, realistic bodies", "noop"),
        ):
            if route not in http:
                continue
            r = http[route]
            cpu = r.get("server_cpu_ms_per_request")
            loop = r.get("server_loop_cpu_ms_per_request")
            rows.append(
                f"| {name}, {r['clients']} clients, {r['requests']:,} requests | "
                f"p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms, {r['requests_per_s']:,} req/s"
                + (f", server CPU {cpu} ms/request" if cpu is not None else "")
                + (
                    f" ({loop} on the event loops; busiest process "
                    f"{r['busiest_process_cpu_share']:.0%} of it)"
                    if loop is not None
                    else ""
                )
                + " |"
            )
        floor = http.get("scoring_floor", {})
        for kind, f in floor.items():
            rows.append(
                f"| the {kind} creators scored in one process, no HTTP (validate, score, "
                f"serialise; {f['creators']} creators) | CPU {f['cpu_ms_alone']} ms/creator "
                f"one per call, {f['cpu_ms_together']} ms in calls of {f['calls_of']} "
                f"(validation alone {f['cpu_ms_validation']} ms) |"
            )
    return "\n".join(rows)


def run_batch_parts(
    args: argparse.Namespace,
    results: dict[str, Any],
    bases: list[dict[str, Any]],
    distinct: DistinctTexts,
) -> None:
    """Parts 1 to 4: batch scoring, parse-only, flat memory, comment cost (into ``results``)."""
    with tempfile.TemporaryDirectory(prefix="fraud-bench-") as tmp:
        work = Path(tmp)
        inputs = {
            "distinct": (args.creators, distinct),
            "pools": (args.creators, None),
            "distinct_large": (2 * args.creators, distinct),
        }
        for key, (count, texts) in inputs.items():
            path = work / f"{key}.jsonl"
            results["inputs"][key] = write_input(path, count, bases, texts)
            if key != "distinct_large":
                print(f"- parse-only, {key} ...", flush=True)
                results["parse_only"][key] = run_parse_only(path)
                print(f"  {json.dumps(results['parse_only'][key])}", flush=True)
            print(f"- fraud score, {key}, {count:,} creators ...", flush=True)
            results["batch"][key] = run_score(path, args.jobs, work)
            print(f"  {json.dumps(results['batch'][key])}", flush=True)
            path.unlink()
        texts = sorted(distinct.seen)
        random.Random(SEED).shuffle(texts)
        results["comments"] = run_comments(texts[:20_000])
        print(f"- comments: {json.dumps(results['comments'])}", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every part smaller (~1 minute)")
    parser.add_argument("--creators", type=int, default=2_000, help="creators per scoring run")
    parser.add_argument("--bases", type=int, default=400, help="distinct generated creators")
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for fraud score")
    parser.add_argument("--requests", type=int, default=1_000, help="HTTP requests per route")
    parser.add_argument("--clients", type=int, default=8, help="concurrent HTTP clients")
    parser.add_argument("--http-workers", type=int, default=2, help="fraud serve --workers")
    parser.add_argument("--skip-http", action="store_true")
    parser.add_argument(
        "--http-only", action="store_true", help="only the HTTP part (no batch scoring runs)"
    )
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args(argv)
    if args.quick:
        args.creators, args.bases, args.requests = 300, 100, 200

    results: dict[str, Any] = {"machine": machine(), "inputs": {}, "batch": {}, "parse_only": {}}
    m = results["machine"]
    print(f"# {m['cpu']} | {m['cores']} cores | load {m['load_average']}", flush=True)
    print(f"- generating {args.bases} creators with the blind generators ...", flush=True)
    bases = base_creators(args.bases)
    distinct = DistinctTexts(_vocabulary(bases))
    if not args.http_only:
        run_batch_parts(args, results, bases, distinct)
    if not args.skip_http:
        bodies = http_bodies(bases, distinct, args.requests + 8 * args.clients)
        print(
            f"- HTTP: {args.requests:,} requests per route, {args.clients} clients ...", flush=True
        )
        results["http"] = run_http(bodies, args.requests, args.clients, args.http_workers)
        print(f"  {json.dumps(results['http'])}", flush=True)
        print("- the same creators scored in one process, without HTTP ...", flush=True)
        results["http"]["scoring_floor"] = {
            kind: run_scoring_floor(bodies[kind][: 16 + 2 * 96]) for kind in ("realistic", "small")
        }
        print(f"  {json.dumps(results['http']['scoring_floor'])}", flush=True)
    print()
    print(table(results))
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten: {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
