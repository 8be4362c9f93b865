"""``/export/{format}``: the whole graph, streamed as it is written (graph/export.py renders it)."""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import AsyncIterator
from typing import Annotated

import anyio.to_thread
from fastapi import APIRouter, Path, Query
from fastapi.responses import StreamingResponse
from sahelkg.api.deps import StoreDep
from sahelkg.api.errors import ApiError
from sahelkg.graph.export import EXPORTERS, export, export_format
from sahelkg.graph.formats import UnknownFormat, resolve_format
from sahelkg.graph.store.protocol import GraphStore

router = APIRouter(tags=["Export"])

EXPORT_FORMATS = tuple(EXPORTERS)
CHUNK_BYTES = 64 * 1024
_QUEUED_CHUNKS = 16
_END = b""


class _Cancelled(Exception):
    """The client went away: stop writing."""


class _ChunkWriter(io.RawIOBase):
    """A binary file whose writes go, in chunks, to a bounded queue read by the response."""

    def __init__(self) -> None:
        self.chunks: queue.Queue[bytes | BaseException] = queue.Queue(maxsize=_QUEUED_CHUNKS)
        self.cancelled = threading.Event()
        self._buffer = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.cancelled.is_set():
            raise _Cancelled()
        self._buffer += data
        if len(self._buffer) >= CHUNK_BYTES:
            self._put(bytes(self._buffer))
            self._buffer.clear()
        return len(data)

    def _put(self, item: bytes | BaseException) -> None:
        while not self.cancelled.is_set():
            try:
                self.chunks.put(item, timeout=0.5)
                return
            except queue.Full:
                continue
        raise _Cancelled()

    def finish(self, error: BaseException | None = None) -> None:
        try:
            if self._buffer:
                self._put(bytes(self._buffer))
                self._buffer.clear()
            self._put(error if error is not None else _END)
        except _Cancelled:
            pass


def _next_chunk(writer: _ChunkWriter) -> bytes | BaseException | None:
    """The next chunk, or None after a second without one (so a waiting thread never hangs)."""
    try:
        return writer.chunks.get(timeout=1.0)
    except queue.Empty:
        return None


async def _stream(store: GraphStore, fmt: str, include_ontology: bool) -> AsyncIterator[bytes]:
    """Start the export in a thread; fails before answering when it fails before any output."""
    writer = _ChunkWriter()

    def produce() -> None:
        try:
            export(store, fmt, writer, include_ontology=include_ontology)  # type: ignore[arg-type]
        except _Cancelled:
            return
        except Exception as exc:  # handed to the reader
            writer.finish(exc)
            return
        writer.finish()

    threading.Thread(target=produce, name="sahelkg-export", daemon=True).start()
    first = None
    while first is None:
        first = await anyio.to_thread.run_sync(_next_chunk, writer)
    if isinstance(first, BaseException):
        writer.cancelled.set()
        raise ApiError(500, f"export to {fmt} failed: {first}")

    async def chunks(item: bytes | BaseException | None) -> AsyncIterator[bytes]:
        try:
            while True:
                if isinstance(item, BaseException):
                    raise item  # the response is cut short: the client sees an incomplete body
                if item == _END:
                    return
                if item is not None:
                    yield item
                item = await anyio.to_thread.run_sync(_next_chunk, writer)
        finally:
            writer.cancelled.set()

    return chunks(first)


@router.get("/export/{format}", summary="The whole graph in an RDF or network format (streamed)",
            response_class=StreamingResponse,
            responses={200: {"content": {resolve_format(name).media_type: {} for name in EXPORT_FORMATS}},
                       404: {"description": "Unknown format"}},
            description="`ttl`, `nt`, `jsonld`, `rdfxml`: the union graph; `trig`, `nq`: the dataset with "
                        "one named graph per article; `gexf`, `graphml`: the entity network for Gephi "
                        "(one node per entity with labels in ar/en/fr, one edge per relation weighted by "
                        "supporting articles). Example: `/export/gexf`.")
async def export_graph(
    store: StoreDep,
    format: Annotated[str, Path(description=f"One of: {', '.join(EXPORT_FORMATS)}.",  # noqa: A002
                                openapi_examples={"gexf": {"summary": "Gephi", "value": "gexf"},
                                                  "ttl": {"summary": "Turtle", "value": "ttl"}})],
    include_ontology: Annotated[bool, Query(description="Add the sahelkg ontology (RDF formats).")] = False,
) -> StreamingResponse:
    try:
        fmt = export_format(format)
    except UnknownFormat:
        raise ApiError(404, f"unknown export format {format!r}; expected one of: {', '.join(EXPORT_FORMATS)}",
                       format=format) from None
    return StreamingResponse(
        await _stream(store, fmt.name, include_ontology), media_type=fmt.content_type,
        headers={"Content-Disposition": f'attachment; filename="sahelkg.{fmt.extension}"'},
    )
