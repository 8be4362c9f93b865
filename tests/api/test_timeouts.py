"""Query time limits: a late query is answered 504 on time, the server keeps answering meanwhile,
a streaming query stops consuming once late, and busy slots give 503."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest
from api_support import make_settings
from fastapi import FastAPI
from pyoxigraph import Literal
from sahelkg.api.app import create_app
from sahelkg.api.runner import Deadline, QueryRunner, QueryTimeout
from sahelkg.graph.store.oxigraph import OxigraphStore

EX = "https://example.org/"
# every solution of a three-way cartesian product: streamed, row after row (27e9 rows)
STREAMING = "SELECT * WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }"
# a count over a two-way product: one long step inside the engine (2e7 rows: seconds)
BLOCKING = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y }"


def generated_store(triples: int = 3000) -> OxigraphStore:
    store = OxigraphStore.in_memory()
    store.update(
        "INSERT DATA { GRAPH <https://example.org/g> { "
        + " ".join(f"<{EX}s{i}> <{EX}p> {Literal(i)} ." for i in range(triples))
        + " } }"
    )
    return store


def slow_app(
    tmp_path: Path, timeout: float, slots: int = 2, triples: int = 3000
) -> tuple[FastAPI, OxigraphStore]:
    store = generated_store(triples)
    settings = make_settings(tmp_path, query_timeout=timeout, max_concurrent_queries=slots)
    return create_app(settings, store), store


async def _wait_running(app: FastAPI, within: float) -> None:
    start = time.monotonic()
    while not app.state.sahelkg.runner.running:
        if time.monotonic() - start > within:
            raise AssertionError(f"the query had not started after {within} s")
        await asyncio.sleep(0.01)


async def _wait_idle(app: FastAPI, within: float) -> float:
    start = time.monotonic()
    while app.state.sahelkg.runner.running:
        if time.monotonic() - start > within:
            raise AssertionError(f"queries still running after {within} s")
        await asyncio.sleep(0.02)
    return time.monotonic() - start


def test_streaming_query_times_out_and_stops(tmp_path: Path) -> None:
    app, store = slow_app(tmp_path, timeout=1.0)

    async def scenario() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
            started = time.monotonic()
            slow = asyncio.create_task(client.get("/sparql", params={"query": STREAMING}))
            await _wait_running(app, within=0.8)  # the query has its slot (late on a loaded machine)
            health_started = time.monotonic()
            health = await client.get("/health")
            assert health.status_code == 200
            assert time.monotonic() - health_started < 2.0  # on a loaded machine too: not the query's 1 s
            # counted while within its 1 s limit; on a slow machine /health may answer just after it
            assert health.json()["queries_running"] == 1 or time.monotonic() - started > 1.0
            response = await slow
            elapsed = time.monotonic() - started
            assert response.status_code == 504
            assert response.json() == {
                "error": "query exceeded the 1 s time limit",
                "status": 504,
                "timeout_s": 1.0,
            }
            assert 0.9 < elapsed < 5.0
            # the worker saw the deadline between solutions and stopped
            await _wait_idle(app, within=2.0)
            fast = await client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
            assert fast.json() == {"head": {}, "boolean": True}

    asyncio.run(scenario())
    app.state.sahelkg.close()
    store.close()


def test_blocking_query_is_answered_on_time_and_holds_its_slot(tmp_path: Path) -> None:
    app, store = slow_app(tmp_path, timeout=0.5, slots=1, triples=4500)

    async def scenario() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
            started = time.monotonic()
            response = await client.get("/sparql", params={"query": BLOCKING})
            assert response.status_code == 504
            assert time.monotonic() - started < 3.0
            # the engine is still counting in its thread; with the only slot taken, a query waits
            # for it up to its own time limit, then gets 503, while /health answers at once
            assert (await client.get("/health")).json()["queries_running"] == 1
            busy = await client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
            assert busy.status_code == 503
            assert busy.headers["retry-after"] == "1"
            assert busy.json()["error"] == "all 1 query slots stayed busy for 0.5 s; try again later"
            await _wait_idle(app, within=60.0)
            assert (await client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})).status_code == 200

    asyncio.run(scenario())
    app.state.sahelkg.close()
    store.close()


def test_construct_stops_at_the_deadline(tmp_path: Path) -> None:
    app, store = slow_app(tmp_path, timeout=0.5)

    async def scenario() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
            construct = "CONSTRUCT { ?a ?p ?y } WHERE { ?a ?p ?x . ?b ?q ?y }"
            response = await client.get(
                "/sparql", params={"query": construct}, headers={"Accept": "text/turtle"}
            )
            assert response.status_code == 504
            await _wait_idle(app, within=2.0)

    asyncio.run(scenario())
    app.state.sahelkg.close()
    store.close()


def test_runner_deadline_and_validation() -> None:
    runner = QueryRunner(1, 0.2)

    def late(deadline: Deadline) -> None:
        while True:
            deadline.check()
            time.sleep(0.01)

    with pytest.raises(QueryTimeout):
        asyncio.run(runner.run(late))
    assert asyncio.run(runner.run(lambda deadline: 42)) == 42
    runner.close()
    with pytest.raises(ValueError, match="max_concurrent_queries must be at least 1"):
        QueryRunner(0, 1.0)
    with pytest.raises(ValueError, match="query_timeout must be positive"):
        QueryRunner(1, 0)


def test_rest_queries_share_the_time_limit(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path, query_timeout=0.3), SlowStore())

    async def scenario() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
            response = await client.get("/articles")
            assert response.status_code == 504
            assert response.json()["error"] == "query exceeded the 0.3 s time limit"

    asyncio.run(scenario())
    app.state.sahelkg.close()


class SlowStore(OxigraphStore):
    """A real in-memory Oxigraph store whose queries take a second (a slow remote endpoint)."""

    def __init__(self) -> None:
        from pyoxigraph import Store

        super().__init__(None, _store=Store())
        self.update(f'INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}a> <{EX}p> "x" }} }}')

    def query(self, sparql: str, **kwargs: object):  # type: ignore[no-untyped-def, override]
        time.sleep(1.0)
        return super().query(sparql, **kwargs)  # type: ignore[arg-type]
