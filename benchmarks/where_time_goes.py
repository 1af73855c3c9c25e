"""Where a chunk of creators' CPU goes, by step, as ``fraud score`` scores it in one process.

    python benchmarks/where_time_goes.py [--creators 1000] [--pools]

Creators: ``--creators`` from the blind generators as ``make bench`` writes them (every comment
text distinct, unless ``--pools``), scored by :func:`fraud.batch.score_chunk` in chunks of 64
under :func:`fraud.batch.scoring_gc`, after one warm-up chunk. The whole loop runs under
``cProfile``, and each step's share is its cumulative time over the loop's (a step inside
another is counted in its own row and left out of the outer one's "rest"). cProfile adds a
fixed cost per Python call, so steps made of many small calls read a little larger than they
are; the plain CPU time per creator, without the profiler, is printed first, for chunks of 1
(a creator scored alone, as the service scores a request no other waits with), 16 and 64.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench

#: (row, file, function): the steps, outermost first; a row's time excludes the rows below it
#: that run inside it (the comment classifier inside the comment features, say).
STEPS = (
    ("read and validate", "fraud/batch.py", "validate_creator"),
    ("comment classifier: lures", "fraud/lures.py", "detect_lure_chunk"),
    ("comment classifier: other rules", "fraud/comment_quality.py", "_rules_chunk"),
    ("comment classifier: n-gram model", "fraud/comment_quality.py", "predict_model"),
    ("comment classifier: rest", "fraud/comment_quality.py", "_decide"),
    (
        "comment near-duplicates",
        "fraud/features/near_duplicates.py",
        "grouped_near_and_similar_masks",
    ),
    ("comment features: rest", "fraud/features/comments.py", "extract_many"),
    ("follower sample: columns", "fraud/audience.py", "account_columns"),
    ("follower sample: model", "fraud/audience.py", "predict_proba_columns"),
    ("growth features", "fraud/features/growth.py", "extract_many"),
    ("engagement features", "fraud/features/engagement.py", "extract_many"),
    ("reasons", "fraud/reasons.py", "build_reasons"),
)
#: steps that run inside another (inner, outer): the outer's row gets its time less the inner's
NESTED = (
    ("comment classifier: lures", "comment classifier: other rules"),
    ("comment classifier: other rules", "comment classifier: rest"),
    ("comment classifier: n-gram model", "comment classifier: rest"),
    ("comment classifier: rest", "comment features: rest"),
    ("comment near-duplicates", "comment features: rest"),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--creators", type=int, default=1000)
    parser.add_argument("--pools", action="store_true", help="pool-drawn comment texts")
    args = parser.parse_args()

    from fraud.batch import score_chunk, scoring_gc
    from fraud.scoring import Scorer

    bases = bench.base_creators(400)
    distinct = None if args.pools else bench.DistinctTexts(bench._vocabulary(bases))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "creators.jsonl"
        shape = bench.write_input(path, args.creators + 64, bases, distinct)
        lines = path.read_bytes().splitlines()
    scorer = Scorer.load()
    score_chunk(scorer, lines[:64])
    rest = lines[64:]

    def run(size: int = 64) -> None:
        if distinct is not None:  # a pass must not find an earlier pass's texts cached
            scorer.extractor.comment_classifier.clear_cache()
        for start in range(0, len(rest), size):
            score_chunk(scorer, rest[start : start + size])

    per_creator = {}
    for size in (1, 16, 64):
        with scoring_gc():
            started = time.process_time()
            run(size)
            per_creator[size] = 1000 * (time.process_time() - started) / len(rest)
    profile = cProfile.Profile()
    with scoring_gc():
        profile.enable()
        run()
        profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in stats.values())  # every function's own time
    cumulative = {}
    for name, file, function in STEPS:
        cumulative[name] = sum(
            entry[3]
            for (where, _line, called), entry in stats.items()
            if where.replace("\\", "/").endswith(file) and called == function
        )
    own = dict(cumulative)
    for inner, outer in NESTED:
        own[outer] -= cumulative[inner]
    print(
        f"{args.creators} creators ({'pool-drawn' if args.pools else 'distinct'} comments; "
        f"{shape['comments_per_creator']} comments, {shape['posts_per_creator']} posts, "
        f"{shape['sampled_followers_per_creator']} sampled followers each): "
        "CPU per creator without the profiler, by chunk size: "
        + ", ".join(f"{size}: {ms:.2f} ms" for size, ms in per_creator.items())
    )
    print("| step | share of the CPU under cProfile |\n|---|---|")
    for name, _file, _function in STEPS:
        print(f"| {name} | {100 * own[name] / total:.1f}% |")
    print(f"| everything else | {100 * (total - sum(own.values())) / total:.1f}% |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
