"""Benchmark: ``fraud score --engine spark`` (local master) beside the local CLI, same input.

Run with ``python benchmarks/bench_spark.py [--creators N] [--master local[2]]``, or call
:func:`run_spark_batch` from ``benchmarks/bench.py``. The creators are the perturbed example
creators of ``bench.py`` (same templates, same seed), written once to a JSONL file; both
engines score that file in a subprocess, and the answers are checked equal (sorted lines, so
every field). Wall time includes everything a user waits for: for Spark the JVM start, the
line-counting pass, one model load per Python worker and the staged write; for the CLI the
worker processes' model loads. Peak RSS is the whole process tree (the JVM and its Python
workers, or the CLI and its workers). Writes ``reports/bench_spark.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # `bench` beside this file

from bench import ROOT, RssSampler, creator_lines, creator_templates, machine

REPORT = ROOT / "reports" / "bench_spark.json"
_SUMMARY = re.compile(r"read (\d+), scored (\d+), rejected (\d+)")


def _timed(command: list[str]) -> tuple[float, float, str]:
    """Run ``command``; (seconds, peak RSS MiB of its process tree, stderr)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with RssSampler(process.pid) as sampler:
        stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
        code = process.wait(timeout=3600)
    elapsed = time.perf_counter() - started
    if code not in (0, 2) or _SUMMARY.search(stderr) is None:
        raise RuntimeError(f"{' '.join(command)} failed (exit {code}): {stderr[-2000:]}")
    return elapsed, sampler.peak_kib / 1024, stderr


def run_spark_batch(
    count: int, master: str = "local[2]", jobs: int = 2, templates: list[bytes] | None = None
) -> dict[str, Any]:
    """Score ``count`` creators with ``--engine spark --master master`` and with the local
    CLI (``--jobs jobs``) on the same JSONL file; figures for both and whether they agree."""
    templates = templates if templates is not None else creator_templates()
    work = Path(tempfile.mkdtemp(prefix="fraud-bench-spark-"))
    try:
        source = work / "creators.jsonl"
        with open(source, "wb") as handle:
            handle.writelines(creator_lines(count, templates))
        fraud = [sys.executable, "-m", "fraud.cli", "score", str(source)]
        local_out, spark_out = work / "local.jsonl", work / "spark"
        local_s, local_rss, _ = _timed([*fraud, "-o", str(local_out), "--jobs", str(jobs)])
        spark_s, spark_rss, stderr = _timed(
            [*fraud, "-o", str(spark_out), "--engine", "spark", "--master", master]
        )
        summary = _SUMMARY.search(stderr)
        assert summary is not None
        local_lines = sorted(local_out.read_bytes().splitlines())
        spark_lines = sorted(
            line for part in spark_out.glob("part-*") for line in part.read_bytes().splitlines()
        )
        return {
            "creators": count,
            "input_mib": round(source.stat().st_size / 2**20, 1),
            "same_answers": local_lines == spark_lines,
            "local": {
                "jobs": jobs,
                "seconds": round(local_s, 2),
                "creators_per_s": round(count / local_s, 1),
                "peak_rss_mib": round(local_rss, 1),
            },
            "spark": {
                "master": master,
                "scored": int(summary.group(2)),
                "rejected": int(summary.group(3)),
                "seconds": round(spark_s, 2),
                "creators_per_s": round(count / spark_s, 1),
                "peak_rss_mib": round(spark_rss, 1),
            },
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def table_rows(run: dict[str, Any]) -> list[str]:
    """Markdown table rows (``| benchmark | result |``) for one :func:`run_spark_batch`."""
    local, spark = run["local"], run["spark"]
    same = "same answers" if run["same_answers"] else "**answers differ**"
    return [
        f"| `fraud score`, {run['creators']:,} creators, --jobs {local['jobs']} | "
        f"{local['creators_per_s']:,} creators/s ({local['seconds']} s), "
        f"peak RSS {local['peak_rss_mib']} MiB |",
        f"| `fraud score --engine spark --master {spark['master']}`, same input | "
        f"{spark['creators_per_s']:,} creators/s ({spark['seconds']} s, JVM start included), "
        f"peak RSS {spark['peak_rss_mib']} MiB; {same} |",
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the Spark benchmark; returns the exit code (1 when the engines disagree)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--creators", type=int, default=5_000, help="creators to score")
    parser.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    parser.add_argument("--jobs", type=int, default=2, help="--jobs of the local CLI run")
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args(argv)
    results = {
        "machine": machine(),
        "spark": run_spark_batch(args.creators, args.master, args.jobs),
    }
    print("| benchmark | result |\n|---|---|")
    print("\n".join(table_rows(results["spark"])))
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten: {args.report}")
    return 0 if results["spark"]["same_answers"] else 1


if __name__ == "__main__":
    sys.exit(main())
