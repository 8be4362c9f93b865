"""``sahelkg models``: fetch stanza's official models, list what is installed."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn
from rich.table import Table

from sahelkg.cli_help import PlainHelpCommand, PlainHelpGroup
from sahelkg.cli_support import settings_from_flags

app = typer.Typer(
    cls=PlainHelpGroup,
    help="Manage the stanza models used by the stanza NLP backend (dependency parses, lemmas, NER). "
    "Nothing is ever downloaded implicitly: `download` is the only command that fetches models.",
    no_args_is_help=True,
)

_MODEL_DIR_HELP = (
    "Model directory (default: $SAHELKG_MODEL_DIR, else <data dir>/models). Either stanza's own layout "
    "(resources.json + <lang>/<processor>/*.pt) or a flat folder of locally trained models "
    "(<processor>/<lang>_*.pt)."
)

ModelDirOption = Annotated[Path | None, typer.Option("--model-dir", help=_MODEL_DIR_HELP, show_default=False)]


def _model_dir(model_dir: Path | None) -> Path:

    settings = settings_from_flags(model_dir=model_dir)
    return settings.models_path


def _human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


@app.command("download", cls=PlainHelpCommand)
def download(
    languages: Annotated[list[str] | None, typer.Argument(
        help="Language codes to fetch, e.g. `ar fr en` (added to any --lang).", show_default=False
    )] = None,
    lang: Annotated[list[str] | None, typer.Option(
        "--lang", "-l", help="Language code to fetch (repeatable; default: ar).", show_default=False
    )] = None,
    model_dir: ModelDirOption = None,
    timeout: Annotated[float, typer.Option(
        "--timeout", help="Seconds to wait for the model hub before giving up on a connection."
    )] = 15.0,
) -> None:
    """Download stanza's official models for the given languages with stanza's own downloader."""
    from sahelkg.ingest.nlp.models import ModelDownloadError, download_models

    wanted: list[str] = []
    for code in [*(lang or []), *(languages or [])]:
        for part in code.replace(",", " ").split():
            if part not in wanted:
                wanted.append(part)
    if not wanted:
        wanted = ["ar"]
    target = _model_dir(model_dir)
    err = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  console=err, transient=True) as progress:
        task = progress.add_task("stanza models", total=len(wanted))

        def report(current: str, done: int, total: int) -> None:
            label = f"downloading stanza models: {current}" if current else "stanza models downloaded"
            progress.update(task, completed=done, total=total, description=label)

        try:
            installed = download_models(target, wanted, report, timeout=timeout)
        except ModelDownloadError as error:
            progress.stop()
            err.print(f"error: {error}", markup=False, soft_wrap=True)
            raise typer.Exit(1) from None
    for found in installed:
        typer.echo(f"{found.language}: {', '.join(sorted(found.processors))} in {target}")


@app.command("list", cls=PlainHelpCommand)
def list_(
    model_dir: ModelDirOption = None,
) -> None:
    """List the stanza models installed in the model directory (language, processor, file, size)."""
    from sahelkg.ingest.nlp.models import find_language_models, list_models, stanza_installed

    target = _model_dir(model_dir)
    models = list_models(target)
    out = Console(soft_wrap=True)
    if not models:
        out.print(f"no stanza models in {target}; run: sahelkg models download --lang ar", markup=False)
        return
    table = Table(title=f"stanza models in {target}")
    for column in ("language", "processor", "file", "size"):
        table.add_column(column, justify="right" if column == "size" else "left")
    for model in models:
        try:
            shown = str(model.file.relative_to(target))
        except ValueError:
            shown = str(model.file)
        table.add_row(model.language, model.processor, shown, _human_size(model.size))
    out.print(table)
    for language in sorted({m.language for m in models}):
        found = find_language_models(target, language)
        usable = found is not None and found.usable
        state = "usable" if usable else "incomplete (needs tokenize, pos, lemma, depparse)"
        out.print(f"{language}: {state}", markup=False)
    if not stanza_installed():
        out.print("stanza is not installed; run: pip install torch==2.13.0 && pip install 'sahelkg[stanza]'",
                  markup=False)
