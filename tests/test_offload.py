"""The scoring gate: requests waiting together are scored together, and each gets its own answer."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import orjson
import pytest
from fastapi import HTTPException

from fraud.schema import CreatorRecord
from service.main import create_app
from service.offload import ScoringGate
from service.settings import ServiceSettings
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


def test_items_waiting_together_are_scored_in_one_call_each_with_its_own_answer() -> None:
    async def scenario() -> tuple[list[Any], Recorder]:
        gate, recorder = ScoringGate(), Recorder()
        release, held = await _hold_thread(gate)
        items = ["a", "bad", "c", "d"]
        calls = [asyncio.ensure_future(gate.run_batched("kind", recorder, item)) for item in items]
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


def test_a_lone_item_is_scored_at_once_and_batches_keep_their_bound() -> None:
    async def scenario() -> Recorder:
        gate, recorder = ScoringGate(max_batch=2), Recorder()
        assert await gate.run_batched("kind", recorder, "alone") == "scored alone"
        release, held = await _hold_thread(gate)
        calls = [
            asyncio.ensure_future(gate.run_batched("kind", recorder, item)) for item in "vwxyz"
        ]
        await _settle()
        release.set()
        assert await asyncio.gather(*calls) == [f"scored {item}" for item in "vwxyz"]
        await held
        gate.shutdown()
        return recorder

    recorder = asyncio.run(scenario())
    assert recorder.batches == [["alone"], ["v", "w"], ["x", "y"], ["z"]]


def test_kinds_are_never_mixed_in_one_batch() -> None:
    async def scenario() -> tuple[Recorder, Recorder]:
        gate, first, second = ScoringGate(), Recorder(), Recorder()
        release, held = await _hold_thread(gate)
        calls = [
            asyncio.ensure_future(gate.run_batched(kind, function, f"{kind}{n}"))
            for n in range(2)
            for kind, function in (("one", first), ("two", second))
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


def test_an_item_whose_budget_ran_out_before_it_started_is_dropped() -> None:
    async def scenario() -> tuple[BaseException | Any, Any, Recorder]:
        gate, recorder = ScoringGate(budget_seconds=0.05), Recorder()
        release, held = await _hold_thread(gate)
        late = asyncio.ensure_future(gate.run_batched("kind", recorder, "late"))
        await asyncio.sleep(0.2)  # past the budget, still waiting for the thread
        release.set()
        outcome = await asyncio.gather(late, return_exceptions=True)
        with pytest.raises(HTTPException):
            await held  # (the holder itself ran past the budget)
        gate.budget_seconds = 10
        after = await gate.run_batched("kind", recorder, "next")
        assert gate.in_flight == 0
        gate.shutdown()
        return outcome[0], after, recorder

    late, after, recorder = asyncio.run(scenario())
    assert isinstance(late, HTTPException) and late.status_code == 503
    assert after == "scored next"
    assert recorder.batches == [["next"]]  # "late" never reached the batch function


def test_a_failing_batch_function_fails_every_item_of_its_batch() -> None:
    def explode(items: Sequence[Any]) -> list[Any]:
        raise RuntimeError("boom")

    def short(items: Sequence[Any]) -> list[Any]:
        return []  # fewer answers than items: an error, not a silent loss

    async def scenario() -> list[Any]:
        gate = ScoringGate()
        answers = [
            *await asyncio.gather(gate.run_batched("x", explode, 1), return_exceptions=True),
            *await asyncio.gather(gate.run_batched("y", short, 1), return_exceptions=True),
        ]
        gate.shutdown()
        return answers

    exploded, shorted = asyncio.run(scenario())
    assert isinstance(exploded, RuntimeError) and str(exploded) == "boom"
    assert isinstance(shorted, RuntimeError) and "0 answers for 1 items" in str(shorted)


def test_concurrent_score_requests_are_batched_and_answer_what_each_got_alone(
    scorer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Requests that wait together are scored in one call; each answer is byte for byte the
    answer to that creator scored alone, and a bad body among them gets its own 422."""
    import service.routes.score as score_route

    batch_sizes: list[int] = []
    first = threading.Event()
    original = score_route._score_bodies

    def recording(items: Sequence[Any]) -> list[Any]:
        batch_sizes.append(len(items))
        if not first.is_set():  # hold the first batch so that the others pile up
            first.set()
            threading.Event().wait(0.5)
        return original(items)

    monkeypatch.setattr(score_route, "_score_bodies", recording)
    bodies = _examples() + _generated(6) + [b'{"creator_id": "x", "platform": "nowhere"}']
    headers = {"content-type": "application/json"}
    app = create_app(ServiceSettings(), scorer=scorer)
    with local_client(app) as client, ThreadPoolExecutor(len(bodies)) as pool:
        post = lambda body: client.post("/v1/score", content=body, headers=headers)  # noqa: E731
        responses = list(pool.map(post, bodies))
    assert max(batch_sizes) > 1 and sum(batch_sizes) == len(bodies)
    for body, response in zip(bodies[:-1], responses, strict=False):
        assert response.status_code == 200, response.text
        alone = scorer.score(CreatorRecord.model_validate_json(body)).model_dump_json().encode()
        assert response.content == alone
    refused = responses[-1]
    assert refused.status_code == 422
    assert orjson.loads(refused.content)["detail"][0]["loc"][:2] == ["body", "platform"]
