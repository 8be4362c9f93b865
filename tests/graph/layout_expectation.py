"""What the shared graphs of a store must hold, recomputed in Python from its article graphs alone
(the events and the entity descriptions), for comparison with what the layout's maintenance kept."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from decimal import Decimal

import pyoxigraph as ox
from sahelkg.graph import vocab
from sahelkg.graph.store.layout import counter_names
from sahelkg.graph.store.layout_facts import aggregates_of
from sahelkg.graph.store.protocol import GraphStore

from sahelkg.records import ENTITY_TYPES

SKG = vocab.ONT
RDF = vocab.RDF
_INTEGER = ox.NamedNode(vocab.XSD + "integer")
_SHARED = {vocab.ENTITIES_GRAPH, vocab.EDGES_GRAPH, vocab.LAYOUT_GRAPH}


def _n(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_INTEGER)


def _article_graphs(store: GraphStore) -> dict[ox.NamedNode, dict[ox.NamedNode, dict[str, list]]]:
    graphs: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for quad in store.quads():
        if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value not in _SHARED:
            graphs[quad.graph_name][quad.subject][quad.predicate.value].append(quad.object)
    return graphs


def _ranked(iri: ox.NamedNode, s: ox.NamedNode, rel: ox.NamedNode, o: ox.NamedNode,
            articles: int) -> set[tuple]:
    """The rank buckets an edge (ends: subject, object) or pair (ends: both) resource is in."""
    ends = [(s, "subject"), (o, "object")] if iri.value.startswith(vocab.EDGE) else [(s, "end"), (o, "end")]
    found: set[tuple] = set()
    for entity, role in ends:
        digest = hashlib.sha1(f"{entity.value} {role} {rel.value}".encode()).hexdigest()
        bucket = ox.NamedNode(f"https://sahelkg.org/rank/{digest}/{articles}")
        found |= {(bucket, SKG + "rankMember", iri), (bucket, SKG + "rankEntity", entity),
                  (bucket, SKG + "rankRelation", rel),
                  (bucket, SKG + "rankRole", ox.Literal(role)), (bucket, SKG + "rankCount", _n(articles))}
    return found


def expected_shared(store: GraphStore) -> dict[str, set[tuple]]:
    """The triples the entities, edges and layout graphs must hold, by graph IRI."""
    events: dict[ox.NamedNode, list[dict]] = defaultdict(list)
    cores: dict[ox.NamedNode, set[tuple]] = defaultdict(set)
    entities: set[tuple] = set()
    described: dict[ox.NamedNode, int] = defaultdict(int)
    articles = 0
    for subjects in _article_graphs(store).values():
        issued = None
        for values in subjects.values():
            if ox.NamedNode(SKG + "Article") in values.get(RDF + "type", []):
                articles += 1
                issued = values.get(vocab.DCTERMS + "issued", [None])[0]
        for node, values in subjects.items():
            types = values.get(RDF + "type", [])
            if ox.NamedNode(SKG + "RelationEvent") in types:
                s, rel, o = (values[SKG + k][0] for k in ("subject", "relation", "object"))
                event = {"iri": node, "s": s, "rel": rel, "o": o,
                         "article": values[vocab.PROV + "wasDerivedFrom"][0],
                         "status": values.get(SKG + "status", [None])[0],
                         "date": values.get(SKG + "eventDate", [None])[0],
                         "confidence": values.get(SKG + "confidence", [None])[0],
                         "order": values[SKG + "evidenceOrder"][0].value, "issued": issued}
                for iri in aggregates_of(s, rel, o):
                    events[iri].append(event)
                    if iri.value.startswith(vocab.EDGE):
                        cores[iri] |= {(iri, RDF + "type", ox.NamedNode(SKG + "Edge")),
                                       (iri, RDF + "subject", s), (iri, RDF + "predicate", rel),
                                       (iri, RDF + "object", o), (s, rel.value, o)}
                    else:
                        cores[iri] |= {(iri, RDF + "type", ox.NamedNode(SKG + "SymmetricEdge")),
                                       (iri, RDF + "predicate", rel), (iri, SKG + "end", s),
                                       (iri, SKG + "end", o)}
            if ox.NamedNode(SKG + "EntityDescription") in types:
                entity = values[SKG + "describes"][0]
                described[entity] += 1
                for stated, objects in values.items():
                    if stated in vocab.MERGED_PREDICATES:
                        entities |= {(entity, vocab.MERGED_PREDICATES[stated], obj) for obj in objects}
    edges: set[tuple] = set()
    for iri, found in events.items():
        edges |= cores[iri]
        dates = [e["date"].value for e in found if e["date"] is not None]
        published = [e["issued"].value for e in found if e["issued"] is not None]
        confidences = [e["confidence"] for e in found if e["confidence"] is not None]
        edges |= {(iri, SKG + "eventCount", _n(len(found))),
                  (iri, SKG + "articleCount", _n(len({e["article"] for e in found})))}
        edges |= {(iri, SKG + "event", e["iri"]) for e in found}
        first = found[0]
        edges |= _ranked(iri, first["s"], first["rel"], first["o"], len({e["article"] for e in found}))
        edges |= {(iri, SKG + "status", e["status"]) for e in found if e["status"] is not None}
        edges |= {(iri, SKG + "evidenceEvent", e["iri"])
                  for e in sorted(found, key=lambda e: e["order"])[:vocab.EVIDENCE_KEPT]}
        if dates:
            edges |= {(iri, SKG + "firstDate", ox.Literal(min(dates))),
                      (iri, SKG + "lastDate", ox.Literal(max(dates)))}
        if published:
            edges.add((iri, SKG + "firstPublished", ox.Literal(min(published))))
        if confidences:
            edges.add((iri, SKG + "maxConfidence", max(confidences, key=lambda c: Decimal(c.value))))
    entities |= {(e, SKG + "articleCount", _n(n)) for e, n in described.items()}
    counts = dict.fromkeys(counter_names(), 0)
    counts["articles"] = articles
    counts["edges"] = sum(1 for iri in events if iri.value.startswith(vocab.EDGE))
    for iri, found in events.items():
        if iri.value.startswith(vocab.EDGE):
            counts[f"events/{vocab.local_name(found[0]['rel'].value)}"] += len(found)
    for _, predicate, obj in entities:
        if predicate == RDF + "type" and vocab.local_name(obj.value) in ENTITY_TYPES:
            counts[f"entities/{vocab.local_name(obj.value)}"] += 1
    layout = {(ox.NamedNode(vocab.LAYOUT), SKG + "layoutVersion", _n(vocab.LAYOUT_VERSION))}
    layout |= {(vocab.counter_iri(name), SKG + "count", _n(k)) for name, k in counts.items()}
    return {vocab.ENTITIES_GRAPH: entities, vocab.EDGES_GRAPH: edges, vocab.LAYOUT_GRAPH: layout}


def stored_shared(store: GraphStore) -> dict[str, set[tuple]]:
    """The triples the store's entities, edges and layout graphs hold, by graph IRI."""
    found: dict[str, set[tuple]] = {graph: set() for graph in _SHARED}
    for graph in _SHARED:
        for quad in store.quads(ox.NamedNode(graph)):
            found[graph].add((quad.subject, quad.predicate.value, quad.object))
    return found
