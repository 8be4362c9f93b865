"""/sparql over the embedded store runs in worker processes: a query past its deadline is killed
(its slot, CPU and memory free within a second), one past its memory bound fails with 422 and the
server is unharmed, REST keeps its own capacity, and SERVICE or LOAD reach no unlisted URL."""

from __future__ import annotations

import asyncio
import resource
import socket
import threading
import time
from pathlib import Path

import httpx
from api_support import make_settings
from fastapi import FastAPI
from pyoxigraph import Literal
from sahelkg.api.app import create_app
from sahelkg.api.federation import refuse_federation
from sahelkg.api.query_frames import ANSWER, JOB, read_frame, read_frame_async, send_frame, send_frame_async
from sahelkg.graph.store.oxigraph import OxigraphStore

EX = "https://example.org/"
# the pathological queries: a sort over a cross product (memory) and a count over one (time)
SORTED_PRODUCT = "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } ORDER BY ?o ?c LIMIT 10"
COUNTED_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }"


def disk_app(tmp_path: Path, triples: int = 3000, **settings: object) -> FastAPI:
    store = OxigraphStore(tmp_path / "store")
    store.update("INSERT DATA { GRAPH <https://example.org/g> { "
                 + " ".join(f"<{EX}s{i}> <{EX}p> {Literal(i)} ." for i in range(triples)) + " } }")
    return create_app(make_settings(tmp_path, **settings), store)


def _run(app: FastAPI, scenario) -> None:  # noqa: ANN001
    async def main() -> None:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://api", timeout=60) as client:
                await scenario(client, app)

    asyncio.run(main())


def test_a_query_past_its_deadline_is_killed_and_its_slot_freed_at_once(tmp_path: Path) -> None:
    app = disk_app(tmp_path, query_timeout=1.0, max_concurrent_queries=1)

    async def scenario(client: httpx.AsyncClient, app: FastAPI) -> None:
        warm = await client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
        assert warm.json() == {"head": {}, "boolean": True}
        started = time.monotonic()
        late = await client.get("/sparql", params={"query": COUNTED_PRODUCT})
        assert late.status_code == 504
        assert late.json()["error"] == "query exceeded the 1 s time limit"
        assert time.monotonic() - started < 4  # the deadline, then the kill: no waiting for the engine
        health = (await client.get("/health")).json()
        assert (health["status"], health["queries_running"]) == ("ok", 0)
        started = time.monotonic()
        again = await client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
        assert again.json() == {"head": {}, "boolean": True}  # a fresh worker, no wait for the old one
        assert time.monotonic() - started < 20  # (a fresh process starts on a loaded machine too)

    _run(app, scenario)


def test_a_query_past_its_memory_bound_fails_with_422_and_the_server_is_unharmed(tmp_path: Path) -> None:
    app = disk_app(tmp_path, triples=6000, query_timeout=60.0, query_memory_mb=400)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    async def scenario(client: httpx.AsyncClient, app: FastAPI) -> None:
        started = time.monotonic()
        big = await client.get("/sparql", params={"query": SORTED_PRODUCT})
        assert big.status_code == 422, big.text
        assert big.json()["error"].startswith("the query needed more than the 400 MiB of memory")
        assert big.json()["memory_limit_mib"] == 400
        assert time.monotonic() - started < 50
        fine = await client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
        assert fine.json()["results"]["bindings"][0]["n"]["value"] == "6000"

    _run(app, scenario)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 200  # the query's memory was the worker's, not the server's


def test_rest_keeps_its_capacity_while_every_sparql_slot_is_busy(tmp_path: Path) -> None:
    app = disk_app(tmp_path, query_timeout=6.0, max_concurrent_queries=2)

    async def scenario(client: httpx.AsyncClient, app: FastAPI) -> None:
        await client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
        slow = [asyncio.create_task(client.get("/sparql", params={"query": COUNTED_PRODUCT}))
                for _ in range(2)]
        await asyncio.sleep(0.5)
        health = (await client.get("/health")).json()
        assert (health["status"], health["queries_running"]) == ("degraded", 2)
        started = time.monotonic()
        listed = await client.get("/relations", params={"limit": 5})
        assert listed.status_code == 200
        assert time.monotonic() - started < 3.0  # well before the busy queries' 6 s deadline
        assert [r.status_code for r in await asyncio.gather(*slow)] == [504, 504]

    _run(app, scenario)


def test_service_and_load_reach_no_unlisted_url(tmp_path: Path) -> None:
    app = disk_app(tmp_path, write_token="secret")
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"

    async def scenario(client: httpx.AsyncClient, app: FastAPI) -> None:
        refused = await client.get("/sparql", params={"query": service})
        assert refused.status_code == 400
        assert refused.json()["error"] == (
            "federated query refused: SERVICE <http://127.0.0.1:9/sparql> is not an allowed endpoint "
            "(federation is off unless SAHELKG_SERVICE_ENDPOINTS lists the endpoint)")
        variable = await client.get("/sparql", params={"query": "SELECT * WHERE { SERVICE ?x { ?s ?p ?o } }"})
        assert variable.status_code == 400 and "SERVICE with a variable" in variable.json()["error"]
        quoted = await client.get("/sparql", params={"query": 'ASK { ?s ?p "SERVICE <http://x/>" }'})
        assert quoted.status_code == 200  # the word in a string is no call
        load = await client.post("/sparql", content="LOAD <file:///etc/passwd>",
                                 headers={"Content-Type": "application/sparql-update",
                                          "Authorization": "Bearer secret"})
        assert load.status_code == 400
        assert load.json()["error"].startswith("LOAD refused: <file:///etc/passwd> is not an allowed source")

    _run(app, scenario)
    refuse_federation("SELECT * WHERE { SERVICE SILENT <http://a/sparql> { ?s ?p ?o } }", ["http://a/sparql"])


def test_frames_carry_a_body_larger_than_the_socket_buffer_and_tell_the_end_of_the_stream() -> None:
    server, worker = socket.socketpair()
    server.setblocking(False)
    body = bytes(range(256)) * 40_000  # 10 MB: written in many parts while the other side reads

    def answer() -> None:
        job = read_frame(worker)
        assert job is not None and (job.kind, bytes(job.meta)) == (JOB, b"the job")
        send_frame(worker, ANSWER, b"text/csv", body)
        worker.close()

    thread = threading.Thread(target=answer)
    thread.start()

    async def ask() -> None:
        await send_frame_async(server, JOB, b"the job")
        frame = await read_frame_async(server)
        assert (frame.kind, bytes(frame.meta), frame.body == body) == (ANSWER, b"text/csv", True)
        try:
            await read_frame_async(server)
        except EOFError:
            return
        raise AssertionError("the closed end was not noticed")

    asyncio.run(ask())
    thread.join(10)
    assert read_frame(server) is None
    server.close()
