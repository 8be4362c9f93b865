"""Request body limits, enforced as the body arrives: a declared Content-Length over the size
limit is refused at once; a body without one (chunked) is counted as it arrives and refused as
soon as it passes the limit (413). A body that arrives too slowly — all of it must be there within
``body_timeout_s`` of the request head — is refused with 408, so a client trickling bytes cannot
hold a connection and a worker.
"""

from __future__ import annotations

import asyncio
import json
import time

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body larger than the {limit} byte limit")


class BodyTooSlow(HTTPException):
    def __init__(self, timeout_s: float) -> None:
        super().__init__(408, f"request body not received within {timeout_s:g} s")


class BodySizeLimit:
    """ASGI middleware refusing request bodies over ``max_bytes`` with 413, and bodies that are not
    all there ``body_timeout_s`` after the request head with 408."""

    def __init__(self, app: ASGIApp, max_bytes: int, body_timeout_s: float | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.body_timeout_s = body_timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await _refuse(send, 413, f"request body larger than the {self.max_bytes} byte limit")
            return
        seen = 0
        started = False
        body_done = False
        deadline = time.monotonic() + self.body_timeout_s if self.body_timeout_s else None

        async def counting_receive() -> Message:
            nonlocal seen, body_done
            if body_done or deadline is None:
                message = await receive()  # after the body: disconnect notices, never timed
            else:
                try:
                    message = await asyncio.wait_for(receive(), max(0.0, deadline - time.monotonic()))
                except TimeoutError:
                    raise BodyTooSlow(self.body_timeout_s or 0.0) from None
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
                body_done = not message.get("more_body", False)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if started:
                raise
            await _refuse(send, 413, f"request body larger than the {self.max_bytes} byte limit")
        except BodyTooSlow as exc:
            if started:
                raise
            await _refuse(send, 408, exc.detail)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _refuse(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message, "status": status}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
