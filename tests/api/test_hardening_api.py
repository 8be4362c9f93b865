"""Requests that used to get 5xx get 4xx naming the problem."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from api_support import make_settings
from fastapi.testclient import TestClient
from sahelkg.api.app import create_app


@pytest.fixture
def api(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(make_settings(tmp_path, write_token="t"))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@pytest.mark.parametrize("path", ["/articles", "/relations", "/entities?q=x"])
def test_an_offset_beyond_any_integer_is_a_422_naming_the_limit(api: TestClient, path: str) -> None:
    joiner = "&" if "?" in path else "?"
    response = api.get(f"{path}{joiner}offset=99999999999999999999999")
    assert response.status_code == 422
    assert response.json()["error"] == (
        "invalid offset: Input should be less than or equal to 9007199254740992")


def test_a_submitted_text_that_is_not_unicode_is_a_422(api: TestClient) -> None:
    body = b'{"id": "a1", "text": "Haftar \\ud800 visited Niamey."}'
    response = api.post("/articles", content=body,
                        headers={"Authorization": "Bearer t", "Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"].startswith("invalid text: Input should be a valid string")


@pytest.mark.parametrize(("method", "path", "allow"), [
    ("delete", "/sparql", "GET, POST"), ("put", "/articles", "GET, POST"), ("post", "/relations", "GET")])
def test_a_405_lists_every_method_the_path_allows(api: TestClient, method: str, path: str,
                                                  allow: str) -> None:
    response = getattr(api, method)(path)
    assert response.status_code == 405
    assert response.headers["allow"] == allow


def test_the_openapi_schema_states_the_limits_and_the_404s(api: TestClient) -> None:
    spec = api.get("/openapi.json").json()["paths"]
    for path in ("/entities/{entity_id}", "/entities/{entity_id}/network", "/paths"):
        assert {"404", "400"} <= set(spec[path]["get"]["responses"]), path
    limit = next(p for p in spec["/relations"]["get"]["parameters"] if p["name"] == "limit")
    assert "SAHELKG_MAX_PAGE_SIZE, 500 by default" in limit["description"]
    offset = next(p for p in spec["/relations"]["get"]["parameters"] if p["name"] == "offset")
    assert offset["schema"]["maximum"] == 2**53


def test_the_openapi_schema_marks_the_sparql_query_required_and_missing_is_400(api: TestClient) -> None:
    parameters = api.get("/openapi.json").json()["paths"]["/sparql"]["get"]["parameters"]
    query = [p for p in parameters if p["name"] == "query"]
    assert len(query) == 1 and query[0]["required"] is True and query[0]["in"] == "query"
    assert "haftar_visits" in query[0]["examples"]
    missing = api.get("/sparql")
    assert missing.status_code == 400
    assert missing.json()["error"] == "missing the 'query' parameter"
