"""The ``sahelkg`` command line: a thin layer over library calls.

Each group of commands lives in its own module and is registered here, explicitly.
"""

from __future__ import annotations

import typer

from sahelkg.cli_help import PlainHelpCommand, PlainHelpGroup

app = typer.Typer(
    name="sahelkg",
    cls=PlainHelpGroup,
    help="Build and query a knowledge graph of Sahel–Libya security relations from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    from sahelkg import cli_evaluate, cli_extract, cli_graph, cli_migrate, cli_models, cli_serve

    app.command("extract", cls=PlainHelpCommand)(cli_extract.extract)
    app.command("evaluate", cls=PlainHelpCommand)(cli_evaluate.evaluate)
    app.command("ingest", cls=PlainHelpCommand)(cli_graph.ingest)
    app.command("export", cls=PlainHelpCommand)(cli_graph.export)
    app.command("stats", cls=PlainHelpCommand)(cli_graph.stats)
    app.command("withdraw", cls=PlainHelpCommand)(cli_graph.withdraw)
    app.command("migrate", cls=PlainHelpCommand)(cli_migrate.migrate)
    app.command("serve", cls=PlainHelpCommand)(cli_serve.serve)
    app.add_typer(cli_models.app, name="models")


_register()

if __name__ == "__main__":
    app()
