"""The embedded backend: an on-disk Oxigraph store (pyoxigraph), nothing to start.

``write_articles(batch)`` commits a whole batch of articles in ONE atomic step, by the fastest
path that keeps "an article is all there or absent" after a crash (even ``kill -9``):

- some article of the batch is already stored (a replacement): one SPARQL update,
  ``DROP SILENT GRAPH g1 ; ... ; INSERT DATA { GRAPH g1 {...} GRAPH g2 {...} }``
  (:func:`articles_update`). pyoxigraph runs a whole update request in one transaction (a failing
  operation rolls back the ones before it; tests check this), so a crash leaves either the old
  or the new graphs, never half;
- none is, the batch has at least :data:`BULK_MIN_ARTICLES` articles (an ingest job's batch, not
  one article submitted to the server) and the store was empty when this object opened it (a
  fresh store, written by this single writer only): pyoxigraph's bulk loader (``bulk_extend``).
  It sorts the batch into one SST file per index and hands them to RocksDB in one
  ``IngestExternalFiles`` call, which is atomic across column families; a batch is far below the
  loader's own chunk of 1,000,000 quads, so it is one such call and a crash leaves the batch all
  there or absent;
- otherwise (new articles only): ``Store.extend``, one transaction.

The article's content hash lives in its own graph (``art:{id} skg:contentHash "..."``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from pyoxigraph import Literal, NamedNode, Quad, QueryBoolean, Store, Variable, serialize
from sahelkg.graph import vocab
from sahelkg.graph.formats import resolve_format
from sahelkg.graph.store.errors import StoreError, StoreLocked
from sahelkg.graph.store.protocol import ArticleWrite, QueryResult, Term

if TYPE_CHECKING:
    from sahelkg.settings import Settings

BULK_MIN_ARTICLES = 8
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


def _article_lines(write: ArticleWrite) -> dict[str, None]:
    """One article's quads as N-Triples lines (in order, once each), the hash given with the write
    as the only ``skg:contentHash`` of the article."""
    graph = vocab.article_graph(write.article_id)
    article = vocab.article_iri(write.article_id)
    lines: dict[str, None] = {}
    for quad in write.quads:
        if quad.graph_name != graph:
            raise ValueError(
                f"article {write.article_id!r}: quad outside its graph {graph}: {quad.graph_name}")
        if quad.subject == article and quad.predicate == _CONTENT_HASH:
            continue  # the hash given with the write is the one recorded
        lines.setdefault(f"{quad.subject} {quad.predicate} {quad.object} .", None)
    lines.setdefault(f"{article} {_CONTENT_HASH} {Literal(write.content_hash)} .", None)
    return lines


def articles_update(writes: Sequence[ArticleWrite]) -> str:
    """The single SPARQL update that replaces the named graphs of a batch of articles and records
    their hashes: every ``DROP SILENT GRAPH`` first, then one ``INSERT DATA`` with all graphs."""
    drops = [f"DROP SILENT GRAPH {vocab.article_graph(w.article_id)} ;" for w in writes]
    graphs = [f"GRAPH {vocab.article_graph(w.article_id)} {{\n" + "\n".join(_article_lines(w)) + "\n}"
              for w in writes]
    return "\n".join(drops) + "\nINSERT DATA {\n" + "\n".join(graphs) + "\n}"


def article_update(write: ArticleWrite) -> str:
    """The single SPARQL update that replaces one article's named graph and records its hash."""
    return articles_update([write])


def _batch_quads(writes: Sequence[ArticleWrite]) -> Iterator[Quad]:
    """The quads of a batch of new articles, each article's hash the one given with its write."""
    for write in writes:
        graph = vocab.article_graph(write.article_id)
        article = vocab.article_iri(write.article_id)
        for quad in write.quads:
            if quad.graph_name != graph:
                raise ValueError(
                    f"article {write.article_id!r}: quad outside its graph {graph}: {quad.graph_name}")
            if not (quad.subject == article and quad.predicate == _CONTENT_HASH):
                yield quad
        yield Quad(article, _CONTENT_HASH, Literal(write.content_hash), graph)


class OxigraphStore:
    """A :class:`~sahelkg.graph.store.protocol.GraphStore` over a pyoxigraph ``Store``."""

    name = "oxigraph"

    def __init__(
        self, path: str | Path | None, *, read_only: bool = False, _store: Store | None = None
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.writes = 0  # writes made through this object (readers of the same files reopen after one)
        self.read_only = read_only
        self._fresh = False  # empty when opened for writing: batches of new articles are bulk loaded
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
                self._fresh = next(iter(self._store.quads_for_pattern(None, None, None, None)), None) is None
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
        if any(self._db.contains_named_graph(vocab.article_graph(w.article_id)) for w in batch):
            self._db.update(articles_update(batch))
        else:
            quads = list(_batch_quads(batch))  # checked before anything is written
            if self._fresh and len(batch) >= BULK_MIN_ARTICLES:
                self._db.bulk_extend(quads)
            else:
                self._db.extend(quads)
        self.writes += len(batch)
        return len(batch)

    def withdraw_article(self, article_id: str) -> bool:
        graph = vocab.article_graph(article_id)
        if not self._db.contains_named_graph(graph):
            return False
        self._db.update(f"DROP GRAPH {graph}")
        self.writes += 1
        return True

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
