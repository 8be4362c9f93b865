"""Fixtures of the graph tests: hand-built records and one store per registered backend."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sahelkg.graph.store.oxigraph import OxigraphStore
from sahelkg.graph.store.protocol import GraphStore
from sahelkg.graph.store.registry import STORE_BACKENDS

StoreFactory = Callable[[Path], GraphStore]


def _oxigraph(tmp: Path) -> GraphStore:
    return OxigraphStore(tmp / "store")


BACKEND_FACTORIES: dict[str, StoreFactory] = {"oxigraph": _oxigraph}


@pytest.fixture(params=sorted(STORE_BACKENDS))
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """Every registered backend, empty, on real storage."""
    factory = BACKEND_FACTORIES.get(request.param)
    if factory is None:
        pytest.skip(f"no test factory for store backend {request.param!r}")
    opened = factory(tmp_path)
    yield opened
    opened.close()
