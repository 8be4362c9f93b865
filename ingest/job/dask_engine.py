"""The distributed engine: extraction on a Dask cluster, writing here.

This process reads the files (the cluster's machines need not see them), skips articles whose
hash is stored and ids already read, and submits the other articles in partitions (one read task
each, about 16 articles) to the scheduler; at most :data:`PARTITIONS_PER_THREAD` partitions per
worker thread are out at a time. Results come back as they complete (``as_completed``) and go to
the single writer, so a remote SPARQL store works the same as the embedded one.

Each Dask worker process builds its extractor once, for the first partition it gets, and keeps
it (:func:`extract_partition`; one lock per process, so a worker with several threads still
runs one extraction at a time). When a worker dies, the scheduler gives its partitions to
another worker; a partition that fails every try is reported article by article as skipped.

``distributed`` is imported only here, when a scheduler is given (the ``dask`` extra).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sahelkg.ingest.job.outcomes import Outcome, extract_all, failed
from sahelkg.ingest.job.report import IngestError
from sahelkg.ingest.job.tasks import ReadTask, read_part
from sahelkg.ingest.job.writer import Writer

from sahelkg.records import Article
from sahelkg.settings import Settings

if TYPE_CHECKING:
    from sahelkg.ingest.job.extract import Extractor

PARTITIONS_PER_THREAD = 3
CONNECT_TIMEOUT = "10s"

_extractors: dict[str, Extractor] = {}
_lock = threading.Lock()


def extract_partition(settings_json: str, articles: list[Article]) -> list[Outcome]:
    """Run on a Dask worker: the outcomes of a partition, with the extractor this process built
    for these settings the first time."""
    from sahelkg.ingest.job.extract import build_extractor

    with _lock:
        extractor = _extractors.get(settings_json)
        if extractor is None:
            extractor = build_extractor(Settings.model_validate_json(settings_json))
            _extractors[settings_json] = extractor
        return extract_all(extractor, articles)


def _pending(task: ReadTask, stored: Mapping[str, str], writer: Writer) -> list[Article]:
    """The articles of a task to extract; the unchanged and repeated ones are counted here."""
    pending: list[Article] = []
    for part in task.parts:
        articles, problems = read_part(part)
        writer.problems(problems)
        for article in articles:
            if not writer.admit(article.id, article.source or article.id):
                continue
            if stored.get(article.id) == article.content_hash:
                writer.unchanged()
            else:
                pending.append(article)
    return pending


def _connect(scheduler: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise IngestError("a Dask scheduler was given but the dask extra is not installed: "
                          "pip install 'sahelkg[dask]'") from None
    try:
        return Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise IngestError(f"cannot reach the Dask scheduler at {scheduler}: {reason}") from None


def run_on_cluster(tasks: Sequence[ReadTask], settings: Settings, stored: Mapping[str, str],
                   writer: Writer, scheduler: str) -> None:
    from distributed import as_completed

    client = _connect(scheduler)
    try:
        threads = max(1, sum(client.nthreads().values()))
        window = threads * PARTITIONS_PER_THREAD
        settings_json = settings.model_dump_json(exclude={"write_token"})  # no secret leaves
        sent: dict[Any, tuple[list[Article], int]] = {}  # future -> (its articles, input bytes)
        done = as_completed(loop=client.loop)
        for task in tasks:
            articles = _pending(task, stored, writer)
            if not articles:
                writer.advance(task.size)
                continue
            future = client.submit(extract_partition, settings_json, articles, pure=False)
            sent[future] = (articles, task.size)
            done.add(future)
            while done.count() >= window:
                _take(next(done), sent, writer)
        for future in done:
            _take(future, sent, writer)
    finally:
        client.close()


def _take(future: Any, sent: dict[Any, tuple[list[Article], int]], writer: Writer) -> None:
    articles, size = sent.pop(future)
    try:
        outcomes: list[Outcome] = future.result()
    except Exception as exc:  # the partition failed on every try (KilledWorker) or could not run
        reason = f"the Dask cluster could not extract it ({type(exc).__name__}: {exc})"
        outcomes = [failed(article, reason) for article in articles]
    for outcome in outcomes:
        writer.outcome(outcome)
    writer.advance(size)
