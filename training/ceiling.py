"""What our features could show at best on each generator: ``python -m training.ceiling``
(``make ceiling``).

The shipped model is trained on our simulator (and the training generators' creators,
``training.generators``) and judged on creators that other code made (``evaluation/``). When
it scores lower there, two things can be at fault: the features hold too little of that
generator's fraud, or the model learned our simulator's quirks and the information does not
transfer. This report separates them. For each generator and data
regime, a throwaway LightGBM is trained and tested *inside* the generator (5-fold
cross-fitting, folds stratified by archetype, each creator in one fold): the **in-generator
ceiling**, what a model could reach with these features had it been trained on that
generator's own creators. Beside it, the shipped model's ROC-AUC on the same rows.

* ceiling well above the shipped model: the information is there and does not transfer;
* ceiling near the shipped model: the features hold no more; only new data or new features help.

The throwaway models judge the features; they are never shipped and choose nothing (the
outside generators stay frozen and are never used to train the product). Our simulator is
measured on its test split (as ``make evaluate`` splits it), the outside generators on all
of their creators.

The **transfer matrix** asks the other half of the question: how far do one generator's
creators carry to another's? With the shipped recipe (``training.train.fit_booster``: its
parameters, rounds, monotone directions and features; its margins with the recipe's evidence
floors, ``training.train.recipe_model``), a throwaway model is trained on one
source's creators and judged on every outside generator it did not see: our simulator's
train split, each outside generator alone, and, for each outside generator, all the others
together with ours. Had the outside generators been used to train the product, this is what
it could have expected on a generator it never saw. Writes ``reports/ceiling.md`` and
``reports/ceiling.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

from fraud.features import FEATURE_NAMES
from fraud.features.audience import KNOWS_PLATFORM
from fraud.model import CreatorModel
from fraud.paths import CREATOR_MODEL_DIR, PROJECT_ROOT, models_dir
from training.creator_data import DEFAULT_CREATORS, load_labelled_features
from training.evaluate import outside_generators
from training.simulate import SOURCE_REGIMES
from training.train import CREATOR_FEATURES, fit_booster, frame_verdicts, recipe_model, split

__all__ = ["in_generator_auc", "main", "transfer_matrix"]

REPORTS = PROJECT_ROOT / "reports"
FOLDS = 5
#: A flexible model (deeper than the shipped one, no monotone constraints): a ceiling should
#: not be held down by the shipped recipe's choices for transfer.
PARAMS: dict[str, Any] = {
    "objective": "binary",
    "n_estimators": 400,
    "learning_rate": 0.05,
    "num_leaves": 15,
    "min_child_samples": 20,
    "subsample": 0.8,
    "subsample_freq": 1,
    "colsample_bytree": 0.8,
    "deterministic": True,
    "force_row_wise": True,
    "num_threads": 2,
    "verbose": -1,
}


def _archetypes(frame: pd.DataFrame) -> np.ndarray:
    """Archetype names without their variant suffix (``combo:bot_comments`` is ``combo``)."""
    return frame["archetype"].astype(str).str.split(":").str[0].to_numpy()


def in_generator_auc(
    frame: pd.DataFrame, features: list[str], seed: int = 0
) -> tuple[float, np.ndarray]:
    """Out-of-fold fraud probabilities of a model cross-fitted on ``frame`` alone (one
    generator, one regime: one row per creator) over ``features``, and their ROC-AUC."""
    X = frame[features].to_numpy(dtype=float)
    y = frame["label"].to_numpy()
    out_of_fold = np.zeros(len(frame))
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=seed)
    for train, test in folds.split(X, _archetypes(frame)):
        model = lgb.LGBMClassifier(**PARAMS, random_state=seed)
        model.fit(X[train], y[train])
        out_of_fold[test] = np.asarray(model.predict_proba(X[test]))[:, 1]
    return float(roc_auc_score(y, out_of_fold)), out_of_fold


def per_archetype_auc(frame: pd.DataFrame, probabilities: np.ndarray) -> dict[str, float]:
    """ROC-AUC of each fraud archetype's rows against all genuine rows of ``frame``."""
    labels = frame["label"].to_numpy()
    names = _archetypes(frame)
    out = {}
    for name in sorted(set(names[labels == 1].tolist())):
        inside = (names == name) | (labels == 0)
        out[name] = round(float(roc_auc_score(labels[inside], probabilities[inside])), 3)
    return out


