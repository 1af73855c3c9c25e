"""Scoring off the event loop, a few creators at a time, within a time budget.

Scoring is CPU-bound Python: on the event loop a large creator would stall every other
request, ``/healthz`` included. :class:`ScoringGate` runs it in a small thread pool instead
(one thread by default: the GIL runs one at a time anyway, and more threads would only hold
more request bodies in memory). Waiting work is bounded: beyond ``max_waiting`` requests, or
``max_waiting_bytes`` of their declared bodies, the gate answers 503 at once; the routes ask
it (:meth:`ScoringGate.admit`) before they read a body, so a refused body is never read.
A request not answered within the budget gets 503 too and leaves the count; work that has
not started by then is dropped, and work already running stops at its next check of the
:class:`Cancellation` it was given (Python cannot stop a thread from outside: the scorer
checks it between its steps, the routes between creators), so the process never runs more
than ``threads`` scorings at once and a thread is free again soon after a 503. A request
answered 503 leaves no side effect begun after it: work calls :meth:`Cancellation.commit`
before a write, and a caller whose budget runs out once its work has begun one waits for
the answer instead (the write is bounded by the store's own lock timeout), or for the
work's next check: a batch recorded in rounds (a creator sent twice) stops at the check
after a round's write, and its caller gets 503 with the rounds written so far kept (the
store's upserts make a retry rewrite the same rows).

Requests that wait together are scored together (:meth:`ScoringGate.run_batched`): when a
thread frees up it takes the waiting requests of the same kind, oldest first, up to
``max_batch`` of them and ``max_batch_bytes`` of bodies (always at least one), in one call.
A creator scored alone pays the fixed cost of every numpy and model call: a small one
(10 comments) cost about 3.5 ms of CPU alone against 1.6 ms each in a call of sixteen, a
realistic one (180 comments) about 11 ms against 5-7 ms (this machine, in process). A
request that arrives while a thread is idle is scored at once, alone: batching never makes
a request wait for company. The byte bound keeps a batch of large creators from holding many bodies' worth
of memory at once, and small requests from waiting long behind large ones in their batch.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from typing import Any, TypeVar

from fastapi import HTTPException, status
from starlette.requests import ClientDisconnect
from starlette.types import Receive

from fraud.scoring import ScoringCancelled

__all__ = [
    "Admission",
    "BatchFunction",
    "Cancellation",
    "ScoringCancelled",
    "ScoringGate",
    "unless_disconnected",
]

T = TypeVar("T")

#: Scores the items of one batch: one answer per item, in order; an exception in the list is
#: raised to that item's caller alone (a rejected body, say), not to the others.
BatchFunction = Callable[[Sequence[Any]], Sequence[Any]]

_Waiting = tuple[Any, int, "Future[Any]"]  # an item, its size in bytes, its caller's future


class Cancellation:
    """Whether a request's caller gave up on its work (its budget ran out, or the task
    awaiting it was cancelled): set by the gate, read by the work, which stops at its next
    check (:meth:`check`, or as the zero-argument stop check of
    :meth:`fraud.scoring.Scorer.score_many_with_rows`) and calls :meth:`commit` before a
    side effect (a store write), so that a caller answered 503 leaves none begun after it."""

    __slots__ = ("_committed", "_lock", "_set")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._set = False
        self._committed = False

    def is_set(self) -> bool:
        """Whether the caller gave up."""
        return self._set

    __call__ = is_set

    def check(self) -> None:
        """:class:`ScoringCancelled` when the caller gave up."""
        if self._set:
            raise ScoringCancelled

    def commit(self) -> None:
        """Before a side effect: :class:`ScoringCancelled` when the caller gave up, else
        the work is committed (:meth:`set` then says the caller must wait for its answer)."""
        with self._lock:
            if self._set:
                raise ScoringCancelled
            self._committed = True

    def set(self) -> bool:
        """The caller gives up: the work stops at its next check. ``True`` when the work
        has committed no side effect (its caller may be answered 503 now), ``False`` when
        it has (its caller waits for its answer, or for its :class:`ScoringCancelled`)."""
        with self._lock:
            self._set = True
            return not self._committed


class ScoringGate:
    """A bounded thread pool for scoring, with a per-request time budget."""

    def __init__(
        self,
        threads: int = 1,
        budget_seconds: float = 30.0,
        max_waiting: int = 64,
        max_batch: int = 16,
        max_batch_bytes: int = 2 * 1024 * 1024,
        max_waiting_bytes: int = 128 * 1024 * 1024,
    ):
        self.threads = max(1, threads)
        self.budget_seconds = budget_seconds
        self.max_waiting = max_waiting
        self.max_batch = max(1, max_batch)
        self.max_batch_bytes = max_batch_bytes
        self.max_waiting_bytes = max_waiting_bytes
        self._executor = ThreadPoolExecutor(self.threads, thread_name_prefix="fraud-score")
        self._in_flight = 0
        self._bytes_in_flight = 0
        self._lock = threading.Lock()
        # the items waiting for each batch function (the function is the kind of work)
        self._waiting: dict[BatchFunction, deque[_Waiting]] = {}

    @property
    def in_flight(self) -> int:
        """Requests running or waiting in the gate (their bodies read or being read)."""
        return self._in_flight

    @property
    def bytes_in_flight(self) -> int:
        """The body bytes the requests in the gate were admitted with."""
        return self._bytes_in_flight

    def admit(self, size: int = 0) -> Admission:
        """A place in the gate for a request of ``size`` body bytes, taken *before* its body is
        read (from its declared Content-Length): 503 at once when ``max_waiting`` requests
        or ``max_waiting_bytes`` of bodies are in the gate already (a request alone in the
        gate is always admitted). Pass it to :meth:`run` or :meth:`run_batched`, which free
        it; free it yourself (:meth:`Admission.release`) if the request ends before."""
        if self._in_flight >= self.threads + self.max_waiting or (
            self._in_flight and self._bytes_in_flight + size > self.max_waiting_bytes
        ):
            raise HTTPException(
                status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
                detail="the service is busy scoring; retry shortly",
                headers={"Retry-After": "1"},
            )
        self._in_flight += 1
        self._bytes_in_flight += size
        return Admission(self, size)

    async def run(
        self,
        function: Callable[..., T],
        *args: Any,
        admission: Admission | None = None,
        cancel: Cancellation | None = None,
    ) -> T:
        """``function(*args)`` in the pool; 503 when the gate is full or the budget runs out.

        ``admission``: the request's place, from :meth:`admit` (else one is taken now).
        ``cancel`` is set when the budget runs out (or the awaiting task is cancelled): a
        long ``function`` checks it between steps and stops, so that a request already
        answered 503 stops using the thread, and commits it before a side effect (see
        :class:`Cancellation`; a ``function`` raising :class:`ScoringCancelled` is a 503).
        """
        admission = admission or self.admit()
        loop = asyncio.get_running_loop()
        return await self._await(
            loop.run_in_executor(self._executor, functools.partial(function, *args)),
            admission,
            cancel,
        )

    async def run_batched(
        self,
        function: BatchFunction,
        item: Any,
        size: int = 0,
        admission: Admission | None = None,
        cancel: Cancellation | None = None,
    ) -> Any:
        """``function([item, ...])``'s answer for ``item`` (``size``: its bytes), scored in
        the pool together with the other items of ``function`` waiting when a thread frees up
        (see the module's docstring); 503 when the gate is full or the budget runs out (an
        item not started by then is dropped from its batch). ``admission``: as in :meth:`run`.
        ``cancel``: this item's, as in :meth:`run` (the item carries it too, for ``function``
        to read: it leaves out, and stops scoring for, items whose callers gave up)."""
        admission = admission or self.admit(size)
        future: Future[Any] = Future()
        entry: _Waiting = (item, size, future)
        with self._lock:
            self._waiting.setdefault(function, deque()).append(entry)
        try:
            # one drain per item: the first takes every item waiting, the others find fewer
            self._executor.submit(self._drain, function)
        except RuntimeError:  # shut down: nothing will take the item
            with self._lock:
                queue = self._waiting[function]
                self._waiting[function] = deque(e for e in queue if e is not entry)
            admission.release()
            raise
        return await self._await(asyncio.wrap_future(future), admission, cancel)

    async def _await(
        self,
        future: asyncio.Future[T],
        admission: Admission,
        cancel: Cancellation | None = None,
    ) -> T:
        """The answer of admitted work, within the budget; its place is freed either way.
        Out of budget, or cancelled, the work is given up (``cancel`` set, ``future``
        cancelled: dropped if not started), unless it has committed a side effect: then its
        answer is awaited still."""
        try:
            try:
                if self.budget_seconds <= 0:
                    return await asyncio.shield(future)
                return await asyncio.wait_for(asyncio.shield(future), self.budget_seconds)
            except TimeoutError:
                if cancel is None or cancel.set():
                    future.cancel()
                    raise self._out_of_budget() from None
                return await future  # committed: its answer (or ScoringCancelled) comes soon
            except asyncio.CancelledError:
                if cancel is not None:
                    cancel.set()
                future.cancel()
                raise
        except ScoringCancelled:  # the work stopped after the budget ran out
            raise self._out_of_budget() from None
        finally:
            admission.release()

    def _out_of_budget(self) -> HTTPException:
        # No Retry-After: the same request would run out of time again.
        return HTTPException(
            status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
            detail=(
                f"scoring did not finish within the {self.budget_seconds:g} s budget; "
                "send fewer or smaller creators per request"
            ),
        )

    def _drain(self, function: BatchFunction) -> None:
        """In the pool: score the items of ``function`` waiting now, in one call. Every item
        taken gets an answer or an error, whatever happens (its caller awaits it)."""
        taken: list[tuple[Any, Future[Any]]] = []
        try:
            with self._lock:
                queue = self._waiting.get(function)
                total = 0
                while queue and len(taken) < self.max_batch:
                    item, size, future = queue[0]
                    if taken and total + size > self.max_batch_bytes:
                        break
                    queue.popleft()
                    if future.set_running_or_notify_cancel():  # False: its caller gave up
                        taken.append((item, future))
                        total += size
            if not taken:
                return
            answers = function([item for item, _ in taken])
            if len(answers) != len(taken):
                raise RuntimeError(f"{len(answers)} answers for {len(taken)} items")
            for (_, future), answer in zip(taken, answers, strict=True):
                if isinstance(answer, BaseException):
                    future.set_exception(answer)
                else:
                    future.set_result(answer)
        except BaseException as error:
            for _, future in taken:
                if not future.done():
                    future.set_exception(error)

    def _release(self, size: int) -> None:
        self._in_flight -= 1
        self._bytes_in_flight -= size

    def shutdown(self) -> None:
        """Stop taking work; drop what has not started."""
        self._executor.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            for queue in self._waiting.values():
                while queue:
                    queue.popleft()[2].cancel()


class Admission:
    """A request's place in a :class:`ScoringGate` (see :meth:`ScoringGate.admit`)."""

    __slots__ = ("_gate", "_size")

    def __init__(self, gate: ScoringGate, size: int) -> None:
        self._gate: ScoringGate | None = gate
        self._size = size

    def release(self) -> None:
        """Free the place (once; later calls do nothing)."""
        gate, self._gate = self._gate, None
        if gate is not None:
            gate._release(self._size)


async def unless_disconnected(receive: Receive, work: Awaitable[T]) -> T:
    """``work``'s answer, unless the client goes away first (the server's ``http.disconnect``
    on ``receive``, read once the request's body has been read): then ``work`` is cancelled,
    as a caller past its budget is (:meth:`ScoringGate.run` and :meth:`ScoringGate.run_batched`
    set its :class:`Cancellation`: work not started is dropped, work running stops at its next
    check and records nothing more), and :class:`ClientDisconnect` is raised (the app answers
    it with one quiet log line). A client that sends a large body and hangs up, or gives up
    on its own timeout, so costs no scoring after it has gone."""
    task = asyncio.ensure_future(work)
    watcher = asyncio.ensure_future(_until_disconnected(receive))
    try:
        await asyncio.wait((task, watcher), return_when=asyncio.FIRST_COMPLETED)
    finally:
        if not task.done():
            task.cancel()
            with suppress(BaseException):
                await task  # its clean-up: the gate's place freed, the cancellation set
        watcher.cancel()
        with suppress(BaseException):
            await watcher
    if task.cancelled():  # the client went away first
        raise ClientDisconnect()
    return task.result()


async def _until_disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass  # (nothing else comes once the body has been read)
