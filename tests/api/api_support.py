"""Helpers shared by the API tests: settings, the sample graph, a real uvicorn in a thread."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from api_samples import sample_articles
from fastapi import FastAPI
from sahelkg.graph.mapping import article_write
from sahelkg.graph.store.oxigraph import OxigraphStore

from sahelkg.settings import Settings

TOKEN = "s3cret-token"


def fill(store: OxigraphStore) -> OxigraphStore:
    store.write_articles(article_write(extracted) for extracted in sample_articles())
    return store


def make_settings(tmp: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {"data_dir": tmp, "nlp_backend": "builtin", "query_timeout": 10.0}
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


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
