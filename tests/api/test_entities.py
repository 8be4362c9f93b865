"""``/entities`` search with Arabic normalisation, entity pages, ego networks and ``/paths``."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sahelkg.api.search import EntityIndex, search_keys
from sahelkg.graph.queries import EntityRecord


def ids(body: dict[str, Any]) -> list[str]:
    return [r["id"] for r in body["results"]]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("حفتر", ["Khalifa_Haftar", "Saddam_Haftar"]),  # an alias, then a word of a label
        ("Haftar", ["Khalifa_Haftar", "Saddam_Haftar"]),
        ("خليفه حفتر", ["Khalifa_Haftar"]),  # ta marbuta
        ("حَفْتَر", ["Khalifa_Haftar", "Saddam_Haftar"]),  # diacritics
        ("حفـــتر", ["Khalifa_Haftar", "Saddam_Haftar"]),  # tatweel
        ("الجيش الوطنى الليبى", ["Libyan_National_Army"]),  # alef maqsura
        ("محمدو ايسوفو", ["Mahamadou_Issoufou"]),  # bare alef for hamza-under alef
        ("محمدو أيسوفو", ["Mahamadou_Issoufou"]),  # hamza-over alef
        ("والنيجر", ["Niger"]),  # conjunction and article
        ("نيجر", ["Niger"]),
        ("Tchad", ["Chad"]),
        ("armee nationale libyenne", ["Libyan_National_Army"]),  # accents folded
        ("RÉPUBLIQUE du niger", ["Niger"]),
        ("Sahel", ["Alliance_of_Sahel_States"]),
        ('"} UNION {', ["Quote_Test"]),
        ("zzzz", []),
    ],
)
def test_search(client: TestClient, q: str, expected: list[str]) -> None:
    response = client.get("/entities", params={"q": q})
    assert response.status_code == 200
    assert ids(response.json()) == expected


def test_search_result_shape(client: TestClient) -> None:
    body = client.get("/entities", params={"q": "النيجر", "lang": "ar"}).json()
    assert body["results"] == [
        {
            "id": "Niger",
            "label": "النيجر",
            "type": "Country",
            "matched": "النيجر",
            "labels": {"ar": "النيجر", "en": "Niger", "fr": "Niger"},
            "aliases": ["République du Niger", "جمهورية النيجر"],
        }
    ]


def test_search_by_type_and_listing(client: TestClient) -> None:
    assert ids(client.get("/entities", params={"q": "حفتر", "type": "Country"}).json()) == []
    body = client.get("/entities", params={"type": "Person"}).json()
    assert ids(body) == ["Abdourahamane_Tchiani", "Khalifa_Haftar", "Mahamadou_Issoufou", "Saddam_Haftar"]
    page = client.get("/entities", params={"limit": 5, "offset": 9}).json()
    assert ids(page) == ["Quote_Test", "Saddam_Haftar"]
    assert page["next_offset"] is None
    assert client.get("/entities", params={"limit": 5}).json()["next_offset"] == 5
    response = client.get("/entities", params={"type": "Planet"})
    assert response.status_code == 422
    assert response.json()["error"].startswith("unknown entity type 'Planet'")


def test_entity_page(client: TestClient) -> None:
    response = client.get("/entities/Khalifa_Haftar", params={"lang": "ar"})
    assert response.status_code == 200
    body = response.json()
    assert {
        k: body[k] for k in ("id", "iri", "label", "type", "labels", "aliases", "wikidata", "truncated")
    } == {
        "id": "Khalifa_Haftar",
        "iri": "https://sahelkg.org/entity/Khalifa_Haftar",
        "label": "خليفة حفتر",
        "type": "Person",
        "labels": {"ar": "خليفة حفتر", "en": "Khalifa Haftar", "fr": "Khalifa Haftar"},
        "aliases": ["Haftar", "المشير خليفة حفتر", "حفتر"],
        "wikidata": "Q1140367",
        "truncated": False,
    }
    out = [(r["relation"], r["entity"]["id"], r["article_count"]) for r in body["relations"]["out"]]
    assert out == [
        ("leads", "Libyan_National_Army", 2),
        ("visit", "Niger", 2),
        ("meet", "Mahamadou_Issoufou", 1),
        ("visit", "Niamey", 1),
    ]
    into = [(r["relation"], r["entity"]["id"], r["entity"]["label"]) for r in body["relations"]["in"]]
    assert into == [
        ("invite", "Mahamadou_Issoufou", "محمد يوسفو"),
        ("relative_of", "Saddam_Haftar", "صدام حفتر"),
    ]
    assert [(r["relation"], r["direction"], r["entity"]["id"]) for r in body["roles"]] == [
        ("leads", "out", "Libyan_National_Army"),
        ("relative_of", "in", "Saddam_Haftar"),
    ]
    visit = body["relations"]["out"][1]
    assert (visit["first_date"], visit["last_date"], visit["event_count"]) == ("2018-08-07", "2018-08-07", 2)


def test_entity_page_truncates(client: TestClient) -> None:
    body = client.get("/entities/Khalifa_Haftar", params={"relation_limit": 1}).json()
    assert [r["entity"]["id"] for r in body["relations"]["out"]] == ["Libyan_National_Army"]
    assert body["truncated"] is True


@pytest.mark.parametrize("path", ["/entities/Nobody", "/entities/Nobody/network", "/entities/%22%7D%20UNION"])
def test_unknown_entity_is_404_naming_it(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    name = path.split("/")[2].replace("%22%7D%20UNION", '"} UNION')
    assert response.json() == {"error": f"unknown entity {name!r}", "status": 404, "id": name}


def test_ego_network(client: TestClient) -> None:
    body = client.get("/entities/Niger/network", params={"depth": 1, "lang": "ar"}).json()
    assert [(n["id"], n["distance"]) for n in body["nodes"]] == [
        ("Niger", 0),
        ("Abdourahamane_Tchiani", 1),
        ("Alliance_of_Sahel_States", 1),
        ("Chad", 1),
        ("Khalifa_Haftar", 1),
        ("Libya", 1),
    ]
    assert body["nodes"][0]["label"] == "النيجر"
    assert [(e["source"], e["relation"], e["target"], e["weight"]) for e in body["edges"]] == [
        ("Abdourahamane_Tchiani", "leads", "Niger", 1),
        ("Chad", "cooperate", "Niger", 1),
        ("Khalifa_Haftar", "visit", "Niger", 2),
        ("Libya", "meet", "Niger", 1),
        ("Niger", "member_of", "Alliance_of_Sahel_States", 1),
        ("Niger", "cooperate", "Libya", 1),
    ]
    assert body["truncated"] is False


def test_ego_network_depth_and_cap(client: TestClient) -> None:
    body = client.get("/entities/Niger/network", params={"depth": 2}).json()
    assert len(body["nodes"]) == 11  # all eleven entities are within two hops of Niger
    assert [n["id"] for n in body["nodes"] if n["distance"] == 2] == [
        "Libyan_National_Army",
        "Mahamadou_Issoufou",
        "Niamey",
        "Quote_Test",
        "Saddam_Haftar",
    ]
    capped = client.get("/entities/Niger/network", params={"depth": 2, "max_nodes": 3}).json()
    assert [n["id"] for n in capped["nodes"]] == [
        "Niger",
        "Abdourahamane_Tchiani",
        "Alliance_of_Sahel_States",
    ]
    assert capped["edges"] == [
        {
            "source": "Abdourahamane_Tchiani",
            "target": "Niger",
            "relation": "leads",
            "weight": 1,
            "events": 1,
            "statuses": ["occurred"],
            "first_date": "2024-01-01",
            "last_date": "2024-01-01",
        },
        {
            "source": "Niger",
            "target": "Alliance_of_Sahel_States",
            "relation": "member_of",
            "weight": 1,
            "events": 1,
            "statuses": ["occurred"],
            "first_date": "2024-02-01",
            "last_date": "2024-02-01",
        },
    ]
    assert capped["truncated"] is True
    assert client.get("/entities/Niger/network", params={"depth": 9}).status_code == 422


@pytest.mark.parametrize(
    ("source", "target"), [("Saddam_Haftar", "Chad"), ("صدام حفتر", "تشاد"), ("Saddam Haftar", "Tchad")]
)
def test_shortest_path(client: TestClient, source: str, target: str) -> None:
    response = client.get("/paths", params={"from": source, "to": target})
    assert response.status_code == 200
    body = response.json()
    assert body["length"] == 3
    assert [[n["id"] for n in p["nodes"]] for p in body["paths"]] == [
        ["Saddam_Haftar", "Khalifa_Haftar", "Niger", "Chad"]
    ]
    hops = body["paths"][0]["hops"]
    assert [[(r["source"], r["relation"], r["target"]) for r in hop["relations"]] for hop in hops] == [
        [("Saddam_Haftar", "relative_of", "Khalifa_Haftar")],
        [("Khalifa_Haftar", "visit", "Niger")],
        [("Chad", "cooperate", "Niger")],
    ]


def test_several_shortest_paths_and_both_directions(client: TestClient) -> None:
    body = client.get("/paths", params={"from": "Libya", "to": "Niger"}).json()
    assert body["length"] == 1
    assert [(r["source"], r["relation"], r["target"]) for r in body["paths"][0]["hops"][0]["relations"]] == [
        ("Niger", "cooperate", "Libya"),
        ("Libya", "meet", "Niger"),
    ]
    body = client.get("/paths", params={"from": "Niamey", "to": "Chad", "limit": 5}).json()
    assert body["length"] == 3
    assert [[n["id"] for n in p["nodes"]] for p in body["paths"]] == [
        ["Niamey", "Khalifa_Haftar", "Niger", "Chad"]
    ]


def test_paths_errors(client: TestClient) -> None:
    response = client.get("/paths", params={"from": "Nobody", "to": "Niger"})
    assert response.status_code == 404
    assert response.json()["id"] == "Nobody"
    assert client.get("/paths", params={"from": "Niger"}).status_code == 422


def test_index_resolution_and_ambiguity() -> None:
    index = EntityIndex(
        [
            EntityRecord("A_Haftar", "Person", "A Haftar", {"ar": "حفتر"}),
            EntityRecord("B_Haftar", "Person", "B Haftar", {}, ("حفتر",)),
        ]
    )
    assert [e.id for e in index.resolve("الحفتر")] == ["A_Haftar", "B_Haftar"]
    assert [e.id for e in index.resolve("B_Haftar")] == ["B_Haftar"]
    assert index.resolve("Haftar") == []
    assert "حفتر" in search_keys("وحفتر") and "حفتر" in search_keys("الحفتر")


def test_ambiguous_path_endpoint_asks_for_an_id(tmp_path: Any) -> None:
    from api_support import make_settings
    from sahelkg.api.app import create_app
    from sahelkg.graph.mapping import article_write
    from sahelkg.graph.store.oxigraph import OxigraphStore

    from sahelkg.records import Article, Entity, ExtractedArticle, Relation

    a = Entity("A_Haftar", "A Haftar", "Person", {"ar": "حفتر"})
    b = Entity("B_Haftar", "B Haftar", "Person", {}, ("حفتر",))
    store = OxigraphStore(tmp_path / "store")
    store.write_articles([article_write(ExtractedArticle(Article("x", "t"), (Relation("x", a, "meet", b),)))])
    with TestClient(create_app(make_settings(tmp_path), store)) as client:
        response = client.get("/paths", params={"from": "حفتر", "to": "B_Haftar"})
        assert response.status_code == 422
        assert response.json()["candidates"] == ["A_Haftar", "B_Haftar"]
        # /relations takes every entity a label names
        body = client.get("/relations", params={"subject": "حفتر"}).json()
        assert body["pattern"]["subject"] == ["A_Haftar", "B_Haftar"]
        assert [(r["subject"]["id"], r["object"]["id"]) for r in body["results"]] == [
            ("A_Haftar", "B_Haftar"),
            ("B_Haftar", "A_Haftar"),
        ]
    store.close()
