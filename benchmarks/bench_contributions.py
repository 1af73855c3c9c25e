"""The creator model's per-feature contributions: LightGBM's TreeSHAP against the table.

    python benchmarks/bench_contributions.py [--creators 640] [--repeats 7]

Rows: the feature rows of ``--creators`` creators from the blind generators (as
``benchmarks/bench.py`` makes them), in chunks of 64 (as ``fraud score`` scores them) and
one at a time (as the service scores a request alone). Timed, interleaved, best of
``--repeats`` (CPU time of this process): ``booster.predict(pred_contrib=True)`` and
:meth:`fraud.contributions.ContributionTable.contributions` on the same rows. Prints the
largest difference between the two (and stops, exit 1, when it is over 1e-9), then
milliseconds per chunk and per row.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

CHUNK = 64


def _best_ms(runs: dict[str, Callable[[], object]], repeats: int, calls: int) -> dict[str, float]:
    """Best CPU milliseconds per call of each run, the runs interleaved repeat by repeat."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeats):
        for name, run in runs.items():
            started = time.process_time()
            run()
            best[name] = min(best[name], (time.process_time() - started) / calls * 1e3)
    return best


def main(argv: list[str] | None = None) -> int:
    """Time both paths and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--creators", type=int, default=640)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)
    import bench

    from fraud.features import feature_matrix
    from fraud.schema import CreatorRecord
    from fraud.scoring import Scorer

    scorer = Scorer.load()
    model = scorer.creator_model
    table = model.contribution_table
    if table is None:
        print("the creator model has no contribution table", file=sys.stderr)
        return 1
    records = [CreatorRecord.model_validate(c) for c in bench.base_creators(args.creators)]
    rows = feature_matrix(scorer.extractor.rows(records), model.feature_names)
    chunks = [rows[i : i + CHUNK] for i in range(0, len(rows), CHUNK)]
    singles = [rows[i : i + 1] for i in range(len(rows))]

    def lightgbm(parts: list[np.ndarray]) -> Callable[[], object]:
        return lambda: [model.booster.predict(p, pred_contrib=True, num_threads=1) for p in parts]

    def tabled(parts: list[np.ndarray]) -> Callable[[], object]:
        return lambda: [table.contributions(p) for p in parts]

    expected = model.booster.predict(rows, pred_contrib=True, num_threads=1)
    difference = float(np.abs(table.contributions(rows) - expected).max())
    if difference > 1e-9:
        print(f"the table differs from LightGBM by {difference:.1e}", file=sys.stderr)
        return 1
    results: dict[str, list[float]] = {"lightgbm": [], "table": []}
    for parts in (chunks, singles):
        runs = {"lightgbm": lightgbm(parts), "table": tabled(parts)}
        for name, ms in _best_ms(runs, args.repeats, len(parts)).items():
            results[name].append(ms)
    print(f"{len(rows)} feature rows; largest difference {difference:.1e}")
    for name, (per_chunk, per_row) in results.items():
        print(
            f"{name:9s} {per_chunk:7.3f} ms per chunk of {CHUNK}   {per_row:6.3f} ms per row alone"
        )
    print(
        f"table: {results['lightgbm'][0] / results['table'][0]:.1f}x in chunks, "
        f"{results['lightgbm'][1] / results['table'][1]:.1f}x alone"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
