"""Two source trees side by side, interleaved in one run: start-up, creators/s and peak PSS.

For a change that must be measured on a loaded machine: each figure is taken for the old and
the new tree one right after the other (best of ``--repeats`` for start-up), and throughput is
also given as the ratio to a parse-only pass of the same tree in the same run. Both trees use
this interpreter (its site-packages); a tree is a checkout, e.g. the base commit exported with
``git archive BASE | tar -x -C /tmp/base``.

    python benchmarks/ab_trees.py --base /tmp/base --new . --creators 2000 --jobs 1,2
    python benchmarks/ab_trees.py --base /tmp/base --startup-only --repeats 12

Input: ``--creators`` blind-generator creators with every comment text distinct (as
``benchmarks/bench.py`` writes them), in a temporary directory.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench

STARTUP = {
    "fraud --help": ["-m", "fraud.cli", "--help"],
    "fraud score --help": ["-m", "fraud.cli", "score", "--help"],
    "fraud score (5 examples)": ["-m", "fraud.cli", "score", "data/samples/creators.jsonl"],
    "fraud score (1 example)": ["-m", "fraud.cli", "score", "{one}"],
    "import fraud.cli": ["-c", "import fraud.cli"],
    "python -c pass": ["-c", "pass"],
}


def startup(trees: dict[str, Path], repeats: int, out: Path) -> dict[str, dict[str, Any]]:
    """Best CPU time (user + sys, the robust figure under load) and best wall time of each
    start-up case per tree, interleaved."""
    best: dict[str, dict[str, Any]] = {case: {} for case in STARTUP}
    for root in trees.values():  # byte code for both (a tree exported by git archive has
        # none, and with PYTHONDONTWRITEBYTECODE each of its runs would compile every module)
        compile_all = [sys.executable, "-m", "compileall", "-q", "fraud", "service"]
        subprocess.run(compile_all, cwd=root, check=True, stdout=subprocess.DEVNULL)
    one = out / "one.jsonl"  # the first example alone
    examples = next(iter(trees.values())) / "data" / "samples" / "creators.jsonl"
    one.write_bytes(examples.read_bytes().splitlines(True)[0])
    for repeat in range(repeats):
        for case, template in STARTUP.items():
            args = [arg.replace("{one}", str(one)) for arg in template]
            extra = ["-o", str(out / "startup.jsonl")] if "score (" in case else []
            order = list(trees.items())
            for name, root in order if repeat % 2 == 0 else order[::-1]:  # each first in turn
                started = time.perf_counter()
                process = subprocess.Popen(
                    [sys.executable, *args, *extra],
                    cwd=root,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                _, status, usage = os.wait4(process.pid, 0)
                process.returncode = os.waitstatus_to_exitcode(status)
                if process.returncode != 0:
                    raise RuntimeError(f"{case} failed in {root} (exit {process.returncode})")
                wall = time.perf_counter() - started
                cpu = usage.ru_utime + usage.ru_stime
                old_cpu, old_wall = best[case].get(name, (1e9, 1e9))
                best[case][name] = (round(min(old_cpu, cpu), 3), round(min(old_wall, wall), 3))
    return best


def throughput(trees: dict[str, Path], path: Path, jobs: list[int], out: Path) -> list[Any]:
    """``fraud score`` per tree and jobs, with the parse-only pass of that tree beside it."""
    rows = []
    for name, root in trees.items():
        bench.ROOT = root  # run_score / run_parse_only run from the tree's directory
        parse = bench.run_parse_only(path)
        for n in jobs:
            run = bench.run_score(path, n, out)
            run.update(tree=name, parse_per_s=parse["creators_per_s"])
            run["ratio_to_parse"] = round(run["creators_per_s"] / parse["creators_per_s"], 4)
            rows.append(run)
            print(json.dumps(run), flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--new", type=Path, default=Path.cwd())
    parser.add_argument("--creators", type=int, default=2000)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--repeats", type=int, default=5, help="start-up: best of")
    parser.add_argument("--startup-only", action="store_true", help="no throughput runs")
    args = parser.parse_args(argv)
    trees = {"base": args.base.resolve(), "new": args.new.resolve()}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print("| start-up | base CPU | new CPU | ratio | base wall | new wall |", flush=True)
        for case, times in startup(trees, args.repeats, work).items():
            (base, base_wall), (new, new_wall) = times["base"], times["new"]
            figures = f"{base:.2f} s | {new:.2f} s | {new / base:.2f} | {base_wall:.2f} s"
            print(f"| {case} | {figures} | {new_wall:.2f} s |", flush=True)
        if args.startup_only:
            return 0
        bases = bench.base_creators(400)  # as make bench draws them
        distinct = bench.DistinctTexts(bench._vocabulary(bases))
        path = work / "distinct.jsonl"
        print(json.dumps(bench.write_input(path, args.creators, bases, distinct)), flush=True)
        throughput(trees, path, [int(j) for j in args.jobs.split(",")], work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
