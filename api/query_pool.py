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
the thread runner's writer) and sends the bytes back as they are (``query_frames``): the job goes
out and the answer comes in on the server's event loop, with no thread and no pickled answer.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import pickle
import resource
import signal
import socket
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sahelkg.api.query_frames import (
    ANSWER,
    JOB,
    MEMORY,
    READY,
    REFUSED,
    read_frame,
    read_frame_async,
    send_frame,
    send_frame_async,
)
from sahelkg.api.runner import Deadline, QueryBusy, QueryTimeout

SOCKET_BUFFER_BYTES = 4 * 2**20


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
    body: memoryview  # the worker's bytes, in the buffer they were read into


@dataclass(frozen=True, slots=True)
class QueryRefused:
    """The query failed in the worker with an error for the client (status and message)."""

    status: int
    message: str
    extra: dict[str, Any] = field(default_factory=dict)  # the error's other fields (hint, line, column)


class _Worker:
    def __init__(self, context: Any, store_path: Path, memory_mb: int) -> None:
        self.sock, child = socket.socketpair()
        # room for a whole answer of a few MiB in the socket, so the worker hands it over in one
        # write instead of waiting for the server to read each part (the kernel caps it at wmem_max)
        child.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SOCKET_BUFFER_BYTES)
        self.process = context.Process(target=_serve, args=(child, str(store_path), memory_mb, os.getpid()),
                                       daemon=True, name="sahelkg-query")
        self.process.start()
        child.close()
        self.sock.setblocking(False)  # read and written on the event loop
        self.ready = False

    def wait_ready(self, timeout: float = 120.0) -> bool:
        """Wait for the worker to have loaded its modules (its start is not the query's time)."""
        if not self.ready:
            try:
                frame = read_frame(self.sock, timeout)
            except (TimeoutError, OSError):
                frame = None
            self.ready = frame is not None and frame.kind == READY
        return self.ready

    def kill(self) -> None:
        try:
            os.kill(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:  # it died on its own (a query past the memory bound)
            pass
        self.process.join(5)
        self.sock.close()


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
            async with asyncio.timeout(job.timeout):
                await self._slots.acquire()
        except TimeoutError:
            raise QueryBusy(self.size, job.timeout) from None
        self._busy += 1
        try:
            outcome = await self._ask(await self._take(job), job)
        finally:
            self._busy -= 1
            self._slots.release()
        if isinstance(outcome, QueryRefused):
            raise ApiError(outcome.status, outcome.message, **outcome.extra)
        return outcome

    async def _take(self, job: QueryJob) -> _Worker:
        """An idle worker, ready; starting one (or waiting for a fresh one to be ready) happens in a
        thread, so the event loop only ever waits for a worker that is already there."""
        with self._lock:
            worker = self._idle.pop() if self._idle else None
        if worker is not None and worker.ready and worker.process.is_alive():
            return worker
        return await asyncio.to_thread(self._ready_worker, worker, job)

    def _ready_worker(self, worker: _Worker | None, job: QueryJob) -> _Worker:
        if worker is None or not worker.process.is_alive():
            if worker is not None:
                worker.kill()
            worker = _Worker(self._context, self.store_path, self.memory_mb)
        if not worker.wait_ready():
            worker.kill()
            raise QueryBusy(self.size, job.timeout)
        return worker

    async def _ask(self, worker: _Worker, job: QueryJob) -> QueryAnswer | QueryRefused:
        deadline = Deadline(job.timeout)  # from the moment a ready worker has the query
        generation = self.version()
        try:
            async with asyncio.timeout(deadline.remaining()):
                await send_frame_async(worker.sock, JOB, pickle.dumps((generation, job)))
                frame = await read_frame_async(worker.sock)
        except TimeoutError:  # past the deadline: stop it now, its CPU and memory come back at once
            self._discard(worker)
            raise QueryTimeout(job.timeout) from None
        except (EOFError, OSError):  # it died answering: past the memory bound
            self._discard(worker)
            raise QueryOutOfMemory(self.memory_mb) from None
        except BaseException:  # cancelled halfway through an answer: the worker's state is unknown
            self._discard(worker)
            raise
        with self._lock:
            self._idle.append(worker)
        if frame.kind == MEMORY:
            raise QueryOutOfMemory(self.memory_mb)
        if frame.kind == REFUSED:
            return QueryRefused(*pickle.loads(frame.meta))
        return QueryAnswer(frame.meta.decode(), memoryview(frame.body))

    def _discard(self, worker: _Worker) -> None:
        """Kill ``worker`` and start its replacement in the background."""
        worker.kill()

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


# ------------------------------------------------------------------------------ the worker side


def _limit_memory(memory_mb: int) -> None:
    limit = memory_mb * 1024 * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))


def _serve(sock: socket.socket, store_path: str, memory_mb: int, parent: int) -> None:
    """A worker: answer the jobs that come on ``sock`` until the server goes away."""
    from sahelkg.api.errors import ApiError
    from sahelkg.api.routers.sparql import execute_query
    from sahelkg.graph.store.oxigraph import OxigraphStore
    from sahelkg.ingest.job.worker import exit_with_parent

    threading.Thread(target=exit_with_parent, args=(parent,), daemon=True).start()
    _limit_memory(memory_mb)
    store: OxigraphStore | None = None
    generation = -1
    try:
        send_frame(sock, READY)
        while (frame := read_frame(sock)) is not None:
            wanted, job = pickle.loads(frame.meta)
            try:
                if store is None or wanted != generation:
                    if store is not None:
                        store.close()
                    store = OxigraphStore(Path(store_path), read_only=True)
                    generation = wanted
                fmt, body = execute_query(store, job, Deadline(job.timeout), native=True)
                reply: tuple[bytes, bytes, bytes] = (ANSWER, fmt.content_type.encode(), body)
                del body
            except ApiError as exc:
                reply = _refused(exc.status, exc.message, dict(exc.extra))
            except QueryTimeout:
                reply = _refused(504, f"query exceeded the {job.timeout:g} s time limit")
            except MemoryError:
                reply = (MEMORY, b"", b"")
            except Exception as exc:  # noqa: BLE001 - anything else is the query's failure, not the worker's
                reply = _refused(400, f"query failed: {type(exc).__name__}: {exc}")
            send_frame(sock, *reply)
            del reply  # the answer's bytes go before the next job comes
    except OSError:  # the server has gone
        return


def _refused(status: int, message: str, extra: dict[str, Any] | None = None) -> tuple[bytes, bytes, bytes]:
    return REFUSED, pickle.dumps((status, message, extra or {})), b""
