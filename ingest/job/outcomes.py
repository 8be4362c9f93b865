"""An article's outcome once extracted: what to write (its quads, sent as N-Quads bytes) or why
it was skipped. Built where the extraction runs (this process, a worker process, a Dask worker)
and sent to the single writer.

The quads travel as N-Quads, written by the mapping (``article_nquads``) and parsed by pyoxigraph
in the writer (about 1 ms for an article of 330 quads), where pickling the ``Quad`` objects costs
about 8 ms, more than the extraction itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pyoxigraph import RdfFormat, parse
from sahelkg.graph.mapping import article_nquads
from sahelkg.graph.store.protocol import ArticleWrite

from sahelkg.records import Article, ExtractedArticle

if TYPE_CHECKING:
    from sahelkg.ingest.job.extract import Extractor

CHUNK = 16  # articles extracted together (one NLP backend call per language)


@dataclass(frozen=True, slots=True)
class Outcome:
    article_id: str
    source: str
    content_hash: str
    nquads: bytes | None  # the article's quads; None when it was skipped
    relations: int
    error: str | None
    problems: tuple[str, ...] = ()  # sentences lost, the article written without them

    def write(self) -> ArticleWrite:
        assert self.nquads is not None, "a skipped article has nothing to write"
        quads = list(parse(self.nquads, RdfFormat.N_QUADS))
        return ArticleWrite(self.article_id, self.content_hash, quads)


@dataclass(frozen=True, slots=True)
class Unchanged:
    """An article read whose content hash is the one already stored: nothing to extract."""

    article_id: str
    source: str


def failed(article: Article, reason: str) -> Outcome:
    return Outcome(article.id, article.source or article.id, article.content_hash, None, 0, reason)


def _failed(article: Article, exc: Exception) -> Outcome:
    return failed(article, f"extraction failed: {type(exc).__name__}: {exc}")


def outcome(article: Article, extracted: ExtractedArticle) -> Outcome:
    if extracted.skipped:
        return failed(article, extracted.skipped)
    try:
        nquads, events = article_nquads(extracted)
    except Exception as exc:
        return _failed(article, exc)
    return Outcome(article.id, article.source or article.id, article.content_hash, nquads, events, None,
                   extracted.problems)


def _extract_one(extractor: Extractor, article: Article) -> Outcome:
    try:
        extracted = extractor.extract(article)
    except Exception as exc:  # one bad article must not stop the batch
        return _failed(article, exc)
    return outcome(article, extracted)


def extract_chunk(extractor: Extractor, articles: list[Article]) -> list[Outcome]:
    """Extract a chunk of articles in one batch (the NLP backend annotates them together); when
    the batch fails, each article again on its own, so only the bad one is reported."""
    try:
        extracted = list(extractor.extract_many(articles, batch=len(articles)))
    except Exception:
        return [_extract_one(extractor, article) for article in articles]
    return [outcome(article, done) for article, done in zip(articles, extracted, strict=True)]


def extract_all(extractor: Extractor, articles: list[Article]) -> list[Outcome]:
    """Every article's outcome, extracted :data:`CHUNK` at a time."""
    out: list[Outcome] = []
    for start in range(0, len(articles), CHUNK):
        out.extend(extract_chunk(extractor, articles[start:start + CHUNK]))
    return out
