"""Claimed followers against the same posts: does a bigger claim ever make a creator look better?

``python -m training.inflation`` (``make inflation``) takes creators of our simulator's test
split and of the outside generators (``final`` left out: it must not guide a choice), gives
each under three data regimes (what a scraper gives; with a follower sample; everything),
multiplies the profile's follower count (and every count of the follower history) by 3, 10,
30 and 100, keeps everything else, and scores every variant with the shipped scorer
(:class:`fraud.scoring.Scorer`: the answers a user gets).

Buying followers is exactly this change, and "engagement too low for the follower count" is
one of the three tell-tales the product checks, so a bigger claim should never lower the fraud
probability or turn a verdict into ``authentic``. The report (``reports/inflation.{md,json}``)
says how often it does, per regime and factor, and shows the five example creators at each
factor. Nothing is trained.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from fraud.batch import atomic_output
from fraud.paths import PROJECT_ROOT
from fraud.schema import CreatorRecord
from fraud.scoring import Scorer
from training.creator_data import DEFAULT_CREATORS, load_labelled_features
from training.simulate import as_regime

__all__ = ["FACTORS", "REGIMES", "inflated", "main", "probe"]

FACTORS = (1, 3, 10, 30, 100)
REGIMES = ("scraper", "sample_and_comments", "everything")
#: how much lower a fraud probability must be to count as fallen (calibration noise is less)
FALL = 0.02
SAMPLES = PROJECT_ROOT / "data" / "samples"


def inflated(record: CreatorRecord, factor: int) -> CreatorRecord:
    """``record`` claiming ``factor`` times its followers: the profile's count and every count
    of the follower history multiplied, the posts, comments and follower sample as they are."""
    if factor == 1:
        return record
    profile = record.profile.model_copy(update={"followers": record.profile.followers * factor})
    history = [
        s.model_copy(update={"followers": s.followers * factor}) for s in record.follower_history
    ]
    return record.model_copy(update={"profile": profile, "follower_history": history})


def _records(path: Path, lines: Sequence[int]) -> list[tuple[CreatorRecord, int]]:
    wanted = set(lines)
    out = []
    with path.open("rb") as handle:
        for number, line in enumerate(handle):
            if number in wanted:
                raw = json.loads(line)
                out.append((CreatorRecord.model_validate(raw), int(raw["label"])))
    return out


def _sources(
    per_source: int, seed: int, split_seed: int
) -> dict[str, list[tuple[CreatorRecord, int]]]:
    """The creators probed, by source: our test split, then each outside generator."""
    from training.evaluate import INDEPENDENT_GENERATORS, _generated
    from training.train import split

    rng = random.Random(seed)
    data = load_labelled_features(DEFAULT_CREATORS)
    test = sorted(set(data.frame.iloc[split(data, split_seed)["test"]]["creator"].tolist()))
    sources = {
        "ours (test split)": _records(
            DEFAULT_CREATORS, rng.sample(test, min(per_source, len(test)))
        )
    }
    for name in INDEPENDENT_GENERATORS:
        if name == "final":
            continue
        path = _generated(name)
        with path.open("rb") as handle:
            total = sum(1 for _ in handle)
        sources[name] = _records(path, rng.sample(range(total), min(per_source, total)))
    return sources


def probe(scorer: Scorer, creators: Sequence[tuple[CreatorRecord, int]]) -> dict[str, Any]:
    """Every creator under :data:`REGIMES` at every factor: per regime and factor above 1, the
    share whose fraud probability fell by more than :data:`FALL`, the mean change (genuine and
    fraud), and how many turned ``authentic``."""
    out: dict[str, Any] = {}
    for regime in REGIMES:
        variants = [
            inflated(as_regime(record, regime), factor)
            for record, _ in creators
            for factor in FACTORS
        ]
        results = scorer.score_many(variants)
        p = np.array([r.fraud_probability for r in results]).reshape(len(creators), len(FACTORS))
        verdicts = np.array([r.verdict.value for r in results]).reshape(p.shape)
        labels = np.array([label for _, label in creators])
        for column, factor in enumerate(FACTORS[1:], start=1):
            change = p[:, column] - p[:, 0]
            became = (verdicts[:, column] == "authentic") & (verdicts[:, 0] != "authentic")
            out[f"{regime}/x{factor}"] = {
                "creators": len(creators),
                "genuine": int((labels == 0).sum()),
                "fell": round(float((change < -FALL).mean()), 3),
                "rose": round(float((change > FALL).mean()), 3),
                "mean_change_genuine": _mean(change[labels == 0]),
                "mean_change_fraud": _mean(change[labels == 1]),
                "became_authentic": int(became.sum()),
                "fraud_became_authentic": int((became & (labels == 1)).sum()),
                "left_authentic": int(
                    ((verdicts[:, 0] == "authentic") & (verdicts[:, column] != "authentic")).sum()
                ),
            }
    return out


def _mean(values: np.ndarray) -> float:
    """The mean, 0 for none (a source without genuine or fraud creators in its draw)."""
    return round(float(values.mean()), 4) if len(values) else 0.0


def examples(scorer: Scorer) -> dict[str, list[dict[str, Any]]]:
    """The example creators, as given and as a scraper gives them (posts and comments), at
    every factor: verdict and authenticity."""
    out = {}
    for path in sorted(SAMPLES.glob("*.json")):
        given = CreatorRecord.model_validate_json(path.read_bytes())
        for label, record in (("as given", given), ("scraper", as_regime(given, "scraper"))):
            results = scorer.score_many([inflated(record, factor) for factor in FACTORS])
            out[f"{path.stem}, {label}"] = [
                {"factor": f, "verdict": r.verdict.value, "authenticity": r.authenticity}
                for f, r in zip(FACTORS, results, strict=True)
            ]
    return out


def pooled(sources: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The per-source rows of :func:`probe` as one source (means weighted by creators)."""
    out: dict[str, Any] = {}
    for key in next(iter(sources.values())):
        rows = [rows[key] for rows in sources.values()]
        n = sum(r["creators"] for r in rows)
        genuine = sum(r["genuine"] for r in rows)
        fraud = n - genuine
        change_genuine = sum(r["mean_change_genuine"] * r["genuine"] for r in rows)
        change_fraud = sum(r["mean_change_fraud"] * (r["creators"] - r["genuine"]) for r in rows)
        out[key] = {
            "creators": n,
            "genuine": genuine,
            "fell": round(sum(r["fell"] * r["creators"] for r in rows) / n, 3),
            "rose": round(sum(r["rose"] * r["creators"] for r in rows) / n, 3),
            "mean_change_genuine": round(change_genuine / max(genuine, 1), 4),
            "mean_change_fraud": round(change_fraud / max(fraud, 1), 4),
            "became_authentic": sum(r["became_authentic"] for r in rows),
            "fraud_became_authentic": sum(r["fraud_became_authentic"] for r in rows),
            "left_authentic": sum(r["left_authentic"] for r in rows),
        }
    return out


