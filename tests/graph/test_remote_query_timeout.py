"""A query to a remote SPARQL endpoint that does not answer in time ends with a clear error, so
the server's worker thread (and its query slot) is freed a second after the query's deadline."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sahelkg.graph.store.errors import StoreError
from sahelkg.graph.store.sparql_endpoint import SparqlEndpointStore

from sahelkg.settings import Settings


class _SlowEndpoint(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        time.sleep(3)
        body = b'{"head": {"vars": []}, "results": {"bindings": []}}'
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def slow_endpoint() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowEndpoint)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/query"
    server.shutdown()


def test_a_query_past_its_timeout_fails_with_a_named_error(slow_endpoint: str) -> None:
    store = SparqlEndpointStore(slow_endpoint, timeout=30, query_timeout=0.5)
    started = time.monotonic()
    with pytest.raises(StoreError) as error:
        store.query("SELECT * WHERE { ?s ?p ?o }")
    assert time.monotonic() - started < 2
    assert str(error.value) == f"SPARQL endpoint {slow_endpoint} did not answer within 0.5 s"
    store.close()


def test_the_served_store_gives_a_query_one_second_past_the_server_deadline(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, store="sparql", store_url="http://127.0.0.1:1/query",
                        query_timeout=4)
    store = SparqlEndpointStore.from_settings(settings, read_only=True)
    assert (store.query_timeout, store.timeout) == (5.0, 30.0)
    store.close()
