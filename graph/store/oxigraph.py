"""The embedded backend: an on-disk Oxigraph store (pyoxigraph), nothing to start.

Each batch of articles is written with ONE SPARQL update (``layout.batch_update``): the article
graphs replaced and the shared graphs (entities, edges, counts) kept in step. pyoxigraph runs a
whole update request in one transaction (a failing operation rolls back the ones before it; tests
check this), so a crash leaves the store as it was before the batch or after it, never between.
A batch of at least ``journal.BULK_MIN_ARTICLES`` new articles is bulk loaded instead, under a
journal that undoes it when it did not finish (``journal``): the same guarantee after a crash.
The article's content hash lives in its own graph (``art:{id} skg:contentHash "..."``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from pyoxigraph import NamedNode, Quad, QueryBoolean, Store, Variable, serialize
from sahelkg.graph import vocab
from sahelkg.graph.formats import resolve_format
from sahelkg.graph.store.edge_state import LayoutCache
from sahelkg.graph.store.errors import StoreError, StoreLocked
from sahelkg.graph.store.journal import BULK_MIN_ARTICLES, bulk_steps, recovery_update
from sahelkg.graph.store.layout import LayoutWrite, batch_update
from sahelkg.graph.store.layout_state import check_layout
from sahelkg.graph.store.protocol import ArticleWrite, QueryResult, Term

if TYPE_CHECKING:
    from sahelkg.settings import Settings

_CONTENT_HASH = vocab.ont("contentHash")
_ARTICLE_ID = vocab.ont("articleId")
# The union graph as triples: each triple once, however many article graphs repeat it.
UNION_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


def substitution_map(substitutions: Mapping[str, Term] | None) -> dict[Variable, Term] | None:
    """``{"s": term}`` or ``{"?s": term}`` -> pyoxigraph's ``{Variable("s"): term}``."""
    if not substitutions:
        return None
    return {
        key if isinstance(key, Variable) else Variable(str(key).lstrip("?$")): value
        for key, value in substitutions.items()
    }


