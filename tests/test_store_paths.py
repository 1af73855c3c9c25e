"""A store path is a file name, never parsed as a URL (review s47, finding 6): ``store_url``
built ``sqlite:///PATH`` as text, so a path holding ``?`` opened the file before it (with
the rest read as options) and ``%41`` opened ``A``: a store the user never named."""

from __future__ import annotations

from pathlib import Path

import pytest

from fraud.schema import CreatorRecord
from fraud.store import CreatorStore


@pytest.mark.parametrize("name", ["a?b.sqlite", "e%41f.sqlite", "c#d.sqlite", "g h.sqlite"])
def test_a_store_path_opens_that_file(tmp_path: Path, name: str) -> None:
    record = CreatorRecord.model_validate(
        {
            "creator_id": "c1",
            "platform": "weibo",
            "as_of": "2026-01-01T00:00:00Z",
            "profile": {"followers": 1},
        }
    )
    with CreatorStore.open(tmp_path / name) as store:
        store.record_snapshots([record])
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        name
    ]
    with CreatorStore.open(str(tmp_path / name)) as store:
        assert [s.followers for s in store.snapshots("weibo", "c1")] == [1]
