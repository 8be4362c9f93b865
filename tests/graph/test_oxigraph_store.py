"""What the embedded Oxigraph backend promises beyond the protocol: durability, atomicity, opening."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from kg_samples import haftar_visits_niger, libya_meets_niger
from sahelkg.graph import vocab
from sahelkg.graph.mapping import article_write
from sahelkg.graph.store.errors import StoreError, StoreLocked, UnknownStore
from sahelkg.graph.store.oxigraph import BULK_MIN_ARTICLES, OxigraphStore, article_update
from sahelkg.graph.store.registry import open_store

from sahelkg.records import ExtractedArticle
from sahelkg.settings import Settings


def test_data_survives_reopening(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.write_articles([article_write(haftar_visits_niger("a1"))])
    quads = set(store.quads())
    store.close()
    reopened = OxigraphStore(tmp_path / "store")
    assert set(reopened.quads()) == quads
    assert reopened.article_ids() == ["a1"]
    reopened.close()


def test_a_failing_update_request_writes_nothing() -> None:
    # The atomicity of article writes rests on pyoxigraph running a whole update request
    # (DROP + INSERT DATA) in one transaction: a later failing operation rolls back earlier ones.
    store = OxigraphStore.in_memory()
    store.write_articles([article_write(haftar_visits_niger("a1"))])
    before = set(store.quads())
    graph = vocab.article_graph("a1")
    with pytest.raises(OSError):
        store.update(f"DROP GRAPH {graph} ; LOAD <http://127.0.0.1:9/none.ttl> INTO GRAPH {graph}")
    assert set(store.quads()) == before


def test_article_update_rejects_quads_outside_the_article_graph() -> None:
    write = article_write(haftar_visits_niger("a1"))
    stray = ox.Quad(vocab.entity_iri("x"), vocab.ont("visit"), vocab.entity_iri("y"),
                    vocab.article_graph("b1"))
    with pytest.raises(ValueError, match="outside its graph"):
        article_update(write.__class__("a1", write.content_hash, [*write.quads, stray]))


def test_open_store_uses_settings(tmp_path: Path) -> None:
    store = open_store(Settings(data_dir=tmp_path))
    assert isinstance(store, OxigraphStore) and store.path == tmp_path / "store"
    store.write_articles([article_write(libya_meets_niger("b1"))])
    store.close()
    assert (tmp_path / "store").is_dir()


def test_unknown_backend_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(UnknownStore, match="unknown store backend 'nope'; expected one of: oxigraph"):
        open_store(Settings(data_dir=tmp_path, store="nope"))


def test_a_locked_store_gives_a_clear_error(tmp_path: Path) -> None:
    first = OxigraphStore(tmp_path / "store")
    with pytest.raises(StoreLocked) as raised:
        OxigraphStore(tmp_path / "store")
    assert str(raised.value) == f"the Oxigraph store at {tmp_path / 'store'} is in use by another process"
    assert isinstance(raised.value, StoreError)
    with OxigraphStore(tmp_path / "store", read_only=True) as reader:  # reading still works
        assert len(reader) == 0
    first.close()


def test_closed_store_says_so(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        len(store)


@pytest.mark.parametrize(("article_id", "segment"), [
    ("alwasat 1", "alwasat%201"),
    ("report[2]", "report%5B2%5D"),
    ("tab\there", "tab%09here"),
    ("Côte_d_Ivoire-3", "Côte_d_Ivoire-3"),
])
def test_any_article_id_makes_a_valid_graph_that_can_be_withdrawn(article_id: str, segment: str) -> None:
    assert vocab.article_graph(article_id).value == f"https://sahelkg.org/graph/{segment}"
    store = OxigraphStore.in_memory()
    store.write_articles([article_write(haftar_visits_niger(article_id))])
    assert store.article_ids() == [article_id]
    assert store.withdraw_article(article_id) is True
    assert len(store) == 0


def _written(store: OxigraphStore, batch: list[ExtractedArticle]) -> set[ox.Quad]:
    store.write_articles([article_write(extracted) for extracted in batch])
    graphs = {vocab.article_graph(extracted.article.id) for extracted in batch}
    return {q for q in store.quads() if q.graph_name in graphs}


def test_every_write_path_gives_the_same_quads(tmp_path: Path) -> None:
    """Bulk loading (fresh store), one transaction (a store that held data) and one SPARQL update
    (replacements) store exactly the same quads."""
    first = [haftar_visits_niger(f"a{n}") for n in range(BULK_MIN_ARTICLES)] + [libya_meets_niger("b1")]
    expected = {q for extracted in first for q in article_write(extracted).quads}
    with OxigraphStore(tmp_path / "fresh") as fresh:
        assert _written(fresh, first) == expected
    with OxigraphStore(tmp_path / "used") as used:
        used.write_articles([article_write(haftar_visits_niger("x1"))])
    with OxigraphStore(tmp_path / "used") as used:  # held data when opened: not fresh
        assert _written(used, first) == expected
        assert _written(used, first) == expected  # the same again: replaced by the update
        assert used.article_ids() == sorted([extracted.article.id for extracted in first] + ["x1"])
    with OxigraphStore(tmp_path / "fresh", read_only=True) as reopened:
        assert set(reopened.quads()) == expected
