"""What a creator-model recipe costs at scoring time: the log-odds and per-feature
contributions (``CreatorModel.margins_and_contributions``, which every answer's reasons and
the evidence floor need) under the shipped recipe and under candidate recipes, one creator at
a time (as the service scores a request) and in chunks of 100 (as the batch engine does).

    python benchmarks/bench_recipe_cost.py [--candidate NAME KEY=VALUE ...] [--rows 300]

Each recipe is fitted as ``make train`` fits the shipped one
(``training.train.fit_on_splits``: our simulator's train split and every training
generator), with the given LightGBM parameters in place of the recipe's (the same
``KEY=VALUE`` as ``python -m training.generator_transfer --param``). Rows scored: the first
``--rows`` rows of our test split that have a behavioural check. Reported per recipe: the
booster's trees and leaves, the CPU time its fit took (process time; the calibration and
the test split's scoring that ``fit_on_splits`` does with it included), and the thread CPU time
per creator of the contributions, best of ``--repeats`` (so a busy neighbour's interruptions
drop out). Default candidates: the fortieth session's (``reports/creator-candidates.md``).
About two minutes a recipe of 16 leaves here, under one of 8.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from training import generators
from training.creator_data import DEFAULT_CREATORS, load_labelled_features
from training.generator_transfer import parse_param
from training.train import fit_on_splits

CANDIDATES: dict[str, list[str]] = {
    "shipped recipe": [],
    "16 leaves, depth 5": ["num_leaves=16", "max_depth=5"],
    "16 leaves, depth 5, λ2 10, 100 rows a leaf": [
        "num_leaves=16",
        "max_depth=5",
        "lambda_l2=10",
        "min_data_in_leaf=100",
    ],
    "300 rounds at 0.1": ["learning_rate=0.1", "num_boost_round=300"],
}


def per_creator_ms(model: Any, rows: np.ndarray, chunk: int, repeats: int) -> float:
    """Thread CPU milliseconds per row of ``model.margins_and_contributions`` over ``rows`` in
    chunks of ``chunk``, the best of ``repeats`` passes."""
    best = float("inf")
    for _ in range(repeats):
        started = time.thread_time()
        for start in range(0, len(rows), chunk):
            model.margins_and_contributions(rows[start : start + chunk])
        best = min(best, time.thread_time() - started)
    return 1000 * best / len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--candidate",
        nargs="+",
        action="append",
        metavar=("NAME", "KEY=VALUE"),
        help="a recipe to time beside the shipped one (default: the fortieth session's)",
    )
    parser.add_argument("--rows", type=int, default=300, help="test rows scored per pass")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7, help="the split seed of make train")
    args = parser.parse_args(argv)
    recipes = (
        {"shipped recipe": [], **{name: given for name, *given in args.candidate}}
        if args.candidate
        else CANDIDATES
    )
    data = load_labelled_features(DEFAULT_CREATORS)
    extra = list(generators.load()[0].values())
    print(
        "| recipe | trees | leaves | fit, CPU s | one creator at a time, ms | chunks of 100, ms |"
    )
    print("|---|---|---|---|---|---|")
    for name, given in recipes.items():
        params = dict(parse_param(text) for text in given)
        started = time.process_time()
        fitted = fit_on_splits(data, args.seed, extra=extra, params=params)
        fit_seconds = time.process_time() - started
        model = fitted.model
        test = data.frame.iloc[fitted.test]
        test = test[test["sufficient"].to_numpy(dtype=bool)]
        rows = test[list(model.feature_names)].to_numpy(dtype=np.float64)[: args.rows]
        dump = model.booster.dump_model()["tree_info"]
        leaves = sum(tree["num_leaves"] for tree in dump)
        one = per_creator_ms(model, rows, 1, args.repeats)
        chunked = per_creator_ms(model, rows, 100, args.repeats)
        print(
            f"| {name} | {len(dump)} | {leaves:,} | {fit_seconds:.0f} | {one:.3f} | "
            f"{chunked:.3f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
