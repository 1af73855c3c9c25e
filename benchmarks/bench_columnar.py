"""Chunk (columnar) scoring against the per-creator path it replaced, in one process.

    python benchmarks/bench_columnar.py [--creators 350] [--repeats 7]

Creators: ``--creators`` from the blind generators (``benchmarks/bench.py``'s
``base_creators``), comments drawn from pools (the comment caches hit after a warm-up chunk),
one JSON line each, scored by :func:`fraud.batch.score_chunk` as ``fraud score`` scores a
chunk. The two paths run interleaved, best of ``--repeats`` (CPU time of this process):

* ``old``: the code before the chunk path, reassembled from the kept reference pieces:
  follower features one sample at a time (``_feature_matrix``) predicted in one booster call,
  ``extract_features`` per creator, one vector per row;
* ``new``: ``Scorer.score_many`` (``FeatureExtractor.rows`` -> ``features.extract_many``,
  ``_feature_matrix_many``, ``feature_matrix``).

Also reported, per creator: validation (the same code in both paths), the comment family
per creator (``comments.extract``, the old path's) and for the chunk (``comments.extract_many``,
the new path's: one classification call, then exact copies, near duplicates and template
similarity of all creators in one pass), and the rest ("non-comment": the other families,
follower model, creator model, assembly),
with the parts of the new non-comment time that are not feature code (the two LightGBM
boosters, reasons + ScoreResult construction, ``model_dump``). Both paths' results are
compared byte for byte before timing. Everything is timed under :func:`fraud.batch.scoring_gc`
(the collector's settings of a ``fraud score`` run).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


class _OldScorer:
    """``Scorer.score_many`` as it was before the chunk path (same models, same results)."""

    def __init__(self, scorer: Any) -> None:
        self.scorer = scorer

    def score_many(self, records: Sequence[Any]) -> list[Any]:
        from fraud.audience import _feature_matrix
        from fraud.features import extract_features
        from fraud.features.audience import MIN_SAMPLE

        scorer, extractor = self.scorer, self.scorer.extractor
        contexts = [extractor.context(record) for record in records]
        model = extractor.follower_model
        todo = [i for i, r in enumerate(records) if len(r.follower_sample or ()) >= MIN_SAMPLE]
        if model is not None and todo:
            matrices = [
                _feature_matrix(records[i].follower_sample or [], contexts[i].as_of.date())
                for i in todo
            ]
            raw = np.split(
                model.raw_scores(np.vstack(matrices)), np.cumsum([len(m) for m in matrices])[:-1]
            )
            for i, scores in zip(todo, raw, strict=True):
                contexts[i].fake_probabilities = model.calibrate(scores, records[i].platform)
        rows = [extract_features(r, c) for r, c in zip(records, contexts, strict=True)]
        return scorer.results_reference(records, rows)


def _best(runs: list[float]) -> float:
    return min(runs)


def main(argv: list[str] | None = None) -> int:
    from benchmarks.bench import base_creators, write_input
    from fraud.audience import _feature_matrix_many
    from fraud.batch import score_chunk, scoring_gc, validate_creator
    from fraud.features import comments, feature_matrix
    from fraud.features.audience import MIN_SAMPLE
    from fraud.scoring import Scorer, row_regime

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--creators", type=int, default=350)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)

    bases = base_creators(200)
    with tempfile.TemporaryDirectory(prefix="fraud-columnar-") as tmp:
        path = Path(tmp) / "pools.jsonl"
        write_input(path, 300 + args.creators, bases, None)
        lines = path.read_bytes().splitlines()
    warm, chunk = lines[:300], lines[300:]
    scorer = Scorer.load()
    old = _OldScorer(scorer)
    score_chunk(scorer, warm)  # fills the comment caches
    new_out = [orjson.dumps(o.result) for o in score_chunk(scorer, chunk)]
    old_out = [orjson.dumps(o.result) for o in score_chunk(old, chunk)]  # type: ignore[arg-type]
    if new_out != old_out:
        raise SystemExit("the two paths disagree: not timing them")

    records = [validate_creator(line, light=True) for line in chunk]
    contexts = [scorer.extractor.context(r) for r in records]
    # Pieces of the new path that are not feature code: the two boosters, the reasons and
    # the ScoreResult (fraud.reasons, pydantic), the JSON-ready dump (fraud.batch).
    samples = [(r.follower_sample, c.as_of.date()) for r, c in zip(records, contexts, strict=True)]
    follower_matrix = _feature_matrix_many([s for s in samples if len(s[0] or ()) >= MIN_SAMPLE])
    rows = scorer.extractor.rows(records)
    names = scorer.creator_model.feature_names
    creator_matrix = feature_matrix(rows, names)
    margins, contributions = scorer.creator_model.margins_and_contributions(creator_matrix)
    regimes = [row_regime(row) for row in rows]
    probabilities = scorer.creator_model.calibrate(margins, regimes).tolist()
    weights = [dict(zip(names, c, strict=True)) for c in contributions[:, :-1].tolist()]

    def results() -> list[Any]:
        return [
            scorer._result(r, row, g, p, w)
            for r, row, g, p, w in zip(records, rows, regimes, probabilities, weights, strict=True)
        ]

    done = results()
    model = scorer.extractor.follower_model
    timers: dict[str, Callable[[], object]] = {
        "old": lambda: score_chunk(old, chunk),  # type: ignore[arg-type]
        "new": lambda: score_chunk(scorer, chunk),
        "validation": lambda: [validate_creator(line, light=True) for line in chunk],
        "comments": lambda: [
            comments.extract(r, c) for r, c in zip(records, contexts, strict=True)
        ],
        "comments_chunk": lambda: comments.extract_many(records, contexts),
        "follower_booster": lambda: model.raw_scores(follower_matrix) if model else None,
        "creator_booster": lambda: scorer.creator_model.margins_and_contributions(creator_matrix),
        "reasons_and_result": results,
        "model_dump": lambda: [r.model_dump(mode="json") for r in done],
    }
    runs: dict[str, list[float]] = {key: [] for key in timers}
    with scoring_gc():  # the collector as in a `fraud score` run, for both paths
        for _ in range(args.repeats):
            for key, run in timers.items():
                start = time.process_time()
                run()
                runs[key].append(time.process_time() - start)
    n = len(chunk)
    ms = {key: 1e3 * _best(values) / n for key, values in runs.items()}
    comment = {"old": ms["comments"], "new": ms["comments_chunk"]}
    report = {
        "creators": n,
        "cpu_ms_per_creator": {key: round(value, 3) for key, value in ms.items()},
        "creators_per_s": {key: round(1e3 / ms[key], 1) for key in ("old", "new")},
        "speedup": round(ms["old"] / ms["new"], 2),
        "comment_family_ms_per_creator": {
            "old": round(comment["old"], 3),
            "new": round(comment["new"], 3),
            "ratio": round(comment["old"] / max(comment["new"], 1e-9), 2),
        },
        "non_comment_ms_per_creator": {
            key: round(ms[key] - ms["validation"] - comment[key], 3) for key in ("old", "new")
        },
        "new_non_comment_outside_feature_code_ms": round(
            sum(
                ms[key]
                for key in (
                    "follower_booster",
                    "creator_booster",
                    "reasons_and_result",
                    "model_dump",
                )
            ),
            3,
        ),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
