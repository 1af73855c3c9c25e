"""Print scored creators (JSONL of ScoreResult) as a readable table: ``python -m fraud.report``."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import orjson

__all__ = ["format_table", "main"]

_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "info": 3}


def format_table(results: list[dict]) -> str:
    """A fixed-width table: one block per creator with its top reasons."""
    lines = [
        f"{'creator':34} {'verdict':19} {'authenticity':>12} {'P(fraud)':>9}  confidence",
        "-" * 90,
    ]
    for result in results:
        lines.append(
            f"{result['creator_id'][:34]:34} {result['verdict']:19} {result['authenticity']:>12.1f} "
            f"{result['fraud_probability']:>9.3f}  {result.get('confidence', '')}"
        )
        reasons = sorted(result["reasons"], key=lambda r: _SEVERITY_ORDER.get(r["severity"], 9))
        for reason in reasons[:4]:
            text = f"[{reason['severity']}] {reason['code']}: {reason['message']}"
            lines.extend(
                textwrap.wrap(text, 100, initial_indent="    ", subsequent_indent="        ")
            )
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the table for a JSONL file of results (or stdin); returns the exit code."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] == "-":
        lines = sys.stdin.buffer.read().splitlines()
    else:
        lines = Path(args[0]).read_bytes().splitlines()
    results = [orjson.loads(line) for line in lines if line.strip()]
    print(format_table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
