"""GEXF 1.2 for Gephi, written with lxml and valid against the official 1.2draft XSD.

The graph is dynamic (``mode="dynamic"``, ``timeformat="date"``): each edge starts at the first
date of the relation it stands for (event date, else the first publication date of an article
stating it), so Gephi's timeline shows relations appearing over time. Edges without any date
have no start and are always visible; nodes are static.

Colours: the official XSD declares the colour element in the GEXF namespace (``<color>``), not
``<viz:color>``, and rejects the latter. We write ``<color r g b>`` so the file validates; Gephi
reads colour elements by local name. Every node also carries a ``colour`` attribute (hex) for
Gephi's partition colouring.
"""

from __future__ import annotations

from datetime import date
from typing import BinaryIO

import networkx as nx
from lxml import etree

GEXF_NS = "http://www.gexf.net/1.2draft"
VIZ_NS = "http://www.gexf.net/1.2draft/viz"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{GEXF_NS} http://www.gexf.net/1.2draft/gexf.xsd"

# (attribute id, GEXF type) in the order they are declared
NODE_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("type", "string"), ("label_ar", "string"), ("label_en", "string"), ("label_fr", "string"),
    ("wikidata", "string"), ("colour", "string"),
)
EDGE_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("relation", "string"), ("events", "integer"), ("statuses", "string"), ("confidence", "double"),
    ("first_date", "string"), ("last_date", "string"), ("first_published", "string"),
)


def _tag(name: str) -> str:
    return f"{{{GEXF_NS}}}{name}"


def _hex_to_rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _declare(graph_el: etree._Element, cls: str, attributes: tuple[tuple[str, str], ...]) -> None:
    decl = etree.SubElement(graph_el, _tag("attributes"), {"class": cls, "mode": "static"})
    for attr_id, attr_type in attributes:
        etree.SubElement(decl, _tag("attribute"), {"id": attr_id, "title": attr_id, "type": attr_type})


def _attvalues(parent: etree._Element, data: dict, attributes: tuple[tuple[str, str], ...]) -> None:
    values = [(attr_id, data[attr_id]) for attr_id, _ in attributes if data.get(attr_id) not in (None, "")]
    if values:
        holder = etree.SubElement(parent, _tag("attvalues"))
        for attr_id, value in values:
            etree.SubElement(holder, _tag("attvalue"), {"for": attr_id, "value": str(value)})


def gexf_tree(graph: nx.MultiDiGraph, *, description: str = "sahelkg relation graph") -> etree._ElementTree:
    """The GEXF document for a projection (see :func:`sahelkg.graph.projection.project`)."""
    root = etree.Element(_tag("gexf"), nsmap={None: GEXF_NS, "viz": VIZ_NS, "xsi": XSI_NS},
                         attrib={"version": "1.2", f"{{{XSI_NS}}}schemaLocation": SCHEMA_LOCATION})
    meta = etree.SubElement(root, _tag("meta"), {"lastmodifieddate": date.today().isoformat()})
    etree.SubElement(meta, _tag("creator")).text = "sahelkg"
    etree.SubElement(meta, _tag("description")).text = description
    graph_el = etree.SubElement(root, _tag("graph"), {
        "mode": "dynamic", "defaultedgetype": "directed", "timeformat": "date", "idtype": "string"})
    _declare(graph_el, "node", NODE_ATTRIBUTES)
    _declare(graph_el, "edge", EDGE_ATTRIBUTES)

    nodes_el = etree.SubElement(graph_el, _tag("nodes"), {"count": str(graph.number_of_nodes())})
    for node, data in sorted(graph.nodes(data=True)):
        node_el = etree.SubElement(nodes_el, _tag("node"),
                                   {"id": str(node), "label": str(data.get("label", node))})
        _attvalues(node_el, data, NODE_ATTRIBUTES)
        r, g, b = _hex_to_rgb(str(data.get("colour", "#969696")))
        etree.SubElement(node_el, _tag("color"), {"r": str(r), "g": str(g), "b": str(b)})

    edges_el = etree.SubElement(graph_el, _tag("edges"), {"count": str(graph.number_of_edges())})
    for index, (source, target, key, data) in enumerate(sorted(graph.edges(keys=True, data=True))):
        attrib = {"id": str(index), "source": str(source), "target": str(target),
                  "label": str(data.get("relation", key)), "weight": str(float(data.get("weight", 1)))}
        start = data.get("first_date") or data.get("first_published")
        if start:
            attrib["start"] = str(start)
        edge_el = etree.SubElement(edges_el, _tag("edge"), attrib)
        _attvalues(edge_el, data, EDGE_ATTRIBUTES)
    return etree.ElementTree(root)


def write_gexf(graph: nx.MultiDiGraph, out: BinaryIO) -> None:
    gexf_tree(graph).write(out, xml_declaration=True, encoding="UTF-8", pretty_print=True)
