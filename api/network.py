"""Shortest paths and ego networks over the networkx projection of the graph
(:func:`sahelkg.graph.projection.project`: one node per entity, one edge per distinct relation).

Paths and neighbourhoods follow relations in either direction: "Haftar visit Niger" links Niger
back to Haftar. Each hop lists every relation between its two ends, with its stored direction.
"""

from __future__ import annotations

from itertools import islice
from typing import Any

import networkx as nx
from sahelkg.api.schemas import HopOut, NetworkEdgeOut, NetworkOut, NodeOut, PathOut
from sahelkg.graph.projection import LABEL_LANGUAGES, project
from sahelkg.graph.store.protocol import GraphStore


class NetworkView:
    """The projection of one store state, and its undirected skeleton for traversals."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self.undirected = nx.Graph()
        self.undirected.add_nodes_from(graph.nodes)
        self.undirected.add_edges_from((u, v) for u, v in graph.edges() if u != v)

    @classmethod
    def of(cls, store: GraphStore) -> NetworkView:
        return cls(project(store))

    def __contains__(self, node: str) -> bool:
        return node in self.graph

    def node(self, node: str, lang: str | None, distance: int | None = None) -> NodeOut:
        attrs = self.graph.nodes[node] if node in self.graph else {}
        labels = {lang_: attrs[f"label_{lang_}"] for lang_ in LABEL_LANGUAGES if f"label_{lang_}" in attrs}
        label = labels.get(lang, attrs.get("label", node)) if lang else attrs.get("label", node)
        return NodeOut(id=node, label=label, type=attrs.get("type") or None, labels=labels,
                       colour=attrs.get("colour"), distance=distance)

    @staticmethod
    def edge(source: str, target: str, attrs: dict[str, Any]) -> NetworkEdgeOut:
        statuses = attrs.get("statuses") or ""
        return NetworkEdgeOut(source=source, target=target, relation=attrs["relation"],
                              weight=int(attrs.get("weight", 0)), events=attrs.get("events"),
                              statuses=[s for s in statuses.split(",") if s],
                              first_date=attrs.get("first_date"), last_date=attrs.get("last_date"))

    def links(self, a: str, b: str) -> list[NetworkEdgeOut]:
        """Every relation between two nodes, either way."""
        out = []
        for source, target in ((a, b), (b, a)):
            for attrs in (self.graph.get_edge_data(source, target) or {}).values():
                out.append(self.edge(source, target, attrs))
        return sorted(out, key=lambda e: (-e.weight, e.relation, e.source))

    def ego(self, centre: str, depth: int, max_nodes: int, lang: str | None) -> NetworkOut:
        """Entities within ``depth`` hops of ``centre`` (nearest first, at most ``max_nodes``)
        and every relation among them."""
        distances = nx.single_source_shortest_path_length(self.undirected, centre, cutoff=depth)
        ordered = sorted(distances, key=lambda n: (distances[n], n))
        kept = ordered[:max_nodes]
        sub = self.graph.subgraph(kept)
        edges = [self.edge(u, v, attrs) for u, v, attrs in sub.edges(data=True)]
        edges.sort(key=lambda e: (e.source, e.target, e.relation))
        return NetworkOut(centre=centre, depth=depth,
                          nodes=[self.node(n, lang, distances[n]) for n in kept],
                          edges=edges, truncated=len(ordered) > len(kept))

    def shortest_paths(self, source: str, target: str, limit: int, lang: str | None) -> list[PathOut]:
        """Up to ``limit`` shortest paths (in a stable order); empty when none exists."""
        if source == target:
            return [PathOut(nodes=[self.node(source, lang, 0)], hops=[])]
        try:
            found = sorted(islice(nx.all_shortest_paths(self.undirected, source, target), limit * 20))
        except nx.NetworkXNoPath:
            return []
        paths = []
        for path in found[:limit]:
            paths.append(PathOut(
                nodes=[self.node(n, lang, i) for i, n in enumerate(path)],
                hops=[HopOut(source=a, target=b, relations=self.links(a, b))
                      for a, b in zip(path, path[1:], strict=False)],
            ))
        return paths
