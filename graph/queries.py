"""The SPARQL behind the REST API, as functions over a store returning plain records.

Every value that comes from a user (entity ids, relation names, statuses, dates, counts) is bound
through ``substitutions`` (SEP-0007), never written into the query text. pyoxigraph requires each
substituted variable of a SELECT to be projected, so the templates project (and, with aggregates,
group by) the variables they bind. Query texts are assembled only from the fixed fragments below.

Symmetric relations (meet, cooperate, ally, agree) are stored once, in extracted direction; when a
pattern binds the subject or the object, a stored ``B meet A`` also answers ``A meet ?``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import product
from typing import Any

from pyoxigraph import Literal, NamedNode
from sahelkg.graph import vocab
from sahelkg.graph.store.protocol import GraphStore, Term

from sahelkg.records import RELATION_TYPES, STATUSES, SYMMETRIC_RELATIONS

_XSD_INTEGER = NamedNode(vocab.XSD + "integer")
_DATE_BOUND = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# Sorts after every digit and "-": "2018-08~" is above every day of August 2018, below "2018-09".
_PERIOD_END = "~"
_SYMMETRIC_FILTER = "FILTER(?rel IN ({}))".format(
    ", ".join(f"<{vocab.ONT}{name}>" for name in sorted(SYMMETRIC_RELATIONS)))
_ENTITY_PREDICATES = {
    vocab.RDF + "type": "type",
    vocab.RDFS + "label": "label",
    vocab.SKOS + "prefLabel": "prefLabel",
    vocab.SKOS + "altLabel": "altLabel",
    vocab.OWL + "sameAs": "sameAs",
    vocab.GEO + "lat": "lat",
    vocab.GEO + "long": "long",
    vocab.ONT + "geonamesId": "geonames",
    vocab.ONT + "country": "country",
    vocab.ONT + "isoCode": "iso",
}


class QueryInputError(ValueError):
    """A value that cannot be used in a query (unknown relation or status, malformed date)."""


# ---------------------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """An entity as described in the graph: every label, alias and type met in any article."""

    id: str
    type: str | None
    label: str  # canonical label: the English skos:prefLabel when there is one
    labels: dict[str, str] = field(default_factory=dict)  # language -> rdfs:label
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    lat: float | None = None  # a place's WGS84 coordinates
    long: float | None = None
    geonames: str | None = None
    country: str | None = None  # id of the country it is in
    iso: tuple[str, ...] = ()  # a country's ISO 3166 codes

    def label_in(self, lang: str | None) -> str:
        """The label in ``lang`` when the entity has one, else the canonical label."""
        return self.labels.get(lang, self.label) if lang else self.label


@dataclass(frozen=True, slots=True)
class RelationFilters:
    """Restrictions on the relation events behind an edge."""

    status: str | None = None  # one of STATUSES
    date_from: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD; an event overlapping the period counts
    date_to: str | None = None
    min_articles: int = 1

    def __post_init__(self) -> None:
        if self.status is not None and self.status not in STATUSES:
            raise QueryInputError(f"unknown status {self.status!r}; expected one of: {', '.join(STATUSES)}")
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and not _DATE_BOUND.fullmatch(value):
                raise QueryInputError(f"{name} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        if self.min_articles < 1:
            raise QueryInputError(f"min_articles must be at least 1, not {self.min_articles}")


@dataclass(frozen=True, slots=True)
class EdgeRecord:
    """One (subject, relation, object) edge with what supports it."""

    subject: str
    relation: str
    object: str
    articles: int  # distinct supporting articles
    events: int  # relation events (statements) behind the edge
    statuses: tuple[str, ...]
    first_date: str | None  # earliest / latest event date as stored (YYYY, YYYY-MM or YYYY-MM-DD)
    last_date: str | None


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    id: str
    title: str | None = None
    url: str | None = None
    date: str | None = None  # publication date
    lang: str | None = None
    outlet: str | None = None
    source: str | None = None
    relation_count: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "url": self.url, "date": self.date}


@dataclass(frozen=True, slots=True)
class EvidenceRecord:
    """One relation event: the sentence that states it, where, and in which article."""

    event: str  # event IRI
    subject: str  # as stored (a symmetric relation may be stored in the other direction)
    relation: str
    object: str
    status: str | None
    date: str | None
    date_precision: str | None
    confidence: float | None
    text: str | None
    lang: str | None
    start: int | None
    end: int | None
    article: ArticleRecord


# ---------------------------------------------------------------------------------------- helpers


def entity_node(entity_id: str) -> NamedNode:
    return vocab.entity_iri(entity_id)


def relation_node(relation: str) -> NamedNode:
    if relation not in RELATION_TYPES:
        raise QueryInputError(f"unknown relation {relation!r}; expected one of: {', '.join(RELATION_TYPES)}")
    return vocab.relation_property(relation)


def _value(term: Term | None) -> str | None:
    return None if term is None else term.value


def _int(term: Term | None) -> int | None:
    return None if term is None else int(term.value)


def _rows(store: GraphStore, sparql: str, substitutions: Mapping[str, Term] | None = None) -> list[Any]:
    result = store.query(vocab.sparql_prefixes() + sparql, substitutions=substitutions or None)
    return list(result)  # type: ignore[arg-type]


def _period_start(bound: str) -> Literal:
    return Literal(bound)


def _period_end(bound: str) -> Literal:
    return Literal(bound + _PERIOD_END)


# ---------------------------------------------------------------------------------------- entities

# Entity descriptions are repeated in the graph of every article that mentions the entity: take
# each entity once before reading its descriptions, or a hub is read once per article per article.
_ENTITY_DESCRIPTIONS = """
SELECT DISTINCT ?id ?p ?v WHERE {
  { SELECT DISTINCT ?e ?id WHERE { ?e skg:entityId ?id } }
  VALUES ?p { rdf:type rdfs:label skos:prefLabel skos:altLabel owl:sameAs geo:lat geo:long
              skg:geonamesId skg:country skg:isoCode }
  ?e ?p ?v .
}
"""


def article_entity_ids(store: GraphStore, article_id: str) -> set[str]:
    """Ids of the entities described in one article's graph."""
    rows = _rows(store, "SELECT DISTINCT ?g ?id WHERE { GRAPH ?g { ?e skg:entityId ?id } }",
                 {"g": vocab.article_graph(article_id)})
    return {row["id"].value for row in rows}


