"""Fixtures of the API tests: a real on-disk Oxigraph store filled from hand-made extracted
articles (through the real mapping), apps built by the factory, and a real uvicorn server."""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sahelkg.api.app import create_app
from sahelkg.graph.mapping import article_write
from sahelkg.graph.store.oxigraph import OxigraphStore

from sahelkg.settings import Settings

sys.path.insert(0, str(Path(__file__).parent))

from api_samples import sample_articles  # noqa: E402

TOKEN = "s3cret-token"


def fill(store: OxigraphStore) -> OxigraphStore:
    store.write_articles(article_write(extracted) for extracted in sample_articles())
    return store


def make_settings(tmp: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {"data_dir": tmp, "nlp_backend": "builtin", "query_timeout": 10.0}
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RunningServer:
    """uvicorn serving an app on 127.0.0.1 in a thread."""

    def __init__(self, app: FastAPI) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="uvicorn", daemon=True)

    def __enter__(self) -> RunningServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        httpx.get(self.url + "/health", timeout=5).raise_for_status()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


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
