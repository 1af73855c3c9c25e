"""The scoring gate: requests waiting together are scored together, and each gets its own answer."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
import pytest
from fastapi import HTTPException

from fraud.schema import CreatorRecord
from service.main import create_app
from service.offload import ScoringGate
from service.settings import ServiceSettings
from tests.test_cli import StubScorer
from tests.test_service import local_client
from tests.test_service_speed import _examples, _generated


class Recorder:
    """A batch function that records its batches; an item "bad" answers an exception."""

    def __init__(self) -> None:
        self.batches: list[list[Any]] = []

    def __call__(self, items: Sequence[Any]) -> list[Any]:
        self.batches.append(list(items))
        return [ValueError(f"bad {item}") if item == "bad" else f"scored {item}" for item in items]


async def _hold_thread(gate: ScoringGate) -> tuple[threading.Event, asyncio.Future[Any]]:
    """Occupy the gate's only thread until the returned event is set."""
    release, started = threading.Event(), threading.Event()

    def hold() -> None:
        started.set()
        release.wait(10)

    held = asyncio.ensure_future(gate.run(hold))
    while not started.is_set():
        await asyncio.sleep(0.001)
    return release, held


async def _settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


def _waiting_calls(
    gate: ScoringGate, function: Any, items: Sequence[Any], sizes: Sequence[int] | None = None
) -> list[asyncio.Future[Any]]:
    sizes = sizes or [0] * len(items)
    return [
        asyncio.ensure_future(gate.run_batched(function, item, size))
        for item, size in zip(items, sizes, strict=True)
    ]


def test_items_waiting_together_are_scored_in_one_call_each_with_its_own_answer() -> None:
    async def scenario() -> tuple[list[Any], Recorder]:
        gate, recorder = ScoringGate(), Recorder()
        release, held = await _hold_thread(gate)
        calls = _waiting_calls(gate, recorder, ["a", "bad", "c", "d"])
        await _settle()
        assert gate.in_flight == 5
        release.set()
        answers = await asyncio.gather(*calls, return_exceptions=True)
        await held
        assert gate.in_flight == 0
        gate.shutdown()
        return answers, recorder

    answers, recorder = asyncio.run(scenario())
    assert recorder.batches == [["a", "bad", "c", "d"]]
    assert answers[0] == "scored a" and answers[2] == "scored c" and answers[3] == "scored d"
    assert isinstance(answers[1], ValueError) and str(answers[1]) == "bad bad"


def test_a_lone_item_is_scored_at_once_and_batches_keep_their_bounds() -> None:
    """At most ``max_batch`` items and ``max_batch_bytes`` of them per call, oldest first;
    an item larger than the byte bound goes alone."""

    async def scenario() -> tuple[Recorder, Recorder]:
        counted, sized = Recorder(), Recorder()
        gate = ScoringGate(max_batch=2, max_batch_bytes=100)
        assert await gate.run_batched(counted, "alone") == "scored alone"
        release, held = await _hold_thread(gate)
        calls = _waiting_calls(gate, counted, list("vwxyz"))
        calls += _waiting_calls(gate, sized, ["p", "q", "big", "r"], [60, 40, 500, 10])
        await _settle()
        release.set()
        assert await asyncio.gather(*calls) == [f"scored {item}" for item in "vwxyz"] + [
            "scored p",
            "scored q",
            "scored big",
            "scored r",
        ]
        await held
        gate.shutdown()
        return counted, sized

    counted, sized = asyncio.run(scenario())
    assert counted.batches == [["alone"], ["v", "w"], ["x", "y"], ["z"]]
    assert sized.batches == [["p", "q"], ["big"], ["r"]]


def test_batch_functions_are_never_mixed_in_one_call() -> None:
    async def scenario() -> tuple[Recorder, Recorder]:
        gate, first, second = ScoringGate(), Recorder(), Recorder()
        release, held = await _hold_thread(gate)
        calls = [
            asyncio.ensure_future(gate.run_batched(function, f"{name}{n}"))
            for n in range(2)
            for name, function in (("one", first), ("two", second))
        ]
        await _settle()
        release.set()
        await asyncio.gather(*calls)
        await held
        gate.shutdown()
        return first, second

    first, second = asyncio.run(scenario())
    assert first.batches == [["one0", "one1"]]
    assert second.batches == [["two0", "two1"]]


