"""CPU per creator scored alone (as the service scores a request no other waits with) and in
chunks of 50, for two source trees, interleaved: old and new alternate, round after round.

    git archive main | (mkdir -p /tmp/base && tar -x -C /tmp/base)
    python benchmarks/bench_alone_ab.py --base /tmp/base --new . --input FILE.jsonl

``FILE.jsonl``: realistic creators with every comment text distinct, as ``benchmarks/bench.py``
writes them (``bench.write_input``). Each round runs one worker process per tree (this
interpreter, the tree first on ``sys.path``), which loads the models, sets the collector as
the service does (``gc.freeze``, :data:`fraud.batch.SCORING_GC_THRESHOLDS`), scores the first
``--warm`` creators to warm up, then takes ``--creators`` others through
``fraud.batch.score_chunk`` (validation, scoring, ``model_dump``; thread CPU time):

* ``cold``: each creator alone, once: its comment texts never seen by this process (as in
  the service, where every request is a creator of its own);
* ``alone``: the same creators alone again, best of ``--repeats`` per creator (warm caches);
* ``chunk50``: the same creators in chunks of 50, best of ``--repeats``.

Reported per tree: each figure's range over the rounds, in ms of CPU per creator, and the
new/old ratio of the medians. About 20 s per worker with the defaults.

On a loaded machine the rounds differ by more than a small change; ``--in-process`` then
scores with both trees in one process, creator by creator (which tree goes first alternates):
the old tree is imported as ``fraud_old`` (a copy of its ``fraud`` package with the imports
renamed, in a temporary directory), each tree with its own models and caches. The same
three figures, each creator's (each chunk's) time the best of ``--repeats`` (``cold``: its
one pass).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def worker(input_path: str, warm: int, creators: int, repeats: int) -> dict[str, float]:
    """Run in the tree under test: the per-creator CPU figures, in ms."""
    import gc

    from fraud.batch import SCORING_GC_THRESHOLDS, import_lightgbm_lean, score_chunk

    import_lightgbm_lean()
    from fraud.scoring import Scorer

    scorer = Scorer.load()
    gc.freeze()
    gc.set_threshold(*SCORING_GC_THRESHOLDS)
    with open(input_path, "rb") as lines:
        raws = [line.strip() for line, _ in zip(lines, range(warm + creators), strict=False)]
    for raw in raws[:warm]:
        score_chunk(scorer, [raw])
    score_chunk(scorer, raws[:warm])
    chosen = raws[warm:]
    n = len(chosen)

    def alone_pass() -> list[int]:
        spent = []
        for raw in chosen:
            start = time.thread_time_ns()
            score_chunk(scorer, [raw])
            spent.append(time.thread_time_ns() - start)
        return spent

    cold = sum(alone_pass())
    best = [float("inf")] * n
    chunk = float("inf")
    for _ in range(repeats):
        best = [min(b, s) for b, s in zip(best, alone_pass(), strict=True)]
        start = time.thread_time_ns()
        for i in range(0, n, 50):
            score_chunk(scorer, chosen[i : i + 50])
        chunk = min(chunk, time.thread_time_ns() - start)
    return {"cold": cold / n / 1e6, "alone": sum(best) / n / 1e6, "chunk50": chunk / n / 1e6}


def run_worker(tree: Path, args: argparse.Namespace) -> dict[str, float]:
    code = (
        f"import sys, json; sys.path.insert(0, {str(Path(__file__).resolve().parent)!r}); "
        "import bench_alone_ab as b; "
        f"print(json.dumps(b.worker({args.input!r}, {args.warm}, {args.creators}, "
        f"{args.repeats})))"
    )
    env = {**os.environ, "PYTHONPATH": str(tree), "OMP_NUM_THREADS": "1"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tree, env=env, check=True, capture_output=True
    )
    result: dict[str, float] = json.loads(out.stdout.decode().strip().splitlines()[-1])
    return result


def aliased_copy(base: Path, into: Path) -> Path:
    """``base``'s ``fraud`` package as ``fraud_old`` under ``into`` (imports renamed; its models
    and data linked), importable beside this tree's ``fraud``."""
    package = into / "fraud_old"
    shutil.copytree(base / "fraud", package)
    for name in ("models", "data"):
        (into / name).symlink_to(base / name)
    rename = [
        (re.compile(r"\bfrom fraud([. ])"), r"from fraud_old\1"),
        (re.compile(r"\bimport fraud\b"), "import fraud_old"),
        (re.compile(r"([\"'])fraud([.\"'])"), r"\1fraud_old\2"),
    ]
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern, replacement in rename:
            text = pattern.sub(replacement, text)
        path.write_text(text, encoding="utf-8")
    return into


