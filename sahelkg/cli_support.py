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


_SECRET_FIELDS = frozenset({"write_token"})
_FLAG_NAMES = {"cors_origins": "--cors-origin"}  # flags not named after their field


def setting_source(field: str, given: set[str]) -> str:
    """Where a setting came from, as the user wrote it: the flag, else the environment variable."""
    if field in given:
        return _FLAG_NAMES.get(field, "--" + field.replace("_", "-"))
    return f"SAHELKG_{field.upper()}"


def _problem(error: Any, given: set[str]) -> str:
    field = str(error["loc"][0]) if error.get("loc") else "settings"
    source = setting_source(field, given)
    message = str(error["msg"]).removeprefix("Value error, ")
    value = error.get("input")
    if field in _SECRET_FIELDS or isinstance(value, dict) or value is None:
        return f"{source}: {message}"
    return f"{source}={value!r}: {message}"


def settings_from_flags(**flags: Any) -> Settings:
    """Settings from the flags that were given (None = not given); the others come from SAHELKG_*
    variables or defaults. Invalid values exit with code 2 and one line naming the variable (or
    flag) and the problem, never a traceback."""
    from pydantic import ValidationError
    from pydantic_settings import SettingsError

    from sahelkg.settings import Settings

    given = {name: value for name, value in flags.items() if value is not None}
    try:
        return Settings(**given)
    except ValidationError as exc:
        problems = "; ".join(_problem(e, set(given)) for e in exc.errors())
        fail(f"invalid setting {problems}", code=2)
    except SettingsError as exc:  # a variable the settings source could not even decode
        fail(f"invalid setting: {' '.join(str(exc).split())}", code=2)
