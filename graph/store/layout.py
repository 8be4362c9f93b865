"""The store's layout, in which each triple is stored once, and the one SPARQL update that writes,
replaces or withdraws a batch of articles in it (both backends send the same text; a store runs an
update request as one transaction, so the shared graphs never disagree with the article graphs).

Graphs (IRIs in ``vocab``):

- ``graph/{id}``, one per article: the article resource, its relation events (each with
  ``skg:edge``, ``skg:evidenceOrder`` and ``skg:evidenceCard``: ``graph/evidence_cards.py``) and its
  entity descriptions (``art:{id}#{entity}``,
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
- ``layout``: ``<layout> skg:layoutVersion`` (``vocab.LAYOUT_VERSION``) and the counters
  ``layout/count/...`` (``skg:count``): articles, edges, events per relation, entities per type.

Maintenance: the writer first reads the state of every edge and entity a batch touches (one
query per few hundred resources, or its ``LayoutCache`` of what earlier batches left), then
computes in Python what each new article's events change (counts added, dates and confidence
compared, evidence merged and cut back to the first EVIDENCE_KEPT, counter deltas), and sends the
batch as one update: ``DELETE DATA`` of the old values, ``INSERT DATA`` of the article graphs and
the new values. So a write costs what the batch brings, whatever the size of the store and of the
hubs it names. The edges and entities a replaced or withdrawn article touched are recomputed by
SPARQL from their remaining events and descriptions. SPARQL updates sent by users bypass this:
write articles through the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from pyoxigraph import Literal, NamedNode, Quad
from sahelkg.graph import vocab
from sahelkg.graph.store import ranks
from sahelkg.graph.store.edge_state import (
    EdgeState,
    EntityState,
    LayoutCache,
    edge_change,
    read_edge_states,
    read_entity_states,
)
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
_RDF_SUBJECT = NamedNode(vocab.RDF + "subject")
_RDF_PREDICATE = NamedNode(vocab.RDF + "predicate")
_RDF_OBJECT = NamedNode(vocab.RDF + "object")
_EDGE_CLASS = vocab.ont("Edge")
_PAIR_CLASS = vocab.ont("SymmetricEdge")
_END = vocab.ont("end")
_EVENT = vocab.ont("event")
_ARTICLE_COUNT = vocab.ont("articleCount")
_STATED_TYPE = vocab.DESCRIPTION_PREDICATES[vocab.RDF + "type"]
_DERIVED = ("eventCount", "articleCount", "firstDate", "lastDate", "firstPublished", "maxConfidence",
            "status", "evidenceEvent")


def counter_names() -> list[str]:
    """Every counter the layout keeps."""
    return (["articles", "edges"] + [f"events/{r}" for r in RELATION_TYPES]
            + [f"entities/{t}" for t in ENTITY_TYPES])


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

    def core(self, first: EventFacts) -> list[Quad]:
        iri = self.iri
        if iri.value.startswith(vocab.EDGE):
            return [Quad(iri, _RDF_TYPE, _EDGE_CLASS, EDGES),
                    Quad(iri, _RDF_SUBJECT, first.subject, EDGES),
                    Quad(iri, _RDF_PREDICATE, first.relation, EDGES),
                    Quad(iri, _RDF_OBJECT, first.object, EDGES),
                    Quad(first.subject, first.relation, first.object, EDGES)]
        return [Quad(iri, _RDF_TYPE, _PAIR_CLASS, EDGES), Quad(iri, _RDF_PREDICATE, first.relation, EDGES),
                Quad(iri, _END, first.subject, EDGES), Quad(iri, _END, first.object, EDGES)]


def insert_data(quads: Iterable[Quad]) -> str:
    """``INSERT DATA`` of ``quads``, one ``GRAPH`` block per graph in the order first met."""
    graphs: dict[NamedNode, list[str]] = {}
    for quad in quads:
        graphs.setdefault(quad.graph_name, []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
    blocks = (f"GRAPH {graph} {{\n" + "\n".join(lines) + "\n}" for graph, lines in graphs.items())
    return "INSERT DATA {\n" + "\n".join(blocks) + "\n}"


@dataclass
class LayoutWrite:
    """The write of a batch in three parts — the operations before its data (old values deleted,
    replaced graphs dropped, counters moved), the quads it inserts, and the recomputations after
    them — and the states of the edge resources and entities it leaves, for the writer's cache
    once it has committed. ``update`` is the whole write as one SPARQL update."""

    before: list[str]
    data: list[Quad]
    after: list[str]
    tidy: list[str] = field(default_factory=list)  # run last: rank buckets the write left empty
    edges: dict[NamedNode, EdgeState] = field(default_factory=dict)
    entities: dict[NamedNode, EntityState] = field(default_factory=dict)
    recomputed: set[NamedNode] = field(default_factory=set)  # edges and entities recomputed by SPARQL
    _graphs: list[NamedNode] | None = field(default=None, repr=False, compare=False)

    @property
    def update(self) -> str:
        return vocab.sparql_prefixes() + " ;\n".join(self.operations)

    @property
    def operations(self) -> list[str]:
        return [*self.before, *([insert_data(self.data)] if self.data else []), *self.after, *self.tidy]

    @property
    def only_adds(self) -> bool:
        """True when nothing is recomputed after the data: the batch replaces and withdraws
        nothing, so its data can be loaded apart from the operations before it (``tidy`` runs
        after the data either way)."""
        return not self.after and not self.recomputed

    @property
    def touched(self) -> set[NamedNode]:
        """The edge and pair resources and the entities whose shared values the write changes."""
        return set(self.edges) | set(self.entities) | self.recomputed

    @property
    def graphs(self) -> list[NamedNode]:
        """The article graphs the data fills."""
        if self._graphs is None:
            shared = {EDGES, ENTITIES, LAYOUT}
            found = {q.graph_name for q in self.data} - shared
            self._graphs = sorted(found, key=lambda n: n.value)  # type: ignore[arg-type,return-value]
        return self._graphs

    def commit(self, cache: LayoutCache) -> None:
        cache.edges.update(self.edges)
        cache.entities.update(self.entities)
        for iri in self.recomputed:
            cache.edges.pop(iri, None)
            cache.entities.pop(iri, None)


def _article_count(state: EdgeState) -> int | None:
    value = state.value("articleCount")
    return int(value.value) if value is not None else None


def recomputed_edges(stale: set[NamedNode], ends: Iterable[NamedNode] = ()) -> list[str]:
    """Recomputes the derived values of the ``stale`` edge and pair resources from their events
    (deleting those left without events) and puts them in the rank buckets of their new article
    counts; ``ends`` are the entities they had as ends, whose emptied buckets go."""
    if not stale:
        return []
    values = f"VALUES ?x {{ {vocab.sparql_values(stale)} }}"
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
    return ops + ranks.ranked_operations(stale, ends)


def recomputed_entities(stale: set[NamedNode]) -> list[str]:
    if not stale:
        return []
    values = f"VALUES ?e {{ {vocab.sparql_values(stale)} }}"
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


def _entity_quads(articles: Sequence[ArticleFacts]) -> tuple[list[Quad], dict[NamedNode, int], set[tuple]]:
    """Merged-description quads, articles describing each entity, and (entity, type) pairs."""
    triples: dict[tuple[NamedNode, NamedNode, object], None] = {}  # a Quad is made once per triple
    described: dict[NamedNode, int] = {}
    typed: set[tuple[NamedNode, NamedNode]] = set()
    for article in articles:
        for entity, statements in article.descriptions.items():
            described[entity] = described.get(entity, 0) + 1
            for predicate, obj in statements:
                triples[(entity, predicate, obj)] = None
                if predicate == _RDF_TYPE and isinstance(obj, NamedNode) and obj.value.startswith(_SKG):
                    typed.add((entity, obj))
    return [Quad(s, p, o, ENTITIES) for s, p, o in triples], described, typed  # type: ignore[arg-type]


def write_update(articles: Sequence[ArticleFacts], previous: Mapping[str, PreviousArticle],
                 withdrawn: Sequence[str] = (), *, edge_states: Mapping[NamedNode, EdgeState] | None = None,
                 entity_states: Mapping[NamedNode, EntityState] | None = None) -> LayoutWrite:
    """The SPARQL update that writes ``articles`` (replacing what ``previous`` says the store held
    for them) and withdraws the articles ``withdrawn``, with every shared graph kept in step.

    ``previous`` maps the ids (written or withdrawn) whose graphs hold something to what they hold;
    ``edge_states`` and ``entity_states`` give what the shared graphs hold now for every edge and
    pair resource the new events count in and every entity the new articles describe (missing:
    not in the store).
    """
    edge_states = edge_states or {}
    entity_states = entity_states or {}
    ops: list[str] = [initial_update()]
    written = {a.article_id for a in articles}
    old = [previous[i] for i in sorted(written | set(withdrawn)) if i in previous]
    stale_aggregates: set[NamedNode] = set()
    stale_entities: set[NamedNode] = set()
    stale_ends: set[NamedNode] = set()  # the ends of the stale aggregates, whose buckets may empty
    deltas: dict[str, int] = {}
    unlinks: list[str] = []
    for before in old:
        for event, subject, relation, obj in before.events:
            stale_ends |= {subject, obj}
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
    entity_quads, described, typed = _entity_quads(articles)
    new_edges = sum(1 for iri in aggregates if iri.value.startswith(vocab.EDGE)
                    and not edge_states.get(iri, EdgeState()).exists)
    if new_edges:
        deltas["edges"] = deltas.get("edges", 0) + new_edges
    entities_after: dict[NamedNode, EntityState] = {}
    for entity, entity_type in typed:
        state = entities_after.get(entity, entity_states.get(entity, EntityState()))
        if entity_type not in state.types:
            name = f"entities/{entity_type.value.removeprefix(_SKG)}"
            deltas[name] = deltas.get(name, 0) + 1
            entities_after[entity] = replace(state, types=state.types | {entity_type})
    known = _known_deltas(deltas)
    if known:
        ops.append(known)

    removed: list[str] = []
    vacated: set[NamedNode] = set()
    edge_quads: dict[Quad, None] = {}
    edges_after: dict[NamedNode, EdgeState] = {}
    for aggregate in aggregates.values():
        for quad in aggregate.core(aggregate.events[0]):
            edge_quads.setdefault(quad, None)
        for event in aggregate.events:
            edge_quads.setdefault(Quad(aggregate.iri, _EVENT, event.iri, EDGES), None)
        if aggregate.iri in stale_aggregates:
            continue  # recomputed from its events below
        before_state = edge_states.get(aggregate.iri, EdgeState())
        change = edge_change(before_state, aggregate.events, vocab.EVIDENCE_KEPT)
        removed += (f"{aggregate.iri} {p} {o} ." for p, o in change.removed)
        for p, o in change.added:
            edge_quads.setdefault(Quad(aggregate.iri, p, o, EDGES), None)
        edges_after[aggregate.iri] = change.state
        old, new = _article_count(before_state), _article_count(change.state)
        if old != new:
            first = aggregate.events[0]
            ends = ranks.ends_of(aggregate.iri, first.subject, first.object)
            if old is not None:
                buckets = [ranks.bucket_iri(entity, role, first.relation, old) for entity, role in ends]
                vacated.update(buckets)
                removed += (f"{bucket} skg:rankMember {aggregate.iri} ." for bucket in buckets)
            for quad in ranks.member_quads(aggregate.iri, ends, first.relation, new):  # type: ignore[arg-type]
                edge_quads.setdefault(quad, None)
    entity_counts: list[Quad] = []
    removed_counts: list[str] = []
    for entity, n in sorted(described.items(), key=lambda p: p[0].value):
        if entity in stale_entities:
            continue
        state = entities_after.get(entity, entity_states.get(entity, EntityState()))
        count = Literal((int(state.article_count.value) if state.article_count else 0) + n)
        if state.article_count is not None:
            removed_counts.append(f"{entity} skg:articleCount {state.article_count} .")
        entity_counts.append(Quad(entity, _ARTICLE_COUNT, count, ENTITIES))
        entities_after[entity] = replace(state, article_count=count)
    removals = [f"GRAPH {graph} {{\n" + "\n".join(lines) + "\n}"
                for graph, lines in ((EDGES, removed), (ENTITIES, removed_counts)) if lines]
    if removals:
        ops.append("DELETE DATA {\n" + "\n".join(removals) + "\n}")
    data = [quad for article in articles for quad in article.quads]
    data += entity_quads + entity_counts
    data += edge_quads
    after = recomputed_edges(stale_aggregates, stale_ends) + recomputed_entities(stale_entities)
    tidy = ranks.tidy_operation(vacated)
    for iri in stale_entities:
        entities_after.pop(iri, None)
    return LayoutWrite(ops, data, after, [tidy] if tidy else [], edges_after, entities_after,
                       stale_aggregates | stale_entities,
                       _graphs=sorted({a.graph for a in articles}, key=lambda n: n.value))


def recount_update() -> str:
    """Sets every counter from the shared graphs and the article graphs, and the layout marker
    (the last step of a migration; also what the counters kept at write time must equal)."""
    return vocab.sparql_prefixes() + " ;\n".join(recount_operations())


def recount_operations() -> list[str]:
    """The operations of :func:`recount_update`."""
    counters = vocab.sparql_values(vocab.counter_iri(name) for name in counter_names())
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


def batch_update(store: GraphStore, writes: Iterable[ArticleWrite], withdrawn: Sequence[str] = (),
                 cache: LayoutCache | None = None) -> LayoutWrite | None:
    """The update for a batch of writes and withdrawals on ``store``, reading what it holds for
    those articles, edges and entities now (through ``cache`` when the writer keeps one); None
    when the batch is empty. The caller sends the update as one request, then commits the
    returned states to its cache."""
    batch = last_write_per_article(list(writes))
    if not batch and not withdrawn:
        return None
    cache = cache if cache is not None else LayoutCache()
    facts = [article_facts(write, vocab.ont("contentHash")) for write in batch]
    previous = previous_articles(store, [w.article_id for w in batch] + list(withdrawn))
    edges = read_edge_states(store, (iri for a in facts for e in a.events for iri in e.aggregates), cache)
    entities = read_entity_states(store, (e for a in facts for e in a.descriptions), cache)
    return write_update(facts, previous, withdrawn, edge_states=edges, entity_states=entities)
