"""Dependencies handlers declare: the store, the settings, the app state and the write token.

Everything reaches handlers through these ``Annotated`` aliases, from the app the request came to
(``request.app.state.sahelkg``), so every app has its own store and settings. They are coroutines:
FastAPI runs a plain function dependency in a worker thread, a hop per dependency per request for
what is an attribute read.
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, Request
from sahelkg.api.errors import ApiError
from sahelkg.api.runner import QueryRunner
from sahelkg.api.search import EntityIndex
from sahelkg.api.state import AppState, GraphViews
from sahelkg.graph.queries import entity_catalogue
from sahelkg.graph.store.protocol import GraphStore

from sahelkg.settings import Settings


def app_state_of(request: Request) -> AppState:
    """The state of the app ``request`` came to (for a handler that reads its parameters by hand)."""
    return request.app.state.sahelkg


async def app_state(request: Request) -> AppState:
    return app_state_of(request)


async def _settings(state: Annotated[AppState, Depends(app_state)]) -> Settings:
    return state.settings


async def _store(state: Annotated[AppState, Depends(app_state)]) -> GraphStore:
    return state.store


async def _runner(state: Annotated[AppState, Depends(app_state)]) -> QueryRunner:
    return state.runner


async def _views(state: Annotated[AppState, Depends(app_state)]) -> GraphViews:
    return state.views


StateDep = Annotated[AppState, Depends(app_state)]
SettingsDep = Annotated[Settings, Depends(_settings)]
StoreDep = Annotated[GraphStore, Depends(_store)]
RunnerDep = Annotated[QueryRunner, Depends(_runner)]
ViewsDep = Annotated[GraphViews, Depends(_views)]


async def entity_index(store: StoreDep, views: ViewsDep) -> EntityIndex:
    """The entity index of the current store state (built once per state)."""
    return await views.get("entity_index", lambda: EntityIndex(entity_catalogue(store)))


EntityIndexDep = Annotated[EntityIndex, Depends(entity_index)]


def require_write_token(
    settings: SettingsDep,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> None:
    """Writes need ``settings.write_token`` configured and presented as ``Authorization: Bearer``."""
    if not settings.write_token:
        raise ApiError(403, "writes are disabled: the server has no write token configured")
    if authorization is None:
        raise ApiError(403, "writes need the write token: send 'Authorization: Bearer <token>'")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(),
                                                             settings.write_token.encode()):
        raise ApiError(403, "the write token presented is not the one configured")


WriteTokenDep = Annotated[None, Depends(require_write_token)]
