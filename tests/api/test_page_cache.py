"""The page cache of /relations, /entities/{id} and /entities/{id}/network: a repeated request is
answered from it, a write through the API (an article written, replaced, withdrawn) shows in the
next page with a new ETag, If-None-Match gets 304, different parameters never share a page, the
bounds evict, one computation serves concurrent requests, and the cache turned off still serves."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from api_support import RunningServer, make_settings
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sahelkg.api.app import create_app
from sahelkg.api.page_cache import Page, PageCache
from sahelkg.api.runner import QueryRunner, QueryTimeout
from sahelkg.graph.store.oxigraph import OxigraphStore

AUTH = {"Authorization": "Bearer t"}
HAFTAR = "Khalifa_Haftar"
NIAMEY = {"id": "a1", "lang": "en", "text": "Khalifa Haftar visited Niamey on Monday."}
KABUL = {"id": "a2", "lang": "en", "text": "Khalifa Haftar visited Kabul on Monday."}
AGADEZ = {"id": "a2", "lang": "en", "text": "Khalifa Haftar visited Agadez on Tuesday."}
WITHDRAW_A2 = "DROP GRAPH <https://sahelkg.org/graph/a2>"


def _app(tmp_path: Path, store: OxigraphStore, **settings: object) -> FastAPI:
    return create_app(make_settings(tmp_path, write_token="t", **settings), store)


@pytest.fixture
def api(tmp_path: Path) -> Iterator[TestClient]:
    """A client of an app over an empty store of its own (the cache at its default size), with
    one article: Haftar visited Niamey."""
    store = OxigraphStore(tmp_path / "store")
    with TestClient(_app(tmp_path, store)) as client:
        assert client.post("/articles", json=NIAMEY, headers=AUTH).status_code == 201
        yield client
    store.close()


def _pages(client: TestClient) -> PageCache:
    return client.app.state.sahelkg.pages  # type: ignore[attr-defined]


def _visited(client: TestClient) -> list[str]:
    """The objects of Haftar's visits on /relations (asserted 200 with validators)."""
    response = client.get("/relations", params={"subject": HAFTAR, "relation": "visit"})
    assert response.status_code == 200 and response.headers["cache-control"] == "no-cache"
    return sorted(edge["object"]["id"] for edge in response.json()["results"])


def _entity_out(client: TestClient) -> list[str]:
    response = client.get(f"/entities/{HAFTAR}")
    assert response.status_code == 200
    return sorted(link["entity"]["id"] for link in response.json()["relations"]["out"])


def _network(client: TestClient) -> list[str]:
    response = client.get(f"/entities/{HAFTAR}/network")
    assert response.status_code == 200
    return sorted(node["id"] for node in response.json()["nodes"])


PATHS = ("/relations?subject=Khalifa_Haftar&relation=visit", f"/entities/{HAFTAR}",
         f"/entities/{HAFTAR}/network")


def _tags(client: TestClient) -> dict[str, str]:
    return {path: client.get(path).headers["etag"] for path in PATHS}


def _revalidate(client: TestClient, tags: dict[str, str]) -> dict[str, int]:
    return {path: client.get(path, headers={"If-None-Match": tag}).status_code for path, tag in tags.items()}


def test_a_repeated_request_is_answered_from_the_cache(api: TestClient) -> None:
    pages = _pages(api)
    for path in PATHS:
        before = (pages.hits, pages.misses)
        first = api.get(path)
        second = api.get(path)
        assert first.status_code == second.status_code == 200
        assert (pages.hits, pages.misses) == (before[0] + 1, before[1] + 1)
        assert first.content == second.content and first.headers["etag"] == second.headers["etag"]
        assert first.headers["content-type"] == "application/json"
    assert len(pages) == 3
    assert api.get("/relations", params={"subject": HAFTAR, "relation": "visit"}).json()["results"][0][
        "object"]["id"] == "Niamey"


