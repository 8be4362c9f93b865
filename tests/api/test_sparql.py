"""``/sparql``: the SPARQL 1.1 Protocol in-process: GET and POST forms, content negotiation (bytes
compared with pyoxigraph's own serialisers), datasets, errors and the write-token rules."""

from __future__ import annotations

import pytest
from api_support import TOKEN
from fastapi.testclient import TestClient
from pyoxigraph import NamedNode, QueryResultsFormat, RdfFormat, Triple, parse
from sahelkg.graph import vocab
from sahelkg.graph.store.oxigraph import OxigraphStore

P = vocab.sparql_prefixes()
SELECT = (
    P
    + """SELECT ?e ?label ?wd WHERE {
  ?e skg:entityId ?id ; rdfs:label ?label . OPTIONAL { ?e owl:sameAs ?wd }
  FILTER(?id IN ("Khalifa_Haftar", "Niger", "Quote_Test"))
} ORDER BY ?e ?label"""
)
EVENTS = (
    P
    + "SELECT ?ev ?date ?conf ?text WHERE { ?ev skg:eventDate ?date ; skg:confidence ?conf ; "
    "skg:evidence ?text } ORDER BY ?ev"
)
CONSTRUCT = P + 'CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e skg:entityId "Niger" ; rdfs:label ?l }'

RESULT_TYPES = {
    "application/sparql-results+json": QueryResultsFormat.JSON,
    "application/sparql-results+xml": QueryResultsFormat.XML,
    "text/csv": QueryResultsFormat.CSV,
    "text/tab-separated-values": QueryResultsFormat.TSV,
}


def expected_bytes(store: OxigraphStore, sparql: str, fmt: QueryResultsFormat) -> bytes:
    return store.query(sparql).serialize(format=fmt)  # type: ignore[union-attr]


@pytest.mark.parametrize("media_type", list(RESULT_TYPES))
@pytest.mark.parametrize("sparql", [SELECT, EVENTS])
def test_select_in_every_results_format(
    client: TestClient, sample_store: OxigraphStore, media_type: str, sparql: str
) -> None:
    response = client.get("/sparql", params={"query": sparql}, headers={"Accept": media_type})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type
    assert response.headers["vary"] == "Accept"
    assert response.content == expected_bytes(sample_store, sparql, RESULT_TYPES[media_type])


def test_select_default_format_and_post_forms(client: TestClient, sample_store: OxigraphStore) -> None:
    expected = expected_bytes(sample_store, SELECT, QueryResultsFormat.JSON)
    get = client.get("/sparql", params={"query": SELECT})
    form = client.post("/sparql", data={"query": SELECT}, headers={"Accept": "*/*"})
    direct = client.post(
        "/sparql",
        content=SELECT.encode(),
        headers={"Content-Type": "application/sparql-query; charset=utf-8"},
    )
    for response in (get, form, direct):
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/sparql-results+json"
        assert response.content == expected


