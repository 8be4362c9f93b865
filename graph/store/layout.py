"""The store's layout, in which each triple is stored once, and the one SPARQL update that writes,
replaces or withdraws a batch of articles in it (both backends send the same text; a store runs an
update request as one transaction, so the shared graphs never disagree with the article graphs).

Graphs (IRIs in ``vocab``):

- ``graph/{id}``, one per article: the article resource, its relation events (each with
  ``skg:edge`` and ``skg:evidenceOrder``) and its entity descriptions (``art:{id}#{entity}``,
  ``skg:describes``, ``skg:stated...``). Nothing here is repeated in another graph.
- ``entities``: the merged description of each entity (every label, alias, type... that some
  article states, ``skg:entityId``) and ``skg:articleCount`` (articles describing it).
- ``edges``: each direct edge ``ent:S skg:rel ent:O`` once; per (subject, relation, object) an
  edge resource (``skg:Edge``: ``rdf:subject/predicate/object``), and per symmetric relation
  between two entities, stated either way, a pair resource (``skg:SymmetricEdge``:
  ``rdf:predicate``, ``skg:end`` twice). Both carry ``skg:event`` (every event), ``skg:eventCount``,
  ``skg:articleCount``, ``skg:firstDate`` / ``skg:lastDate`` (event dates as written, compared as
  strings), ``skg:firstPublished``, ``skg:maxConfidence``, ``skg:status`` (each status met) and
  ``skg:evidenceEvent`` (the ``vocab.EVIDENCE_KEPT`` events first in ``skg:evidenceOrder``).
- ``layout``: ``<layout> skg:layoutVersion 2`` and the counters ``layout/count/...`` (``skg:count``):
  articles, edges, events per relation, entities per type.

Maintenance: a new article's events update their edges incrementally (counts added, dates and
confidence compared, evidence candidates merged and cut back to the first EVIDENCE_KEPT), so an
insert costs what the article brings, whatever the size of the hubs it names. The edges and
entities a replaced or withdrawn article touched are recomputed from their remaining events and
descriptions. SPARQL updates sent by users bypass this: write articles through the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode
from sahelkg.graph import vocab
from sahelkg.graph.store.layout_facts import (
    ArticleFacts,
    EventFacts,
    PreviousArticle,
    aggregates_of,
    article_facts,
    last_write_per_article,
    previous_articles,
)
from sahelkg.graph.store.protocol import ArticleWrite, GraphStore

from sahelkg.records import ENTITY_TYPES, RELATION_TYPES

ENTITIES = NamedNode(vocab.ENTITIES_GRAPH)
EDGES = NamedNode(vocab.EDGES_GRAPH)
LAYOUT = NamedNode(vocab.LAYOUT_GRAPH)
_SKG = vocab.ONT
_RDF_TYPE = NamedNode(vocab.RDF + "type")
_STATED_TYPE = vocab.DESCRIPTION_PREDICATES[vocab.RDF + "type"]
_DERIVED = ("eventCount", "articleCount", "firstDate", "lastDate", "firstPublished", "maxConfidence",
            "status", "evidenceEvent")


def counter_names() -> list[str]:
    """Every counter the layout keeps."""
    return (["articles", "edges"] + [f"events/{r}" for r in RELATION_TYPES]
            + [f"entities/{t}" for t in ENTITY_TYPES])


def _iris(nodes: Iterable[NamedNode]) -> str:
    return " ".join(str(node) for node in sorted(set(nodes), key=lambda n: n.value))


def _term(value: object | None) -> str:
    return "UNDEF" if value is None else str(value)


def _string(value: str | None) -> str:
    return "UNDEF" if value is None else str(Literal(value))


def _add_to_counters(select: str) -> str:
    """An update adding ``?k`` to each counter ``?c`` that ``select`` (a SELECT ?c ?k) gives."""
    return f"""DELETE {{ GRAPH {LAYOUT} {{ ?c skg:count ?n }} }}
