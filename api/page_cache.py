"""Finished pages of the REST API (``/relations``, ``/entities/{id}``, ``/entities/{id}/network``)
kept per store state, and the HTTP validators that let a client revalidate them.

A page is the response body as sent (JSON bytes) with its ETag, a digest of those bytes. It is
keyed by the request's normalised parameters (entity ids, not the labels that named them; filters,
paging, evidence count, language) and belongs to one store generation: every write through the API
forgets every page (``AppState.store_written``, where the graph views are forgotten), and a page
older than the views' TTL is computed again, in case another process wrote to a shared store.

The cache is bounded by a number of pages and a number of bytes, least recently used out first; a
page computed while others ask for it is computed once, and they wait for it (at most the query
timeout). A computation that fails is not kept: everyone waiting gets its error, the next request
tries again. ``max_entries`` 0 turns the cache off (every request computes its page).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from concurrent.futures import Future
from dataclasses import dataclass

from fastapi import Response
from sahelkg.api.runner import QueryRunner

JSON = "application/json"


@dataclass(frozen=True, slots=True)
class Page:
    """A response body and its strong ETag (a digest of the body: equal bodies, equal tags)."""

    body: bytes
    etag: str

    @classmethod
    def of(cls, body: bytes) -> Page:
        return cls(body, '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"')

    def matches(self, if_none_match: str | None) -> bool:
        """Whether an ``If-None-Match`` header names this page (weak comparison, as for a GET)."""
        if not if_none_match:
            return False
        tags = [tag.strip() for tag in if_none_match.split(",")]
        return any(tag == "*" or tag.removeprefix("W/") == self.etag for tag in tags)

    def response(self, if_none_match: str | None) -> Response:
        """200 with the body, or 304 without one when the client holds this page already."""
        headers = {"ETag": self.etag, "Cache-Control": "no-cache"}
        if self.matches(if_none_match):
            return Response(status_code=304, headers=headers)
        return Response(self.body, media_type=JSON, headers=headers)


class _Abandoned(Exception):
    """The request computing a page went away before it was done (its waiters compute it anew)."""


@dataclass(slots=True)
class _Entry:
    generation: int
    started: float
    future: Future[Page]
    size: int = 0  # bytes, once computed


class PageCache:
    """Pages by key for the current store generation (see the module docstring)."""

    def __init__(self, runner: QueryRunner, max_entries: int, max_bytes: int, ttl: float) -> None:
        self.runner = runner
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.ttl = ttl
        self.generation = 0
        self.hits = 0  # requests answered by a page computed (or being computed) for another
        self.misses = 0  # requests that computed their page
        self.evictions = 0
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, _Entry] = OrderedDict()
        self._bytes = 0

    @property
    def enabled(self) -> bool:
        return self.max_entries > 0 and self.max_bytes > 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def bytes(self) -> int:
        return self._bytes

    def invalidate(self) -> None:
        """Forget every page (after a write)."""
        with self._lock:
            self.generation += 1
            self._entries.clear()
            self._bytes = 0

    async def get(self, key: Hashable, compute: Callable[[], Awaitable[bytes]], generation: int) -> Page:
        """The page for ``key``: cached, being computed for another request, or computed now by
        ``compute()`` (which runs the queries under the request's deadline and returns the body).

        ``generation`` is the cache's generation as the request found it before it took the views
        its page is made with (the entity index): a write since then means those views may be
        older than the store, so the page is computed for this request alone, not kept."""
        if not self.enabled or generation != self.generation:
            with self._lock:
                self.misses += 1
            return Page.of(await compute())
        while True:
            with self._lock:
                if generation != self.generation:
                    self.misses += 1
                    break
                entry = self._entries.get(key)
                now = time.monotonic()
                if entry is not None and entry.generation == self.generation and (
                        not entry.future.done() or now - entry.started < self.ttl):
                    self._entries.move_to_end(key)
                    self.hits += 1
                    owned = False
                else:
                    if entry is not None:
                        self._drop(key, entry)
                    entry = _Entry(self.generation, now, Future())
                    self._entries[key] = entry
                    self.misses += 1
                    owned = True
            if owned:
                return await self._compute(key, entry, compute)
            try:
                return await self.runner.await_future(entry.future)
            except _Abandoned:
                continue
        return Page.of(await compute())

    async def _compute(self, key: Hashable, entry: _Entry, compute: Callable[[], Awaitable[bytes]]) -> Page:
        try:
            page = Page.of(await compute())
        except BaseException as exc:
            with self._lock:
                if self._entries.get(key) is entry:
                    self._drop(key, entry)
            entry.future.set_exception(exc if isinstance(exc, Exception) else _Abandoned())
            raise
        with self._lock:
            if self._entries.get(key) is entry:  # not forgotten by a write meanwhile
                if len(page.body) > self.max_bytes:  # served, not kept
                    self._drop(key, entry)
                else:
                    entry.size = len(page.body)
                    self._bytes += entry.size
                    self._evict()
        entry.future.set_result(page)
        return page

    def _drop(self, key: Hashable, entry: _Entry) -> None:
        del self._entries[key]
        self._bytes -= entry.size

    def _evict(self) -> None:
        """Least recently used computed pages out until both bounds hold (pages being computed
        stay: their requests wait for them)."""
        for key in list(self._entries):
            if len(self._entries) <= self.max_entries and self._bytes <= self.max_bytes:
                return
            entry = self._entries[key]
            if entry.future.done() or entry.size:
                self._drop(key, entry)
                self.evictions += 1
