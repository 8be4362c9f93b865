"""Exports (every format), the networkx projection, GEXF validity and graph statistics."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from gexf_schema import assert_valid_gexf, corrected_xsd, official_xsd
from lxml import etree
from sahelkg.graph.export import EXPORTERS, export
from sahelkg.graph.formats import FORMATS, UnknownFormat
from sahelkg.graph.gexf import GEXF_NS, VIZ_NS
from sahelkg.graph.ontology import ONTOLOGY_IRI, ontology_triples
from sahelkg.graph.projection import project
from sahelkg.graph.stats import graph_stats
from sahelkg.graph.store.oxigraph import OxigraphStore


def test_the_table_covers_every_rdf_and_network_format() -> None:
    expected = {f.name for f in FORMATS if f.kind in ("triples", "quads", "network")}
    assert set(EXPORTERS) == expected


def test_projection_aggregates_events_per_subject_relation_object(filled: OxigraphStore) -> None:
    graph = project(filled)
    assert isinstance(graph, nx.MultiDiGraph)
    assert sorted(graph.nodes) == ["Khalifa_Haftar", "Libya", "Libyan_National_Army", "Niamey", "Niger"]
    assert graph.nodes["Khalifa_Haftar"] == {
        "type": "Person", "colour": "#e6550d", "label": "Khalifa Haftar", "label_en": "Khalifa Haftar",
        "label_ar": "خليفة حفتر", "label_fr": "Khalifa Haftar", "wikidata": "Q1140367", "articles": 3}
    assert {n: a["articles"] for n, a in graph.nodes(data=True)} == {
        "Khalifa_Haftar": 3, "Libya": 1, "Libyan_National_Army": 1, "Niamey": 1, "Niger": 3}
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


def test_gexf_is_valid_against_the_official_schema_and_dynamic(filled: OxigraphStore, shared_dir: Path,
                                                                tmp_path: Path) -> None:
    out = io.BytesIO()
    export(filled, "gexf", out)
    doc = etree.fromstring(out.getvalue())
    assert_valid_gexf(doc, shared_dir, tmp_path)
    ns = {"g": GEXF_NS, "viz": VIZ_NS}
    graph_el = doc.find("g:graph", ns)
    assert graph_el.get("mode") == "dynamic" and graph_el.get("timeformat") == "date"
    assert graph_el.get("name") is None
    edges = {(e.get("source"), e.get("label"), e.get("target")): e for e in doc.iterfind(".//g:edge", ns)}
    visit = edges[("Khalifa_Haftar", "visit", "Niger")]
    assert (visit.get("start"), visit.get("weight")) == ("2018-08-07", "2.0")
    leads = edges[("Khalifa_Haftar", "leads", "Libyan_National_Army")]
    assert leads.get("start") == "2018-08-08"  # no event date: first publication date
    niger = doc.find(".//g:node[@id='Niger']", ns)
    colour = niger.find("viz:color", ns)
    assert (colour.get("r"), colour.get("g"), colour.get("b")) == ("49", "130", "189")
    assert niger.find("g:color", ns) is None
    assert niger.find("viz:size", ns).get("value") == "16.928"  # 10 + 4 * sqrt(3 articles)
    assert niger.find("viz:position", ns) is None  # no coordinates in this graph


def test_an_empty_store_still_gives_a_valid_gexf(shared_dir: Path, tmp_path: Path) -> None:
    out = io.BytesIO()
    export(OxigraphStore.in_memory(), "gexf", out)
    assert_valid_gexf(etree.fromstring(out.getvalue()), shared_dir, tmp_path)


def test_coordinates_give_positions_and_attributes(placed: OxigraphStore, shared_dir: Path,
                                                   tmp_path: Path) -> None:
    graph = project(placed)
    assert (graph.nodes["Niamey"]["latitude"], graph.nodes["Niamey"]["longitude"]) == (13.5116, 2.1254)
    assert (graph.nodes["Niger"]["latitude"], graph.nodes["Niger"]["longitude"]) == (17.0, 8.0)
    assert "latitude" not in graph.nodes["Khalifa_Haftar"]
    assert "latitude" not in graph.nodes["Libya"]  # "north" is not a number: no position
    out = io.BytesIO()
    export(placed, "gexf", out)
    doc = etree.fromstring(out.getvalue())
    assert_valid_gexf(doc, shared_dir, tmp_path)
    ns = {"g": GEXF_NS, "viz": VIZ_NS}
    niamey = doc.find(".//g:node[@id='Niamey']", ns)
    position = niamey.find("viz:position", ns)
    assert (position.get("x"), position.get("y"), position.get("z")) == ("21.254", "135.116", "0.0")
    values = {v.get("for"): v.get("value") for v in niamey.iterfind("g:attvalues/g:attvalue", ns)}
    assert (values["latitude"], values["longitude"]) == ("13.5116", "2.1254")
    placed_nodes = {n.get("id") for n in doc.iterfind(".//g:node", ns)
                    if n.find("viz:position", ns) is not None}
    assert placed_nodes == {"Niamey", "Niger"}


def test_the_viz_elements_are_checked_against_the_viz_schema(filled: OxigraphStore, shared_dir: Path,
                                                             tmp_path: Path) -> None:
    out = io.BytesIO()
    export(filled, "gexf", out)
    doc = etree.fromstring(out.getvalue())
    official = etree.XMLSchema(etree.parse(str(official_xsd(shared_dir))))
    assert not official.validate(doc)  # the 1.2draft erratum: viz:color is not declared where used
    assert {e.message for e in official.error_log} == {
        f"Element '{{{VIZ_NS}}}color': This element is not expected."}
    corrected = etree.XMLSchema(etree.parse(str(corrected_xsd(shared_dir, tmp_path))))
    doc.find(f".//{{{VIZ_NS}}}color").set("r", "300")
    doc.find(f".//{{{VIZ_NS}}}size").set("value", "-1")
    assert not corrected.validate(doc)
    assert len(corrected.error_log) == 2


def test_networkx_reads_colour_size_position_attributes_and_timeline(placed: OxigraphStore,
                                                                     tmp_path: Path) -> None:
    path = tmp_path / "graph.gexf"
    with path.open("wb") as out:
        export(placed, "gexf", out)
    back = nx.read_gexf(path)
    assert back.nodes["Niamey"]["viz"] == {
        "color": {"r": 117, "g": 107, "b": 177, "a": 1.0}, "size": 14.0,
        "position": {"x": 21.254, "y": 135.116, "z": 0.0}}
    assert back.nodes["Khalifa_Haftar"]["viz"] == {"color": {"r": 230, "g": 85, "b": 13, "a": 1.0},
                                                   "size": 16.928}
    assert (back.nodes["Niamey"]["latitude"], back.nodes["Niamey"]["longitude"]) == (13.5116, 2.1254)
    assert (back.nodes["Niger"]["label_ar"], back.nodes["Niger"]["type"]) == ("النيجر", "Country")
    visits = [d for s, t, d in back.edges(data=True)
              if (s, t, d["relation"]) == ("Khalifa_Haftar", "Niger", "visit")]
    assert [(d["start"], d["weight"], d["first_date"], d["last_date"]) for d in visits] == [
        ("2018-08-07", 2.0, "2018-08-07", "2019-03-01")]


def test_graphml_carries_coordinates(placed: OxigraphStore, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    with path.open("wb") as out:
        export(placed, "graphml", out)
    back = nx.read_graphml(path, force_multigraph=True)
    assert (back.nodes["Niamey"]["latitude"], back.nodes["Niamey"]["longitude"]) == (13.5116, 2.1254)
    assert back.nodes["Niamey"]["articles"] == 1
    assert "latitude" not in back.nodes["Khalifa_Haftar"]


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