def _numeric_features(frame: pd.DataFrame) -> list[str]:
    """Every computed feature, learned from or not (counts, raw levels, trends included),
    but not what says only which platform the creator is on (a generator's platform mix
    is no evidence)."""
    return [name for name in FEATURE_NAMES if name in frame.columns and name != KNOWS_PLATFORM]


def measure(
    model: CreatorModel, generators: dict[str, pd.DataFrame], seed: int
) -> dict[str, dict[str, Any]]:
    """Per generator and source regime: the shipped model's ROC-AUC and the in-generator
    ceilings over the model's features and over every feature, overall and per archetype."""
    learned = list(model.feature_names)
    out: dict[str, dict[str, Any]] = {}
    for name, frame in generators.items():
        shipped, _ = frame_verdicts(model, frame)
        source = frame["source_regime"].to_numpy()
        for regime in SOURCE_REGIMES:
            inside = source == regime
            rows = frame[inside].reset_index(drop=True)
            if rows["label"].nunique() < 2:
                continue
            ceiling, p_learned = in_generator_auc(rows, learned, seed)
            ceiling_all, p_all = in_generator_auc(rows, _numeric_features(rows), seed)
            labels = rows["label"].to_numpy()
            out.setdefault(name, {})[regime] = {
                "n": len(rows),
                "shipped": round(float(roc_auc_score(labels, shipped[inside])), 4),
                "ceiling_model_features": round(ceiling, 4),
                "ceiling_every_feature": round(ceiling_all, 4),
                "archetypes": {
                    "shipped": per_archetype_auc(rows, shipped[inside]),
                    "ceiling_model_features": per_archetype_auc(rows, p_learned),
                    "ceiling_every_feature": per_archetype_auc(rows, p_all),
                },
            }
            print(f"  {name} {regime}: {out[name][regime]['shipped']} / {ceiling:.4f}", flush=True)
    return out


#: The data regimes of the transfer matrix: what a scraper gives, and everything.
TRANSFER_REGIMES = ("scraper", "everything")


def _transfer_fit(frames: list[pd.DataFrame], columns: list[str], seed: int) -> lgb.Booster:
    """The shipped recipe on the rows of ``frames`` that have a behavioural check."""
    train = pd.concat(frames, ignore_index=True)
    return fit_booster(train[train["sufficient"].to_numpy(dtype=bool)], columns, seed)


def _transfer_auc(booster: lgb.Booster, frame: pd.DataFrame, columns: list[str]) -> float:
    """ROC-AUC of the booster's margins on ``frame``, with the recipe's evidence floors."""
    scores = recipe_model(booster, columns).margins(frame[columns].to_numpy())
    return round(float(roc_auc_score(frame["label"], scores)), 4)


def transfer_matrix(
    ours_train: pd.DataFrame,
    outside: dict[str, pd.DataFrame],
    seed: int,
    regimes: tuple[str, ...] = TRANSFER_REGIMES,
) -> dict[str, dict[str, dict[str, float]]]:
    """``{regime: {trained on: {judged on: ROC-AUC}}}``: the shipped recipe trained on one
    source's rows of the regime (those with a behavioural check) and judged on each outside
    generator it did not see. Sources: ``ours`` (``ours_train``, our simulator's train split),
    each outside generator alone, and ``ours + the rest`` for each outside generator (ours and
    every other outside generator together, judged on that one)."""
    columns = list(CREATOR_FEATURES)
    sources = {"ours": ours_train, **outside}
    out: dict[str, dict[str, dict[str, float]]] = {}
    for regime in regimes:
        rows = {
            name: frame[frame["source_regime"].to_numpy() == regime]
            for name, frame in sources.items()
        }
        table: dict[str, dict[str, float]] = {}
        for name in sources:
            booster = _transfer_fit([rows[name]], columns, seed)
            table[name] = {
                t: _transfer_auc(booster, rows[t], columns) for t in outside if t != name
            }
        table["ours + the rest"] = {}
        for target in outside:
            others = [rows["ours"], *(rows[n] for n in outside if n != target)]
            booster = _transfer_fit(others, columns, seed)
            table["ours + the rest"][target] = _transfer_auc(booster, rows[target], columns)
        out[regime] = table
        print(f"  transfer, {regime}: {json.dumps(table)}", flush=True)
    return out


