"""Evidence cards (layout 4): the evidence a page of edges shows is read from one card per event,
which must say what the event's own triples say, through writes, replacements and withdrawals, and
a store of layout 3 is refused until ``sahelkg migrate`` gives its events their cards."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
from kg_samples import (
    HAFTAR,
    LIBYA,
    LNA,
    NIAMEY,
    NIGER,
    haftar_visits_niger,
    libya_meets_niger,
    make_article,
    make_relation,
)
from older_layouts import assert_refused_then_migrated, older_store
from sahelkg.graph import vocab
from sahelkg.graph.edge_queries import relation_evidence, relation_page
from sahelkg.graph.mapping import article_write
from sahelkg.graph.queries import ArticleRecord, EvidenceRecord, RelationFilters, TriggerRecord
from sahelkg.graph.store.oxigraph import OxigraphStore

from sahelkg.records import ExtractedArticle

# an event's fields read one by one, as the graph states them (independent of the cards)
_FIELDS = vocab.sparql_prefixes() + """
SELECT ?ev ?s ?o ?status ?date ?precision ?confidence ?text ?start ?end ?ts ?te ?tt ?id ?title ?url ?issued
WHERE { GRAPH ?g {
  ?ev a skg:RelationEvent ; skg:subject ?s ; skg:object ?o ; skg:status ?status ; skg:confidence ?confidence ;
      prov:wasDerivedFrom ?art .
  ?art skg:articleId ?id .
  OPTIONAL { ?ev skg:eventDate ?date ; skg:datePrecision ?precision }
  OPTIONAL { ?ev skg:evidence ?text ; skg:evidenceStart ?start ; skg:evidenceEnd ?end }
  OPTIONAL { ?ev skg:triggerStart ?ts ; skg:triggerEnd ?te ; skg:triggerText ?tt }
  OPTIONAL { ?art dcterms:title ?title } OPTIONAL { ?art skg:url ?url }
  OPTIONAL { ?art dcterms:issued ?issued }
} }"""


def _value(row: ox.QuerySolution, name: str) -> str | None:
    term = row[name]
    return None if term is None else term.value


def _from_fields(store: OxigraphStore) -> dict[str, EvidenceRecord]:
    found = {}
    for row in store.query(_FIELDS):  # type: ignore[union-attr]
        text = row["text"]
        trigger = (TriggerRecord(int(row["ts"].value), int(row["te"].value), row["tt"].value)
                   if row["ts"] is not None else None)
        found[row["ev"].value] = EvidenceRecord(
            event=row["ev"].value, subject=vocab.entity_id_of(row["s"].value), relation="",
            object=vocab.entity_id_of(row["o"].value), status=_value(row, "status"), date=_value(row, "date"),
            date_precision=_value(row, "precision"), confidence=float(row["confidence"].value),
            text=_value(row, "text"), lang=text.language if text is not None else None,
            start=int(row["start"].value) if row["start"] is not None else None,
            end=int(row["end"].value) if row["end"] is not None else None,
            article=ArticleRecord(id=row["id"].value, title=_value(row, "title"), url=_value(row, "url"),
                                  date=_value(row, "issued")),
            trigger=trigger)
    return found


def _served(store: OxigraphStore) -> dict[str, EvidenceRecord]:
    """Every event as a page of edges serves it (the evidence of every edge, from the cards)."""
    page = relation_page(store, limit=1000, evidence_limit=100)
    return {item.event: replace(item, relation="")
            for edge in page.edges for item in page.evidence_of(edge)}


def _articles() -> list[ExtractedArticle]:
    undated = ExtractedArticle(make_article("c1", title=None, url=None, published=None, lang="fr"), (
        make_relation("c1", LIBYA, "cooperate", NIGER, 3, sentence="La Libye coopère avec le Niger.",
                      trigger=None, confidence=0.55),
        make_relation("c1", LNA, "deploy", NIAMEY, 40, status="reported", date="2023-05",
                      date_precision="month"),
    ))
    return [haftar_visits_niger("a1"), libya_meets_niger("b1"), undated]


def test_the_evidence_served_is_what_each_event_states(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "store") as store:
        store.write_articles([article_write(a) for a in _articles()])
        expected = _from_fields(store)
        assert len(expected) == 6
        assert _served(store) == expected
        # a replaced article's events are served as replaced, a withdrawn one's not at all
        store.write_articles([article_write(ExtractedArticle(make_article("a1", title="Haftar à Niamey"), (
            make_relation("a1", HAFTAR, "visit", NIGER, 7, sentence="حفتر زار النيجر", status="planned",
                          trigger=(12, 15)),)))])
        store.withdraw_article("b1")
        expected = _from_fields(store)
        assert len(expected) == 3
        assert _served(store) == expected
        visit = relation_evidence(store, HAFTAR.id, "visit", NIGER.id)
        assert [(e.status, e.text, e.start, e.article.title, e.trigger) for e in visit] == [
            ("planned", "حفتر زار النيجر", 7, "Haftar à Niamey", TriggerRecord(12, 15, "زار"))]


def test_a_status_or_date_filter_keeps_only_matching_evidence(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "store") as store:
        store.write_articles([article_write(a) for a in _articles()])
        def served(filters: RelationFilters) -> list[tuple[str, str | None]]:
            page = relation_page(store, filters=filters, evidence_limit=5)
            return sorted((e.event.rsplit("/", 1)[-1][:6], e.date) for edge in page.edges
                          for e in page.evidence_of(edge))
        reported = served(RelationFilters(status="reported"))
        assert [date for _, date in reported] == ["2023-05"]
        dated = served(RelationFilters(date_from="2024"))
        assert sorted(date for _, date in dated) == ["2024", "2024-01"]


def test_a_layout3_store_is_refused_and_migrate_gives_its_events_their_cards(tmp_path: Path) -> None:
    data = tmp_path / "data"
    expected = older_store(data / "store", _articles(), 3,
                           "DELETE WHERE { GRAPH ?g { ?ev skg:evidenceCard ?card } }")
    with OxigraphStore(data / "store") as store:
        assert len(store) == len(expected) - 6  # the six events' cards are gone
    assert_refused_then_migrated(data, "events without evidence cards", 3, expected)
