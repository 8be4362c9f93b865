"""The RDF graph projected to a networkx graph for network analysis and Gephi.

Shape: a ``networkx.MultiDiGraph`` with one node per entity and ONE edge per distinct
(subject, relation, object), keyed by the relation name, so that "Haftar visit Niger" and
"Haftar meet Niger" stay two edges. Each edge is read from its edge resource, where the relation
events behind it are aggregated at write time (``graph/store/layout.py``):

- ``relation``: relation name (also the edge key)
- ``weight``: number of distinct articles that state it
- ``events``: number of relation events (statements) behind it
- ``first_date`` / ``last_date``: earliest / latest event date as an ISO date (a year or a month
  counts from its first day); absent when no event has a date
- ``first_published``: earliest publication date of a supporting article (absent when unknown)
- ``statuses``: the distinct statuses, sorted, comma-separated
- ``confidence``: highest confidence among the events

Nodes carry ``label`` (canonical), ``type``, ``label_ar`` / ``label_en`` / ``label_fr``,
``wikidata`` (when known), ``colour`` (hex, one per entity type), ``articles`` (distinct articles
stating a relation of the entity) and ``latitude`` / ``longitude`` (decimal degrees, when the graph
gives the entity WGS84 ``geo:lat`` / ``geo:long``; the smallest value when it gives several).
Attributes are plain strings and numbers so GraphML and GEXF can carry them; missing values are
left out.
"""

from __future__ import annotations

import networkx as nx
from sahelkg.graph import vocab
from sahelkg.graph.store.protocol import GraphStore

TYPE_COLOURS: dict[str, tuple[int, int, int]] = {
    "Person": (230, 85, 13),
    "Country": (49, 130, 189),
    "Organization": (49, 163, 84),
    "ArmedGroup": (214, 39, 40),
    "Place": (117, 107, 177),
}
UNKNOWN_COLOUR = (150, 150, 150)
LABEL_LANGUAGES = ("ar", "en", "fr")

# Entities with an id (the merged descriptions), each once, then their descriptions.
_ENTITIES = "{ SELECT DISTINCT ?e WHERE { ?e skg:entityId ?id } }"
_ENTITY_TYPES = f"SELECT DISTINCT ?e ?type WHERE {{ {_ENTITIES} ?e a ?type }}"
_PREF_LABELS = f"SELECT DISTINCT ?e ?label WHERE {{ {_ENTITIES} ?e skos:prefLabel ?label }}"
_LABELS = f"SELECT DISTINCT ?e ?label WHERE {{ {_ENTITIES} ?e rdfs:label ?label }}"
_SAME_AS = f"SELECT DISTINCT ?e ?same WHERE {{ {_ENTITIES} ?e owl:sameAs ?same }}"
_COORDINATES = (f"SELECT ?e (MIN(?lat) AS ?latitude) (MIN(?long) AS ?longitude) WHERE {{ {_ENTITIES} "
                "?e geo:lat ?lat ; geo:long ?long } GROUP BY ?e")
_EDGES = f"""
SELECT ?x ?s ?relation ?o ?articles ?events ?first ?last ?published ?confidence WHERE {{
  GRAPH <{vocab.EDGES_GRAPH}> {{
    ?x a skg:Edge ; rdf:subject ?s ; rdf:predicate ?relation ; rdf:object ?o ;
       skg:articleCount ?articles ; skg:eventCount ?events .
    OPTIONAL {{ ?x skg:firstDate ?first }} OPTIONAL {{ ?x skg:lastDate ?last }}
    OPTIONAL {{ ?x skg:firstPublished ?published }} OPTIONAL {{ ?x skg:maxConfidence ?confidence }}
  }}
}}
"""
_STATUSES = (f"SELECT ?x ?status WHERE {{ GRAPH <{vocab.EDGES_GRAPH}> "
             "{ ?x a skg:Edge ; skg:status ?status } }")
_ARTICLE_COUNTS = f"SELECT ?e ?n WHERE {{ GRAPH <{vocab.ENTITIES_GRAPH}> {{ ?e skg:articleCount ?n }} }}"


