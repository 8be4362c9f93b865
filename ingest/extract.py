"""The extractor: an article in, its relations out (with evidence, status, date, confidence).

One extractor for every NLP backend and language; it runs the pipeline of named steps (see
:mod:`sahelkg.ingest.pipeline`) over the article and turns the found relations into records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sahelkg.records import Article, ExtractedArticle
from sahelkg.settings import Settings

EXTRACTOR_VERSION = "sahelkg-extract/0.1"


class Extractor:
    """Extracts relations from articles. Build it with :func:`build_extractor`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.version = EXTRACTOR_VERSION

    def extract(self, article: Article) -> ExtractedArticle:
        return ExtractedArticle(article=article, relations=())

    def extract_many(self, articles: Iterable[Article]) -> Iterator[ExtractedArticle]:
        for article in articles:
            yield self.extract(article)


def build_extractor(settings: Settings) -> Extractor:
    """The extractor configured by ``settings`` (NLP backend choice, data folders)."""
    return Extractor(settings)
