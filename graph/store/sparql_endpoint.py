"""A remote backend: any SPARQL 1.1 Query + Update endpoint (Oxigraph server, Fuseki, GraphDB...).

``settings.store_url`` is the query endpoint; the update endpoint is the same URL with a trailing
``/query`` or ``/sparql`` replaced by ``/update`` (Oxigraph server and Fuseki layouts), else the
same URL. Answers are parsed into pyoxigraph terms, so callers see the same types as with the
embedded store.

- A batch of article writes is one update request (``layout.batch_update``, built after one query
  reading what the store holds for those articles); endpoints run an update request as one
  transaction (Oxigraph server and Fuseki do). Two processes must not write the same articles at
  once: each reads the articles' previous state before sending its update.
- The union default graph is asked for with Oxigraph's ``union-default-graph`` parameter; other
  servers must be configured with a union default graph (e.g. Fuseki's ``unionDefaultGraph``).
- ``substitutions`` are sent as a trailing ``VALUES`` clause built from the terms' N-Triples
  form (escaped by pyoxigraph), never from raw text. As with the embedded store, substituted
  variables must be projected by SELECT queries; then the two are equivalent.
- With ``named_graphs`` and no ``default_graph`` the default graph is the server's own (the
  protocol does not allow asking for the union at the same time).
- ``quads()`` and dataset exports cover the named graphs (where all sahelkg data lives).
- CONSTRUCT/DESCRIBE results come back as a list of pyoxigraph ``Triple``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

import httpx
from pyoxigraph import (
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    RdfFormat,
    Triple,
    Variable,
    parse,
    parse_query_results,
    serialize,
)
from sahelkg.graph import vocab
from sahelkg.graph.formats import resolve_format
from sahelkg.graph.store.errors import StoreError, StoreUnreachable
from sahelkg.graph.store.layout import LayoutWrite, batch_update
from sahelkg.graph.store.layout_state import check_layout
from sahelkg.graph.store.oxigraph import UNION_TRIPLES
from sahelkg.graph.store.protocol import ArticleWrite, QueryResult, Term

if TYPE_CHECKING:
    from sahelkg.settings import Settings

_RESULTS = "application/sparql-results+json"
_TRIPLES = "application/n-triples"
_ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


def update_url_for(query_url: str) -> str:
    base = query_url.rstrip("/")
    for suffix in ("/query", "/sparql"):
        if base.endswith(suffix):
            return base[: -len(suffix)] + "/update"
    return query_url


def with_base(sparql: str, base_iri: str | None) -> str:
    """``sparql`` with ``BASE <base_iri>`` before it, on its first line (line numbers of the
    endpoint's errors stay right); a BASE of the text itself comes later and wins."""
    return sparql if base_iri is None else f"BASE {NamedNode(base_iri)} {sparql}"


def values_clause(substitutions: Mapping[str, Term] | None) -> str:
    """``{"s": <iri>}`` -> ``VALUES (?s) { (<iri>) }`` (empty string when nothing to bind)."""
    if not substitutions:
        return ""
    names = [str(name).lstrip("?$") for name in substitutions]
    for name in names:
        Variable(name)  # raises on a name that is not a SPARQL variable
    terms = " ".join(str(term) for term in substitutions.values())
    return "\nVALUES (" + " ".join(f"?{n}" for n in names) + ") { (" + terms + ") }"


class SparqlEndpointStore:
    """A :class:`~sahelkg.graph.store.protocol.GraphStore` over the SPARQL 1.1 protocol (httpx)."""

    name = "sparql"

    def __init__(self, query_url: str, update_url: str | None = None, *, timeout: float = 30.0,
                 query_timeout: float | None = None, read_only: bool = False) -> None:
        """``timeout`` bounds each HTTP exchange; ``query_timeout`` (default: ``timeout``) bounds a
        query's, so a query the server gave up on does not hold its worker thread for longer."""
        self.query_url = query_url
        self.update_url = update_url or update_url_for(query_url)
        self.read_only = read_only
        self.timeout = timeout
        self.query_timeout = query_timeout if query_timeout is not None else timeout
        self._client: httpx.Client | None = httpx.Client(timeout=timeout)

    @classmethod
    def from_settings(cls, settings: Settings, *, read_only: bool = False) -> SparqlEndpointStore:
        if not settings.store_url:
            raise StoreError("the sparql store needs a query endpoint URL (--store-url or SAHELKG_STORE_URL)")
        # a query's HTTP call ends a second after the server's own deadline for it
        return cls(settings.store_url, timeout=max(settings.query_timeout, 30.0),
                   query_timeout=settings.query_timeout + 1.0, read_only=read_only)

    # ------------------------------------------------------------------ HTTP

    @property
    def _http(self) -> httpx.Client:
        if self._client is None:
            raise StoreError(f"the SPARQL store {self.query_url} is closed")
        return self._client

    def _post(self, url: str, data: dict[str, Any], accept: str | None = None,
              timeout: float | None = None) -> httpx.Response:
        headers = {"Accept": accept} if accept else {}
        seconds = timeout if timeout is not None else self.timeout
        try:
            response = self._http.post(url, data=data, headers=headers, timeout=seconds)
        except httpx.TimeoutException as exc:
            raise StoreError(f"SPARQL endpoint {url} did not answer within {seconds:g} s") from exc
        except httpx.HTTPError as exc:
            raise StoreUnreachable(f"SPARQL endpoint {url} unreachable: {exc}") from exc
        if response.status_code >= 400:
            text = response.text.strip()
            detail = text.splitlines()[0] if text else response.reason_phrase
            raise StoreError(f"SPARQL endpoint {url} answered {response.status_code}: {detail}")
        return response

    def _select(self, sparql: str, **params: Any) -> Any:
        response = self._post(self.query_url, {"query": sparql, **params}, _RESULTS)
        return parse_query_results(response.content, QueryResultsFormat.JSON)

    # ------------------------------------------------------------------ articles

    def article_hash(self, article_id: str) -> str | None:
        graph, article = vocab.article_graph(article_id), vocab.article_iri(article_id)
        sparql = f"SELECT ?h WHERE {{ GRAPH {graph} {{ {article} {vocab.ont('contentHash')} ?h }} }}"
        for row in self._select(sparql):
            return row["h"].value
        return None

    def article_ids(self) -> list[str]:
        sparql = f"SELECT DISTINCT ?id ?g WHERE {{ GRAPH ?g {{ ?a {vocab.ont('articleId')} ?id }} }}"
        rows = self._select(sparql)
        return sorted({r["id"].value for r in rows if r["g"] == vocab.article_graph(r["id"].value)})

    def write_articles(self, writes: Iterable[ArticleWrite]) -> int:
        batch = list(writes)
        if not batch:
            return 0
        check_layout(self, self.query_url)
        self._write(batch_update(self, batch))
        return len(batch)

    def withdraw_article(self, article_id: str) -> bool:
        graph = vocab.article_graph(article_id)
        response = self._post(self.query_url, {"query": f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"}, _RESULTS)
        if not bool(parse_query_results(response.content, QueryResultsFormat.JSON)):
            return False
        check_layout(self, self.query_url)
        self._write(batch_update(self, [], [article_id]))
        return True

    def _write(self, plan: LayoutWrite | None) -> None:
        """Sends a layout write as one update request. The states it read are not kept between
        batches: another client may write to the same endpoint."""
        if plan is not None:
            self.update(plan.update)

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
        params: dict[str, Any] = {"query": with_base(sparql, base_iri) + values_clause(substitutions)}
        if default_graph is not None:
            params["default-graph-uri"] = [g.value for g in default_graph]
        elif named_graphs is None:  # the protocol forbids mixing the union flag with graph lists
            params["union-default-graph"] = ""
        if named_graphs is not None:
            params["named-graph-uri"] = [g.value for g in named_graphs]
        response = self._post(self.query_url, params, f"{_RESULTS}, {_TRIPLES};q=0.9",
                              timeout=self.query_timeout)
        media = response.headers.get("content-type", "").split(";", 1)[0].strip()
        if media == _TRIPLES or media in ("text/turtle", "application/n-quads"):
            return [Triple(q.subject, q.predicate, q.object)  # type: ignore[return-value]
                    for q in parse(response.content, RdfFormat.from_media_type(media))]
        result = parse_query_results(response.content, QueryResultsFormat.from_media_type(media or _RESULTS))
        return bool(result) if isinstance(result, QueryBoolean) else result

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        if self.read_only:
            raise StoreError(f"the SPARQL store {self.query_url} was opened read-only")
        self._post(self.update_url, {"update": with_base(sparql, base_iri)})

    # ------------------------------------------------------------------ data

    def quads(self, graph: NamedNode | None = None) -> Iterator[Quad]:
        sparql = _ALL_QUADS + (values_clause({"g": graph}) if graph is not None else "")
        for row in self._select(sparql):
            yield Quad(row["s"], row["p"], row["o"], row["g"])

    def serialize(self, out: BinaryIO, mime_type: str) -> None:
        fmt = resolve_format(mime_type, kinds=("triples", "quads"))
        if fmt.kind == "quads":
            serialize(self.quads(), out, fmt.rdf_format, prefixes=vocab.PREFIXES)
        else:
            serialize(self.query(UNION_TRIPLES), out, fmt.rdf_format, prefixes=vocab.PREFIXES)  # type: ignore[arg-type]

    def __len__(self) -> int:
        for row in self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"):
            return int(row["n"].value)
        return 0

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> SparqlEndpointStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
