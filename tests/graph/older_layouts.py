"""Stores as an earlier layout wrote them, and the check that such a store is refused with the
one line naming ``sahelkg migrate``, and is upgraded by it to what this version writes."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from sahelkg.graph import vocab
from sahelkg.graph.mapping import article_write
from sahelkg.graph.store.errors import StoreLayoutOutdated
from sahelkg.graph.store.oxigraph import OxigraphStore
from sahelkg.graph.store.registry import open_store
from typer.testing import CliRunner

from sahelkg.cli import app
from sahelkg.records import ExtractedArticle
from sahelkg.settings import Settings


def older_store(path: Path, articles: list[ExtractedArticle], version: int, drop: str) -> set[ox.Quad]:
    """Writes ``articles`` as this version does, then removes what layout ``version`` lacked (the
    SPARQL ``drop``) and marks the store ``version``; returns what this version wrote."""
    with OxigraphStore(path) as store:
        store.write_articles([article_write(a) for a in articles])
        now = set(store.quads())
        store.update(vocab.sparql_prefixes() + f"""{drop} ;
            DELETE {{ GRAPH <{vocab.LAYOUT_GRAPH}> {{ <{vocab.LAYOUT}> skg:layoutVersion ?v }} }}
            INSERT {{ GRAPH <{vocab.LAYOUT_GRAPH}> {{ <{vocab.LAYOUT}> skg:layoutVersion {version} }} }}
            WHERE {{ GRAPH <{vocab.LAYOUT_GRAPH}> {{ <{vocab.LAYOUT}> skg:layoutVersion ?v }} }}""")
    return now


def assert_refused_then_migrated(data: Path, what: str, articles: int, expected: set[ox.Quad]) -> None:
    """The store under ``data`` is refused, naming ``what`` it lacks, and ``sahelkg migrate`` makes
    it hold exactly ``expected``."""
    with pytest.raises(StoreLayoutOutdated) as raised:
        open_store(Settings(data_dir=data))
    assert str(raised.value) == (
        f"the store at {data / 'store'} was written by an earlier version of sahelkg ({what}); run "
        "'sahelkg migrate' to upgrade it in place")
    result = CliRunner().invoke(app, ["migrate", "--data-dir", str(data)])
    assert result.exit_code == 0, result.output
    assert f"migrated {articles} articles" in result.output
    with OxigraphStore(data / "store") as store:
        assert set(store.quads()) == expected
