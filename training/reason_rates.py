"""How often each fraud reason fires, by severity, on genuine and fraud creators, per data regime.

``python -m training.reason_rates`` (``make reason-rates``) scores, with the shipped creator
model and the scorer's own rules (:func:`fraud.reasons.signal_severities`,
:func:`fraud.model.verdict_for`):

* our simulator's split (``data/generated/creators.jsonl``, split as ``make train`` /
  ``make evaluate`` split it; ``--split test`` by default, ``calibration`` to choose
  cut-offs on other rows than those reported);
* the three outside generators (``evaluation/``: frozen, used to judge and never to tune;
  ``final`` is reported but must not guide a choice).

It writes ``reports/reason_rates.md`` (and ``.json``): per source and data regime, the share
of genuine and of fraud creators on which each reason fires at ``low`` / ``medium`` / ``high``,
and the verdict rates (genuine ``suspicious`` and ``likely_fraudulent``, fraud
``authentic``). Nothing is trained.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

import numpy as np
import pandas as pd

from fraud.features import FEATURE_NAMES
from fraud.model import RED_FLAG_SEVERITIES, CreatorModel, is_red_flag, verdict_for
from fraud.paths import CREATOR_MODEL_DIR, PROJECT_ROOT, models_dir
from fraud.reasons import RULES, SEVERITY_CUTOFFS, engagement_doubt, signal_severities
from training.creator_data import DEFAULT_CREATORS, load_labelled_features

__all__ = ["main", "reason_rates"]

_CHECKS = ("growth", "engagement", "comments", "audience", "profile")
FRAUD_CODES = tuple(rule.code for rule in RULES if rule.supports_fraud)
SEVERITIES = ("low", "medium", "high")
VERDICT_RATES = ("genuine_suspicious", "genuine_likely_fraudulent", "fraud_authentic")


def _replay(model: CreatorModel, frame: pd.DataFrame) -> pd.DataFrame:
    """Per row: the severity of every reason (``""`` when absent), probability and verdict."""
    names = list(model.feature_names)
    regimes = [None if r == "none" else str(r) for r in frame["regime"]]
    margins, matrix = model.margins_and_contributions(frame[names].to_numpy())
    contributions = matrix[:, :-1].tolist()
    probabilities = model.calibrate(margins, regimes)
    value_names = [c for c in frame.columns if c in set(FEATURE_NAMES)]
    values = cast(list[dict[str, float]], frame[value_names].to_dict("records"))
    ran = frame[[f"ran_{c}" for c in _CHECKS]].to_numpy(dtype=bool)
    severities: dict[str, list[str]] = {code: [] for code in FRAUD_CODES}
    verdicts = []
    # the verdict without a red flag (past the likely_fraudulent cut: suspicious); the doubt
    # kept, so a row with both counts as moved from undecided, not from authentic
    unflagged = []
    undoubted = []  # the verdict without the engagement doubt
    for i, row_values in enumerate(values):
        checks = {c for c, r in zip(_CHECKS, ran[i], strict=True) if r}
        row_contrib = dict(zip(names, contributions[i], strict=True))
        fired = {
            code: severity
            for code, _, severity in signal_severities(row_values, row_contrib, checks)
        }
        for code in FRAUD_CODES:
            severity = fired.get(code)
            severities[code].append("" if severity is None else severity.value)
        regime = regimes[i]
        args = (float(probabilities[i]), model.thresholds_for(regime), regime is not None)
        doubt = engagement_doubt(row_values, checks)
        red_flag = is_red_flag(fired.values())
        verdicts.append(verdict_for(*args, red_flag, doubt).value)
        unflagged.append(verdict_for(*args, doubt=doubt).value)
        undoubted.append(verdict_for(*args, red_flag).value)
    out = pd.DataFrame(severities, index=frame.index)
    out["probability"] = probabilities
    out["verdict"] = verdicts
    out["unflagged_verdict"] = unflagged
    out["undoubted_verdict"] = undoubted
    # The three features that pushed the score up most (for the likely_fraudulent diagnosis).
    top = np.argsort(-matrix[:, :-1], axis=1)[:, :3]
    out["top_features"] = [tuple(names[j] for j in row) for row in top.tolist()]
    out["platform"] = frame["platform"].to_numpy()
    out["label"] = frame["label"].to_numpy()
    out["source_regime"] = frame["source_regime"].to_numpy()
    out["archetype"] = frame["archetype"].to_numpy()
    return out


def reason_rates(replayed: pd.DataFrame) -> dict[str, Any]:
    """Per source regime: firing shares per code and severity by class, and verdict rates."""
    out: dict[str, Any] = {}
    for regime, part in replayed.groupby("source_regime", sort=False):
        genuine = part[part["label"] == 0]
        fraud = part[part["label"] == 1]
        firing: dict[str, Any] = {}
        for code in FRAUD_CODES:
            firing[code] = {
                kind: {s: round(float((group[code] == s).mean()), 4) for s in SEVERITIES}
                for kind, group in (("genuine", genuine), ("fraud", fraud))
            }
        medium_up = part[list(FRAUD_CODES)].isin(["medium", "high"]).any(axis=1)
        out[str(regime)] = {
            "n_genuine": len(genuine),
            "n_fraud": len(fraud),
            "firing": firing,
            "genuine_any_medium_or_high": round(float(medium_up[part["label"] == 0].mean()), 4),
            "fraud_any_medium_or_high": round(float(medium_up[part["label"] == 1].mean()), 4),
            "genuine_suspicious": round(float((genuine["verdict"] == "suspicious").mean()), 4),
            "genuine_likely_fraudulent": round(
                float((genuine["verdict"] == "likely_fraudulent").mean()), 4
            ),
            "fraud_authentic": round(float((fraud["verdict"] == "authentic").mean()), 4),
            "red_flag_rule": _red_flag_cost(genuine, fraud),
            # the share of each class the engagement doubt takes from authentic (and how many)
            "engagement_doubt": {
                kind: {
                    "authentic_to_undecided": round(float(held.mean()) if len(held) else 0.0, 4),
                    "n": int(held.sum()),
                }
                for kind, group in (("genuine", genuine), ("fraud", fraud))
                for held in [group["verdict"] != group["undoubted_verdict"]]
            },
            "genuine_likely_fraudulent_drivers": _drivers(
                genuine[genuine["verdict"] == "likely_fraudulent"]
            ),
        }
    return out


def _red_flag_cost(genuine: pd.DataFrame, fraud: pd.DataFrame) -> dict[str, Any]:
    """What the red-flag rule changes: rows it turns from authentic (or undecided) to
    suspicious, per class, and per reason code among them (a row may count for several)."""
    out: dict[str, Any] = {}
    for kind, group in (("genuine", genuine), ("fraud", fraud)):
        moved = group[(group["verdict"] != group["unflagged_verdict"])]
        from_authentic = moved[moved["unflagged_verdict"] == "authentic"]
        n = max(len(group), 1)
        out[kind] = {
            "authentic_to_suspicious": round(len(from_authentic) / n, 4),
            "undecided_to_suspicious": round(
                float((moved["unflagged_verdict"] == "insufficient_data").sum()) / n, 4
            ),
            "authentic_to_suspicious_by_code": {
                code: round(float(from_authentic[code].isin(["medium", "high"]).sum()) / n, 4)
                for code in FRAUD_CODES
                if from_authentic[code].isin(["medium", "high"]).any()
            },
        }
    return out


def _drivers(rows: pd.DataFrame) -> dict[str, Any]:
    """Genuine rows called likely_fraudulent: how many, their platforms and top features."""
    features = pd.Series([name for top in rows["top_features"] for name in top[:1]])
    return {
        "n": len(rows),
        "platforms": {str(k): int(v) for k, v in rows["platform"].value_counts().head(3).items()},
        "top_feature": {str(k): int(v) for k, v in features.value_counts().head(3).items()},
    }


def _sources(split_name: str, seed: int, outside: Sequence[str]) -> dict[str, pd.DataFrame]:
    from training.evaluate import _generated
    from training.train import split

    data = load_labelled_features(DEFAULT_CREATORS)
    frames = {f"ours ({split_name})": data.frame.iloc[split(data, seed)[split_name]]}
    for name in outside:
        frames[name] = load_labelled_features(_generated(name)).frame
    return frames


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def _markdown(report: dict[str, Any]) -> str:
    lines = [
        "# Reason firing rates and verdicts",
        "",
        f"Made by `{report['command']}` with the shipped creator model "
        f"(`{report['model_version']}`). Per source and data given: the share (%) of genuine "
        "(g) and fraud (f) creators on which each fraud reason fires at all / at medium / at "
        "high severity (cells: `g all/m/h · f all/m/h`; `-`: never); `any m/h`: at least one "
        "reason of medium or high severity. Verdict rule: "
        f"{report['rule']}.",
        "",
    ]
    if "before" in report:
        lines += _comparison(report["before"], report["sources"])
    for source, by_regime in report["sources"].items():
        regimes = list(by_regime)
        lines += [f"## {source}", "", "| reason | " + " | ".join(regimes) + " |"]
        lines.append("|---" * (len(regimes) + 1) + "|")
        for code in FRAUD_CODES:
            cells = []
            for regime in regimes:
                f = by_regime[regime]["firing"][code]
                cell = " · ".join(
                    "/".join(
                        _pct(x) for x in (sum(f[kind].values()), f[kind]["medium"], f[kind]["high"])
                    )
                    for kind in ("genuine", "fraud")
                )
                cells.append("-" if cell == "0.0/0.0/0.0 · 0.0/0.0/0.0" else cell)
            lines.append(f"| {code} | " + " | ".join(cells) + " |")
        for key, label in (
            ("genuine_any_medium_or_high", "genuine: any m/h"),
            ("fraud_any_medium_or_high", "fraud: any m/h"),
            ("genuine_suspicious", "genuine `suspicious`"),
            ("genuine_likely_fraudulent", "genuine `likely_fraudulent`"),
            ("fraud_authentic", "fraud `authentic`"),
        ):
            cells = [_pct(by_regime[r][key]) for r in regimes]
            lines.append(f"| **{label}** | " + " | ".join(cells) + " |")
        lines += _rows_by_kind(
            by_regime,
            "made `suspicious` by the red-flag rule (from `authentic` + from undecided)",
            lambda cell, kind: (
                f"{_pct(cell['red_flag_rule'][kind]['authentic_to_suspicious'])} + "
                f"{_pct(cell['red_flag_rule'][kind]['undecided_to_suspicious'])}"
            ),
        )
        lines += _rows_by_kind(
            by_regime,
            "made `insufficient_data` from `authentic` by the engagement doubt (creators)",
            lambda cell, kind: (
                f"{_pct(cell['engagement_doubt'][kind]['authentic_to_undecided'])} "
                f"({cell['engagement_doubt'][kind]['n']})"
            ),
        )
        lines += ["", "Genuine `likely_fraudulent`, by the feature that raised the score most:", ""]
        for regime in regimes:
            drivers = by_regime[regime]["genuine_likely_fraudulent_drivers"]
            if drivers["n"]:
                lines.append(
                    f"- {regime}: {drivers['n']} creators; top feature "
                    + ", ".join(f"`{k}` {v}" for k, v in drivers["top_feature"].items())
                    + "; platforms "
                    + ", ".join(f"{k} {v}" for k, v in drivers["platforms"].items())
                )
        lines.append("")
    return "\n".join(lines)


def _rows_by_kind(
    by_regime: dict[str, Any], label: str, cell: Callable[[dict[str, Any], str], str]
) -> list[str]:
    """A table row per class (genuine, fraud): ``label``, then ``cell`` of each regime."""
    return [
        f"| {kind}: {label} | " + " | ".join(cell(by_regime[r], kind) for r in by_regime) + " |"
        for kind in ("genuine", "fraud")
    ]


def _comparison(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    lines = [
        "## Before → after",
        "",
        f"Before: `{before['path']}` ({before['command']}; {before['rule']}).",
        "",
        "| source | data given | genuine any m/h | genuine `suspicious` | genuine "
        "`likely_fraudulent` | fraud `authentic` |",
        "|---|---|---|---|---|---|",
    ]
    for source, by_regime in after.items():
        for regime, now in by_regime.items():
            then = before["sources"].get(source, {}).get(regime)
            if then is None:
                continue
            cells = [
                f"{_pct(then[key])} → {_pct(now[key])}"
                for key in (
                    "genuine_any_medium_or_high",
                    "genuine_suspicious",
                    "genuine_likely_fraudulent",
                    "fraud_authentic",
                )
            ]
            lines.append(f"| {source} | {regime} | " + " | ".join(cells) + " |")
    return [*lines, ""]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("test", "calibration"), default="test")
    parser.add_argument("--seed", type=int, default=7, help="the split seed make train used")
    parser.add_argument(
        "--outside",
        nargs="*",
        default=None,
        help="outside generators to score (evaluation/*_sim.py; default: all of them)",
    )
    parser.add_argument("--report", default="reason_rates", help="reports/<name>.{md,json}")
    parser.add_argument(
        "--before",
        type=Path,
        help="an earlier report's JSON, to compare verdict rates with (reports/reason_rates_before.json)",
    )
    args = parser.parse_args(argv)
    if args.outside is None:
        from training.evaluate import INDEPENDENT_GENERATORS

        args.outside = list(INDEPENDENT_GENERATORS)
    model = CreatorModel.load(models_dir() / CREATOR_MODEL_DIR)
    sources = {
        name: reason_rates(_replay(model, frame))
        for name, frame in _sources(args.split, args.seed, args.outside).items()
    }
    command = (
        "python -m training.reason_rates"
        + (f" --split {args.split}" if args.split != "test" else "")
        + (f" --before {args.before}" if args.before else "")
    )
    report = {
        "command": command,
        "model_version": model.version,
        "rule": (
            f"`suspicious` needs a fraud reason of {' or '.join(s.value for s in sorted(RED_FLAG_SEVERITIES))} "
            "severity, and such a reason makes it whatever the probability; without one, a "
            "probability between the authentic and likely_fraudulent cuts is `insufficient_data`, "
            "and one past the likely_fraudulent cut is `suspicious` (`likely_fraudulent` needs "
            "such a reason too); without a follower sample, an engagement rate past "
            "`ENGAGEMENT_LOW_FOR_SIZE`'s medium cut makes an `authentic` answer "
            "`insufficient_data` (the engagement doubt)"
        ),
        "severity_cutoffs": {code: list(cut) for code, cut in SEVERITY_CUTOFFS.items()},
        "sources": sources,
    }
    if args.before:
        report["before"] = {"path": str(args.before), **json.loads(args.before.read_text())}
    reports = PROJECT_ROOT / "reports"
    reports.mkdir(exist_ok=True)
    (reports / f"{args.report}.json").write_text(
        json.dumps(report, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    path = reports / f"{args.report}.md"
    path.write_text(_markdown(report) + "\n", encoding="utf-8")
    print(path.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
