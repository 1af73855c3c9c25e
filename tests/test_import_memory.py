"""Memory stays bounded however large the export: four times the rows (over four times the
creators, each of the same size) must not need much more memory. The export is MediaCrawler's
JSONL layout (``store/douyin/__init__.py`` fields, NanmiCoder/MediaCrawler)."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

from fraud.importers import run_import


def _export(folder: Path, n_creators: int, per_creator: int) -> Path:
    data = folder / "dy" / "jsonl"
    data.mkdir(parents=True)
    with (
        (data / "search_contents_2025-11-21.jsonl").open("w") as contents,
        (data / "search_comments_2025-11-21.jsonl").open("w") as comments,
        (data / "search_creators_2025-11-21.jsonl").open("w") as creators,
    ):
        for c in range(n_creators):
            creators.write(json.dumps({"user_id": f"u{c}", "fans": "1.2万"}) + "\n")
            for p in range(5):
                contents.write(
                    json.dumps(
                        {
                            "aweme_id": f"{c}-{p}",
                            "user_id": f"u{c}",
                            "create_time": 1763000000 + p,
                            "liked_count": "300",
                            "comment_count": str(per_creator // 5),
                        }
                    )
                    + "\n"
                )
            for k in range(per_creator):
                comments.write(
                    json.dumps(
                        {
                            "comment_id": f"{c}-{k}",
                            "aweme_id": f"{c}-{k % 5}",
                            "user_id": f"v{k}",
                            "content": f"comment number {k} on a video, long enough to weigh something",
                            "create_time": 1763000100 + k,
                        }
                    )
                    + "\n"
                )
    return folder


def _peak_bytes(folder: Path, out: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        summary = run_import("mediacrawler", [folder], out)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, summary.comments


def test_memory_does_not_grow_with_the_export(tmp_path: Path) -> None:
    small = _export(tmp_path / "small", 10, 150)
    large = _export(tmp_path / "large", 40, 150)
    small_peak, small_comments = _peak_bytes(small, tmp_path / "small.jsonl")
    large_peak, large_comments = _peak_bytes(large, tmp_path / "large.jsonl")
    assert (small_comments, large_comments) == (1500, 6000)
    print(f"peak traced memory: {small_peak:,} B for 1,500 comments, {large_peak:,} B for 6,000")
    assert large_peak < 1.5 * small_peak, (small_peak, large_peak)
