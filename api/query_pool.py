"""SPARQL queries in worker processes that can be stopped: over the embedded store opened
read-only, each under a memory bound, killed and replaced at the deadline.

pyoxigraph cannot cancel a query, and a thread cannot be killed: a query past its deadline would
keep its CPU, its memory and its slot until the engine finished (a sort over a cross product runs
for minutes and takes gigabytes). So ``/sparql`` queries run in a small pool of processes (one per
slot, ``max_concurrent_queries``). Each worker opens the store read-only (RocksDB allows that
beside the server's writable instance), reopens it when a write has changed the store (the
store counts its writes), and limits its own data segment (``RLIMIT_DATA``,
``query_memory_mb``): a query that needs more fails in its worker, not in the server. The server
waits for the answer until the deadline; then it kills the worker (its CPU and memory are free at
once) and starts a fresh one, so late queries never hold a slot.

The worker serialises the answer in the format asked for (SELECT results with pyoxigraph's own
serialiser, which no deadline can interrupt: the worker is killed instead; CONSTRUCT/DESCRIBE with
the thread runner's writer) and sends the bytes back, so nothing but bytes crosses the process
boundary.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.connection
import os
import resource
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sahelkg.api.runner import Deadline, QueryBusy, QueryTimeout


class QueryOutOfMemory(Exception):
    """The query needed more memory than a query may use."""

    def __init__(self, limit_mb: int) -> None:
        super().__init__(f"the query needed more than the {limit_mb} MiB of memory a query may use "
                         "and was stopped; narrow it (a LIMIT does not bound a sort or a join)")
        self.limit_mb = limit_mb


@dataclass(frozen=True, slots=True)
class QueryJob:
    """What a worker needs to answer one query: the query, its dataset and the format asked for."""

    sparql: str
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    accept: str | None
    requested: str | None
    base_iri: str
    timeout: float


@dataclass(frozen=True, slots=True)
class QueryAnswer:
    content_type: str
    body: bytes


@dataclass(frozen=True, slots=True)
class QueryRefused:
    """The query failed in the worker with an error for the client (status and message)."""

    status: int
    message: str
    extra: dict[str, Any] = field(default_factory=dict)  # the error's other fields (hint, line, column)


class _Worker:
    def __init__(self, context: Any, store_path: Path, memory_mb: int) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, str(store_path), memory_mb, os.getpid()),
                                       daemon=True, name="sahelkg-query")
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float = 120.0) -> bool:
        """Wait for the worker to have loaded its modules (its start is not the query's time)."""
        if not self.ready:
            try:
                self.ready = self.conn.poll(timeout) and self.conn.recv() == "ready"
            except (EOFError, OSError):
                self.ready = False
        return self.ready

    def kill(self) -> None:
        try:
            os.kill(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:  # it died on its own (a query past the memory bound)
            pass
        self.process.join(5)
        self.conn.close()


class QueryProcessPool:
    """``size`` worker processes answering queries one at a time each (see the module docstring)."""

    def __init__(self, store_path: Path, size: int, memory_mb: int, version: Callable[[], int]) -> None:
        self.store_path = Path(store_path)
        self.version = version  # changes with every write to the store (workers then reopen it)
        self.size = size
        self.memory_mb = memory_mb
        method = "forkserver" if sys.platform.startswith("linux") else "spawn"
        self._context = multiprocessing.get_context(method)
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._busy = 0
        self._slots: asyncio.Semaphore | None = None

    @property
    def running(self) -> int:
        return self._busy

    def start(self) -> None:
        """Start the workers in the background (at server startup, so the first queries find them
        ready)."""
        def start() -> None:
            while True:
                with self._lock:
                    if len(self._idle) + self._busy >= self.size:
                        return
                worker = _Worker(self._context, self.store_path, self.memory_mb)
                worker.wait_ready()
                with self._lock:
                    self._idle.append(worker)

        threading.Thread(target=start, name="sahelkg-query-start", daemon=True).start()

    async def run(self, job: QueryJob) -> QueryAnswer:
        """The answer to ``job``; raises QueryTimeout (the worker was killed), QueryOutOfMemory,
        QueryBusy (no slot before the deadline) or ApiError for the client's mistakes."""
        from sahelkg.api.errors import ApiError

        if self._slots is None:
            self._slots = asyncio.Semaphore(self.size)
        try:
            await asyncio.wait_for(self._slots.acquire(), timeout=job.timeout)
        except TimeoutError:
            raise QueryBusy(self.size, job.timeout) from None
        self._busy += 1
        try:
            outcome = await asyncio.to_thread(self._ask, job)
        finally:
            self._busy -= 1
            self._slots.release()
        if isinstance(outcome, QueryRefused):
            raise ApiError(outcome.status, outcome.message, **outcome.extra)
        return outcome

    def _take(self) -> _Worker:
        with self._lock:
            worker = self._idle.pop() if self._idle else None
        if worker is None or not worker.process.is_alive():
            if worker is not None:
                worker.kill()
            worker = _Worker(self._context, self.store_path, self.memory_mb)
        return worker

    def _ask(self, job: QueryJob) -> QueryAnswer | QueryRefused:
        worker = self._take()
        if not worker.wait_ready():
            worker.kill()
            raise QueryBusy(self.size, job.timeout)
        deadline = Deadline(job.timeout)  # from the moment a ready worker has the query
        generation = self.version()
        try:
            worker.conn.send((generation, job))
            ready = worker.conn.poll(deadline.remaining())
            outcome = worker.conn.recv() if ready else None
        except (EOFError, OSError, BrokenPipeError):
            outcome = _DIED
        if outcome is None:  # past the deadline: stop it now, its CPU and memory come back at once
            worker.kill()
            self._replace()
            raise QueryTimeout(job.timeout)
        if outcome is _DIED:
            worker.kill()
            self._replace()
            raise QueryOutOfMemory(self.memory_mb)
        kind, payload = outcome
        with self._lock:
            self._idle.append(worker)
        if kind == "memory":
            raise QueryOutOfMemory(self.memory_mb)
        if kind == "refused":
            return QueryRefused(*payload)
        return QueryAnswer(*payload)

    def _replace(self) -> None:
        def start() -> None:
            fresh = _Worker(self._context, self.store_path, self.memory_mb)
            with self._lock:
                self._idle.append(fresh)

        threading.Thread(target=start, name="sahelkg-query-respawn", daemon=True).start()

    def close(self) -> None:
        with self._lock:
            workers, self._idle = self._idle, []
        for worker in workers:
            worker.kill()


_DIED = ("died", None)


# ------------------------------------------------------------------------------ the worker side


def _limit_memory(memory_mb: int) -> None:
    limit = memory_mb * 1024 * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))


