"""On the seeds, served by a real uvicorn: the default graph gives each triple once, to a SPARQL
query without DISTINCT and to rdflib's SPARQLStore (len and triples())."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_support import RunningServer, make_settings
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from sahelkg.api.app import create_app
from sahelkg.graph import vocab
from sahelkg.graph.store.oxigraph import OxigraphStore
from sahelkg.ingest.job.pool import ingest_paths

pytestmark = pytest.mark.server

P = vocab.sparql_prefixes()


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, OxigraphStore]]:
    tmp = tmp_path_factory.mktemp("seeds-once")
    settings = make_settings(tmp, workers=1)
    store = OxigraphStore(tmp / "store")
    report = ingest_paths([seeds_dir], settings, store)
    assert report.written == len(list(seeds_dir.glob("*.txt")))
    try:
        with RunningServer(create_app(settings, store)) as server:
            yield server.url, store
    finally:
        store.close()


def _select(url: str, query: str) -> list[tuple[str, ...]]:
    response = httpx.post(url + "/sparql", data={"query": P + query},
                          headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert response.status_code == 200, response.text
    body = response.json()
    names = body["head"]["vars"]
    # a term is its value, language and datatype: "Niger"@en and "Niger"@fr are two labels
    return [tuple((row[n]["value"], row[n].get("xml:lang"), row[n].get("datatype"))
                  for n in names if n in row) for row in body["results"]["bindings"]]


def test_a_query_without_distinct_lists_each_edge_once(seeds: tuple[str, OxigraphStore]) -> None:
    url, _ = seeds
    visits = _select(url, "SELECT ?s ?o WHERE { ?s skg:visit ?o }")
    assert visits and len(visits) == len(set(visits))
    haftar_niamey = ((vocab.ENTITY + "Khalifa_Haftar", None, None), (vocab.ENTITY + "Niamey", None, None))
    assert visits.count(haftar_niamey) == 1
    labels = _select(url, 'SELECT ?e ?l WHERE { ?e rdfs:label ?l } ')
    assert len(labels) == len(set(labels))
    everything = _select(url, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert len(everything) == len(set(everything))


def test_rdflib_sparqlstore_sees_each_triple_once(seeds: tuple[str, OxigraphStore]) -> None:
    url, store = seeds
    graph = Graph(store=SPARQLStore(url + "/sparql", returnFormat="xml"))
    triples = list(graph.triples((None, None, None)))
    distinct = {(q.subject.value, q.predicate.value, str(q.object)) for q in store.quads()}
    assert len(graph) == len(triples) == len(set(triples)) == len(distinct) == len(store)
    haftar = URIRef(vocab.ENTITY + "Khalifa_Haftar")
    visits = list(graph.triples((haftar, URIRef(vocab.ONT + "visit"), None)))
    assert len(visits) == len(set(visits)) and (haftar, URIRef(vocab.ONT + "visit"),
                                                  URIRef(vocab.ENTITY + "Niamey")) in visits
