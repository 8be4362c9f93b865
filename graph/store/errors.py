"""Errors raised by graph stores, with one-line messages fit for the command line."""

from __future__ import annotations


class StoreError(RuntimeError):
    """A store could not be opened or used (locked, unreachable, unknown backend...)."""


class UnknownStore(StoreError, ValueError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"unknown store backend {name!r}; expected one of: {', '.join(known)}")
        self.name = name


class StoreLocked(StoreError):
    """The embedded store is held open for writing by another process (a running server, an ingest)."""

    def __init__(self, path: object) -> None:
        super().__init__(f"the Oxigraph store at {path} is in use by another process")
        self.path = path


class StoreUnreachable(StoreError):
    """A remote store did not answer (refused, timed out)."""


class StoreLayoutOutdated(StoreError):
    """The store was written in an earlier layout: it has to be upgraded before it is read or written."""

    def __init__(self, where: object, version: int | None = None) -> None:
        what = {2: "edges without rank buckets", 3: "events without evidence cards"}.get(
            version or 0, "articles repeat entities and edges")
        super().__init__(f"the store at {where} was written by an earlier version of sahelkg "
                         f"({what}); run 'sahelkg migrate' to upgrade it in place")
        self.where = where
        self.version = version
