"""A correction stored while another run holds a copy of the history is never rolled back
(review s47, finding 1): a run records what its records brought (their own
``follower_history`` and profile counts), never the snapshots it completed them with from
the store, and an import does not write the store's snapshots into OUT as the record's own
(a later ``fraud score OUT --store`` wrote them back over a correction)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import sqlalchemy as sa

from fraud.importers import run_import
from fraud.io import RawRecord, iter_raw_records
from fraud.schema import CreatorRecord
from fraud.store import CreatorStore, snapshots_table
from fraud.store.recorder import StoreRecorder
from service.main import create_app
from service.settings import ServiceSettings
from tests.test_cli import StubScorer
from tests.test_service import _wait_ready, local_client

SCORE = {
    "model_version": "test",
    "verdict": "authentic",
    "fraud_probability": 0.1,
    "authenticity": 0.9,
    "reasons": [],
}


def _record(as_of: str, followers: int, history: dict[str, int] | None = None) -> CreatorRecord:
    return CreatorRecord.model_validate(
        {
            "creator_id": "lu",
            "platform": "weibo",
            "as_of": as_of,
            "profile": {"followers": followers},
            "follower_history": [{"date": d, "followers": f} for d, f in (history or {}).items()],
        }
    )


def _stored(store: CreatorStore) -> dict[str, int]:
    return {s.date.isoformat(): s.followers for s in store.snapshots("weibo", "lu")}


def _recorded_at(store: CreatorStore) -> dict[str, Any]:
    t = snapshots_table
    with store.engine.connect() as connection:
        rows = connection.execute(
            sa.select(t.c.date, t.c.recorded_at).where(t.c.creator_id == "lu")
        )
        return {day.isoformat(): at for day, at in rows}


def _score_with_store(store: CreatorStore, raws: list[RawRecord]) -> Iterator[None]:
    """``fraud score --store`` in two steps: complete (before), record (after the yield)."""
    recorder = StoreRecorder(store)
    completed = list(recorder.complete(raws))
    yield
    recorder.record(SimpleNamespace(number=raw.number, result=SCORE) for raw in completed)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CreatorStore]:
    opened = CreatorStore.open(tmp_path / "s.sqlite")
    yield opened
    opened.close()


def test_a_correction_stored_during_a_run_is_kept_when_the_run_records(
    store: CreatorStore,
) -> None:
    store.record_snapshots(
        [_record("2025-12-06T12:00:00Z", 960, {"2025-12-01": 900, "2025-12-05": 950})]
    )
    before = _recorded_at(store)
    # A long run completes its record (2025-12-10) from the store: it reads 950 on Dec 5 ...
    run = _score_with_store(store, [RawRecord(1, _record("2025-12-10T12:00:00Z", 1000))])
    next(run)
    # ... meanwhile a re-crawl corrects Dec 5 to 5,000 ...
    store.record_snapshots([_record("2025-12-06T12:00:00Z", 960, {"2025-12-05": 5000})])
    next(run, None)  # ... and the long run records its own count, not its copy of Dec 5
    assert _stored(store) == {
        "2025-12-01": 900,
        "2025-12-05": 5000,
        "2025-12-06": 960,
        "2025-12-10": 1000,
    }
    after = _recorded_at(store)  # an observation rewrites no date it did not bring
    assert after["2025-12-01"] == before["2025-12-01"]


def test_an_import_writes_no_stored_snapshot_into_out_and_scoring_it_keeps_a_correction(
    tmp_path: Path, store: CreatorStore
) -> None:
    def history(name: str, rows: str) -> Path:
        path = tmp_path / f"{name}.csv"
        path.write_text("platform,creator_id,date,followers\n" + rows)
        return path

    crawl1 = history("crawl1", "weibo,lu,2025-12-01,900\nweibo,lu,2025-12-05,950\n")
    run_import("history", [crawl1], tmp_path / "c1.jsonl", store=store)
    today = tmp_path / "today.jsonl"
    run_import("history", [history("crawl2", "weibo,lu,2025-12-10,1000\n")], today, store=store)
    (row,) = [CreatorRecord.model_validate_json(line) for line in today.read_bytes().splitlines()]
    # OUT holds what the import read, not the store's Dec 1 and Dec 5 as if its own
    assert [s.date.isoformat() for s in row.follower_history] == ["2025-12-10"]
    fix = history("fix", "weibo,lu,2025-12-05,5000\n")
    run_import("history", [fix], tmp_path / "fix.jsonl", store=store)
    assert _stored(store)["2025-12-05"] == 5000
    # `fraud score today.jsonl --store`: completed from the store (the correction) ...
    recorder = StoreRecorder(store)
    (completed,) = recorder.complete(iter_raw_records(today))
    assert isinstance(completed.payload, CreatorRecord)
    assert {s.date.isoformat(): s.followers for s in completed.payload.follower_history} == {
        "2025-12-01": 900,
        "2025-12-05": 5000,
        "2025-12-10": 1000,
    }
    recorder.record([SimpleNamespace(number=completed.number, result=SCORE)])
    assert _stored(store) == {"2025-12-01": 900, "2025-12-05": 5000, "2025-12-10": 1000}


def test_a_trusted_service_records_the_request_not_its_completed_history(
    store: CreatorStore,
) -> None:
    store.record_snapshots(
        [_record("2025-12-06T12:00:00Z", 960, {"2025-12-01": 900, "2025-12-05": 950})]
    )
    writes: list[list[str]] = []
    original = store.record_snapshots

    def spy(records: Any, **options: Any) -> int:
        records = list(records)
        writes.append([s.date.isoformat() for r in records for s in r.follower_history])
        return original(records, **options)

    store.record_snapshots = spy  # type: ignore[method-assign]
    settings = ServiceSettings(store_trusts_client_history=True)
    app = create_app(settings, scorer_factory=StubScorer, store=store)
    request = _record("2025-12-10T12:00:00Z", 1000).model_dump(mode="json", exclude_none=True)
    with local_client(app) as client:
        _wait_ready(client)
        assert client.post("/v1/score", json=request).status_code == 200
        batch = client.post("/v1/score/batch", json={"creators": [request]})
        assert batch.status_code == 200
    assert writes == [[], []]  # the request's own (no history), never the store's copies
    assert _stored(store)["2025-12-10"] == 1000


def test_a_count_completed_from_the_store_never_rewrites_its_date(store: CreatorStore) -> None:
    store.record_snapshots([_record("2025-12-05T12:00:00Z", 950)])
    # an import completed a profile from the store's Dec 5 count (observed_at) ...
    completed = CreatorRecord.model_validate(
        {
            "creator_id": "lu",
            "platform": "weibo",
            "as_of": "2025-12-10T12:00:00Z",
            "profile": {"followers": 950, "observed_at": "2025-12-05"},
        }
    )
    store.record_snapshots([_record("2025-12-06T12:00:00Z", 960, {"2025-12-05": 5000})])
    store.record_snapshots([completed])  # ... scored after a correction of Dec 5
    assert _stored(store) == {"2025-12-05": 5000, "2025-12-06": 960}
    store.record_snapshots([completed.model_copy(update={"creator_id": "new"})])
    assert [s.followers for s in store.snapshots("weibo", "new")] == [950]  # a new date: added