def test_if_none_match_gets_304_without_a_body(api: TestClient) -> None:
    response = api.get(PATHS[0])
    tag = response.headers["etag"]
    assert tag.startswith('"') and tag.endswith('"')
    for header in (tag, f"W/{tag}", f'"other", {tag}', "*"):
        revalidated = api.get(PATHS[0], headers={"If-None-Match": header})
        assert revalidated.status_code == 304, header
        assert revalidated.content == b""
        assert revalidated.headers["etag"] == tag and revalidated.headers["cache-control"] == "no-cache"
    assert api.get(PATHS[0], headers={"If-None-Match": '"other"'}).status_code == 200


def test_a_write_shows_in_the_next_page_with_a_new_etag(api: TestClient) -> None:
    assert _visited(api) == ["Niamey"]
    assert _entity_out(api) == ["Niamey"]
    assert _network(api) == [HAFTAR, "Niamey"]
    tags = _tags(api)
    assert _revalidate(api, tags) == dict.fromkeys(PATHS, 304)  # no write: still current

    assert api.post("/articles", json=KABUL, headers=AUTH).status_code == 201  # written
    assert _revalidate(api, tags) == dict.fromkeys(PATHS, 200)
    assert _visited(api) == ["Kabul", "Niamey"]
    assert _entity_out(api) == ["Kabul", "Niamey"]
    assert _network(api) == ["Kabul", HAFTAR, "Niamey"]
    written = _tags(api)
    assert all(written[path] != tags[path] for path in PATHS)

    assert api.post("/articles", json=AGADEZ, headers=AUTH).status_code == 200  # replaced
    assert _revalidate(api, written) == dict.fromkeys(PATHS, 200)
    assert _visited(api) == ["Agadez", "Niamey"]
    assert _entity_out(api) == ["Agadez", "Niamey"]
    assert _network(api) == ["Agadez", HAFTAR, "Niamey"]
    replaced = _tags(api)
    assert all(replaced[path] not in (tags[path], written[path]) for path in PATHS)

    assert api.post("/sparql", content=WITHDRAW_A2, headers={  # withdrawn
        **AUTH, "Content-Type": "application/sparql-update"}).status_code == 204
    assert _revalidate(api, replaced) == dict.fromkeys(PATHS, 200)
    assert _visited(api) == ["Niamey"]
    assert _entity_out(api) == ["Niamey"]
    assert _network(api) == [HAFTAR, "Niamey"]
    assert _tags(api) == tags  # the same pages as before the writes: the same tags


def test_an_unchanged_resubmission_keeps_the_pages_current(api: TestClient) -> None:
    tags = _tags(api)
    assert api.post("/articles", json=NIAMEY, headers=AUTH).json()["status"] == "unchanged"
    assert _revalidate(api, tags) == dict.fromkeys(PATHS, 304)