def entity_catalogue(store: GraphStore, ids: Iterable[str] | None = None) -> list[EntityRecord]:
    """Every entity in the store (or those of ``ids`` that are still in it) with all its labels,
    aliases, type and Wikidata id, sorted by id."""
    found: dict[str, dict[str, Any]] = {}
    sparql = _ENTITY_DESCRIPTIONS
    if ids is not None:
        values = " ".join(str(Literal(i)) for i in sorted(set(ids)))
        if not values:
            return []
        sparql = sparql.replace("WHERE { ?e skg:entityId ?id }",
                                f"WHERE {{ VALUES ?id {{ {values} }} ?e skg:entityId ?id }}")
    for row in _rows(store, sparql):
        entity = found.setdefault(row["id"].value, {"types": set(), "labels": {}, "pref": {}, "aliases": {},
                                                      "wikidata": None, "iso": set()})
        kind = _ENTITY_PREDICATES.get(row["p"].value)
        value = row["v"]
        if kind == "type":
            if value.value.startswith(vocab.ONT):
                entity["types"].add(vocab.local_name(value.value))
        elif kind == "label" and isinstance(value, Literal):
            entity["labels"].setdefault(value.language or "", set()).add(value.value)
        elif kind == "prefLabel" and isinstance(value, Literal):
            entity["pref"].setdefault(value.language or "", set()).add(value.value)
        elif kind == "altLabel" and isinstance(value, Literal):
            entity["aliases"][value.value] = None
        elif kind == "sameAs" and value.value.startswith(vocab.WD):
            entity["wikidata"] = vocab.local_name(value.value)
        elif kind in ("lat", "long") and isinstance(value, Literal):
            entity[kind] = float(value.value)
        elif kind == "geonames" and isinstance(value, Literal):
            entity["geonames"] = value.value
        elif kind == "country" and value.value.startswith(vocab.ENTITY):
            entity["country"] = vocab.entity_id_of(value.value)
        elif kind == "iso" and isinstance(value, Literal):
            entity["iso"].add(value.value)
    records = []
    for entity_id in sorted(found):
        entity = found[entity_id]
        labels = {lang: min(values) for lang, values in entity["labels"].items() if lang}
        pref = entity["pref"]
        label = (min(pref["en"]) if "en" in pref else min(min(v) for v in pref.values()) if pref
                 else labels.get("en") or next(iter(labels.values()), entity_id))
        records.append(EntityRecord(
            id=entity_id,
            type=min(entity["types"]) if entity["types"] else None,
            label=label,
            labels=labels,
            aliases=tuple(sorted(a for a in entity["aliases"] if a != label)),
            wikidata=entity["wikidata"],
            lat=entity.get("lat"),
            long=entity.get("long"),
            geonames=entity.get("geonames"),
            country=entity.get("country"),
            iso=tuple(sorted(entity["iso"])),
        ))
    return records