def test_format_parameter_overrides_accept(client: TestClient, sample_store: OxigraphStore) -> None:
    response = client.get(
        "/sparql",
        params={"query": SELECT, "format": "csv"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert response.content == expected_bytes(sample_store, SELECT, QueryResultsFormat.CSV)
    # a format for another query form (as SPARQLWrapper sends) falls back to Accept
    response = client.get(
        "/sparql",
        params={"query": SELECT, "format": "turtle"},
        headers={"Accept": "text/tab-separated-values"},
    )
    assert response.content == expected_bytes(sample_store, SELECT, QueryResultsFormat.TSV)


@pytest.mark.parametrize(
    ("media_type", "body"),
    [
        ("application/sparql-results+json", b'{"head":{},"boolean":true}'),
        (
            "application/sparql-results+xml",
            b'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            b"<head></head><boolean>true</boolean></sparql>",
        ),
        ("text/csv", b"true"),
        ("text/tab-separated-values", b"true"),
    ],
)
def test_ask(client: TestClient, media_type: str, body: bytes) -> None:
    response = client.get(
        "/sparql",
        params={"query": P + "ASK { ent:Khalifa_Haftar skg:visit ent:Niger }"},
        headers={"Accept": media_type},
    )
    assert (response.status_code, response.content) == (200, body)
    false = client.get("/sparql", params={"query": P + "ASK { ent:Niger skg:visit ent:Khalifa_Haftar }"})
    assert false.json() == {"head": {}, "boolean": False}


@pytest.mark.parametrize(
    ("media_type", "rdf_format"),
    [
        ("text/turtle", RdfFormat.TURTLE),
        ("application/n-triples", RdfFormat.N_TRIPLES),
        ("application/ld+json", RdfFormat.JSON_LD),
        ("application/rdf+xml", RdfFormat.RDF_XML),
    ],
)
def test_construct_in_every_rdf_format(client: TestClient, media_type: str, rdf_format: RdfFormat) -> None:
    response = client.post("/sparql", data={"query": CONSTRUCT}, headers={"Accept": media_type})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type
    triples = {
        (t.subject.value, t.object.value, t.object.language) for t in parse(response.content, rdf_format)
    }
    assert triples == {
        (vocab.ENTITY + "Niger", "Niger", "en"),
        (vocab.ENTITY + "Niger", "Niger", "fr"),
        (vocab.ENTITY + "Niger", "النيجر", "ar"),
    }


def test_describe_defaults_to_turtle(client: TestClient, sample_store: OxigraphStore) -> None:
    response = client.get("/sparql", params={"query": P + "DESCRIBE ent:Chad"})
    assert response.headers["content-type"] == "text/turtle; charset=utf-8"
    got = {Triple(t.subject, t.predicate, t.object) for t in parse(response.content, RdfFormat.TURTLE)}
    expected = set(sample_store.query(P + "DESCRIBE ent:Chad"))  # type: ignore[arg-type]
    assert got == expected and len(got) == 8  # type, id, three labels, prefLabel, article count, one edge


@pytest.mark.parametrize(
    ("sparql", "accept"),
    [(SELECT, "text/turtle"), (CONSTRUCT, "text/csv"), (SELECT, "image/png, text/html;q=0.5")],
)
def test_not_acceptable(client: TestClient, sparql: str, accept: str) -> None:
    response = client.get("/sparql", params={"query": sparql}, headers={"Accept": accept})
    assert response.status_code == 406
    assert response.json()["error"].startswith(f"cannot answer this query as {accept!r}; offered: ")


@pytest.mark.parametrize(
    ("request_args", "message"),
    [
        ({"params": {"query": "SELEC * WHERE { ?s ?p ?o }"}}, "malformed SPARQL query: error at 1:1"),
        ({"params": {"query": "SELECT * WHERE { ?s ?p ?o "}}, "malformed SPARQL query: error at "),
        ({"params": {}}, "missing the 'query' parameter"),
        ({"params": {"query": "  "}}, "empty SPARQL query"),
        ({"params": {"update": "CLEAR ALL"}}, "a SPARQL update must be sent with POST"),
        (
            {"params": {"query": "ASK {}", "default-graph-uri": "not an iri"}},
            "default-graph-uri 'not an iri' is not",
        ),
        (
            {"params": {"query": "SELECT * FROM ex:g WHERE { ?s ?p ?o }"}},
            "malformed SPARQL query: unknown prefix",
        ),
    ],
)
def test_bad_requests(client: TestClient, request_args: dict[str, object], message: str) -> None:
    response = client.get("/sparql", **request_args)  # type: ignore[arg-type]
    assert response.status_code == 400
    assert response.json()["error"].startswith(message)


def test_unsupported_content_type(client: TestClient) -> None:
    response = client.post("/sparql", content=b"{}", headers={"Content-Type": "application/json"})
    assert response.status_code == 415
    assert response.json()["error"].startswith("unsupported content type 'application/json'")


COUNT_EVENTS = P + "SELECT (COUNT(?ev) AS ?n) WHERE { ?ev a skg:RelationEvent }"


def count(client: TestClient, sparql: str, **params: object) -> int:
    response = client.get("/sparql", params={"query": sparql, **params})
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_dataset_from_protocol_and_from_clauses(client: TestClient) -> None:
    assert count(client, COUNT_EVENTS) == 14
    assert count(client, COUNT_EVENTS, **{"default-graph-uri": vocab.GRAPH + "en1"}) == 3
    assert (
        count(client, COUNT_EVENTS, **{"default-graph-uri": [vocab.GRAPH + "en1", vocab.GRAPH + "fr1"]}) == 5
    )
    from_clause = P + f"SELECT (COUNT(?ev) AS ?n) FROM <{vocab.GRAPH}fr1> WHERE {{ ?ev a skg:RelationEvent }}"
    assert count(client, from_clause) == 2
    prefixed = (
        P + "PREFIX g: <https://sahelkg.org/graph/>\n"
        "SELECT (COUNT(?ev) AS ?n) FROM g:ar1 WHERE { ?ev a skg:RelationEvent }"
    )
    assert count(client, prefixed) == 5
    named = P + "SELECT (COUNT(?ev) AS ?n) WHERE { GRAPH ?g { ?ev a skg:RelationEvent } }"
    assert count(client, named, **{"named-graph-uri": vocab.GRAPH + "ar2"}) == 3
    # the protocol's dataset wins over the query's
    assert count(client, from_clause, **{"default-graph-uri": vocab.GRAPH + "ar1"}) == 5
    # "FROM" inside a literal or a variable name is not a FROM clause
    literal = P + 'SELECT (COUNT(?ev) AS ?n) WHERE { ?ev a skg:RelationEvent FILTER(?ev != "FROM <x:y>") }'
    assert count(client, literal) == 14


def test_updates_are_refused_without_a_configured_token(
    client: TestClient, sample_store: OxigraphStore
) -> None:
    before = len(sample_store)
    for kwargs in (
        {"data": {"update": "CLEAR ALL"}},
        {"content": b"CLEAR ALL", "headers": {"Content-Type": "application/sparql-update"}},
        {"data": {"update": "CLEAR ALL"}, "headers": {"Authorization": "Bearer anything"}},
    ):
        response = client.post("/sparql", **kwargs)  # type: ignore[arg-type]
        assert response.status_code == 403
        assert response.json()["error"] == "writes are disabled: the server has no write token configured"
    assert len(sample_store) == before


UPDATE = (
    "INSERT DATA { GRAPH <https://sahelkg.org/graph/manual> { <https://sahelkg.org/entity/Niger> "
    '<http://www.w3.org/2000/01/rdf-schema#label> "Niger-Republik"@de } }'
)


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "writes need the write token: send 'Authorization: Bearer <token>'"),
        ({"Authorization": "Bearer wrong"}, "the write token presented is not the one configured"),
        ({"Authorization": f"Basic {TOKEN}"}, "the write token presented is not the one configured"),
    ],
)
def test_update_needs_the_right_token(
    writable: tuple[TestClient, OxigraphStore], headers: dict[str, str], message: str
) -> None:
    client, store = writable
    before = len(store)
    response = client.post("/sparql", data={"update": UPDATE}, headers=headers)
    assert (response.status_code, response.json()["error"]) == (403, message)
    assert len(store) == before


