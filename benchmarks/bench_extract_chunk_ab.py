"""The comment features of a chunk (``fraud.features.comments._extract_chunk`` with its
near-duplicate pass) of this checkout against an earlier revision, in one process.

    python benchmarks/bench_extract_chunk_ab.py --base REV --input CREATORS.jsonl
        [--creators 500] [--repeats 7]

The base revision's ``fraud/features/comments.py`` and ``fraud/features/near_duplicates.py``
are read with ``git show`` and loaded as modules of their own (each calling the other's
functions; the rest of ``fraud`` is this checkout's). The input's first ``--creators``
records are scored in chunks of 50 once, recording the arguments of every ``_extract_chunk``
call; then both versions run on those same arguments, alternating, best CPU time of
``--repeats``, after checking that they return equal blocks. The saving is also given as a
share of a whole scoring pass (best of 3, the comment classifier's cache emptied first: real
comment texts are distinct).
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_FILES = {
    "near_duplicates": "fraud/features/near_duplicates.py",
    "comments": "fraud/features/comments.py",
}


def _module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_base(revision: str, into: Path) -> ModuleType:
    """The base revision's comments module, calling the base revision's near-duplicate pass."""
    loaded = {}
    for name, relative in _FILES.items():
        source = subprocess.run(
            ["git", "show", f"{revision}:{relative}"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        path = into / f"base_{name}.py"
        path.write_text(source, encoding="utf-8")
        loaded[name] = _module(f"base_{name}", path)
    near, comments = loaded["near_duplicates"], loaded["comments"]
    for attr, value in list(vars(comments).items()):
        if getattr(value, "__module__", None) == "fraud.features.near_duplicates":
            setattr(comments, attr, getattr(near, attr, value))
    return comments


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", required=True, help="git revision to compare with")
    parser.add_argument("--input", type=Path, required=True, help="creators, JSON lines")
    parser.add_argument("--creators", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)

    import fraud.audience as audience
    import fraud.features.comments as comments
    from fraud.batch import ScorerLoader, chunked, score_chunk

    raws = args.input.read_bytes().splitlines()[: args.creators]
    scorer = ScorerLoader()()
    calls: list[tuple[Any, Any]] = []
    new = comments._extract_chunk

    def record(*call: Any, **named: Any) -> Any:
        calls.append((call, named))
        return new(*call, **named)

    comments._extract_chunk = record  # type: ignore[assignment]
    try:
        for chunk in chunked(raws, 50):
            score_chunk(scorer, chunk)
    finally:
        comments._extract_chunk = new  # type: ignore[assignment]
    passes = []
    for _ in range(3):
        classifier = scorer.extractor.comment_classifier
        if classifier is not None:
            classifier.clear_cache()
        audience._name_part.cache_clear()
        audience._digit_heavy.cache_clear()
        started = time.process_time()
        for chunk in chunked(raws, 50):
            score_chunk(scorer, chunk)
        passes.append(time.process_time() - started)
    with tempfile.TemporaryDirectory() as tmp:
        base = load_base(args.base, Path(tmp))
        for call, named in calls:
            got = [(b.values, b.evidence) for b in new(*call, **named)]
            expected = [(b.values, b.evidence) for b in base._extract_chunk(*call, **named)]
            if repr(got) != repr(expected):
                raise SystemExit("the two versions give different blocks")
        best = {"base": float("inf"), "new": float("inf")}
        for repeat in range(args.repeats):
            order = [("base", base._extract_chunk), ("new", new)]
            for name, function in order if repeat % 2 == 0 else order[::-1]:
                started = time.process_time()
                for call, named in calls:
                    function(*call, **named)
                best[name] = min(best[name], time.process_time() - started)
    n = len(raws)
    whole = min(passes)
    saved = best["base"] - best["new"]
    print(f"{n} creators, {len(calls)} chunks; whole scoring pass {whole / n * 1e3:.3f} ms/creator")
    print(
        f"_extract_chunk, best of {args.repeats}: base {best['base'] / n * 1e3:.3f}, "
        f"new {best['new'] / n * 1e3:.3f} ms/creator (ratio {best['new'] / best['base']:.3f}); "
        f"saved {saved / n * 1e3:.3f} ms/creator = {100 * saved / whole:.1f}% of the pass"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
