"""Errors as JSON: every refusal is ``{"error": "<one line naming the problem>", "status": <code>}``
(validation errors add ``"details"``), never a traceback.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sahelkg.api.query_pool import QueryOutOfMemory
from sahelkg.api.runner import QueryBusy, QueryTimeout
from sahelkg.graph.queries import QueryInputError
from sahelkg.graph.store.errors import StoreError
from starlette.exceptions import HTTPException as StarletteHTTPException


class ApiError(Exception):
    """A refusal with its HTTP status and a one-line message."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.extra = extra


class NotFound(ApiError):
    def __init__(self, what: str, value: str) -> None:
        super().__init__(404, f"unknown {what} {value!r}", **{"id": value})


def error_body(status: int, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": message, "status": status, **extra}


def error_response(status: int, message: str, headers: dict[str, str] | None = None,
                   **extra: Any) -> JSONResponse:
    return JSONResponse(error_body(status, message, **extra), status_code=status, headers=headers)


def _location(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("query", "body", "path", "header")]
    return ".".join(parts) or "request"


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def _allowed_methods(app: FastAPI, path: str) -> list[str]:
    """Every method some route of the app answers at ``path`` (each route alone knows only its
    own, so a 405 from one route would name its methods and not the others')."""
    from starlette.routing import Match

    allowed = []
    for method in _METHODS:
        scope = {"type": "http", "path": path, "method": method, "root_path": "", "headers": []}
        if any(route.matches(scope)[0] == Match.FULL for route in app.router.routes):
            allowed.append(method)
    return allowed


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, **exc.extra)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:
            headers = {**(headers or {}), "Allow": ", ".join(_allowed_methods(app, request.url.path))}
        return error_response(exc.status_code, str(exc.detail), headers=headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [{"field": _location(e.get("loc", ())), "message": e.get("msg", "")} for e in exc.errors()]
        first = details[0] if details else {"field": "request", "message": "invalid"}
        message = f"invalid {first['field']}: {first['message']}"
        return error_response(422, message, details=details)

    @app.exception_handler(QueryInputError)
    async def query_input_error(request: Request, exc: QueryInputError) -> JSONResponse:
        return error_response(422, str(exc))

    @app.exception_handler(QueryTimeout)
    async def query_timeout(request: Request, exc: QueryTimeout) -> JSONResponse:
        return error_response(504, str(exc), timeout_s=exc.timeout)

    @app.exception_handler(QueryOutOfMemory)
    async def query_memory(request: Request, exc: QueryOutOfMemory) -> JSONResponse:
        return error_response(422, str(exc), memory_limit_mib=exc.limit_mb)

    @app.exception_handler(QueryBusy)
    async def query_busy(request: Request, exc: QueryBusy) -> JSONResponse:
        return error_response(503, str(exc), headers={"Retry-After": "1"})

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        return error_response(503, f"store unavailable: {exc}")
