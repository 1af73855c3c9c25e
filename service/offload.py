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
socket split the *connections* between them by chance (measured with 8 keep-alive
clients: one worker spent three times the CPU of the other, and its clients waited the
longer); one server with a scoring pool shares the *requests* evenly. The event loop then only reads, hands over and
writes: its process never runs the model. Each pool process has its own pipe, written and
read by the event loop itself (no helper threads: with a ``ProcessPoolExecutor`` their
hand-offs cost the server about 0.5 ms more CPU per request here); a request goes to whichever
process is idle, else waits its turn. A pool process that dies (killed, out of memory)
costs the request it held a 503, and is forked anew at once.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import pickle
from collections import deque
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from fastapi import HTTPException, status

__all__ = ["ScoringGate", "WorkerDied", "worker_state"]

T = TypeVar("T")
logger = logging.getLogger("uvicorn.error.fraud")

# What a pool process inherits from the server when it is forked (see ``worker_state``).
_WORKER_STATE: dict[str, Any] = {}


def worker_state() -> dict[str, Any]:
    """In a pool process: the ``state`` the server passed to :meth:`ScoringGate.start_processes`."""
    return _WORKER_STATE


def _worker_main(
    connection: Connection, state: dict[str, Any], server_ends: list[Connection]
) -> None:
    """A pool process: run each ``(function, args)`` received, send back its outcome."""
    for end in server_ends:  # inherited by the fork; held here, they would keep the pipes
        end.close()  # open after the server closes them, and no process would see the end
    _start_worker(state)
    while True:
        try:
            function, args = pickle.loads(connection.recv_bytes())
        except EOFError:  # the server closed the pipe: shut down
            return
        try:
            outcome: tuple[bool, Any] = (True, function(*args))
        except Exception as error:
            outcome = (False, error)
        try:
            payload = pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # an exception that does not pickle: its text does
            payload = pickle.dumps((False, RuntimeError(f"{type(error).__name__}: {error}")))
        connection.send_bytes(payload)


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


class WorkerDied(RuntimeError):
    """The pool process running a request ended before answering."""


class _Worker:
    def __init__(self, process: Any, connection: Connection) -> None:
        self.process = process
        self.connection = connection
        self.future: asyncio.Future[Any] | None = None