def _serve(conn: multiprocessing.connection.Connection, store_path: str, memory_mb: int, parent: int) -> None:
    """A worker: answer queries from ``conn`` until the server goes away."""
    from sahelkg.api.errors import ApiError
    from sahelkg.api.routers.sparql import execute_query
    from sahelkg.graph.store.oxigraph import OxigraphStore
    from sahelkg.ingest.job.worker import exit_with_parent

    threading.Thread(target=exit_with_parent, args=(parent,), daemon=True).start()
    _limit_memory(memory_mb)
    conn.send("ready")
    store: OxigraphStore | None = None
    generation = -1
    while True:
        try:
            wanted, job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if store is None or wanted != generation:
                if store is not None:
                    store.close()
                store = OxigraphStore(Path(store_path), read_only=True)
                generation = wanted
            fmt, body = execute_query(store, job, Deadline(job.timeout), native=True)
            conn.send(("ok", (fmt.content_type, body)))
        except ApiError as exc:
            conn.send(("refused", (exc.status, exc.message, dict(exc.extra))))
        except QueryTimeout:
            conn.send(("refused", (504, f"query exceeded the {job.timeout:g} s time limit")))
        except MemoryError:
            conn.send(("memory", None))
        except Exception as exc:  # noqa: BLE001 - anything else is the query's failure, not the worker's
            conn.send(("refused", (400, f"query failed: {type(exc).__name__}: {exc}")))
