"""Bringing the shared graphs back in step after a SPARQL update sent by a user, which edits the
graphs as they are (``DROP GRAPH`` of an article graph, ``INSERT DATA`` of events or descriptions
into one) without the layout's maintenance.

What is found: edge links to events no longer in any graph, events no edge links, and entities
whose number of describing articles changed or that no article describes any more. Those edges
and entities are recomputed from what the article graphs hold, and every counter is recounted.
Each search reads all edge links or all descriptions once (it grows with the store); an event or a
description edited in place, its article still there, is not found: replace the article instead.
"""

from __future__ import annotations

from pyoxigraph import NamedNode
from sahelkg.graph import vocab
from sahelkg.graph.store.layout import (
    EDGES,
    ENTITIES,
    recomputed_edges,
    recomputed_entities,
    recount_operations,
)
from sahelkg.graph.store.layout_facts import aggregates_of
from sahelkg.graph.store.layout_state import layout_version
from sahelkg.graph.store.protocol import GraphStore

_DANGLING = f"""SELECT ?x ?ev WHERE {{ GRAPH {EDGES} {{ ?x skg:event ?ev }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?ev skg:edge ?any }} }} }}"""
_UNLINKED = f"""SELECT ?ev ?s ?rel ?o WHERE {{ GRAPH ?g {{ ?ev skg:edge ?x ; skg:subject ?s ;
  skg:relation ?rel ;
  skg:object ?o }} FILTER NOT EXISTS {{ GRAPH {EDGES} {{ ?x skg:event ?ev }} }} }}"""
_RECOUNTED = f"""SELECT ?e WHERE {{
  {{ SELECT ?e (COUNT(?d) AS ?n) WHERE {{ GRAPH ?g {{ ?d skg:describes ?e }} }} GROUP BY ?e }}
  OPTIONAL {{ GRAPH {ENTITIES} {{ ?e skg:articleCount ?stored }} }}
  FILTER(!BOUND(?stored) || ?stored != ?n) }}"""
_UNDESCRIBED = f"""SELECT DISTINCT ?e WHERE {{ GRAPH {ENTITIES} {{ ?e skg:articleCount ?c }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?d skg:describes ?e }} }} }}"""


def _rows(store: GraphStore, sparql: str) -> list:
    return list(store.query(vocab.sparql_prefixes() + sparql))  # type: ignore[arg-type]


def reconcile_update(store: GraphStore) -> str | None:
    """The update that brings the shared graphs in step with the article graphs; None when they are."""
    if layout_version(store) is None:
        return None  # never written through the layout: nothing to keep in step
    stale: set[NamedNode] = set()
    entities: set[NamedNode] = set()  # described entities to recount, and the ends of stale edges
    lines: list[str] = []
    unlinks: list[str] = []
    for row in _rows(store, _DANGLING):
        stale.add(row["x"])
        unlinks.append(f"{row['x']} skg:event {row['ev']} . {row['x']} skg:evidenceEvent {row['ev']} .")
    for row in _rows(store, _UNLINKED):
        subject, relation, obj = row["s"], row["rel"], row["o"]
        entities |= {subject, obj}
        for iri in aggregates_of(subject, relation, obj):
            stale.add(iri)
            lines.append(f"{iri} skg:event {row['ev']} .")
            if iri.value.startswith(vocab.EDGE):
                lines.append(f"{iri} a skg:Edge ; rdf:subject {subject} ; rdf:predicate {relation} ; "
                             f"rdf:object {obj} . {subject} {relation} {obj} .")
            else:
                lines.append(f"{iri} a skg:SymmetricEdge ; rdf:predicate {relation} ; "
                             f"skg:end {subject}, {obj} .")
    recounted = {row["e"] for row in _rows(store, _RECOUNTED) + _rows(store, _UNDESCRIBED)}
    if not stale and not recounted:
        return None
    ops: list[str] = []
    if unlinks:
        ops.append(f"DELETE DATA {{ GRAPH {EDGES} {{\n" + "\n".join(unlinks) + "\n} }")
    if lines:
        ops.append(f"INSERT DATA {{ GRAPH {EDGES} {{\n" + "\n".join(lines) + "\n} }")
    if recounted:
        pairs = " ".join(f"(<{merged}> <{stated}>)"
                         for merged, stated in vocab.DESCRIPTION_PREDICATES.items())
        values = vocab.sparql_values(recounted)
        ops.append(f"INSERT {{ GRAPH {ENTITIES} {{ ?e ?p ?o }} }} WHERE {{ VALUES ?e {{ {values} }} "
                   f"GRAPH ?g {{ ?d skg:describes ?e ; ?sp ?o }} VALUES (?p ?sp) {{ {pairs} }} }}")
    ends: set[NamedNode] = set()  # the entities whose buckets the stale edges are in now
    if stale:
        ranked = (f"SELECT DISTINCT ?e WHERE {{ VALUES ?x {{ {vocab.sparql_values(stale)} }} "
                  f"GRAPH {EDGES} {{ ?b skg:rankMember ?x ; skg:rankEntity ?e }} }}")
        ends = {row["e"] for row in _rows(store, ranked)}
    ops += recomputed_edges(stale, ends | entities) + recomputed_entities(recounted) + recount_operations()
    return vocab.sparql_prefixes() + " ;\n".join(ops)