# ---------------------------------------------------------------------------------------- relations


def _event_pattern(reverse: bool, bound: set[str], event_lines: list[str]) -> str:
    """Events matching ?s ?rel ?o; with ``reverse`` also stored ``?o ?rel ?s`` of symmetric relations.

    Oxigraph joins in the order written and does not use substituted values to plan, so the
    triple pattern of a bound position comes first, and the event's other required patterns
    (``event_lines``) go inside each branch of the UNION (joined after it, they are scanned whole).
    """
    def ordered(subject_var: str, object_var: str) -> str:
        parts = {"s": f"skg:subject ?{subject_var}", "o": f"skg:object ?{object_var}",
                 "rel": "skg:relation ?rel"}
        stored = {"s": subject_var, "o": object_var, "rel": "rel"}
        first = [key for key in ("s", "o", "rel") if stored[key] in bound]
        rest = [key for key in ("s", "o", "rel") if key not in first]
        return "?ev " + " ; ".join(parts[key] for key in first + rest) + " . " + " ".join(event_lines)

    forward = f"{{ {ordered('s', 'o')} }}"
    if not reverse:
        return forward
    backward = f"{{ {ordered('o', 's')} {_SYMMETRIC_FILTER} }}"
    return f"{forward}\n  UNION\n  {backward}"


def _filter_pattern(filters: RelationFilters,
                    substitutions: dict[str, Term]) -> tuple[list[str], str, list[str]]:
    """The filters as (lines inside the event pattern, the pattern after it, the variables they bind,
    to project), filling ``substitutions``."""
    inside = ["?ev prov:wasDerivedFrom ?art ; skg:status ?status ."]
    after = ""
    bound: list[str] = []
    if filters.status is not None:
        substitutions["status"] = Literal(filters.status)
        bound.append("status")
    if filters.date_from is None and filters.date_to is None:
        after = "OPTIONAL { ?ev skg:eventDate ?date }"
    else:
        inside.append("?ev skg:eventDate ?date .")
        if filters.date_from is not None:
            substitutions["date_from"] = _period_start(filters.date_from)
            inside.append(f'FILTER(CONCAT(STR(?date), "{_PERIOD_END}") >= ?date_from)')
            bound.append("date_from")
        if filters.date_to is not None:
            substitutions["date_to"] = _period_end(filters.date_to)
            inside.append("FILTER(STR(?date) <= ?date_to)")
            bound.append("date_to")
    return inside, after, bound


# Oxigraph's MIN/MAX are unbound as soon as one value is unbound (an event without a date), so
# undated events aggregate as sentinels that sort after (MIN) or before (MAX) every ISO date.
_NO_DATE_MIN = "~"


def _date_or_none(term: Any) -> str | None:
    text = _value(term)
    return None if text in (None, "", _NO_DATE_MIN) else text


