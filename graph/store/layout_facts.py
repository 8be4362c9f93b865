"""What the layout's maintenance needs to know about the articles of a write: the facts of the new
article graphs (read from the quads of each :class:`ArticleWrite`) and what the store held for
those articles before (read with one query per batch).

Both are plain records; ``graph/store/layout.py`` turns them into the SPARQL update.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, Quad
from sahelkg.graph import vocab
from sahelkg.graph.store.protocol import ArticleWrite, GraphStore

from sahelkg.records import SYMMETRIC_RELATIONS

_RDF_TYPE = vocab.RDF + "type"
_EVENT_CLASS = vocab.ONT + "RelationEvent"
_DESCRIPTION_CLASS = vocab.ONT + "EntityDescription"
_DESCRIBES = vocab.ONT + "describes"
_ISSUED = vocab.DCTERMS + "issued"
_SYMMETRIC = frozenset(vocab.ONT + name for name in SYMMETRIC_RELATIONS)


def _merged_predicates() -> dict[str, NamedNode]:
    """Each description predicate (``skg:stated...``) -> the merged predicate it states."""
    return {stated: NamedNode(merged) for stated, merged in vocab.MERGED_PREDICATES.items()}


def aggregates_of(subject: NamedNode, relation: NamedNode, obj: NamedNode) -> list[NamedNode]:
    """The resources an event of (subject, relation, object) counts in: its edge resource, and for
    a symmetric relation the pair resource of its two ends."""
    found = [vocab.edge_iri(subject.value, relation.value, obj.value)]
    if relation.value in _SYMMETRIC:
        found.append(vocab.pair_iri(relation.value, subject.value, obj.value))
    return found


@dataclass(frozen=True, slots=True)
class EventFacts:
    """One relation event of a new article graph, with what its edge aggregates."""

    iri: NamedNode
    subject: NamedNode
    relation: NamedNode
    object: NamedNode
    article_id: str
    status: Literal | None
    date: str | None  # the event date as written (YYYY, YYYY-MM or YYYY-MM-DD)
    published: str | None  # the article's publication date as written
    confidence: Literal | None
    order: str  # skg:evidenceOrder

    @property
    def edge(self) -> NamedNode:
        return vocab.edge_iri(self.subject.value, self.relation.value, self.object.value)

    @property
    def aggregates(self) -> list[NamedNode]:
        return aggregates_of(self.subject, self.relation, self.object)


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """A new article graph: its quads, its events and its entity descriptions."""

    article_id: str
    graph: NamedNode
    quads: tuple[Quad, ...]
    events: tuple[EventFacts, ...]
    # entity IRI -> the merged-description triples (predicate, object) the article states
    descriptions: dict[NamedNode, tuple[tuple[NamedNode, object], ...]]


@dataclass(slots=True)
class PreviousArticle:
    """What the store held for an article about to be replaced or withdrawn."""

    article_id: str
    # (event, subject, relation, object)
    events: list[tuple[NamedNode, NamedNode, NamedNode, NamedNode]] = field(default_factory=list)
    entities: set[NamedNode] = field(default_factory=set)
    is_article: bool = False  # the graph holds the article resource (else only other data)


def article_facts(write: ArticleWrite, content_hash_predicate: NamedNode) -> ArticleFacts:
    """The facts of one write; the content hash given with the write replaces any in the quads."""
    graph = vocab.article_graph(write.article_id)
    article = vocab.article_iri(write.article_id)
    by_subject: dict[NamedNode, list[Quad]] = {}
    quads: dict[Quad, None] = {}
    for quad in write.quads:
        if quad.graph_name != graph:
            raise ValueError(
                f"article {write.article_id!r}: quad outside its graph {graph}: {quad.graph_name}")
        if quad.subject == article and quad.predicate == content_hash_predicate:
            continue  # the hash given with the write is the one recorded
        quads.setdefault(quad, None)
        by_subject.setdefault(quad.subject, []).append(quad)  # type: ignore[arg-type]
    quads.setdefault(Quad(article, content_hash_predicate, Literal(write.content_hash), graph), None)
    issued = [q.object.value for q in by_subject.get(article, []) if q.predicate.value == _ISSUED]
    published = issued[0] if issued else None
    events: list[EventFacts] = []
    descriptions: dict[NamedNode, tuple[tuple[NamedNode, object], ...]] = {}
    merged_of = _merged_predicates()
    for subject, subject_quads in by_subject.items():
        values: dict[str, list[object]] = {}
        for quad in subject_quads:
            values.setdefault(quad.predicate.value, []).append(quad.object)
        types = {t.value for t in values.get(_RDF_TYPE, [])}  # type: ignore[attr-defined]
        if _EVENT_CLASS in types:
            events.append(_event(subject, values, write.article_id, published))
        elif _DESCRIPTION_CLASS in types and values.get(_DESCRIBES):
            entity = values[_DESCRIBES][0]
            merged = tuple((merged_of[p], o) for p, objects in values.items() if p in merged_of
                           for o in objects)
            descriptions[entity] = descriptions.get(entity, ()) + merged  # type: ignore[index]
    return ArticleFacts(write.article_id, graph, tuple(quads), tuple(events), descriptions)


def _one(values: dict[str, list[object]], name: str) -> object | None:
    found = values.get(vocab.ONT + name)
    return found[0] if found else None


def _event(iri: NamedNode, values: dict[str, list[object]], article_id: str,
           published: str | None) -> EventFacts:
    parts = [_one(values, name) for name in ("subject", "relation", "object")]
    if not all(isinstance(part, NamedNode) for part in parts):
        raise ValueError(f"article {article_id!r}: relation event {iri} lacks its subject, relation "
                         "or object")
    subject, relation, obj = parts
    date = _one(values, "eventDate")
    order = _one(values, "evidenceOrder")
    return EventFacts(
        iri=iri, subject=subject, relation=relation, object=obj, article_id=article_id,  # type: ignore[arg-type]
        status=_one(values, "status"),  # type: ignore[arg-type]
        date=date.value if isinstance(date, Literal) else None,
        published=published,
        confidence=_one(values, "confidence"),  # type: ignore[arg-type]
        order=order.value if isinstance(order, Literal) else f"  {iri.value}",
    )


_PREVIOUS = """
SELECT ?g ?ev ?s ?rel ?o ?e ?id WHERE {{
  VALUES ?g {{ {graphs} }}
  GRAPH ?g {{
    {{ ?ev a skg:RelationEvent ; skg:subject ?s ; skg:relation ?rel ; skg:object ?o }}
    UNION {{ ?d skg:describes ?e }}
    UNION {{ ?art skg:articleId ?id }}
  }}
}}
"""


def previous_articles(store: GraphStore, article_ids: Iterable[str]) -> dict[str, PreviousArticle]:
    """For each id whose graph holds an event, a description or the article resource: its events,
    the entities it describes, and whether it holds the article resource."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    by_graph = {vocab.article_graph(i).value: i for i in ids}
    sparql = vocab.sparql_prefixes() + _PREVIOUS.format(graphs=" ".join(f"<{g}>" for g in by_graph))
    found: dict[str, PreviousArticle] = {}
    for row in store.query(sparql):  # type: ignore[union-attr]
        article_id = by_graph[row["g"].value]
        previous = found.setdefault(article_id, PreviousArticle(article_id))
        if row["ev"] is not None:
            previous.events.append((row["ev"], row["s"], row["rel"], row["o"]))
        elif row["e"] is not None:
            previous.entities.add(row["e"])
        elif row["id"] is not None:
            previous.is_article = True
    return found


def last_write_per_article(writes: Sequence[ArticleWrite]) -> list[ArticleWrite]:
    """The writes of a batch, one per article id (a later write of the same id replaces an earlier)."""
    return list({write.article_id: write for write in writes}.values())