def in_process(args: argparse.Namespace) -> dict[str, dict[str, float]]:
    """Both trees in this process, creator by creator (see the module docstring)."""
    import gc
    import importlib

    with tempfile.TemporaryDirectory(prefix="bench-alone-") as tmp:
        sys.path.insert(0, str(aliased_copy(args.base.resolve(), Path(tmp))))
        sys.path.insert(0, str(args.new.resolve()))
        sides = {}
        for side, package in (("old", "fraud_old"), ("new", "fraud")):
            batch = importlib.import_module(f"{package}.batch")
            batch.import_lightgbm_lean()
            scorer = importlib.import_module(f"{package}.scoring").Scorer.load()
            sides[side] = (batch.score_chunk, scorer)
        gc.freeze()
        gc.set_threshold(*importlib.import_module("fraud.batch").SCORING_GC_THRESHOLDS)
        with open(args.input, "rb") as lines:
            raws = [
                line.strip()
                for line, _ in zip(lines, range(args.warm + args.creators), strict=False)
            ]
        for score_chunk, scorer in sides.values():
            for raw in raws[: args.warm]:
                score_chunk(scorer, [raw])
            score_chunk(scorer, raws[: args.warm])
        chosen = raws[args.warm :]
        n = len(chosen)
        best = {side: {"cold": [0.0] * n, "alone": [float("inf")] * n} for side in sides}
        chunks = [chosen[i : i + 50] for i in range(0, n, 50)]
        chunk = {side: [float("inf")] * len(chunks) for side in sides}

        def timed(side: str, items: list[bytes]) -> int:
            score_chunk, scorer = sides[side]
            start = time.thread_time_ns()
            score_chunk(scorer, items)
            return time.thread_time_ns() - start

        for repeat in range(args.repeats + 1):
            for j, raw in enumerate(chosen):
                for side in ("old", "new") if (j + repeat) % 2 == 0 else ("new", "old"):
                    spent = timed(side, [raw])
                    if repeat == 0:
                        best[side]["cold"][j] = spent
                    else:
                        best[side]["alone"][j] = min(best[side]["alone"][j], spent)
            for j, items in enumerate(chunks if repeat else []):
                for side in ("old", "new") if (j + repeat) % 2 == 0 else ("new", "old"):
                    chunk[side][j] = min(chunk[side][j], timed(side, items))
        return {
            side: {
                "cold": sum(best[side]["cold"]) / n / 1e6,
                "alone": sum(best[side]["alone"]) / n / 1e6,
                "chunk50": sum(chunk[side]) / n / 1e6,
            }
            for side in sides
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=Path, required=True, help="the old tree")
    parser.add_argument("--new", type=Path, default=Path.cwd(), help="the new tree")
    parser.add_argument("--input", required=True, help="creators, one JSON object a line")
    parser.add_argument("--warm", type=int, default=50)
    parser.add_argument("--creators", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--in-process", action="store_true", help="both trees in one process")
    args = parser.parse_args(argv)
    if args.in_process:
        found = in_process(args)
        print(f"ms of CPU per creator, {args.creators} creators, in one process")
        for figure in ("cold", "alone", "chunk50"):
            old, new = found["old"][figure], found["new"][figure]
            print(f"{figure:8s} old {old:6.2f}  new {new:6.2f}  new/old {new / old:.3f}")
        return 0
    trees = {"old": args.base.resolve(), "new": args.new.resolve()}
    runs: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
    for round_ in range(args.rounds):
        order = ["old", "new"] if round_ % 2 == 0 else ["new", "old"]
        for side in order:
            result = run_worker(trees[side], args)
            runs[side].append(result)
            print(json.dumps({"round": round_, "tree": side, **result}), flush=True)
    print(f"ms of CPU per creator, {args.creators} creators, {args.rounds} rounds (min-max)")
    for figure in ("cold", "alone", "chunk50"):
        old = [r[figure] for r in runs["old"]]
        new = [r[figure] for r in runs["new"]]
        ratio = statistics.median(new) / statistics.median(old)
        print(
            f"{figure:8s} old {min(old):6.2f}-{max(old):6.2f}  new {min(new):6.2f}-{max(new):6.2f}"
            f"  new/old (medians) {ratio:.3f}"
        )
    summary: dict[str, Any] = {"runs": runs}
    if os.environ.get("BENCH_JSON"):
        Path(os.environ["BENCH_JSON"]).write_text(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
