"""The SPARQL behind the REST API, as functions over a store returning plain records (the
relations, read from the edge resources, are in ``graph/edge_queries.py``).

Every value that comes from a user (entity ids, relation names, statuses, dates, counts) is bound
through ``substitutions`` (SEP-0007), never written into the query text. pyoxigraph requires each
substituted variable of a SELECT to be projected, so the templates project (and, with aggregates,
group by) the variables they bind. Query texts are assembled only from the fixed fragments below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pyoxigraph import Literal, NamedNode
from sahelkg.graph import vocab
from sahelkg.graph.store.protocol import GraphStore, Term

from sahelkg.records import RELATION_TYPES, STATUSES

_DATE_BOUND = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
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
class TriggerRecord:
    """The words of an evidence sentence that state the relation, in article offsets like the
    sentence's."""

    start: int
    end: int
    text: str


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
    trigger: TriggerRecord | None = None


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


# ---------------------------------------------------------------------------------------- entities

# The merged descriptions (entities graph) and any description added by a SPARQL update elsewhere.
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
    rows = _rows(store, "SELECT DISTINCT ?g ?e WHERE { GRAPH ?g { ?d skg:describes ?e } }",
                 {"g": vocab.article_graph(article_id)})
    return {vocab.entity_id_of(row["e"].value) for row in rows}


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
