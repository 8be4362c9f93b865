"""Benchmark of the HTTP API on a graph of at least a million quads.

Builds (or reuses, under --cache-dir) an on-disk store from generated extracted articles written
through the real mapping, starts ``sahelkg serve`` on it in a separate process and prints, for the
hub entity (the one with the most relations): ``/relations`` with a page of 100 edges and 3
evidence each, and ``/entities/{id}`` with 100 relations per direction, each with one client
(p50/p99 latency) and with ``--clients`` clients (requests/s), then revalidated with the page's
ETag (304); then three ``/sparql`` queries with
one client (httpx, and the standard library's ``http.client``) against the same query run on
pyoxigraph itself in this process, each in turn (the ratio is what the HTTP layer adds).

    .venv/bin/python bench/bench_api.py                 # defaults: 1.05M quads, 8 clients, 10 s each
    .venv/bin/python bench/bench_api.py --quads 100000 --cache-dir /tmp/sahelkg-bench-100k
    .venv/bin/python bench/bench_api.py --clients 16 --seconds 30 --cache-dir /tmp/sahelkg-bench
    .venv/bin/python bench/bench_api.py --page-cache-entries 0   # every request computes its page
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import httpx
from sahelkg.graph import vocab
from sahelkg.graph.mapping import article_write
from sahelkg.graph.store.oxigraph import OxigraphStore

from sahelkg.records import (
    ENTITY_TYPES,
    RELATION_TYPES,
    STATUSES,
    Article,
    Entity,
    Evidence,
    ExtractedArticle,
    Relation,
)

SEED = 20180807
ENTITIES = 3000
RELATIONS_PER_ARTICLE = 8
ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _arabic_name(rng: random.Random) -> str:
    return " ".join("".join(rng.choice(ARABIC_LETTERS) for _ in range(rng.randint(3, 6))) for _ in range(2))


def generated_entities(rng: random.Random, count: int) -> list[Entity]:
    entities = []
    for index in range(count):
        kind = ENTITY_TYPES[index % len(ENTITY_TYPES)]
        english = f"{kind} {index:05d}"
        arabic = _arabic_name(rng)
        entities.append(Entity(
            id=english.replace(" ", "_"), label=english, type=kind,
            labels={"en": english, "ar": arabic, "fr": f"{kind} n°{index}"},
            aliases=(arabic.split()[0] + " " + str(index), f"{kind[:3].upper()}-{index}"),
            wikidata=f"Q{1000 + index}" if index % 3 == 0 else None,
        ))
    return entities


def generated_articles(count: int, entities: list[Entity]) -> Iterator[ExtractedArticle]:
    """Articles whose relations favour a few hub entities (Zipf-like), over 2015–2024."""
    rng = random.Random(SEED)
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(entities))]
    start = date(2015, 1, 1)
    for index in range(count):
        published = start + timedelta(days=rng.randrange(3650))
        article_id = f"bench-{index:06d}"
        relations = []
        offset = 0
        for _ in range(RELATIONS_PER_ARTICLE):
            subject, obj = rng.choices(entities, weights=weights, k=2)
            if subject.id == obj.id:
                continue
            relation = rng.choice(RELATION_TYPES)
            sentence = f"{subject.labels['ar']} {relation} {obj.labels['ar']} {_arabic_name(rng)}."
            at = offset + len(subject.labels["ar"]) + 1  # the trigger: the relation's word
            trigger = (at, at + len(relation))
            when = published - timedelta(days=rng.randrange(30))
            shape = rng.choice(["day", "month", "year", None])
            iso = when.isoformat()
            event_date = {"day": iso, "month": iso[:7], "year": iso[:4], None: None}[shape]
            relations.append(Relation(article_id, subject, relation, obj, status=rng.choice(STATUSES),
                                      date=event_date, date_precision=shape,  # type: ignore[arg-type]
                                      evidence=Evidence(sentence, offset, offset + len(sentence), trigger),
                                      confidence=round(rng.uniform(0.45, 0.95), 2), extractor="bench"))
            offset += len(sentence) + 1
        text = " ".join(r.evidence.sentence for r in relations if r.evidence)
        yield ExtractedArticle(Article(article_id, text, title=f"عنوان {index}", url=f"https://bench.example/{index}",
                                       published=published, lang="ar", outlet="Bench"), tuple(relations))


def build_store(data_dir: Path, min_quads: int) -> tuple[int, int, float]:
    """Fill <data_dir>/store until it holds ``min_quads``; returns (quads, articles, seconds)."""
    started = time.monotonic()
    store = OxigraphStore(data_dir / "store")
    try:
        quads = len(store)
        if quads >= min_quads:
            return quads, len(store.article_ids()), 0.0
        entities = generated_entities(random.Random(SEED), ENTITIES)
        written = 0
        batch: list = []
        stored = set(store.article_ids())  # a store too small grows; its articles are not redone
        for extracted in generated_articles(10 ** 7, entities):
            if extracted.article.id in stored:
                continue
            write = article_write(extracted)
            batch.append(write)
            quads += len(write.quads)
            if len(batch) == 200:
                written += store.write_articles(batch)
                batch.clear()
                print(f"\r  building: {written} articles, ~{quads:,} quads", end="", file=sys.stderr)
            if quads >= min_quads * 1.02:
                break
        written += store.write_articles(batch)
        print(file=sys.stderr)
        return len(store), written, time.monotonic() - started
    finally:
        store.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Measure:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: dict[int, int] = field(default_factory=dict)
    seconds: float = 0.0

    def line(self) -> str:
        ok = sorted(self.latencies)
        if not ok:
            return f"{self.name:<46} no successful request; errors {self.errors}"
        p50 = statistics.median(ok) * 1000
        p99 = ok[min(len(ok) - 1, int(len(ok) * 0.99))] * 1000
        errors = f"  errors {self.errors}" if self.errors else ""
        return (f"{self.name:<46} {len(ok):>6} ok  {len(ok) / self.seconds:>8.1f} req/s  "
                f"p50 {p50:>7.1f} ms  p99 {p99:>7.1f} ms{errors}")


async def drive(base: str, name: str, make_request: Callable[[random.Random], tuple[str, dict]],
                clients: int, seconds: float, headers: dict[str, str] | None = None,
                expect: int = 200) -> Measure:
    """``clients`` concurrent loops sending requests for ``seconds``; each waits for its answer
    (``expect``ed status: a latency; any other: an error counted by status)."""
    measure = Measure(name)
    stop_at = time.monotonic() + seconds

    async def client_loop(number: int, http: httpx.AsyncClient) -> None:
        rng = random.Random(SEED + number)
        while time.monotonic() < stop_at:
            path, params = make_request(rng)
            started = time.monotonic()
            response = await http.get(path, params=params, headers=headers)
            if response.status_code == expect:
                measure.latencies.append(time.monotonic() - started)
            else:
                measure.errors[response.status_code] = measure.errors.get(response.status_code, 0) + 1

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as http:
        started = time.monotonic()
        await asyncio.gather(*(client_loop(i, http) for i in range(clients)))
        measure.seconds = time.monotonic() - started
    return measure


def _neighbourhood(entity_id: str) -> str:
    step = "|".join(f"skg:{r}|^skg:{r}" for r in RELATION_TYPES)
    return (vocab.sparql_prefixes() + f"SELECT DISTINCT ?n WHERE {{ <{vocab.entity_iri(entity_id).value}> "
            f"({step})/({step}) ?n }} LIMIT 500")


def sparql_queries(hub: str) -> dict[str, str]:
    """The /sparql cases: a two-hop neighbourhood, the hub's direct edges, one relation's edges."""
    return {
        "2-hop neighbourhood": _neighbourhood(hub),
        "hub's direct edges": vocab.sparql_prefixes()
        + f"SELECT ?rel ?o WHERE {{ <{vocab.entity_iri(hub).value}> ?rel ?o }}",
        "visit edges": vocab.sparql_prefixes() + "SELECT ?s ?o WHERE { ?s skg:visit ?o } LIMIT 1000",
    }


async def served_and_raw(base: str, name: str, store_path: Path, sparql: str,
                         seconds: float) -> tuple[Measure, Measure, Measure]:
    """``/sparql`` with one client and the same query on pyoxigraph itself (the store opened
    read-only in this process, its answer serialised as SPARQL JSON), each in turn, so that all see
    the same load on a shared machine: what the HTTP endpoint adds is measured against the raw
    figure. The endpoint is asked by httpx (as the other cases are) and by the standard library's
    ``http.client`` with the URL encoded once, whose own cost per request is a fraction of httpx's
    (percent-encoding the query, parsing the answer): the second is closer to the server's part."""
    from pyoxigraph import QueryResultsFormat, Store

    store = Store.read_only(str(store_path))
    served, lean, raw = Measure(f"/sparql {name} [1 cl]"), Measure("  same, http.client"), Measure("raw")
    params = {"query": sparql}
    host, port = base.removeprefix("http://").split(":")
    path = "/sparql?" + urllib.parse.urlencode(params)
    plain = http.client.HTTPConnection(host, int(port), timeout=60)
    async with httpx.AsyncClient(base_url=base, timeout=60) as http_client:
        stop_at = time.monotonic() + seconds
        while time.monotonic() < stop_at:
            begun = time.monotonic()
            store.query(sparql, use_default_graph_as_union=True).serialize(format=QueryResultsFormat.JSON)
            raw.latencies.append(time.monotonic() - begun)
            begun = time.monotonic()
            response = await http_client.get("/sparql", params=params)
            _count(served, response.status_code, begun)
            begun = time.monotonic()
            plain.request("GET", path)
            answer = plain.getresponse()
            answer.read()
            _count(lean, answer.status, begun)
    plain.close()
    for measure in (served, lean, raw):
        measure.seconds = seconds / 3  # each had about a third of the time
    return served, lean, raw


