"""How a query and its answer travel between the server and a query worker process: frames over a
Unix socket pair.

A frame is a fixed header (its kind, the length of its ``meta`` part, the length of its ``body``),
then ``meta`` (the job, a refusal, the answer's content type: small) and ``body`` (the answer's
bytes as pyoxigraph's serialiser wrote them). The body is never pickled: the worker hands the
serialiser's bytes to the socket as they are (``sendmsg``, no joined copy) and the server reads
them into one buffer of the announced size, which the HTTP response sends as it is.

The worker reads and writes with blocking calls; the server reads and writes on its event loop
(``loop.sock_*`` over its non-blocking end), so an answer needs no thread on the server's side,
and waits for a worker's first frame (``ready``) with a bounded poll, in a thread of its own.
"""

from __future__ import annotations

import asyncio
import select
import socket
import struct
import time
from dataclasses import dataclass

HEADER = struct.Struct("!cIQ")  # kind, meta length, body length

READY = b"r"  # the worker has loaded its modules and waits for jobs
JOB = b"j"  # server to worker: meta = the pickled (store generation, QueryJob)
ANSWER = b"a"  # meta = the content type (UTF-8), body = the answer
REFUSED = b"e"  # meta = the pickled (status, message, extra) of an error for the client
MEMORY = b"m"  # the query ran out of the memory a query may use


@dataclass(frozen=True, slots=True)
class Frame:
    kind: bytes
    meta: bytes | bytearray
    body: bytearray


def send_frame(sock: socket.socket, kind: bytes, meta: bytes = b"", body: bytes = b"") -> None:
    """Write one frame on a blocking socket, the body straight from its own buffer."""
    parts = [memoryview(HEADER.pack(kind, len(meta), len(body))), memoryview(meta), memoryview(body)]
    parts = [part for part in parts if part.nbytes]
    while parts:
        sent = sock.sendmsg(parts)
        while parts and sent >= parts[0].nbytes:
            sent -= parts[0].nbytes
            parts.pop(0)
        if parts and sent:
            parts[0] = parts[0][sent:]


def _read_exact(sock: socket.socket, size: int, deadline: float | None) -> bytearray | None:
    """``size`` bytes from ``sock`` (blocking or not), None at the end of the stream; TimeoutError
    once ``deadline`` (a ``time.monotonic()`` value) has passed."""
    buffer = bytearray(size)
    view = memoryview(buffer)
    poller = select.poll()
    poller.register(sock, select.POLLIN)
    got = 0
    while got < size:
        wait_ms = None if deadline is None else max(0, int((deadline - time.monotonic()) * 1000))
        if not poller.poll(wait_ms):
            raise TimeoutError
        try:
            count = sock.recv_into(view[got:])
        except BlockingIOError:
            continue
        if count == 0:
            return None
        got += count
    return buffer


def read_frame(sock: socket.socket, timeout: float | None = None) -> Frame | None:
    """The next frame (None when the other side has closed); TimeoutError after ``timeout`` s."""
    deadline = None if timeout is None else time.monotonic() + timeout
    header = _read_exact(sock, HEADER.size, deadline)
    if header is None:
        return None
    kind, meta_size, body_size = HEADER.unpack(header)
    meta = _read_exact(sock, meta_size, deadline) if meta_size else bytearray()
    body = _read_exact(sock, body_size, deadline) if body_size else bytearray()
    if meta is None or body is None:
        return None
    return Frame(kind, meta, body)


async def send_frame_async(sock: socket.socket, kind: bytes, meta: bytes = b"") -> None:
    """Write one frame without a body (a job) on the event loop."""
    await asyncio.get_running_loop().sock_sendall(sock, HEADER.pack(kind, len(meta), 0) + meta)


async def _read_exact_async(loop: asyncio.AbstractEventLoop, sock: socket.socket, size: int) -> bytearray:
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        count = await loop.sock_recv_into(sock, view[got:])
        if count == 0:
            raise EOFError("the worker closed its end")
        got += count
    return buffer


async def read_frame_async(sock: socket.socket) -> Frame:
    """The next frame, read on the event loop; EOFError when the worker has gone."""
    loop = asyncio.get_running_loop()
    kind, meta_size, body_size = HEADER.unpack(await _read_exact_async(loop, sock, HEADER.size))
    meta = await _read_exact_async(loop, sock, meta_size) if meta_size else bytearray()
    body = await _read_exact_async(loop, sock, body_size) if body_size else bytearray()
    return Frame(kind, meta, body)
