"""The comment text path of this checkout against an earlier revision, in one process:
CPU µs per distinct comment of ``CommentClassifier.classify_with_lures`` and creators/s of
``fraud.batch.score_chunk``, the two versions alternating chunk by chunk (both see the same
load), best of ``--repeats``; the answers are compared on every chunk.

    python benchmarks/bench_comments_ab.py --base REV [--repeats 3] [--creators 300]
        [--input CREATORS.jsonl]

The base revision's ``fraud/comment_quality.py``, ``fraud/lures.py`` and
``fraud/text_patterns.py`` are read with ``git show`` into a temporary package (the rest of
``fraud`` is this checkout's; the lexicons are this checkout's, so the base must read them the
same way). Texts: every distinct comment of ``data/comments/*.csv``, the YouTube spam
collection and the ScamSpot Instagram set in chunks of 300 (as ``bench_comments.py``), and the
comments of creators built as ``benchmarks/bench.py`` builds them (every text distinct), one
creator per call (``--input``: the first ``--creators`` records of that file instead).
score_chunk: the same creators, 50 per chunk, the classifier swapped.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

_MODULES = ("text_patterns", "lures", "comment_quality")


def load_base(revision: str, into: Path) -> Any:
    """The base revision's comment modules as package ``comment_base``; its comment_quality."""
    package = into / "comment_base"
    package.mkdir()
    (package / "__init__.py").write_text("")
    lexicons = ROOT / "fraud" / "lexicons"
    for name in _MODULES:
        source = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{revision}:fraud/{name}.py"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for other in _MODULES:
            source = source.replace(
                f"from fraud.{other} import", f"from comment_base.{other} import"
            )
        source = source.replace(
            'LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"',
            f"LEXICON_DIR = Path({str(lexicons)!r})",
        )
        (package / f"{name}.py").write_text(source)
    sys.path.insert(0, str(into))
    return importlib.import_module("comment_base.comment_quality")


class _SameEnum:
    """A classifier answering in this checkout's CommentCategory (the features compare members
    by identity); both sides are wrapped, so both pay the same conversion."""

    def __init__(self, classifier: Any) -> None:
        self.classifier = classifier

    def classify_with_lures(self, texts: list[str]) -> list[tuple[Any, str | None]]:
        from fraud.comment_quality import CommentCategory

        answers = self.classifier.classify_with_lures(texts)
        return [(CommentCategory(category.value), lure) for category, lure in answers]

    def classify(self, texts: list[str]) -> list[Any]:
        return [category for category, _ in self.classify_with_lures(texts)]

    def normalise(self, texts: list[str]) -> list[str]:
        return list(self.classifier.normalise(texts))

    def clear_cache(self) -> None:
        self.classifier.clear_cache()


def _alternate(
    run: Any, sides: dict[str, Any], chunks: list[Any], repeats: int
) -> dict[str, float]:
    """Best total CPU seconds of each side over all chunks, the sides alternating per chunk;
    ``run(side, chunk)`` returns the answer to compare. Prints the median of the per-chunk
    ratios (first side's CPU over the second's), which a load that changes between repeats
    disturbs less."""
    best = dict.fromkeys(sides, float("inf"))
    ratios: list[float] = []  # first side / second, chunk by chunk (paired: same moment)
    for _ in range(repeats):
        total = dict.fromkeys(sides, 0.0)
        for side in sides.values():
            side.clear_cache()
        for k, chunk in enumerate(chunks):
            order = list(sides) if k % 2 == 0 else list(reversed(sides))
            answers = {}
            spent = {}
            for name in order:
                started = time.process_time()
                answers[name] = run(sides[name], chunk)
                spent[name] = time.process_time() - started
                total[name] += spent[name]
            first_side, second_side = list(sides)[:2]
            if spent[second_side] > 0:
                ratios.append(spent[first_side] / spent[second_side])
            first, *others = answers.values()
            if any(other != first for other in others):
                raise AssertionError(f"the versions answer differently on chunk {k}")
        best = {name: min(best[name], total[name]) for name in sides}
    if ratios:
        print(f"  (median of {len(ratios)} per-chunk ratios: {statistics.median(ratios):.3f}x)")
    return best


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", required=True, help="git revision to compare against")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--creators", type=int, default=300)
    parser.add_argument("--input", type=Path, help="creators (JSONL) instead of generated ones")
    args = parser.parse_args(argv)

    import bench
    from bench_comments import distinct_texts

    from fraud.batch import ScorerLoader
    from fraud.comment_quality import CommentClassifier

    with tempfile.TemporaryDirectory() as tmp:
        base = load_base(args.base, Path(tmp))
        sides = {
            "base": _SameEnum(base.CommentClassifier.load()),
            "this": _SameEnum(CommentClassifier.load()),
        }
        texts = distinct_texts()
        corpus = [texts[i : i + 300] for i in range(0, len(texts), 300)]
        if args.input is not None:
            raws = args.input.read_bytes().splitlines()[: args.creators]
        else:
            bases = bench.base_creators(200)
            distinct = bench.DistinctTexts(bench._vocabulary(bases))
            path = Path(tmp) / "creators.jsonl"
            bench.write_input(path, args.creators, bases, distinct)
            raws = path.read_bytes().splitlines()
        import orjson

        per_creator = [[c["text"] for c in orjson.loads(raw).get("comments", [])] for raw in raws]
        per_creator = [comments for comments in per_creator if comments]
        for side in sides.values():
            side.classify_with_lures(["warm up 预热 @a"])

        # as a scoring process runs: the loaded models frozen, the collector run rarely
        # (fraud.batch.scoring_gc); without it full collections add noise of their own
        import gc

        from fraud.batch import scoring_gc

        scorer = ScorerLoader()()
        gc.collect()
        gc.freeze()
        with scoring_gc():
            return _measure(args, sides, corpus, per_creator, raws, scorer)


def _measure(
    args: Any,
    sides: dict[str, Any],
    corpus: list[Any],
    per_creator: list[Any],
    raws: list[Any],
    scorer: Any,
) -> dict[str, float]:
    from fraud.batch import chunked, score_chunk

    def classify(side: Any, chunk: list[str]) -> Any:
        return side.classify_with_lures(chunk), side.normalise(chunk)

    result: dict[str, float] = {}
    for name, chunks in (("corpus", corpus), ("creators", per_creator)):
        n = sum(map(len, chunks))
        best = _alternate(classify, sides, chunks, args.repeats)
        for side in sides:
            result[f"{name}_{side}_us"] = 1e6 * best[side] / n
        print(
            f"classify_with_lures, {name} ({n:,} distinct comments): base "
            f"{result[f'{name}_base_us']:.1f} µs, this {result[f'{name}_this_us']:.1f} µs "
            f"per comment, {best['base'] / best['this']:.2f}x"
        )

    chunks_50 = list(chunked(raws, 50))

    def score(side: Any, chunk: list[bytes]) -> Any:
        scorer.extractor.comment_classifier = side
        return score_chunk(scorer, chunk)

    score(sides["this"], chunks_50[0])
    best = _alternate(score, sides, chunks_50, args.repeats)
    n = len(raws)
    for side in sides:
        result[f"score_chunk_{side}_per_s"] = n / best[side]
    print(
        f"score_chunk, {n} creators (distinct comments): base "
        f"{result['score_chunk_base_per_s']:.1f}/s, this "
        f"{result['score_chunk_this_per_s']:.1f}/s, {best['base'] / best['this']:.2f}x"
    )
    return result


if __name__ == "__main__":
    main()
