"""The API under a real uvicorn on 127.0.0.1, driven by real clients: SPARQLWrapper for every result
format, rdflib's SPARQLStore reading the graph through the endpoint, plain HTTP for timeouts,
tokens and injection attempts."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from api_support import TOKEN, RunningServer, fill, make_settings
from rdflib import Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from sahelkg.api.app import create_app
from sahelkg.graph import vocab
from sahelkg.graph.store.oxigraph import OxigraphStore
from SPARQLWrapper import CSV, JSON, JSONLD, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from test_timeouts import STREAMING, generated_store

pytestmark = pytest.mark.server

P = vocab.sparql_prefixes()
VISITS = (
    P
    + "SELECT DISTINCT ?place ?label WHERE { ent:Khalifa_Haftar skg:visit ?place . ?place rdfs:label ?label "
    "FILTER(lang(?label) = 'ar') } ORDER BY ?place"
)
NIGER_LABELS = P + 'CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e skg:entityId "Niger" ; rdfs:label ?l }'
EXPECTED_LABELS = {
    ("https://sahelkg.org/entity/Niger", "Niger", "en"),
    ("https://sahelkg.org/entity/Niger", "Niger", "fr"),
    ("https://sahelkg.org/entity/Niger", "النيجر", "ar"),
}


def wrapper(url: str, query: str, fmt: str) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def test_sparqlwrapper_select_json_and_xml(sample_server: str) -> None:
    result = wrapper(sample_server, VISITS, JSON).query().convert()
    assert [(b["place"]["value"], b["label"]["value"]) for b in result["results"]["bindings"]] == [
        ("https://sahelkg.org/entity/Niamey", "نيامي"),
        ("https://sahelkg.org/entity/Niger", "النيجر"),
    ]
    document = wrapper(sample_server, VISITS, XML).query().convert()  # an xml.dom document
    literals = [node.firstChild.data for node in document.getElementsByTagName("literal")]
    assert literals == ["نيامي", "النيجر"]


def test_sparqlwrapper_select_csv_and_tsv(sample_server: str) -> None:
    csv = wrapper(sample_server, VISITS, CSV).query().convert()
    assert (
        csv.decode()
        == "place,label\r\nhttps://sahelkg.org/entity/Niamey,نيامي\r\nhttps://sahelkg.org/entity/Niger,النيجر\r\n"
    )
    tsv = wrapper(sample_server, VISITS, TSV).query().convert()
    assert tsv.decode() == (
        '?place\t?label\n<https://sahelkg.org/entity/Niamey>\t"نيامي"@ar\n'
        '<https://sahelkg.org/entity/Niger>\t"النيجر"@ar\n'
    )


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_sparqlwrapper_ask(sample_server: str, fmt: str) -> None:
    yes = wrapper(sample_server, P + "ASK { ent:Khalifa_Haftar skg:visit ent:Niger }", fmt).query().convert()
    no = wrapper(sample_server, P + "ASK { ent:Niger skg:visit ent:Khalifa_Haftar }", fmt).query().convert()
    if fmt == JSON:
        assert (yes["boolean"], no["boolean"]) == (True, False)
    else:
        assert [d.getElementsByTagName("boolean")[0].firstChild.data for d in (yes, no)] == ["true", "false"]


def _labels(graph: Graph) -> set[tuple[str, str, str | None]]:
    return {(str(s), str(o), o.language) for s, _, o in graph}


def test_sparqlwrapper_construct_turtle_jsonld_rdfxml(sample_server: str) -> None:
    turtle = wrapper(sample_server, NIGER_LABELS, TURTLE).query().convert()
    assert _labels(Graph().parse(data=turtle, format="turtle")) == EXPECTED_LABELS
    for fmt in (JSONLD, RDFXML):
        graph = wrapper(sample_server, NIGER_LABELS, fmt).query().convert()
        assert isinstance(graph, Graph)
        assert _labels(graph) == EXPECTED_LABELS


def test_sparqlwrapper_construct_ntriples(sample_server: str) -> None:
    sparql = wrapper(sample_server, NIGER_LABELS, TURTLE)
    sparql.setOnlyConneg(True)
    sparql.addCustomHttpHeader("Accept", "application/n-triples")
    response = sparql.query()
    assert response.response.headers["Content-Type"] == "application/n-triples"
    assert _labels(Graph().parse(data=response.response.read(), format="nt")) == EXPECTED_LABELS


def test_sparqlwrapper_post(sample_server: str) -> None:
    sparql = wrapper(sample_server, VISITS, JSON)
    sparql.setMethod("POST")
    bindings = sparql.query().convert()["results"]["bindings"]
    assert [b["label"]["value"] for b in bindings] == ["نيامي", "النيجر"]


def test_rdflib_sparqlstore_reads_through_the_endpoint(
    sample_server: str, sample_store: OxigraphStore
) -> None:
    graph = Graph(store=SPARQLStore(sample_server + "/sparql", returnFormat="xml"))
    haftar = URIRef(vocab.ENTITY + "Khalifa_Haftar")
    visit = URIRef(vocab.ONT + "visit")
    assert set(graph.objects(haftar, visit)) == {
        URIRef(vocab.ENTITY + "Niger"),
        URIRef(vocab.ENTITY + "Niamey"),
    }
    assert (haftar, URIRef(vocab.RDFS + "label"), RdfLiteral("خليفة حفتر", lang="ar")) in graph
    rows = graph.query(P + "SELECT ?s WHERE { ?s skg:relative_of ent:Khalifa_Haftar }")
    assert [str(row[0]) for row in rows] == [vocab.ENTITY + "Saddam_Haftar"]
    # the default graph is the union of the graphs, and no triple is in two of them
    assert len(graph) == len(sample_store)


def test_rest_over_http_with_arabic_and_injection(sample_server: str) -> None:
    with httpx.Client(base_url=sample_server, timeout=10) as client:
        body = client.get("/relations", params={"subject": "حفتر", "relation": "visit", "lang": "ar"}).json()
        assert [(r["subject"]["label"], r["object"]["label"]) for r in body["results"]] == [
            ("خليفة حفتر", "النيجر"),
            ("خليفة حفتر", "نيامي"),
        ]
        for attempt in ('"} UNION { ?s ?p ?o } #', "Niger> ?p ?o } #\n", "x' ; DROP ALL ; '"):
            response = client.get("/relations", params={"subject": attempt})
            assert response.status_code == 404
            assert response.json()["id"] == attempt
        assert client.get("/stats").json()["articles"] == 5


def test_timeout_over_http_while_health_answers(tmp_path: Path, serve: Callable[..., RunningServer]) -> None:
    store = generated_store()
    server = serve(create_app(make_settings(tmp_path, query_timeout=1.0), store))
    outcome: dict[str, object] = {}

    def slow() -> None:
        started = time.monotonic()
        response = httpx.get(server.url + "/sparql", params={"query": STREAMING}, timeout=30)
        outcome.update(status=response.status_code, body=response.json(), elapsed=time.monotonic() - started)

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.3)
    answered = []
    while thread.is_alive():
        started = time.monotonic()
        health = httpx.get(server.url + "/health", timeout=5)
        answered.append((health.status_code, time.monotonic() - started))
        time.sleep(0.1)
    thread.join()
    assert outcome["status"] == 504
    assert outcome["body"] == {"error": "query exceeded the 1 s time limit", "status": 504, "timeout_s": 1.0}
    assert 0.9 < outcome["elapsed"] < 3.0  # type: ignore[operator]
    assert len(answered) >= 3
    assert all(status == 200 and seconds < 0.5 for status, seconds in answered)


def test_write_token_over_http(tmp_path: Path, serve: Callable[..., RunningServer]) -> None:
    store = fill(OxigraphStore(tmp_path / "store"))
    server = serve(create_app(make_settings(tmp_path, write_token=TOKEN), store))
    sparql = SPARQLWrapper(server.url + "/sparql")
    sparql.setMethod("POST")
    sparql.setQuery(f"DROP GRAPH <{vocab.GRAPH}inj1>")
    with pytest.raises(Exception, match="403"):
        sparql.query()
    assert "inj1" in store.article_ids()
    sparql.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    sparql.query()
    assert "inj1" not in store.article_ids()
    # the caches of the running server follow the update: the entity went with its only article
    response = httpx.get(server.url + "/relations", params={"subject": "Quote_Test"}, timeout=10)
    assert (response.status_code, response.json()["id"]) == (404, "Quote_Test")
