"""Whether two trees score the same creators to the same bytes: a speed change's proof.

    git archive 5d11efa | tar -x -C /tmp/base
    python benchmarks/same_scores.py --base /tmp/base --input data/samples/creators.jsonl \\
        --input bench.jsonl --input data/generated/final.jsonl --limit 400

Each tree (``--base``, and this one) scores the first ``--limit`` lines of every input in a
process of its own (``PYTHONPATH`` set to the tree, the models of this tree), three ways:

* the CLI's: :func:`fraud.batch.score_chunk` in chunks of 64, each outcome as ``fraud score``
  writes it (``orjson`` of the result, or the reject reason);
* alone: each line scored by itself through the same function (a chunk of one);
* the service's: ``/v1/score``'s thread work, each line read by
  :func:`fraud.validation.validate_creator_json` and its result serialised by pydantic's
  ``model_dump_json``.

The bytes are compared line by line; the first differing lines are shown, and the exit
status is 1 when anything differs. Comment texts are cached by the classifier across a
process; every pass starts with the cache cleared, so neither tree reads the other's.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WORKER = """
import sys
import orjson
from fraud import batch
from fraud.scoring import Scorer
from fraud.validation import validate_creator_json

out = open(sys.argv[1], "wb")
limit = int(sys.argv[2])
scorer = Scorer.load()
classifier = scorer.extractor.comment_classifier


def outcome_line(outcome):
    if outcome.result is None:
        return b"reject " + outcome.reason.encode()
    return orjson.dumps(outcome.result)


for path in sys.argv[3:]:
    lines = []
    with open(path, "rb") as handle:
        for line in handle:
            if len(lines) >= limit:
                break
            if line.strip():
                lines.append(line.rstrip(b"\\n"))
    classifier.clear_cache()
    for start in range(0, len(lines), 64):
        for outcome in batch.score_chunk(scorer, lines[start : start + 64]):
            out.write(b"cli " + outcome_line(outcome) + b"\\n")
    classifier.clear_cache()
    for line in lines:
        (outcome,) = batch.score_chunk(scorer, [line])
        out.write(b"alone " + outcome_line(outcome) + b"\\n")
    classifier.clear_cache()
    for line in lines:
        record = validate_creator_json(line, light=True)
        if record is None:
            out.write(b"service 422\\n")
            continue
        (result,) = batch.score_records(scorer, [record])
        if isinstance(result, Exception):
            out.write(b"service error " + repr(result).encode() + b"\\n")
        else:
            out.write(b"service " + result.model_dump_json().encode() + b"\\n")
out.close()
"""


def score_with(tree: Path, inputs: list[Path], limit: int, out: Path) -> None:
    """Score ``inputs`` with the code of ``tree`` into ``out`` (one line per answer)."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    env.setdefault("FRAUD_MODELS_DIR", str(ROOT / "models"))
    subprocess.run(
        [sys.executable, "-c", WORKER, str(out), str(limit), *map(str, inputs)],
        cwd=tree,
        env=env,
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, required=True, help="the older tree")
    parser.add_argument("--input", type=Path, action="append", required=True)
    parser.add_argument("--limit", type=int, default=400, help="lines read from each input")
    parser.add_argument("--shown", type=int, default=3, help="differences shown")
    args = parser.parse_args(argv)
    inputs = [path.resolve() for path in args.input]
    with tempfile.TemporaryDirectory(prefix="same-scores-") as tmp:
        base_out, new_out = Path(tmp) / "base.txt", Path(tmp) / "new.txt"
        score_with(args.base.resolve(), inputs, args.limit, base_out)
        score_with(ROOT, inputs, args.limit, new_out)
        base_lines = base_out.read_bytes().splitlines()
        new_lines = new_out.read_bytes().splitlines()
    differing = [
        (number, old, new)
        for number, (old, new) in enumerate(zip(base_lines, new_lines, strict=False), 1)
        if old != new
    ]
    digest = hashlib.sha256(b"\n".join(new_lines)).hexdigest()[:16]
    print(
        f"{len(new_lines)} answers ({len(base_lines)} from the base), "
        f"{len(differing)} differ; this tree's sha256 {digest}"
    )
    for number, old, new in differing[: args.shown]:
        print(f"line {number}:\n  base {old[:300]!r}\n  new  {new[:300]!r}")
    return 0 if not differing and len(base_lines) == len(new_lines) else 1


if __name__ == "__main__":
    sys.exit(main())
