"""A request whose write finds the store locked by another process answers 503 within a few
seconds (review s47 of the store): the service's writes waited SQLite's busy timeout of
60 s on each of five tries, so a request hung for minutes behind a CLI import. The service
now waits at most ``LOCK_TIMEOUT`` in all and answers 503 with Retry-After; the command
line keeps its patience."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from fraud.schema import CreatorRecord
from fraud.store import BUSY_TIMEOUT, CreatorStore, is_locked
from service.main import create_app
from service.routes import creators
from tests.test_cli import StubScorer
from tests.test_service import _wait_ready, local_client

#: what "a few seconds" means here: the bound, and the test's margin beyond it
PATIENCE = 5.0


def _creator(creator_id: str) -> dict[str, Any]:
    return {
        "creator_id": creator_id,
        "platform": "weibo",
        "as_of": datetime.now(UTC).isoformat(),  # today: the service records it
        "profile": {"followers": 5000},
    }


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "s.sqlite"
    CreatorStore.open(path).close()
    return path


@contextlib.contextmanager
def _locked(path: Path, lock: str, at_most: float) -> Iterator[None]:
    """The store's write lock held by another connection (as by another process), let go
    after ``at_most`` seconds, or when the block ends if sooner."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute(f"BEGIN {lock}")
    once = threading.Lock()

    def let_go() -> None:
        with once:
            if holder.in_transaction:
                holder.execute("ROLLBACK")

    timer = threading.Timer(at_most, let_go)
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        let_go()
        timer.join()
        holder.close()


@pytest.mark.parametrize("lock", ["IMMEDIATE", "EXCLUSIVE"])
@pytest.mark.parametrize("route", ["/v1/score", "/v1/score/batch"])
def test_a_write_behind_another_process_lock_is_a_quick_503(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, lock: str, route: str
) -> None:
    monkeypatch.setenv("FRAUD_STORE", str(store_path))
    app = create_app(scorer=StubScorer())
    with local_client(app, raise_server_exceptions=False) as client:
        _wait_ready(client)
        creator = _creator("c1")
        body = creator if route == "/v1/score" else {"creators": [creator]}
        with _locked(store_path, lock, at_most=PATIENCE + 2):  # another process writing
            started = time.monotonic()
            answer = client.post(route, json=body)
            took = time.monotonic() - started
        assert took < PATIENCE, f"answered {answer.status_code} after {took:.1f} s"
        assert answer.status_code == 503, answer.text
        assert answer.headers["retry-after"] == "1"
        assert answer.json() == {"detail": creators.STORE_BUSY}
        assert took + 0.5 >= creators.LOCK_TIMEOUT  # it did wait for the lock a while
        again = client.post(route, json=body)  # the lock let go: the same request is served
        assert again.status_code == 200, again.text
        assert client.get("/v1/creators/weibo/c1").json()["scores"]
    app.state.store.close()


def _record(creator_id: str) -> CreatorRecord:
    return CreatorRecord.model_validate(_creator(creator_id))


def test_a_stores_write_waits_its_lock_timeout_in_all(store_path: Path) -> None:
    with CreatorStore.open(store_path, lock_timeout=0.5) as store:
        with _locked(store_path, "IMMEDIATE", at_most=5.0):
            started = time.monotonic()
            with pytest.raises(OperationalError) as caught:
                store.record_snapshots([_record("c1")])
            took = time.monotonic() - started
        assert is_locked(caught.value)
        assert 0.4 < took < 1.5  # not 0.5 s on each of five tries
        assert store.record_snapshots([_record("c1")]) == 1
        assert store.partition("a").lock_timeout == 0.5


def test_the_command_line_keeps_its_patience(store_path: Path) -> None:
    with CreatorStore.open(store_path) as store:
        assert store.lock_timeout is None  # each try waits BUSY_TIMEOUT
        assert BUSY_TIMEOUT == 60.0
        with _locked(store_path, "IMMEDIATE", at_most=1.0):
            started = time.monotonic()
            assert store.record_snapshots([_record("c1")]) == 1  # waited its turn
            assert time.monotonic() - started >= 0.9


def test_requests_waiting_together_are_not_each_given_the_lock_timeout(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # review s48: requests scored together in one round were recorded one by one, each
    # waiting LOCK_TIMEOUT, so eight concurrent ones took eight timeouts (16 s)
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setenv("FRAUD_STORE", str(store_path))
    app = create_app(scorer=StubScorer())
    with local_client(app, raise_server_exceptions=False) as client:
        _wait_ready(client)

        def post(n: int) -> tuple[int, float]:
            started = time.monotonic()
            answer = client.post("/v1/score", json=_creator(f"c{n}"))
            return answer.status_code, time.monotonic() - started

        with _locked(store_path, "IMMEDIATE", at_most=30), ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(post, range(8)))
    app.state.store.close()
    assert [code for code, _ in answers] == [503] * 8
    # the first alone, the rest in one round behind it: two timeouts at most, and a margin
    assert max(took for _, took in answers) < 2 * creators.LOCK_TIMEOUT + 1.5, answers
