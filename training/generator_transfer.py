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

A candidate recipe is measured the same way: ``--param KEY=VALUE`` replaces a LightGBM
parameter of the recipe (``num_boost_round`` the number of rounds), and its report is named
with ``--report`` beside the shipped recipe's, whose mean it prints for comparison.

The throwaway models are never shipped. Writes ``reports/generator_transfer.md`` and
``reports/generator_transfer.json`` (or ``reports/NAME.*`` with ``--report NAME``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from fraud.batch import atomic_output
from fraud.paths import PROJECT_ROOT
from training import generators
from training.creator_data import DEFAULT_CREATORS, LabelledFeatures, load_labelled_features
from training.evaluate import judge_outside
from training.simulate import SOURCE_REGIMES
from training.train import fit_on_splits

__all__ = ["MEASURES", "leave_one_out", "main", "means", "parse_param"]

REPORTS = PROJECT_ROOT / "reports"
#: The report of the shipped recipe (no ``--param``).
SHIPPED_REPORT = "generator_transfer"
#: What the report gives per generator left out and regime, and averages over them.
MEASURES = ("roc_auc", "fraud_authentic", "genuine_likely_fraudulent", "coverage")


def leave_one_out(
    data: LabelledFeatures,
    others: Mapping[str, LabelledFeatures],
    seed: int,
    held_out: Sequence[str] | None = None,
    params: Mapping[str, Any] | None = None,
) -> dict[str, dict[str, Any]]:
    """For each generator of ``held_out`` (default: all of ``others``), the recipe fitted on
    ``data``'s splits and every other generator of ``others``, judged on the one left out:
    :func:`training.evaluate.judge_outside`'s regimes and fraud archetypes. ``params``:
    LightGBM parameters in place of the recipe's (:func:`training.train.fit_booster`)."""
    out: dict[str, dict[str, Any]] = {}
    for name in held_out or list(others):
        rest = [features for other, features in others.items() if other != name]
        fitted = fit_on_splits(data, seed, extra=rest, params=params)
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


def parse_param(text: str) -> tuple[str, Any]:
    """``KEY=VALUE`` as a LightGBM parameter: the value read as JSON (``16``, ``0.4``,
    ``true``), else as the string it is."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        parsed = value
    return key.strip(), parsed


def _markdown(report: Mapping[str, Any], shipped: Mapping[str, Any] | None = None) -> str:
    results, averaged = report["held_out"], report["mean"]
    regimes = [regime for regime in SOURCE_REGIMES if regime in averaged]
    changed = report.get("params") or {}
    recipe = (
        "the shipped recipe with "
        + ", ".join(f"`{key}` = {value!r}" for key, value in changed.items())
        + " instead of its own"
        if changed
        else "the shipped recipe"
    )
    lines = [
        "# Leave one training generator out",
        "",
        f"Made by `{report['command']}`. For each training generator (`training/generators`), "
        f"{recipe} refitted on our simulator's train split and every other training "
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
    if shipped is not None and shipped.get("held_out", {}).keys() == results.keys():
        before = shipped["mean"]
        lines.append(
            "| mean, shipped recipe (`reports/generator_transfer.json`) | "
            + " | ".join(_cell(before[r]) if r in before else "" for r in regimes)
            + " |"
        )
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
    parser.add_argument(
        "--param",
        action="append",
        type=parse_param,
        default=[],
        metavar="KEY=VALUE",
        help="a LightGBM parameter in place of the recipe's (num_boost_round: the rounds); "
        "repeatable; a candidate, so --report must name its report",
    )
    parser.add_argument(
        "--report",
        default=SHIPPED_REPORT,
        help=f"report name: reports/NAME.{{md,json}} (default {SHIPPED_REPORT}, the shipped "
        "recipe's)",
    )
    args = parser.parse_args(argv)
    params = dict(args.param)
    if params and args.report == SHIPPED_REPORT:
        parser.error(
            f"--param measures a candidate: name its report with --report (reports/"
            f"{SHIPPED_REPORT}.* is the shipped recipe's)"
        )
    others, _ = generators.load()
    results = leave_one_out(
        load_labelled_features(args.data), others, args.seed, args.held_out, params
    )
    given = sys.argv[1:] if argv is None else argv
    report = {
        "command": " ".join(["python -m training.generator_transfer", *given]),
        "seed": args.seed,
        **({"params": params} if params else {}),
        "held_out": results,
        "mean": means(results),
    }
    shipped_path = REPORTS / f"{SHIPPED_REPORT}.json"
    shipped = (
        json.loads(shipped_path.read_text(encoding="utf-8"))
        if params and shipped_path.exists()
        else None
    )
    markdown = _markdown(report, shipped)
    REPORTS.mkdir(exist_ok=True)
    with atomic_output(REPORTS / f"{args.report}.json", "w", encoding="utf-8") as handle:
        handle.write(json.dumps(report, indent=2) + "\n")
    with atomic_output(REPORTS / f"{args.report}.md", "w", encoding="utf-8") as handle:
        handle.write(markdown)
    print(markdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
