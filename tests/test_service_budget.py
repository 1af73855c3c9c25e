"""The scoring budget bounds the worker's work, not only the client's wait: a scoring whose
request was answered 503 stops at its next step, and leaves nothing recorded in the store."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pytest
from fastapi import HTTPException

import fraud.comment_quality as comment_quality
from fraud.schema import CreatorRecord
from fraud.scoring import Scorer, ScoringCancelled
from fraud.store import CreatorStore, creator_key
from service.main import create_app
from service.offload import Cancellation, ScoringGate
from service.routes.score import ObservedOnly, ScoreItem, _score_bodies
from service.settings import ServiceSettings
from tests.test_service import local_client
from tests.test_service_speed import _examples

JSON = {"content-type": "application/json"}
#: every date of the examples may be stored (the window of dates is tested elsewhere)
ANY_DATE_DAYS = 100 * 365
#: bounds on waits for a thread that should already be done: generous for a busy machine,
#: never reached when the code is right
SOON = 10.0


class GatedModel:
    """A creator model whose ``margins_and_contributions`` (the step after the features)
    waits for ``proceed`` the first ``hold`` times it is called, and which counts the calls
    of ``calibrate`` (the step after it): the call after a stop check."""

    def __init__(self, model: Any, hold: int = 1) -> None:
        self._model = model
        self.hold = hold
        self.entered = threading.Event()
        self.proceed = threading.Event()
        self.calibrated = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)

    def margins_and_contributions(self, matrix: np.ndarray) -> Any:
        if self.hold:
            self.hold -= 1
            self.entered.set()
            assert self.proceed.wait(SOON), "the test never let the step go on"
        return self._model.margins_and_contributions(matrix)

    def calibrate(self, margins: Any, regimes: Any) -> Any:
        self.calibrated += 1
        return self._model.calibrate(margins, regimes)


@pytest.fixture
def gated(scorer: Scorer) -> GatedModel:
    return GatedModel(scorer.creator_model)


@pytest.fixture
def slowed(scorer: Scorer, gated: GatedModel) -> Scorer:
    """The shipped models, the creator model gated (:class:`GatedModel`)."""
    return Scorer(gated, scorer.extractor)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CreatorStore]:
    opened = CreatorStore.open(tmp_path / "store.sqlite")
    yield opened
    opened.close()


def _creators() -> list[bytes]:
    """Example creators with distinct keys (each may be recorded on its own)."""
    return _examples()


def _key(body: bytes) -> tuple[str, str]:
    return creator_key(CreatorRecord.model_validate_json(body))


def _recorded(store: CreatorStore, body: bytes) -> dict[str, Any]:
    platform, creator_id = _key(body)
    return store.history(platform, creator_id)


def _nothing_recorded(store: CreatorStore, body: bytes) -> bool:
    history = _recorded(store, body)
    return history["snapshots"] == [] and history["scores"] == []


# -- the scorer's stop check ----------------------------------------------------------------


def test_a_stop_check_changes_no_result_and_stops_at_every_step(scorer: Scorer) -> None:
    records = [CreatorRecord.model_validate_json(body) for body in _creators()]
    expected = [result.model_dump_json() for result in scorer.score_many(records)]
    calls = 0

    def never() -> bool:
        nonlocal calls
        calls += 1
        return False

    results, _ = scorer.score_many_with_rows(records, never)
    assert [result.model_dump_json() for result in results] == expected
    event = threading.Event()
    results, _ = scorer.score_many_with_rows(records, event)  # an Event is read with is_set
    assert [result.model_dump_json() for result in results] == expected
    checks = calls
    # the steps: start, features, follower model (before, after), comment classifier
    # (before, after), creator model, and each creator's reasons
    assert checks >= 7 + len(records)
    for stop_at in range(1, checks + 1):
        seen = 0

        def at(k: int = stop_at) -> bool:
            nonlocal seen
            seen += 1
            return seen >= k

        with pytest.raises(ScoringCancelled):
            scorer.score_many_with_rows(records, at)
        assert seen == stop_at  # stopped at that check, not later


def test_the_classifier_is_checked_between_slices_of_texts(
    scorer: Scorer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Texts beyond one of the classifier's slices (of texts, or of characters) are decided
    slice by slice, a check before each: the same decisions."""
    records = [CreatorRecord.model_validate_json(body) for body in _creators()]
    expected = [result.model_dump_json() for result in scorer.score_many(records)]
    checks: list[int] = []

    def count(calls: list[int]) -> Any:
        def stop() -> bool:
            calls.append(1)
            return False

        return stop

    scorer.score_many_with_rows(records, count(checks))
    for bound, value in (("_SLICE", 7), ("_SLICE_CHARS", 300)):
        with monkeypatch.context() as patched:
            patched.setattr(comment_quality, bound, value)
            scorer.extractor.comment_classifier.clear_cache()  # type: ignore[union-attr]
            sliced: list[int] = []
            results, _ = scorer.score_many_with_rows(records, count(sliced))
        assert [result.model_dump_json() for result in results] == expected, bound
        assert len(sliced) > len(checks) + 10, bound