class OxigraphStore:
    """A :class:`~sahelkg.graph.store.protocol.GraphStore` over a pyoxigraph ``Store``."""

    name = "oxigraph"
    bulk_min = BULK_MIN_ARTICLES  # new articles a batch needs to be bulk loaded (see ``journal``)

    def __init__(
        self, path: str | Path | None, *, read_only: bool = False, _store: Store | None = None
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.writes = 0  # writes made through this object (readers of the same files reopen after one)
        self.read_only = read_only
        self._layout = LayoutCache()  # what this writer's last committed batch left in the shared graphs
        if _store is not None:
            self._store: Store | None = _store
            return
        if self.path is None:
            raise ValueError("OxigraphStore needs a path; use OxigraphStore.in_memory() for tests")
        try:
            if read_only:
                if not (self.path / "CURRENT").is_file():
                    raise StoreError(f"no Oxigraph store at {self.path} (nothing ingested yet?)")
                self._store = Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = Store(str(self.path))
                self._recover()
        except OSError as exc:
            if "lock" in str(exc).lower():  # RocksDB: "IO error: While lock file: .../LOCK: ..."
                raise StoreLocked(self.path) from exc
            raise StoreError(f"cannot open the Oxigraph store at {self.path}: {exc}") from exc

    @classmethod
    def from_settings(cls, settings: Settings, *, read_only: bool = False) -> OxigraphStore:
        return cls(settings.store_path, read_only=read_only)

    @classmethod
    def in_memory(cls) -> OxigraphStore:
        """A store that lives in memory only (tests)."""
        return cls(None, _store=Store())

    @property
    def _db(self) -> Store:
        if self._store is None:
            raise StoreError(f"the Oxigraph store at {self.path} is closed")
        return self._store

    # ------------------------------------------------------------------ articles

    def article_hash(self, article_id: str) -> str | None:
        graph = vocab.article_graph(article_id)
        article = vocab.article_iri(article_id)
        for quad in self._db.quads_for_pattern(article, _CONTENT_HASH, None, graph):
            return quad.object.value
        return None

    def article_ids(self) -> list[str]:
        ids = {
            quad.object.value
            for quad in self._db.quads_for_pattern(None, _ARTICLE_ID, None, None)
            if isinstance(quad.graph_name, NamedNode)
            and quad.graph_name == vocab.article_graph(quad.object.value)
        }
        return sorted(ids)

    def write_articles(self, writes: Iterable[ArticleWrite]) -> int:
        batch = list(writes)
        if not batch:
            return 0
        check_layout(self, self.path or "memory")
        self._write(batch_update(self, batch, cache=self._layout))
        return len(batch)

    def withdraw_article(self, article_id: str) -> bool:
        graph = vocab.article_graph(article_id)
        if not self._db.contains_named_graph(graph):
            return False
        check_layout(self, self.path or "memory")
        self._write(batch_update(self, [], [article_id], cache=self._layout))
        return True

    def _write(self, plan: LayoutWrite | None) -> None:
        """Sends a layout write as one update, or a batch that only adds as a journaled bulk load
        (``journal``); its states join the cache once it has committed (on any failure the cache
        is emptied, and a bulk load that did not finish is undone)."""
        if plan is None:
            return
        try:
            if plan.only_adds and len(plan.graphs) >= self.bulk_min:
                prepare, data, finish = bulk_steps(plan)
                self._update(prepare)
                self._db.bulk_extend(data)
                self._update(finish)
            else:
                self._update(plan.update)
        except BaseException:
            self._layout.clear()
            try:
                self._recover()
            except Exception:  # the journal stays: the next writer to open the store repairs it
                pass
            raise
        plan.commit(self._layout)

    def _recover(self) -> None:
        """Undoes a bulk load that did not finish (a killed writer, a failed load), if any."""
        repair = recovery_update(self)
        if repair is not None:
            self._update(repair)

    # ------------------------------------------------------------------ SPARQL

    def query(
        self,
        sparql: str,
        *,
        substitutions: Mapping[str, Term] | None = None,
        default_graph: Sequence[NamedNode] | None = None,
        named_graphs: Sequence[NamedNode] | None = None,
        base_iri: str | None = None,
    ) -> QueryResult:
        """SPARQL query over the union of all graphs (unless ``default_graph`` is given).

        ``substitutions`` use pyoxigraph's SEP-0007 support, which requires every substituted
        variable of a SELECT query to be in its projection (``SELECT ?s ?o ...`` or ``SELECT *``;
        with aggregates, ``GROUP BY`` the substituted variable and project it).
        """
        result = self._db.query(
            sparql,
            use_default_graph_as_union=default_graph is None,
            default_graph=list(default_graph) if default_graph is not None else None,
            named_graphs=list(named_graphs) if named_graphs is not None else None,
            substitutions=substitution_map(substitutions),
            base_iri=base_iri,
        )
        if isinstance(result, QueryBoolean):
            return bool(result)
        return result

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        self._layout.clear()  # an update from outside the layout write may change what it cached
        self._update(sparql, base_iri=base_iri)

    def _update(self, sparql: str, *, base_iri: str | None = None) -> None:
        try:
            self._db.update(sparql, base_iri=base_iri)
        finally:
            self.writes += 1

    # ------------------------------------------------------------------ data

    def quads(self, graph: NamedNode | None = None) -> Iterator[Quad]:
        return iter(self._db.quads_for_pattern(None, None, None, graph))

    def serialize(self, out: BinaryIO, mime_type: str) -> None:
        fmt = resolve_format(mime_type, kinds=("triples", "quads"))
        if fmt.kind == "quads":
            self._db.dump(out, fmt.rdf_format, prefixes=vocab.PREFIXES)
        else:
            triples = self._db.query(UNION_TRIPLES, use_default_graph_as_union=True)
            serialize(triples, out, fmt.rdf_format, prefixes=vocab.PREFIXES)

    def __len__(self) -> int:
        return len(self._db)

    def close(self) -> None:
        if self._store is not None and not self.read_only:
            self._store.flush()
        self._store = None

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
