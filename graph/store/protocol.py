"""The store interface every backend implements (embedded Oxigraph, remote SPARQL endpoint).

Terms are pyoxigraph terms (NamedNode, Literal, BlankNode, Quad) whatever the backend; a remote
backend parses the endpoint's answers into them. The default graph seen by ``query`` is the union
of all named graphs; each article's statements live in the named graph ``vocab.article_graph(id)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import BinaryIO, Protocol, runtime_checkable

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, QuerySolutions, QueryTriples, Triple

# pyoxigraph has no runtime ``Term`` type (only in its stubs): the union of its RDF terms.
Term = NamedNode | BlankNode | Literal | Triple


@dataclass(frozen=True, slots=True)
class ArticleWrite:
    """Everything written for one article: replaces that article's named graph atomically."""

    article_id: str
    content_hash: str
    quads: Sequence[Quad]  # all in vocab.article_graph(article_id)


QueryResult = QuerySolutions | QueryTriples | bool


@runtime_checkable
class GraphStore(Protocol):
    """A quad store holding one named graph per article."""

    name: str

    def article_hash(self, article_id: str) -> str | None:
        """Content hash stored for this article, or None if it is not in the store."""

    def article_ids(self) -> list[str]:
        """Ids of all articles in the store, sorted."""

    def write_articles(self, writes: Iterable[ArticleWrite]) -> int:
        """Replace each article's named graph with the given quads. The batch commits in one atomic
        step (a crash leaves either the old or the new graphs, never half of one), so callers
        write many articles per call. Returns the number of articles written."""

    def withdraw_article(self, article_id: str) -> bool:
        """Remove the article's named graph. Returns False if there was no such article."""

    def query(
        self,
        sparql: str,
        *,
        substitutions: Mapping[str, Term] | None = None,
        default_graph: Sequence[NamedNode] | None = None,
        named_graphs: Sequence[NamedNode] | None = None,
        base_iri: str | None = None,
    ) -> QueryResult:
        """Run a SPARQL query. Without ``default_graph`` the default graph is the union of all
        graphs. ``substitutions`` binds variables safely (SEP-0007): never build SPARQL from
        user text. ``base_iri`` resolves relative IRIs (a BASE in the query wins)."""

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL update; ``base_iri`` resolves relative IRIs (a BASE in the update wins)."""

    def quads(self, graph: NamedNode | None = None) -> Iterator[Quad]:
        """All quads, or those of one named graph."""

    def serialize(self, out: BinaryIO, mime_type: str) -> None:
        """Write the whole dataset (quad formats) or the union graph (triple formats)."""

    def __len__(self) -> int:
        """Number of quads."""

    def close(self) -> None: ...
