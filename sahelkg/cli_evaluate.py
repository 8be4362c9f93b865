"""``sahelkg evaluate``: extract relations from annotated articles and score them against gold."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from sahelkg.cli_extract import NlpChoice
from sahelkg.cli_notices import backend_notice
from sahelkg.cli_support import settings_from_flags


class ReportFormat(StrEnum):
    table = "table"
    json = "json"


def evaluate(
    paths: Annotated[list[Path], typer.Argument(
        help="Annotated article files (.txt, .html, .htm, .json, .jsonl) or folders, searched "
             "recursively. Only these articles are scored.", show_default=False)],
    gold: Annotated[Path, typer.Option(
        "--gold", "-g",
        help="Gold relations, one JSON object per line (doc, subject, relation, object, status, date, "
             "evidence, optional). doc is the article file's stem or the record's id.",
        show_default=False)],
    show: Annotated[bool, typer.Option(
        "--show", help="Also list every missed gold relation (FN) and every false positive (FP).")] = False,
    rules: Annotated[str | None, typer.Option(
        "--rules",
        help="Extraction rules to run: '-kinship,-pacts' drops rules or families, 'frames,members' "
             "keeps only those (names: sahelkg.ingest.relations.registry).", show_default=False)] = None,
    nlp: Annotated[NlpChoice, typer.Option(
        "--nlp",
        help="NLP backend for extraction: auto (stanza when its models are on disk, else built-in), "
             "builtin, or stanza (fails if it cannot run).")] = NlpChoice.auto,
    output_format: Annotated[ReportFormat, typer.Option(
        "--format", "-f",
        help="table: scores per relation type and micro P/R/F1 as text; json: the whole report "
             "(scores, scored documents, misses, false positives) as one JSON object.")]
        = ReportFormat.table,
) -> None:
    """Score extraction against a gold file: precision, recall and F1 per relation type and overall.

    The articles under PATHS are extracted and compared with the gold relations (micro-averaged overall). Names are matched through the gazetteer, symmetric relations in either direction; optional gold lines are neither missed nor wrong; articles without gold lines are not scored.
    """  # noqa: E501
    from sahelkg.ingest.job.batch import extract_files
    from sahelkg.ingest.job.evaluation import GoldError, read_gold
    from sahelkg.ingest.job.evaluation import evaluate as score_relations
    from sahelkg.ingest.job.extract import build_extractor
    from sahelkg.ingest.nlp.registry import NlpBackendUnavailable
    from sahelkg.ingest.reading.reading import iter_article_files

    err = Console(stderr=True)

    def say(line: str) -> None:
        typer.echo(line, err=True)

    try:
        gold_lines = read_gold(gold)
    except GoldError as exc:
        say(f"error: {exc}")
        raise typer.Exit(2) from None
    gold_file = gold.resolve()
    files = [f for f in iter_article_files(paths) if f.resolve() != gold_file]  # gold beside its articles
    if not files:
        say("no article files found in: " + ", ".join(str(p) for p in paths))
        raise typer.Exit(1)
    settings = settings_from_flags(nlp_backend=nlp.value, rules=rules)
    relations = []
    documents: list[str] = []
    mentioned: dict[str, tuple[str, ...]] = {}
    with backend_notice(say) as announce:
        extractor = build_extractor(settings, announce=announce)
        progress = Progress(TextColumn("Extracting"), BarColumn(), MofNCompleteColumn(), console=err,
                            disable=not err.is_terminal, transient=True)
        with progress:
            task = progress.add_task("extract", total=len(files))
            try:
                for done in extract_files(files, extractor, say):
                    for extracted in done.articles:
                        documents.append(extracted.article.id)
                        mentioned[extracted.article.id] = extracted.mentioned
                        relations.extend(extracted.relations)
                    progress.advance(task)
            except NlpBackendUnavailable as exc:
                say(f"error: {exc}")
                raise typer.Exit(2) from None
    try:
        report = score_relations(relations, gold_lines, extractor.gazetteer, documents=documents,
                                 mentioned=mentioned)
    except GoldError as exc:
        say(f"error: {gold}: {exc}")
        raise typer.Exit(2) from None
    if not report.documents:
        say(f"no article read has gold lines in {gold}")
    if output_format is ReportFormat.json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
        return
    _print_report(report, show)


def _print_report(report, show: bool) -> None:  # noqa: ANN001 - EvaluationReport, imported lazily
    out = Console(width=None if sys.stdout.isatty() else 160)
    if show:
        # grouped by rule: FP by the rule that produced it, FN by the rule of a prediction that
        # came close (same relation, one argument right), or "no rule came close"
        rules = sorted({m.rule for m in [*report.misses, *report.false_positives]})
        for rule in rules:
            out.print(f"rule {rule or '(no rule came close)'}:", markup=False, highlight=False)
            for kind, items in (("FN", report.misses), ("FP", report.false_positives)):
                for m in items:
                    if m.rule == rule:
                        out.print(f"  {kind} {m.doc}: {m.subject_label} --{m.relation}--> {m.object_label}",
                                  markup=False, highlight=False)
    table = Table(title=f"{len(report.documents)} scored article(s)")
    for column in ("relation", "tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(column, justify="left" if column == "relation" else "right")
    rows = sorted(report.per_relation.items())
    for relation, s in [*rows, ("micro", report.micro)]:
        table.add_row(relation, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}",
                      f"{s.f1:.3f}", end_section=relation == rows[-1][0] if rows else False)
    out.print(table)
    if show and report.per_rule:
        by_rule = Table(title="by rule (FN: the rule of a prediction that came close)")
        for column in ("rule", "tp", "fp", "fn", "P"):
            by_rule.add_column(column, justify="left" if column == "rule" else "right")
        for rule, s in sorted(report.per_rule.items()):
            by_rule.add_row(rule or "(none)", str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}")
        out.print(by_rule)
    if report.coverage is not None and report.coverage.statements:
        c = report.coverage
        out.print(f"entity coverage: {c.covered} of {c.statements} required gold statements "
                  f"({c.share:.1%}) have both entities recognised in their article", highlight=False)
    m = report.micro
    out.print(f"micro P={m.precision:.3f} R={m.recall:.3f} F1={m.f1:.3f}", highlight=False)
