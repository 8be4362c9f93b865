"""What the shared graphs hold now for the edges and entities a batch touches, and what the batch
makes of them: the write step computes the new counts, dates and evidence of each edge resource
here, in Python, and sends only the differences (``DELETE DATA`` / ``INSERT DATA``), so a write
costs what the batch brings, whatever the size of the store or of the hubs it names.

The states are read with a few bound queries per batch and kept in a :class:`LayoutCache` held by
the store object that writes: the one writer of a store sees every change made through it, so a
state read once serves the rest of the job. The cache is updated only after an update commits,
and emptied by anything that writes around it (a user's SPARQL update, a recomputation).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from pyoxigraph import Literal, NamedNode
from sahelkg.graph import vocab
from sahelkg.graph.store.layout_facts import EventFacts
from sahelkg.graph.store.protocol import GraphStore

EDGES = NamedNode(vocab.EDGES_GRAPH)
ENTITIES = NamedNode(vocab.ENTITIES_GRAPH)
_EDGE_CLASSES = frozenset((vocab.ONT + "Edge", vocab.ONT + "SymmetricEdge"))
_VALUES = ("eventCount", "articleCount", "firstDate", "lastDate", "firstPublished", "maxConfidence")
_READ_CHUNK = 400  # terms per VALUES block of a read query


@dataclass(frozen=True, slots=True)
class EdgeState:
    """The derived values of one edge or pair resource (``exists`` False: not in the store yet)."""

    exists: bool = False
    values: tuple[tuple[str, Literal], ...] = ()  # (local name, literal) of _VALUES present
    statuses: frozenset[Literal] = frozenset()
    evidence: tuple[tuple[str, NamedNode], ...] = ()  # (evidence order, event), ordered

    def value(self, name: str) -> Literal | None:
        for key, literal in self.values:
            if key == name:
                return literal
        return None


@dataclass(frozen=True, slots=True)
class EntityState:
    article_count: Literal | None = None
    types: frozenset[NamedNode] = frozenset()


@dataclass
class LayoutCache:
    """States of edge resources and entities as the last committed write left them."""

    edges: dict[NamedNode, EdgeState] = field(default_factory=dict)
    entities: dict[NamedNode, EntityState] = field(default_factory=dict)

    def clear(self) -> None:
        self.edges.clear()
        self.entities.clear()


def _branches(predicates: Sequence[str]) -> str:
    """One UNION branch per predicate, ?p bound to its prefixed name: with ?p a variable, or bound
    by VALUES, Oxigraph (0.5) reads the whole graph and joins, so a read would grow with the store."""
    return " UNION ".join(f'{{ ?x {predicate} ?v BIND("{predicate}" AS ?p) }}' for predicate in predicates)


def _chunks(terms: Sequence[NamedNode]) -> Iterable[str]:
    for start in range(0, len(terms), _READ_CHUNK):
        yield " ".join(str(term) for term in terms[start:start + _READ_CHUNK])


def read_edge_states(store: GraphStore, iris: Iterable[NamedNode],
                     cache: LayoutCache) -> dict[NamedNode, EdgeState]:
    """The state of each edge or pair resource, from the cache or else from the store."""
    wanted = sorted(set(iris), key=lambda n: n.value)
    missing = [iri for iri in wanted if iri not in cache.edges]
    found: dict[NamedNode, dict[str, object]] = {iri: {} for iri in missing}
    evidence: dict[NamedNode, list[NamedNode]] = {}
    branches = _branches(("rdf:type", *(f"skg:{name}" for name in (*_VALUES, "status", "evidenceEvent"))))
    for block in _chunks(missing):
        sparql = (vocab.sparql_prefixes() + f"SELECT ?x ?p ?v WHERE {{ VALUES ?x {{ {block} }} "
                  f"GRAPH {EDGES} {{ {branches} }} }}")
        for row in store.query(sparql):  # type: ignore[union-attr]
            iri, name, value = row["x"], row["p"].value.split(":")[1], row["v"]
            state = found[iri]
            if name == "type":
                state["exists"] = state.get("exists", False) or value.value in _EDGE_CLASSES
            elif name == "status":
                state.setdefault("statuses", set()).add(value)  # type: ignore[union-attr]
            elif name == "evidenceEvent":
                evidence.setdefault(iri, []).append(value)
            else:
                state.setdefault("values", {})[name] = value  # type: ignore[index]
    orders = _evidence_orders(store, [event for events in evidence.values() for event in events])
    for iri, state in found.items():
        cache.edges[iri] = EdgeState(
            exists=bool(state.get("exists")),
            values=tuple(sorted(state.get("values", {}).items())),  # type: ignore[union-attr]
            statuses=frozenset(state.get("statuses", ())),  # type: ignore[arg-type]
            evidence=_ordered((orders.get(event, f"  {event.value}"), event)
                              for event in evidence.get(iri, ())),
        )
    return {iri: cache.edges[iri] for iri in wanted}


def _evidence_orders(store: GraphStore, events: list[NamedNode]) -> dict[NamedNode, str]:
    orders: dict[NamedNode, str] = {}
    for block in _chunks(sorted(set(events), key=lambda n: n.value)):
        sparql = (vocab.sparql_prefixes() + f"SELECT ?ev ?k WHERE {{ VALUES ?ev {{ {block} }} "
                  "GRAPH ?g { ?ev skg:evidenceOrder ?k } }")
        for row in store.query(sparql):  # type: ignore[union-attr]
            orders[row["ev"]] = row["k"].value
    return orders


def read_entity_states(store: GraphStore, entities: Iterable[NamedNode],
                       cache: LayoutCache) -> dict[NamedNode, EntityState]:
    """Each entity's article count and types in the entities graph, from the cache or the store."""
    wanted = sorted(set(entities), key=lambda n: n.value)
    missing = [entity for entity in wanted if entity not in cache.entities]
    counts: dict[NamedNode, Literal] = {}
    types: dict[NamedNode, set[NamedNode]] = {}
    for block in _chunks(missing):
        sparql = (vocab.sparql_prefixes() + f"SELECT ?x ?p ?v WHERE {{ VALUES ?x {{ {block} }} "
                  f"GRAPH {ENTITIES} {{ {_branches(('rdf:type', 'skg:articleCount'))} }} }}")
        for row in store.query(sparql):  # type: ignore[union-attr]
            if row["p"].value == "rdf:type":
                types.setdefault(row["x"], set()).add(row["v"])
            else:
                counts[row["x"]] = row["v"]
    for entity in missing:
        cache.entities[entity] = EntityState(counts.get(entity), frozenset(types.get(entity, ())))
    return {entity: cache.entities[entity] for entity in wanted}


