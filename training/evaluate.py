"""Evaluate the creator model like a sceptic: ``python -m training.evaluate`` (``make evaluate``).

Writes ``reports/creator.md`` and ``reports/creator.json`` with

* test-split ROC-AUC, PR-AUC, Brier score and a reliability table (calibration);
* the share of genuine creators wrongly flagged, overall, per archetype and per platform;
* **leave-one-archetype-out**: for each fraud archetype, a model trained without it is asked
  to catch it (fraud we never saw); for each genuine archetype, a model trained without it is
  asked not to flag it (honest behaviour we never saw);
* the verdicts of the bundled example creators under the shipped model.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
import orjson
from sklearn.metrics import roc_auc_score

from fraud.model import MODEL_FEATURE_NAMES
from fraud.paths import DATA_DIR, PROJECT_ROOT
from fraud.schema import CreatorRecord
from fraud.scoring import Scorer
from training.creator_data import DEFAULT_CREATORS, load_labelled_features
from training.simulate import FRAUD_ARCHETYPES, GENUINE_ARCHETYPES
from training.train import fit_creator_model, split, test_metrics

REPORTS = PROJECT_ROOT / "reports"


def reliability(probabilities: np.ndarray, labels: np.ndarray, bins: int = 10) -> list[dict[str, Any]]:
    """Observed fraud rate per predicted-probability bin."""
    edges = np.linspace(0, 1, bins + 1)
    rows = []
    for low, high in zip(edges[:-1], edges[1:], strict=True):
        inside = (probabilities >= low) & ((probabilities < high) | (high == 1.0))
        if inside.any():
            rows.append({
                "bin": f"{low:.1f}-{high:.1f}",
                "n": int(inside.sum()),
                "mean_predicted": round(float(probabilities[inside].mean()), 3),
                "observed_fraud_rate": round(float(labels[inside].mean()), 3),
            })
    return rows


def leave_one_archetype_out(data: Any, parts: dict[str, np.ndarray], seed: int) -> list[dict[str, Any]]:
    frame = data.frame
    X, y = data.X, data.y
    archetype = frame["archetype"].to_numpy()
    sufficient = frame["sufficient"].to_numpy(dtype=bool)
    rows = []
    for held_out in [*FRAUD_ARCHETYPES, *GENUINE_ARCHETYPES]:
        train = parts["train"][archetype[parts["train"]] != held_out]
        cal = parts["calibration"][archetype[parts["calibration"]] != held_out]
        model = fit_creator_model(X.iloc[train], y[train], X.iloc[cal], y[cal], seed, sufficient[cal])
        test = parts["test"][sufficient[parts["test"]]]
        p = model.predict_proba(X.iloc[test][list(MODEL_FEATURE_NAMES)].to_numpy())
        is_held = archetype[test] == held_out
        row: dict[str, Any] = {"archetype": held_out, "n_test": int(is_held.sum())}
        if held_out in FRAUD_ARCHETYPES:
            genuine = y[test] == 0
            scored = is_held | genuine
            row["kind"] = "fraud"
            row["auc_vs_genuine"] = round(float(roc_auc_score(y[test][scored], p[scored])), 4)
            row["flagged_suspicious_or_worse"] = round(float((p[is_held] >= model.thresholds.suspicious).mean()), 3)
            row["likely_fraudulent"] = round(float((p[is_held] >= model.thresholds.likely_fraudulent).mean()), 3)
        else:
            row["kind"] = "genuine"
            row["flagged_suspicious_or_worse"] = round(float((p[is_held] >= model.thresholds.suspicious).mean()), 3)
            row["likely_fraudulent"] = round(float((p[is_held] >= model.thresholds.likely_fraudulent).mean()), 3)
        rows.append(row)
        print(f"  left out {held_out}: {row}")
    return rows


def score_examples() -> list[dict[str, Any]]:
    scorer = Scorer.load()
    rows = []
    with (DATA_DIR / "samples" / "creators.jsonl").open("rb") as handle:
        for line in handle:
            result = scorer.score(CreatorRecord.model_validate(orjson.loads(line)))
            rows.append({
                "creator_id": result.creator_id,
                "verdict": result.verdict.value,
                "authenticity": result.authenticity,
                "top_reason": next((r.code for r in result.reasons if r.severity != "info"), None),
            })
    return rows


def _markdown(report: dict[str, Any]) -> str:
    t = report["test"]
    lines = [
        "# Creator model evaluation",
        "",
        f"Made by `make evaluate` (`python -m training.evaluate --seed {report['seed']}`) on "
        f"{report['n_creators']} simulated creators (`{report['data']}`, sha256 "
        f"`{report['data_sha256'][:12]}`), split 50/25/25 train/calibration/test by archetype. "
        "Test rows with too little data for a verdict are left out. All of this is simulated data: "
        "it measures how well the model learns the simulator's patterns, and the "
        "leave-one-archetype-out rows are the better guide to fraud it has never seen.",
        "",
        "## Test split",
        "",
        "| metric | value |",
        "|---|---|",
        *(f"| {k} | {v} |" for k, v in t.items() if k != "by_archetype"),
        f"| thresholds (suspicious / likely_fraudulent) | {report['thresholds']['suspicious']} / "
        f"{report['thresholds']['likely_fraudulent']} |",
        "",
        "### Per archetype (test split)",
        "",
        "| archetype | kind | n | suspicious or worse | likely_fraudulent |",
        "|---|---|---|---|---|",
    ]
    for name, row in t["by_archetype"].items():
        kind = "fraud" if name in FRAUD_ARCHETYPES else "genuine"
        lines.append(f"| {name} | {kind} | {row['n']} | {row['flagged_suspicious_or_worse']} | "
                     f"{row['likely_fraudulent']} |")
    lines += ["", "### Per platform (test split)", "", "| platform | n | ROC-AUC | genuine flagged likely_fraudulent |",
              "|---|---|---|---|"]
    for row in report["by_platform"]:
        lines.append(f"| {row['platform']} | {row['n']} | {row['roc_auc']} | {row['genuine_likely_fraudulent_rate']} |")
    lines += ["", "### Calibration (test split)", "", "| predicted | n | mean predicted | observed fraud rate |",
              "|---|---|---|---|"]
    lines += [f"| {r['bin']} | {r['n']} | {r['mean_predicted']} | {r['observed_fraud_rate']} |"
              for r in report["calibration"]]
    lines += [
        "",
        "## Leave one archetype out",
        "",
        "Each row: a model trained and calibrated without that archetype, scored on the test split. "
        "For a fraud archetype, how much of it is still caught (and ROC-AUC against genuine test "
        "creators); for a genuine archetype, how much of it is wrongly flagged.",
        "",
        "| left out | kind | n test | ROC-AUC vs genuine | suspicious or worse | likely_fraudulent |",
        "|---|---|---|---|---|---|",
    ]
    for row in report["leave_one_archetype_out"]:
        lines.append(f"| {row['archetype']} | {row['kind']} | {row['n_test']} | "
                     f"{row.get('auc_vs_genuine', '')} | {row['flagged_suspicious_or_worse']} | "
                     f"{row['likely_fraudulent']} |")
    lines += ["", "## Bundled examples (shipped model)", "", "| creator | verdict | authenticity | top reason |",
              "|---|---|---|---|"]
    lines += [f"| {r['creator_id']} | {r['verdict']} | {r['authenticity']} | {r['top_reason']} |"
              for r in report["examples"]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Evaluate the creator model (make evaluate).")
    parser.add_argument("--data", type=Path, default=DEFAULT_CREATORS)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-loao", action="store_true", help="skip leave-one-archetype-out")
    args = parser.parse_args(argv)
    data = load_labelled_features(args.data)
    parts = split(data, args.seed)
    frame, X, y = data.frame, data.X, data.y
    sufficient = frame["sufficient"].to_numpy(dtype=bool)
    model = fit_creator_model(X.iloc[parts["train"]], y[parts["train"]], X.iloc[parts["calibration"]],
                              y[parts["calibration"]], args.seed, sufficient[parts["calibration"]])
    test = parts["test"][sufficient[parts["test"]]]
    p = model.predict_proba(X.iloc[test][list(MODEL_FEATURE_NAMES)].to_numpy())
    archetypes = frame["archetype"].to_numpy()[test]
    platforms = frame["platform"].to_numpy()[test]
    by_platform = []
    for platform in sorted(set(platforms.tolist())):
        mask = platforms == platform
        genuine = mask & (y[test] == 0)
        by_platform.append({
            "platform": platform,
            "n": int(mask.sum()),
            "roc_auc": round(float(roc_auc_score(y[test][mask], p[mask])), 3),
            "genuine_likely_fraudulent_rate": round(float((p[genuine] >= model.thresholds.likely_fraudulent).mean()), 3),
        })
    report: dict[str, Any] = {
        "seed": args.seed,
        "data": str(args.data.relative_to(PROJECT_ROOT)) if args.data.is_relative_to(PROJECT_ROOT) else str(args.data),
        "data_sha256": data.source_sha256,
        "n_creators": len(frame),
        "thresholds": {"suspicious": model.thresholds.suspicious,
                       "likely_fraudulent": model.thresholds.likely_fraudulent},
        "test": test_metrics(p, y[test], archetypes, model.thresholds),
        "by_platform": by_platform,
        "calibration": reliability(p, y[test]),
        "leave_one_archetype_out": [] if args.skip_loao else leave_one_archetype_out(data, parts, args.seed),
        "examples": score_examples(),
    }
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / "creator.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    (REPORTS / "creator.md").write_text(_markdown(report), encoding="utf-8")
    print(_markdown(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