INSERT {{ GRAPH {LAYOUT} {{ ?c skg:count ?m }} }}
WHERE {{ {{ {select} }} GRAPH {LAYOUT} {{ ?c skg:count ?n }} BIND(?n + ?k AS ?m) }}"""


def _known_deltas(deltas: Mapping[str, int]) -> str | None:
    rows = " ".join(f"({vocab.counter_iri(name)} {k})" for name, k in sorted(deltas.items()) if k)
    return _add_to_counters(f"SELECT ?c ?k WHERE {{ VALUES (?c ?k) {{ {rows} }} }}") if rows else None


def _type_counter(var: str) -> str:
    return f'BIND(IRI(CONCAT("{vocab.COUNT}entities/", STRAFTER(STR(?{var}), "{_SKG}"))) AS ?c)'


def initial_update() -> str:
    """Marks an empty store as being of the current layout, its counters at zero; does nothing to a
    store that has a marker or that holds articles (an earlier layout: see ``migrate``)."""
    counters = " ".join(f"{vocab.counter_iri(name)} skg:count 0 ." for name in counter_names())
    return f"""INSERT {{ GRAPH {LAYOUT} {{ <{vocab.LAYOUT}> skg:layoutVersion {vocab.LAYOUT_VERSION} .
  {counters} }} }}
WHERE {{ FILTER NOT EXISTS {{ GRAPH {LAYOUT} {{ <{vocab.LAYOUT}> skg:layoutVersion ?v }} }}
         FILTER NOT EXISTS {{ GRAPH ?g {{ ?a skg:articleId ?id }} }} }}"""


@dataclass
class _Aggregate:
    """What the events of one batch add to one edge or pair resource."""

    iri: NamedNode
    events: list[EventFacts] = field(default_factory=list)

    def core(self, first: EventFacts) -> list[str]:
        if self.iri.value.startswith(vocab.EDGE):
            return [f"{self.iri} a skg:Edge ; rdf:subject {first.subject} ; rdf:predicate {first.relation} ; "
                    f"rdf:object {first.object} .", f"{first.subject} {first.relation} {first.object} ."]
        return [f"{self.iri} a skg:SymmetricEdge ; rdf:predicate {first.relation} ; "
                f"skg:end {first.subject}, {first.object} ."]

    def values_row(self) -> str:
        dates = [e.date for e in self.events if e.date]
        published = [e.published for e in self.events if e.published]
        confidences = [e.confidence for e in self.events if e.confidence is not None]
        best = max(confidences, key=lambda c: float(c.value)) if confidences else None
        return (f"({self.iri} {len(self.events)} {len({e.article_id for e in self.events})} "
                f"{_string(min(dates) if dates else None)} {_string(max(dates) if dates else None)} "
                f"{_string(min(published) if published else None)} {_term(best)})")


def _incremental_edges(aggregates: list[_Aggregate]) -> list[str]:
    if not aggregates:
        return []
    rows = "\n  ".join(a.values_row() for a in aggregates)
    optional = " ".join(f"OPTIONAL {{ GRAPH {EDGES} {{ ?x skg:{name} ?{var}0 }} }}" for name, var in (
        ("eventCount", "n"), ("articleCount", "a"), ("firstDate", "f"), ("lastDate", "l"),
        ("firstPublished", "p"), ("maxConfidence", "c")))
    counts = f"""DELETE {{ GRAPH {EDGES} {{ ?x skg:eventCount ?n0 . ?x skg:articleCount ?a0 . ?x
  skg:firstDate ?f0 .
  ?x skg:lastDate ?l0 . ?x skg:firstPublished ?p0 . ?x skg:maxConfidence ?c0 }} }}
INSERT {{ GRAPH {EDGES} {{ ?x skg:eventCount ?n1 ; skg:articleCount ?a1 ; skg:firstDate ?f1 ;
  skg:lastDate ?l1 ;
  skg:firstPublished ?p1 ; skg:maxConfidence ?c1 }} }}
