"""How the creator model carries to a generator it never learned from, without spending a
judge: ``python -m training.generator_transfer`` (``make generator-transfer``).

The judges (``evaluation/``) are the honest measure of transfer, but each look at them spends
a little of their honesty: a change chosen because a judge liked it is fitted to that judge.
The training generators (``training.generators``) were written blind in the same way, so they
can stand in while a change is being chosen. For each of them in turn, the shipped recipe is
refitted on our simulator's train split and every *other* training generator
(:func:`training.train.fit_on_splits`: the same features, booster, calibration and
thresholds) and judged on the one left out, all its creators under every data regime
(:func:`training.evaluate.judge_outside`). The mean over the generators left out says whether
a change carries to an idea of a creator the model did not see; no judge is looked at.

The throwaway models are never shipped. Writes ``reports/generator_transfer.md`` and
``reports/generator_transfer.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from fraud.paths import PROJECT_ROOT
from training import generators
from training.creator_data import DEFAULT_CREATORS, LabelledFeatures, load_labelled_features
from training.evaluate import judge_outside
from training.simulate import SOURCE_REGIMES
from training.train import fit_on_splits

__all__ = ["MEASURES", "leave_one_out", "main", "means"]

REPORTS = PROJECT_ROOT / "reports"
#: What the report gives per generator left out and regime, and averages over them.
MEASURES = ("roc_auc", "fraud_authentic", "genuine_likely_fraudulent", "coverage")


def leave_one_out(
    data: LabelledFeatures,
    others: Mapping[str, LabelledFeatures],
    seed: int,
    held_out: Sequence[str] | None = None,
) -> dict[str, dict[str, Any]]:
    """For each generator of ``held_out`` (default: all of ``others``), the recipe fitted on
    ``data``'s splits and every other generator of ``others``, judged on the one left out:
    :func:`training.evaluate.judge_outside`'s regimes and fraud archetypes."""
    out: dict[str, dict[str, Any]] = {}
    for name in held_out or list(others):
        rest = [features for other, features in others.items() if other != name]
        fitted = fit_on_splits(data, seed, extra=rest)
        regimes, archetypes = judge_outside(fitted.model, others[name].frame)
        out[name] = {"regimes": regimes, "archetypes": archetypes}
    return out


def means(results: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, float]]:
    """Per regime, each of :data:`MEASURES` averaged over the generators left out (each
    generator counts once, whatever its size)."""
    out: dict[str, dict[str, float]] = {}
    for regime in SOURCE_REGIMES:
        rows = [r["regimes"][regime] for r in results.values() if regime in r["regimes"]]
        if rows:
            out[regime] = {
                measure: round(float(np.mean([row[measure] for row in rows])), 4)
                for measure in MEASURES
            }
    return out


def _cell(metrics: Mapping[str, float]) -> str:
    return (
        f"{metrics['roc_auc']:.3f} / {100 * metrics['fraud_authentic']:.1f}% / "
        f"{100 * metrics['genuine_likely_fraudulent']:.1f}% / {100 * metrics['coverage']:.0f}%"
    )


def _markdown(report: Mapping[str, Any]) -> str:
    results, averaged = report["held_out"], report["mean"]
    regimes = [regime for regime in SOURCE_REGIMES if regime in averaged]
    lines = [
        "# Leave one training generator out",
        "",
        f"Made by `{report['command']}`. For each training generator (`training/generators`), "
        "the shipped recipe refitted on our simulator's train split and every other training "
        "generator, judged on all the creators of the one left out. No judge (`evaluation/`) "
        "is looked at. Cells: ROC-AUC / fraud `authentic` / genuine `likely_fraudulent` / "
        "coverage (share not `insufficient_data`).",
        "",
        "| left out | " + " | ".join(regimes) + " |",
        "|---" * (len(regimes) + 1) + "|",
    ]
    for name, result in results.items():
        cells = [_cell(result["regimes"][regime]) for regime in regimes]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("| **mean** | " + " | ".join(_cell(averaged[r]) for r in regimes) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Leave one training generator out (make generator-transfer)."
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_CREATORS)
    parser.add_argument("--seed", type=int, default=7, help="the split seed of make train")
    parser.add_argument(
        "--held-out",
        nargs="+",
        choices=sorted(generators.TRAINING_GENERATORS),
        help="only these generators are left out in turn (default: each of them)",
    )
    args = parser.parse_args(argv)
    others, _ = generators.load()
    results = leave_one_out(load_labelled_features(args.data), others, args.seed, args.held_out)
    given = sys.argv[1:] if argv is None else argv
    report = {
        "command": " ".join(["python -m training.generator_transfer", *given]),
        "seed": args.seed,
        "held_out": results,
        "mean": means(results),
    }
    REPORTS.mkdir(exist_ok=True)
    text = json.dumps(report, indent=2) + "\n"
    (REPORTS / "generator_transfer.json").write_text(text, encoding="utf-8")
    (REPORTS / "generator_transfer.md").write_text(_markdown(report), encoding="utf-8")
    print(_markdown(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
