"""The W3C SPARQL 1.1 Protocol tests (../shared/data/w3c-sparql11-protocol/manifest.ttl), every one
of them, against the app in-process, under a real uvicorn on 127.0.0.1, and against a real
``sahelkg serve`` process.

Three ways to call: with the write token (all 34 pass), without it on a server that has one, and
on a read-only server (no token configured; not for the ``sahelkg serve`` process, whose store the
test fills through the endpoint with the token). Without the token, each update the manifest
expects to succeed gets exactly 403 (its later requests, which check the update's effect, are not
sent) and every other test passes as the manifest says. Before each test the store is emptied and
the test's graph data loaded into the named graphs the manifest names.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_support import TOKEN, RunningServer, free_port, make_settings
from fastapi.testclient import TestClient
from sahelkg.api.app import create_app
from sahelkg.graph.store.oxigraph import OxigraphStore
from w3c_protocol import ProtocolTest, graph_data_update, load_manifest, run_test

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
MANIFEST = SHARED / "data" / "w3c-sparql11-protocol" / "manifest.ttl"
UPDATE_TESTS = {
    "update_dataset_default_graph", "update_dataset_default_graphs", "update_dataset_named_graphs",
    "update_dataset_full", "update_post_form", "update_post_direct", "update_base_uri",
}
# mode -> (the app has the token, the client presents it)
MODES = {"with the token": (True, True), "without the token": (True, False),
         "read-only server": (False, False)}
SERVE = "sahelkg serve"


def _manifest() -> list[ProtocolTest]:
    return load_manifest(MANIFEST) if MANIFEST.is_file() else []


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "protocol_test" not in metafunc.fixturenames:
        return
    tests = _manifest()
    metafunc.parametrize("protocol_test", tests, ids=[t.name for t in tests])
    ways = [pytest.param(mode, transport, id=f"{mode}-{transport}",
                         marks=[] if transport == "in-process" else [pytest.mark.server])
            for transport in ("in-process", "uvicorn", SERVE) for mode in MODES
            if not (transport == SERVE and mode == "read-only server")]
    metafunc.parametrize(("mode", "transport"), ways)


@pytest.fixture(scope="module")
def manifest_tests() -> list[ProtocolTest]:
    if not MANIFEST.is_file():
        pytest.skip(f"{MANIFEST} is absent: the W3C protocol tests live in ../shared")
    return _manifest()


@pytest.fixture(scope="module")
def protocol_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphStore]:
    store = OxigraphStore(tmp_path_factory.mktemp("w3c-store") / "store")
    yield store
    store.close()


@pytest.fixture(scope="module")
def clients(protocol_store: OxigraphStore,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[tuple[str, bool], httpx.Client]]:
    """(transport, server has a token) -> a client of an app over the shared store."""
    opened: dict[tuple[str, bool], httpx.Client] = {}
    servers: list[RunningServer] = []
    try:
        for has_token in (True, False):
            settings = make_settings(tmp_path_factory.mktemp("w3c-data"),
                                     write_token=TOKEN if has_token else None)
            in_process = TestClient(create_app(settings, protocol_store))
            opened["in-process", has_token] = in_process.__enter__()
            server = RunningServer(create_app(settings, protocol_store)).__enter__()
            servers.append(server)
            opened["uvicorn", has_token] = httpx.Client(base_url=server.url, timeout=30)
        yield opened
    finally:
        for (transport, _), client in opened.items():
            if transport == "in-process":
                client.__exit__(None, None, None)
            else:
                client.close()
        for server in servers:
            server.__exit__()


@pytest.fixture(scope="module")
def serve_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """A real 'sahelkg serve' with the write token over a data dir of its own; a client of it."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAHELKG_")}
    env.update({"SAHELKG_DATA_DIR": str(tmp_path_factory.mktemp("w3c-serve")), "SAHELKG_WRITE_TOKEN": TOKEN,
                "SAHELKG_NLP_BACKEND": "builtin", "SAHELKG_PORT": str(port)})
    script = Path(sys.executable).with_name("sahelkg")
    process = subprocess.Popen([str(script), "serve", "--log-level", "warning"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                client.get("/health").raise_for_status()
                break
            except httpx.HTTPError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    pytest.fail(f"sahelkg serve did not start: {process.communicate()[1]}")
                time.sleep(0.2)
        yield client
    finally:
        client.close()
        process.terminate()
        process.wait(timeout=20)


def _reset_through_the_endpoint(client: httpx.Client, test: ProtocolTest) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
    for update in ("DROP ALL", graph_data_update(test)):
        if update:
            client.post("/sparql", content=update.encode(), headers=headers).raise_for_status()


def test_the_manifest_has_34_tests_7_of_them_needing_an_update(manifest_tests: list[ProtocolTest]) -> None:
    assert len(manifest_tests) == 34
    assert len({t.name for t in manifest_tests}) == 34
    assert {t.name for t in manifest_tests if t.updates} == UPDATE_TESTS
    assert all(r.path.startswith("/sparql/") for t in manifest_tests for r in t.requests)


def test_w3c_protocol(protocol_test: ProtocolTest, mode: str, transport: str,
                      request: pytest.FixtureRequest) -> None:
    has_token, presents = MODES[mode]
    if transport == SERVE:
        client: httpx.Client = request.getfixturevalue("serve_process")
        _reset_through_the_endpoint(client, protocol_test)
    else:
        store: OxigraphStore = request.getfixturevalue("protocol_store")
        client = request.getfixturevalue("clients")[transport, has_token]
        store.update("DROP ALL")
        if protocol_test.graph_data:
            store.update(graph_data_update(protocol_test))
    outcome = run_test(client, protocol_test, "/sparql", TOKEN if presents else None, read_only=not presents)
    assert outcome.passed, f"{protocol_test.name} ({protocol_test.title}): {outcome.detail}"
    expected_refusals = 1 if (not presents and protocol_test.name in UPDATE_TESTS) else 0
    assert outcome.refused_updates == expected_refusals
