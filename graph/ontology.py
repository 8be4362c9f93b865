"""The sahelkg ontology (graph/ontology.ttl), shipped as package data and served on request.

It is not loaded into the store: the data graph stays data. Exports add it when asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Triple, parse

from sahelkg.records import ENTITY_TYPES, RELATION_TYPES

ONTOLOGY_IRI = "https://sahelkg.org/ontology"
ONTOLOGY_NS = ONTOLOGY_IRI + "#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_LABEL = NamedNode(_RDFS + "label")
_COMMENT = NamedNode(_RDFS + "comment")
_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_SYMMETRIC = NamedNode("http://www.w3.org/2002/07/owl#SymmetricProperty")


def ontology_bytes() -> bytes:
    """The ontology as Turtle."""
    return files("sahelkg.graph").joinpath("ontology.ttl").read_bytes()


def ontology_triples() -> list[Triple]:
    return [Triple(q.subject, q.predicate, q.object) for q in parse(ontology_bytes(), RdfFormat.TURTLE)]


def ontology_quads() -> list[Quad]:
    """The ontology's triples in the named graph ``<https://sahelkg.org/ontology>``."""
    graph = NamedNode(ONTOLOGY_IRI)
    return [Quad(t.subject, t.predicate, t.object, graph) for t in ontology_triples()]


@dataclass(frozen=True, slots=True)
class Term:
    """One term of the vocabulary: its short name, IRI, labels by language and English comment."""

    id: str
    iri: str
    labels: dict[str, str]
    comment: str | None = None
    symmetric: bool = False


def _term(triples: list[Triple], name: str) -> Term:
    iri = NamedNode(ONTOLOGY_NS + name)
    labels: dict[str, str] = {}
    comment = None
    symmetric = False
    for t in triples:
        if t.subject != iri:
            continue
        if t.predicate == _LABEL and isinstance(t.object, Literal) and t.object.language:
            labels.setdefault(t.object.language, t.object.value)
        elif t.predicate == _COMMENT and isinstance(t.object, Literal) and t.object.language == "en":
            comment = t.object.value
        elif t.predicate == _TYPE and t.object == _SYMMETRIC:
            symmetric = True
    return Term(id=name, iri=iri.value, labels=labels, comment=comment, symmetric=symmetric)


def relation_terms() -> list[Term]:
    """The relation types, in the vocabulary's order, with their labels in ar/fr/en."""
    triples = ontology_triples()
    return [_term(triples, name) for name in RELATION_TYPES]


def entity_type_terms() -> list[Term]:
    """The entity types with their labels in ar/fr/en."""
    triples = ontology_triples()
    return [_term(triples, name) for name in ENTITY_TYPES]
