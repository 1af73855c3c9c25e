"""Benchmark: ``fraud score --engine spark`` (local master) beside the local CLI, same input.

Run with ``python benchmarks/bench_spark.py [--creators N] [--master local[2]]``; or, from
``benchmarks/bench.py``, call :func:`run_spark_score` on the input file that ``run_score``
just measured and add :func:`table_row` to the table.

The input is ``bench.py``'s (creators from the blind generators, every comment text made
unique), written once to a JSONL file; the local CLI (``bench.run_score``) and the Spark
engine score that same file in subprocesses. Spark's wall time is everything a user waits
for: the JVM start, the line-counting pass, one model load per Python worker, the staged
write. Memory is the peak of the whole process tree (the driver, its JVM and the Python
workers). The Spark answers are checked against the local CLI's, every field, on the first
``check`` creators. Writes ``reports/bench_spark.json``.
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

from bench import (
    ROOT,
    DistinctTexts,
    RssSampler,
    _vocabulary,
    base_creators,
    machine,
    run_score,
    write_input,
)

REPORT = ROOT / "reports" / "bench_spark.json"
_SUMMARY = re.compile(r"read (\d+), scored (\d+), rejected (\d+)")


def _fraud_score(arguments: list[str]) -> tuple[float, RssSampler, re.Match[str]]:
    """``python -m fraud.cli score ARGUMENTS`` in a subprocess: seconds, memory, summary."""
    command = [sys.executable, "-m", "fraud.cli", "score", *arguments]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE)
    with RssSampler(process.pid) as sampler:
        _, err = process.communicate(timeout=3600)
    elapsed = time.perf_counter() - started
    stderr = err.decode("utf-8", "replace")
    summary = _SUMMARY.search(stderr)
    if process.returncode not in (0, 2) or summary is None:
        raise RuntimeError(f"{' '.join(command)} failed: {stderr[-2000:]}")
    return elapsed, sampler, summary


def _answers(lines: list[bytes]) -> dict[str, bytes]:
    return {json.loads(line)["creator_id"]: line for line in lines if line.strip()}


def run_spark_score(
    path: Path, out_dir: Path, master: str = "local[2]", check: int = 200
) -> dict[str, Any]:
    """``fraud score PATH -o DIR --engine spark --master MASTER``: time, memory, agreement.

    ``same_answers`` compares the Spark answers of the first ``check`` creators of ``path``
    with the local CLI's (``--jobs 1``), byte for byte.
    """
    output = out_dir / f"{path.stem}.spark"
    shutil.rmtree(output, ignore_errors=True)
    elapsed, sampler, summary = _fraud_score(
        [str(path), "-o", str(output), "--engine", "spark", "--master", master]
    )
    read = int(summary.group(1))
    spark = _answers(
        [line for part in output.glob("part-*") for line in part.read_bytes().splitlines()]
    )
    head = out_dir / f"{path.stem}.head.jsonl"
    with open(path, "rb") as source, open(head, "wb") as target:
        for _, line in zip(range(check), source, strict=False):
            target.write(line)
    local_out = out_dir / f"{path.stem}.head.scores.jsonl"
    _fraud_score([str(head), "-o", str(local_out), "--jobs", "1", "--no-progress"])
    local = _answers(local_out.read_bytes().splitlines())
    same = bool(local) and all(spark.get(key) == line for key, line in local.items())
    shutil.rmtree(output, ignore_errors=True)
    head.unlink(missing_ok=True)
    local_out.unlink(missing_ok=True)
    return {
        "creators": read,
        "master": master,
        "scored": int(summary.group(2)),
        "rejected": int(summary.group(3)),
        "distinct_answers": len(spark),
        "seconds": round(elapsed, 2),
        "creators_per_s": round(read / elapsed, 1),
        "peak_rss_mib": round(sampler.peak_kib / 1024, 1),
        "peak_pss_mib": round(sampler.peak_pss_kib / 1024, 1),
        "peak_pss_by_process_kind": sampler.peak_by_kind(),
        "checked_against_local": len(local),
        "same_answers": same,
    }


def table_row(run: dict[str, Any]) -> str:
    """A ``| benchmark | result |`` row for one :func:`run_spark_score`."""
    same = "same answers" if run["same_answers"] else "**answers differ**"
    kinds = ", ".join(
        f"{kind} x{part['processes']} {part['pss_mib']}"
        for kind, part in run.get("peak_pss_by_process_kind", {}).items()
    )
    return (
        f"| `fraud score --engine spark --master {run['master']}`, {run['creators']:,} "
        f"creators | {run['creators_per_s']:,} creators/s ({run['seconds']} s, JVM start "
        f"included), peak PSS {run['peak_pss_mib']} MiB ({kinds}); {same} as the local CLI "
        f"on {run['checked_against_local']} |"
    )


def main(argv: list[str] | None = None) -> int:
    """Local CLI and Spark on one input; returns 1 when the answers differ."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--creators", type=int, default=2_000, help="creators to score")
    parser.add_argument("--bases", type=int, default=400, help="distinct generated creators")
    parser.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    parser.add_argument("--jobs", type=int, default=2, help="--jobs of the local CLI run")
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args(argv)

    results: dict[str, Any] = {"machine": machine()}
    bases = base_creators(args.bases)
    with tempfile.TemporaryDirectory(prefix="fraud-bench-spark-") as tmp:
        work = Path(tmp)
        path = work / "distinct.jsonl"
        results["input"] = write_input(
            path, args.creators, bases, DistinctTexts(_vocabulary(bases))
        )
        print(f"- fraud score, {args.creators:,} creators, --jobs {args.jobs} ...", flush=True)
        results["local"] = run_score(path, args.jobs, work)
        print(f"  {json.dumps(results['local'])}", flush=True)
        print(f"- fraud score --engine spark --master {args.master} ...", flush=True)
        results["spark"] = run_spark_score(path, work, args.master)
        print(f"  {json.dumps(results['spark'])}", flush=True)
    local = results["local"]
    print("\n| benchmark | result |\n|---|---|")
    print(
        f"| `fraud score`, {local['creators']:,} creators, --jobs {local['jobs']} | "
        f"{local['creators_per_s']:,} creators/s ({local['seconds']} s), "
        f"peak PSS {local['peak_pss_mib']} MiB |"
    )
    print(table_row(results["spark"]))
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten: {args.report}")
    return 0 if results["spark"]["same_answers"] else 1


if __name__ == "__main__":
    sys.exit(main())