class _ProcessPool:
    """``size`` processes forked from this one, each fed through its own pipe by the loop."""

    def __init__(self, size: int, state: dict[str, Any]) -> None:
        self.loop = asyncio.get_running_loop()
        self.state = state
        self.context = multiprocessing.get_context("fork")
        self.workers: list[_Worker] = []
        self.idle: deque[_Worker] = deque()
        self.waiting: deque[asyncio.Future[_Worker]] = deque()
        self.closed = False
        for _ in range(size):
            self._spawn()

    def _spawn(self) -> None:
        ours, theirs = self.context.Pipe(duplex=True)
        process = self.context.Process(
            target=_worker_main,
            # The server's ends of every pipe, this one's included: the child closes them.
            args=(theirs, self.state, [ours, *(worker.connection for worker in self.workers)]),
            name="fraud-score",
            daemon=True,
        )
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self.workers.append(worker)
        self.loop.add_reader(ours.fileno(), self._on_answer, worker)
        self._release(worker)

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        worker = await self._acquire()
        future: asyncio.Future[Any] = self.loop.create_future()
        worker.future = future
        try:
            worker.connection.send_bytes(pickle.dumps((function, args), pickle.HIGHEST_PROTOCOL))
        except OSError:
            worker.future = None
            self._replace(worker)
            raise WorkerDied("a scoring process stopped") from None
        # Cancelled (the budget ran out): the process still works on it and stays taken
        # until it answers; the answer is then dropped (see _on_answer).
        result: T = await future
        return result

    async def _acquire(self) -> _Worker:
        if self.idle:
            return self.idle.popleft()
        turn: asyncio.Future[_Worker] = self.loop.create_future()
        self.waiting.append(turn)
        try:
            return await turn
        except asyncio.CancelledError:
            if turn.done() and not turn.cancelled():
                self._release(turn.result())  # given a process just as it gave up
            else:
                self.waiting.remove(turn)
            raise

    def _release(self, worker: _Worker) -> None:
        while self.waiting:
            turn = self.waiting.popleft()
            if not turn.done():
                turn.set_result(worker)
                return
        self.idle.append(worker)

    def _on_answer(self, worker: _Worker) -> None:
        future, worker.future = worker.future, None
        try:
            ok, value = pickle.loads(worker.connection.recv_bytes())
        except (EOFError, OSError):
            if future is not None and not future.done():
                future.set_exception(WorkerDied("a scoring process stopped"))
            self._replace(worker)
            return
        if future is not None and not future.done():
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
        self._release(worker)

    def _replace(self, worker: _Worker) -> None:
        self._forget(worker)
        if not self.closed:
            logger.error("a scoring process stopped; forking a new one")
            self._spawn()

    def _forget(self, worker: _Worker) -> None:
        self.loop.remove_reader(worker.connection.fileno())
        worker.connection.close()
        if worker in self.idle:
            self.idle.remove(worker)
        self.workers.remove(worker)
        worker.process.join(0)  # reap it if it has ended

    def pids(self) -> list[int]:
        """The pool's process ids."""
        return [worker.process.pid for worker in self.workers]

    def close(self) -> None:
        """Close the pipes (each process then ends) and wait a little for them."""
        self.closed = True
        for turn in self.waiting:
            turn.cancel()
        workers = list(self.workers)
        for worker in workers:
            if worker.future is not None and not worker.future.done():
                worker.future.set_exception(WorkerDied("the service is stopping"))
            self._forget(worker)
        for worker in workers:
            worker.process.join(1)
            if worker.process.is_alive():
                worker.process.terminate()


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
        self._pool: _ProcessPool | None = None
        self._in_flight = 0

    @property
    def in_flight(self) -> int:
        """Requests running or waiting in the gate."""
        return self._in_flight

    @property
    def isolated(self) -> bool:
        """True when :meth:`run_isolated` runs work in the process pool."""
        return self._pool is not None

    def pool_pids(self) -> list[int]:
        """The scoring processes' ids (none without a pool)."""
        return self._pool.pids() if self._pool is not None else []

    def start_processes(self, state: dict[str, Any]) -> None:
        """Fork the pool, on the running event loop's thread, once the model is loaded.

        ``state`` (e.g. the scorer) is inherited by the pool processes, not pickled: they
        read it with :func:`worker_state`. The processes end when the thread that forked
        them ends (``PR_SET_PDEATHSIG``): the loop's thread lives as long as the server.
        No-op without ``processes``.
        """
        if not self.processes:
            return
        if "fork" not in multiprocessing.get_all_start_methods():
            logger.warning("scoring processes need fork; scoring in threads instead")
            return
        self._pool = _ProcessPool(self.processes, state)

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in the thread pool; 503 when the gate is full or out of time."""
        return await self._run(
            lambda: asyncio.wrap_future(self._executor.submit(function, *args)), self.threads
        )

    async def run_isolated(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in a pool process when there is a pool, else as :meth:`run`.

        ``function`` must be a module-level function and ``args`` and its result picklable.
        """
        pool = self._pool
        if pool is None:
            return await self.run(function, *args)
        try:
            return await self._run(lambda: pool.run(function, *args), self.processes)
        except WorkerDied:
            raise HTTPException(
                status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
                detail="a scoring process stopped; retry shortly",
                headers={"Retry-After": "1"},
            ) from None

    async def _run(self, start: Callable[[], Awaitable[T]], workers: int) -> T:
        if self._in_flight >= workers + self.max_waiting:
            raise HTTPException(
                status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
                detail="the service is busy scoring; retry shortly",
                headers={"Retry-After": "1"},
            )
        self._in_flight += 1
        try:
            if self.budget_seconds <= 0:
                return await start()
            return await asyncio.wait_for(start(), self.budget_seconds)
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
        if self._pool is not None:
            self._pool.close()
            self._pool = None
