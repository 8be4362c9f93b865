"""``sahelkg extract``: print the relations of articles without touching the store."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from sahelkg.cli_notices import backend_notice
from sahelkg.cli_support import settings_from_flags

if TYPE_CHECKING:
    from sahelkg.ingest.job.extract import Extractor


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


class NlpChoice(StrEnum):
    auto = "auto"
    builtin = "builtin"
    stanza = "stanza"


def extract(
    paths: Annotated[list[Path], typer.Argument(
        help="Article files (.txt, .html, .htm, .json, .jsonl) or folders, searched recursively.",
        show_default=False)],
    output_format: Annotated[OutputFormat, typer.Option(
        "--format", "-f",
        help="jsonl: one JSON object per relation on stdout (doc, subject, relation, object, status, "
             "date, evidence, confidence); table: a readable table.")] = OutputFormat.jsonl,
    rules: Annotated[str | None, typer.Option(
        "--rules",
        help="Extraction rules to run: '-kinship,-pacts' drops rules or families, 'frames,members' "
             "keeps only those (names: sahelkg.ingest.relations.registry).", show_default=False)] = None,
    nlp: Annotated[NlpChoice, typer.Option(
        "--nlp",
        help="NLP backend: auto (stanza when its models are on disk, else built-in), builtin, or "
             "stanza (fails if it cannot run).")] = NlpChoice.auto,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", min=0.0, max=1.0,
        help="Print only relations at or above this confidence.")] = 0.0,
) -> None:
    """Extract the relations stated in articles and print them (the graph is not touched).

    Unreadable files and bad records are reported on stderr by name; the others go on.
    """
    from sahelkg.ingest.job.extract import build_extractor

    err = Console(stderr=True)

    def say(line: str) -> None:
        typer.echo(line, err=True)

    settings = settings_from_flags(nlp_backend=nlp.value, rules=rules)
    with backend_notice(say) as announce:
        _extract(paths, build_extractor(settings, announce=announce), output_format, min_confidence, err, say)


def _extract(paths: list[Path], extractor: Extractor, output_format: OutputFormat, min_confidence: float,
             err: Console, say: Callable[[str], None]) -> None:
    from sahelkg.ingest.job.batch import extract_files
    from sahelkg.ingest.nlp.registry import NlpBackendUnavailable
    from sahelkg.ingest.reading.reading import iter_article_files

    files = list(iter_article_files(paths))
    if not files:
        say("no article files found in: " + ", ".join(str(p) for p in paths))
        raise typer.Exit(1)
    problems = 0
    rows = []
    show_progress = output_format is OutputFormat.table or not sys.stdout.isatty() and err.is_terminal
    progress = Progress(TextColumn("Extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=err, disable=not show_progress, transient=True)
    with progress:
        task = progress.add_task("extract", total=len(files))
        try:
            for done in extract_files(files, extractor, say):
                problems += done.problems
                for extracted in done.articles:
                    for relation in extracted.relations:
                        if relation.confidence < min_confidence:
                            continue
                        if output_format is OutputFormat.jsonl:
                            sys.stdout.write(json.dumps(relation.to_json(), ensure_ascii=False) + "\n")
                        else:
                            rows.append(relation)
                progress.advance(task)
        except NlpBackendUnavailable as exc:
            say(f"error: {exc}")
            raise typer.Exit(2) from None
    if output_format is OutputFormat.table:
        _print_table(rows)
    if problems:
        say(f"{problems} file(s), record(s) or article(s) could not be read or extracted")


def _print_table(relations: list) -> None:
    table = Table(show_lines=False)
    for column in ("doc", "subject", "relation", "object", "status", "date", "conf.", "evidence"):
        table.add_column(column, overflow="fold")
    for r in relations:
        sentence = r.evidence.sentence if r.evidence else ""
        table.add_row(r.doc, r.subject.label, r.relation, r.object.label, r.status, r.date or "",
                      f"{r.confidence:.2f}", sentence[:160])
    Console(width=None if sys.stdout.isatty() else 220).print(table)
