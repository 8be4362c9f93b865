"""The GraphStore protocol, checked the same way against every registered backend."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
from kg_samples import HAFTAR, LNA, NIAMEY, NIGER, haftar_visits_niger, libya_meets_niger, make_relation
from sahelkg.graph import vocab
from sahelkg.graph.mapping import article_quads, article_write
from sahelkg.graph.store.oxigraph import OxigraphStore
from sahelkg.graph.store.protocol import ArticleWrite, GraphStore

from sahelkg.records import ExtractedArticle

P = vocab.sparql_prefixes()


SHARED = {vocab.ENTITIES_GRAPH, vocab.EDGES_GRAPH, vocab.LAYOUT_GRAPH}


def _quad_set(store: GraphStore, graph: ox.NamedNode | None = None) -> set[ox.Quad]:
    return set(store.quads(graph))


def _article_quads(store: GraphStore) -> set[ox.Quad]:
    """The quads of every graph but the shared ones (entities, edges, layout)."""
    return {q for q in store.quads() if q.graph_name.value not in SHARED}


def _shared_quads(store: GraphStore) -> set[ox.Quad]:
    return {q for q in store.quads() if q.graph_name.value in SHARED}


def test_is_a_graph_store(store: GraphStore) -> None:
    assert isinstance(store, GraphStore)
    assert isinstance(store.name, str) and store.name


def test_empty_store(store: GraphStore) -> None:
    assert len(store) == 0
    assert store.article_ids() == []
    assert store.article_hash("a1") is None
    assert store.withdraw_article("a1") is False


def test_write_puts_exactly_the_mapped_quads_in_the_article_graph(store: GraphStore) -> None:
    extracted = haftar_visits_niger("a1")
    assert store.write_articles([article_write(extracted)]) == 1
    expected = set(article_quads(extracted))
    assert _article_quads(store) == expected
    assert _quad_set(store, vocab.article_graph("a1")) == expected
    assert len(store) == len(expected) + len(_shared_quads(store))
    assert store.article_ids() == ["a1"]
    assert store.article_hash("a1") == extracted.article.content_hash


def test_write_records_the_given_content_hash(store: GraphStore) -> None:
    extracted = haftar_visits_niger("a1")
    write = article_write(extracted)
    store.write_articles([ArticleWrite("a1", "f" * 64, write.quads)])
    assert store.article_hash("a1") == "f" * 64
    hashes = [q for q in store.quads() if q.predicate == vocab.ont("contentHash")]
    assert len(hashes) == 1


def test_rewriting_identical_article_changes_nothing(store: GraphStore) -> None:
    extracted = haftar_visits_niger("a1")
    store.write_articles([article_write(extracted)])
    before = _quad_set(store)
    assert store.article_hash("a1") == extracted.article.content_hash
    store.write_articles([article_write(extracted)])
    assert _quad_set(store) == before
    assert len(store) == len(before)


def test_replace_swaps_one_graph_and_leaves_others(store: GraphStore) -> None:
    first = haftar_visits_niger("a1", text="v1")
    other = libya_meets_niger("b1")
    assert store.write_articles([article_write(first), article_write(other)]) == 2
    other_quads = _quad_set(store, vocab.article_graph("b1"))

    replacement = ExtractedArticle(first.article.__class__("a1", "v2", title="new title", lang="ar"),
                                   (make_relation("a1", HAFTAR, "deploy", NIGER, 3),))
    store.write_articles([article_write(replacement)])
    assert _quad_set(store, vocab.article_graph("a1")) == set(article_quads(replacement))
    assert _quad_set(store, vocab.article_graph("b1")) == other_quads
    assert store.article_hash("a1") == replacement.article.content_hash != first.article.content_hash
    assert store.article_ids() == ["a1", "b1"]
    visit = store.query(P + "ASK { GRAPH ?g { ent:Khalifa_Haftar skg:visit ent:Niger } }")
    assert visit is False


def test_withdraw_removes_exactly_that_article(store: GraphStore) -> None:
    store.write_articles([article_write(haftar_visits_niger("a1")), article_write(libya_meets_niger("b1"))])
    b_quads = _quad_set(store, vocab.article_graph("b1"))
    assert store.withdraw_article("a1") is True
    assert store.article_ids() == ["b1"]
    assert store.article_hash("a1") is None
    assert _article_quads(store) == b_quads
    only_b = OxigraphStore.in_memory()  # the shared graphs are as if a1 had never been written
    only_b.write_articles([article_write(libya_meets_niger("b1"))])
    assert _shared_quads(store) == _shared_quads(only_b)
    assert store.withdraw_article("a1") is False


TRIGGERS = P + """SELECT ?ev ?start ?end ?text WHERE { GRAPH ?g {
  ?ev skg:triggerStart ?start ; skg:triggerEnd ?end ; skg:triggerText ?text } }"""


def test_triggers_are_written_replaced_withdrawn_and_exported_with_their_events(store: GraphStore) -> None:
    store.write_articles([article_write(haftar_visits_niger("a1")), article_write(libya_meets_niger("b1"))])
    found = {(int(r["start"].value), int(r["end"].value), r["text"].value) for r in store.query(TRIGGERS)}
    assert found == {(15, 20, "visit"), (55, 60, "leads"), (11, 15, "meet"), (75, 80, "visit")}
    text = next(r["text"] for r in store.query(TRIGGERS) if r["text"].value == "meet")
    assert text == ox.Literal("meet", language="ar")  # the article's language, as on the evidence
    nquads = io.BytesIO()
    store.serialize(nquads, "application/n-quads")
    assert nquads.getvalue().count(b"triggerText") == 4
    replacement = ExtractedArticle(haftar_visits_niger("a1").article,
                                   (make_relation("a1", HAFTAR, "deploy", NIGER, 3, trigger=None),))
    store.write_articles([article_write(replacement)])
    assert {r["text"].value for r in store.query(TRIGGERS)} == {"meet", "visit"}  # b1's only
    store.withdraw_article("b1")
    assert list(store.query(TRIGGERS)) == []


def test_query_binds_substitutions_safely(store: GraphStore) -> None:
    store.write_articles([article_write(haftar_visits_niger("a1")), article_write(libya_meets_niger("b1"))])
    # the substituted variables are projected: pyoxigraph requires it for SELECT
    rows = store.query(P + "SELECT DISTINCT ?s ?o WHERE { ?s skg:visit ?o } ORDER BY ?o",
                       substitutions={"s": vocab.entity_iri(HAFTAR.id)})
    assert [r["o"] for r in rows] == [vocab.entity_iri(NIAMEY.id), vocab.entity_iri(NIGER.id)]

    hostile = ox.Literal('x" } ; DROP ALL ; SELECT * { "')
    rows = store.query(P + "SELECT ?e ?label WHERE { ?e skos:prefLabel ?label }",
                       substitutions={"label": hostile})
    assert list(rows) == []
    assert store.article_ids() == ["a1", "b1"]

    rows = store.query(P + "SELECT ?e ?label WHERE { ?e skos:prefLabel ?label }",
                       substitutions={"?label": ox.Literal("Niger", language="en")})
    assert [r["e"] for r in rows] == [vocab.entity_iri("Niger")]  # once, though both articles name it
    ask = P + "ASK { ?s skg:leads ?o }"
    assert store.query(ask, substitutions={"o": vocab.entity_iri(NIGER.id)}) is False
    assert store.query(ask, substitutions={"o": vocab.entity_iri(LNA.id)}) is True


def test_default_graph_is_the_union_of_article_graphs(store: GraphStore) -> None:
    store.write_articles([article_write(haftar_visits_niger("a1")), article_write(libya_meets_niger("b1"))])
    rows = store.query(P + """SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a skg:RelationEvent }""")
    assert [int(r["n"].value) for r in rows] == [4]
    rows = store.query(P + "SELECT DISTINCT ?x WHERE { ent:Niger (skg:meet|^skg:meet) ?x }")
    assert [r["x"] for r in rows] == [vocab.entity_iri("Libya")]
    assert store.query(P + "ASK { ent:Khalifa_Haftar skg:leads ent:Libyan_National_Army }") is True
    triples = list(store.query(P + "CONSTRUCT { ?s skg:leads ?o } WHERE { ?s skg:leads ?o }"))
    assert [(t.subject, t.object) for t in triples] == [
        (vocab.entity_iri(HAFTAR.id), vocab.entity_iri(LNA.id))]


def test_named_graph_queries_and_graph_restrictions(store: GraphStore) -> None:
    store.write_articles([article_write(haftar_visits_niger("a1")), article_write(libya_meets_niger("b1"))])
    rows = store.query(P + "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?ev skg:relation skg:visit } } ORDER BY ?g")
    assert [r["g"] for r in rows] == [vocab.article_graph("a1"), vocab.article_graph("b1")]
    rows = store.query(P + "SELECT ?g WHERE { GRAPH ?g { ?s skg:visit ?o } }")
    assert [r["g"].value for r in rows] == [vocab.EDGES_GRAPH] * 2  # the direct edges, once each

    rows = store.query(P + "SELECT ?o WHERE { ?ev skg:subject ent:Khalifa_Haftar ; skg:relation skg:visit ; "
                           "skg:object ?o }", default_graph=[vocab.article_graph("b1")])
    assert [r["o"] for r in rows] == [vocab.entity_iri(NIAMEY.id)]

    rows = store.query(P + "SELECT ?g WHERE { GRAPH ?g { ?ev skg:relation skg:visit } }",
                       named_graphs=[vocab.article_graph("a1")])
    assert [r["g"] for r in rows] == [vocab.article_graph("a1")]


def test_update_runs_sparql_update(store: GraphStore) -> None:
    store.write_articles([article_write(haftar_visits_niger("a1"))])
    store.update(P + "INSERT DATA { GRAPH <https://sahelkg.org/graph/curated> "
                     "{ ent:Niger skg:member_of ent:Alliance_of_Sahel_States } }")
    assert store.query(P + "ASK { ent:Niger skg:member_of ?o }") is True
    store.update("DROP GRAPH <https://sahelkg.org/graph/curated>")
    assert store.query(P + "ASK { ent:Niger skg:member_of ?o }") is False


@pytest.mark.parametrize("fmt", ["text/turtle", "application/n-triples", "application/rdf+xml",
                                 "application/ld+json"])
def test_serialize_triple_formats_write_the_union_graph(store: GraphStore, fmt: str) -> None:
    store.write_articles([article_write(haftar_visits_niger("a1")), article_write(libya_meets_niger("b1"))])
    out = io.BytesIO()
    store.serialize(out, fmt)
    parsed = {ox.Triple(q.subject, q.predicate, q.object)
              for q in ox.parse(out.getvalue(), ox.RdfFormat.from_media_type(fmt))}
    union = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads()}
    assert parsed == union


@pytest.mark.parametrize("fmt", ["application/trig", "application/n-quads"])
def test_serialize_quad_formats_write_the_dataset(store: GraphStore, fmt: str) -> None:
    store.write_articles([article_write(haftar_visits_niger("a1")), article_write(libya_meets_niger("b1"))])
    out = io.BytesIO()
    store.serialize(out, fmt)
    assert set(ox.parse(out.getvalue(), ox.RdfFormat.from_media_type(fmt))) == _quad_set(store)


def test_len_counts_quads_across_graphs(store: GraphStore) -> None:
    a, b = haftar_visits_niger("a1"), libya_meets_niger("b1")
    store.write_articles([article_write(a), article_write(b)])
    assert len(store) == len(article_quads(a)) + len(article_quads(b)) + len(_shared_quads(store))
    assert len(store) == len(list(store.quads()))


def test_relative_iris_resolve_against_the_base_iri(store: GraphStore) -> None:
    base = "http://example.org/endpoint"
    rows = list(store.query("SELECT ?x WHERE { BIND(<x> AS ?x) }", base_iri=base))  # type: ignore[arg-type]
    assert [row["x"] for row in rows] == [ox.NamedNode("http://example.org/x")]
    own = list(store.query("BASE <http://other.org/> SELECT ?x WHERE { BIND(<x> AS ?x) }",  # type: ignore[arg-type]
                           base_iri=base))
    assert [row["x"] for row in own] == [ox.NamedNode("http://other.org/x")]
    store.update("INSERT DATA { GRAPH <g> { <s> <p> <o> } }", base_iri=base)
    assert _quad_set(store, ox.NamedNode("http://example.org/g")) == {ox.Quad(
        ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
        ox.NamedNode("http://example.org/o"), ox.NamedNode("http://example.org/g"))}


def _stray(write: ArticleWrite) -> ArticleWrite:
    """The write with one quad in another article's graph: refused."""
    stray = ox.Quad(vocab.entity_iri("x"), vocab.ont("visit"), vocab.entity_iri("y"),
                    vocab.article_graph("zz"))
    return ArticleWrite(write.article_id, write.content_hash, [*write.quads, stray])