def _markdown(report: dict[str, Any]) -> str:
    lines = [
        "# Claimed followers against the same posts",
        "",
        f"Made by `{report['command']}` with model `{report['model_version']}`. {report['about']}",
        "",
        "## How often a bigger claim helped",
        "",
        "Each creator's follower count (and its history's) multiplied, the posts, comments and "
        f"follower sample kept. *fell* / *rose*: the fraud probability fell / rose by more "
        f"than {FALL}; *became authentic*: the verdict was not `authentic` at the real count "
        "and is at the claimed one (of them, fraud creators); *left authentic*: the other way. "
        "The outside generators are the ones the fifty-second session's recipe was chosen on.",
        "",
        "| creators from | data given | followers | n | fell | rose | mean change, genuine | "
        "mean change, fraud | became authentic (fraud) | left authentic |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for source, rows in {"all sources": report["all"], **report["sources"]}.items():
        for key, row in rows.items():
            regime, factor = key.split("/")
            lines.append(
                f"| {source} | {regime} | ×{factor[1:]} | {row['creators']} | "
                f"{100 * row['fell']:.1f}% | {100 * row['rose']:.1f}% | "
                f"{row['mean_change_genuine']:+.3f} | {row['mean_change_fraud']:+.3f} | "
                f"{row['became_authentic']} ({row['fraud_became_authentic']}) | "
                f"{row['left_authentic']} |"
            )
    lines += [
        "",
        "## The example creators",
        "",
        "| example | " + " | ".join(f"×{f}" for f in FACTORS) + " |",
        "|---|" + "---|" * len(FACTORS),
    ]
    for name, row in report["examples"].items():
        cells = [f"{r['verdict']} {r['authenticity']:.1f}" for r in row]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-source", type=int, default=100, help="creators per source")
    parser.add_argument("--seed", type=int, default=52, help="which creators are drawn")
    parser.add_argument("--split-seed", type=int, default=7, help="the split seed make train used")
    parser.add_argument("--report", default="inflation", help="reports/<name>.{md,json}")
    args = parser.parse_args(argv)
    scorer = Scorer.load()
    sources = _sources(args.per_source, args.seed, args.split_seed)
    probed = {name: probe(scorer, creators) for name, creators in sources.items()}
    report: dict[str, Any] = {
        "command": "python -m training.inflation"
        + (f" --per-source {args.per_source}" if args.per_source != 100 else "")
        + (f" --split-seed {args.split_seed}" if args.split_seed != 7 else "")
        + (f" --report {args.report}" if args.report != "inflation" else ""),
        "model_version": scorer.creator_model.version,
        "about": (
            f"{args.per_source} creators per source, drawn with seed {args.seed}: our "
            "simulator's test split and every outside generator but `final`; scored by the "
            "shipped scorer."
        ),
        "sources": probed,
        "all": pooled(probed),
        "examples": examples(scorer),
    }
    reports = PROJECT_ROOT / "reports"
    reports.mkdir(exist_ok=True)
    with atomic_output(reports / f"{args.report}.json", "w", encoding="utf-8") as handle:
        handle.write(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    with atomic_output(reports / f"{args.report}.md", "w", encoding="utf-8") as handle:
        handle.write(_markdown(report))
    print(_markdown(report))


if __name__ == "__main__":
    main()