def _markdown(report: dict[str, Any]) -> str:
    lines = [
        "# What the features could show at best: in-generator ceilings",
        "",
        f"Made by `{report['command']}`. For each generator and data regime, a throwaway"
        f" LightGBM trained and tested inside that generator ({FOLDS}-fold cross-fitting,"
        " stratified by archetype) gives the **ceiling**: the ROC-AUC these features reach"
        " when a model learns that generator's own creators. The shipped model learned our"
        " simulator's creators and the training generators' (`training/generators`), none of"
        " which is measured here. A ceiling far above the shipped figure means the information"
        " is there but does not transfer; a ceiling near it means the features hold no more."
        " The throwaway models are never shipped and choose nothing. Our simulator: its test"
        f" split ({report['ours_rows']}); outside generators: all their creators.",
        "",
        "| creators from | data given | n | shipped model | ceiling, model's features |"
        " ceiling, every feature |",
        "|---|---|---|---|---|---|",
    ]
    for name, regimes in report["generators"].items():
        for regime, row in regimes.items():
            lines.append(
                f"| {name} | {regime} | {row['n']} | {row['shipped']:.3f} |"
                f" {row['ceiling_model_features']:.3f} | {row['ceiling_every_feature']:.3f} |"
            )
    lines += [
        "",
        "## Each kind of fraud against the genuine creators",
        "",
        "ROC-AUC of each fraud archetype against all genuine creators of the generator:"
        " shipped model / ceiling over the model's features.",
        "",
    ]
    for regime in ("scraper", "everything"):
        lines += [
            f"### {regime}",
            "",
            "| creators from | fraud archetype | shipped model | ceiling |",
            "|---|---|---|---|",
        ]
        for name, regimes in report["generators"].items():
            if regime not in regimes:
                continue
            archetypes = regimes[regime]["archetypes"]
            for archetype, auc in archetypes["shipped"].items():
                ceiling = archetypes["ceiling_model_features"][archetype]
                lines.append(f"| {name} | {archetype} | {auc:.3f} | {ceiling:.3f} |")
        lines.append("")
    targets = [name for name in report["generators"] if name != "ours"]
    lines += [
        "## Transfer between generators",
        "",
        "ROC-AUC of a throwaway model of the shipped recipe (its parameters, rounds, monotone"
        " directions, features and evidence floors) trained on one source's creators and judged"
        " on an outside generator it never saw. `ours`: our simulator's train split (the"
        " shipped model's, without the training generators' creators and the calibration"
        " split); `ours + the rest`: ours and every other outside generator together. The"
        " in-generator ceiling is on the diagonal's place, for comparison. These models are"
        " never shipped and choose nothing.",
        "",
    ]
    for regime, table in report["transfer"].items():
        lines += [
            f"### {regime}",
            "",
            "| trained on | " + " | ".join(f"judged on {t}" for t in targets) + " |",
            "|---|" + "---|" * len(targets),
        ]
        for source, row in table.items():
            cells = [
                f"{row[t]:.3f}"
                if t in row
                else f"({report['generators'][t][regime]['ceiling_model_features']:.3f})"
                for t in targets
            ]
            lines.append(f"| {source} | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="In-generator ceilings against the shipped model (make ceiling)."
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_CREATORS)
    parser.add_argument(
        "--seed", type=int, default=7, help="the split seed of make train (our test split)"
    )
    parser.add_argument("--folds-seed", type=int, default=0)
    args = parser.parse_args(argv)
    model = CreatorModel.load(models_dir() / CREATOR_MODEL_DIR)
    ours = load_labelled_features(args.data)
    parts = split(ours, args.seed)
    test = parts["test"]
    generators = {"ours": ours.frame.iloc[test].reset_index(drop=True)}
    generators.update({name: data.frame for name, data in outside_generators().items()})
    given = sys.argv[1:] if argv is None else argv
    command = " ".join(["python -m training.ceiling", *given])
    report = {
        "command": command,
        "ours_rows": f"split seed {args.seed}, {test.size} rows over every regime",
        "folds": FOLDS,
        "folds_seed": args.folds_seed,
        "params": PARAMS,
        "generators": measure(model, generators, args.folds_seed),
        "transfer": transfer_matrix(
            ours.frame.iloc[parts["train"]].reset_index(drop=True),
            {name: frame for name, frame in generators.items() if name != "ours"},
            args.seed,
        ),
    }
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / "ceiling.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    (REPORTS / "ceiling.md").write_text(_markdown(report), encoding="utf-8")
    print(_markdown(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
