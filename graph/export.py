"""Exports of the whole store, one renderer per format in ONE table keyed by format name
(names and aliases resolve through :func:`sahelkg.graph.formats.resolve_format`).

RDF formats go through pyoxigraph serialization: triple formats (ttl, nt, jsonld, rdfxml) carry
the union graph, quad formats (trig, nq) the dataset with one named graph per article. Network
formats (gexf, graphml) go through the networkx projection (:mod:`sahelkg.graph.projection`).
``include_ontology`` adds the ontology to RDF exports (in quad formats as the named graph
``<https://sahelkg.org/ontology>``); network formats ignore it.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from itertools import chain
from typing import BinaryIO

import networkx as nx
from pyoxigraph import serialize
from sahelkg.graph import vocab
from sahelkg.graph.formats import Format, resolve_format
from sahelkg.graph.store.oxigraph import UNION_TRIPLES
from sahelkg.graph.store.protocol import GraphStore

Exporter = Callable[[GraphStore, Format, BinaryIO, bool], None]

EXPORTERS: dict[str, str] = {
    "ttl": "sahelkg.graph.export:write_rdf",
    "trig": "sahelkg.graph.export:write_rdf",
    "nt": "sahelkg.graph.export:write_rdf",
    "nq": "sahelkg.graph.export:write_rdf",
    "jsonld": "sahelkg.graph.export:write_rdf",
    "rdfxml": "sahelkg.graph.export:write_rdf",
    "gexf": "sahelkg.graph.export:write_gexf",
    "graphml": "sahelkg.graph.export:write_graphml",
}


def export_format(name: str) -> Format:
    """The format an export name or media type stands for; UnknownFormat lists the choices."""
    return resolve_format(name, kinds=("triples", "quads", "network"))


def exporter(fmt: Format) -> Exporter:
    module_name, _, attr = EXPORTERS[fmt.name].partition(":")
    return getattr(import_module(module_name), attr)


def export(store: GraphStore, fmt: str, out: BinaryIO, *, include_ontology: bool = False) -> None:
    """Write the whole store to ``out`` in format ``fmt`` (a name, alias or media type)."""
    resolved = export_format(fmt)
    exporter(resolved)(store, resolved, out, include_ontology)


def write_rdf(store: GraphStore, fmt: Format, out: BinaryIO, include_ontology: bool = False) -> None:
    if not include_ontology:
        store.serialize(out, fmt.media_type)
        return
    from sahelkg.graph.ontology import ontology_quads, ontology_triples

    if fmt.kind == "quads":
        serialize(chain(store.quads(), ontology_quads()), out, fmt.rdf_format, prefixes=vocab.PREFIXES)
    else:
        union = store.query(UNION_TRIPLES)  # CONSTRUCT: triples, whatever the backend
        serialize(chain(union, ontology_triples()), out, fmt.rdf_format, prefixes=vocab.PREFIXES)  # type: ignore[arg-type]


def write_gexf(store: GraphStore, fmt: Format, out: BinaryIO, include_ontology: bool = False) -> None:
    from sahelkg.graph.gexf import write_gexf as write
    from sahelkg.graph.projection import project

    write(project(store), out)


def write_graphml(store: GraphStore, fmt: Format, out: BinaryIO, include_ontology: bool = False) -> None:
    from sahelkg.graph.projection import project

    nx.write_graphml(project(store), out, encoding="utf-8", prettyprint=True, named_key_ids=True)
