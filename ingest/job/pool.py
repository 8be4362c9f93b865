"""The ingest job: article files in, their relations in the store.

1. List the article files (a folder is searched recursively) and cut them into read tasks
   (:mod:`sahelkg.ingest.job.tasks`); read the content hashes already stored, with one query.
2. Do the tasks where the extraction runs: in this process (one worker), in a pool of worker
   processes (:mod:`sahelkg.ingest.job.local_pool`), or on a Dask cluster when a scheduler is
   given (:mod:`sahelkg.ingest.job.dask_engine`). Locally the workers read the files themselves,
   detect language and date, skip the articles whose hash is already stored (the hashes went to
   them once, when they started), extract the others and map them to RDF; for Dask this process
   reads and skips, and the cluster extracts. A file or record that cannot be read is reported
   with its reason and skipped, the rest goes on.
3. One writer, in this process, writes ``settings.batch_size`` articles per atomic store write
   (:mod:`sahelkg.ingest.job.writer`), so a crash (even ``kill -9``) never leaves half an article
   and a re-run goes on where the crash left off; an article changed since it was stored
   replaces its named graph whole.

How many workers (``settings.workers``, else :func:`default_workers`): one per core, except for
an input under :data:`IN_PROCESS_BYTES`, which this process does alone (starting worker
processes costs more than they save there).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path

from sahelkg.graph import vocab
from sahelkg.graph.store.protocol import GraphStore
from sahelkg.ingest.job.local_pool import TASKS_IN_FLIGHT_PER_WORKER, run_in_pool, run_in_process
from sahelkg.ingest.job.report import IngestError, IngestReport, JobProgress, ProgressCallback
from sahelkg.ingest.job.tasks import file_parts, plan_tasks
from sahelkg.ingest.job.writer import Writer

from sahelkg.settings import Settings

__all__ = ["IngestError", "IngestReport", "JobProgress", "default_workers", "ingest_paths",
           "stored_hashes"]

IN_PROCESS_BYTES = 256 * 1024  # about 100 articles


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_workers(total_bytes: int) -> int:
    """One worker per core; this process alone for an input under :data:`IN_PROCESS_BYTES`."""
    return 1 if total_bytes < IN_PROCESS_BYTES else cores()


def wanted_workers(settings: Settings, total_bytes: int) -> int:
    return settings.workers if settings.workers is not None else default_workers(total_bytes)


def stored_hashes(store: GraphStore) -> dict[str, str]:
    """``{article id: content hash}`` of every article in the store, in one query."""
    rows = store.query(
        f"SELECT ?g ?a ?id ?h WHERE {{ GRAPH ?g {{ ?a {vocab.ont('articleId')} ?id ; "
        f"{vocab.ont('contentHash')} ?h }} }}")
    hashes: dict[str, str] = {}
    for row in rows:  # type: ignore[union-attr]
        article_id = row["id"].value
        if row["g"] == vocab.article_graph(article_id) and row["a"] == vocab.article_iri(article_id):
            hashes[article_id] = row["h"].value
    return hashes


def ingest_paths(paths: Iterable[Path | str], settings: Settings, store: GraphStore,
                 progress: ProgressCallback | None = None) -> IngestReport:
    """Read the article files under ``paths`` and ingest their articles into ``store``.

    Raises :class:`IngestError` when the job cannot go on (its message is one line)."""
    started = time.perf_counter()
    report = IngestReport()
    parts = list(file_parts([Path(p) for p in paths]))
    report.files = len({part.path for part in parts})
    total = sum(part.size for part in parts)
    workers = 1 if settings.scheduler else wanted_workers(settings, total)
    tasks = plan_tasks(parts, spread=workers * TASKS_IN_FLIGHT_PER_WORKER)
    workers = max(1, min(workers, len(tasks)))
    stored = stored_hashes(store)
    writer = Writer(store, settings.batch_size, report, progress, total)
    if progress:
        progress(JobProgress(0, total, 0))
    try:
        if settings.scheduler:
            from sahelkg.ingest.job.dask_engine import run_on_cluster

            report.engine = f"Dask cluster at {settings.scheduler}"
            run_on_cluster(tasks, settings, stored, writer, settings.scheduler)
        else:
            if workers == 1:
                report.engine = "this process"
                run_in_process(tasks, settings, stored, writer)
            else:
                report.engine = f"{workers} worker processes"
                run_in_pool(tasks, settings, stored, writer, workers)
    finally:
        writer.flush()  # what was extracted before an interruption is kept
        report.seconds = time.perf_counter() - started
    return report
