"""Store backends by name. Each entry is a "module:Class" string imported only when chosen; the
class provides ``from_settings(settings, *, read_only=False) -> GraphStore``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from sahelkg.graph.store.errors import UnknownStore

if TYPE_CHECKING:
    from sahelkg.graph.store.protocol import GraphStore

    from sahelkg.settings import Settings

STORE_BACKENDS: dict[str, str] = {
    "oxigraph": "sahelkg.graph.store.oxigraph:OxigraphStore",
    "sparql": "sahelkg.graph.store.sparql_endpoint:SparqlEndpointStore",
}


def backend_class(name: str) -> type:
    """The class registered under ``name`` (imported now)."""
    target = STORE_BACKENDS.get(name)
    if target is None:
        raise UnknownStore(name, sorted(STORE_BACKENDS))
    module_name, _, attr = target.partition(":")
    return getattr(import_module(module_name), attr)


def open_store(settings: Settings, *, read_only: bool = False, layout: bool = True) -> GraphStore:
    """Open the store that ``settings.store`` names (default: the embedded Oxigraph store).

    ``read_only`` opens it for reading only: for the embedded store this works while another
    process (the API server, an ingest) holds it open for writing, and sees the data as of opening.
    A store written in an earlier layout is refused (:class:`StoreLayoutOutdated`, naming
    ``sahelkg migrate``) unless ``layout`` is False (the migration itself). A remote store that
    does not answer yet is opened unchecked: every write checks the layout again.
    """
    from sahelkg.graph.store.errors import StoreUnreachable
    from sahelkg.graph.store.layout_state import check_layout

    store = backend_class(settings.store).from_settings(settings, read_only=read_only)
    if layout:
        try:
            check_layout(store, getattr(store, "path", None) or getattr(store, "query_url", settings.store))
        except StoreUnreachable:
            pass
        except BaseException:
            store.close()
            raise
    return store
