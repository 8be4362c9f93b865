"""Counts over the whole graph, read from the counters the layout keeps at write time (articles,
edges, relation events per relation type, entities per type: ``graph/store/layout.py``), so they
cost the same at any size; only ``quads`` (the store's length) grows with it. Callers (the API's
/stats, ``sahelkg stats``) cache the result and read it again after writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sahelkg.graph import vocab
from sahelkg.graph.store.protocol import GraphStore

from sahelkg.records import ENTITY_TYPES, RELATION_TYPES

_COUNTERS = (f"SELECT ?c ?n WHERE {{ GRAPH <{vocab.LAYOUT_GRAPH}> {{ ?c <{vocab.ONT}count> ?n }} "
             f'FILTER(STRSTARTS(STR(?c), "{vocab.COUNT}")) }}')


@dataclass(frozen=True, slots=True)
class GraphStats:
    articles: int
    entities: int
    relations: int  # relation events (one per relation stated in an article)
    edges: int  # distinct direct (subject, relation, object) edges
    quads: int
    entities_by_type: dict[str, int] = field(default_factory=dict)
    relations_by_type: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "entities": self.entities,
            "relations": self.relations,
            "edges": self.edges,
            "quads": self.quads,
            "entities_by_type": dict(self.entities_by_type),
            "relations_by_type": dict(self.relations_by_type),
        }


def graph_stats(store: GraphStore) -> GraphStats:
    """Articles, entities (by type), relation events (by relation type), direct edges and quads."""
    counts: dict[str, int] = {}
    for row in store.query(_COUNTERS):  # type: ignore[union-attr]
        counts[row["c"].value[len(vocab.COUNT):]] = int(row["n"].value)
    entities = {name: counts.get(f"entities/{name}", 0) for name in ENTITY_TYPES}
    relations = {name: counts.get(f"events/{name}", 0) for name in RELATION_TYPES}
    return GraphStats(
        articles=counts.get("articles", 0),
        entities=sum(entities.values()),
        relations=sum(relations.values()),
        edges=counts.get("edges", 0),
        quads=len(store),
        entities_by_type=entities,
        relations_by_type=relations,
    )
