"""Fixtures of the API tests: a real on-disk Oxigraph store filled from hand-made extracted
articles (through the real mapping), apps built by the factory, and a real uvicorn server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from api_support import TOKEN, RunningServer, fill, make_settings
from browser_support import chromium_path
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sahelkg.api.app import create_app
from sahelkg.graph.store.oxigraph import OxigraphStore


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphStore]:
    """The sample graph in an on-disk store, shared by the read-only tests."""
    store = fill(OxigraphStore(tmp_path_factory.mktemp("api-store") / "store"))
    yield store
    store.close()


@pytest.fixture(scope="session")
def client(sample_store: OxigraphStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """An in-process client of an app over the sample store (read-only: no write token)."""
    app = create_app(make_settings(tmp_path_factory.mktemp("api-data")), sample_store)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[tuple[TestClient, OxigraphStore]]:
    """A client of an app with a write token over a store of its own (the sample graph)."""
    store = fill(OxigraphStore(tmp_path / "store"))
    app = create_app(make_settings(tmp_path, write_token=TOKEN), store)
    with TestClient(app) as test_client:
        yield test_client, store
    store.close()


@pytest.fixture
def serve() -> Iterator[Callable[[FastAPI], RunningServer]]:
    """Start apps under a real uvicorn; every server started is stopped after the test."""
    started: list[RunningServer] = []

    def start(app: FastAPI) -> RunningServer:
        server = RunningServer(app).__enter__()
        started.append(server)
        return server

    yield start
    for server in started:
        server.__exit__()


@pytest.fixture(scope="module")
def sample_server(sample_store: OxigraphStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real uvicorn over the sample store; yields its base URL."""
    app = create_app(make_settings(tmp_path_factory.mktemp("api-server")), sample_store)
    with RunningServer(app) as server:
        yield server.url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Chromium (skips where none is installed)."""
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True,
                                              args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield launched
        launched.close()