def test_an_item_whose_caller_gave_up_before_it_started_is_dropped() -> None:
    """Out of budget, or its awaiting task cancelled (a client went away): never scored."""

    async def scenario() -> tuple[BaseException | Any, Any, Recorder]:
        gate, recorder = ScoringGate(budget_seconds=0.05), Recorder()
        release, held = await _hold_thread(gate)
        late = asyncio.ensure_future(gate.run_batched(recorder, "late"))
        gone = asyncio.ensure_future(gate.run_batched(recorder, "gone"))
        await _settle()
        gone.cancel()
        await asyncio.sleep(0.2)  # past the budget, still waiting for the thread
        release.set()
        outcome = await asyncio.gather(late, return_exceptions=True)
        with pytest.raises(HTTPException):
            await held  # (the holder itself ran past the budget)
        gate.budget_seconds = 10
        after = await gate.run_batched(recorder, "next")
        assert gate.in_flight == 0
        gate.shutdown()
        return outcome[0], after, recorder

    late, after, recorder = asyncio.run(scenario())
    assert isinstance(late, HTTPException) and late.status_code == 503
    assert after == "scored next"
    assert recorder.batches == [["next"]]  # neither "late" nor "gone" reached the function


def test_shutdown_cancels_waiting_items_and_refuses_new_ones() -> None:
    async def scenario() -> tuple[list[Any], Recorder]:
        gate, recorder = ScoringGate(), Recorder()
        release, held = await _hold_thread(gate)
        waiting = _waiting_calls(gate, recorder, ["w1", "w2"])
        await _settle()
        gate.shutdown()
        with pytest.raises(RuntimeError):
            await gate.run_batched(recorder, "after")
        outcomes = await asyncio.gather(*waiting, return_exceptions=True)
        release.set()
        await held
        assert gate.in_flight == 0
        assert not any(gate._waiting[recorder])  # the refused item is not left queued
        return outcomes, recorder

    outcomes, recorder = asyncio.run(scenario())
    assert all(isinstance(outcome, asyncio.CancelledError) for outcome in outcomes)
    assert recorder.batches == []


def test_a_failing_batch_function_fails_every_item_of_its_batch() -> None:
    def explode(items: Sequence[Any]) -> list[Any]:
        raise RuntimeError("boom")

    def short(items: Sequence[Any]) -> list[Any]:
        return []  # fewer answers than items: an error, not a silent loss

    async def scenario() -> list[Any]:
        gate = ScoringGate()
        answers = [
            *await asyncio.gather(gate.run_batched(explode, 1), return_exceptions=True),
            *await asyncio.gather(gate.run_batched(short, 1), return_exceptions=True),
        ]
        assert gate.in_flight == 0
        gate.shutdown()
        return answers

    exploded, shorted = asyncio.run(scenario())
    assert isinstance(exploded, RuntimeError) and str(exploded) == "boom"
    assert isinstance(shorted, RuntimeError) and "0 answers for 1 items" in str(shorted)


# --------------------------------------------------------------------------- the score route


@contextmanager
def _first_batch_held(
    monkeypatch: pytest.MonkeyPatch, app: Any, waiting: int
) -> Iterator[list[int]]:
    """Record the route's batch sizes; hold its first batch until ``waiting`` requests are
    in the gate, so that the others wait together."""
    import service.routes.score as score_route

    sizes: list[int] = []
    original: Callable[[Sequence[Any]], list[Any]] = score_route._score_bodies

    def held(items: Sequence[Any]) -> list[Any]:
        if not sizes:
            deadline = time.monotonic() + 10
            while app.state.gate.in_flight < waiting and time.monotonic() < deadline:
                time.sleep(0.005)
        sizes.append(len(items))
        return original(items)

    monkeypatch.setattr(score_route, "_score_bodies", held)
    yield sizes


def _post_all(client: Any, bodies: list[bytes]) -> list[Any]:
    headers = {"content-type": "application/json"}
    with ThreadPoolExecutor(len(bodies)) as pool:
        return list(
            pool.map(lambda b: client.post("/v1/score", content=b, headers=headers), bodies)
        )


