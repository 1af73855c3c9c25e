"""Creators/s of ``fraud.batch.score_chunk`` on creators whose comment texts are all distinct,
with the per-text comment reference path and with the chunk-level fast path, in one process.

    python benchmarks/bench_comment_chunks.py [--creators 300] [--repeats 3]

Creators are built as ``benchmarks/bench.py`` builds them (``base_creators``,
``DistinctTexts``, ``write_input``). Three modes, interleaved, each with the comment cache
emptied before every run (best of ``--repeats``, process CPU time):

* ``reference``: the per-text comment rules (``CommentClassifier.fast = False``) and the
  per-text near-duplicate cores;
* ``fast``: the chunk-level rules, one classifier call per creator (as ``extract`` does);
* ``fast+extract_many``: the comments of the whole chunk classified in one call
  (``fraud.features.comments.extract_many``, fed to ``extract_features`` as a reused block).

The ScoreResults of the three modes are compared byte for byte.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


@contextmanager
def _mode(scorer: Any, mode: str) -> Iterator[None]:
    from fraud import scoring
    from fraud.features import comments, extract_features, near_duplicates

    classifier = scorer.extractor.comment_classifier
    classifier.fast = mode != "reference"
    classifier.clear_cache()
    saved_cores = near_duplicates.core_texts
    saved_rows = scoring.FeatureExtractor.rows
    if mode == "reference":
        near_duplicates.core_texts = lambda texts: [near_duplicates.core_text(t) for t in texts]
    if mode == "fast+extract_many":

        def rows(self: Any, records: Any) -> Any:
            contexts = [self.context(record) for record in records]
            blocks = comments.extract_many(records, contexts)
            if self.follower_model is not None:  # as FeatureExtractor.rows does
                from fraud.scoring import MIN_SAMPLE

                todo = [
                    i for i, r in enumerate(records) if len(r.follower_sample or ()) >= MIN_SAMPLE
                ]
                samples = [
                    (
                        records[i].follower_sample or [],
                        contexts[i].as_of.date(),
                        records[i].platform,
                    )
                    for i in todo
                ]
                predicted = self.follower_model.predict_proba_many(samples)
                for i, probabilities in zip(todo, predicted, strict=True):
                    contexts[i].fake_probabilities = probabilities
            return [
                extract_features(r, ctx, reuse={comments.CHECK: block})
                for r, ctx, block in zip(records, contexts, blocks, strict=True)
            ]

        scoring.FeatureExtractor.rows = rows  # type: ignore[method-assign]
    try:
        yield
    finally:
        near_duplicates.core_texts = saved_cores
        scoring.FeatureExtractor.rows = saved_rows  # type: ignore[method-assign]
        classifier.fast = True


def main(argv: list[str] | None = None) -> dict[str, float]:
    """Run the comparison and print creators/s per mode."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--creators", type=int, default=300)
    parser.add_argument("--bases", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    from bench import DistinctTexts, _vocabulary, base_creators, write_input

    from fraud.batch import score_chunk
    from fraud.scoring import Scorer

    bases = base_creators(args.bases)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "distinct.jsonl"
        shape = write_input(path, args.creators, bases, DistinctTexts(_vocabulary(bases)))
        raws = [line for line in path.read_bytes().splitlines() if line.strip()]
    scorer = Scorer.load()
    modes = ("reference", "fast", "fast+extract_many")
    best = dict.fromkeys(modes, float("inf"))
    outputs: dict[str, list[Any]] = {}
    with _mode(scorer, "fast"):
        score_chunk(scorer, raws[:5])  # warm up lexicons, lure tables, the models
    for _ in range(args.repeats):
        for mode in modes:
            with _mode(scorer, mode):
                started = time.process_time()
                outcomes = score_chunk(scorer, raws)
                best[mode] = min(best[mode], time.process_time() - started)
            outputs[mode] = outcomes
    same = all(outputs[m] == outputs["reference"] for m in modes)
    print(
        f"{args.creators} creators, {shape['comments_per_creator']} distinct comments each, "
        f"one chunk, best of {args.repeats} (CPU time):"
    )
    result: dict[str, float] = {}
    for mode in modes:
        result[mode] = args.creators / best[mode]
        ratio = best["reference"] / best[mode]
        print(f"  {mode:>18}: {result[mode]:7.1f} creators/s  ({ratio:.2f}x the reference)")
    print(f"  ScoreResults identical across modes: {same}")
    if not same:
        raise SystemExit("the modes disagree")
    return result


if __name__ == "__main__":
    main()
