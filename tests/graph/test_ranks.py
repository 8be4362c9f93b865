"""Each entity's edges ranked by articles, kept at write time (rank buckets, graph/store/ranks.py):
a page read from the buckets is exactly the page a scan of every edge gives, after any writes,
replacements and withdrawals; and a layout-2 store (no buckets) is refused and migrated."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kg_samples import HAFTAR, LIBYA, LNA, NIAMEY, NIGER, make_article, make_relation
from older_layouts import assert_refused_then_migrated, older_store
from sahelkg.graph import edge_queries, vocab
from sahelkg.graph.edge_queries import _page, entity_edges, relation_edges
from sahelkg.graph.mapping import article_write
from sahelkg.graph.queries import RelationFilters
from sahelkg.graph.store.oxigraph import OxigraphStore
from test_layout_maintenance import ENTITIES, _article, operations

from sahelkg.records import ExtractedArticle

H = HAFTAR.id


def _hub_store() -> OxigraphStore:
    """Haftar visits Niger in 3 articles, Niamey in 2; Libya meets him in 2 (stored Libya -> Haftar);
    he leads the LNA in 1."""
    plan = {"n1": [(HAFTAR, "visit", NIGER), (HAFTAR, "leads", LNA), (LIBYA, "meet", HAFTAR)],
            "n2": [(HAFTAR, "visit", NIGER), (HAFTAR, "visit", NIAMEY), (LIBYA, "meet", HAFTAR)],
            "n3": [(HAFTAR, "visit", NIGER), (HAFTAR, "visit", NIAMEY)]}
    store = OxigraphStore.in_memory()
    for article_id, relations in plan.items():
        store.write_articles([article_write(ExtractedArticle(make_article(article_id), tuple(
            make_relation(article_id, s, rel, o, 30 * n) for n, (s, rel, o) in enumerate(relations))))])
    return store


def _keys(edges: list) -> list[tuple[str, str, str, int]]:
    return [(e.subject, e.relation, e.object, e.articles) for e in edges]


def test_an_entitys_two_sides_from_one_read_of_its_heads() -> None:
    store = _hub_store()
    out, into = entity_edges(store, H, 2)
    assert _keys(out) == [(H, "visit", "Niger", 3), (H, "visit", "Niamey", 2)]
    assert _keys(into) == [("Libya", "meet", H, 2)]
    for limit in (1, 2, 10):
        assert entity_edges(store, H, limit) == (
            relation_edges(store, subjects=[H], limit=limit, symmetric_both_ways=False),
            relation_edges(store, objects=[H], limit=limit, symmetric_both_ways=False))


def test_a_hubs_page_comes_most_supported_first_ties_by_iri() -> None:
    store = _hub_store()
    assert _keys(relation_edges(store, subjects=[H], limit=2)) == [
        (H, "visit", "Niger", 3), (H, "meet", "Libya", 2)]  # meet sorts before visit at 2 articles
    assert _keys(relation_edges(store, subjects=[H], limit=2, offset=2)) == [
        (H, "visit", "Niamey", 2), (H, "leads", "Libyan_National_Army", 1)]
    assert _keys(relation_edges(store, subjects=[H], limit=10, symmetric_both_ways=False)) == [
        (H, "visit", "Niger", 3), (H, "visit", "Niamey", 2), (H, "leads", "Libyan_National_Army", 1)]
    assert _keys(relation_edges(store, objects=[H], limit=10, symmetric_both_ways=False)) == [
        ("Libya", "meet", H, 2)]
    assert _keys(relation_edges(store, subjects=[H], relation="visit", limit=10,
                                filters=RelationFilters(min_articles=3))) == [(H, "visit", "Niger", 3)]


def test_ties_come_by_relation_even_when_the_first_read_takes_one_group_of_buckets() -> None:
    store = OxigraphStore.in_memory()
    for article_id in ("x1", "x2"):  # visit and leads, each in 2 articles: leads sorts first
        relations = (make_relation(article_id, HAFTAR, "visit", NIGER, 0),
                     make_relation(article_id, HAFTAR, "leads", LNA, 30))
        store.write_articles([article_write(ExtractedArticle(make_article(article_id), relations))])
    with patch.object(edge_queries, "_FIRST_GROUPS", 1):
        assert _keys(relation_edges(store, subjects=[H], limit=1)) == [
            (H, "leads", "Libyan_National_Army", 2)]
        assert _keys(relation_edges(store, subjects=[H], limit=1, offset=1)) == [(H, "visit", "Niger", 2)]


def test_an_edge_moves_up_its_buckets_and_an_emptied_bucket_is_deleted() -> None:
    store = _hub_store()
    store.withdraw_article("n3")  # Niger 3 -> 2, Niamey 2 -> 1
    assert _keys(relation_edges(store, subjects=[H], limit=10, symmetric_both_ways=False)) == [
        (H, "visit", "Niger", 2), (H, "leads", "Libyan_National_Army", 1), (H, "visit", "Niamey", 1)]
    buckets = sorted((vocab.local_name(r["rel"].value), int(r["n"].value)) for r in store.query(
        vocab.sparql_prefixes() + "SELECT ?rel ?n WHERE { ?b skg:rankEntity ent:Khalifa_Haftar ; "
        "skg:rankRole 'subject' ; skg:rankRelation ?rel ; skg:rankCount ?n }"))
    assert buckets == [("leads", 1), ("visit", 1), ("visit", 2)]  # visit at 3 went with its last member


pages = st.tuples(st.sampled_from(range(len(ENTITIES))), st.sampled_from(["s", "o"]),
                  st.sampled_from([None, "visit", "meet", "support"]), st.booleans(),
                  st.sampled_from([1, 2, 50]), st.sampled_from([0, 1, 3]), st.sampled_from([1, 2]))


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(operations, st.lists(pages, min_size=1, max_size=6), st.booleans())
def test_a_page_from_the_buckets_equals_a_scan_of_every_edge(steps: list, asked: list, bulk: bool) -> None:
    store = OxigraphStore.in_memory()
    store.bulk_min = 1 if bulk else 10**9
    for version, (kind, arg) in enumerate(steps):
        if kind == "write":
            store.write_articles([article_write(_article(i, version, drawn)) for i, drawn in arg])
        else:
            store.withdraw_article(arg)
    for index, side, relation, both_ways, limit, offset, min_articles in asked:
        ids = [ENTITIES[index].id]
        subjects, objects = (ids, None) if side == "s" else (None, ids)
        filters = RelationFilters(min_articles=min_articles)
        asking = (store, subjects, relation, objects, filters, limit, offset, both_ways)
        scanned = _page(*asking, ranked=False)[0]
        assert _page(*asking)[0] == scanned
        with patch.object(edge_queries, "_FIRST_GROUPS", 1):  # one group of buckets per read at first
            assert _page(*asking)[0] == scanned


def _hub_store_articles() -> list[ExtractedArticle]:
    return [ExtractedArticle(make_article(i), (make_relation(i, HAFTAR, "visit", NIGER, 0),
                                               make_relation(i, LIBYA, "meet", HAFTAR, 30)))
            for i in ("m1", "m2", "m3")]


def test_a_layout2_store_is_refused_and_migrate_builds_its_buckets(tmp_path: Path) -> None:
    data = tmp_path / "data"
    expected = older_store(data / "store", _hub_store_articles(), 2, f"""
        DELETE {{ GRAPH <{vocab.EDGES_GRAPH}> {{ ?b ?p ?v }} }}
        WHERE {{ GRAPH <{vocab.EDGES_GRAPH}> {{ ?b skg:rankEntity ?e ; ?p ?v }} }}""")
    assert_refused_then_migrated(data, "edges without rank buckets", 3, expected)