def test_a_batch_with_a_bad_write_writes_nothing_of_the_batch(store: GraphStore) -> None:
    good = article_write(haftar_visits_niger("a1"))
    with pytest.raises(ValueError, match="article 'b1': quad outside its graph"):
        store.write_articles([good, _stray(article_write(libya_meets_niger("b1")))])
    assert len(store) == 0
    assert store.article_ids() == []


def test_a_batch_mixing_new_and_replaced_articles_replaces_whole_graphs(store: GraphStore) -> None:
    store.write_articles([article_write(haftar_visits_niger("a1", text="v1"))])
    replacement = ExtractedArticle(haftar_visits_niger("a1").article.__class__("a1", "v2", lang="ar"),
                                   (make_relation("a1", HAFTAR, "deploy", NIGER, 3),))
    new = libya_meets_niger("b1")
    assert store.write_articles([article_write(replacement), article_write(new)]) == 2
    assert _quad_set(store, vocab.article_graph("a1")) == set(article_quads(replacement))
    assert _quad_set(store, vocab.article_graph("b1")) == set(article_quads(new))
    assert store.article_ids() == ["a1", "b1"]
    assert store.query(P + "ASK { GRAPH ?g { ent:Khalifa_Haftar skg:visit ent:Niger } }") is False
    with pytest.raises(ValueError, match="outside its graph"):  # a failing replacement keeps the old graph
        store.write_articles([_stray(article_write(haftar_visits_niger("a1", text="v3")))])
    assert _quad_set(store, vocab.article_graph("a1")) == set(article_quads(replacement))