def _ordered(evidence: Iterable[tuple[str, NamedNode]]) -> tuple[tuple[str, NamedNode], ...]:
    return tuple(sorted(evidence, key=lambda item: (item[0], item[1].value)))


def _min(old: Literal | None, new: str | None) -> Literal | None:
    if new is None or (old is not None and old.value <= new):
        return old
    return Literal(new)


def _max(old: Literal | None, new: str | None) -> Literal | None:
    if new is None or (old is not None and old.value >= new):
        return old
    return Literal(new)


@dataclass(frozen=True, slots=True)
class EdgeChange:
    """What a batch's events change on one edge resource: triples out, triples in, new state."""

    removed: tuple[tuple[NamedNode, Literal | NamedNode], ...]
    added: tuple[tuple[NamedNode, Literal | NamedNode], ...]
    state: EdgeState


def edge_change(before: EdgeState, events: Sequence[EventFacts], kept: int) -> EdgeChange:
    """``before`` with the batch's ``events`` (new to this edge) added: counts summed, first and
    last dates compared as strings, the best confidence, statuses merged, and the ``kept``
    evidence events first in evidence order."""
    dates = [e.date for e in events if e.date]
    published = [e.published for e in events if e.published]
    confidences = [e.confidence for e in events if e.confidence is not None]
    old = dict(before.values)
    count = old.get("eventCount")
    articles = old.get("articleCount")
    new: dict[str, Literal | None] = {
        "eventCount": Literal((int(count.value) if count else 0) + len(events)),
        "articleCount": Literal((int(articles.value) if articles else 0)
                                + len({e.article_id for e in events})),
        "firstDate": _min(old.get("firstDate"), min(dates) if dates else None),
        "lastDate": _max(old.get("lastDate"), max(dates) if dates else None),
        "firstPublished": _min(old.get("firstPublished"), min(published) if published else None),
        "maxConfidence": old.get("maxConfidence"),
    }
    for confidence in confidences:
        best = new["maxConfidence"]
        if best is None or float(confidence.value) > float(best.value):
            new["maxConfidence"] = confidence
    removed: list[tuple[NamedNode, Literal | NamedNode]] = []
    added: list[tuple[NamedNode, Literal | NamedNode]] = []
    for name in _VALUES:
        if old.get(name) != new[name]:
            if old.get(name) is not None:
                removed.append((vocab.ont(name), old[name]))
            if new[name] is not None:
                added.append((vocab.ont(name), new[name]))  # type: ignore[arg-type]
    statuses = before.statuses | {e.status for e in events if e.status is not None}
    added += [(vocab.ont("status"), status) for status in sorted(statuses - before.statuses, key=str)]
    evidence = _ordered([*before.evidence, *((e.order, e.iri) for e in events)])[:kept]
    was, now = {event for _, event in before.evidence}, {event for _, event in evidence}
    removed += [(vocab.ont("evidenceEvent"), event) for _, event in before.evidence if event not in now]
    added += [(vocab.ont("evidenceEvent"), event) for _, event in evidence if event not in was]
    values = tuple(sorted((name, literal) for name, literal in new.items() if literal is not None))
    state = replace(before, exists=True, values=values, statuses=frozenset(statuses), evidence=evidence)
    return EdgeChange(tuple(removed), tuple(added), state)