def test_a_cancelled_scoring_is_not_started_again_creator_by_creator(scorer: Scorer) -> None:
    """ScoringCancelled is no Exception: the batch engine's retry of a failed chunk, one
    creator at a time, lets it through."""
    from fraud.batch import score_records

    class Stopped:
        manifest = scorer.manifest

        def __init__(self) -> None:
            self.calls = 0

        def score_many(self, records: Any) -> Any:
            self.calls += 1
            return scorer.score_many_with_rows(records, lambda: True)[0]

    stopped = Stopped()
    records = [CreatorRecord.model_validate_json(body) for body in _creators()]
    with pytest.raises(ScoringCancelled):
        score_records(stopped, records)
    assert stopped.calls == 1


# -- the routes -----------------------------------------------------------------------------


def _app(scorer: Scorer, store: CreatorStore | None, budget: float) -> Any:
    settings = ServiceSettings(scoring_budget_seconds=budget, store_observed_days=ANY_DATE_DAYS)
    return create_app(settings, scorer=scorer, store=store)


@pytest.mark.parametrize("with_store", [False, True])
def test_a_single_creator_past_its_budget_stops_and_records_nothing(
    slowed: Scorer, gated: GatedModel, store: CreatorStore, with_store: bool
) -> None:
    first, second = _creators()[:2]
    app = _app(slowed, store if with_store else None, budget=0.3)
    with local_client(app) as client:
        answer = client.post("/v1/score", content=first, headers=JSON)
        assert answer.status_code == 503, answer.text
        assert "budget" in answer.json()["detail"]
        assert gated.entered.is_set() and gated.calibrated == 0  # held in the step: the 503
        gated.proceed.set()
        # one scoring thread: the next request is scored once the first has stopped
        app.state.gate.budget_seconds = SOON
        started = time.monotonic()
        after = client.post("/v1/score", content=second, headers=JSON)
        assert after.status_code == 200, after.text
        assert time.monotonic() - started < SOON / 2
    assert _nothing_recorded(store, first)
    assert gated.calibrated == 1  # the second's: the first stopped at the check after the step
    if with_store:
        assert not _nothing_recorded(store, second)


def test_a_batch_past_its_budget_stops_inside_its_chunk(
    slowed: Scorer, gated: GatedModel, store: CreatorStore
) -> None:
    """Three creators, one chunk: the check inside the scorer stops it (the route's own
    checks come between chunks, after this chunk's creator model and reasons)."""
    creators = [orjson.loads(body) for body in _creators()[:3]]
    app = _app(slowed, store, budget=0.3)
    with local_client(app) as client:
        answer = client.post("/v1/score/batch", json={"creators": creators})
        assert answer.status_code == 503, answer.text
        gated.proceed.set()
        app.state.gate.budget_seconds = SOON
        after = client.post("/v1/score", content=_creators()[3], headers=JSON)
        assert after.status_code == 200, after.text
    assert gated.calibrated == 1  # the single request's only
    assert all(_nothing_recorded(store, orjson.dumps(creator)) for creator in creators)


