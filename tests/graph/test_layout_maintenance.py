"""The shared graphs (merged entities, edge resources, counts) after any sequence of writes,
replacements and withdrawals equal a recomputation from the article graphs' events and
descriptions; and each triple of the default graph is stored once."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kg_samples import HAFTAR, LIBYA, NIAMEY, NIGER, haftar_visits_niger, libya_meets_niger, make_article
from layout_expectation import expected_shared, stored_shared
from sahelkg.graph import vocab
from sahelkg.graph.mapping import article_write
from sahelkg.graph.store.layout import recount_update
from sahelkg.graph.store.oxigraph import OxigraphStore
from sahelkg.graph.store.protocol import GraphStore

from sahelkg.records import Entity, Evidence, ExtractedArticle, Relation

P = vocab.sparql_prefixes()
ENTITIES = [HAFTAR, NIGER, LIBYA, NIAMEY]
ARTICLE_IDS = ["a1", "a2", "a3", "a4"]


def _variant(entity: Entity, label_index: int, alias: bool) -> Entity:
    """The entity as one article names it: a French label it may or may not give, an alias or not."""
    labels = dict(entity.labels)
    labels["fr"] = f"{entity.label} ({label_index})"
    return Entity(entity.id, entity.label, entity.type, labels,
                  (f"{entity.label}-alias",) if alias else (), entity.wikidata)


relations = st.builds(
    lambda *drawn: drawn,
    st.sampled_from(range(len(ENTITIES))), st.sampled_from(range(len(ENTITIES))),
    st.sampled_from(["visit", "meet", "support"]), st.sampled_from(["occurred", "planned", "denied"]),
    st.sampled_from([None, "2018", "2018-08", "2018-08-07", "2024-01"]),
    st.sampled_from([0.5, 0.8, 0.95]), st.integers(0, 40), st.integers(0, 2), st.booleans())


def _article(article_id: str, version: int, drawn: list[tuple]) -> ExtractedArticle:
    found = []
    for s, o, rel, status, date, conf, start, label, alias in drawn:
        if s == o:
            continue
        subject, obj = _variant(ENTITIES[s], label, alias), _variant(ENTITIES[o], label, not alias)
        sentence = f"{subject.label} {rel} {obj.label}"
        found.append(Relation(article_id, subject, rel, obj, status=status, date=date,
                              evidence=Evidence(sentence, start, start + len(sentence)), confidence=conf))
    published = None if version % 3 == 0 else make_article(article_id).published
    return ExtractedArticle(make_article(article_id, text=f"version {version}", published=published),
                            tuple(found))


operations = st.lists(st.one_of(
    st.tuples(st.just("write"), st.lists(st.tuples(st.sampled_from(ARTICLE_IDS),
                                                   st.lists(relations, max_size=4)), min_size=1, max_size=2)),
    st.tuples(st.just("withdraw"), st.sampled_from(ARTICLE_IDS)),
), min_size=1, max_size=8)


def _assert_in_step(store: GraphStore) -> None:
    stored, expected = stored_shared(store), expected_shared(store)
    for graph in expected:
        assert stored[graph] == expected[graph], graph


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(operations)
def test_shared_graphs_equal_a_recomputation_from_the_article_graphs(steps: list) -> None:
    store = OxigraphStore.in_memory()
    store.write_articles([article_write(haftar_visits_niger("a1"))])
    for version, (kind, arg) in enumerate(steps):
        if kind == "write":
            store.write_articles([article_write(_article(i, version, drawn)) for i, drawn in arg])
        else:
            store.withdraw_article(arg)
    _assert_in_step(store)


def test_evidence_keeps_the_first_events_as_articles_come_and_go() -> None:
    store = OxigraphStore.in_memory()
    many = [(0, 1, "visit", "occurred", f"2018-08-{day:02d}", 0.8, day, 0, False) for day in range(1, 16)]
    for index in range(4):  # the same edge stated 15 times per article, in four articles
        store.write_articles([article_write(_article(f"e{index}", index + 1, many))])
    _assert_in_step(store)
    store.withdraw_article("e0")
    store.write_articles([article_write(_article("e1", 9, many[:2]))])
    _assert_in_step(store)
    rows = store.query(P + "SELECT ?n WHERE { GRAPH <https://sahelkg.org/edges> "
                           "{ ?x a skg:Edge ; skg:eventCount ?n } }")
    assert [int(r["n"].value) for r in rows] == [2 + 15 + 15]


def test_recount_gives_the_counts_kept_at_write_time() -> None:
    store = OxigraphStore.in_memory()
    store.write_articles([article_write(haftar_visits_niger("a1")), article_write(libya_meets_niger("b1"))])
    store.withdraw_article("a1")
    kept = stored_shared(store)[vocab.LAYOUT_GRAPH]
    store.update(recount_update())
    assert stored_shared(store)[vocab.LAYOUT_GRAPH] == kept


def test_every_triple_is_stored_once(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.write_articles([article_write(haftar_visits_niger("a1")), article_write(libya_meets_niger("b1")),
                          article_write(haftar_visits_niger("c1"))])
    triples = [(q.subject, q.predicate, q.object) for q in store.quads()]
    assert len(triples) == len(set(triples))
    rows = list(store.query(P + "SELECT ?s ?o WHERE { ?s skg:visit ?o }"))
    assert sorted((r["s"].value, r["o"].value) for r in rows) == [
        (vocab.ENTITY + "Khalifa_Haftar", vocab.ENTITY + "Niamey"),
        (vocab.ENTITY + "Khalifa_Haftar", vocab.ENTITY + "Niger")]
    labels = list(store.query(P + "SELECT ?l WHERE { ent:Niger rdfs:label ?l }"))
    assert sorted((r["l"].value, r["l"].language) for r in labels) == [
        ("Niger", "en"), ("Niger", "fr"), ("النيجر", "ar")]


@pytest.mark.parametrize("withdrawn", ["a1", "b1"])
def test_withdrawing_the_last_article_naming_an_entity_removes_its_description(withdrawn: str) -> None:
    store = OxigraphStore.in_memory()
    store.write_articles([article_write(haftar_visits_niger("a1")), article_write(libya_meets_niger("b1"))])
    store.withdraw_article(withdrawn)
    _assert_in_step(store)
    lna = store.query(P + "ASK { ent:Libyan_National_Army ?p ?o }")
    assert lna is (withdrawn != "a1")
    assert store.query(P + "ASK { ?e skg:describes ent:Khalifa_Haftar }") is True
    assert ox.NamedNode(vocab.ENTITY + "Khalifa_Haftar") in {
        q.subject for q in store.quads(ox.NamedNode(vocab.ENTITIES_GRAPH))}


def test_a_sparql_update_dropping_or_adding_article_graphs_is_reconciled() -> None:
    from sahelkg.graph.store.reconcile import reconcile_update

    store = OxigraphStore.in_memory()
    store.write_articles([article_write(haftar_visits_niger("a1")), article_write(libya_meets_niger("b1"))])
    assert reconcile_update(store) is None  # in step already
    elsewhere = OxigraphStore.in_memory()
    elsewhere.write_articles([article_write(haftar_visits_niger("c1"))])
    added = "\n".join(f"{q.subject} {q.predicate} {q.object} ."
                      for q in elsewhere.quads(vocab.article_graph("c1")))
    store.update(f"DROP GRAPH {vocab.article_graph('a1')} ; "
                 f"INSERT DATA {{ GRAPH {vocab.article_graph('c1')} {{ {added} }} }}")
    store.update(reconcile_update(store) or "")
    _assert_in_step(store)
    assert reconcile_update(store) is None
