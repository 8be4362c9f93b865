"""Which layout a store is in: the marker ``<layout> skg:layoutVersion`` in the layout graph.

A store without the marker is empty (it gets the marker with its first write) or was written by
an earlier version, in which every article graph repeated the entity descriptions and direct
edges (layout 1); a store marked 2 has the shared graphs but no rank buckets, one marked 3 no
evidence cards. All are refused for reading and writing until ``sahelkg migrate`` upgrades them.
"""

from __future__ import annotations

from sahelkg.graph import vocab
from sahelkg.graph.store.errors import StoreError, StoreLayoutOutdated
from sahelkg.graph.store.protocol import GraphStore

_VERSION = (f"SELECT ?v WHERE {{ GRAPH <{vocab.LAYOUT_GRAPH}> {{ <{vocab.LAYOUT}> "
            f"<{vocab.ONT}layoutVersion> ?v }} }}")
_HAS_ARTICLES = f"ASK {{ GRAPH ?g {{ ?a <{vocab.ONT}articleId> ?id }} }}"


def layout_version(store: GraphStore) -> int | None:
    """The layout version marked in the store; None when there is no marker."""
    for row in store.query(_VERSION):  # type: ignore[union-attr]
        try:
            return int(row["v"].value)
        except ValueError:
            return 0
    return None


def needs_migration(store: GraphStore) -> bool:
    """True when the store holds articles written in an earlier layout (or half migrated)."""
    version = layout_version(store)
    if version is None:
        return bool(store.query(_HAS_ARTICLES))
    return version < vocab.LAYOUT_VERSION


def check_layout(store: GraphStore, where: object) -> None:
    """Raises :class:`StoreLayoutOutdated` for a store of an earlier layout, :class:`StoreError`
    for one of a later layout; returns for a store of this layout or an empty one."""
    version = layout_version(store)
    if version is not None and version > vocab.LAYOUT_VERSION:
        raise StoreError(f"the store at {where} has layout {version}, written by a newer version of sahelkg "
                         f"(this one reads layout {vocab.LAYOUT_VERSION}); upgrade sahelkg")
    if needs_migration(store):
        raise StoreLayoutOutdated(where, version)
