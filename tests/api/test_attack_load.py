"""A short attack on a real server: the pathological queries fired again and again while clients
read /relations and /entities. Nothing answers 5xx but the 504s of the queries stopped at their
deadline, the server's memory stays flat, and the readers keep getting answers. Figures are
printed (run with -s to see them)."""

from __future__ import annotations

import resource
import statistics
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from api_support import free_port, make_settings
from pyoxigraph import Literal
from sahelkg.api.app import create_app
from sahelkg.api.serving import uvicorn_options
from sahelkg.graph.store.oxigraph import OxigraphStore

EX = "https://example.org/"
ATTACKS = [
    "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } ORDER BY ?o ?c LIMIT 10",
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }",
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELEC * WHERE {",
]
SECONDS = 8.0


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_pathological_queries_while_clients_read(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.update("INSERT DATA { GRAPH <https://example.org/g> { "
                 + " ".join(f"<{EX}s{i}> <{EX}p> {Literal(i)} ." for i in range(6000)) + " } }")
    settings = make_settings(tmp_path, query_timeout=4.0, max_concurrent_queries=2, query_memory_mb=400)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, store), host="127.0.0.1", port=port,
                                           log_level="warning", **uvicorn_options(settings)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    statuses: dict[str, list[int]] = {"attack": [], "read": []}
    read_latency: list[float] = []
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        rss_before = _rss_mb()
        stop = time.monotonic() + SECONDS

        def attacker(offset: int) -> None:
            with httpx.Client(base_url=base, timeout=30) as client:
                k = offset
                while time.monotonic() < stop:
                    answer = client.get("/sparql", params={"query": ATTACKS[k % 4]})
                    statuses["attack"].append(answer.status_code)
                    k += 1

        def reader() -> None:
            with httpx.Client(base_url=base, timeout=30) as client:
                while time.monotonic() < stop:
                    started = time.monotonic()
                    status = client.get("/relations", params={"limit": 20}).status_code
                    read_latency.append(time.monotonic() - started)
                    statuses["read"].append(status)
                    statuses["read"].append(client.get("/entities", params={"q": "s1"}).status_code)

        workers = [threading.Thread(target=attacker, args=(k,)) for k in range(4)]
        workers += [threading.Thread(target=reader) for _ in range(2)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(60)
        rss_after = _rss_mb()
        health = httpx.get(f"{base}/health", timeout=10).json()
    finally:
        server.should_exit = True
        thread.join(10)
    p99 = statistics.quantiles(read_latency, n=100)[98] if len(read_latency) >= 2 else read_latency[0]
    attack_codes = sorted(set(statuses["attack"]))
    print(f"\nattack: {len(statuses['attack'])} pathological requests, statuses {attack_codes}; "
          f"readers: {len(statuses['read'])} requests, p50 {statistics.median(read_latency) * 1000:.0f} ms, "
          f"p99 {p99 * 1000:.0f} ms; server RSS {rss_before:.0f} -> {rss_after:.0f} MiB")
    assert set(statuses["read"]) == {200}
    assert set(statuses["attack"]) <= {400, 422, 503, 504}
    assert 400 in statuses["attack"] and (504 in statuses["attack"] or 422 in statuses["attack"])
    assert rss_after - rss_before < 300  # the queries' memory is their workers'
    assert p99 < SECONDS  # readers were answered during the attack, not after it
    assert health["status"] in ("ok", "degraded")
