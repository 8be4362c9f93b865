"""What the command modules share: settings built from the flags given, one-line failures, and the
store options every graph command takes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

if TYPE_CHECKING:
    from sahelkg.settings import Settings

DataDirOption = Annotated[Path | None, typer.Option(
    "--data-dir", help="Folder holding the embedded store (default: $SAHELKG_DATA_DIR, else the "
    "user data folder). The store itself is <data dir>/store.", show_default=False)]
StoreOption = Annotated[str | None, typer.Option(
    "--store", help="Store backend: 'oxigraph' (embedded, default) or 'sparql' (a SPARQL 1.1 endpoint "
    "given by --store-url).", show_default=False)]
StoreUrlOption = Annotated[str | None, typer.Option(
    "--store-url", help="SPARQL endpoint URL for --store sparql.", show_default=False)]


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``error: <message>`` on stderr and exit with ``code``."""
    Console(stderr=True).print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def settings_from_flags(**flags: Any) -> Settings:
    """Settings from the flags that were given (None = not given); the others come from SAHELKG_*
    variables or defaults. Invalid values exit with code 2 and one line naming each problem."""
    from pydantic import ValidationError

    from sahelkg.settings import Settings

    try:
        return Settings(**{name: value for name, value in flags.items() if value is not None})
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        fail(f"invalid settings: {problems}", code=2)
