"""One scoring stage of an older tree against this tree's, interleaved in one process.

The stage's module is loaded twice: this tree's, and the base tree's copy of the same file
(its own imports resolve to this tree, so only that one file is compared; a feature family
is given the base's ``fraud/features/base.py`` helpers too). The stage's
arguments are captured while this tree scores ``--input`` in chunks, both versions are
first checked to give equal results (arrays bit for bit, other values by ``repr``), then
timed on the same arguments, old and new one after the other, best of ``--repeats`` (CPU
time). Only the ratio means something on a shared machine.

    git archive 3a5feba | tar -x -C /tmp/base
    python benchmarks/bench_stage_ab.py --base /tmp/base --input FILE --stage account_columns
    python benchmarks/bench_stage_ab.py --base /tmp/base --input FILE --stage engagement

Stages: ``account_columns`` (fraud/audience.py, the follower columns of a chunk),
``follower_scores`` (fraud/contributions.py, the follower model's leaf table on a chunk's
follower rows, per creator of the input) and any
feature family with a chunk extractor (``engagement``, ``growth``, ``comments``,
``audience``, ``profile``: fraud/features/FAMILY.py, ``extract_many``).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import importlib
import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _same(a: Any, b: Any) -> bool:
    """Equal results: arrays bit for bit (dtype and shape too), dataclasses field by field."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return (
            isinstance(a, np.ndarray)
            and isinstance(b, np.ndarray)
            and a.dtype == b.dtype
            and a.shape == b.shape
            and a.tobytes() == b.tobytes()
        )
    if dataclasses.is_dataclass(a) and dataclasses.is_dataclass(b):
        return type(a).__name__ == type(b).__name__ and all(
            _same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a)
        )
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return repr(a) == repr(b)


def _load_base(base: Path, module: str) -> Any:
    path = base / (module.replace(".", "/") + ".py")
    spec = importlib.util.spec_from_file_location(f"{module}_base", path)
    assert spec is not None and spec.loader is not None
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = loaded  # dataclasses look their module up
    spec.loader.exec_module(loaded)
    return loaded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, required=True, help="the older tree")
    parser.add_argument("--input", type=Path, required=True, help="creators (.jsonl)")
    parser.add_argument("--stage", required=True)
    parser.add_argument("--chunk-size", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()

    import fraud.features as features
    from fraud.batch import ScorerLoader, chunked, score_chunk

    captured: list[tuple[Any, ...]] = []
    if args.stage == "account_columns":
        module, name = "fraud.audience", "account_columns"
        import fraud.scoring as owner

        original = owner.account_columns

        def spy(*call: Any) -> Any:
            captured.append(call)
            return original(*call)

        owner.account_columns = spy  # type: ignore[assignment]
    elif args.stage == "follower_scores":
        # the follower model's leaf table (fraud/contributions.py) on each chunk's matrix
        module, name = "fraud.contributions", "LeafTable.raw_scores"
        from fraud.audience import FollowerModel

        original_scores = FollowerModel.raw_scores

        def spy_scores(self: Any, features: Any) -> Any:
            captured.append((self._leaf_table, features))
            return original_scores(self, features)

        FollowerModel.raw_scores = spy_scores  # type: ignore[method-assign]
    else:
        module, name = f"fraud.features.{args.stage}", "extract_many"
        check = importlib.import_module(module).CHECK
        extractor = features._MANY_EXTRACTORS[check]

        def spy_family(*call: Any) -> Any:
            captured.append(tuple(list(part) for part in call))
            return extractor(*call)

        features._MANY_EXTRACTORS[check] = spy_family
    scorer = ScorerLoader()()
    for chunk in chunked(args.input.read_bytes().splitlines(), args.chunk_size):
        score_chunk(scorer, chunk)
    new = _attribute(importlib.import_module(module), name)
    old_module = _load_base(args.base, module)
    old = _attribute(old_module, name)
    old_calls = captured
    if module.startswith("fraud.features."):  # the base's Segments and row statistics too
        _use_base_helpers(old_module, _load_base(args.base, "fraud.features.base"))
    if args.stage == "follower_scores":  # the base's table class, holding the same arrays
        base_class = _attribute(sys.modules[f"{module}_base"], "LeafTable")
        old_tables: dict[int, Any] = {}

        def as_base(table: Any) -> Any:
            if id(table) not in old_tables:
                fields = {f.name: getattr(table, f.name) for f in dataclasses.fields(table)}
                old_tables[id(table)] = base_class(**fields)
            return old_tables[id(table)]

        old_calls = [(as_base(table), rows) for table, rows in captured]
    for old_call, call in zip(old_calls, captured, strict=True):
        if not _same(old(*old_call), new(*call)):
            raise SystemExit(f"{args.stage}: the base and this tree differ")
    if args.stage == "follower_scores":  # per creator of the input, with a sample or not
        n = len(args.input.read_bytes().splitlines())
    else:
        n = sum(len(call[0]) for call in captured)
    print(f"{args.stage}: equal results on {len(captured)} calls ({n} creators)")
    gc.collect()
    gc.freeze()
    best = interleaved_best(
        {
            "old": lambda: [old(*call) for call in old_calls],
            "new": lambda: [new(*call) for call in captured],
        },
        args.repeats,
    )
    old_ms, new_ms = best["old"] / n * 1e3, best["new"] / n * 1e3
    print(
        f"{args.stage}: base {old_ms:.4f} -> this tree {new_ms:.4f} ms per creator "
        f"(CPU, best of {args.repeats}); new/old {new_ms / old_ms:.3f}"
    )


def _use_base_helpers(module: Any, base_helpers: Any) -> None:
    """Point ``module``'s names taken from this tree's ``fraud.features.base`` (Segments,
    median_rows, ...) at the base tree's copies, so that its side runs the base's code."""
    import fraud.features.base as helpers

    for name, value in list(vars(module).items()):
        if getattr(helpers, name, None) is value and hasattr(base_helpers, name):
            setattr(module, name, getattr(base_helpers, name))


def _attribute(module: Any, dotted: str) -> Any:
    """``module.a.b`` for ``dotted`` ``"a.b"`` (a class's function, called unbound)."""
    found = module
    for part in dotted.split("."):
        found = getattr(found, part)
    return found


def interleaved_best(runs: dict[str, Callable[[], object]], repeats: int) -> dict[str, float]:
    """Each run's best CPU seconds over ``repeats`` rounds, the runs' order reversed every other
    round (so no run always goes first, on caches the other warmed or left cold)."""
    best = {label: float("inf") for label in runs}
    order = list(runs.items())
    for repeat in range(repeats):
        for label, run in order if repeat % 2 else order[::-1]:
            started = time.process_time()
            run()
            best[label] = min(best[label], time.process_time() - started)
    return best


if __name__ == "__main__":
    main()
