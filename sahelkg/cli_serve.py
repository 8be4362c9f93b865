"""``sahelkg serve``: the HTTP API (SPARQL 1.1 endpoint and REST) under uvicorn, a thin layer over
:func:`sahelkg.api.app.create_app`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from sahelkg.cli_support import DataDirOption, StoreOption, StoreUrlOption, fail, settings_from_flags

if TYPE_CHECKING:
    from sahelkg.settings import Settings


def serve(
    host: Annotated[str | None, typer.Option(
        "--host", help="Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface).",
        show_default=False)] = None,
    port: Annotated[int | None, typer.Option(
        "--port", help="TCP port to listen on (default 8000).", show_default=False)] = None,
    data_dir: DataDirOption = None,
    store: StoreOption = None,
    store_url: StoreUrlOption = None,
    write_token: Annotated[str | None, typer.Option(
        "--write-token", envvar="SAHELKG_WRITE_TOKEN",
        help="Allow writes (SPARQL update, POST /articles) to clients sending 'Authorization: Bearer "
        "<token>'. Without it the server is read-only. Prefer the SAHELKG_WRITE_TOKEN variable: "
        "command lines are visible to other users.", show_default=False)] = None,
    query_timeout: Annotated[float | None, typer.Option(
        "--query-timeout", help="Seconds a query may run before it is answered with 504 "
        "(default 10).", show_default=False)] = None,
    max_concurrent_queries: Annotated[int | None, typer.Option(
        "--max-concurrent-queries", help="Queries running at once; more wait for a slot up to "
        "the query timeout, then get 503 (default 4).", show_default=False)] = None,
    max_page_size: Annotated[int | None, typer.Option(
        "--max-page-size", help="Largest page (limit) the REST API serves; larger is refused "
        "with 422 (default 500).", show_default=False)] = None,
    max_body_bytes: Annotated[int | None, typer.Option(
        "--max-body-bytes", help="Largest request body accepted; larger is refused with 413 "
        "(default 2000000).", show_default=False)] = None,
    cors_origin: Annotated[list[str] | None, typer.Option(
        "--cors-origin", help="Origin allowed to call the API from a browser (repeatable; '*' for any).",
        show_default=False)] = None,
    nlp_backend: Annotated[str | None, typer.Option(
        "--nlp-backend", help="NLP backend for submitted articles: auto, stanza or builtin (default auto).",
        show_default=False)] = None,
    log_level: Annotated[str, typer.Option(
        "--log-level", help="uvicorn log level: critical, error, warning, info, debug.")] = "info",
) -> None:
    """Serve the graph over HTTP: SPARQL 1.1 at /sparql, the REST API, and its documentation at /docs."""
    settings = settings_from_flags(
        host=host, port=port, data_dir=data_dir, store=store, store_url=store_url, write_token=write_token,
        query_timeout=query_timeout, max_concurrent_queries=max_concurrent_queries,
        max_page_size=max_page_size, max_body_bytes=max_body_bytes, cors_origins=cors_origin or None,
        nlp_backend=nlp_backend)
    run_server(settings, log_level=log_level)


def run_server(settings: Settings, *, log_level: str = "info") -> None:
    """Open the store the settings name and serve it until interrupted."""
    import uvicorn

    from sahelkg.api.app import create_app
    from sahelkg.api.serving import uvicorn_options
    from sahelkg.graph.store.errors import StoreError, StoreLocked
    from sahelkg.graph.store.registry import open_store

    try:
        graph_store = open_store(settings)
    except StoreLocked as exc:
        fail(f"{exc}: is another 'sahelkg serve' or an ingest running on it? Stop it, or give this server "
             "another --data-dir", code=2)
    except (StoreError, ValueError) as exc:
        fail(str(exc), code=2)
    try:
        access = "writes allowed with the token" if settings.write_token else "read-only"
        Console(stderr=True).print(
            f"sahelkg: serving the {settings.store} store on http://{settings.host}:{settings.port} "
            f"(docs at /docs; {access})", highlight=False, soft_wrap=True)
        uvicorn.run(create_app(settings, graph_store), host=settings.host, port=settings.port,
                    log_level=log_level, access_log=log_level in ("info", "debug"),
                    **uvicorn_options(settings))
    finally:
        graph_store.close()
