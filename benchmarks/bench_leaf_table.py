"""The follower model's raw scores: LightGBM's predict against the leaf table, interleaved.

The feature matrices the follower model is given are captured while this tree scores
``--input`` in chunks of ``--chunk-size``; both ways are checked to give the same float64
bits on every one, then timed on them one after the other, best of ``--repeats`` (CPU time).

    python benchmarks/bench_leaf_table.py --input FILE
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import Any

import numpy as np
from bench_stage_ab import interleaved_best

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, required=True, help="creators (.jsonl)")
    parser.add_argument("--chunk-size", type=int, default=16)
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()

    from fraud.audience import FollowerModel
    from fraud.batch import ScorerLoader, chunked, score_chunk

    captured: list[np.ndarray] = []
    original = FollowerModel.raw_scores

    def spy(self: FollowerModel, features: np.ndarray) -> np.ndarray:
        captured.append(features.copy())
        return original(self, features)

    FollowerModel.raw_scores = spy  # type: ignore[method-assign]
    scorer = ScorerLoader()()
    n = 0
    for chunk in chunked(args.input.read_bytes().splitlines(), args.chunk_size):
        score_chunk(scorer, chunk)
        n += len(chunk)
    model = scorer.extractor.follower_model
    table = model._leaf_table
    if table is None:
        raise SystemExit("the follower model has no leaf table: LightGBM predicts")

    def lightgbm(rows: np.ndarray) -> Any:
        return model._booster.predict(rows, raw_score=True, num_threads=1)

    for rows in captured:
        if lightgbm(rows).tobytes() != table.raw_scores(rows).tobytes():
            raise SystemExit("the leaf table and LightGBM differ")
    rows_total = sum(len(rows) for rows in captured)
    print(f"equal raw scores on {len(captured)} calls ({rows_total} followers, {n} creators)")
    gc.collect()
    best = interleaved_best(
        {
            "lightgbm": lambda: [lightgbm(rows) for rows in captured],
            "table": lambda: [table.raw_scores(rows) for rows in captured],
        },
        args.repeats,
    )
    old, new = best["lightgbm"] / n * 1e3, best["table"] / n * 1e3
    print(
        f"LightGBM {old:.4f} -> leaf table {new:.4f} ms per creator "
        f"(CPU, best of {args.repeats}); table/LightGBM {new / old:.3f}"
    )


if __name__ == "__main__":
    main()
