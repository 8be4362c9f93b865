"""``/relations``: triple patterns by id or label, symmetric relations, filters, paging, evidence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_samples import AR1, AR2_VISIT, EN1_MEET, INJ_VISIT
from api_support import make_settings
from fastapi.testclient import TestClient
from sahelkg.api.app import create_app
from sahelkg.graph.store.oxigraph import OxigraphStore
from sahelkg.ingest.job.pool import ingest_paths


def edges(body: dict[str, Any]) -> list[tuple[str, str, str, int]]:
    return [
        (r["subject"]["id"], r["relation"], r["object"]["id"], r["article_count"]) for r in body["results"]
    ]


ALL_EDGES = [  # most articles first, then by relation, subject and object
    ("Khalifa_Haftar", "leads", "Libyan_National_Army", 2),
    ("Khalifa_Haftar", "visit", "Niger", 2),
    ("Chad", "cooperate", "Niger", 1),
    ("Niger", "cooperate", "Libya", 1),
    ("Mahamadou_Issoufou", "invite", "Khalifa_Haftar", 1),
    ("Abdourahamane_Tchiani", "leads", "Niger", 1),
    ("Khalifa_Haftar", "meet", "Mahamadou_Issoufou", 1),
    ("Libya", "meet", "Niger", 1),
    ("Niger", "member_of", "Alliance_of_Sahel_States", 1),
    ("Saddam_Haftar", "relative_of", "Khalifa_Haftar", 1),
    ("Khalifa_Haftar", "visit", "Niamey", 1),
    ("Quote_Test", "visit", "Chad", 1),
]


def test_every_edge_most_supported_first(client: TestClient) -> None:
    response = client.get("/relations", params={"limit": 50})
    assert response.status_code == 200
    body = response.json()
    assert edges(body) == ALL_EDGES
    assert body["next_offset"] is None


@pytest.mark.parametrize(
    "subject",
    [
        "Khalifa_Haftar",
        "حفتر",
        "الحفتر",
        "وحفتر",
        "Khalifa Haftar",
        "haftar",
        "خليفه حفتر",
        "حَفْتَر",
        "حفـــتر",
    ],
)
def test_subject_by_id_or_label_in_any_language(client: TestClient, subject: str) -> None:
    body = client.get("/relations", params={"subject": subject}).json()
    assert body["pattern"]["subject"] == ["Khalifa_Haftar"]
    assert edges(body) == [
        ("Khalifa_Haftar", "leads", "Libyan_National_Army", 2),
        ("Khalifa_Haftar", "visit", "Niger", 2),
        ("Khalifa_Haftar", "meet", "Mahamadou_Issoufou", 1),
        ("Khalifa_Haftar", "visit", "Niamey", 1),
    ]


def test_evidence_and_source_articles(client: TestClient) -> None:
    body = client.get(
        "/relations", params={"subject": "حفتر", "relation": "visit", "object": "النيجر"}
    ).json()
    assert len(body["results"]) == 1
    edge = body["results"][0]
    assert edge["subject"] == {"id": "Khalifa_Haftar", "label": "Khalifa Haftar", "type": "Person"}
    assert edge["object"] == {"id": "Niger", "label": "Niger", "type": "Country"}
    assert (edge["article_count"], edge["event_count"], edge["statuses"]) == (2, 2, ["occurred"])
    assert (edge["first_date"], edge["last_date"], edge["symmetric"]) == ("2018-08-07", "2018-08-07", False)
    assert [
        (
            e["text"],
            e["lang"],
            e["start"],
            e["end"],
            e["date"],
            e["date_precision"],
            e["confidence"],
            e["article"]["id"],
        )
        for e in edge["evidence"]
    ] == [
        (AR1, "ar", 0, len(AR1), "2018-08-07", "day", 0.9, "ar1"),
        (AR2_VISIT, "ar", 0, len(AR2_VISIT), "2018-08-07", "day", 0.8, "ar2"),
    ]
    assert edge["articles"] == [
        {"id": "ar1", "title": "حفتر في النيجر", "url": "https://news.example/ar1", "date": "2018-08-08"},
        {"id": "ar2", "title": "زيارة حفتر", "url": "https://news.example/ar2", "date": "2018-09-01"},
    ]


def test_symmetric_relation_matches_either_direction(client: TestClient) -> None:
    body = client.get("/relations", params={"subject": "Niger", "relation": "meet"}).json()
    assert edges(body) == [("Niger", "meet", "Libya", 1)]
    evidence = body["results"][0]["evidence"]
    assert [(e["text"], e["stored_subject"], e["stored_object"]) for e in evidence] == [
        (EN1_MEET, "Libya", "Niger")
    ]
    body = client.get("/relations", params={"relation": "cooperate", "object": "النيجر"}).json()
    assert edges(body) == [("Chad", "cooperate", "Niger", 1), ("Libya", "cooperate", "Niger", 1)]
    # a non-symmetric relation is matched in stored direction only
    assert edges(client.get("/relations", params={"subject": "Niger", "relation": "visit"}).json()) == []


def test_labels_in_the_requested_language(client: TestClient) -> None:
    body = client.get(
        "/relations", params={"subject": "Khalifa_Haftar", "relation": "leads", "lang": "ar"}
    ).json()
    result = body["results"][0]
    assert result["subject"]["label"] == "خليفة حفتر"
    assert result["object"]["label"] == "الجيش الوطني الليبي"
    body = client.get("/relations", params={"subject": "Abdourahamane Tiani", "lang": "fr"}).json()
    assert [(r["subject"]["label"], r["relation"], r["object"]["label"]) for r in body["results"]] == [
        ("Abdourahamane Tiani", "leads", "Niger")
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "planned"}, [("Niger", "cooperate", "Libya", 1)]),
        ({"status": "sought"}, [("Chad", "cooperate", "Niger", 1)]),
        ({"min_articles": 2}, ALL_EDGES[:2]),
        (
            {"date_from": "2024"},
            [
                ("Chad", "cooperate", "Niger", 1),
                ("Abdourahamane_Tchiani", "leads", "Niger", 1),
                ("Libya", "meet", "Niger", 1),
                ("Niger", "member_of", "Alliance_of_Sahel_States", 1),
                ("Khalifa_Haftar", "visit", "Niamey", 1),
            ],
        ),
        # a month-precision event overlaps a period inside its month
        (
            {"date_from": "2018-08-15", "date_to": "2018-08-31"},
            [("Mahamadou_Issoufou", "invite", "Khalifa_Haftar", 1)],
        ),
        (
            {"date_to": "2018-08"},
            [
                ("Khalifa_Haftar", "visit", "Niger", 2),
                ("Mahamadou_Issoufou", "invite", "Khalifa_Haftar", 1),
                ("Khalifa_Haftar", "meet", "Mahamadou_Issoufou", 1),
            ],
        ),
        ({"date_from": "2023", "date_to": "2023-12-31"}, [("Quote_Test", "visit", "Chad", 1)]),
        (
            {
                "subject": "Khalifa_Haftar",
                "date_from": "2018-08",
                "date_to": "2018-08",
                "min_articles": 2,
                "status": "occurred",
            },
            [("Khalifa_Haftar", "visit", "Niger", 2)],
        ),
    ],
)
def test_filters(
    client: TestClient, params: dict[str, Any], expected: list[tuple[str, str, str, int]]
) -> None:
    response = client.get("/relations", params=params)
    assert response.status_code == 200, response.text
    assert edges(response.json()) == expected


def test_date_filter_counts_only_matching_events(client: TestClient) -> None:
    body = client.get(
        "/relations", params={"subject": "Khalifa_Haftar", "relation": "visit", "date_from": "2024"}
    ).json()
    assert edges(body) == [("Khalifa_Haftar", "visit", "Niamey", 1)]


def test_paging(client: TestClient) -> None:
    first = client.get("/relations", params={"limit": 5}).json()
    assert edges(first) == ALL_EDGES[:5]
    assert first["next_offset"] == 5
    last = client.get("/relations", params={"limit": 5, "offset": 10}).json()
    assert edges(last) == ALL_EDGES[10:]
    assert last["next_offset"] is None


def test_evidence_limit(client: TestClient) -> None:
    body = client.get(
        "/relations",
        params={"subject": "Khalifa_Haftar", "relation": "visit", "object": "Niger", "evidence_limit": 1},
    ).json()
    assert [e["article"]["id"] for e in body["results"][0]["evidence"]] == ["ar1"]
    assert body["results"][0]["article_count"] == 2


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"subject": "Nobody_Known"}, 404, "unknown subject 'Nobody_Known'"),
        ({"object": "لا أحد"}, 404, "unknown object 'لا أحد'"),
        ({"limit": 501}, 422, "limit 501 is over the maximum page size 500"),
        ({"limit": 0}, 422, "invalid limit"),
        ({"relation": "likes"}, 422, "invalid relation"),
        ({"status": "rumoured"}, 422, "invalid status"),
        ({"date_from": "2018-8"}, 422, "invalid date_from"),
        ({"min_articles": 0}, 422, "invalid min_articles"),
        ({"lang": "de"}, 422, "invalid lang"),
    ],
)
def test_bad_parameters(client: TestClient, params: dict[str, Any], status: int, message: str) -> None:
    response = client.get("/relations", params=params)
    assert response.status_code == status
    body = response.json()
    assert body["error"].startswith(message), body
    assert body["status"] == status
    if status == 404:
        assert body["id"] == next(iter(params.values()))


@pytest.mark.parametrize("subject", ['Evil "} UNION { ?s ?p ?o } #', "x' ; DROP ALL ; '\n>", "quote_test"])
def test_labels_made_of_sparql_are_values(client: TestClient, subject: str) -> None:
    body = client.get("/relations", params={"subject": subject}).json()
    assert edges(body) == [("Quote_Test", "visit", "Chad", 1)]
    assert body["results"][0]["evidence"][0]["text"] == INJ_VISIT


@pytest.mark.parametrize(
    "subject",
    ['"} UNION { ?s ?p ?o } #', "Khalifa_Haftar> ?p ?o } #", "<https://x>", "?s", "Niger\n} UNION {", "*"],
)
def test_injection_attempts_find_nothing(client: TestClient, subject: str) -> None:
    response = client.get("/relations", params={"subject": subject})
    assert response.status_code == 404
    assert response.json()["id"] == subject


@pytest.fixture(scope="module")
def seeds_client(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """An in-process client over a store with the seeds ingested by the ingest job."""
    tmp = tmp_path_factory.mktemp("relations-seeds")
    settings = make_settings(tmp, workers=1)
    store = OxigraphStore(tmp / "store")
    assert ingest_paths([seeds_dir], settings, store).written == len(list(seeds_dir.glob("*.txt")))
    try:
        with TestClient(create_app(settings, store)) as test_client:
            yield test_client
    finally:
        store.close()


def test_evidence_carries_the_trigger_in_article_offsets(seeds_client: TestClient) -> None:
    body = seeds_client.get("/relations", params={
        "subject": "Khalifa_Haftar", "relation": "visit", "object": "Niamey", "evidence_limit": 100}).json()
    # two articles: the first undated (evidence order puts it first), the second of 7 August 2018
    first, second = body["results"][0]["evidence"]
    assert (first["article"]["id"], first["start"], first["end"]) == ("000_ca11461d1e18a052", 1769, 2028)
    assert first["text"].startswith("ووصل حفتر، أمس الثلاثاء")
    assert first["trigger"] == {"start": 1769, "end": 1773, "text": "ووصل"}
    assert (second["article"]["id"], second["start"], second["end"], second["lang"]) == (
        "001_0f4681632fbd4e5c", 149, 454, "ar")
    assert second["text"].startswith("وصل القائد العام للقوات المسلحة العربية الليبية المشير خليفة حفتر")
    assert second["trigger"] == {"start": 149, "end": 152, "text": "وصل"}

    every = seeds_client.get("/relations", params={"limit": 500, "evidence_limit": 100}).json()["results"]
    items = [(edge["relation"], item) for edge in every for item in edge["evidence"]]
    for _, item in items:  # the offsets are the article's, like the sentence's: the text is that slice
        trigger = item["trigger"]
        if trigger is not None:
            assert item["start"] <= trigger["start"] < trigger["end"] <= item["end"]
            offset = item["start"]
            assert item["text"][trigger["start"] - offset:trigger["end"] - offset] == trigger["text"]
    assert any(item["trigger"] is not None for relation, item in items if relation == "visit")
    assert any(item["trigger"] is None for relation, item in items if relation == "leads")  # from titles


def test_the_trigger_is_documented_in_openapi(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    evidence = schemas["EvidenceOut"]["properties"]["trigger"]
    assert "article" in evidence["description"] and "`start`" in evidence["description"]
    trigger = schemas["TriggerOut"]["properties"]
    assert set(trigger) == {"start", "end", "text"}
    assert "article" in trigger["start"]["description"] and "`start`" in trigger["start"]["description"]