def _edge_query(reverse: bool, filters: RelationFilters, substitutions: dict[str, Term],
                limit: int, offset: int) -> str:
    inside, after, bound = _filter_pattern(filters, substitutions)
    having = ""
    if filters.min_articles > 1:
        substitutions["min_articles"] = Literal(str(filters.min_articles), datatype=_XSD_INTEGER)
        bound.append("min_articles")
        having = "HAVING (COUNT(DISTINCT ?art) >= ?min_articles)"
    group = " ".join(f"?{name}" for name in ["s", "rel", "o", *bound])
    return f"""
SELECT {group} (COUNT(DISTINCT ?art) AS ?articles) (COUNT(DISTINCT ?ev) AS ?events)
       (GROUP_CONCAT(DISTINCT ?status; separator=" ") AS ?statuses)
       (MIN(COALESCE(STR(?date), "{_NO_DATE_MIN}")) AS ?first_date)
       (MAX(COALESCE(STR(?date), "")) AS ?last_date)
WHERE {{
  {_event_pattern(reverse, set(substitutions), inside)}
  {after}
}}
GROUP BY {group}
{having}
ORDER BY DESC(COUNT(DISTINCT ?art)) ?s ?rel ?o
LIMIT {int(limit)} OFFSET {int(offset)}
"""


def _edge_record(row: Any) -> EdgeRecord:
    statuses = row["statuses"].value.split() if row["statuses"] is not None else []
    return EdgeRecord(
        subject=vocab.entity_id_of(row["s"].value),
        relation=vocab.local_name(row["rel"].value),
        object=vocab.entity_id_of(row["o"].value),
        articles=int(row["articles"].value),
        events=int(row["events"].value),
        statuses=tuple(sorted(set(statuses))),
        first_date=_date_or_none(row["first_date"]),
        last_date=_date_or_none(row["last_date"]),
    )


def _edge_sort_key(edge: EdgeRecord) -> tuple[int, str, str, str]:
    # the order of the SPARQL ORDER BY: most articles first, then by IRI
    return (-edge.articles, entity_node(edge.subject).value, vocab.relation_property(edge.relation).value,
            entity_node(edge.object).value)


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
    most-supported first, paged by ``limit``/``offset``.

    Several candidate ids for a position (a label naming more than one entity) each run their own
    query; the merged list keeps the same order. ``symmetric_both_ways=False`` matches symmetric
    relations only in stored direction.
    """
    filters = filters or RelationFilters()
    if limit < 0 or offset < 0:
        raise QueryInputError("limit and offset must not be negative")
    rel_node = relation_node(relation) if relation is not None else None
    reverse = (symmetric_both_ways and bool(subjects or objects)
               and (relation is None or relation in SYMMETRIC_RELATIONS))
    combos = list(product(subjects or [None], objects or [None]))
    edges: dict[tuple[str, str, str], EdgeRecord] = {}
    for subject, obj in combos:
        substitutions: dict[str, Term] = {}
        if subject is not None:
            substitutions["s"] = entity_node(subject)
        if obj is not None:
            substitutions["o"] = entity_node(obj)
        if rel_node is not None:
            substitutions["rel"] = rel_node
        window = (limit, offset) if len(combos) == 1 else (limit + offset, 0)
        sparql = _edge_query(reverse, filters, substitutions, *window)
        for row in _rows(store, sparql, substitutions):
            edge = _edge_record(row)
            edges.setdefault((edge.subject, edge.relation, edge.object), edge)
    ordered = sorted(edges.values(), key=_edge_sort_key)
    return ordered if len(combos) == 1 else ordered[offset:offset + limit]


_EVIDENCE = """
SELECT DISTINCT ?ev ?stored_s ?stored_o {bound} ?status ?date ?precision ?confidence ?text ?start ?end
       ?art ?article_id ?title ?url ?issued
