"""The sahelkg ontology (graph/ontology.ttl), shipped as package data and served on request.

It is not loaded into the store: the data graph stays data. Exports add it when asked.
"""

from __future__ import annotations

from importlib.resources import files

from pyoxigraph import NamedNode, Quad, RdfFormat, Triple, parse

ONTOLOGY_IRI = "https://sahelkg.org/ontology"


def ontology_bytes() -> bytes:
    """The ontology as Turtle."""
    return files("sahelkg.graph").joinpath("ontology.ttl").read_bytes()


def ontology_triples() -> list[Triple]:
    return [Triple(q.subject, q.predicate, q.object) for q in parse(ontology_bytes(), RdfFormat.TURTLE)]


def ontology_quads() -> list[Quad]:
    """The ontology's triples in the named graph ``<https://sahelkg.org/ontology>``."""
    graph = NamedNode(ONTOLOGY_IRI)
    return [Quad(t.subject, t.predicate, t.object, graph) for t in ontology_triples()]
