"""An entity id that must be escaped in its IRI comes back unchanged from every view of the graph."""

from __future__ import annotations

from kg_samples import NIGER, make_article, make_relation
from sahelkg.graph import vocab
from sahelkg.graph.edge_queries import relation_edges
from sahelkg.graph.mapping import article_write
from sahelkg.graph.projection import project
from sahelkg.graph.store.oxigraph import OxigraphStore

from sahelkg.records import Entity, ExtractedArticle

ODD = Entity("Front_{Sud}#2", "Front {Sud} #2", "ArmedGroup", {"fr": "Front {Sud} #2"})


def test_escaped_entity_ids_are_the_same_in_rest_queries_and_the_network() -> None:
    assert vocab.entity_id_of(vocab.entity_iri(ODD.id).value) == ODD.id
    store = OxigraphStore.in_memory()
    fight = make_relation("a1", ODD, "fight", NIGER)
    store.write_articles([article_write(ExtractedArticle(make_article("a1"), (fight,)))])
    (edge,) = relation_edges(store, relation="fight")
    assert (edge.subject, edge.object) == (ODD.id, "Niger")
    network = project(store)
    assert set(network.nodes) == {ODD.id, "Niger"}
    assert list(network.edges(keys=True)) == [(ODD.id, "Niger", "fight")]
