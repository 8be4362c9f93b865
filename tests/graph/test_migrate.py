"""A store written in layout 1 (every article graph repeating entities and direct edges; the
N-Quads in data/layout1.nq were written by that version from the articles below) is refused with a
one-line message naming ``sahelkg migrate``, which upgrades it in place to exactly the store the
current version writes from the same articles, and resumes after an interruption."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from kg_samples import (
    HAFTAR,
    LIBYA,
    NIGER,
    haftar_visits_niger,
    libya_meets_niger,
    make_article,
    make_relation,
)
from sahelkg.graph.mapping import article_write
from sahelkg.graph.store.errors import StoreLayoutOutdated
from sahelkg.graph.store.layout import batch_update
from sahelkg.graph.store.migrate import _writes
from sahelkg.graph.store.oxigraph import OxigraphStore
from sahelkg.graph.store.registry import open_store
from typer.testing import CliRunner

from sahelkg.cli import app
from sahelkg.records import ExtractedArticle
from sahelkg.settings import Settings

LAYOUT1 = Path(__file__).parent / "data" / "layout1.nq"


def _without_triggers(extracted: ExtractedArticle) -> ExtractedArticle:
    """Layout 1 did not write triggers: the articles as that version saw them."""
    relations = tuple(replace(r, evidence=replace(r.evidence, trigger=None)) if r.evidence else r
                      for r in extracted.relations)
    return replace(extracted, relations=relations)


def _articles() -> list[ExtractedArticle]:
    later = ExtractedArticle(make_article("c1", published=None), (
        make_relation("c1", HAFTAR, "visit", NIGER, 7, date="2019-03", date_precision="month",
                      status="planned", confidence=0.9),
        make_relation("c1", NIGER, "meet", LIBYA, 30, date="2019"),
    ))
    return [_without_triggers(a) for a in (haftar_visits_niger("a1"), libya_meets_niger("b1"), later)]


def _layout1_store(data: Path) -> Path:
    raw = ox.Store(str(data / "store"))
    raw.load(path=str(LAYOUT1), format=ox.RdfFormat.N_QUADS)
    raw.flush()
    del raw
    return data


def _written_now() -> set[ox.Quad]:
    fresh = OxigraphStore.in_memory()
    fresh.write_articles([article_write(a) for a in _articles()])
    return set(fresh.quads())


def test_a_layout1_store_is_refused_with_one_line_naming_the_command(tmp_path: Path) -> None:
    data = _layout1_store(tmp_path)
    with pytest.raises(StoreLayoutOutdated) as raised:
        open_store(Settings(data_dir=data))
    assert str(raised.value) == (
        f"the store at {data / 'store'} was written by an earlier version of sahelkg (articles repeat "
        "entities and edges); run 'sahelkg migrate' to upgrade it in place")
    result = CliRunner().invoke(app, ["stats", "--data-dir", str(data)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1].endswith("run 'sahelkg migrate' to upgrade it in place")
    with OxigraphStore(data / "store") as store, pytest.raises(StoreLayoutOutdated):
        store.write_articles([article_write(haftar_visits_niger("z9"))])


def test_migrate_upgrades_in_place_to_what_this_version_writes(tmp_path: Path) -> None:
    data = _layout1_store(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["migrate", "--data-dir", str(data)])
    assert result.exit_code == 0, result.output
    assert "migrated 3 articles: 179 quads before" in result.output
    with OxigraphStore(data / "store") as store:
        assert set(store.quads()) == _written_now()
    again = runner.invoke(app, ["migrate", "--data-dir", str(data)])
    assert (again.exit_code, again.output.strip()) == (
        0, "the store is already in the current layout; nothing to do")
    assert runner.invoke(app, ["stats", "--data-dir", str(data)]).exit_code == 0


def test_an_interrupted_migration_is_refused_and_resumed(tmp_path: Path) -> None:
    data = _layout1_store(tmp_path)
    with OxigraphStore(data / "store") as store:  # the first batch done, then the process stopped
        plan = batch_update(store, list(_writes(store, ["a1"])))
        store.update(plan.update if plan else "")
    with pytest.raises(StoreLayoutOutdated):
        open_store(Settings(data_dir=data))
    result = CliRunner().invoke(app, ["migrate", "--data-dir", str(data), "--batch", "1"])
    assert result.exit_code == 0, result.output
    with OxigraphStore(data / "store") as store:
        assert set(store.quads()) == _written_now()
