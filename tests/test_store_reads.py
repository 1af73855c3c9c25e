"""Reads never wait for the write lock (review s47, finding 3): every transaction began with
``BEGIN IMMEDIATE``, so a one-creator read (the service's history completion, its GET
/v1/creators route, ``fraud history``) queued behind a CLI import's flush (6.6 s for 200
creators) and, behind a lock held past the 60 s busy timeout, the GET answered 500. Reads now
begin deferred and, the store being in WAL mode, read the last committed state at once; a
store locked past the timeout is a 503 with Retry-After in the service."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

import fraud.store
from fraud.schema import CreatorRecord
from fraud.store import CreatorStore
from service.main import create_app
from service.settings import ServiceSettings
from tests.test_cli import StubScorer
from tests.test_service import _wait_ready, local_client

RECORD = {
    "creator_id": "c1",
    "platform": "weibo",
    "as_of": "2026-01-10T00:00:00Z",
    "profile": {"followers": 5000},
}


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CreatorStore]:
    monkeypatch.setattr(fraud.store, "BUSY_TIMEOUT", 0.5)  # a lock waited on fails in 0.5 s
    opened = CreatorStore.open(tmp_path / "s.sqlite")
    opened.record([(CreatorRecord.model_validate(RECORD), _score())])
    yield opened
    opened.close()


def _score() -> Any:
    return StubScorer().score(CreatorRecord.model_validate(RECORD))


def test_a_read_does_not_wait_for_a_writer(tmp_path: Path, store: CreatorStore) -> None:
    writer = sqlite3.connect(tmp_path / "s.sqlite", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process's write in progress
    writer.execute(
        "INSERT INTO snapshots(namespace, platform, creator_id, date, followers, recorded_at)"
        " VALUES ('', 'weibo', 'c1', '2026-01-11', 9, '2026')"
    )
    try:
        started = time.monotonic()
        history = store.history("weibo", "c1")  # what GET /v1/creators and fraud history read
        completed = store.complete_history(CreatorRecord.model_validate(RECORD))
        took = time.monotonic() - started
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert took < 0.4
    assert [s["followers"] for s in history["snapshots"]] == [5000]  # the committed state
    assert len(history["scores"]) == 1 and len(completed.follower_history) == 1


def _locked(*_: Any, **__: Any) -> Any:
    raise OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))


def test_a_locked_store_is_a_503_with_retry_after(
    store: CreatorStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = create_app(ServiceSettings(), scorer_factory=StubScorer, store=store)
    with local_client(app, raise_server_exceptions=False) as client:
        _wait_ready(client)
        monkeypatch.setattr(store, "history", _locked)
        monkeypatch.setattr(store, "complete_history", _locked)
        for response in (
            client.get("/v1/creators/weibo/c1"),
            client.post("/v1/score", json=RECORD),
            client.post("/v1/score/batch", json={"creators": [RECORD]}),
        ):
            assert response.status_code == 503, response.text
            assert response.headers["retry-after"] == "1"
            assert "locked" in response.json()["detail"]
