"""Microseconds per *distinct* comment: the comment classifier and the near-duplicate MinHash,
on a chunk of texts that never repeat (real comment sections hardly do).

    python benchmarks/bench_comments.py [--chunk 300] [--repeats 3]

Texts: every distinct comment of ``data/comments/*.csv``, the YouTube spam collection and the
ScamSpot Instagram set (about 12,000, en/zh/it/es, real and team-made), classified in chunks of
``--chunk`` (one creator's comments per call, as the scorer does) by a fresh classifier with an
empty cache, then normalised (from the classifier's cache) and checked for near duplicates
and template similarity as the creator features do. Reported: CPU time per distinct comment
(process time, so other processes on the machine slow it less than wall time), the median
over ``--repeats`` runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def distinct_texts() -> list[str]:
    """Every distinct comment text the project holds."""
    import pandas as pd

    from fraud import paths
    from training.train_comments import load_instagram, load_youtube

    texts: list[str] = []
    for csv_path in sorted((paths.DATA_DIR / "comments").glob("*.csv")):
        texts += pd.read_csv(csv_path, dtype=str, keep_default_na=False)["text"].tolist()
    texts += load_youtube()["text"].tolist() + load_instagram()["text"].tolist()
    return list(dict.fromkeys(texts))


def measure(texts: list[str], chunk: int) -> dict[str, float]:
    """CPU µs per distinct comment for classification and for near-duplicate detection."""
    from fraud.comment_quality import CommentClassifier
    from fraud.features.near_duplicates import near_duplicate_mask, similar_text_mask

    classifier = CommentClassifier.load()
    classifier.clear_cache()
    chunks = [texts[i : i + chunk] for i in range(0, len(texts), chunk)]
    started = time.process_time()
    for part in chunks:
        classifier.classify(part)
    classify = time.process_time() - started
    started = time.process_time()
    for part in chunks:  # as fraud.features.comments does after classifying
        normalised = classifier.normalise(part)
        authors = [str(i) for i in range(len(part))]
        near_duplicate_mask(normalised, authors)
        similar_text_mask(normalised, authors)
    near = time.process_time() - started
    n = len(texts)
    return {"classify_us": 1e6 * classify / n, "near_duplicates_us": 1e6 * near / n}


def main(argv: list[str] | None = None) -> dict[str, float]:
    """Run the benchmark and print one line per measure."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chunk", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    from fraud.comment_quality import CommentClassifier, prepare_text
    from fraud.lures import detect_lure

    texts = distinct_texts()
    CommentClassifier.load().classify(["warm up 预热"])  # lexicons, lure tables, emoji class
    detect_lure(prepare_text("预热"))
    runs = [measure(texts, args.chunk) for _ in range(args.repeats)]
    result = {
        "n_distinct": float(len(texts)),
        "classify_us": statistics.median(r["classify_us"] for r in runs),
        "near_duplicates_us": statistics.median(r["near_duplicates_us"] for r in runs),
    }
    result["total_us"] = result["classify_us"] + result["near_duplicates_us"]
    print(
        f"{len(texts):,} distinct comments, chunks of {args.chunk}: "
        f"classify {result['classify_us']:.1f} µs, near-duplicates "
        f"{result['near_duplicates_us']:.1f} µs, total {result['total_us']:.1f} µs per comment"
    )
    return result


if __name__ == "__main__":
    main()