WHERE {{
  VALUES (?x ?n ?a ?f ?l ?p ?c) {{
  {rows}
  }}
  {optional}
  BIND(COALESCE(?n0, 0) + ?n AS ?n1)
  BIND(COALESCE(?a0, 0) + ?a AS ?a1)
  BIND(IF(BOUND(?f0) && (!BOUND(?f) || ?f0 <= ?f), ?f0, ?f) AS ?f1)
  BIND(IF(BOUND(?l0) && (!BOUND(?l) || ?l0 >= ?l), ?l0, ?l) AS ?l1)
  BIND(IF(BOUND(?p0) && (!BOUND(?p) || ?p0 <= ?p), ?p0, ?p) AS ?p1)
  BIND(IF(BOUND(?c0) && (!BOUND(?c) || ?c0 >= ?c), ?c0, ?c) AS ?c1)
}}"""
    # the evidence candidates were inserted with the events; keep the first EVIDENCE_KEPT
    prune = f"""DELETE {{ GRAPH {EDGES} {{ ?x skg:evidenceEvent ?ev }} }}
WHERE {{
  {{ SELECT ?x WHERE {{ VALUES ?x {{ {_iris(a.iri for a in aggregates)} }} GRAPH {EDGES} {{ ?x
  skg:evidenceEvent ?any }} }}
    GROUP BY ?x HAVING (COUNT(?any) > {vocab.EVIDENCE_KEPT}) }}
  {{ SELECT ?x ?ev (COUNT(?other) AS ?before) WHERE {{
      GRAPH {EDGES} {{ ?x skg:evidenceEvent ?ev , ?other }}
      GRAPH ?g {{ ?ev skg:evidenceOrder ?k }} GRAPH ?h {{ ?other skg:evidenceOrder ?ko }}
      FILTER(?ko < ?k) }} GROUP BY ?x ?ev }}
  FILTER(?before >= {vocab.EVIDENCE_KEPT})
}}"""
    return [counts, prune]


def recomputed_edges(stale: set[NamedNode]) -> list[str]:
    if not stale:
        return []
    values = f"VALUES ?x {{ {_iris(stale)} }}"
    derived = " ".join(f"skg:{name}" for name in _DERIVED)
    ops = [
        f"DELETE {{ GRAPH {EDGES} {{ ?x ?p ?v }} }} WHERE {{ {values} VALUES ?p {{ {derived} }} "
        f"GRAPH {EDGES} {{ ?x ?p ?v }} }}",
        f"""INSERT {{ GRAPH {EDGES} {{ ?x skg:eventCount ?n ; skg:articleCount ?a ; skg:firstDate ?f ;
  skg:lastDate ?l ; skg:firstPublished ?p ; skg:maxConfidence ?c }} }}
WHERE {{
  {{ SELECT ?x (COUNT(?ev) AS ?n) (COUNT(DISTINCT ?art) AS ?a) (MIN(COALESCE(?d, "~")) AS ?f0)
       (MAX(COALESCE(?d, "")) AS ?l0) (MIN(COALESCE(?pub, "~")) AS ?p0) (MAX(COALESCE(?conf, -1)) AS ?c0)
    WHERE {{
      {values} GRAPH {EDGES} {{ ?x skg:event ?ev }}
      GRAPH ?g {{ ?ev prov:wasDerivedFrom ?art
                 OPTIONAL {{ ?ev skg:eventDate ?date }} OPTIONAL {{ ?ev skg:confidence ?conf }}
                 OPTIONAL {{ ?art dcterms:issued ?issued }} }}
      BIND(STR(?date) AS ?d) BIND(STR(?issued) AS ?pub)
    }} GROUP BY ?x }}
  BIND(IF(?f0 != "~", ?f0, ?none) AS ?f) BIND(IF(?l0 != "", ?l0, ?none) AS ?l)
  BIND(IF(?p0 != "~", ?p0, ?none) AS ?p) BIND(IF(?c0 >= 0, ?c0, ?none) AS ?c)
}}""",
        f"INSERT {{ GRAPH {EDGES} {{ ?x skg:status ?s }} }} WHERE {{ {values} "
        f"GRAPH {EDGES} {{ ?x skg:event ?ev }} GRAPH ?g {{ ?ev skg:status ?s }} }}",
    ]
    for iri in sorted(stale, key=lambda n: n.value):
        ops.append(f"INSERT {{ GRAPH {EDGES} {{ {iri} skg:evidenceEvent ?ev }} }} "
                   "WHERE { { SELECT ?ev WHERE { "
                   f"GRAPH {EDGES} {{ {iri} skg:event ?ev }} GRAPH ?g {{ ?ev skg:evidenceOrder ?k }} }} "
                   f"ORDER BY ?k LIMIT {vocab.EVIDENCE_KEPT} }} }}")
    ops.append(_add_to_counters(
        f"SELECT ?c (0 - COUNT(*) AS ?k) WHERE {{ {values} GRAPH {EDGES} {{ ?x a skg:Edge }} "
        f"FILTER NOT EXISTS {{ GRAPH {EDGES} {{ ?x skg:event ?any }} }} "
        f"BIND({vocab.counter_iri('edges')} AS ?c) }} GROUP BY ?c"))
    ops.append(f"""DELETE {{ GRAPH {EDGES} {{ ?x ?p ?v . ?s ?rel ?o }} }}
