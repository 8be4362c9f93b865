"""Help pages in the usual command-line style, for every command and group of the CLI.

Typer's own rendering puts a type after every option, flags included (``--show <bool>``), and
writes required arguments in braces on the usage line (``{paths}...``). These classes keep the
rest of Typer's help and change just that: a flag shows no type, and arguments are written in
capitals, ``PATHS...`` when required and ``[PATHS]...`` when optional, on the usage line as in
the Arguments panel.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption


def _plain(params: list[Any]) -> list[Any]:
    for param in params:
        if isinstance(param, TyperOption) and param.is_flag and param.metavar is None:
            param.metavar = ""  # a flag takes no value: no type after it
        elif isinstance(param, TyperArgument) and param.metavar is None:
            param.metavar = (param.name or "").upper() + ("..." if param.nargs != 1 else "")
    return params


def _usage(params: list[Any], options_metavar: str | None) -> list[str]:
    pieces = [options_metavar] if options_metavar else []
    for param in params:
        if isinstance(param, TyperArgument):
            name = param.metavar or (param.name or "").upper()
            pieces.append(name if param.required else f"[{name}]")
    return pieces


class PlainHelpCommand(TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        return _plain(super().get_params(ctx))

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return _usage(self.get_params(ctx), self.options_metavar)


class PlainHelpGroup(TyperGroup):
    def get_params(self, ctx: Any) -> list[Any]:
        return _plain(super().get_params(ctx))
