"""Scoring off the event loop, a few creators at a time, within a time budget.

Scoring is CPU-bound Python: on the event loop a large creator would stall every other
request, ``/healthz`` included. :class:`ScoringGate` runs it in a small thread pool instead
(one thread by default: the GIL runs one at a time anyway, and more threads would only hold
more request bodies in memory). Waiting work is bounded: beyond ``max_waiting`` requests the
gate answers 503 at once. A request not answered within the budget gets 503 too; work that
has not started by then is dropped, work already running finishes in its thread (Python
cannot stop a thread) but holds its slot, so the process never runs more than ``threads``
scorings at once.

With ``processes`` (``FRAUD_SCORING_PROCESSES``), :meth:`ScoringGate.run_isolated` runs work
in that many processes forked from the server once the model is loaded (the model's pages
are shared with them, copy-on-write), fed from one queue. Several uvicorn workers sharing a
socket split the *connections* between them by chance (with 8 clients, one worker often
holds 5 or 6 of them and its clients wait twice as long as the others'); one server with a
scoring pool shares the *requests* evenly. The event loop then only reads, hands over and
writes: its process never runs the model. A pool process that dies (killed, out of memory)
costs the requests it held a 503; the pool is forked anew for the next ones.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from fastapi import HTTPException, status

__all__ = ["ScoringGate", "worker_state"]

T = TypeVar("T")
logger = logging.getLogger("uvicorn.error.fraud")

# What a pool process inherits from the server when it is forked (see ``worker_state``).
_WORKER_STATE: dict[str, Any] = {}


def worker_state() -> dict[str, Any]:
    """In a pool process: the ``state`` the server passed to :meth:`ScoringGate.start_processes`."""
    return _WORKER_STATE


def _start_worker(state: dict[str, Any]) -> None:
    import signal

    # The server handles Ctrl-C and SIGTERM and then shuts the pool down; a pool process
    # must not run the server's handlers it inherited.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.set_wakeup_fd(-1)
    _die_with_parent()
    _WORKER_STATE.clear()
    _WORKER_STATE.update(state)


def _die_with_parent() -> None:
    """Ask Linux to end this process when the server dies, however it ends."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pool's shutdown still stops us
        pass


class ScoringGate:
    """A bounded thread pool (optionally a process pool) for scoring, with a time budget."""

    def __init__(
        self,
        threads: int = 1,
        budget_seconds: float = 30.0,
        max_waiting: int = 64,
        processes: int = 0,
    ):
        self.threads = max(1, threads)
        self.processes = max(0, processes)
        self.budget_seconds = budget_seconds
        self.max_waiting = max_waiting
        self._executor = ThreadPoolExecutor(self.threads, thread_name_prefix="fraud-score")
        self._pool: ProcessPoolExecutor | None = None
        self._pool_state: dict[str, Any] = {}
        self._in_flight = 0

    @property
    def in_flight(self) -> int:
        """Requests running or waiting in the gate."""
        return self._in_flight

    @property
    def isolated(self) -> bool:
        """True when :meth:`run_isolated` runs work in the process pool."""
        return self._pool is not None

    def start_processes(self, state: dict[str, Any]) -> None:
        """Fork the pool (blocking; call once the model is loaded). No-op without processes.

        ``state`` (e.g. the scorer) is inherited by the pool processes, not pickled: they
        read it with :func:`worker_state`. Call it from the thread that runs the event loop:
        the processes end when the thread that forked them ends (``PR_SET_PDEATHSIG``).
        """
        if not self.processes:
            return
        if "fork" not in multiprocessing.get_all_start_methods():
            logger.warning("scoring processes need fork; scoring in threads instead")
            return
        self._pool_state = state
        self._pool = self._fork_pool()

    def _fork_pool(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(
            self.processes,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_worker,
            initargs=(self._pool_state,),
        )
        # With fork, the first task forks every process: do it now, not in a request.
        for started in [pool.submit(os.getpid) for _ in range(self.processes)]:
            started.result()
        return pool

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in the thread pool; 503 when the gate is full or out of time."""
        return await self._run(lambda: self._executor.submit(function, *args))

    async def run_isolated(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in a pool process when there is a pool, else as :meth:`run`.

        ``function`` must be a module-level function and ``args`` and its result picklable.
        """
        pool = self._pool
        if pool is None:
            return await self.run(function, *args)
        try:
            return await self._run(lambda: pool.submit(function, *args))
        except BrokenProcessPool:
            logger.error("a scoring process died; forking the pool again")
            if self._pool is pool:
                self._pool = None
                pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._fork_pool()  # on the loop's thread: see start_processes
            raise HTTPException(
                status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
                detail="a scoring process stopped; retry shortly",
                headers={"Retry-After": "1"},
            ) from None

    async def _run(self, submit: Callable[[], Future[T]]) -> T:
        if self._in_flight >= self.workers + self.max_waiting:
            raise HTTPException(
                status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
                detail="the service is busy scoring; retry shortly",
                headers={"Retry-After": "1"},
            )
        self._in_flight += 1
        try:
            future = asyncio.wrap_future(submit())
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

    @property
    def workers(self) -> int:
        """Scorings that run at once: the pool's processes, else the threads."""
        return self.processes if self._pool is not None else self.threads

    def shutdown(self) -> None:
        """Stop taking work; drop what has not started."""
        self._executor.shutdown(wait=False, cancel_futures=True)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