def test_different_parameters_never_share_a_page(api: TestClient) -> None:
    assert api.post("/articles", json=KABUL, headers=AUTH).status_code == 201
    pages = _pages(api)
    variants = [
        ("/relations", {"subject": HAFTAR}),
        ("/relations", {"subject": HAFTAR, "relation": "visit"}),
        ("/relations", {"subject": HAFTAR, "relation": "meet"}),
        ("/relations", {"object": HAFTAR}),
        ("/relations", {"object": "Niamey"}),
        ("/relations", {"subject": HAFTAR, "lang": "ar"}),
        ("/relations", {"subject": HAFTAR, "lang": "fr"}),
        ("/relations", {"subject": HAFTAR, "limit": 1}),
        ("/relations", {"subject": HAFTAR, "limit": 1, "offset": 1}),
        ("/relations", {"subject": HAFTAR, "evidence_limit": 0}),
        ("/relations", {"subject": HAFTAR, "min_articles": 2}),
        ("/relations", {"subject": HAFTAR, "status": "reported"}),
        ("/relations", {"subject": HAFTAR, "date_from": "2030"}),
        ("/relations", {"subject": HAFTAR, "date_to": "1990"}),
        ("/relations", {}),
        (f"/entities/{HAFTAR}", {}),
        (f"/entities/{HAFTAR}", {"lang": "ar"}),
        (f"/entities/{HAFTAR}", {"relation_limit": 1}),
        ("/entities/Niamey", {}),
        (f"/entities/{HAFTAR}/network", {}),
        (f"/entities/{HAFTAR}/network", {"depth": 2}),
        (f"/entities/{HAFTAR}/network", {"max_nodes": 1}),
        (f"/entities/{HAFTAR}/network", {"lang": "ar"}),
    ]
    bodies = {}
    for path, params in variants:
        misses = pages.misses
        response = api.get(path, params=params)
        assert response.status_code == 200, (path, params, response.text)
        assert pages.misses == misses + 1, (path, params)  # none answered by another's page
        bodies[path, tuple(sorted(params.items()))] = response.json()
    assert len(pages) == len(variants)
    one = bodies["/relations", (("limit", 1), ("subject", HAFTAR))]
    assert [e["object"]["id"] for e in one["results"]] == ["Kabul"] and one["next_offset"] == 1
    two = bodies["/relations", (("limit", 1), ("offset", 1), ("subject", HAFTAR))]
    assert [e["object"]["id"] for e in two["results"]] == ["Niamey"] and two["next_offset"] is None
    assert bodies["/relations", (("evidence_limit", 0), ("subject", HAFTAR))]["results"][0]["evidence"] == []
    assert bodies["/relations", (("relation", "meet"), ("subject", HAFTAR))]["results"] == []
    assert bodies["/relations", (("date_from", "2030"), ("subject", HAFTAR))]["results"] == []
    assert bodies["/entities/Niamey", ()]["id"] == "Niamey"
    assert len(bodies[f"/entities/{HAFTAR}/network", (("max_nodes", 1),)]["nodes"]) == 1


def test_a_label_and_the_id_it_names_share_a_page(api: TestClient) -> None:
    pages = _pages(api)
    by_id = api.get("/relations", params={"subject": HAFTAR})
    by_label = api.get("/relations", params={"subject": "Khalifa Haftar"})
    assert (pages.hits, pages.misses) == (1, 1)
    assert by_label.content == by_id.content