def colour_hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def iso_start(value: str) -> str:
    """``2018`` -> ``2018-01-01``, ``2018-08`` -> ``2018-08-01``, a full date unchanged."""
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-01"
    return value[:10]


def _rows(store: GraphStore, sparql: str) -> list:
    return list(store.query(vocab.sparql_prefixes() + sparql))  # type: ignore[arg-type]


def _node_id(iri: str) -> str:
    return vocab.entity_id_of(iri)


def _nodes(store: GraphStore, graph: nx.MultiDiGraph) -> None:
    for row in _rows(store, _ENTITY_TYPES):
        iri, type_iri = row["e"].value, row["type"].value
        if not type_iri.startswith(vocab.ONT):
            continue
        entity_type = vocab.local_name(type_iri)
        graph.add_node(_node_id(iri), type=entity_type,
                       colour=colour_hex(TYPE_COLOURS.get(entity_type, UNKNOWN_COLOUR)))
    for row in _rows(store, _LABELS):
        lang = row["label"].language
        node = _node_id(row["e"].value)
        if lang in LABEL_LANGUAGES and node in graph:
            graph.nodes[node].setdefault(f"label_{lang}", row["label"].value)
    for row in _rows(store, _PREF_LABELS):
        node = _node_id(row["e"].value)
        if node in graph:
            attrs = graph.nodes[node]
            if "label" not in attrs or row["label"].language == "en":
                attrs["label"] = row["label"].value
    for row in _rows(store, _SAME_AS):
        node = _node_id(row["e"].value)
        if node in graph and row["same"].value.startswith(vocab.WD):
            graph.nodes[node]["wikidata"] = vocab.local_name(row["same"].value)
    for row in _rows(store, _COORDINATES):
        node = _node_id(row["e"].value)
        try:
            latitude, longitude = float(row["latitude"].value), float(row["longitude"].value)
        except (AttributeError, ValueError):
            continue  # not numbers: no position rather than a wrong one
        if node in graph and -90 <= latitude <= 90 and -180 <= longitude <= 180:
            graph.nodes[node]["latitude"], graph.nodes[node]["longitude"] = latitude, longitude
    for node, attrs in graph.nodes(data=True):
        attrs.setdefault("label", attrs.get("label_en") or node)


def _edges(store: GraphStore) -> list[tuple[tuple[str, str, str], dict[str, object]]]:
    statuses: dict[str, set[str]] = {}
    for row in _rows(store, _STATUSES):
        statuses.setdefault(row["x"].value, set()).add(row["status"].value)
    edges = []
    for row in _rows(store, _EDGES):
        key = (_node_id(row["s"].value), vocab.local_name(row["relation"].value), _node_id(row["o"].value))
        attrs: dict[str, object] = {
            "relation": key[1],
            "weight": int(row["articles"].value),
            "events": int(row["events"].value),
            "statuses": ",".join(sorted(statuses.get(row["x"].value, ()))),
            "confidence": round(float(row["confidence"].value), 3) if row["confidence"] is not None else 0.0,
        }
        if row["first"] is not None and row["last"] is not None:
            attrs["first_date"] = iso_start(row["first"].value)
            attrs["last_date"] = iso_start(row["last"].value)
        if row["published"] is not None:
            attrs["first_published"] = iso_start(row["published"].value)
        edges.append((key, attrs))
    return sorted(edges, key=lambda edge: edge[0])


def project(store: GraphStore) -> nx.MultiDiGraph:
    """Entities and aggregated relation edges of the whole store (see the module docstring)."""
    graph = nx.MultiDiGraph(name="sahelkg")
    _nodes(store, graph)
    for (subject, relation, obj), attrs in _edges(store):
        for node in (subject, obj):
            if node not in graph:
                graph.add_node(node, label=node, type="", colour=colour_hex(UNKNOWN_COLOUR))
        graph.add_edge(subject, obj, key=relation, **attrs)
    articles = {_node_id(row["e"].value): int(row["n"].value) for row in _rows(store, _ARTICLE_COUNTS)}
    for node, attrs in graph.nodes(data=True):
        attrs["articles"] = articles.get(node, 0)
    return graph
