"""Fixtures for the extraction tests: one built-in extractor for the session, and a helper that
runs it over a text written in the test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sahelkg.ingest.job.extract import Extractor

from sahelkg.records import Article, Relation
from sahelkg.settings import Settings


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor(Settings(nlp_backend="builtin"))


@pytest.fixture(scope="session")
def relations_of(extractor: Extractor) -> Callable[..., list[Relation]]:
    def run(text: str, published: date | None = None, lang: str = "ar") -> list[Relation]:
        article = Article(id="t", text=text, published=published, lang=lang)
        return list(extractor.extract(article).relations)

    return run


@pytest.fixture(scope="session")
def triples(relations_of: Callable[..., list[Relation]]) -> Callable[..., set[tuple[str, str, str, str]]]:
    """(subject id, relation, object id, status) of every relation of a text."""

    def run(text: str, published: date | None = None, lang: str = "ar") -> set[tuple[str, str, str, str]]:
        return {
            (r.subject.id, r.relation, r.object.id, r.status) for r in relations_of(text, published, lang)
        }

    return run


@pytest.fixture(scope="session")
def facts(relations_of: Callable[..., list[Relation]]) -> Callable[..., set[tuple[str, str, str]]]:
    """(subject id, relation, object id) of every relation of a text, whatever its status."""

    def run(text: str, published: date | None = None, lang: str = "ar") -> set[tuple[str, str, str]]:
        return {(r.subject.id, r.relation, r.object.id) for r in relations_of(text, published, lang)}

    return run
