"""Queries run in worker threads under a deadline, at most ``max_concurrent_queries`` at a time.

pyoxigraph has no query timeout and releases the GIL while it evaluates, so a query runs in a
thread of its own and the event loop stays free for other requests. The caller waits at most until
the deadline, then answers 504; the worker checks the same deadline between solutions (see
:class:`Deadline`), so a query that streams results stops consuming as soon as it is late. A single
step that blocks inside the engine (a sort, an aggregate) finishes in its thread, holding its slot
until then: slots are released only when the work really stops, so late queries cannot pile up.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

_SLOT_POLL_S = 0.005
_SLOT_POLL_MAX_S = 0.05


class QueryTimeout(Exception):
    """The query ran past its deadline."""

    def __init__(self, timeout: float) -> None:
        super().__init__(f"query exceeded the {timeout:g} s time limit")
        self.timeout = timeout


class QueryBusy(Exception):
    """No query slot became free before the deadline."""

    def __init__(self, slots: int, timeout: float) -> None:
        super().__init__(f"all {slots} query slots stayed busy for {timeout:g} s; try again later")
        self.slots = slots


class Deadline:
    """A point in time a query must finish by; ``check()`` raises :class:`QueryTimeout` after it."""

    __slots__ = ("timeout", "at")

    def __init__(self, timeout: float | None) -> None:
        self.timeout = timeout
        self.at = None if timeout is None else time.monotonic() + timeout

    def remaining(self) -> float | None:
        return None if self.at is None else max(0.0, self.at - time.monotonic())

    def expired(self) -> bool:
        return self.at is not None and time.monotonic() >= self.at

    def check(self) -> None:
        if self.expired():
            raise QueryTimeout(self.timeout or 0.0)


class QueryRunner:
    """Runs blocking store work in a bounded pool of threads, each under a deadline."""

    def __init__(self, max_concurrent: int, timeout: float) -> None:
        if max_concurrent < 1:
            raise ValueError(f"max_concurrent_queries must be at least 1, not {max_concurrent}")
        if timeout <= 0:
            raise ValueError(f"query_timeout must be positive, not {timeout}")
        self.max_concurrent = max_concurrent
        self.timeout = timeout
        self._slots = threading.BoundedSemaphore(max_concurrent)
        self._executor = ThreadPoolExecutor(max_workers=max_concurrent, thread_name_prefix="sahelkg-query")
        self._running = 0
        self._lock = threading.Lock()

    @property
    def running(self) -> int:
        """Queries whose thread is still working (including late ones still finishing)."""
        return self._running

    async def _acquire(self, deadline: Deadline) -> None:
        pause = _SLOT_POLL_S
        while not self._slots.acquire(blocking=False):
            if deadline.expired():
                raise QueryBusy(self.max_concurrent, self.timeout)
            await asyncio.sleep(pause)
            pause = min(pause * 2, _SLOT_POLL_MAX_S)

    def _work(self, fn: Callable[[Deadline], T], deadline: Deadline) -> T:
        try:
            return fn(deadline)
        finally:
            with self._lock:
                self._running -= 1
            self._slots.release()

    def submit(self, fn: Callable[[Deadline], T], deadline: Deadline) -> Future[T]:
        """Start ``fn`` in a worker thread now; the caller must hold a slot (see ``run``)."""
        with self._lock:
            self._running += 1
        try:
            return self._executor.submit(self._work, fn, deadline)
        except BaseException:
            with self._lock:
                self._running -= 1
            self._slots.release()
            raise

    async def run(self, fn: Callable[[Deadline], T], *, timeout: float | None = None) -> T:
        """Run ``fn(deadline)`` in a worker thread and return its result.

        Raises :class:`QueryBusy` when no slot frees up in time and :class:`QueryTimeout` when the
        work is not done by the deadline (``timeout`` or the runner's default).
        """
        deadline = Deadline(timeout or self.timeout)
        await self._acquire(deadline)
        future = asyncio.wrap_future(self.submit(fn, deadline))
        try:
            return await asyncio.wait_for(asyncio.shield(future), deadline.remaining())
        except TimeoutError:
            future.add_done_callback(_consume)
            raise QueryTimeout(deadline.timeout or 0.0) from None

    async def await_future(self, future: Future[T]) -> T:
        """Wait for work started elsewhere (a shared cache build) at most ``timeout`` seconds."""
        wrapped = asyncio.wrap_future(future)
        try:
            return await asyncio.wait_for(asyncio.shield(wrapped), self.timeout)
        except TimeoutError:
            wrapped.add_done_callback(_consume)
            raise QueryTimeout(self.timeout) from None

    def start_unbounded(self, fn: Callable[[], T]) -> Future[T]:
        """Start work with no deadline of its own (a cache build); it takes a slot when one is free."""
        future: Future[T] = Future()

        def work() -> None:
            self._slots.acquire()
            with self._lock:
                self._running += 1
            try:
                future.set_result(fn())
            except BaseException as exc:  # handed to whoever awaits the future
                future.set_exception(exc)
            finally:
                with self._lock:
                    self._running -= 1
                self._slots.release()

        threading.Thread(target=work, name="sahelkg-cache-build", daemon=True).start()
        return future

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


def _consume(future: asyncio.Future[object]) -> None:
    """Retrieve a late result or error so asyncio does not log it as never retrieved."""
    if not future.cancelled():
        future.exception()
