"""GEXF 1.2 for Gephi, written with lxml and valid against the official 1.2draft XSD.

The graph is dynamic (``mode="dynamic"``, ``timeformat="date"``): each edge starts at the first
date of the relation it stands for (event date, else the first publication date of an article
stating it), so Gephi's timeline shows relations appearing over time. Edges without any date
have no start and are always visible; nodes are static.

Visual attributes are written in the viz namespace (``http://www.gexf.net/1.2draft/viz``), where
Gephi, networkx and graphology read them:

- ``viz:color``: one colour per entity type (also the ``colour`` attribute, hex, for Gephi's
  partition colouring);
- ``viz:size``: ``SIZE_BASE + SIZE_PER_ARTICLE * sqrt(articles)``, ``articles`` being the number of
  distinct articles stating a relation of the entity (10 for none, 14 for one, 50 for a hundred);
- ``viz:position`` for entities with WGS84 coordinates (``latitude`` / ``longitude`` attributes,
  also written): an equirectangular projection, ``x = POSITION_SCALE * longitude``,
  ``y = POSITION_SCALE * latitude``, ``z = 0`` (north up, one degree = 10 units), so places sit
  where they are on a map; the other nodes get no position and Gephi's layout places them.

The official 1.2draft XSD has a known erratum here: its data.xsd declares ``color``, ``position``
and ``size`` in the GEXF namespace (with the viz types) and refers to those, so no document with
``viz:color`` validates against it unmodified, although the viz namespace is what the format's
primer, Gephi's own exports and every reader use (GEXF 1.3 fixed the schema). The tests validate
everything else against the unmodified XSD and the viz elements against the viz schema's types.
"""

from __future__ import annotations

import math
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
    ("wikidata", "string"), ("colour", "string"), ("articles", "integer"), ("latitude", "double"),
    ("longitude", "double"),
)
SIZE_BASE = 10.0
SIZE_PER_ARTICLE = 4.0
POSITION_SCALE = 10.0
EDGE_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("relation", "string"), ("events", "integer"), ("statuses", "string"), ("confidence", "double"),
    ("first_date", "string"), ("last_date", "string"), ("first_published", "string"),
)


def _tag(name: str) -> str:
    return f"{{{GEXF_NS}}}{name}"


def _viz(name: str) -> str:
    return f"{{{VIZ_NS}}}{name}"


def node_size(articles: int) -> float:
    return round(SIZE_BASE + SIZE_PER_ARTICLE * math.sqrt(max(0, articles)), 3)


def node_position(latitude: float, longitude: float) -> tuple[float, float]:
    """Equirectangular: (x, y) = POSITION_SCALE * (longitude, latitude)."""
    return round(POSITION_SCALE * longitude, 4), round(POSITION_SCALE * latitude, 4)


def _number(value: float) -> str:
    return repr(float(value))


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
        etree.SubElement(node_el, _viz("color"), {"r": str(r), "g": str(g), "b": str(b)})
        etree.SubElement(node_el, _viz("size"), {"value": _number(node_size(int(data.get("articles", 0))))})
        if data.get("latitude") is not None and data.get("longitude") is not None:
            x, y = node_position(float(data["latitude"]), float(data["longitude"]))
            etree.SubElement(node_el, _viz("position"), {"x": _number(x), "y": _number(y), "z": "0.0"})

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