WHERE {{ {values} FILTER NOT EXISTS {{ GRAPH {EDGES} {{ ?x skg:event ?any }} }} GRAPH {EDGES} {{ ?x ?p ?v }}
  OPTIONAL {{ GRAPH {EDGES} {{ ?x rdf:subject ?s ; rdf:predicate ?rel ; rdf:object ?o }} }} }}""")
    return ops


def recomputed_entities(stale: set[NamedNode]) -> list[str]:
    if not stale:
        return []
    values = f"VALUES ?e {{ {_iris(stale)} }}"
    pairs = " ".join(f"(<{merged}> <{stated}>)" for merged, stated in vocab.DESCRIPTION_PREDICATES.items())
    return [
        _add_to_counters(
            f"SELECT ?c (0 - COUNT(*) AS ?k) WHERE {{ {values} GRAPH {ENTITIES} {{ ?e a ?t }} "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?d skg:describes ?e ; <{_STATED_TYPE}> ?t }} }} "
            f"{_type_counter('t')} }} GROUP BY ?c"),
        f"""DELETE {{ GRAPH {ENTITIES} {{ ?e ?p ?o }} }}
WHERE {{ {values} GRAPH {ENTITIES} {{ ?e ?p ?o }} VALUES (?p ?sp) {{ {pairs} }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?d skg:describes ?e ; ?sp ?o }} }} }}""",
        f"""DELETE {{ GRAPH {ENTITIES} {{ ?e skg:articleCount ?n0 }} }} INSERT {{ GRAPH {ENTITIES} {{ ?e
  skg:articleCount ?n }} }}
WHERE {{ {{ SELECT ?e (COUNT(?d) AS ?n) WHERE {{ {values} GRAPH ?g {{ ?d skg:describes ?e }} }} GROUP BY ?e }}
  OPTIONAL {{ GRAPH {ENTITIES} {{ ?e skg:articleCount ?n0 }} }} }}""",
        f"""DELETE {{ GRAPH {ENTITIES} {{ ?e ?p ?o }} }}