def test_a_503_in_a_shared_call_records_only_the_others_who_get_their_own_answers(
    scorer: Scorer, slowed: Scorer, gated: GatedModel, store: CreatorStore, tmp_path: Path
) -> None:
    """Two /v1/score requests scored in one call: the first's budget runs out while the call
    is held in a step (503, nothing recorded), the second's does not (recorded, and answered
    byte for byte as it would be alone on the same store)."""
    early, late = _creators()[:2]
    observed = ObservedOnly(store, ANY_DATE_DAYS)

    async def scenario() -> tuple[Any, Any]:
        gate = ScoringGate(budget_seconds=1.0)
        hold, held = threading.Event(), threading.Event()

        def occupy() -> None:
            held.set()
            hold.wait(SOON)

        holder = asyncio.ensure_future(gate.run(occupy))
        await asyncio.to_thread(held.wait, SOON)
        cancels = [Cancellation(), Cancellation()]
        items = [
            ScoreItem(slowed, observed, body, "application/json", time.monotonic(), cancel)
            for body, cancel in zip((early, late), cancels, strict=True)
        ]
        first = asyncio.ensure_future(
            gate.run_batched(_score_bodies, items[0], len(early), cancel=cancels[0])
        )
        await asyncio.sleep(0)  # the first waits with the budget of 1 s
        gate.budget_seconds = SOON  # ... the second with a long one
        second = asyncio.ensure_future(
            gate.run_batched(_score_bodies, items[1], len(late), cancel=cancels[1])
        )
        await asyncio.sleep(0)
        hold.set()
        await holder
        await asyncio.to_thread(gated.entered.wait, SOON)  # both taken, in one call
        assert not first.done(), "the first ran out of time before it was scored"
        with pytest.raises(HTTPException) as refused:
            await first
        assert cancels[0].is_set() and not cancels[1].is_set()
        gated.proceed.set()
        answer = await second
        gate.shutdown()
        return refused.value, answer

    refused, answer = asyncio.run(scenario())
    assert refused.status_code == 503
    assert gated.calibrated == 1  # one call for both
    assert _nothing_recorded(store, early)
    history = _recorded(store, late)
    assert history["snapshots"] and len(history["scores"]) == 1
    # alone, on a store as it was before
    alone_store = CreatorStore.open(tmp_path / "alone.sqlite")
    try:
        item = ScoreItem(scorer, ObservedOnly(alone_store, ANY_DATE_DAYS), late, "application/json")
        [alone] = _score_bodies([item])
        assert alone == answer
        assert _recorded(alone_store, late)["snapshots"] == history["snapshots"]
    finally:
        alone_store.close()


def test_a_write_begun_before_the_budget_ran_out_is_answered_not_503() -> None:
    """Work that committed a side effect (Cancellation.commit) before its budget ran out is
    awaited still: a 503 never hides a write made after it."""
    committed = threading.Event()

    def work(items: Any) -> list[Any]:
        cancel = items[0]
        cancel.commit()
        committed.set()
        deadline = time.monotonic() + SOON
        while not cancel.is_set():  # until the budget has run out
            assert time.monotonic() < deadline
            time.sleep(0.001)
        return ["written"]

    async def scenario() -> Any:
        gate = ScoringGate(budget_seconds=0.2)
        cancel = Cancellation()
        answer = await gate.run_batched(work, cancel, cancel=cancel)
        gate.shutdown()
        return answer

    assert asyncio.run(scenario()) == "written"
    assert committed.is_set()
    late = Cancellation()
    assert late.set() is True  # nothing committed: the caller may be answered at once
    with pytest.raises(ScoringCancelled):
        late.commit()


