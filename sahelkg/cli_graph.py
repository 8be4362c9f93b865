"""``sahelkg ingest | export | stats | withdraw``: the graph commands, thin layers over
:mod:`sahelkg.ingest.job.pool`, :mod:`sahelkg.graph.export` and :mod:`sahelkg.graph.stats`.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from sahelkg.cli_support import DataDirOption, StoreOption, StoreUrlOption, fail, settings_from_flags

if TYPE_CHECKING:
    from sahelkg.graph.store.protocol import GraphStore
    from sahelkg.ingest.job.report import IngestReport, JobProgress, ProgressCallback
    from sahelkg.settings import Settings

_err = Console(stderr=True)


@contextmanager
def _open_store(settings: Settings, *, read_only: bool = False,
                when_locked: str = "stop the process holding it (a running 'sahelkg serve'?) and run "
                                   "this again") -> Iterator[GraphStore]:
    from sahelkg.graph.store.errors import StoreError, StoreLocked
    from sahelkg.graph.store.registry import open_store

    try:
        store = open_store(settings, read_only=read_only)
    except StoreLocked as exc:
        fail(f"{exc}: {when_locked}", code=2)
    except (StoreError, ValueError) as exc:
        fail(str(exc), code=2)
    try:
        yield store
    finally:
        store.close()


def _summary(report: IngestReport) -> Table:
    table = Table(title="Ingest summary", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("files", str(report.files))
    table.add_row("articles read", str(report.articles))
    table.add_row("skipped", str(len(report.skipped)))
    table.add_row("unchanged (already in the store)", str(report.unchanged))
    table.add_row("written", str(report.written))
    table.add_row("relations added", str(report.relations))
    table.add_row("extracted by", report.engine)
    table.add_row("time", f"{report.seconds:.1f} s")
    table.add_row("articles/s", f"{report.articles_per_second:.1f}")
    return table


def _skipped(report: IngestReport) -> Table:
    table = Table(title="Skipped", show_lines=False)
    table.add_column("file or article")
    table.add_column("reason")
    for source, reason in report.skipped:
        table.add_row(source, reason)
    return table


def ingest(
    paths: Annotated[list[Path], typer.Argument(
        help="Article files or folders (searched recursively for .txt .html .htm .json .jsonl).",
        show_default=False)],
    data_dir: DataDirOption = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", help="Extraction worker processes (default: $SAHELKG_WORKERS, else one "
        "per core; this process alone for an input under 256 KB). 1 runs everything in this process.",
        show_default=False)] = None,
    batch_size: Annotated[int | None, typer.Option(
        "--batch-size", help="Articles written to the store per batch, each batch one atomic write "
        "(default: $SAHELKG_BATCH_SIZE, else 50).", show_default=False)] = None,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Extract on the Dask cluster of this scheduler (tcp://HOST:8786; default: "
        "$SAHELKG_SCHEDULER); this process reads the files and writes the store. Needs the dask extra.",
        show_default=False)] = None,
    show_progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress", help="Show the progress bar (default: only on a terminal).",
        show_default=False)] = None,
    store: StoreOption = None,
    store_url: StoreUrlOption = None,
    server: Annotated[str | None, typer.Option(
        "--server", help="Send the articles to a running 'sahelkg serve' at this URL (its POST /articles, "
        "with --token) instead of opening the store: the way to ingest while the server holds the store.",
        show_default=False)] = None,
    token: Annotated[str | None, typer.Option(
        "--token", envvar="SAHELKG_WRITE_TOKEN", help="The server's write token, for --server (default: "
        "$SAHELKG_WRITE_TOKEN).", show_default=False)] = None,
) -> None:
    """Read articles, extract their relations and merge them into the graph.

    Articles already in the store with the same content are skipped, changed ones replace their previous version, unreadable ones are reported with the reason and the rest go on. Exits 1 only when nothing could be read. With --server the articles go through a running server instead, which extracts and writes them.
    """  # noqa: E501
    settings = settings_from_flags(data_dir=data_dir, workers=workers, batch_size=batch_size, store=store,
                                   store_url=store_url, scheduler=scheduler)
    console = Console(stderr=True)
    locked = ("stop the server and run this again, or send the articles through it: "
              f"sahelkg ingest --server http://{settings.host}:{settings.port} --token <its write token> "
              "PATHS...")
    opened = _open_store(settings, when_locked=locked) if server is None else nullcontext(None)
    shown = console.is_terminal if show_progress is None else show_progress
    with opened as graph_store, _progress_bar(console, shown) as progress:
        if graph_store is None:
            report = _ingest_via_server(paths, server or "", token, progress)
        else:
            report = _ingest_here(paths, settings, graph_store, progress)
    out = Console()
    out.print(_summary(report))
    if report.skipped:
        out.print(_skipped(report))
    for source, problem in report.warnings:
        out.print(f"warning {source}: {problem} (the rest of the article was written)", markup=False,
                  highlight=False)
    if report.articles == 0:
        where = ", ".join(str(p) for p in paths)
        fail(f"no article could be read from {where}" if report.files else f"no article files under {where}")


@contextmanager
def _progress_bar(console: Console, shown: bool) -> Iterator[ProgressCallback | None]:
    """One bar for the whole job, with the articles dealt with and their rate; nothing at all when
    not ``shown`` (so logs get no bar)."""
    if not shown:
        yield None
        return
    columns = (TextColumn("Ingesting"), BarColumn(), TaskProgressColumn(),
               TextColumn("{task.fields[articles]} articles, {task.fields[rate]} articles/s"),
               TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task("ingest", total=None, articles=0, rate="0.0")
        started = time.perf_counter()

        def progress(state: JobProgress) -> None:
            elapsed = time.perf_counter() - started
            rate = f"{state.articles / elapsed:.1f}" if elapsed > 0 else "0.0"
            bar.update(task, completed=state.done, total=max(1, state.total), articles=state.articles,
                       rate=rate)

        yield progress


def _ingest_here(paths: list[Path], settings: Settings, graph_store: GraphStore,
                 progress: ProgressCallback | None) -> IngestReport:
    from sahelkg.ingest.job.pool import IngestError, ingest_paths

    try:
        return ingest_paths(paths, settings, graph_store, progress=progress)
    except IngestError as exc:
        fail(str(exc), code=2)


def _ingest_via_server(paths: list[Path], server: str, token: str | None, progress: Any) -> IngestReport:
    from sahelkg.server_ingest import ServerIngestError, ingest_via_server

    try:
        return ingest_via_server(paths, server, token, progress=progress)
    except ServerIngestError as exc:
        fail(str(exc), code=2)


def export(
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="ttl, trig, nt, nq, jsonld, rdfxml (RDF) or gexf, graphml (Gephi, networkx). "
        "Default: from the -o file extension, else ttl.", show_default=False)] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="File to write (default: standard output).", show_default=False)] = None,
    include_ontology: Annotated[bool, typer.Option(
        "--include-ontology", help="Add the sahelkg ontology (classes, relation properties, PLOVER/CAMEO "
        "mapping) to RDF exports.")] = False,
    data_dir: DataDirOption = None,
    store: StoreOption = None,
    store_url: StoreUrlOption = None,
) -> None:
    """Export the whole graph: RDF (union graph, or one named graph per article for trig/nq) or a network for Gephi (GEXF with a timeline) and networkx (GraphML)."""  # noqa: E501
    from sahelkg.graph.export import export as write_export
    from sahelkg.graph.export import export_format
    from sahelkg.graph.formats import UnknownFormat

    name = fmt or (output.suffix.lstrip(".") if output is not None and output.suffix else "ttl")
    try:
        resolved = export_format(name)
    except UnknownFormat as exc:
        fail(str(exc), code=2)
    settings = settings_from_flags(data_dir=data_dir, store=store, store_url=store_url)
    with _open_store(settings, read_only=True) as graph_store:
        if output is None:
            write_export(graph_store, resolved.name, sys.stdout.buffer, include_ontology=include_ontology)
            sys.stdout.buffer.flush()
            return
        partial = output.with_name(output.name + ".partial")
        try:
            with partial.open("wb") as out:
                write_export(graph_store, resolved.name, out, include_ontology=include_ontology)
            os.replace(partial, output)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            fail(f"cannot write {output}: {exc.strerror or exc}")
    _err.print(f"wrote {output} ({resolved.name})", highlight=False, soft_wrap=True)


def stats(
    data_dir: DataDirOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
    store: StoreOption = None,
    store_url: StoreUrlOption = None,
) -> None:
    """Count articles, entities (by type), relations (by type), distinct edges and quads."""
    import json

    from sahelkg.graph.stats import graph_stats

    settings = settings_from_flags(data_dir=data_dir, store=store, store_url=store_url)
    with _open_store(settings, read_only=True) as graph_store:
        counts = graph_stats(graph_store)
    if as_json:
        typer.echo(json.dumps(counts.to_json(), indent=2))
        return
    table = Table(title="Graph", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in (("articles", counts.articles), ("entities", counts.entities),
                         ("relations", counts.relations), ("distinct edges", counts.edges),
                         ("quads", counts.quads)):
        table.add_row(label, str(value))
    for entity_type, value in counts.entities_by_type.items():
        table.add_row(f"  entities: {entity_type}", str(value))
    for relation, value in counts.relations_by_type.items():
        if value:
            table.add_row(f"  relations: {relation}", str(value))
    Console().print(table)


def withdraw(
    article_id: Annotated[str, typer.Argument(help="Id of the article to remove (its file name without "
                                                   "extension, or the id field of a JSON record).")],
    data_dir: DataDirOption = None,
    store: StoreOption = None,
    store_url: StoreUrlOption = None,
) -> None:
    """Remove one article and everything derived from it (its named graph) from the graph."""
    settings = settings_from_flags(data_dir=data_dir, store=store, store_url=store_url)
    with _open_store(settings) as graph_store:
        removed = graph_store.withdraw_article(article_id)
    if not removed:
        fail(f"no article {article_id!r} in the store")
    typer.echo(f"withdrew {article_id}")