def test_update_with_the_token(writable: tuple[TestClient, OxigraphStore]) -> None:
    client, store = writable
    auth = {"Authorization": f"Bearer {TOKEN}"}
    label = client.get("/entities/Niger").json()["labels"]
    assert "de" not in label
    response = client.post("/sparql", data={"update": UPDATE}, headers=auth)
    assert response.status_code == 204
    assert client.get("/entities/Niger").json()["labels"]["de"] == "Niger-Republik"  # caches were refreshed
    response = client.post(
        "/sparql",
        content=f"DROP GRAPH <{vocab.GRAPH}manual>".encode(),
        headers={**auth, "Content-Type": "application/sparql-update"},
    )
    assert response.status_code == 204
    assert "de" not in client.get("/entities/Niger").json()["labels"]
    bad = client.post("/sparql", data={"update": "INSERT DATA { <a> }"}, headers=auth)
    assert bad.status_code == 400
    assert bad.json()["error"].startswith("malformed SPARQL update: error at")
    both = client.post("/sparql", data={"update": UPDATE, "query": "ASK {}"}, headers=auth)
    assert (both.status_code, both.json()["error"]) == (400, "send either 'query' or 'update', not both")


def test_relative_iris_resolve_against_the_endpoint_url(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "CONSTRUCT { <s> <p> <o> } WHERE {}"},
                          headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    assert response.text == "<http://testserver/s> <http://testserver/p> <http://testserver/o> .\n"
    own_base = client.get("/sparql", params={
        "query": "BASE <http://example.org/dir/> SELECT (<x> AS ?x) {}", "format": "csv"})
    assert own_base.text == "x\r\nhttp://example.org/dir/x\r\n"
    relative_from = client.get("/sparql", params={"query": "ASK FROM <nowhere> { ?s ?p ?o }"})
    assert relative_from.json()["boolean"] is False  # FROM <http://testserver/nowhere>: an empty graph