def test_concurrent_score_requests_are_batched_and_answer_what_each_got_alone(
    scorer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each answer is byte for byte the creator scored alone; a bad body gets its own 422."""
    bodies = _examples() + _generated(6) + [b'{"creator_id": "x", "platform": "nowhere"}']
    app = create_app(ServiceSettings(), scorer=scorer)
    with _first_batch_held(monkeypatch, app, len(bodies)) as sizes, local_client(app) as client:
        responses = _post_all(client, bodies)
    assert max(sizes) > 1 and sum(sizes) == len(bodies)
    for body, response in zip(bodies[:-1], responses, strict=False):
        assert response.status_code == 200, response.text
        alone = scorer.score(CreatorRecord.model_validate_json(body)).model_dump_json().encode()
        assert response.content == alone
    refused = responses[-1]
    assert refused.status_code == 422
    assert orjson.loads(refused.content)["detail"][0]["loc"][:2] == ["body", "platform"]


def test_a_record_the_scorer_fails_on_costs_only_its_own_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The stub scorer fails a whole call holding "explode": the batch is scored again one
    record at a time, the others get their answers, "explode" a clean 500."""
    base = orjson.loads(_examples()[0])
    bodies = [orjson.dumps({**base, "creator_id": name}) for name in ("a", "explode", "c")]
    app = create_app(ServiceSettings(), scorer=StubScorer())
    held = _first_batch_held(monkeypatch, app, len(bodies))
    with held as sizes, local_client(app, raise_server_exceptions=False) as client:
        responses = _post_all(client, bodies)
    assert max(sizes) > 1
    assert [r.status_code for r in responses] == [200, 500, 200]
    assert "boom" not in responses[1].text
    assert [orjson.loads(responses[i].content)["creator_id"] for i in (0, 2)] == ["a", "c"]


def test_with_a_store_a_creator_sent_twice_in_one_batch_sees_its_first_snapshot(
    scorer: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Two snapshots of one creator waiting together answer as one after the other: the
    later one's history holds the earlier one's recorded count."""
    from fraud.store import CreatorStore

    base = orjson.loads(_examples()[0])
    base["follower_history"] = []
    first = {**base, "as_of": "2026-03-01T00:00:00Z", "profile": {**base["profile"]}}
    second = {**base, "as_of": "2026-03-05T00:00:00Z", "profile": {**base["profile"]}}
    first["profile"]["followers"], second["profile"]["followers"] = 10_000, 30_000
    other = {**base, "creator_id": f"{base['creator_id']}-other"}
    bodies = [orjson.dumps(creator) for creator in (other, first, second)]
    headers = {"content-type": "application/json"}

    def answers(batched: bool, directory: Path) -> tuple[list[bytes], list[int]]:
        directory.mkdir()
        store = CreatorStore.open(directory / "store.db")
        # (dated in 2026: every date may be stored, see test_service_store)
        app = create_app(ServiceSettings(store_observed_days=36500), scorer=scorer, store=store)
        sizes: list[int] = []
        try:
            if not batched:
                with local_client(app) as client:
                    responses = [
                        client.post("/v1/score", content=b, headers=headers) for b in bodies
                    ]
            else:  # "other" holds the thread while the two snapshots arrive, in order
                with (
                    _first_batch_held(monkeypatch, app, len(bodies)) as sizes,
                    local_client(app) as client,
                    ThreadPoolExecutor(len(bodies)) as pool,
                ):
                    futures = []
                    for number, body in enumerate(bodies, start=1):
                        futures.append(
                            pool.submit(client.post, "/v1/score", content=body, headers=headers)
                        )
                        deadline = time.monotonic() + 10
                        while app.state.gate.in_flight < number and time.monotonic() < deadline:
                            time.sleep(0.002)
                    responses = [future.result() for future in futures]
        finally:
            store.close()
        assert all(r.status_code == 200 for r in responses)
        return [r.content for r in responses], sizes

    one_by_one, _ = answers(False, tmp_path / "serial")
    together, sizes = answers(True, tmp_path / "batched")
    assert sizes == [1, 2]  # "other" alone, then both snapshots in one call (two rounds)
    assert b"follower history has 2 snapshots" in one_by_one[2]
    assert together == one_by_one