WHERE {{
  {pattern}
  {after}
  OPTIONAL {{ ?ev skg:datePrecision ?precision }}
  OPTIONAL {{ ?ev skg:confidence ?confidence }}
  OPTIONAL {{ ?ev skg:evidence ?text }}
  OPTIONAL {{ ?ev skg:evidenceStart ?start }}
  OPTIONAL {{ ?ev skg:evidenceEnd ?end }}
  OPTIONAL {{ ?art skg:articleId ?article_id }}
  OPTIONAL {{ ?art dcterms:title ?title }}
  OPTIONAL {{ ?art skg:url ?url }}
  OPTIONAL {{ ?art dcterms:issued ?issued }}
}}
ORDER BY ?date ?article_id ?start ?ev
LIMIT {limit}
"""


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
    substitutions: dict[str, Term] = {"s": entity_node(subject), "rel": relation_node(relation),
                                      "o": entity_node(obj)}
    inside, after, bound = _filter_pattern(filters, substitutions)
    reverse = symmetric_both_ways and relation in SYMMETRIC_RELATIONS
    sparql = _EVIDENCE.format(
        bound=" ".join(f"?{name}" for name in ["s", "rel", "o", *bound] if name != "status"),
        pattern=_event_pattern(reverse, set(substitutions),
                               [*inside, "?ev skg:subject ?stored_s ; skg:object ?stored_o ."]),
        after=after,
        limit=int(limit),
    )
    records = []
    for row in _rows(store, sparql, substitutions):
        text = row["text"]
        records.append(EvidenceRecord(
            event=row["ev"].value,
            subject=vocab.entity_id_of(row["stored_s"].value),
            relation=relation,
            object=vocab.entity_id_of(row["stored_o"].value),
            status=_value(row["status"]),
            date=_value(row["date"]),
            date_precision=_value(row["precision"]),
            confidence=float(row["confidence"].value) if row["confidence"] is not None else None,
            text=_value(text),
            lang=(text.language or None) if isinstance(text, Literal) else None,
            start=_int(row["start"]),
            end=_int(row["end"]),
            article=ArticleRecord(
                id=_value(row["article_id"]) or vocab.local_name(row["art"].value),
                title=_value(row["title"]),
                url=_value(row["url"]),
                date=_value(row["issued"]),
            ),
        ))
    return records


# ---------------------------------------------------------------------------------------- articles

_ARTICLES = """
SELECT ?id ?title ?url ?issued ?lang ?outlet ?source ?count WHERE {{{values}
  ?art a skg:Article ; skg:articleId ?id .
  OPTIONAL {{ ?art dcterms:title ?title }}
  OPTIONAL {{ ?art skg:url ?url }}
  OPTIONAL {{ ?art dcterms:issued ?issued }}
  OPTIONAL {{ ?art dcterms:language ?lang }}
  OPTIONAL {{ ?art skg:outlet ?outlet }}
  OPTIONAL {{ ?art skg:sourceFile ?source }}
  OPTIONAL {{ ?art skg:relationCount ?count }}
}}
ORDER BY ?id
LIMIT {limit} OFFSET {offset}
"""


def articles(store: GraphStore, *, limit: int = 50, offset: int = 0,
             ids: Iterable[str] | None = None) -> list[ArticleRecord]:
    """The source articles in the store, sorted by id, paged; only those of ``ids`` when given
    (looked up by their IRIs, without a scan of every article)."""
    if limit < 0 or offset < 0:
        raise QueryInputError("limit and offset must not be negative")
    values = ""
    if ids is not None:
        nodes = " ".join(str(vocab.article_iri(article_id)) for article_id in dict.fromkeys(ids))
        values = f"\n  VALUES ?art {{ {nodes} }}"
    records = []
    for row in _rows(store, _ARTICLES.format(values=values, limit=int(limit), offset=int(offset))):
        records.append(ArticleRecord(
            id=row["id"].value,
            title=_value(row["title"]),
            url=_value(row["url"]),
            date=_value(row["issued"]),
            lang=_value(row["lang"]),
            outlet=_value(row["outlet"]),
            source=_value(row["source"]),
            relation_count=_int(row["count"]),
        ))
    return records
