"""Batches of new articles are bulk loaded under a journal: the store they leave equals the one a
single update leaves, and a load that fails or is cut off is undone, by the writer at once or by
the next writer to open the store."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from kg_samples import haftar_visits_niger, libya_meets_niger
from layout_expectation import expected_shared, stored_shared
from sahelkg.graph.mapping import article_write
from sahelkg.graph.store.journal import PENDING, bulk_steps
from sahelkg.graph.store.layout import batch_update
from sahelkg.graph.store.oxigraph import OxigraphStore
from sahelkg.graph.store.protocol import ArticleWrite
from test_layout_maintenance import _article, operations


def _writes(prefix: str, count: int) -> list[ArticleWrite]:
    made = (haftar_visits_niger, libya_meets_niger)
    return [article_write(made[n % 2](f"{prefix}{n}", text=f"{prefix} {n}")) for n in range(count)]


def _in_step(store: OxigraphStore) -> None:
    stored, expected = stored_shared(store), expected_shared(store)
    for graph in expected:
        assert stored[graph] == expected[graph], graph


def _journal(store: OxigraphStore) -> list[ox.Quad]:
    return list(store._db.quads_for_pattern(PENDING, None, None, None))


def test_a_bulk_loaded_batch_equals_the_same_batch_written_by_one_update(tmp_path: Path) -> None:
    bulk, single = OxigraphStore(tmp_path / "bulk"), OxigraphStore(tmp_path / "single")
    bulk.bulk_min, single.bulk_min = 1, 10**9
    for store in (bulk, single):
        store.write_articles(_writes("a", 3))
        store.write_articles(_writes("b", 12))  # new edges, and new events on edges already stored
    assert set(bulk.quads()) == set(single.quads())
    assert _journal(bulk) == []
    _in_step(bulk)


class _FailingLoad:
    """The store, except that its bulk loader writes half of what it is given and then fails."""

    def __init__(self, db: ox.Store) -> None:
        self._db = db

    def __getattr__(self, name: str) -> object:
        return getattr(self._db, name)

    def bulk_extend(self, quads: list[ox.Quad]) -> None:
        self._db.bulk_extend(quads[: len(quads) // 2])
        raise OSError("No space left on device")


def test_a_bulk_load_that_fails_is_undone_before_the_error_reaches_the_caller(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.bulk_min = 1
    store.write_articles(_writes("a", 4))
    before = set(store.quads())
    real = store._store
    store._store = _FailingLoad(real)  # type: ignore[assignment]
    with pytest.raises(OSError, match="No space left"):
        store.write_articles(_writes("b", 10))
    store._store = real
    assert set(store.quads()) == before
    store.write_articles(_writes("b", 10))  # the batch again, once the disk has room
    assert _journal(store) == []
    _in_step(store)
    assert len(store.article_ids()) == 14


def test_a_bulk_load_cut_off_is_undone_when_a_writer_opens_the_store(tmp_path: Path) -> None:
    path = tmp_path / "store"
    reference = OxigraphStore(tmp_path / "reference")
    reference.write_articles(_writes("a", 4) + _writes("b", 10))
    with OxigraphStore(path) as store:
        store.write_articles(_writes("a", 4))
        before = set(store.quads())
        plan = batch_update(store, _writes("b", 10))
        assert plan is not None and plan.only_adds
        prepare, data, _ = bulk_steps(plan)
        store._update(prepare)
        store._db.bulk_extend(data[: len(data) // 3])  # the process dies here
    with OxigraphStore(path, read_only=True) as reader:  # a reader sees the journal, and leaves it
        assert reader.query(f"ASK {{ {PENDING} ?p ?o }}") is True
    with OxigraphStore(path) as store:
        assert set(store.quads()) == before
        store.write_articles(_writes("b", 10))
        assert set(store.quads()) == set(reference.quads())


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(operations)
def test_shared_graphs_stay_in_step_when_every_batch_of_new_articles_is_bulk_loaded(steps: list) -> None:
    store = OxigraphStore.in_memory()
    store.bulk_min = 1
    store.write_articles([article_write(haftar_visits_niger("a1"))])
    for version, (kind, arg) in enumerate(steps):
        if kind == "write":
            store.write_articles([article_write(_article(i, version, drawn)) for i, drawn in arg])
            assert _journal(store) == []
        else:
            store.withdraw_article(arg)
    _in_step(store)
