"""IRIs of the sahelkg vocabulary and of the resources it describes.

Entity IRIs are derived from the entity id (itself derived from the canonical name), so the same
real-world entity gets the same IRI on every run and machine.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from pyoxigraph import NamedNode

BASE = "https://sahelkg.org/"
ONT = BASE + "ontology#"  # prefix skg:
ENTITY = BASE + "entity/"
ARTICLE = BASE + "article/"
EVENT = BASE + "event/"
GRAPH = BASE + "graph/"  # one named graph per article: GRAPH + article id

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
    if not any(ch in _IRI_UNSAFE for ch in identifier):
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


def relation_property(relation: str) -> NamedNode:
    """The direct-edge property for a relation type: ``visit`` -> ``skg:visit``."""
    return NamedNode(ONT + relation)


def local_name(iri: str) -> str:
    """The id part of an entity/article IRI, or the term of an ontology IRI."""
    for base in (ENTITY, ARTICLE, EVENT, GRAPH, ONT):
        if iri.startswith(base):
            return iri[len(base):]
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
