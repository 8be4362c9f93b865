"""IRIs of the sahelkg vocabulary and of the resources it describes.

Entity IRIs are derived from the entity id (itself derived from the canonical name), so the same
real-world entity gets the same IRI on every run and machine; edge IRIs from their (subject,
relation, object), so every article stating an edge points at the same resource.

The store's layout (see ``graph/store/layout.py``): one named graph per article (the article and
its relation events, and the article's description of each entity it names), plus three shared
graphs in which each triple is stored once: the merged entity descriptions, the direct edges with
their edge resources, and the layout graph (version marker and counts).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from urllib.parse import quote, unquote

from pyoxigraph import NamedNode

BASE = "https://sahelkg.org/"
ONT = BASE + "ontology#"  # prefix skg:
ENTITY = BASE + "entity/"
ARTICLE = BASE + "article/"
EVENT = BASE + "event/"
GRAPH = BASE + "graph/"  # one named graph per article: GRAPH + article id
EDGE = BASE + "edge/"  # edge resources: EDGE + sha1 of (subject, relation, object)
PAIR = BASE + "pair/"  # a symmetric relation between two entities, either way: PAIR + sha1
RANK = BASE + "rank/"  # rank buckets: an entity's edges by article count (graph/store/ranks.py)
COUNT = BASE + "layout/count/"  # counters kept at write time (articles, edges, events/..., entities/...)
ENTITIES_GRAPH = BASE + "entities"  # merged entity descriptions, each triple once
EDGES_GRAPH = BASE + "edges"  # direct edges and edge resources, each triple once
LAYOUT_GRAPH = BASE + "layout"  # layout version and counts
LAYOUT = BASE + "layout"  # the resource carrying skg:layoutVersion
LAYOUT_VERSION = 4  # 1: everything in the article graphs (no marker); 2: shared graphs, edge resources;
#                     3: and rank buckets; 4: and an evidence card per event (graph/evidence_cards.py)
EVIDENCE_KEPT = 10  # evidence events an edge resource links at write time (the earliest ones)

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
WD = "http://www.wikidata.org/entity/"
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"  # WGS84 geo:lat / geo:long (decimal degrees)

PREFIXES: dict[str, str] = {
    "skg": ONT,
    "ent": ENTITY,
    "art": ARTICLE,
    "ev": EVENT,
    "rdf": RDF,
    "rdfs": RDFS,
    "geo": GEO,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "wd": WD,
}


def sparql_values(nodes: Iterable[NamedNode]) -> str:
    """The terms of a SPARQL ``VALUES`` block: each node once, in IRI order (stable query texts)."""
    return " ".join(str(node) for node in sorted(set(nodes), key=lambda n: n.value))


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


# Characters an IRI path segment cannot hold as they are: controls, space, the delimiters pyoxigraph
# refuses, and those that would end or split the segment.
_IRI_UNSAFE = frozenset(
    [chr(c) for c in range(0x20)] + [chr(c) for c in range(0x7f, 0xa0)] + list(' "%<>[\\]^`{|}#?/'))
_KEPT = "-._~" + "".join(chr(c) for c in range(0xa0, 0x100))


def _seg(identifier: str) -> str:
    # an identifier IRIs can hold stays as it is (Unicode letters included); one with an unsafe
    # character is percent-encoded (UTF-8), keeping the Latin-1 letters, as IRIs always were here
    if _IRI_UNSAFE.isdisjoint(identifier):
        return identifier
    return quote(identifier, safe=_KEPT, encoding="utf-8")


def ont(term: str) -> NamedNode:
    return NamedNode(ONT + term)


def entity_iri(entity_id: str) -> NamedNode:
    return NamedNode(ENTITY + _seg(entity_id))


def entity_id_of(iri: str) -> str:
    """The entity id an entity IRI was made from (the inverse of :func:`entity_iri`)."""
    if iri.startswith(ENTITY):
        return unquote(iri[len(ENTITY):])
    return iri


def article_iri(article_id: str) -> NamedNode:
    return NamedNode(ARTICLE + _seg(article_id))


def article_graph(article_id: str) -> NamedNode:
    return NamedNode(GRAPH + _seg(article_id))


def event_iri(key: str) -> NamedNode:
    return NamedNode(EVENT + _seg(key))


def description_iri(article_id: str, entity_id: str) -> NamedNode:
    """The resource holding what one article says about one entity: ``art:{id}#{entity id}``."""
    return NamedNode(ARTICLE + _seg(article_id) + "#" + _seg(entity_id))


def _digest(*parts: str) -> str:
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()


def edge_iri(subject: str, relation: str, obj: str) -> NamedNode:
    """The edge resource of (subject IRI, relation property IRI, object IRI)."""
    return NamedNode(EDGE + _digest(subject, relation, obj))


def pair_iri(relation: str, one: str, other: str) -> NamedNode:
    """The resource of a symmetric relation between two entity IRIs, whichever way it was stated."""
    first, second = sorted((one, other))
    return NamedNode(PAIR + _digest(relation, first, second))


def counter_iri(name: str) -> NamedNode:
    """A count kept at write time: ``articles``, ``edges``, ``events/visit``, ``entities/Person``."""
    return NamedNode(COUNT + name)


def relation_property(relation: str) -> NamedNode:
    """The direct-edge property for a relation type: ``visit`` -> ``skg:visit``."""
    return NamedNode(ONT + relation)


def local_name(iri: str) -> str:
    """The id part of an entity/article IRI, or the term of an ontology IRI."""
    for base in (ENTITY, ARTICLE, EVENT, GRAPH, EDGE, PAIR, ONT):
        if iri.startswith(base):
            return iri[len(base):]
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


# What an article says about an entity is stored on its description resource (description_iri)
# with these predicates, one per predicate of the merged description in ENTITIES_GRAPH; the merged
# description holds a triple while some article's description states it.
DESCRIPTION_PREDICATES: dict[str, str] = {
    ONT + "entityId": ONT + "statedEntityId",
    RDF + "type": ONT + "statedType",
    RDFS + "label": ONT + "statedLabel",
    SKOS + "prefLabel": ONT + "statedPrefLabel",
    SKOS + "altLabel": ONT + "statedAltLabel",
    OWL + "sameAs": ONT + "statedSameAs",
    ONT + "country": ONT + "statedCountry",
    GEO + "lat": ONT + "statedLat",
    GEO + "long": ONT + "statedLong",
    ONT + "geonamesId": ONT + "statedGeonamesId",
    ONT + "isoCode": ONT + "statedIsoCode",
    ONT + "introducedAs": ONT + "statedIntroducedAs",
}
MERGED_PREDICATES: dict[str, str] = {stated: merged for merged, stated in DESCRIPTION_PREDICATES.items()}
