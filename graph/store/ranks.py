"""Each entity's edges ranked by the articles that state them, kept at write time, so a page of a
hub's most-supported edges reads the page, not every edge of the hub.

The edges of an entity are grouped in rank buckets, one per (entity, role, relation, article
count), in the edges graph::

    <rank/{sha1(entity IRI + " " + role + " " + relation IRI)}/{n}> skg:rankEntity ent:E ;
        skg:rankRole "subject" ; skg:rankRelation skg:visit ; skg:rankCount n ;
        skg:rankMember <edge/...>, <edge/...> .

Roles: ``subject`` and ``object`` for the edge resources (``skg:Edge``) the entity is the subject
or the object of, ``end`` for the pair resources (``skg:SymmetricEdge``) it is an end of. A
bucket holds the resources whose ``skg:articleCount`` is ``n``. When an edge's count changes, the
write moves it from one bucket to the other (two triples per end) and deletes a bucket left
empty; a reader takes an entity's bucket heads, sorts them by count (and, for the entity as
subject, by relation: the order of ties) and reads the members of the first buckets until the page
is full (``graph/edge_queries.py``).

Bucket IRIs are computed the same way in Python and in SPARQL (``SHA1``), so recomputations by
SPARQL (a replaced or withdrawn article, a repair, a migration) rebuild the same buckets.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from pyoxigraph import Literal, NamedNode, Quad
from sahelkg.graph import vocab

EDGES = NamedNode(vocab.EDGES_GRAPH)
RANK_ENTITY = vocab.ont("rankEntity")
RANK_ROLE = vocab.ont("rankRole")
RANK_RELATION = vocab.ont("rankRelation")
RANK_COUNT = vocab.ont("rankCount")
RANK_MEMBER = vocab.ont("rankMember")


def bucket_iri(entity: NamedNode, role: str, relation: NamedNode, count: int) -> NamedNode:
    digest = hashlib.sha1(f"{entity.value} {role} {relation.value}".encode()).hexdigest()
    return NamedNode(f"{vocab.RANK}{digest}/{count}")


def ends_of(resource: NamedNode, subject: NamedNode, obj: NamedNode) -> list[tuple[NamedNode, str]]:
    """The (entity, role) pairs an edge or pair resource is ranked under."""
    if resource.value.startswith(vocab.EDGE):
        return [(subject, "subject"), (obj, "object")]
    return list(dict.fromkeys([(subject, "end"), (obj, "end")]))


def member_quads(resource: NamedNode, ends: Iterable[tuple[NamedNode, str]], relation: NamedNode,
                 count: int) -> list[Quad]:
    """``resource`` (of ``relation``) in its buckets at ``count`` articles, with the buckets' heads."""
    quads: list[Quad] = []
    for entity, role in ends:
        bucket = bucket_iri(entity, role, relation, count)
        quads += [Quad(bucket, RANK_MEMBER, resource, EDGES), Quad(bucket, RANK_ENTITY, entity, EDGES),
                  Quad(bucket, RANK_ROLE, Literal(role), EDGES), Quad(bucket, RANK_RELATION, relation, EDGES),
                  Quad(bucket, RANK_COUNT, Literal(count), EDGES)]
    return quads


_EMPTY = "FILTER NOT EXISTS { ?b skg:rankMember ?m }"  # inside the GRAPH block: twice as fast
# a bucket's head, predicate by predicate: with ?p a variable Oxigraph (0.5) reads the whole graph
_HEAD = "?b skg:rankEntity ?e ; skg:rankRole ?role ; skg:rankRelation ?rel ; skg:rankCount ?n ."


def _emptied(values: str) -> str:
    """Deletes the heads of the buckets without members among those ``values`` (a VALUES block on
    ?b or on ?e) picks out."""
    return (f"DELETE {{ GRAPH {EDGES} {{ {_HEAD} }} }} "
            f"WHERE {{ {values} GRAPH {EDGES} {{ {_HEAD} {_EMPTY} }} }}")


def tidy_operation(buckets: Iterable[NamedNode]) -> str | None:
    """Deletes the buckets among ``buckets`` that have no member left."""
    values = vocab.sparql_values(buckets)
    return _emptied(f"VALUES ?b {{ {values} }}") if values else None


def _placement(resources: str) -> str:
    """Inserts the resources that ``resources`` (patterns binding ?x) gives into the buckets of
    their article count ?n."""
    return f"""INSERT {{ GRAPH {EDGES} {{ ?b skg:rankMember ?x ; skg:rankEntity ?e ; skg:rankRole ?role ;
  skg:rankRelation ?rel ; skg:rankCount ?n }} }}
WHERE {{ {resources} GRAPH {EDGES} {{ ?x skg:articleCount ?n ; rdf:predicate ?rel }}
  {{ GRAPH {EDGES} {{ ?x rdf:subject ?e }} BIND("subject" AS ?role) }}
  UNION {{ GRAPH {EDGES} {{ ?x rdf:object ?e }} BIND("object" AS ?role) }}
  UNION {{ GRAPH {EDGES} {{ ?x skg:end ?e }} BIND("end" AS ?role) }}
  BIND(IRI(CONCAT("{vocab.RANK}", SHA1(CONCAT(STR(?e), " ", ?role, " ", STR(?rel))), "/", STR(?n))) AS ?b)
}}"""


def ranked_operations(resources: Iterable[NamedNode], entities: Iterable[NamedNode] = ()) -> list[str]:
    """Puts each of ``resources`` (edge and pair resources) in the buckets of its current article
    count, out of any other; then deletes the empty buckets of ``entities`` (the ends those
    resources had). A resource no longer in the store leaves every bucket."""
    values = vocab.sparql_values(resources)
    if not values:
        return []
    ops = [f"DELETE {{ GRAPH {EDGES} {{ ?b skg:rankMember ?x }} }} WHERE {{ VALUES ?x {{ {values} }} "
           f"GRAPH {EDGES} {{ ?b skg:rankMember ?x }} }}",
           _placement(f"VALUES ?x {{ {values} }}")]
    ends = vocab.sparql_values(entities)
    if ends:
        ops.append(_emptied(f"VALUES ?e {{ {ends} }}"))
    return ops


def all_ranked_operations() -> list[str]:
    """Builds every bucket of the store from the edge and pair resources (a migration's step)."""
    return [f"DELETE {{ GRAPH {EDGES} {{ ?b ?p ?v }} }} "
            f"WHERE {{ GRAPH {EDGES} {{ ?b skg:rankEntity ?e ; ?p ?v }} }}",
            _placement(f"GRAPH {EDGES} {{ ?x skg:eventCount ?any }}")]
