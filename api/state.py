"""What one app keeps besides the store: the query runner, the write lock, the extractor (built
once, lazily), derived views of the graph and finished REST pages (``page_cache``) cached per
store state.

The store state is a generation number bumped by every write made through the API; cached views
(the entity index, the networkx projection, the graph statistics) are rebuilt on first use after a
bump, or after ``CACHE_TTL_S`` in case another process wrote to a shared (remote) store. A view is
built once however many requests ask for it meanwhile; a request waits at most the query timeout.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar

from sahelkg.api.page_cache import PageCache
from sahelkg.api.runner import QueryRunner

if TYPE_CHECKING:
    from sahelkg.api.query_pool import QueryProcessPool
    from sahelkg.graph.store.protocol import GraphStore
    from sahelkg.ingest.job.extract import Extractor

    from sahelkg.settings import Settings

T = TypeVar("T")

CACHE_TTL_S = 300.0


class GraphViews:
    """Views of the graph computed from the store and cached per store state."""

    def __init__(self, runner: QueryRunner, ttl: float = CACHE_TTL_S) -> None:
        self.runner = runner
        self.ttl = ttl
        self.generation = 0
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[int, float, Future[Any]]] = {}

    def invalidate(self, keep: dict[str, Any] | None = None) -> None:
        """Forget every view (after a write), except those in ``keep``: views brought up to date
        by the writer itself (name -> the view as it is after the write)."""
        with self._lock:
            self.generation += 1
            self._entries.clear()
            for name, value in (keep or {}).items():
                done: Future[Any] = Future()
                done.set_result(value)
                self._entries[name] = (self.generation, time.monotonic(), done)

    def peek(self, name: str) -> Any | None:
        """The view as last built, if it is built and current; None otherwise."""
        with self._lock:
            entry = self._entries.get(name)
        if entry is None or entry[0] != self.generation or not entry[2].done() or entry[2].exception():
            return None
        return entry[2].result()

    async def get(self, name: str, build: Callable[[], T]) -> T:
        with self._lock:
            entry = self._entries.get(name)
            now = time.monotonic()
            fresh = entry is not None and entry[0] == self.generation and (
                not entry[2].done() or now - entry[1] < self.ttl)
            if entry is None or not fresh:
                future = self.runner.start_unbounded(build)
                entry = (self.generation, now, future)
                self._entries[name] = entry
                future.add_done_callback(lambda f, n=name, e=entry: self._drop_failed(n, e, f))
        return await self.runner.await_future(entry[2])

    def _drop_failed(self, name: str, entry: tuple[int, float, Future[Any]], future: Future[Any]) -> None:
        if future.exception() is not None:
            with self._lock:
                if self._entries.get(name) is entry:
                    del self._entries[name]


class AppState:
    """Held on ``app.state.sahelkg``; handlers reach it through the dependencies in ``deps``."""

    def __init__(self, settings: Settings, store: GraphStore | None, *, owns_store: bool) -> None:
        self.settings = settings
        self._store = store
        self.owns_store = owns_store
        self.runner = QueryRunner(settings.max_concurrent_queries, settings.query_timeout)
        self.views = GraphViews(self.runner)
        self.pages = PageCache(self.runner, settings.page_cache_entries, settings.page_cache_mb * 2**20,
                               ttl=self.views.ttl)
        self.write_lock = threading.Lock()  # one writer at a time (held in worker threads)
        self._extractor: Extractor | None = None
        self._extractor_lock = threading.Lock()
        self.query_pool: QueryProcessPool | None = None

    def open(self) -> None:
        """Open the store (at startup) and, for the embedded store, set up the query processes."""
        from sahelkg.graph.store.oxigraph import OxigraphStore

        store = self.store
        if self.settings.query_processes and isinstance(store, OxigraphStore) and store.path is not None:
            from sahelkg.api.query_pool import QueryProcessPool

            self.query_pool = QueryProcessPool(store.path, self.settings.max_concurrent_queries,
                                               self.settings.query_memory_mb, version=lambda: store.writes)
            self.query_pool.start()

    def store_written(self, entities: set[str] | None = None) -> None:
        """After a write: cached views and pages are stale (query processes see the store's write
        count); the views are forgotten first, then the pages (see ``routers.common.page_generation``).
        Given the ids of the entities the write touched, the entity index is brought up to date
        for those alone instead of being rebuilt for the whole store by the next reader."""
        keep: dict[str, Any] = {}
        index = self.views.peek("entity_index") if entities is not None else None
        if index is not None and entities is not None:
            from sahelkg.graph.queries import entity_catalogue

            keep["entity_index"] = index.refreshed(entities, entity_catalogue(self.store, entities))
        self.views.invalidate(keep)
        self.pages.invalidate()

    @property
    def store(self) -> GraphStore:
        if self._store is None:
            from sahelkg.graph.store.registry import open_store

            self._store = open_store(self.settings)
        return self._store

    def extractor(self) -> Extractor:
        """The article extractor, built on first use (loading NLP models is slow)."""
        with self._extractor_lock:
            if self._extractor is None:
                from sahelkg.ingest.job.extract import build_extractor

                self._extractor = build_extractor(self.settings)
            return self._extractor

    def close(self) -> None:
        self.runner.close()
        if self.query_pool is not None:
            self.query_pool.close()
            self.query_pool = None
        if self.owns_store and self._store is not None:
            self._store.close()
            self._store = None