def _count(measure: Measure, status: int, begun: float) -> None:
    if status == 200:
        measure.latencies.append(time.monotonic() - begun)
    else:
        measure.errors[status] = measure.errors.get(status, 0) + 1


def wait_until_up(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while True:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with code {process.returncode}")
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise SystemExit("the server did not start in 120 s")
        time.sleep(0.2)


def warm(base: str, path: str) -> float:
    """Ask until the server's caches (entity index) answer; returns the seconds it took."""
    started = time.monotonic()
    while True:
        response = httpx.get(base + path, timeout=120)
        if response.status_code == 200:
            return time.monotonic() - started
        if response.status_code not in (503, 504):
            raise SystemExit(f"warm-up {path} answered {response.status_code}: {response.text[:200]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    default_cache = Path(os.environ.get("SAHELKG_BENCH_DIR", "/tmp/sahelkg-bench-api"))
    parser.add_argument("--cache-dir", type=Path, default=default_cache,
                        help="where the generated store is kept and reused")
    parser.add_argument("--quads", type=int, default=1_050_000, help="minimum quads in the store")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--seconds", type=float, default=10.0, help="duration per case")
    parser.add_argument("--concurrent-queries", type=int, default=4, help="server query slots")
    parser.add_argument("--page-cache-entries", type=int, default=None,
                        help="the server's SAHELKG_PAGE_CACHE_ENTRIES (0: every request computes its page; "
                             "default: the server's default)")
    args = parser.parse_args()

    quads, articles, built = build_store(args.cache_dir, args.quads)
    print(f"store: {quads:,} quads, {articles:,} articles at {args.cache_dir / 'store'}"
          + (f" (built in {built:.0f} s)" if built else " (reused)"))
    entities = generated_entities(random.Random(SEED), ENTITIES)
    ids = [e.id for e in entities]

    hub = ids[0]  # the Zipf-heaviest entity: the most relations
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "sahelkg", "serve", "--data-dir", str(args.cache_dir),
               "--port", str(port), "--max-concurrent-queries", str(args.concurrent_queries),
               "--log-level", "warning"]
    env = dict(os.environ)
    if args.page_cache_entries is not None:
        env["SAHELKG_PAGE_CACHE_ENTRIES"] = str(args.page_cache_entries)
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL, env=env)
    try:
        wait_until_up(base, process)
        print(f"server up; entity index warm in {warm(base, '/entities/' + ids[1]):.1f} s")
        cache = env.get("SAHELKG_PAGE_CACHE_ENTRIES", "default")
        print(f"one uvicorn worker, {args.concurrent_queries} query slots, page cache entries {cache}; "
              f"{args.seconds:g} s per case; {os.cpu_count()} cores shared by clients and server; "
              f"hub entity {hub}")
        rest = [
            ("/relations hub, 100 edges x 3 evidence",
             ("/relations", {"subject": hub, "limit": 100, "evidence_limit": 3})),
            ("/entities/{hub}, 100 per direction", (f"/entities/{hub}", {"relation_limit": 100})),
        ]
        for name, request in rest:
            warm(base, request[0] + "?" + "&".join(f"{k}={v}" for k, v in request[1].items()))
            for clients in (1, args.clients):
                measure = asyncio.run(drive(base, f"{name} [{clients} cl]", lambda rng, r=request: r,
                                            clients, args.seconds))
                print(measure.line())
            etag = httpx.get(base + request[0], params=request[1], timeout=120).headers["etag"]
            measure = asyncio.run(drive(base, f"  revalidated (If-None-Match: 304) [{args.clients} cl]",
                                        lambda rng, r=request: r, args.clients, args.seconds / 2,
                                        headers={"If-None-Match": etag}, expect=304))
            print(measure.line())
        for name, sparql in sparql_queries(hub).items():
            store_path = args.cache_dir / "store"
            served, lean, raw = asyncio.run(served_and_raw(base, name, store_path, sparql, args.seconds))
            raw_p50 = statistics.median(raw.latencies)
            for measure in (served, lean):
                ratio = statistics.median(measure.latencies) / raw_p50 if measure.latencies else float("nan")
                print(f"{measure.line()}  -> {ratio:.2f}x raw")
            print(f"{'  raw pyoxigraph, same query, in turn':<46} p50 {raw_p50 * 1000:>7.1f} ms")
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
