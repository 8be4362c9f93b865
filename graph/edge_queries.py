"""Relations read from the edge resources of the edges graph (see ``graph/store/layout.py``).

Without a status or date filter an edge's counts, dates and statuses are read as stored: a page of
one entity's edges is read from its rank buckets (``graph/store/ranks.py``: its bucket heads, then
the members of its highest buckets until the page is full, so a hub costs what its page holds),
any other pattern is one indexed query over the matching edge resources (no aggregation over
events); the page's statuses and dates take one more query, and its evidence comes from the events
each edge links first (``skg:evidenceEvent``): one query for the events of the whole page, one per
optional field. With a status or date filter the events behind the entity's edges are aggregated
(reached through the edges' ``skg:event`` links).

Symmetric relations (meet, cooperate, ally, agree) are stored once, in extracted direction; when a
pattern binds the subject or the object, their pair resources answer (``A meet B`` and ``B meet A``
together, with exact counts), so a stored ``B meet A`` also answers ``A meet ?``.

Every value from a user is bound through ``substitutions`` (SEP-0007) and projected, as
pyoxigraph requires; the edge IRIs of a page (read from the store) are the only values written
into a query text, in their N-Triples form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product
from typing import Any

from pyoxigraph import Literal, NamedNode
from sahelkg.graph import vocab
from sahelkg.graph.evidence_cards import evidence_record, read_card
from sahelkg.graph.queries import (
    EdgeRecord,
    EvidenceRecord,
    QueryInputError,
    RelationFilters,
    entity_node,
    relation_node,
)
from sahelkg.graph.store.protocol import GraphStore, Term

from sahelkg.records import SYMMETRIC_RELATIONS

EDGES = f"<{vocab.EDGES_GRAPH}>"
_XSD_INTEGER = NamedNode(vocab.XSD + "integer")
_PERIOD_END = "~"  # sorts after every digit and "-": "2018-08~" is above every day of August 2018
_NO_DATE_MIN = "~"
_SYMMETRIC = ", ".join(f"<{vocab.ONT}{name}>" for name in sorted(SYMMETRIC_RELATIONS))


@dataclass(frozen=True, slots=True)
class EdgePage:
    """A page of edges, each with its evidence (earliest first)."""

    edges: list[EdgeRecord]
    evidence: dict[tuple[str, str, str], list[EvidenceRecord]]
    iris: dict[tuple[str, str, str], str]  # the edge (or pair) resource of each edge

    def evidence_of(self, edge: EdgeRecord) -> list[EvidenceRecord]:
        return self.evidence.get((edge.subject, edge.relation, edge.object), [])


def _rows(store: GraphStore, sparql: str, substitutions: dict[str, Term] | None = None) -> list[Any]:
    return list(store.query(vocab.sparql_prefixes() + sparql, substitutions=substitutions or None))  # type: ignore[arg-type]


def _value(term: Term | None) -> str | None:
    return None if term is None else term.value


def _filtered(filters: RelationFilters) -> bool:
    return filters.status is not None or filters.date_from is not None or filters.date_to is not None


def _directed(bound: set[str], counts: bool) -> str:
    """Edge resources matching ?s ?rel ?o, bound positions first (Oxigraph joins in written order)."""
    tail = " ; skg:articleCount ?articles ; skg:eventCount ?events" if counts else ""
    parts = {"s": "rdf:subject ?s", "rel": "rdf:predicate ?rel", "o": "rdf:object ?o"}
    order = [k for k in ("s", "o", "rel") if k in bound] + [k for k in ("s", "o", "rel") if k not in bound]
    return "?x " + " ; ".join(parts[k] for k in order) + tail + " ."


def _paired(bound: set[str], counts: bool) -> str:
    """Pair resources of symmetric relations matching ?s ?rel ?o either way (only they have skg:end)."""
    tail = " ; skg:articleCount ?articles ; skg:eventCount ?events" if counts else ""
    ends = [k for k in ("s", "o") if k in bound] + [k for k in ("s", "o") if k not in bound]
    pair = (f"?x skg:end ?{ends[0]} . ?x skg:end ?{ends[1]} ; rdf:predicate ?rel{tail} . "
            "FILTER(?s != ?o || NOT EXISTS { ?x skg:end ?other FILTER(?other != ?s) })")
    return f"?x rdf:predicate ?rel . {pair}" if "rel" in bound else pair


_ASYMMETRIC = f"FILTER(?rel NOT IN ({_SYMMETRIC}))"


def _branches(reverse: bool, bound: set[str], counts: bool) -> str:
    """Edge resources matching ?s ?rel ?o; with ``reverse``, symmetric relations through their pair
    resources."""
    if not reverse:
        return f"GRAPH {EDGES} {{ {_directed(bound, counts)} }}"
    return (f"{{ GRAPH {EDGES} {{ {_directed(bound, counts)} {_ASYMMETRIC} }} }}\n  UNION\n"
            f"  {{ GRAPH {EDGES} {{ {_paired(bound, counts)} }} }}")


_ROWS = "?x ?s ?rel ?o ?articles ?events"
_HEADS = (f"SELECT ?b ?role ?rel ?n ?e WHERE {{ GRAPH {EDGES} {{ ?b skg:rankEntity ?e ; skg:rankRole ?role ; "
          "skg:rankRelation ?rel ; skg:rankCount ?n } }")
_FIRST_GROUPS = 8  # groups of buckets the first read takes (the highest counts: small groups)
_MAX_GROWTH = 2  # a further read takes at most twice the groups of the one before


_MEMBER_END = {("directed", "s"): "rdf:object", ("directed", "o"): "rdf:subject", ("end", "s"): "skg:end",
               ("end", "o"): "skg:end"}  # the end of a bucket's members that is not the entity


def _heads(store: GraphStore, entity: Term) -> list[Any]:
    """The rank bucket heads of one entity (every role, relation and article count it has)."""
    return _rows(store, _HEADS, {"e": entity})


def _ranked_rows(store: GraphStore, reverse: bool, substitutions: dict[str, Term], need: int,
                 min_articles: int, heads: list[Any] | None = None) -> list[Any]:
    """The edges of the one entity bound as subject (or object) that come first in the page order,
    read from its rank buckets (``graph/store/ranks.py``): groups of buckets in that order — by
    article count, most first, then by relation (the order of ties) —
    until ``need`` edges are found, each group whole. Each further read takes as many groups as the
    edges still missing would fill at the edges per group of the read before (at least one, at
    most twice as many groups): groups grow as counts fall (most edges have one article), so a read
    of small groups is followed by few queries, and a group too many is seldom read.

    A group is read for the order only (each member's other end: its count and relation are the
    bucket's); the ``need`` first edges are then read whole, in one query."""
    side = "s" if "s" in substitutions else "o"
    entity = substitutions[side]
    roles = {"subject" if side == "s" else "object"} | ({"end"} if reverse else set())
    relation = substitutions.get("rel")
    groups: dict[tuple[int, str], list[tuple[str, NamedNode, NamedNode, int]]] = {}
    for row in heads if heads is not None else _heads(store, entity):
        count = int(row["n"].value)
        if row["role"].value not in roles or count < min_articles:
            continue
        if relation is not None and row["rel"] != relation:
            continue
        kind = "end" if row["role"].value == "end" else "directed"
        if kind == "directed" and reverse and vocab.local_name(row["rel"].value) in SYMMETRIC_RELATIONS:
            continue  # answered by the pair resources
        key = (-count, row["rel"].value)  # ties: by relation first
        groups.setdefault(key, []).append((kind, row["b"], row["rel"], count))
    order = sorted(groups)
    found: dict[str, tuple[tuple[int, str, str, str], str]] = {}  # edge IRI -> (sort key, kind)
    start, size = 0, _FIRST_GROUPS
    while start < len(order) and len(found) < need:
        taken = [bucket for key in order[start:start + size] for bucket in groups[key]]
        read, before = len(order[start:start + size]), len(found)
        for kind in ("directed", "end"):
            heads = {b.value: (rel, count) for of, b, rel, count in taken if of == kind}
            if not heads:
                continue
            values = " ".join(f"<{b}>" for b in heads)
            sparql = (f"SELECT ?b ?x ?v WHERE {{ VALUES ?b {{ {values} }} "
                      f"GRAPH {EDGES} {{ ?b skg:rankMember ?x . ?x {_MEMBER_END[kind, side]} ?v }} }}")
            ends: dict[str, list[tuple[str, str, int]]] = {}
            for row in _rows(store, sparql):
                rel, count = heads[row["b"].value]
                ends.setdefault(row["x"].value, []).append((row["v"].value, rel.value, count))
            for iri, others in ends.items():
                # a pair's other end (its ends include the entity itself, unless it is a pair with itself)
                other, rel, count = next((e for e in others if e[0] != entity.value), others[0])
                s, o = (entity.value, other) if side == "s" else (other, entity.value)
                found[iri] = ((-count, rel, s, o), kind)
        per_group = max(1.0, (len(found) - before) / read)
        start, size = start + read, max(1, min(_MAX_GROWTH * read, int((need - len(found)) / per_group)))
    first = sorted(found.items(), key=lambda item: item[1][0])[:need]
    bound = set(substitutions)
    patterns = {"directed": _directed(bound, True), "end": _paired(bound, True)}
    rows: list[Any] = []
    for kind, pattern in patterns.items():
        edges = [iri for iri, (_, of) in first if of == kind]
        if edges:
            values = " ".join(f"<{iri}>" for iri in edges)
            sparql = f"SELECT {_ROWS} WHERE {{ VALUES ?x {{ {values} }} GRAPH {EDGES} {{ {pattern} }} }}"
            rows += _rows(store, sparql, substitutions)
    return rows


def _event_filters(filters: RelationFilters, substitutions: dict[str, Term]) -> tuple[list[str], list[str]]:
    """Patterns on ?ev for the filters, and the variables they bind (to project)."""
    lines = ["?ev prov:wasDerivedFrom ?art ; skg:status ?status ."]
    bound: list[str] = []
    if filters.status is not None:
        substitutions["status"] = Literal(filters.status)
        bound.append("status")
    if filters.date_from is None and filters.date_to is None:
        lines.append("OPTIONAL { ?ev skg:eventDate ?date }")
    else:
        lines.append("?ev skg:eventDate ?date .")
        if filters.date_from is not None:
            substitutions["date_from"] = Literal(filters.date_from)
            lines.append(f'FILTER(CONCAT(STR(?date), "{_PERIOD_END}") >= ?date_from)')
            bound.append("date_from")
        if filters.date_to is not None:
            substitutions["date_to"] = Literal(filters.date_to + _PERIOD_END)
            lines.append("FILTER(STR(?date) <= ?date_to)")
            bound.append("date_to")
    return lines, bound


def _stored_query(reverse: bool, filters: RelationFilters, substitutions: dict[str, Term],
                  limit: int, offset: int) -> str:
    having = ""
    names = ["x", "s", "rel", "o", "articles", "events"]
    if filters.min_articles > 1:
        substitutions["min_articles"] = Literal(str(filters.min_articles), datatype=_XSD_INTEGER)
        having = "FILTER(?articles >= ?min_articles)"
        names.append("min_articles")
    # no ORDER BY: sorting IRIs in the engine costs several times what sorting the rows here does
    return f"""SELECT {' '.join('?' + n for n in names)} WHERE {{
  {_branches(reverse, set(substitutions), True)}
  {having}
}}"""


def _aggregated_query(reverse: bool, filters: RelationFilters, substitutions: dict[str, Term],
                      limit: int, offset: int) -> str:
    branches = _branches(reverse, set(substitutions), False)
    lines, bound = _event_filters(filters, substitutions)
    having = ""
    if filters.min_articles > 1:
        substitutions["min_articles"] = Literal(str(filters.min_articles), datatype=_XSD_INTEGER)
        bound.append("min_articles")
        having = "HAVING (COUNT(DISTINCT ?art) >= ?min_articles)"
    group = " ".join(f"?{name}" for name in ["x", "s", "rel", "o", *bound])
    return f"""SELECT {group} (COUNT(DISTINCT ?art) AS ?articles) (COUNT(DISTINCT ?ev) AS ?events)
       (GROUP_CONCAT(DISTINCT ?status; separator=" ") AS ?statuses)
       (MIN(COALESCE(STR(?date), "{_NO_DATE_MIN}")) AS ?first_date)
       (MAX(COALESCE(STR(?date), "")) AS ?last_date)
WHERE {{
  {branches}
  GRAPH {EDGES} {{ ?x skg:event ?ev }}
  {' '.join(lines)}
}}
GROUP BY {group}
{having}
ORDER BY DESC(COUNT(DISTINCT ?art)) ?rel ?s ?o
LIMIT {int(limit)} OFFSET {int(offset)}"""


def _date_or_none(term: Any) -> str | None:
    text = _value(term)
    return None if text in (None, "", _NO_DATE_MIN) else text


def _key(row: Any) -> tuple[str, str, str]:
    return (vocab.entity_id_of(row["s"].value), vocab.local_name(row["rel"].value),
            vocab.entity_id_of(row["o"].value))


def _edge_sort_key(edge: EdgeRecord) -> tuple[int, str, str, str]:
    # the order of the SPARQL ORDER BY: most articles first, then by relation, subject and object IRI
    return (-edge.articles, vocab.relation_property(edge.relation).value, entity_node(edge.subject).value,
            entity_node(edge.object).value)


def _edge_details(store: GraphStore, iris: Sequence[str]) -> dict[str, dict[str, list[str]]]:
    """Statuses and first / last date of stored edge resources."""
    if not iris:
        return {}
    values = " ".join(str(NamedNode(i)) for i in iris)
    # one branch per predicate: a variable predicate makes Oxigraph scan the graph and hash-join it
    branches = " UNION ".join(f'{{ ?x skg:{name} ?v BIND("{name}" AS ?p) }}'
                              for name in ("status", "firstDate", "lastDate"))
    sparql = f"SELECT ?x ?p ?v WHERE {{ VALUES ?x {{ {values} }} GRAPH {EDGES} {{ {branches} }} }}"
    found: dict[str, dict[str, list[str]]] = {}
    for row in _rows(store, sparql):
        found.setdefault(row["x"].value, {}).setdefault(row["p"].value, []).append(row["v"].value)
    return found


def _page(store: GraphStore, subjects: Sequence[str] | None, relation: str | None,
          objects: Sequence[str] | None, filters: RelationFilters, limit: int, offset: int,
          symmetric_both_ways: bool, ranked: bool = True, heads: list[Any] | None = None,
          ) -> tuple[list[EdgeRecord], dict[tuple[str, str, str], str]]:
    """The page and the resource of each edge; ``ranked=False`` reads every matching edge instead
    of an entity's rank buckets (the two give the same page)."""
    if limit < 0 or offset < 0:
        raise QueryInputError("limit and offset must not be negative")
    rel_node = relation_node(relation) if relation is not None else None
    reverse = (symmetric_both_ways and bool(subjects or objects)
               and (relation is None or relation in SYMMETRIC_RELATIONS))
    combos = list(product(subjects or [None], objects or [None]))
    filtered = _filtered(filters)
    rows: dict[tuple[str, str, str], Any] = {}
    for subject, obj in combos:
        substitutions: dict[str, Term] = {}
        if subject is not None:
            substitutions["s"] = entity_node(subject)
        if obj is not None:
            substitutions["o"] = entity_node(obj)
        if rel_node is not None:
            substitutions["rel"] = rel_node
        window = (limit, offset) if len(combos) == 1 and filtered else (limit + offset, 0)
        if ranked and not filtered and (subject is None) != (obj is None):  # one entity: its buckets
            found = _ranked_rows(store, reverse, substitutions, limit + offset, filters.min_articles,
                                 heads if len(combos) == 1 else None)
        else:
            build = _aggregated_query if filtered else _stored_query
            found = _rows(store, build(reverse, filters, substitutions, *window), substitutions)
        if not filtered:  # every matching edge came back: the order of the aggregated query, here
            found.sort(key=lambda row: (-int(row["articles"].value), row["rel"].value, row["s"].value,
                                        row["o"].value))
            found = found[:limit + offset]
        for row in found:
            rows.setdefault(_key(row), row)
    details = {} if filtered else _edge_details(store, [row["x"].value for row in rows.values()])
    edges: list[EdgeRecord] = []
    for key, row in rows.items():
        if filtered:
            statuses = row["statuses"].value.split() if row["statuses"] is not None else []
            first, last = _date_or_none(row["first_date"]), _date_or_none(row["last_date"])
        else:
            stored = details.get(row["x"].value, {})
            statuses = stored.get("status", [])
            first = min(stored["firstDate"]) if stored.get("firstDate") else None
            last = max(stored["lastDate"]) if stored.get("lastDate") else None
        edges.append(EdgeRecord(subject=key[0], relation=key[1], object=key[2],
                                articles=int(row["articles"].value), events=int(row["events"].value),
                                statuses=tuple(sorted(set(statuses))),
                                first_date=first, last_date=last))
    edges.sort(key=_edge_sort_key)
    if len(combos) > 1 or not filtered:
        edges = edges[offset:offset + limit]
    iris = {key: row["x"].value for key, row in rows.items()}
    return edges, iris


def relation_edges(
    store: GraphStore,
    *,
    subjects: Sequence[str] | None = None,
    relation: str | None = None,
    objects: Sequence[str] | None = None,
    filters: RelationFilters | None = None,
    limit: int = 50,
    offset: int = 0,
    symmetric_both_ways: bool = True,
) -> list[EdgeRecord]:
    """Edges matching the triple pattern (subject ids, relation, object ids; None is a variable),
    most-supported first (ties by relation, subject, object IRI), paged by ``limit``/``offset``.

    Several candidate ids for a position (a label naming more than one entity) each run their own
    query; the merged list keeps the same order. ``symmetric_both_ways=False`` matches symmetric
    relations only in stored direction.
    """
    return _page(store, subjects, relation, objects, filters or RelationFilters(), limit, offset,
                 symmetric_both_ways)[0]


def entity_edges(store: GraphStore, entity: str, limit: int) -> tuple[list[EdgeRecord], list[EdgeRecord]]:
    """The edges out of and into one entity in stored direction, most supported first, ``limit``
    each: one read of the entity's bucket heads serves both sides."""
    heads = _heads(store, entity_node(entity))
    filters = RelationFilters()
    out = _page(store, [entity], None, None, filters, limit, 0, False, heads=heads)[0]
    into = _page(store, None, None, [entity], filters, limit, 0, False, heads=heads)[0]
    return out, into


# The evidence of a page is read from the events' cards (graph/evidence_cards.py), inside GRAPH ?g:
# a pattern over the union default graph costs several times the same pattern in GRAPH ?g.
_EVIDENCE = """
SELECT ?x ?ev ?card {bound}
WHERE {{
  VALUES ?x {{ {edges} }}
  GRAPH <{graph}> {{ ?x {link} ?ev }}
  GRAPH ?g {{ ?ev skg:evidenceCard ?card . {filters} }}
}}
"""


def page_evidence(store: GraphStore, edges: Sequence[EdgeRecord], iris: dict[tuple[str, str, str], str],
                  filters: RelationFilters, limit: int) -> dict[tuple[str, str, str], list[EvidenceRecord]]:
    """The evidence of every edge of a page, earliest first (``skg:evidenceOrder``), at most
    ``limit`` per edge, in one query: from the events each edge links first when that is enough
    (``skg:evidenceEvent``), else from all its events (filters, or more than are linked first)."""
    keys = [(e.subject, e.relation, e.object) for e in edges]
    by_iri = {iris[key]: key for key in keys if key in iris}
    if not by_iri or limit <= 0:
        return {}
    substitutions: dict[str, Term] = {}
    lines, bound = _event_filters(filters, substitutions)
    dated = filters.date_from is not None or filters.date_to is not None
    # the card holds the article, status and date: the patterns only filter
    lines = (["?ev skg:status ?status ."] if filters.status is not None else []) + \
        (lines[1:] if dated else [])
    stored = not _filtered(filters) and limit <= vocab.EVIDENCE_KEPT
    sparql = _EVIDENCE.format(bound=" ".join(f"?{name}" for name in bound),
                              edges=" ".join(str(NamedNode(i)) for i in by_iri), graph=vocab.EDGES_GRAPH,
                              link="skg:evidenceEvent" if stored else "skg:event", filters=" ".join(lines))
    found: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = {}
    for row in _rows(store, sparql, substitutions):
        events = found.setdefault(by_iri[row["x"].value], {})
        if row["ev"].value not in events:
            events[row["ev"].value] = read_card(row["card"])
    earliest = {key: sorted(events.items(), key=lambda item: item[1].get("order", ""))[:limit]
                for key, events in found.items()}
    return {key: [evidence_record(event, card, key[1]) for event, card in items]
            for key, items in earliest.items()}


def relation_page(
    store: GraphStore,
    *,
    subjects: Sequence[str] | None = None,
    relation: str | None = None,
    objects: Sequence[str] | None = None,
    filters: RelationFilters | None = None,
    limit: int = 50,
    offset: int = 0,
    evidence_limit: int = 10,
    symmetric_both_ways: bool = True,
    evidence_for: int | None = None,
) -> EdgePage:
    """A page of :func:`relation_edges` with the evidence of each edge (the same filters), or of the
    first ``evidence_for`` edges only."""
    filters = filters or RelationFilters()
    edges, iris = _page(store, subjects, relation, objects, filters, limit, offset, symmetric_both_ways)
    page = edges[:limit if evidence_for is None else evidence_for]
    return EdgePage(edges, page_evidence(store, page, iris, filters, evidence_limit), iris)


def relation_evidence(
    store: GraphStore,
    subject: str,
    relation: str,
    obj: str,
    *,
    filters: RelationFilters | None = None,
    limit: int = 20,
    symmetric_both_ways: bool = True,
) -> list[EvidenceRecord]:
    """The relation events behind one edge (with the same filters as the edge), earliest first."""
    filters = filters or RelationFilters()
    edges, iris = _page(store, [subject], relation, [obj], filters, 1, 0, symmetric_both_ways)
    return page_evidence(store, edges, iris, filters, limit).get((subject, relation, obj), [])
