"""Scoring off the event loop, a few creators at a time, within a time budget.

Scoring is CPU-bound Python: on the event loop a large creator would stall every other
request, ``/healthz`` included. :class:`ScoringGate` runs it in a small thread pool instead
(one thread by default: the GIL runs one at a time anyway, and more threads would only hold
more request bodies in memory). Waiting work is bounded: beyond ``max_waiting`` requests the
gate answers 503 at once. A request not answered within the budget gets 503 too; work that
has not started by then is dropped, work already running finishes in its thread (Python
cannot stop a thread) but holds its slot, so the process never runs more than ``threads``
scorings at once.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from fastapi import HTTPException, status

__all__ = ["ScoringGate"]

T = TypeVar("T")


class ScoringGate:
    """A bounded thread pool for scoring, with a per-request time budget."""

    def __init__(self, threads: int = 1, budget_seconds: float = 30.0, max_waiting: int = 64):
        self.threads = max(1, threads)
        self.budget_seconds = budget_seconds
        self.max_waiting = max_waiting
        self._executor = ThreadPoolExecutor(self.threads, thread_name_prefix="fraud-score")
        self._in_flight = 0

    @property
    def in_flight(self) -> int:
        """Requests running or waiting in the gate."""
        return self._in_flight

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in the pool; 503 when the gate is full or the budget runs out."""
        if self._in_flight >= self.threads + self.max_waiting:
            raise HTTPException(
                status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
                detail="the service is busy scoring; retry shortly",
                headers={"Retry-After": "1"},
            )
        self._in_flight += 1
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._executor, functools.partial(function, *args))
        try:
            if self.budget_seconds <= 0:
                return await future
            return await asyncio.wait_for(future, self.budget_seconds)
        except TimeoutError:
            raise HTTPException(
                status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
                detail=(
                    f"scoring did not finish within the {self.budget_seconds:g} s budget; "
                    "send fewer or smaller creators per request"
                ),
                headers={"Retry-After": "5"},
            ) from None
        finally:
            self._in_flight -= 1

    def shutdown(self) -> None:
        """Stop taking work; drop what has not started."""
        self._executor.shutdown(wait=False, cancel_futures=True)
