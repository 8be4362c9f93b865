"""Fixtures of the graph tests: hand-built records and one store per registered backend."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from kg_samples import HAFTAR, NIGER, haftar_visits_niger, libya_meets_niger, make_article, make_relation
from sahelkg.graph.mapping import article_write
from sahelkg.graph.store.oxigraph import OxigraphStore
from sahelkg.graph.store.protocol import GraphStore
from sahelkg.graph.store.registry import STORE_BACKENDS
from sahelkg.graph.store.sparql_endpoint import SparqlEndpointStore

from sahelkg.records import ExtractedArticle

StoreFactory = Callable[[Path], GraphStore]


def _oxigraph(tmp: Path) -> GraphStore:
    return OxigraphStore(tmp / "store")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``oxigraph serve`` on 127.0.0.1 with an on-disk store; yields its base URL."""
    binary = Path(sys.executable).with_name("oxigraph")
    if not binary.is_file():
        found = shutil.which("oxigraph")
        if found is None:
            pytest.fail("the oxigraph server CLI is missing: pip install 'oxigraph>=0.5,<0.6' (test extra)")
        binary = Path(found)
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    command = [str(binary), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(url + "/query", params={"query": "ASK {}"}, timeout=1.0)
            break
        except httpx.HTTPError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                errors = process.stderr.read().decode() if process.stderr else ""
                pytest.fail(f"oxigraph serve did not start: {errors}")
            time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)



@pytest.fixture(params=[pytest.param(name, marks=[pytest.mark.server] if name == "sparql" else [])
                        for name in sorted(STORE_BACKENDS)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """Every registered backend, empty, on real storage (the sparql one on a real server)."""
    if request.param == "oxigraph":
        opened: GraphStore = _oxigraph(tmp_path)
    elif request.param == "sparql":
        url = request.getfixturevalue("oxigraph_server")
        opened = SparqlEndpointStore(url + "/query")
        opened.update("DROP SILENT ALL")
    else:
        pytest.fail(f"no test factory for store backend {request.param!r}: add one here")
    yield opened
    opened.close()


@pytest.fixture
def filled() -> OxigraphStore:
    """Three articles in memory: Haftar visits Niger twice (a1, and c1 planned), Libya meets Niger."""
    store = OxigraphStore.in_memory()
    later = ExtractedArticle(make_article("c1", published=None), (
        make_relation("c1", HAFTAR, "visit", NIGER, 7, date="2019-03", date_precision="month",
                      status="planned", confidence=0.9),
    ))
    articles = (haftar_visits_niger("a1"), libya_meets_niger("b1"), later)
    store.write_articles([article_write(x) for x in articles])
    return store


GEO_DATA = """PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX ent: <https://sahelkg.org/entity/>
INSERT DATA { GRAPH <https://sahelkg.org/graph/places> {
  ent:Niamey geo:lat "13.5116"^^xsd:decimal ; geo:long "2.1254"^^xsd:decimal .
  ent:Niger geo:lat 17.0 ; geo:long "8" .
  ent:Libya geo:lat "north" ; geo:long 17.0 .
} }"""


@pytest.fixture
def placed(filled: OxigraphStore) -> OxigraphStore:
    """The filled store with WGS84 coordinates for Niamey and Niger (and a bad latitude for Libya)."""
    filled.update(GEO_DATA)
    return filled
