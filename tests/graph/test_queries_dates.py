"""Edges aggregate the dates of their events; events without a date do not hide the others."""

from __future__ import annotations

from kg_samples import HAFTAR, NIGER, make_article, make_relation
from sahelkg.graph.edge_queries import relation_edges
from sahelkg.graph.mapping import article_write
from sahelkg.graph.store.oxigraph import OxigraphStore

from sahelkg.records import ExtractedArticle


def _visit(article_id: str, **fields: object) -> ExtractedArticle:
    visit = make_relation(article_id, HAFTAR, "visit", NIGER, **fields)
    return ExtractedArticle(make_article(article_id), (visit,))


def test_first_and_last_date_skip_undated_events() -> None:
    store = OxigraphStore.in_memory()
    store.write_articles([
        article_write(_visit("undated")),
        article_write(_visit("day", date="2018-08-07", date_precision="day")),
        article_write(_visit("month", date="2024-09", date_precision="month")),
    ])
    (edge,) = relation_edges(store, subjects=["Khalifa_Haftar"], relation="visit")
    assert (edge.articles, edge.first_date, edge.last_date) == (3, "2018-08-07", "2024-09")


def test_an_edge_with_no_dated_event_has_no_dates() -> None:
    store = OxigraphStore.in_memory()
    store.write_articles([article_write(_visit("undated"))])
    (edge,) = relation_edges(store, subjects=["Khalifa_Haftar"], relation="visit")
    assert (edge.first_date, edge.last_date) == (None, None)
