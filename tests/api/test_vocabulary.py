"""/vocabulary names every relation type, entity type and status, with labels in ar/fr/en."""

from __future__ import annotations

from fastapi.testclient import TestClient

from sahelkg.records import ENTITY_TYPES, RELATION_TYPES, STATUSES


def test_the_vocabulary_lists_relations_in_order_with_three_labels(client: TestClient) -> None:
    answer = client.get("/vocabulary")
    assert answer.status_code == 200
    body = answer.json()
    assert [r["id"] for r in body["relations"]] == list(RELATION_TYPES)
    assert [t["id"] for t in body["entity_types"]] == list(ENTITY_TYPES)
    assert body["statuses"] == list(STATUSES)
    visit = body["relations"][0]
    assert visit == {"id": "visit", "iri": "https://sahelkg.org/ontology#visit",
                     "labels": {"en": "visit", "fr": "visite", "ar": "زيارة"},
                     "comment": "The subject travels to the object (a place, a country, or a host "
                                "person or organisation).",
                     "symmetric": False}
    assert {r["id"] for r in body["relations"] if r["symmetric"]} == {"meet", "cooperate", "ally", "agree"}
    for term in body["relations"] + body["entity_types"]:
        assert set(term["labels"]) == {"ar", "fr", "en"}, term["id"]


def test_every_relation_id_of_the_vocabulary_is_accepted_by_relations(client: TestClient) -> None:
    for relation in client.get("/vocabulary").json()["relations"]:
        assert client.get("/relations", params={"relation": relation["id"], "limit": 1}).status_code == 200
