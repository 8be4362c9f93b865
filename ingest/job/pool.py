"""The ingest job: article files in, their relations in the store.

1. Find the article files (a folder is searched recursively) and read them; a file or record
   that cannot be read is reported with its reason and skipped, the rest goes on.
2. Skip articles whose content hash is already stored (re-running is a no-op) and articles whose
   id was already read in this run from another file.
3. Extract relations in a pool of ``settings.workers`` processes (default: one per core). Each
   worker builds its extractor ONCE, in the pool initializer, receives chunks of articles (the
   NLP backend annotates a chunk in one call) and also maps the results to RDF. With one worker
   everything runs in this process, in the same chunks.
4. Write from this process only (a single writer), ``settings.batch_size`` articles at a time.
   Each article's named graph is replaced atomically, so a crash never leaves half an article,
   and a re-run picks up where the crash left off.

Articles to extract are held in memory between reading and writing (unchanged ones are not).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sahelkg.graph import vocab
from sahelkg.graph.mapping import article_write
from sahelkg.graph.store.protocol import ArticleWrite, GraphStore

from sahelkg.records import Article, ExtractedArticle
from sahelkg.settings import Settings

if TYPE_CHECKING:
    from sahelkg.ingest.job.extract import Extractor

ProgressCallback = Callable[[str, int, int], None]
"""``progress(stage, done, total)`` with stage "read" (files) then "extract" (articles)."""

_EVENT_CLASS = vocab.ont("RelationEvent")
_CHUNK = 16  # articles a worker extracts together (one NLP backend call per language)
_RDF_TYPE = vocab.RDF + "type"


@dataclass
class IngestReport:
    files: int = 0
    articles: int = 0  # articles read
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file or article id, reason)
    unchanged: int = 0
    written: int = 0
    relations: int = 0  # relation events added by the written articles
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (article, sentence it lost)

    def to_json(self) -> dict[str, Any]:
        return {"files": self.files, "articles": self.articles,
                "skipped": [{"source": source, "reason": reason} for source, reason in self.skipped],
                "unchanged": self.unchanged, "written": self.written, "relations": self.relations,
                "warnings": [{"source": source, "problem": problem} for source, problem in self.warnings]}


@dataclass(frozen=True, slots=True)
class _Outcome:
    article_id: str
    source: str
    write: ArticleWrite | None
    relations: int
    error: str | None
    problems: tuple[str, ...] = ()  # sentences lost, the article written without them


def _extract_one(extractor: Extractor, article: Article) -> _Outcome:
    try:
        extracted = extractor.extract(article)
    except Exception as exc:  # one bad article must not stop the batch
        return _failed(article, exc)
    return _outcome(article, extracted)


def _failed(article: Article, exc: Exception) -> _Outcome:
    return _Outcome(article.id, article.source or article.id, None, 0,
                    f"extraction failed: {type(exc).__name__}: {exc}")


def _outcome(article: Article, extracted: ExtractedArticle) -> _Outcome:
    if extracted.skipped:
        return _Outcome(article.id, article.source or article.id, None, 0, extracted.skipped)
    try:
        write = article_write(extracted)
    except Exception as exc:
        return _failed(article, exc)
    events = sum(1 for q in write.quads if q.predicate.value == _RDF_TYPE and q.object == _EVENT_CLASS)
    return _Outcome(article.id, article.source or article.id, write, events, None, extracted.problems)


def _extract_chunk(extractor: Extractor, articles: list[Article]) -> list[_Outcome]:
    """Extract a chunk of articles in one batch (the NLP backend annotates them together); when
    the batch fails, each article again on its own, so only the bad one is reported."""
    try:
        extracted = list(extractor.extract_many(articles, batch=len(articles)))
    except Exception:
        return [_extract_one(extractor, article) for article in articles]
    return [_outcome(article, done) for article, done in zip(articles, extracted, strict=True)]


# The extractor of a worker process, built once by the pool initializer.
_worker_extractor: Extractor | None = None


WATCH_PARENT_EVERY = 1.0  # seconds between a worker's checks that the ingest process lives


def _init_worker(settings: Settings, parent: int) -> None:
    global _worker_extractor
    from sahelkg.ingest.job.extract import build_extractor

    threading.Thread(target=_exit_with, args=(parent,), name="parent-watch", daemon=True).start()
    _worker_extractor = build_extractor(settings)


def _exit_with(parent: int) -> None:
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


def _extract_in_worker(articles: list[Article]) -> list[_Outcome]:
    assert _worker_extractor is not None, "worker used before its initializer ran"
    return _extract_chunk(_worker_extractor, articles)


def worker_count(settings: Settings, articles: int) -> int:
    wanted = settings.workers if settings.workers is not None else (os.cpu_count() or 1)
    return max(1, min(wanted, articles))


def _pool_context() -> multiprocessing.context.BaseContext:
    # forkserver: workers do not inherit this process's open store or threads
    method = "forkserver" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


def _extract_all(articles: list[Article], settings: Settings) -> Iterator[_Outcome]:
    workers = worker_count(settings, len(articles))
    if workers == 1:
        from sahelkg.ingest.job.extract import build_extractor

        extractor = build_extractor(settings)
        for start in range(0, len(articles), _CHUNK):
            yield from _extract_chunk(extractor, articles[start:start + _CHUNK])
        return
    size = max(1, min(_CHUNK, len(articles) // (workers * 4)))
    chunks = [articles[start:start + size] for start in range(0, len(articles), size)]
    with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context(),
                             initializer=_init_worker, initargs=(settings, os.getpid())) as pool:
        for outcomes in pool.map(_extract_in_worker, chunks):
            yield from outcomes


def read_files(paths: Iterable[Path], report: IngestReport,
               progress: ProgressCallback | None = None) -> list[Article]:
    """The readable articles under ``paths``; unreadable files and records go to ``report.skipped``."""
    from sahelkg.ingest.reading.reading import ArticleReadError, iter_article_files, read_articles

    files = list(iter_article_files([Path(p) for p in paths]))
    report.files = len(files)
    articles: list[Article] = []
    for done, path in enumerate(files, 1):
        try:
            if not path.exists():
                raise ArticleReadError(path, "no such file or folder")
            result = read_articles(path)
        except ArticleReadError as exc:
            report.skipped.append((str(exc.path), exc.reason))
        except OSError as exc:
            report.skipped.append((str(path), f"cannot read file ({exc.strerror or exc})"))
        else:
            articles.extend(result.articles)
            report.skipped.extend((str(p.path), p.reason) for p in result.problems)
        if progress:
            progress("read", done, len(files))
    return articles


def _to_extract(articles: Iterable[Article], store: GraphStore, report: IngestReport) -> list[Article]:
    seen: dict[str, str] = {}
    pending: list[Article] = []
    for article in articles:
        report.articles += 1
        source = article.source or article.id
        if article.id in seen:
            report.skipped.append((source, f"duplicate article id {article.id!r} (already read from "
                                           f"{seen[article.id]})"))
            continue
        seen[article.id] = source
        if store.article_hash(article.id) == article.content_hash:
            report.unchanged += 1
        else:
            pending.append(article)
    return pending


def ingest_articles(articles: Iterable[Article], settings: Settings, store: GraphStore,
                    progress: ProgressCallback | None = None,
                    report: IngestReport | None = None) -> IngestReport:
    """Extract and write articles that are new or changed (steps 2–4 of the module docstring)."""
    report = report if report is not None else IngestReport()
    pending = _to_extract(articles, store, report)
    batch: list[ArticleWrite] = []
    relations_in_batch = 0

    def flush() -> None:
        nonlocal relations_in_batch
        if batch:
            report.written += store.write_articles(batch)
            report.relations += relations_in_batch
            batch.clear()
            relations_in_batch = 0

    try:
        for done, outcome in enumerate(_extract_all(pending, settings), 1):
            report.warnings.extend((outcome.source, problem) for problem in outcome.problems)
            if outcome.write is None:
                report.skipped.append((outcome.source, outcome.error or "extraction failed"))
            else:
                batch.append(outcome.write)
                relations_in_batch += outcome.relations
                if len(batch) >= max(1, settings.batch_size):
                    flush()
            if progress:
                progress("extract", done, len(pending))
    finally:
        flush()  # what was extracted before an interruption is kept
    return report


def ingest_paths(paths: Iterable[Path | str], settings: Settings, store: GraphStore,
                 progress: ProgressCallback | None = None) -> IngestReport:
    """Read the article files under ``paths`` and ingest their articles into ``store``."""
    report = IngestReport()
    articles = read_files([Path(p) for p in paths], report, progress)
    return ingest_articles(articles, settings, store, progress, report)