def test_relative_iris_in_updates_resolve_against_the_endpoint_url(
    writable: tuple[TestClient, OxigraphStore]
) -> None:
    client, store = writable
    response = client.post("/sparql", data={"update": "INSERT DATA { GRAPH <g> { <s> <p> <o> } }"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 204
    quads = list(store.quads(NamedNode("http://testserver/g")))
    assert [(q.subject.value, q.predicate.value, q.object.value) for q in quads] == [
        ("http://testserver/s", "http://testserver/p", "http://testserver/o")]


@pytest.mark.parametrize("request_args", [
    {"method": "GET", "url": "/sparql?query=ASK%20%7B%7D&query=SELECT%20*%20%7B%7D"},
    {"method": "POST", "url": "/sparql", "content": b"query=ASK+%7B%7D&query=ASK+%7B%7D",
     "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
])
def test_two_queries_are_refused(client: TestClient, request_args: dict[str, object]) -> None:
    response = client.request(**request_args)  # type: ignore[arg-type]
    assert (response.status_code, response.json()["error"]) == (
        400, "the 'query' parameter was given 2 times; send one query")


def test_two_updates_are_refused_and_neither_runs(writable: tuple[TestClient, OxigraphStore]) -> None:
    client, store = writable
    before = len(store)
    response = client.post("/sparql", content=b"update=CLEAR+ALL&update=CLEAR+DEFAULT", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Authorization": f"Bearer {TOKEN}"})
    assert (response.status_code, response.json()["error"]) == (
        400, "the 'update' parameter was given 2 times; send one update")
    assert len(store) == before


def test_a_charset_other_than_utf8_is_refused(client: TestClient) -> None:
    response = client.post("/sparql", content="ASK {}".encode("utf-16"),
                           headers={"Content-Type": "application/sparql-query; charset=UTF-16"})
    assert (response.status_code, response.json()["error"]) == (
        415, "unsupported charset 'UTF-16': SPARQL is sent as UTF-8")


def test_using_graph_uri_sets_the_dataset_of_an_update(writable: tuple[TestClient, OxigraphStore]) -> None:
    client, store = writable
    auth = {"Authorization": f"Bearer {TOKEN}"}
    update = ("INSERT { GRAPH <http://example.org/out> { ?e a <http://example.org/Seen> } } "
              "WHERE { ?d <https://sahelkg.org/ontology#describes> ?e }")
    response = client.post("/sparql", data={"update": update, "using-graph-uri": vocab.GRAPH + "fr1"},
                           headers=auth)
    assert response.status_code == 204
    seen = {q.subject.value for q in store.quads(NamedNode("http://example.org/out"))}
    in_fr1 = {q.object.value for q in store.quads(NamedNode(vocab.GRAPH + "fr1"))
              if q.predicate.value == "https://sahelkg.org/ontology#describes"}
    assert seen == in_fr1 and seen
    conflict = client.post(
        f"/sparql?using-named-graph-uri={vocab.GRAPH}fr1",
        content=f"WITH <{vocab.GRAPH}fr1> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}".encode(),
        headers={**auth, "Content-Type": "application/sparql-update"})
    assert (conflict.status_code, conflict.json()["error"]) == (
        400, "using-graph-uri / using-named-graph-uri cannot be combined with an update that names its "
             "own dataset (USING, USING NAMED or WITH)")


@pytest.mark.parametrize(("query", "error", "hint", "position"), [
    ("SELEC * WHERE {}",
     "malformed SPARQL query: error at 1:10: expected CONSTRUCT",
     "a query is SELECT, CONSTRUCT, ASK or DESCRIBE (after any BASE and PREFIX declarations), not SELEC; "
     "the parser stopped at line 1, column 10, after 'SELEC * W'", (1, 10)),
    ("PREFIX ex: <http://example.org/>\nSELECT * WHERE {\n  ?s ex:p }",
     None,
     "a query is SELECT, CONSTRUCT, ASK or DESCRIBE (after any BASE and PREFIX declarations); "
     "the parser stopped at line 3, column 11, after '?s ex:p'", (3, 11)),
    ("INSERT DATA { <http://a/b> <http://a/c> 1 }",
     None,
     "INSERT starts an update, not a query: send it as 'update' (form field) or "
     "application/sparql-update, with the write token", None),
])
def test_parser_errors_keep_the_message_and_add_a_hint(
    client: TestClient, query: str, error: str | None, hint: str, position: tuple[int, int] | None
) -> None:
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 400
    body = response.json()
    assert body["hint"].startswith(hint)
    assert body["error"].startswith("malformed SPARQL query: error at ")
    assert body["error"].endswith(f"; hint: {body['hint']}")
    if error is not None:
        assert body["error"] == f"{error}; hint: {hint}"
    if position is not None:
        assert (body["line"], body["column"]) == position


def test_update_parser_errors_name_the_operations(writable: tuple[TestClient, OxigraphStore]) -> None:
    client, _ = writable
    response = client.post("/sparql", data={"update": "CLEAR XYZ"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400
    hint = ("an update is one or more operations separated by ';': INSERT DATA, DELETE DATA, "
            "DELETE/INSERT ... WHERE, DELETE WHERE, LOAD, CLEAR, CREATE, DROP, COPY, MOVE, ADD; "
            "the parser stopped at line 1, column 10, after 'CLEAR XYZ'")
    assert response.json() == {
        "error": f"malformed SPARQL update: error at 1:10: expected one of ALL, [_]; hint: {hint}",
        "status": 400, "hint": hint, "line": 1, "column": 10,
    }
