"""A store that cannot be opened for now (locked, unreachable) is retried in the background;
the service stays alive (``/healthz`` 200), not ready, and never waits for the opening at
shutdown (review r5, items 4 and 5)."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fraud.store import CreatorStore, StoreOpenError
from service.main import create_app
from service.routes import creators
from tests.conftest import load_sample
from tests.test_cli import StubScorer
from tests.test_service import local_client


def _until(check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(creators, "OPEN_TIMEOUT", 0.2)
    monkeypatch.setattr(creators, "RETRY_DELAYS", (0.05, 0.1))


@pytest.fixture
def locked_store(tmp_path: Path) -> Iterator[tuple[Path, sqlite3.Connection]]:
    """A store that needs an upgrade, whose write lock another connection holds (as another
    process would). A store at the latest schema opens without the lock (review s47: a read
    need not wait for a writer), so only an upgrade waits for it."""
    path = tmp_path / "locked.sqlite"
    older = CreatorStore.open(path, upgrade=False)
    older.upgrade("0004")
    older.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield path, holder
    holder.close()


def test_a_locked_store_is_retried_and_served_once_released(
    locked_store: tuple[Path, sqlite3.Connection],
    quick_retries: None,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    path, holder = locked_store
    caplog.set_level(logging.INFO, "uvicorn.error.fraud")
    monkeypatch.setenv("FRAUD_STORE", str(path))
    app = create_app(scorer=StubScorer())
    with local_client(app, raise_server_exceptions=False) as client:
        _until(lambda: caplog.text.count("database is locked") >= 2)  # retried
        assert client.get("/healthz").status_code == 200  # alive: it may recover
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert ready.json() == {"status": "loading", "detail": creators.STORE_NOT_OPEN}
        score = client.post("/v1/score", json=load_sample("genuine_koc_rednote"))
        assert score.status_code == 503
        assert score.json() == {"detail": creators.STORE_NOT_OPEN}
        assert score.headers["retry-after"] == "1"
        assert client.get("/v1/creators/rednote/abc").status_code == 503
        holder.execute("ROLLBACK")  # the other process lets go
        _until(lambda: client.get("/readyz").status_code == 200)
        assert client.get("/healthz").status_code == 200
        # observed now: a past as_of is used for the answer but not stored (test_service_store)
        creator = {**load_sample("genuine_koc_rednote"), "as_of": datetime.now(UTC).isoformat()}
        assert client.post("/v1/score", json=creator).status_code == 200
        history = client.get(f"/v1/creators/{creator['platform']}/{creator['creator_id']}")
        assert history.status_code == 200 and history.json()["scores"]
    assert "retrying in" in caplog.text
    assert "opened the store" in caplog.text and "failed attempt(s)" in caplog.text
    app.state.store.close()


class _FakeStores:
    """A stand-in for ``CreatorStore`` whose ``open`` fails as told, then opens a real store."""

    def __init__(self, tmp_path: Path, failures: list[Exception], block: float = 0.0):
        self.path = tmp_path / "fake.sqlite"
        self.failures = failures
        self.block = block
        self.calls = 0
        self.release = threading.Event()
        self.real_open = CreatorStore.open

    def open(self, location: str, **_: Any) -> CreatorStore:
        self.calls += 1
        if self.block:  # a database server that does not answer
            self.release.wait(self.block)
        if self.failures:
            raise self.failures.pop(0)
        return self.real_open(self.path)


def test_a_database_unreachable_at_startup_is_opened_when_it_comes_up(
    tmp_path: Path, quick_retries: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    unreachable = ConnectionRefusedError("connection refused")
    fake = _FakeStores(tmp_path, [unreachable, unreachable, TimeoutError("timed out")])
    monkeypatch.setattr(CreatorStore, "open", fake.open)
    monkeypatch.setenv("FRAUD_STORE", "postgresql://fraud:s3cret@db.invalid/fraud")
    app = create_app(scorer=StubScorer())
    with local_client(app) as client:
        _until(lambda: client.get("/readyz").status_code == 200)
        assert fake.calls == 4
        assert client.get("/healthz").status_code == 200
    app.state.store.close()


def test_a_lasting_failure_is_not_retried(
    tmp_path: Path, quick_retries: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = _FakeStores(tmp_path, [StoreOpenError("its schema is newer than this release's")])
    monkeypatch.setattr(CreatorStore, "open", fake.open)
    monkeypatch.setenv("FRAUD_STORE", str(tmp_path / "future.sqlite"))
    app = create_app(scorer=StubScorer())
    with local_client(app) as client:
        _until(lambda: client.get("/readyz").json()["status"] == "failed")
        assert client.get("/healthz").status_code == 503
        time.sleep(0.3)  # several retry delays
        assert fake.calls == 1


def test_shutdown_does_not_wait_for_a_store_still_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = _FakeStores(tmp_path, [], block=20.0)
    monkeypatch.setattr(CreatorStore, "open", fake.open)
    monkeypatch.setenv("FRAUD_STORE", "postgresql://db.invalid/fraud")
    app = create_app(scorer=StubScorer())
    client = local_client(app)
    client.__enter__()
    _until(lambda: fake.calls == 1)
    started = time.monotonic()
    client.__exit__(None, None, None)
    stopped_in = time.monotonic() - started
    fake.release.set()  # the attempt ends; its store is closed, not handed over
    _until(lambda: not app.state.store_opening)
    assert stopped_in < 2.0, f"shutdown waited {stopped_in:.1f} s for the store"
    assert getattr(app.state, "store", None) is None


def test_each_startup_attempt_waits_briefly_on_a_locked_sqlite_store(
    locked_store: tuple[Path, sqlite3.Connection],
) -> None:
    path, _holder = locked_store
    started = time.monotonic()
    with pytest.raises(Exception, match="database is locked"):
        CreatorStore.open(path, open_timeout=0.2)
    assert time.monotonic() - started < 2.0
