"""Counts over the whole graph, computed by SPARQL. They grow linearly with the store, so callers
(the API's /stats, ``sahelkg stats``) cache the result and recompute after writes.

Every article graph repeats the description of each entity it mentions, and the union default
graph keeps those copies, so joining two patterns on an entity multiplies its copies (a hub
entity in thousands of articles gave millions of rows). Entities are therefore taken once first
(``SELECT DISTINCT ?entity``), then joined to their descriptions; Oxigraph joins in written
order. Likewise the direct edges are read per relation predicate (a handful), not per event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sahelkg.graph import vocab
from sahelkg.graph.store.protocol import GraphStore

from sahelkg.records import ENTITY_TYPES, RELATION_TYPES

_ENTITIES = """
SELECT ?type (COUNT(*) AS ?n) WHERE {
  SELECT DISTINCT ?entity ?type WHERE {
    { SELECT DISTINCT ?entity WHERE { ?entity skg:entityId ?id } }
    ?entity a ?type
  }
}
GROUP BY ?type
"""
_EVENTS = """
SELECT ?relation (COUNT(DISTINCT ?event) AS ?n) WHERE { ?event a skg:RelationEvent ; skg:relation ?relation }
GROUP BY ?relation
"""
_EDGES = """
SELECT (COUNT(*) AS ?n) WHERE {
  SELECT DISTINCT ?s ?p ?o WHERE {
    { SELECT DISTINCT ?p WHERE { ?event a skg:RelationEvent ; skg:relation ?p } }
    ?s ?p ?o
  }
}
"""
_ARTICLES = "SELECT (COUNT(DISTINCT ?article) AS ?n) WHERE { ?article a skg:Article }"


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


def _count(store: GraphStore, sparql: str) -> int:
    for row in store.query(vocab.sparql_prefixes() + sparql):  # type: ignore[union-attr]
        return int(row["n"].value)
    return 0


def _by_local_name(store: GraphStore, sparql: str, key: str, names: tuple[str, ...]) -> dict[str, int]:
    counts = dict.fromkeys(names, 0)
    for row in store.query(vocab.sparql_prefixes() + sparql):  # type: ignore[union-attr]
        iri = row[key].value
        if iri.startswith(vocab.ONT) and vocab.local_name(iri) in counts:
            counts[vocab.local_name(iri)] = int(row["n"].value)
    return counts


def graph_stats(store: GraphStore) -> GraphStats:
    """Articles, entities (by type), relation events (by relation type), direct edges and quads."""
    entities = _by_local_name(store, _ENTITIES, "type", ENTITY_TYPES)
    relations = _by_local_name(store, _EVENTS, "relation", RELATION_TYPES)
    return GraphStats(
        articles=_count(store, _ARTICLES),
        entities=sum(entities.values()),
        relations=sum(relations.values()),
        edges=_count(store, _EDGES),
        quads=len(store),
        entities_by_type=entities,
        relations_by_type=relations,
    )
