"""``/articles`` (listing, submission with the write token, body limits), ``/export/{format}``,
``/health``, ``/stats``, CORS and the OpenAPI description."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

import networkx as nx
import pytest
from api_support import TOKEN, make_settings
from fastapi.testclient import TestClient
from pyoxigraph import Quad, RdfFormat, Triple, parse
from sahelkg.api.app import create_app
from sahelkg.graph.store.oxigraph import OxigraphStore
from sahelkg.ingest.job.extract import build_extractor

from sahelkg.records import Article

AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = "زار المشير خليفة حفتر النيجر يوم الثلاثاء 7 أغسطس 2018 والتقى الرئيس محمد يوسفو في نيامي."
SUBMISSION = {
    "id": "sub1",
    "title": "حفتر في نيامي",
    "url": "https://news.example/sub1",
    "date": "2018-08-08",
    "lang": "ar",
    "text": TEXT,
}


def test_list_articles(client: TestClient) -> None:
    body = client.get("/articles").json()
    assert [a["id"] for a in body["results"]] == ["ar1", "ar2", "en1", "fr1", "inj1"]
    assert body["results"][0] == {
        "id": "ar1",
        "title": "حفتر في النيجر",
        "url": "https://news.example/ar1",
        "date": "2018-08-08",
        "lang": "ar",
        "outlet": "Example News",
        "source": "/corpus/ar1.txt",
        "relation_count": 5,
    }
    page = client.get("/articles", params={"limit": 2, "offset": 2}).json()
    assert ([a["id"] for a in page["results"]], page["next_offset"]) == (["en1", "fr1"], 4)
    assert client.get("/articles", params={"limit": 501}).status_code == 422


def test_submit_article(writable: tuple[TestClient, OxigraphStore], tmp_path: object) -> None:
    client, store = writable
    response = client.post("/articles", json=SUBMISSION, headers=AUTH)
    assert response.status_code == 201, response.text
    body = response.json()
    article = Article(
        "sub1",
        TEXT,
        title="حفتر في نيامي",
        url="https://news.example/sub1",
        published=date(2018, 8, 8),
        lang="ar",
    )
    expected = build_extractor(make_settings(tmp_path)).extract(article)  # type: ignore[arg-type]
    assert expected.relations, "the sample text states relations"
    assert (body["id"], body["status"]) == ("sub1", "added")
    assert body["relations"] == [r.to_json() for r in expected.relations]
    assert store.article_hash("sub1") == article.content_hash
    assert "sub1" in [a["id"] for a in client.get("/articles").json()["results"]]
    # the caches follow the write: the new article's evidence is served at once
    visits = client.get(
        "/relations", params={"subject": "Khalifa_Haftar", "relation": "visit", "object": "Niger"}
    ).json()
    assert visits["results"][0]["article_count"] == 3
    again = client.post("/articles", json=SUBMISSION, headers=AUTH)
    assert (again.status_code, again.json()["status"]) == (200, "unchanged")
    changed = client.post("/articles", json={**SUBMISSION, "title": "عنوان جديد"}, headers=AUTH)
    assert (changed.status_code, changed.json()["status"]) == (200, "replaced")


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "writes need the write token: send 'Authorization: Bearer <token>'"),
        ({"Authorization": "Bearer nope"}, "the write token presented is not the one configured"),
    ],
)
def test_submission_needs_the_token(
    writable: tuple[TestClient, OxigraphStore], headers: dict[str, str], message: str
) -> None:
    client, store = writable
    response = client.post("/articles", json=SUBMISSION, headers=headers)
    assert (response.status_code, response.json()["error"]) == (403, message)
    assert store.article_hash("sub1") is None


def test_submission_refused_when_no_token_is_configured(client: TestClient) -> None:
    response = client.post("/articles", json=SUBMISSION, headers=AUTH)
    assert response.status_code == 403
    assert response.json()["error"] == "writes are disabled: the server has no write token configured"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"id": "has space"}, "id"),
        ({"id": 'a"}'}, "id"),
        ({"text": ""}, "text"),
        ({"lang": "de"}, "lang"),
        ({"date": "yesterday"}, "date"),
        ({"extra": 1}, "extra"),
    ],
)
def test_invalid_submission(
    writable: tuple[TestClient, OxigraphStore], change: dict[str, object], field: str
) -> None:
    client, _ = writable
    response = client.post("/articles", json={**SUBMISSION, **change}, headers=AUTH)
    assert response.status_code == 422
    assert response.json()["error"].startswith(f"invalid {field}: ")


def test_oversized_bodies_are_refused(tmp_path: object) -> None:
    store = OxigraphStore.in_memory()
    app = create_app(make_settings(tmp_path, write_token=TOKEN, max_body_bytes=1000), store)  # type: ignore[arg-type]
    big = {**SUBMISSION, "text": "ن" * 2000}
    with TestClient(app) as client:
        declared = client.post("/articles", json=big, headers=AUTH)
        assert declared.status_code == 413
        assert declared.json() == {"error": "request body larger than the 1000 byte limit", "status": 413}

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
            for _ in range(40):
                yield b"query=" + b"x" * 100

        streamed = client.post(
            "/sparql", content=chunks(), headers={"Content-Type": "application/x-www-form-urlencoded"}
        )
        assert streamed.status_code == 413
        raw = client.post("/sparql", content=chunks(), headers={"Content-Type": "application/sparql-query"})
        assert raw.status_code == 413
        assert client.post("/sparql", data={"query": "ASK {}"}).status_code == 200
    assert store.article_ids() == []


def _union(store: OxigraphStore) -> set[Triple]:
    return {Triple(q.subject, q.predicate, q.object) for q in store.quads()}


@pytest.mark.parametrize(
    ("name", "media_type", "rdf_format"),
    [
        ("ttl", "text/turtle; charset=utf-8", RdfFormat.TURTLE),
        ("nt", "application/n-triples", RdfFormat.N_TRIPLES),
        ("jsonld", "application/ld+json", RdfFormat.JSON_LD),
        ("rdfxml", "application/rdf+xml", RdfFormat.RDF_XML),
    ],
)
def test_export_triples(
    client: TestClient, sample_store: OxigraphStore, name: str, media_type: str, rdf_format: RdfFormat
) -> None:
    response = client.get(f"/export/{name}")
    assert response.status_code == 200
    assert response.headers["content-type"] == media_type
    assert response.headers["content-disposition"].startswith('attachment; filename="sahelkg.')
    got = {Triple(t.subject, t.predicate, t.object) for t in parse(response.content, rdf_format)}
    assert got == _union(sample_store)


@pytest.mark.parametrize(("name", "rdf_format"), [("trig", RdfFormat.TRIG), ("nq", RdfFormat.N_QUADS)])
def test_export_quads(
    client: TestClient, sample_store: OxigraphStore, name: str, rdf_format: RdfFormat
) -> None:
    response = client.get(f"/export/{name}")
    got = {Quad(q.subject, q.predicate, q.object, q.graph_name) for q in parse(response.content, rdf_format)}
    assert got == set(sample_store.quads())


@pytest.mark.parametrize("name", ["gexf", "graphml"])
def test_export_network(client: TestClient, name: str) -> None:
    response = client.get(f"/export/{name}")
    assert response.status_code == 200
    graph = (nx.read_gexf if name == "gexf" else nx.read_graphml)(io.BytesIO(response.content))
    assert graph.number_of_nodes() == 11
    assert graph.number_of_edges() == 12


def test_export_unknown_format(client: TestClient) -> None:
    response = client.get("/export/pdf")
    assert response.status_code == 404
    assert response.json()["error"].startswith("unknown export format 'pdf'; expected one of: ttl, trig")


def test_health_and_stats(client: TestClient, sample_store: OxigraphStore) -> None:
    assert client.get("/health").json() == {
        "status": "ok",
        "store": "oxigraph",
        "queries_running": 0,
        "query_timeout_s": 10.0,
        "max_concurrent_queries": 4,
        "writable": False,
    }
    stats = client.get("/stats").json()
    assert {k: stats[k] for k in ("articles", "entities", "relations", "edges", "quads")} == {
        "articles": 5,
        "entities": 11,
        "relations": 14,
        "edges": 12,
        "quads": len(sample_store),
    }
    assert stats["relations_by_type"]["visit"] == 4
    assert stats["entities_by_type"] == {
        "Person": 4,
        "Country": 3,
        "Organization": 1,
        "ArmedGroup": 2,
        "Place": 1,
    }


def test_stats_follow_writes(writable: tuple[TestClient, OxigraphStore]) -> None:
    client, store = writable
    assert client.get("/stats").json()["articles"] == 5
    assert client.post("/articles", json=SUBMISSION, headers=AUTH).status_code == 201
    assert client.get("/stats").json()["articles"] == 6


def test_cors(tmp_path: object) -> None:
    app = create_app(
        make_settings(tmp_path, cors_origins=["https://notebook.example"]), OxigraphStore.in_memory()
    )  # type: ignore[arg-type]
    with TestClient(app) as client:
        allowed = client.get("/health", headers={"Origin": "https://notebook.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://notebook.example"
        other = client.get("/health", headers={"Origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in other.headers
        preflight = client.options(
            "/sparql", headers={"Origin": "https://notebook.example", "Access-Control-Request-Method": "POST"}
        )
        assert preflight.status_code == 200


def test_openapi_documents_every_endpoint_with_examples(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    operations = {
        (path, method): op for path, methods in spec["paths"].items() for method, op in methods.items()
    }
    assert set(operations) == {
        ("/sparql", "get"),
        ("/sparql", "post"),
        ("/relations", "get"),
        ("/entities", "get"),
        ("/entities/{entity_id}", "get"),
        ("/entities/{entity_id}/network", "get"),
        ("/paths", "get"),
        ("/articles", "get"),
        ("/articles", "post"),
        ("/export/{format}", "get"),
        ("/health", "get"),
        ("/stats", "get"),
        ("/vocabulary", "get"),
    }
    for op in operations.values():
        assert op["summary"] and op["description"]
    subject = next(p for p in operations[("/relations", "get")]["parameters"] if p["name"] == "subject")
    assert {e["value"] for e in subject["examples"].values()} >= {"حفتر", "Khalifa_Haftar"}
    assert client.get("/docs").status_code == 200


def test_articles_by_id_gives_exactly_those_sorted_and_leaves_unknown_ids_out(client: TestClient) -> None:
    every = client.get("/articles", params={"limit": 500}).json()["results"]
    wanted = [every[-1]["id"], every[0]["id"]]
    answer = client.get("/articles", params=[("id", wanted[0]), ("id", "no-such-article"), ("id", wanted[1])])
    assert answer.status_code == 200
    assert answer.json()["results"] == [every[0], every[-1]]
    assert answer.json()["next_offset"] is None


def test_more_article_ids_than_a_page_holds_is_422(client: TestClient) -> None:
    answer = client.get("/articles", params=[("id", f"a{i}") for i in range(501)])
    assert answer.status_code == 422
    assert answer.json()["error"] == "at most 500 article ids per request, not 501"
