"""The app factory. Nothing is created at import: ``create_app(settings)`` builds one app with its
own store (opened from the settings at startup unless one is given), query runner and caches.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import import_module

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from sahelkg.api.docs import install_docs
from sahelkg.api.errors import install_error_handlers
from sahelkg.api.limits import BodySizeLimit
from sahelkg.api.state import AppState
from sahelkg.graph.store.protocol import GraphStore

from sahelkg import __version__
from sahelkg.settings import Settings

ROUTERS: tuple[str, ...] = (
    "sahelkg.api.routers.sparql:router",
    "sahelkg.api.routers.relations:router",
    "sahelkg.api.routers.entities:router",
    "sahelkg.api.routers.articles:router",
    "sahelkg.api.routers.export:router",
    "sahelkg.api.routers.health:router",
    "sahelkg.api.routers.vocabulary:router",
    "sahelkg.api.routers.explore:router",
)

DESCRIPTION = """Relations between actors of Sahel–Libya security news (Arabic first, French and
English), each with the sentence that states it, as one RDF graph.

* **SPARQL**: `/sparql` is a standard SPARQL 1.1 Protocol endpoint (YASGUI, SPARQLWrapper, rdflib's
  SPARQLStore, Gephi's semantic web importer).
* **REST**: triple patterns with evidence (`/relations?subject=حفتر&relation=visit`,
  `/relations?subject=Khalifa_Haftar&object=Niger`), entity search in ar/en/fr
  (`/entities?q=النيجر`), entity pages, shortest paths, ego networks, exports (`/export/gexf`)
  and article submission.

Read-only unless a write token is configured; every query runs under a time limit."""

TAGS = [
    {"name": "SPARQL", "description": "The SPARQL 1.1 Protocol endpoint."},
    {"name": "Relations", "description": "Triple patterns with evidence sentences and sources."},
    {"name": "Entities", "description": "Search, entity pages, ego networks and paths."},
    {"name": "Articles", "description": "Source articles; submitting new ones."},
    {"name": "Export", "description": "The whole graph as RDF or for Gephi."},
    {"name": "Service", "description": "Health and statistics."},
]


def _router(target: str) -> object:
    module_name, _, attr = target.partition(":")
    return getattr(import_module(module_name), attr)


def create_app(settings: Settings, store: GraphStore | None = None) -> FastAPI:
    """A FastAPI app serving ``store`` (or the store ``settings`` name, opened at startup and closed
    at shutdown; a store given here stays the caller's to close)."""
    state = AppState(settings, store, owns_store=store is None)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state.open()  # the store now: a store that cannot be opened stops the startup
        try:
            yield
        finally:
            state.close()

    app = FastAPI(
        title="sahelkg",
        version=__version__,
        summary="Knowledge graph of Sahel–Libya security relations: SPARQL 1.1 and a REST API.",
        description=DESCRIPTION,
        openapi_tags=TAGS,
        lifespan=lifespan,
        docs_url=None,  # served with packaged assets instead of a CDN's (sahelkg.api.docs)
        redoc_url=None,
    )
    install_docs(app)
    app.state.sahelkg = state
    install_error_handlers(app)
    for target in ROUTERS:
        app.include_router(_router(target))  # type: ignore[arg-type]
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes,
                       body_timeout_s=settings.body_timeout_s)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type", "Accept"],
            expose_headers=["Content-Disposition"],
        )
    return app