def test_the_entry_bound_evicts_the_least_recently_used(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    with TestClient(_app(tmp_path, store, page_cache_entries=2)) as client:
        assert client.post("/articles", json=NIAMEY, headers=AUTH).status_code == 201
        pages = _pages(client)
        first, second, third = PATHS
        client.get(first)
        client.get(second)
        client.get(first)  # the first is now the most recently used
        client.get(third)  # evicts the second
        assert len(pages) == 2 and pages.evictions == 1
        hits, misses = pages.hits, pages.misses
        client.get(first)
        assert (pages.hits, pages.misses) == (hits + 1, misses)
        client.get(second)
        assert (pages.hits, pages.misses) == (hits + 1, misses + 1) and len(pages) == 2
    store.close()


def test_the_cache_turned_off_still_serves_and_revalidates(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    with TestClient(_app(tmp_path, store, page_cache_entries=0)) as client:
        assert client.post("/articles", json=NIAMEY, headers=AUTH).status_code == 201
        pages = _pages(client)
        assert not pages.enabled
        assert _visited(client) == ["Niamey"] and _entity_out(client) == ["Niamey"]
        tags = _tags(client)
        assert _revalidate(client, tags) == dict.fromkeys(PATHS, 304)
        assert client.post("/articles", json=KABUL, headers=AUTH).status_code == 201
        assert _revalidate(client, tags) == dict.fromkeys(PATHS, 200)
        assert _visited(client) == ["Kabul", "Niamey"]
        assert len(pages) == 0 and pages.hits == 0 and pages.misses >= 10
    store.close()


def test_under_uvicorn_a_revalidating_client_sees_the_write(
        tmp_path: Path, serve: Callable[[FastAPI], RunningServer]) -> None:
    store = OxigraphStore(tmp_path / "store")
    server = serve(_app(tmp_path, store))
    with httpx.Client(base_url=server.url, timeout=30) as http:
        assert http.post("/articles", json=NIAMEY, headers=AUTH).status_code == 201
        for path in PATHS:
            first = http.get(path)
            assert first.status_code == 200 and first.headers["cache-control"] == "no-cache"
            tag = first.headers["etag"]
            again = http.get(path, headers={"If-None-Match": tag})
            assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
        tags = {path: http.get(path).headers["etag"] for path in PATHS}
        assert http.post("/articles", json=KABUL, headers=AUTH).status_code == 201
        for path in PATHS:
            after = http.get(path, headers={"If-None-Match": tags[path]})
            assert after.status_code == 200 and after.headers["etag"] != tags[path]
            assert "Kabul" in after.text
        listed = http.get("/relations", params={"subject": HAFTAR, "relation": "visit"}).json()
        assert sorted(e["object"]["id"] for e in listed["results"]) == ["Kabul", "Niamey"]
    server.__exit__()
    store.close()


# The cache itself, with a stand-in computation.

def _cache(**bounds: int) -> PageCache:
    values = {"max_entries": 10, "max_bytes": 10_000, **bounds}
    return PageCache(QueryRunner(2, 5.0), values["max_entries"], values["max_bytes"], ttl=300.0)


def test_one_computation_serves_every_concurrent_request() -> None:
    cache = _cache()
    calls = []

    async def scenario() -> list[Page]:
        release = asyncio.Event()

        async def compute() -> bytes:
            calls.append(1)
            await release.wait()
            return b'{"page": 1}'

        waiting = [asyncio.ensure_future(cache.get("k", compute, cache.generation)) for _ in range(6)]
        await asyncio.sleep(0.05)
        release.set()
        return await asyncio.gather(*waiting)

    found = asyncio.run(scenario())
    assert len(calls) == 1 and (cache.hits, cache.misses) == (5, 1)
    assert {page.body for page in found} == {b'{"page": 1}'} and len({page.etag for page in found}) == 1


def test_a_failed_computation_is_not_kept() -> None:
    cache = _cache()

    async def fails() -> bytes:
        await asyncio.sleep(0.01)
        raise QueryTimeout(5.0)

    async def scenario() -> list[object]:
        return await asyncio.gather(*(cache.get("k", fails, 0) for _ in range(3)), return_exceptions=True)

    assert all(isinstance(error, QueryTimeout) for error in asyncio.run(scenario()))
    assert len(cache) == 0 and cache.misses == 1

    async def works() -> bytes:
        return b"ok"

    assert asyncio.run(cache.get("k", works, 0)).body == b"ok" and len(cache) == 1


def test_the_byte_bound_evicts_and_an_oversized_page_is_served_not_kept() -> None:
    cache = _cache(max_bytes=250)

    def body(size: int) -> Callable[[], object]:
        async def compute() -> bytes:
            return b"x" * size
        return compute

    for key in ("a", "b", "c"):
        asyncio.run(cache.get(key, body(100), 0))  # type: ignore[arg-type]
    assert len(cache) == 2 and cache.bytes == 200 and cache.evictions == 1
    assert len(asyncio.run(cache.get("big", body(300), 0)).body) == 300  # type: ignore[arg-type]
    assert len(cache) == 2 and cache.bytes == 200


def test_a_page_made_before_a_write_or_past_the_ttl_is_not_served() -> None:
    cache = _cache()
    served = []

    async def compute() -> bytes:
        served.append(1)
        return b"%d" % len(served)

    seen = cache.generation
    cache.invalidate()  # a write after the request took its views: computed, not kept
    assert asyncio.run(cache.get("k", compute, seen)).body == b"1" and len(cache) == 0
    assert asyncio.run(cache.get("k", compute, cache.generation)).body == b"2"
    assert asyncio.run(cache.get("k", compute, cache.generation)).body == b"2"
    cache.ttl = 0.0  # a shared store another process may write: past the TTL, computed again
    assert asyncio.run(cache.get("k", compute, cache.generation)).body == b"3"
