"""The local engine: read tasks done in this process (one worker) or in a pool of worker
processes, their results handed to the single writer in task order.

At most :data:`TASKS_IN_FLIGHT_PER_WORKER` tasks per worker are submitted at a time (a bounded
queue of paths in, extracted articles out), so memory stays flat however large the input. Each
worker process builds its extractor once, in the pool initializer. Results are taken in the order
of the tasks, so the first file read wins when two give the same article id, as in one process.

When a worker process dies (killed, out of memory), the pool is started again and the tasks not
yet written are submitted again; after :data:`POOL_RESTARTS` deaths the job stops with one line.
A worker leaves each result in a file of a folder of this job and sends back only its path, so
one killed while it answers cannot leave part of a message in the pool's pipe (the pool would
wait for the rest forever).
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sys
import tempfile
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from sahelkg.ingest.job.report import IngestError
from sahelkg.ingest.job.tasks import ReadTask
from sahelkg.ingest.job.worker import TaskResult, TaskRunner, init_worker, result_from_file, run_task_to_file
from sahelkg.ingest.job.writer import Writer

from sahelkg.settings import Settings

TASKS_IN_FLIGHT_PER_WORKER = 3
POOL_RESTARTS = 3


def _pool_context() -> multiprocessing.context.BaseContext:
    # forkserver: workers do not inherit this process's open store or threads
    method = "forkserver" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


def run_in_process(tasks: Sequence[ReadTask], settings: Settings, stored: Mapping[str, str],
                   writer: Writer) -> None:
    from sahelkg.ingest.job.extract import build_extractor

    runner = TaskRunner(build_extractor(settings), stored)
    for task in tasks:
        writer.task(runner.run(task))


def run_in_pool(tasks: Sequence[ReadTask], settings: Settings, stored: Mapping[str, str], writer: Writer,
                workers: int) -> None:
    left: deque[ReadTask] = deque(tasks)
    restarts = 0
    while left:
        try:
            for result in _pool_results(left, settings, stored, workers):
                left.popleft()
                writer.task(result)
        except BrokenProcessPool:
            restarts += 1
            if restarts > POOL_RESTARTS:
                first = left[0].parts[0].path
                raise IngestError(f"worker processes died {restarts} times (killed, or out of memory?), "
                                  f"the last time with {first} among the files in hand; what was written "
                                  "before stays, run the command again to go on") from None


def _pool_results(tasks: deque[ReadTask], settings: Settings, stored: Mapping[str, str],
                  workers: int) -> Iterator[TaskResult]:
    """The results of ``tasks`` in their order, from a pool of ``workers`` processes."""
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context(), initializer=init_worker,
                               initargs=(settings, stored, os.getpid()))
    folder = tempfile.mkdtemp(prefix="sahelkg-results-")  # results come back as files (worker.py)
    try:
        upcoming = iter(list(tasks))
        in_flight: deque[Future[str]] = deque()
        for task in upcoming:
            in_flight.append(pool.submit(run_task_to_file, task, folder))
            if len(in_flight) >= workers * TASKS_IN_FLIGHT_PER_WORKER:
                break
        while in_flight:
            result = result_from_file(in_flight.popleft().result())
            following = next(upcoming, None)
            if following is not None:
                in_flight.append(pool.submit(run_task_to_file, following, folder))
            yield result
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        shutil.rmtree(folder, ignore_errors=True)