WHERE {{ {values} FILTER NOT EXISTS {{ GRAPH ?g {{ ?d skg:describes ?e }} }} GRAPH {ENTITIES} {{ ?e ?p
  ?o }} }}""",
    ]


def _entity_lines(articles: Sequence[ArticleFacts]) -> tuple[list[str], dict[NamedNode, int], set[tuple]]:
    """Merged-description triples, articles describing each entity, and (entity, type) pairs."""
    lines: dict[str, None] = {}
    described: dict[NamedNode, int] = {}
    typed: set[tuple[NamedNode, NamedNode]] = set()
    for article in articles:
        for entity, statements in article.descriptions.items():
            described[entity] = described.get(entity, 0) + 1
            for predicate, obj in statements:
                lines.setdefault(f"{entity} {predicate} {obj} .", None)
                if predicate == _RDF_TYPE and isinstance(obj, NamedNode) and obj.value.startswith(_SKG):
                    typed.add((entity, obj))
    return list(lines), described, typed


def write_update(articles: Sequence[ArticleFacts], previous: Mapping[str, PreviousArticle],
                 withdrawn: Sequence[str] = ()) -> str:
    """The SPARQL update that writes ``articles`` (replacing what ``previous`` says the store held
    for them) and withdraws the articles ``withdrawn``, with every shared graph kept in step.

    ``previous`` maps the ids (written or withdrawn) whose graphs hold something to what they hold.
    """
    ops: list[str] = [initial_update()]
    written = {a.article_id for a in articles}
    old = [previous[i] for i in sorted(written | set(withdrawn)) if i in previous]
    stale_aggregates: set[NamedNode] = set()
    stale_entities: set[NamedNode] = set()
    deltas: dict[str, int] = {}
    unlinks: list[str] = []
    for before in old:
        for event, subject, relation, obj in before.events:
            for aggregate in aggregates_of(subject, relation, obj):
                stale_aggregates.add(aggregate)
                unlinks.append(f"{aggregate} skg:event {event} . {aggregate} skg:evidenceEvent {event} .")
            name = f"events/{vocab.local_name(relation.value)}"
            deltas[name] = deltas.get(name, 0) - 1
        stale_entities |= before.entities
        if before.is_article and before.article_id not in written:
            deltas["articles"] = deltas.get("articles", 0) - 1
    if unlinks:
        ops.append(f"DELETE DATA {{ GRAPH {EDGES} {{\n" + "\n".join(unlinks) + "\n} }")
    for article_id in sorted(written | set(withdrawn)):
        ops.append(f"DROP SILENT GRAPH {vocab.article_graph(article_id)}")

    aggregates: dict[NamedNode, _Aggregate] = {}
    for article in articles:
        if not (article.article_id in previous and previous[article.article_id].is_article):
            deltas["articles"] = deltas.get("articles", 0) + 1
        for event in article.events:
            name = f"events/{vocab.local_name(event.relation.value)}"
            deltas[name] = deltas.get(name, 0) + 1
            for iri in event.aggregates:
                aggregates.setdefault(iri, _Aggregate(iri)).events.append(event)
    entity_lines, described, typed = _entity_lines(articles)
    known = _known_deltas(deltas)
    if known:
        ops.append(known)
    edges = [iri for iri in aggregates if iri.value.startswith(vocab.EDGE)]
    if edges:
        ops.append(_add_to_counters(
            f"SELECT ?c (COUNT(*) AS ?k) WHERE {{ VALUES ?x {{ {_iris(edges)} }} "
            f"FILTER NOT EXISTS {{ GRAPH {EDGES} {{ ?x a skg:Edge }} }} "
            f"BIND({vocab.counter_iri('edges')} AS ?c) }} GROUP BY ?c"))
    if typed:
        rows = " ".join(f"({e} {t})" for e, t in sorted(typed, key=lambda p: (p[0].value, p[1].value)))
        ops.append(_add_to_counters(
            f"SELECT ?c (COUNT(*) AS ?k) WHERE {{ VALUES (?e ?t) {{ {rows} }} "
            f"FILTER NOT EXISTS {{ GRAPH {ENTITIES} {{ ?e a ?t }} }} {_type_counter('t')} }} GROUP BY ?c"))

    edge_lines: dict[str, None] = {}
    fresh = [a for iri, a in aggregates.items() if iri not in stale_aggregates]
    for aggregate in aggregates.values():
        for line in aggregate.core(aggregate.events[0]):
            edge_lines.setdefault(line, None)
        for event in aggregate.events:
            edge_lines.setdefault(f"{aggregate.iri} skg:event {event.iri} .", None)
    for aggregate in fresh:
        for status in {e.status for e in aggregate.events if e.status is not None}:
            edge_lines.setdefault(f"{aggregate.iri} skg:status {status} .", None)
        for event in sorted(aggregate.events, key=lambda e: e.order)[:vocab.EVIDENCE_KEPT]:
            edge_lines.setdefault(f"{aggregate.iri} skg:evidenceEvent {event.iri} .", None)
    data = []
    for article in articles:
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in article.quads)
        data.append(f"GRAPH {article.graph} {{\n{body}\n}}")
    if entity_lines:
        data.append(f"GRAPH {ENTITIES} {{\n" + "\n".join(entity_lines) + "\n}")
    if edge_lines:
        data.append(f"GRAPH {EDGES} {{\n" + "\n".join(edge_lines) + "\n}")
    if data:
        ops.append("INSERT DATA {\n" + "\n".join(data) + "\n}")

    ops += _incremental_edges(fresh)
    counted = {e: n for e, n in described.items() if e not in stale_entities}
    if counted:
        rows = " ".join(f"({e} {n})" for e, n in sorted(counted.items(), key=lambda p: p[0].value))
        ops.append(f"""DELETE {{ GRAPH {ENTITIES} {{ ?e skg:articleCount ?n0 }} }}
