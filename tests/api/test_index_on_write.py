"""A write brings the entity index up to date for the entities it touched: readers after it find
the new names at once, a replaced article's dropped entities are gone, and the index is the one a
full rebuild would give, without one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from api_support import make_settings
from fastapi.testclient import TestClient
from sahelkg.api.app import create_app
from sahelkg.api.search import EntityIndex
from sahelkg.graph.queries import entity_catalogue
from sahelkg.graph.store.oxigraph import OxigraphStore

AUTH = {"Authorization": "Bearer t"}


@pytest.fixture
def api(tmp_path: Path) -> Iterator[tuple[TestClient, OxigraphStore]]:
    store = OxigraphStore(tmp_path / "store")
    with TestClient(create_app(make_settings(tmp_path, write_token="t"), store)) as client:
        yield client, store


def _ids(client: TestClient, q: str) -> list[str]:
    return [e["id"] for e in client.get("/entities", params={"q": q}).json()["results"]]


def test_written_entities_are_found_at_once_and_dropped_ones_are_gone(
        api: tuple[TestClient, OxigraphStore]) -> None:
    client, store = api
    first = {"id": "a1", "lang": "en", "text": "Khalifa Haftar visited Niamey on Monday."}
    assert client.post("/articles", json=first, headers=AUTH).status_code == 201
    assert _ids(client, "Haftar") == ["Khalifa_Haftar"]  # the index is built by this reader
    state = client.app.state.sahelkg
    second = {"id": "a2", "lang": "en", "text": "Khalifa Haftar visited Kabul on Monday."}
    assert client.post("/articles", json=second, headers=AUTH).status_code == 201
    kept = state.views.peek("entity_index")
    assert kept is not None  # brought up to date by the write, not dropped
    assert _ids(client, "Kaboul") == ["Kabul"]
    replaced = {"id": "a2", "lang": "en", "text": "Khalifa Haftar visited Agadez on Tuesday."}
    assert client.post("/articles", json=replaced, headers=AUTH).status_code == 200
    assert _ids(client, "Kaboul") == [] and _ids(client, "Agadez") == ["Agadez"]
    index = state.views.peek("entity_index")
    full = EntityIndex(entity_catalogue(store))
    assert index.by_id == full.by_id
    assert sorted((k, s, e.id) for k, s, e in index._names) == sorted((k, s, e.id) for k, s, e in full._names)
