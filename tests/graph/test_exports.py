"""Exports (every format), the networkx projection, GEXF validity and graph statistics."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from kg_samples import HAFTAR, NIGER, haftar_visits_niger, libya_meets_niger, make_article, make_relation
from lxml import etree
from sahelkg.graph.export import EXPORTERS, export
from sahelkg.graph.formats import FORMATS, UnknownFormat
from sahelkg.graph.gexf import GEXF_NS
from sahelkg.graph.mapping import article_write
from sahelkg.graph.ontology import ONTOLOGY_IRI, ontology_triples
from sahelkg.graph.projection import project
from sahelkg.graph.stats import graph_stats
from sahelkg.graph.store.oxigraph import OxigraphStore

from sahelkg.records import ExtractedArticle


@pytest.fixture
def filled() -> OxigraphStore:
    store = OxigraphStore.in_memory()
    later = ExtractedArticle(make_article("c1", published=None), (
        make_relation("c1", HAFTAR, "visit", NIGER, 7, date="2019-03", date_precision="month",
                      status="planned", confidence=0.9),
    ))
    articles = (haftar_visits_niger("a1"), libya_meets_niger("b1"), later)
    store.write_articles([article_write(x) for x in articles])
    return store


def test_the_table_covers_every_rdf_and_network_format() -> None:
    expected = {f.name for f in FORMATS if f.kind in ("triples", "quads", "network")}
    assert set(EXPORTERS) == expected


def test_projection_aggregates_events_per_subject_relation_object(filled: OxigraphStore) -> None:
    graph = project(filled)
    assert isinstance(graph, nx.MultiDiGraph)
    assert sorted(graph.nodes) == ["Khalifa_Haftar", "Libya", "Libyan_National_Army", "Niamey", "Niger"]
    assert graph.nodes["Khalifa_Haftar"] == {
        "type": "Person", "colour": "#e6550d", "label": "Khalifa Haftar", "label_en": "Khalifa Haftar",
        "label_ar": "خليفة حفتر", "label_fr": "Khalifa Haftar", "wikidata": "Q1140367"}
    assert graph.nodes["Libya"]["label_ar"] == "ليبيا" and "label_fr" not in graph.nodes["Libya"]
    assert sorted(graph.edges(keys=True)) == [
        ("Khalifa_Haftar", "Libyan_National_Army", "leads"),
        ("Khalifa_Haftar", "Niamey", "visit"),
        ("Khalifa_Haftar", "Niger", "visit"),
        ("Libya", "Niger", "meet"),
    ]
    assert graph.edges["Khalifa_Haftar", "Niger", "visit"] == {
        "relation": "visit", "weight": 2, "events": 2, "statuses": "occurred,planned", "confidence": 0.9,
        "first_date": "2018-08-07", "last_date": "2019-03-01", "first_published": "2018-08-08"}
    assert graph.edges["Khalifa_Haftar", "Niamey", "visit"]["first_date"] == "2024-01-01"
    assert "first_date" not in graph.edges["Khalifa_Haftar", "Libyan_National_Army", "leads"]


def _gexf_schema(shared_dir: Path) -> etree.XMLSchema:
    xsd = shared_dir / "schemas" / "gexf" / "1.2draft" / "gexf.xsd"
    if not xsd.is_file():
        pytest.skip(f"{xsd} is absent: the official GEXF schema is needed to validate")
    return etree.XMLSchema(etree.parse(str(xsd)))


def test_gexf_is_valid_against_the_official_schema_and_dynamic(filled: OxigraphStore,
                                                                shared_dir: Path) -> None:
    out = io.BytesIO()
    export(filled, "gexf", out)
    doc = etree.fromstring(out.getvalue())
    schema = _gexf_schema(shared_dir)
    assert schema.validate(doc), schema.error_log
    ns = {"g": GEXF_NS}
    graph_el = doc.find("g:graph", ns)
    assert graph_el.get("mode") == "dynamic" and graph_el.get("timeformat") == "date"
    assert graph_el.get("name") is None
    edges = {(e.get("source"), e.get("label"), e.get("target")): e for e in doc.iterfind(".//g:edge", ns)}
    visit = edges[("Khalifa_Haftar", "visit", "Niger")]
    assert (visit.get("start"), visit.get("weight")) == ("2018-08-07", "2.0")
    leads = edges[("Khalifa_Haftar", "leads", "Libyan_National_Army")]
    assert leads.get("start") == "2018-08-08"  # no event date: first publication date
    colour = doc.find(".//g:node[@id='Niger']/g:color", ns)
    assert (colour.get("r"), colour.get("g"), colour.get("b")) == ("49", "130", "189")


def test_an_empty_store_still_gives_a_valid_gexf(shared_dir: Path) -> None:
    out = io.BytesIO()
    export(OxigraphStore.in_memory(), "gexf", out)
    schema = _gexf_schema(shared_dir)
    assert schema.validate(etree.fromstring(out.getvalue())), schema.error_log


def test_graphml_reads_back_with_networkx(filled: OxigraphStore, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    with path.open("wb") as out:
        export(filled, "application/graphml+xml", out)
    back = nx.read_graphml(path, force_multigraph=True)
    assert sorted(back.nodes) == sorted(project(filled).nodes)
    assert back.number_of_edges() == 4
    assert back.nodes["Niger"]["label_ar"] == "النيجر"
    visit = back.edges["Khalifa_Haftar", "Niger", "visit"]
    assert (visit["relation"], visit["weight"], visit["first_date"]) == ("visit", 2, "2018-08-07")


@pytest.mark.parametrize("fmt", ["ttl", "nt", "rdfxml", "jsonld"])
def test_triple_exports_carry_the_union_graph(filled: OxigraphStore, fmt: str) -> None:
    out = io.BytesIO()
    export(filled, fmt, out)
    parsed = {ox.Triple(q.subject, q.predicate, q.object)
              for q in ox.parse(out.getvalue(), FORMAT_BY_NAME[fmt].rdf_format)}
    assert parsed == {ox.Triple(q.subject, q.predicate, q.object) for q in filled.quads()}


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_quad_exports_carry_the_dataset(filled: OxigraphStore, fmt: str) -> None:
    out = io.BytesIO()
    export(filled, fmt, out)
    assert set(ox.parse(out.getvalue(), FORMAT_BY_NAME[fmt].rdf_format)) == set(filled.quads())


def test_include_ontology_adds_it_to_rdf_exports(filled: OxigraphStore) -> None:
    out = io.BytesIO()
    export(filled, "turtle", out, include_ontology=True)
    parsed = {ox.Triple(q.subject, q.predicate, q.object)
              for q in ox.parse(out.getvalue(), ox.RdfFormat.TURTLE)}
    data = {ox.Triple(q.subject, q.predicate, q.object) for q in filled.quads()}
    assert parsed == data | set(ontology_triples())

    out = io.BytesIO()
    export(filled, "trig", out, include_ontology=True)
    quads = set(ox.parse(out.getvalue(), ox.RdfFormat.TRIG))
    in_ontology = {q for q in quads if q.graph_name == ox.NamedNode(ONTOLOGY_IRI)}
    assert len(in_ontology) == len(ontology_triples())
    assert quads - in_ontology == set(filled.quads())


def test_unknown_export_format_names_the_choices(filled: OxigraphStore) -> None:
    with pytest.raises(UnknownFormat, match="unknown format 'csv'; expected one of: ttl, nt, rdfxml"):
        export(filled, "csv", io.BytesIO())


def test_graph_stats_counts(filled: OxigraphStore) -> None:
    stats = graph_stats(filled)
    assert (stats.articles, stats.entities, stats.relations, stats.edges) == (3, 5, 5, 4)
    assert stats.quads == len(filled)
    assert stats.entities_by_type == {"Person": 1, "Country": 2, "Organization": 0, "ArmedGroup": 1,
                                      "Place": 1}
    assert {k: v for k, v in stats.relations_by_type.items() if v} == {"visit": 3, "leads": 1, "meet": 1}
    assert stats.to_json()["relations_by_type"]["arrest"] == 0


FORMAT_BY_NAME = {f.name: f for f in FORMATS}
