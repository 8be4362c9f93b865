"""``sahelkg migrate``: upgrade a store written by an earlier version to the current layout, in
place (a thin layer over :func:`sahelkg.graph.store.migrate.migrate`)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from sahelkg.cli_support import DataDirOption, StoreOption, StoreUrlOption, fail, settings_from_flags


def migrate(
    data_dir: DataDirOption = None,
    store: StoreOption = None,
    store_url: StoreUrlOption = None,
    batch: Annotated[int, typer.Option("--batch", min=1, help="Articles rewritten per transaction.")] = 100,
) -> None:
    """Upgrade a store written by an earlier version to the current layout, in place.

    Each entity, edge and label is then stored once. Safe to run again after an interruption, and
    on a store already upgraded.
    """
    from sahelkg.graph.store.errors import StoreError, StoreLocked
    from sahelkg.graph.store.layout_state import needs_migration
    from sahelkg.graph.store.migrate import migrate as run_migration
    from sahelkg.graph.store.registry import open_store

    settings = settings_from_flags(data_dir=data_dir, store=store, store_url=store_url)
    try:
        graph_store = open_store(settings, layout=False)
    except StoreLocked as exc:
        fail(f"{exc}: stop the process holding it (a running 'sahelkg serve'?) and run this again", code=2)
    except (StoreError, ValueError) as exc:
        fail(str(exc), code=2)
    try:
        if not needs_migration(graph_store):
            typer.echo("the store is already in the current layout; nothing to do")
            return

        def progress(done: int, total: int) -> None:
            print(f"\r  migrated {done}/{total} articles", end="", file=sys.stderr, flush=True)

        report = run_migration(graph_store, batch=batch, progress=progress)
        print(file=sys.stderr)
        typer.echo(f"migrated {report.articles} articles: {report.quads_before} quads before, "
                   f"{report.quads_after} after")
    except StoreError as exc:
        fail(str(exc), code=2)
    finally:
        graph_store.close()