INSERT {{ GRAPH {ENTITIES} {{ ?e skg:articleCount ?n1 }} }}
WHERE {{ VALUES (?e ?k) {{ {rows} }} OPTIONAL {{ GRAPH {ENTITIES} {{ ?e skg:articleCount ?n0 }} }}
  BIND(COALESCE(?n0, 0) + ?k AS ?n1) }}""")
    ops += recomputed_edges(stale_aggregates)
    ops += recomputed_entities(stale_entities)
    return vocab.sparql_prefixes() + " ;\n".join(ops)


def recount_update() -> str:
    """Sets every counter from the shared graphs and the article graphs, and the layout marker
    (the last step of a migration; also what the counters kept at write time must equal)."""
    return vocab.sparql_prefixes() + " ;\n".join(recount_operations())


def recount_operations() -> list[str]:
    """The operations of :func:`recount_update`."""
    counters = _iris(vocab.counter_iri(name) for name in counter_names())
    zero = " ".join(f"{vocab.counter_iri(name)} skg:count 0 ." for name in counter_names())
    recount = [
        f"SELECT ?c (COUNT(DISTINCT ?a) AS ?k) WHERE {{ GRAPH ?g {{ ?a a skg:Article ; skg:articleId ?id }} "
        f"BIND({vocab.counter_iri('articles')} AS ?c) }} GROUP BY ?c",
        f"SELECT ?c (COUNT(*) AS ?k) WHERE {{ GRAPH {EDGES} {{ ?x a skg:Edge }} "
        f"BIND({vocab.counter_iri('edges')} AS ?c) }} GROUP BY ?c",
        f"SELECT ?c (SUM(?n) AS ?k) WHERE {{ GRAPH {EDGES} {{ ?x a skg:Edge ; rdf:predicate ?rel ; "
        "skg:eventCount ?n } "
        f'BIND(IRI(CONCAT("{vocab.COUNT}events/", STRAFTER(STR(?rel), "{_SKG}"))) AS ?c) }} GROUP BY ?c',
        f"SELECT ?c (COUNT(*) AS ?k) WHERE {{ GRAPH {ENTITIES} {{ ?e a ?t }} {_type_counter('t')} }} "
        "GROUP BY ?c",
    ]
    ops = [
        f"DELETE {{ GRAPH {LAYOUT} {{ ?c skg:count ?n }} }} WHERE {{ VALUES ?c {{ {counters} }} "
        f"GRAPH {LAYOUT} {{ ?c skg:count ?n }} }}",
        f"DELETE WHERE {{ GRAPH {LAYOUT} {{ <{vocab.LAYOUT}> skg:layoutVersion ?v }} }}",
        f"INSERT DATA {{ GRAPH {LAYOUT} {{ <{vocab.LAYOUT}> skg:layoutVersion {vocab.LAYOUT_VERSION} . "
        f"{zero} }} }}",
        *(_add_to_counters(select) for select in recount),
    ]
    return ops


def batch_update(store: GraphStore, writes: Iterable[ArticleWrite],
                 withdrawn: Sequence[str] = ()) -> str | None:
    """The update for a batch of writes and withdrawals on ``store``, reading what it holds for
    those articles now; None when the batch is empty. The caller sends it as one request."""
    batch = last_write_per_article(list(writes))
    if not batch and not withdrawn:
        return None
    facts = [article_facts(write, vocab.ont("contentHash")) for write in batch]
    previous = previous_articles(store, [w.article_id for w in batch] + list(withdrawn))
    return write_update(facts, previous, withdrawn)
