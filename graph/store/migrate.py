"""Upgrading a store written in an earlier layout to the current layout (4), in place.

Layout 3 (rank buckets, no evidence cards): each article graph gets the evidence card of each of
its events (``graph/evidence_cards.py``), a batch of articles per update, then the marker. Layout 2
(shared graphs, edge resources, no rank buckets) gets its cards the same way, then its buckets,
built from the edge resources in one update that also writes the marker. Layout 1 (each article
graph repeating the descriptions of the entities it names and the direct edges it states):

Each article graph is rewritten in the current layout (its entity descriptions moved to the
article's description resources, its direct edges dropped, its events linked to their edges) and
written through the layout's own update, a batch of articles per transaction; the layout marker
and the counters are written last. A migration stopped half way leaves a store that is still
refused for serving and that ``sahelkg migrate`` resumes: an article already upgraded is upgraded
again to the same graph (its cards are made anew).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad
from sahelkg.graph import vocab
from sahelkg.graph.evidence_cards import CARD, card_quads
from sahelkg.graph.store.layout import batch_update, recount_operations, recount_update
from sahelkg.graph.store.layout_state import layout_version
from sahelkg.graph.store.protocol import ArticleWrite, GraphStore
from sahelkg.graph.store.ranks import all_ranked_operations

from sahelkg.records import RELATION_TYPES

_RDF_TYPE = NamedNode(vocab.RDF + "type")
_EVENT = vocab.ont("RelationEvent")
_RELATIONS = frozenset(vocab.ONT + name for name in RELATION_TYPES)
ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class MigrationReport:
    articles: int  # article graphs rewritten
    quads_before: int
    quads_after: int


def _order(article_id: str, event: NamedNode, values: dict[str, list]) -> str:
    date = values.get(vocab.ONT + "eventDate", [None])[0]
    start = values.get(vocab.ONT + "evidenceStart", [None])[0]
    start_text = f"{int(start.value):012d}" if start is not None else ""
    date_text = date.value if date is not None else ""
    return f"{date_text} {article_id} {start_text} {vocab.local_name(event.value)}"


def upgraded_quads(article_id: str, quads: list[Quad]) -> list[Quad]:
    """One article graph of layout 1 (or already upgraded) as the current layout writes it."""
    graph = vocab.article_graph(article_id)
    out: dict[Quad, None] = {}
    by_subject: dict[NamedNode, dict[str, list]] = {}
    for quad in quads:
        by_subject.setdefault(quad.subject, {}).setdefault(quad.predicate.value, []).append(quad.object)  # type: ignore[arg-type]
    for subject, values in by_subject.items():
        if subject.value.startswith(vocab.ENTITY):
            entity_id = vocab.entity_id_of(subject.value)
            node = vocab.description_iri(article_id, entity_id)
            stated = [(p, o) for p, objects in values.items()
                      if p in vocab.DESCRIPTION_PREDICATES for o in objects]
            if stated:
                out.setdefault(Quad(node, _RDF_TYPE, vocab.ont("EntityDescription"), graph), None)
                out.setdefault(Quad(node, vocab.ont("describes"), subject, graph), None)
            for predicate, obj in stated:
                stated_predicate = NamedNode(vocab.DESCRIPTION_PREDICATES[predicate])
                out.setdefault(Quad(node, stated_predicate, obj, graph), None)
            for predicate, objects in values.items():  # neither a description nor a direct edge: kept
                if predicate not in vocab.DESCRIPTION_PREDICATES and predicate not in _RELATIONS:
                    for obj in objects:
                        out.setdefault(Quad(subject, NamedNode(predicate), obj, graph), None)
            continue
        for predicate, objects in values.items():
            for obj in objects:
                out.setdefault(Quad(subject, NamedNode(predicate), obj, graph), None)
        if _EVENT in values.get(_RDF_TYPE.value, []):
            s, rel, o = (values.get(vocab.ONT + k, [None])[0] for k in ("subject", "relation", "object"))
            if isinstance(s, NamedNode) and isinstance(rel, NamedNode) and isinstance(o, NamedNode):
                edge = vocab.edge_iri(s.value, rel.value, o.value)
                out.setdefault(Quad(subject, vocab.ont("edge"), edge, graph), None)
            if vocab.ONT + "evidenceOrder" not in values:
                out.setdefault(Quad(subject, vocab.ont("evidenceOrder"),
                                    Literal(_order(article_id, subject, values)), graph), None)
    kept = [quad for quad in out if quad.predicate != CARD]
    return kept + card_quads(kept)


def _card_update(store: GraphStore, ids: list[str]) -> str:
    """Replaces the evidence cards of these articles' events by cards made from their triples."""
    operations = []
    for article_id in ids:
        graph = vocab.article_graph(article_id)
        cards = card_quads(store.quads(graph))
        operations.append(f"DELETE WHERE {{ GRAPH {graph} {{ ?ev {CARD} ?card }} }}")
        if cards:
            body = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in cards)
            operations.append(f"INSERT DATA {{ GRAPH {graph} {{ {body} }} }}")
    return " ;\n".join(operations)


def _writes(store: GraphStore, ids: list[str]) -> Iterator[ArticleWrite]:
    for article_id in ids:
        quads = list(store.quads(vocab.article_graph(article_id)))
        content_hash = store.article_hash(article_id) or ""
        yield ArticleWrite(article_id, content_hash, upgraded_quads(article_id, quads))


def migrate(store: GraphStore, *, batch: int = 100,
            progress: ProgressCallback | None = None) -> MigrationReport:
    """Rewrites every article of ``store`` in the current layout, then marks the store as such.
    A store of layout 2 or 3 keeps its articles: each gets the cards of its events, and a store of
    layout 2 its rank buckets, built from its edge resources in one update, which also marks it."""
    before = len(store)
    ids = store.article_ids()
    version = layout_version(store)
    if version in (2, 3):
        for start in range(0, len(ids), batch):
            chunk = ids[start:start + batch]
            store.update(_card_update(store, chunk))
            if progress:
                progress(min(start + batch, len(ids)), len(ids))
        ranked = all_ranked_operations() if version == 2 else []
        store.update(vocab.sparql_prefixes() + " ;\n".join([*ranked, *recount_operations()]))
        return MigrationReport(len(ids), before, len(store))
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        plan = batch_update(store, list(_writes(store, chunk)))
        if plan is not None:
            store.update(plan.update)
        if progress:
            progress(min(start + batch, len(ids)), len(ids))
    store.update(recount_update())
    return MigrationReport(len(ids), before, len(store))
