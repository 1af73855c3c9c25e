"""The same creators as exports name their accounts: ``python -m training.export_names``.

Chinese platforms number their accounts and show the nickname, and exports keep the number:
MediaCrawler names commenters by ``user_id`` (its newer schema by a hash of it, as
:func:`fraud.importers.mediacrawler.anonymize_user_id` does) and follower lists give the
number as the username. This scores the Chinese-platform creators of our simulator's test
split (posts, comments and follower sample given) three ways with the shipped models: as
simulated (commenters and followers with chosen handles), every account numbered by a numeric
uid, and every account named by a 16-character hash; the nickname stays as the follower's
display name. A detector that reads ids as names calls the renamed creators more fraudulent.
Writes ``reports/export_names.{md,json}``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from collections.abc import Callable
from typing import Any

import numpy as np

from fraud.batch import atomic_output
from fraud.importers.mediacrawler import PLATFORMS as MEDIACRAWLER_PLATFORMS
from fraud.paths import PROJECT_ROOT
from fraud.scoring import Scorer
from fraud.validation import validate_with_pydantic
from training.creator_data import DEFAULT_CREATORS, load_labelled_features
from training.train import split

REPORTS = PROJECT_ROOT / "reports"
# The platforms whose exports MediaCrawler writes (the ones that name accounts by uid).
CHINESE_PLATFORMS = frozenset(MEDIACRAWLER_PLATFORMS.values())
VERDICTS = ("authentic", "insufficient_data", "suspicious", "likely_fraudulent")


def numeric_uid(name: str) -> str:
    """A ten-digit uid for ``name`` (the same name, the same uid)."""
    return str(10**9 + int(hashlib.sha256(name.encode()).hexdigest()[:12], 16) % (9 * 10**9))


def hashed_id(name: str) -> str:
    """A 16-character hex id for ``name``, the form of MediaCrawler's anonymised ids."""
    return hashlib.sha256(name.encode()).hexdigest()[:16]


def renamed(raw: dict[str, Any], rename: Callable[[str], str] | None) -> dict[str, Any]:
    """``raw`` (a labelled record) as the scorer gets it, every commenter and sampled follower
    renamed by ``rename`` (None: as simulated); the follower's nickname kept as its display
    name. The creator's own comments keep their author."""
    record = {k: v for k, v in raw.items() if k not in ("label", "archetype", "follower_history")}
    if rename is None:
        return record
    record["comments"] = [
        {**c, "author": rename(c["author"])} if c.get("author") and not c.get("from_creator") else c
        for c in raw["comments"]
    ]
    record["follower_sample"] = [
        {
            **f,
            "username": rename(f["username"]),
            "display_name": f.get("display_name") or f["username"],
        }
        if f.get("username")
        else f
        for f in raw["follower_sample"]
    ]
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7, help="split seed (the test split's)")
    args = parser.parse_args(argv)
    data = load_labelled_features()
    test_rows = set(data.frame.iloc[split(data, args.seed)["test"]]["creator"])  # line numbers
    with open(DEFAULT_CREATORS, "rb") as handle:  # only the test split's lines are decoded
        tested = [json.loads(line) for i, line in enumerate(handle) if i in test_rows]
    chosen = [
        r
        for r in tested
        if r["platform"] in CHINESE_PLATFORMS and r.get("comments") and r.get("follower_sample")
    ]
    scorer = Scorer.load()
    results: dict[str, Any] = {}
    for naming, rename in (
        ("as simulated", None),
        ("numeric uids", numeric_uid),
        ("hashed ids", hashed_id),
    ):
        records = [validate_with_pydantic(renamed(r, rename)) for r in chosen]
        scored = scorer.score_many(records)  # type: ignore[arg-type]
        for label, kind in ((0, "genuine"), (1, "fraud")):
            inside = [s for s, r in zip(scored, chosen, strict=True) if r["label"] == label]
            verdicts = Counter(s.verdict.value for s in inside)
            results.setdefault(kind, {})[naming] = {
                "n": len(inside),
                "mean_fraud_probability": round(
                    float(np.mean([s.fraud_probability for s in inside])), 3
                ),
                **{v: round(verdicts[v] / len(inside), 3) for v in VERDICTS},
            }
    lines = [
        "# The same creators as exports name their accounts",
        "",
        f"Made by `python -m training.export_names --seed {args.seed}` (`make export-names`) with the shipped models: the"
        " Chinese-platform creators of our simulator's test split that have comments and a"
        " follower sample (posts, comments and follower sample given), as simulated and with"
        " every commenter and sampled follower renamed to a numeric uid or a 16-character hash"
        " (the follower's nickname kept as its display name), as exports of Chinese platforms"
        " give them (`training/export_names.py`).",
        "",
        "| creators | accounts named by | n | mean fraud probability | "
        + " | ".join(f"`{v}`" for v in VERDICTS)
        + " |",
        "|---|---|---|---|" + "---|" * len(VERDICTS),
    ]
    for kind, by_naming in results.items():
        for naming, row in by_naming.items():
            shares = " | ".join(f"{100 * row[v]:.1f}%" for v in VERDICTS)
            lines.append(
                f"| {kind} | {naming} | {row['n']} | {row['mean_fraud_probability']:.3f} | {shares} |"
            )
    text = "\n".join(lines) + "\n"
    print(text)
    with atomic_output(REPORTS / "export_names.md", "w", encoding="utf-8") as handle:
        handle.write(text)
    with atomic_output(REPORTS / "export_names.json", "w", encoding="utf-8") as handle:
        json.dump({"seed": args.seed, "results": results}, handle, indent=1)
        handle.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