def test_a_caller_that_goes_away_gives_up_its_work() -> None:
    """The task awaiting an item cancelled (its client went away, or the server stops):
    the item's cancellation is set, so the work under way can stop."""
    started = threading.Event()
    seen: list[bool] = []

    def work(items: Any) -> list[Any]:
        cancel = items[0]
        started.set()
        deadline = time.monotonic() + 2.0
        while not cancel.is_set() and time.monotonic() < deadline:
            time.sleep(0.001)
        seen.append(cancel.is_set())
        return ["done"]

    async def scenario() -> None:
        gate = ScoringGate(budget_seconds=SOON)
        cancel = Cancellation()
        waiting = asyncio.ensure_future(gate.run_batched(work, cancel, cancel=cancel))
        await asyncio.to_thread(started.wait, SOON)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert gate.in_flight == 0
        await asyncio.to_thread(gate._executor.shutdown)  # the work has ended

    asyncio.run(scenario())
    assert seen == [True]


def test_requests_within_their_budget_answer_as_before(scorer: Scorer) -> None:
    """Cancellations that are never set change no answer (eight clients at once)."""
    bodies = _creators()
    app = _app(scorer, None, budget=30)
    alone = [
        scorer.score(CreatorRecord.model_validate_json(body)).model_dump_json().encode()
        for body in bodies
    ]
    with local_client(app) as client, ThreadPoolExecutor(4) as pool:
        responses = list(
            pool.map(lambda body: client.post("/v1/score", content=body, headers=JSON), bodies)
        )
    assert [response.content for response in responses] == alone


# -- a client that goes away ----------------------------------------------------------------


@pytest.mark.parametrize("path", ["/v1/score", "/v1/score/batch"])
@pytest.mark.parametrize("protocol", ["httptools", "h11"])
def test_a_client_that_hangs_up_stops_its_scoring_and_records_nothing(
    slowed: Scorer, gated: GatedModel, store: CreatorStore, path: str, protocol: str
) -> None:
    """On a real server: a client sends its creator and hangs up while the scoring is held in
    a step; the scoring stops at the check after it (the creator model's calibration never
    runs for it), nothing is recorded, and the thread is free for the next request. Before,
    the scoring ran to its end and recorded its score for nobody."""
    import socket

    from service.server import uvicorn_config
    from tests.test_service_abuse import uvicorn_thread

    creator = _creators()[0]
    body = creator if path == "/v1/score" else b'{"creators": [' + creator + b"]}"
    app = _app(slowed, store, budget=6 * SOON)  # (not what stops it)
    http = uvicorn_config("127.0.0.1", 0).http if protocol == "httptools" else "h11"
    with uvicorn_thread(app, http=http) as port:
        with socket.create_connection(("127.0.0.1", port)) as conn:
            head = (
                f"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            )
            conn.sendall(head.encode() + body)
            assert gated.entered.wait(SOON)  # held in the creator model's step
        # (the connection is closed: the server sees the client gone)
        deadline = time.monotonic() + SOON / 2  # (before the gated step gives up waiting)
        while app.state.gate.in_flight and time.monotonic() < deadline:
            time.sleep(0.01)
        assert app.state.gate.in_flight == 0  # its place freed while its step is still held
        gated.proceed.set()
        with socket.create_connection(("127.0.0.1", port)) as conn:
            second = _creators()[1]
            head = (
                "POST /v1/score HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                f"\r\nContent-Length: {len(second)}\r\nConnection: close\r\n\r\n"
            )
            conn.sendall(head.encode() + second)
            conn.settimeout(SOON)
            answer = b""
            while chunk := conn.recv(65536):
                answer += chunk
        assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
    assert gated.calibrated == 1  # the second request's only: the first stopped
    assert _nothing_recorded(store, creator)
    assert not _nothing_recorded(store, _creators()[1])
