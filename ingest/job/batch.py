"""Reading article files and extracting their relations in batches, for the commands that print or
score relations without touching the store (``sahelkg extract``, ``sahelkg evaluate``).

Files are read one by one; their articles are extracted in batches through
:meth:`Extractor.extract_many` (one NLP backend call per batch, which is what makes stanza fast).
An unreadable file or record is reported through ``report_problem`` and the rest goes on; an
article whose extraction fails is reported and skipped, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sahelkg.ingest.nlp.registry import NlpBackendUnavailable
from sahelkg.ingest.reading.reading import ArticleReadError, read_articles

from sahelkg.records import Article, ExtractedArticle

if TYPE_CHECKING:
    from sahelkg.ingest.job.extract import Extractor

ProblemReport = Callable[[str], None]


@dataclass(slots=True)
class FileExtraction:
    """The extracted articles of one file (empty when it could not be read)."""

    path: Path
    articles: list[ExtractedArticle] = field(default_factory=list)
    problems: int = 0  # the file itself, bad records, articles whose extraction failed


def extract_files(files: Iterable[Path], extractor: Extractor, report_problem: ProblemReport,
                  batch_articles: int = 16) -> Iterator[FileExtraction]:
    """Yield one :class:`FileExtraction` per file, in the order of ``files``."""
    pending: list[tuple[FileExtraction, list[Article]]] = []
    waiting = 0
    for path in files:
        done = FileExtraction(path)
        try:
            result = read_articles(path)
        except ArticleReadError as exc:
            report_problem(f"skipped {exc}")
            done.problems += 1
            pending.append((done, []))
            continue
        for problem in result.problems:
            report_problem(f"skipped {problem}")
            done.problems += 1
        pending.append((done, result.articles))
        waiting += len(result.articles)
        if waiting >= batch_articles:
            yield from _extract_pending(pending, extractor, report_problem, batch_articles)
            pending, waiting = [], 0
    yield from _extract_pending(pending, extractor, report_problem, batch_articles)


def _extract_pending(pending: list[tuple[FileExtraction, list[Article]]], extractor: Extractor,
                     report_problem: ProblemReport, batch_articles: int) -> Iterator[FileExtraction]:
    articles = [article for _, file_articles in pending for article in file_articles]
    if not articles:
        yield from (done for done, _ in pending)
        return
    try:
        extracted = iter(list(extractor.extract_many(articles, batch=batch_articles)))
    except NlpBackendUnavailable:
        raise
    except Exception:  # one bad article must not sink the batch: retry them one by one
        extracted = iter([_extract_one(extractor, article, report_problem) for article in articles])
    for done, file_articles in pending:
        for _ in file_articles:
            result = next(extracted)
            if result is not None and result.skipped:
                report_problem(f"skipped {result.article.source or result.article.id}: {result.skipped}")
                result = None
            if result is None:
                done.problems += 1
            else:
                for problem in result.problems:
                    report_problem(f"warning {result.article.source or result.article.id}: {problem}")
                done.articles.append(result)
        yield done


def _extract_one(extractor: Extractor, article: Article,
                 report_problem: ProblemReport) -> ExtractedArticle | None:
    try:
        return extractor.extract(article)
    except NlpBackendUnavailable:
        raise
    except Exception as exc:
        report_problem(f"skipped {article.source or article.id}: extraction failed "
                       f"({type(exc).__name__}: {exc})")
        return None
