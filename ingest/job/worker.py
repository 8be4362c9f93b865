"""One read task done where the extraction runs: read its files, skip the articles whose content
hash is already stored, extract the others and map them to RDF.

A worker process gets, once, in its initializer: the settings (it builds its extractor then) and
the content hashes stored when the job began (``{article id: hash}``, read by the parent with
one query). With them it decides alone which articles are unchanged, so the parent never reads a
file. The in-process engine calls :func:`run_task` with its own :class:`TaskRunner`.
"""

from __future__ import annotations

import gc
import os
import pickle
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sahelkg.ingest.job.outcomes import Outcome, Unchanged, extract_all
from sahelkg.ingest.job.tasks import Problem, ReadTask, read_part

from sahelkg.records import Article
from sahelkg.settings import Settings

if TYPE_CHECKING:
    from sahelkg.ingest.job.extract import Extractor

WATCH_PARENT_EVERY = 1.0  # seconds between a worker's checks that the ingest process lives


@dataclass(slots=True)
class TaskResult:
    seq: int
    size: int  # input bytes of the task
    items: list[Outcome | Unchanged] = field(default_factory=list)  # in the order read
    problems: list[Problem] = field(default_factory=list)  # files and records that could not be read


class TaskRunner:
    """An extractor and the stored hashes: everything a task needs besides its files."""

    def __init__(self, extractor: Extractor, stored: Mapping[str, str]) -> None:
        self.extractor = extractor
        self.stored = stored

    def run(self, task: ReadTask) -> TaskResult:
        result = TaskResult(task.seq, task.size)
        read: list[Article | Unchanged] = []
        for part in task.parts:
            articles, problems = read_part(part)
            result.problems.extend(problems)
            for article in articles:
                unchanged = self.stored.get(article.id) == article.content_hash
                read.append(Unchanged(article.id, article.source or article.id) if unchanged else article)
        outcomes = iter(extract_all(self.extractor, [a for a in read if isinstance(a, Article)]))
        result.items = [item if isinstance(item, Unchanged) else next(outcomes) for item in read]
        return result


# The runner of a worker process, built once by the pool initializer.
_runner: TaskRunner | None = None


def init_worker(settings: Settings, stored: Mapping[str, str], parent: int) -> None:
    global _runner
    from sahelkg.ingest.job.extract import build_extractor

    threading.Thread(target=exit_with_parent, args=(parent,), name="parent-watch", daemon=True).start()
    _runner = TaskRunner(build_extractor(settings), stored)
    # the extractor's tables live as long as the process: the collector need not walk them again
    # at each full collection (about 2% of the extraction's instructions)
    gc.freeze()


def run_task(task: ReadTask) -> TaskResult:
    assert _runner is not None, "worker used before its initializer ran"
    return _runner.run(task)


def run_task_to_file(task: ReadTask, folder: str) -> str:
    """Run the task and leave its result in a file of ``folder``; return the file's path.

    A worker killed while it writes a result back through the pool's shared pipe leaves part of
    a message there, and the pool then waits for the rest forever. A path is a message short
    enough to be written whole (under the pipe's atomic size), so a killed worker can only leave
    a file half written, which nobody reads: the pool sees the worker gone and fails the task."""
    result = run_task(task)
    fd, path = tempfile.mkstemp(dir=folder, suffix=".result")
    with os.fdopen(fd, "wb") as out:
        pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def result_from_file(path: str) -> TaskResult:
    """The result :func:`run_task_to_file` left in ``path``; the file is removed."""
    try:
        with open(path, "rb") as handle:
            result: TaskResult = pickle.load(handle)
    finally:
        os.unlink(path)
    return result


def exit_with_parent(parent: int) -> None:
    """Leave when the ingest process is gone (killed with -9, say): a worker's own parent is the
    forkserver, so nothing else would tell it."""
    while True:
        time.sleep(WATCH_PARENT_EVERY)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # the pid now belongs to another user's process: ours is gone
            os._exit(1)
