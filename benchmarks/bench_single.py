"""A creator scored alone (as the service scores a request no other waits with) against the
same creators in chunks of 50: the old and the new row statistics of the feature families,
in one process, interleaved.

Run with ``python benchmarks/bench_single.py --input FILE.jsonl`` (about two minutes for 200
creators and 12 repeats). The "old" side patches back what this change replaced
(``np.median`` / ``np.percentile`` / ``np.std`` along rows, the general build of a
one-segment ``Segments``); the "new" side is the code as it is. Each creator scored alone
counts the best of the repeats (thread CPU time, so a busy neighbour's interruptions drop
out), summed; the chunked pass counts its best repeat. Per feature family and in total.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import fraud.features as families  # noqa: E402
import fraud.features.comments as comments_family  # noqa: E402
import fraud.features.engagement as engagement_family  # noqa: E402
from fraud.features.base import NAN, Segments, segment_starts  # noqa: E402
from fraud.scoring import Scorer  # noqa: E402
from fraud.validation import parse_creator  # noqa: E402


def _old_init(self: Segments, lengths: Any) -> None:
    self.lengths = np.asarray(lengths, dtype=np.int64)
    self.starts = segment_starts(self.lengths)
    self.whole = False
    self.groups = [
        (rows, self.starts[rows, None] + np.arange(length))
        for length in np.unique(self.lengths).tolist()
        if length > 0
        for rows in (np.flatnonzero(self.lengths == length),)
    ]


def _old_apply(
    self: Segments, values: np.ndarray, reduce: Callable[[np.ndarray], Any], empty: float = NAN
) -> np.ndarray:
    out: np.ndarray | None = None
    for rows, index in self.groups:
        result = np.asarray(reduce(values[index]))
        if out is None:
            out = np.full((len(self.lengths), *result.shape[1:]), empty, dtype=np.float64)
        out[rows] = result
    return out if out is not None else np.full(len(self.lengths), empty, dtype=np.float64)


_NEW = {
    "init": Segments.__init__,
    "apply": Segments.apply,
    "median": engagement_family._median_rows,
    "quartiles": engagement_family._quartile_rows,
    "std": engagement_family._std_rows,
    "comment_median": comments_family._median_rows,
}


def use(new: bool) -> None:
    """Install the new code, or patch the old back in."""
    Segments.__init__ = _NEW["init"] if new else _old_init  # type: ignore[method-assign]
    Segments.apply = _NEW["apply"] if new else _old_apply  # type: ignore[method-assign]
    engagement_family._median_rows = _NEW["median"] if new else (lambda m: np.median(m, axis=1))
    engagement_family._quartile_rows = (
        _NEW["quartiles"] if new else (lambda m: np.percentile(m, [75, 25], axis=1).T)
    )
    engagement_family._std_rows = _NEW["std"] if new else (lambda m: np.std(m, axis=1))
    comments_family._median_rows = (
        _NEW["comment_median"] if new else (lambda m: np.median(m, axis=1))
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", required=True, help="creators, one JSON object a line")
    parser.add_argument("--creators", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=12)
    args = parser.parse_args(argv)
    scorer = Scorer.load()
    with open(args.input, "rb") as lines:
        raw = [line.strip() for line, _ in zip(lines, range(args.creators), strict=False)]
    records = [parse_creator(line, light=True) for line in raw if line]
    spent: dict[str, int] = {}

    def timed(check: str, extract: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            start = time.thread_time_ns()
            result = extract(*args)
            spent[check] = spent.get(check, 0) + time.thread_time_ns() - start
            return result

        return run

    checks = list(families._MANY_EXTRACTORS)
    for check, extract in list(families._MANY_EXTRACTORS.items()):
        families._MANY_EXTRACTORS[check] = timed(check, extract)  # type: ignore[index]
    for new in (True, False):  # warm the caches on both sides
        use(new)
        scorer.score_many(records)
        for record in records:
            scorer.score_many([record])
    parts = [*checks, "total"]
    alone = {side: {p: np.full(len(records), np.inf) for p in parts} for side in ("old", "new")}
    chunked = {side: dict.fromkeys(parts, np.inf) for side in ("old", "new")}
    for repeat in range(args.repeats):
        for side in ("old", "new") if repeat % 2 else ("new", "old"):
            use(side == "new")
            best = alone[side]
            for j, record in enumerate(records):
                spent.clear()
                start = time.thread_time_ns()
                scorer.score_many([record])
                best["total"][j] = min(best["total"][j], time.thread_time_ns() - start)
                for check in checks:
                    best[check][j] = min(best[check][j], spent.get(check, 0))
            spent.clear()
            start = time.thread_time_ns()
            for i in range(0, len(records), 50):
                scorer.score_many(records[i : i + 50])
            spent["total"] = time.thread_time_ns() - start
            for part in parts:
                chunked[side][part] = min(chunked[side][part], spent.get(part, 0))
    n = len(records)
    print(f"{n} creators, best of {args.repeats} repeats, µs of CPU per creator")
    for part in parts:
        old, new = alone["old"][part].sum() / n / 1e3, alone["new"][part].sum() / n / 1e3
        old_c, new_c = chunked["old"][part] / n / 1e3, chunked["new"][part] / n / 1e3
        print(
            f"{part:11s} alone {old:7.1f} -> {new:7.1f} ({new / old:.3f})   "
            f"chunks of 50 {old_c:7.1f} -> {new_c:7.1f} ({new_c / old_c:.3f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
