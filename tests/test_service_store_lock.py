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
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import orjson
import pytest
import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

import fraud.store
from fraud.schema import CreatorRecord, ScoreResult
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
def _locked(path: Path, lock: str, at_most: float) -> Iterator[Callable[[], None]]:
    """The store's write lock held by another connection (as by another process), let go
    after ``at_most`` seconds, or when the block ends if sooner, or when the block calls
    what it is given."""
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
        yield let_go
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


def _result(creator_id: str) -> ScoreResult:
    return StubScorer().score(_record(creator_id))


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


def test_requests_queued_behind_a_locked_round_are_not_held_past_their_lock_timeout(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # review s48: eight concurrent requests behind a lock took 16 s (a timeout each), then 4 s:
    # the first alone, and the seven queued behind it waited for its round, then a timeout
    # of their own. Their wait for the lock counts from their arrival: they are answered when
    # the first gives up, before the lock is let go half a timeout later, not served after it.
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setenv("FRAUD_STORE", str(store_path))
    app = create_app(scorer=StubScorer())
    with local_client(app, raise_server_exceptions=False) as client:
        _wait_ready(client)

        def post(n: int) -> int:
            return client.post("/v1/score", json=_creator(f"c{n}")).status_code

        with (
            _locked(store_path, "IMMEDIATE", at_most=1.5 * creators.LOCK_TIMEOUT),
            ThreadPoolExecutor(8) as pool,
        ):
            codes = list(pool.map(post, range(8)))
        assert client.post("/v1/score", json=_creator("c0")).status_code == 200  # let go
    app.state.store.close()
    assert codes == [503] * 8


def test_the_rest_of_a_round_is_scored_once_the_lock_is_let_go(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # after one member of a round found the store locked, the others try once without
    # waiting: 503 if it still is, scored if it was let go meanwhile (they were all 503)
    from service.routes.score import ScoreItem, _score_bodies

    scorer = StubScorer()
    with CreatorStore.open(store_path, lock_timeout=1.0) as store:
        with _locked(store_path, "IMMEDIATE", at_most=30) as let_go:
            record = store.record

            def record_then_let_go(*args: Any, **kwargs: Any) -> None:
                try:
                    record(*args, **kwargs)
                finally:
                    let_go()

            monkeypatch.setattr(store, "record", record_then_let_go)
            body, now = orjson.dumps, time.monotonic()
            items = [
                ScoreItem(scorer, store, body(_creator(f"c{n}")), "application/json", now)
                for n in range(4)
            ]
            answers = _score_bodies(items)
        assert is_locked(answers[0])  # type: ignore[arg-type]
        assert [type(answer) for answer in answers[1:]] == [bytes] * 3
        assert [len(store.scores("weibo", f"c{n}")) for n in range(4)] == [0, 1, 1, 1]


def test_a_writes_parts_share_one_lock_deadline(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # FRAUD_STORE_TRUST_CLIENT_HISTORY=1 (CreatorStore.record): the snapshots and the score
    # are written in turn, and each part had a fresh lock timeout (a request could wait two or
    # three). Here the first part spends the whole timeout (the clock moves on as it commits)
    # and another process takes the lock before the second, letting it go soon after: the
    # second part may not wait for it.
    offset = [0.0]
    clock = SimpleNamespace(monotonic=lambda: time.monotonic() + offset[0], sleep=time.sleep)
    monkeypatch.setattr(fraud.store, "time", clock)
    with CreatorStore.open(store_path, lock_timeout=creators.LOCK_TIMEOUT) as store:
        holding: list[contextlib.AbstractContextManager[Any]] = []

        def first_part_done(*_: Any) -> None:
            if not holding:
                offset[0] = creators.LOCK_TIMEOUT
                holding.append(_locked(store_path, "IMMEDIATE", at_most=0.5))
                holding[0].__enter__()

        sa.event.listen(store.engine, "checkin", first_part_done)
        try:
            with pytest.raises(OperationalError) as caught:
                store.record([(_record("c1"), _result("c1"))])
        finally:
            for held in holding:
                held.__exit__(None, None, None)
        assert is_locked(caught.value)
        assert store.snapshots("weibo", "c1") and not store.scores("weibo", "c1")


def test_a_give_up_long_past_leaves_a_queued_write_its_patience(store_path: Path) -> None:
    # Review s49: a request counted its lock wait from its arrival whenever any write had
    # given up on the lock since, however long ago: once that lock was let go, a write
    # crossing another for a fraction of a second was refused at once (503).
    with CreatorStore.open(store_path, lock_timeout=0.5) as store:
        arrived = time.monotonic()  # a request arrives and waits for the scoring thread
        with _locked(store_path, "IMMEDIATE", at_most=2.0), pytest.raises(OperationalError):
            store.record([(_record("a"), _result("a"))])  # the write ahead gives up
        time.sleep(0.6)  # the lock was let go more than a lock timeout ago
        with _locked(store_path, "IMMEDIATE", at_most=0.1):  # another writer, briefly
            store.record([(_record("r"), _result("r"))], deadline=store.write_deadline(arrived))
        assert store.scores("weibo", "r")


def test_a_write_queued_behind_a_recent_give_up_still_waits_a_moment(store_path: Path) -> None:
    # Right after a give-up the queued write's patience is what is left of its own timeout,
    # but never less than MIN_LOCK_WAIT: a crossing of a few milliseconds is not refused.
    with CreatorStore.open(store_path, lock_timeout=0.5) as store:
        arrived = time.monotonic()
        with _locked(store_path, "IMMEDIATE", at_most=2.0), pytest.raises(OperationalError):
            store.record([(_record("a"), _result("a"))])
        deadline = store.write_deadline(arrived)
        assert deadline is not None
        assert deadline - time.monotonic() <= fraud.store.MIN_LOCK_WAIT + 0.01
        with _locked(store_path, "IMMEDIATE", at_most=0.01):
            store.record([(_record("r"), _result("r"))], deadline=deadline)
        assert store.scores("weibo", "r")
