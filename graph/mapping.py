"""Mapping of extracted records to RDF: one article becomes the quads of its own named graph.

The article graph ``vocab.article_graph(id)`` holds what the article alone says: the article
resource, its reified relation events (each pointing at its edge resource with ``skg:edge``, and
carrying ``skg:evidenceOrder``, the key that orders the evidence of an edge, and its evidence card:
``graph/evidence_cards.py``), and the article's
description of each entity it names (``art:{id}#{entity}``, ``skg:describes`` the entity, with the
``skg:stated...`` predicates of ``vocab.DESCRIPTION_PREDICATES``). The merged entity descriptions,
the direct edges and the edge resources are derived from these by the store's layout
(``graph/store/layout.py``), which keeps each of them once in the shared graphs.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad
from sahelkg.graph import vocab
from sahelkg.graph.evidence_cards import cards_of
from sahelkg.graph.store.protocol import ArticleWrite

from sahelkg.records import (
    ENTITY_TYPES,
    RELATION_TYPES,
    STATUSES,
    Article,
    Entity,
    Evidence,
    ExtractedArticle,
    Relation,
)

_RDF_TYPE = NamedNode(vocab.RDF + "type")
_RDFS_LABEL = NamedNode(vocab.RDFS + "label")
_SKOS_PREF = NamedNode(vocab.SKOS + "prefLabel")
_SKOS_ALT = NamedNode(vocab.SKOS + "altLabel")
_OWL_SAME_AS = NamedNode(vocab.OWL + "sameAs")
_PROV_ENTITY = NamedNode(vocab.PROV + "Entity")
_PROV_DERIVED = NamedNode(vocab.PROV + "wasDerivedFrom")
_GEO_LAT = NamedNode(vocab.GEO + "lat")
_GEO_LONG = NamedNode(vocab.GEO + "long")
_DC_TITLE = NamedNode(vocab.DCTERMS + "title")
_DC_LANGUAGE = NamedNode(vocab.DCTERMS + "language")
_DC_ISSUED = NamedNode(vocab.DCTERMS + "issued")


def _xsd(name: str) -> NamedNode:
    return NamedNode(vocab.XSD + name)


_DATE_TYPES = {"day": _xsd("date"), "month": _xsd("gYearMonth"), "year": _xsd("gYear")}
_DATE_SHAPES = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "year": re.compile(r"\d{4}"),
}
_LANG_TAG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WIKIDATA_ID = re.compile(r"Q\d+")


class MappingError(ValueError):
    """An extracted record that cannot be written as RDF (unknown relation, type, status...)."""


def _lang(tag: str | None) -> str | None:
    """A usable BCP 47 language tag, or None."""
    if tag and _LANG_TAG.fullmatch(tag):
        return tag.lower()
    return None


def _text(value: str, lang: str | None = None) -> Literal:
    return Literal(value, language=lang) if lang else Literal(value)


def script_language(text: str) -> str:
    """Language tag used for a canonical label: "en" for Latin script, else "ar"."""
    return "en" if _LATIN.search(text) and not _ARABIC.search(text) else "ar"


def event_key(article_id: str, relation: Relation) -> str:
    """Stable id of a relation event: sha1 of article id, relation, subject, object, evidence start."""
    start = str(relation.evidence.start) if relation.evidence is not None else ""
    raw = "|".join((article_id, relation.relation, relation.subject.id, relation.object.id, start))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def decimal_literal(value: float) -> Literal:
    """``0.85`` -> ``"0.85"^^xsd:decimal`` (three decimals at most)."""
    text = format(Decimal(repr(round(float(value), 3))), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=_xsd("decimal"))


def integer_literal(value: int) -> Literal:
    return Literal(str(int(value)), datatype=_xsd("integer"))


def date_precision(date: str, precision: str | None) -> str:
    """The precision of an ISO date: the given one when it fits the text, else read from its shape."""
    for name, shape in _DATE_SHAPES.items():
        if shape.fullmatch(date):
            if precision not in (None, name):
                raise MappingError(f"date {date!r} does not have precision {precision!r}")
            return name
    raise MappingError(f"event date {date!r} is not YYYY-MM-DD, YYYY-MM or YYYY")


class _Quads:
    """An ordered set of quads in one graph, kept as (subject, predicate, object) terms (a ``Quad``
    costs several times a tuple to build; they are made, or written as N-Quads, once at the end);
    the values of the subjects it is asked to record (the events and the article: what their
    evidence cards are made of) are kept as well."""

    def __init__(self, graph: NamedNode) -> None:
        self.graph = graph
        self._seen: dict[tuple[NamedNode, NamedNode, Any], None] = {}
        self.recorded: dict[NamedNode, dict[str, list[Any]]] = {}

    def record(self, subject: NamedNode) -> None:
        self.recorded.setdefault(subject, {})

    def add(self, subject: NamedNode, predicate: NamedNode, obj: Any) -> None:
        self._seen[(subject, predicate, obj)] = None  # a triple met again keeps its first place
        values = self.recorded.get(subject)
        if values is not None:
            values.setdefault(predicate.value, []).append(obj)

    def list(self) -> list[Quad]:
        graph = self.graph
        return [Quad(s, p, o, graph) for s, p, o in self._seen]

    def nquads(self, extra: list[Quad]) -> bytes:
        """These quads, then ``extra``, as N-Quads: the bytes pyoxigraph's serializer writes for
        them (a term's ``str`` is its N-Triples form)."""
        graph = f" {self.graph} .\n"
        lines = [f"{s} {p} {o}{graph}" for s, p, o in self._seen]
        lines += [f"{q.subject} {q.predicate} {q.object}{graph}" for q in extra]
        return "".join(lines).encode()


def _merge_entities(relations: tuple[Relation, ...]) -> dict[str, Entity]:
    """Entities by id; when an id appears twice its labels and aliases are merged (first wins)."""
    merged: dict[str, Entity] = {}
    for relation in relations:
        for entity in (relation.subject, relation.object):
            if entity.type not in ENTITY_TYPES:
                raise MappingError(f"entity {entity.id!r} has unknown type {entity.type!r}")
            known = merged.get(entity.id)
            if known is None:
                merged[entity.id] = entity
                continue
            labels = {**entity.labels, **known.labels}
            aliases = tuple(dict.fromkeys((*known.aliases, *entity.aliases)))
            merged[entity.id] = replace(known, labels=labels, aliases=aliases,
                                        wikidata=known.wikidata or entity.wikidata)
    return merged


class _Description:
    """Adds an article's statements about one entity to its description resource."""

    def __init__(self, out: _Quads, article_id: str, entity_id: str) -> None:
        self.out = out
        self.node = vocab.description_iri(article_id, entity_id)
        out.add(self.node, _RDF_TYPE, vocab.ont("EntityDescription"))
        out.add(self.node, vocab.ont("describes"), vocab.entity_iri(entity_id))

    def add(self, _entity: NamedNode, predicate: NamedNode, obj: Any) -> None:
        self.out.add(self.node, NamedNode(vocab.DESCRIPTION_PREDICATES[predicate.value]), obj)


def evidence_order(article_id: str, relation: Relation, event: str) -> str:
    """The key that orders the evidence of an edge: event date (undated first), article id,
    sentence start, event id. Ordered as plain strings: a year sorts before its months and days."""
    start = f"{relation.evidence.start:012d}" if relation.evidence is not None else ""
    return f"{relation.date or ''} {article_id} {start} {event}"


def _entity_quads(out: _Description, entity: Entity) -> None:
    node = vocab.entity_iri(entity.id)
    out.add(node, _RDF_TYPE, vocab.ont(entity.type))
    out.add(node, vocab.ont("entityId"), Literal(entity.id))
    for lang, label in sorted(entity.labels.items()):
        tag = _lang(lang)
        if label and tag:
            out.add(node, _RDFS_LABEL, Literal(label, language=tag))
    out.add(node, _SKOS_PREF, Literal(entity.label, language=script_language(entity.label)))
    for alias in entity.aliases:
        if alias and alias != entity.label:
            out.add(node, _SKOS_ALT, _text(alias, "ar" if _ARABIC.search(alias) else None))
    if entity.wikidata:
        qid = entity.wikidata.rsplit("/", 1)[-1]
        if _WIKIDATA_ID.fullmatch(qid):
            out.add(node, _OWL_SAME_AS, NamedNode(vocab.WD + qid))
    if entity.country:
        out.add(node, vocab.ont("country"), vocab.entity_iri(entity.country))
    if entity.lat is not None and entity.long is not None:
        out.add(node, _GEO_LAT, Literal(repr(entity.lat), datatype=_xsd("double")))
        out.add(node, _GEO_LONG, Literal(repr(entity.long), datatype=_xsd("double")))
    if entity.geonames:
        out.add(node, vocab.ont("geonamesId"), Literal(str(entity.geonames)))
        out.add(node, _OWL_SAME_AS, NamedNode(f"https://sws.geonames.org/{entity.geonames}/"))
    for code in entity.iso:
        out.add(node, vocab.ont("isoCode"), Literal(code))
    if entity.role:
        out.add(node, vocab.ont("introducedAs"), Literal(entity.role))


def trigger_span(evidence: Evidence) -> tuple[int, int] | None:
    """The trigger's article offsets when it lies inside the evidence sentence (and is not empty),
    else None: a trigger outside the sentence is dropped, the event is kept."""
    if evidence.trigger is None:
        return None
    start, end = evidence.trigger
    if evidence.start <= start < end <= evidence.end and end - evidence.start <= len(evidence.sentence):
        return start, end
    return None


def _event_quads(out: _Quads, article: Article, relation: Relation, lang: str | None) -> NamedNode:
    if relation.relation not in RELATION_TYPES:
        raise MappingError(f"unknown relation type {relation.relation!r}")
    if relation.status not in STATUSES:
        raise MappingError(f"unknown relation status {relation.status!r}")
    subject = vocab.entity_iri(relation.subject.id)
    obj = vocab.entity_iri(relation.object.id)
    prop = vocab.relation_property(relation.relation)

    key = event_key(article.id, relation)
    event = vocab.event_iri(key)
    out.record(event)
    out.add(event, _RDF_TYPE, vocab.ont("RelationEvent"))
    out.add(event, vocab.ont("edge"), vocab.edge_iri(subject.value, prop.value, obj.value))
    out.add(event, vocab.ont("relation"), prop)
    out.add(event, vocab.ont("subject"), subject)
    out.add(event, vocab.ont("object"), obj)
    out.add(event, vocab.ont("status"), Literal(relation.status))
    if relation.date:
        precision = date_precision(relation.date, relation.date_precision)
        out.add(event, vocab.ont("eventDate"), Literal(relation.date, datatype=_DATE_TYPES[precision]))
        out.add(event, vocab.ont("datePrecision"), Literal(precision))
    out.add(event, vocab.ont("confidence"), decimal_literal(relation.confidence))
    if relation.evidence is not None:
        out.add(event, vocab.ont("evidence"), _text(relation.evidence.sentence, lang))
        out.add(event, vocab.ont("evidenceStart"), integer_literal(relation.evidence.start))
        out.add(event, vocab.ont("evidenceEnd"), integer_literal(relation.evidence.end))
        trigger = trigger_span(relation.evidence)
        if trigger is not None:
            start, end = trigger
            out.add(event, vocab.ont("triggerStart"), integer_literal(start))
            out.add(event, vocab.ont("triggerEnd"), integer_literal(end))
            text = relation.evidence.sentence[start - relation.evidence.start:end - relation.evidence.start]
            out.add(event, vocab.ont("triggerText"), _text(text, lang))
    out.add(event, _PROV_DERIVED, vocab.article_iri(article.id))
    out.add(event, vocab.ont("evidenceOrder"), Literal(evidence_order(article.id, relation, key)))
    if relation.extractor:
        out.add(event, vocab.ont("extractorVersion"), Literal(relation.extractor))
    if relation.rule:
        out.add(event, vocab.ont("extractionRule"), Literal(relation.rule))
    return event


def _article_quads(out: _Quads, article: Article, lang: str | None, relation_count: int) -> None:
    node = vocab.article_iri(article.id)
    out.record(node)
    out.add(node, _RDF_TYPE, vocab.ont("Article"))
    out.add(node, _RDF_TYPE, _PROV_ENTITY)
    out.add(node, vocab.ont("articleId"), Literal(article.id))
    if article.title:
        out.add(node, _DC_TITLE, _text(article.title, lang))
    if article.url:
        out.add(node, vocab.ont("url"), Literal(article.url, datatype=_xsd("anyURI")))
    if article.source:
        out.add(node, vocab.ont("sourceFile"), Literal(article.source))
    if lang:
        out.add(node, _DC_LANGUAGE, Literal(lang))
    if article.published:
        precision = article.published_precision or "day"
        out.add(node, _DC_ISSUED, Literal(article.published_iso, datatype=_DATE_TYPES[precision]))
    if article.outlet:
        out.add(node, vocab.ont("outlet"), Literal(article.outlet))
    out.add(node, vocab.ont("contentHash"), Literal(article.content_hash))
    out.add(node, vocab.ont("relationCount"), integer_literal(relation_count))


def _one_relation_per_event(article_id: str, relations: tuple[Relation, ...]) -> dict[str, Relation]:
    """Relations that share an event key (same relation, ends and evidence) are one event: the most
    confident one is kept (the first among equals), so an event has one status, date and confidence."""
    kept: dict[str, Relation] = {}
    for relation in relations:
        key = event_key(article_id, relation)
        if key not in kept or relation.confidence > kept[key].confidence:
            kept[key] = relation
    return kept


def _article_graph(extracted: ExtractedArticle) -> tuple[_Quads, int]:
    """The article graph's triples (without the evidence cards) and its number of events."""
    article = extracted.article
    if not article.id:
        raise MappingError("article has an empty id")
    lang = _lang(article.lang)
    out = _Quads(vocab.article_graph(article.id))
    events = _one_relation_per_event(article.id, extracted.relations)
    for relation in events.values():
        _event_quads(out, article, relation, lang)
    for entity in _merge_entities(extracted.relations).values():
        _entity_quads(_Description(out, article.id, entity.id), entity)
    _article_quads(out, article, lang, len(events))
    return out, len(events)


def article_quads(extracted: ExtractedArticle) -> list[Quad]:
    """All quads for one article, in its named graph, without duplicates, in a stable order.

    Raises :class:`MappingError` for a record that does not fit the vocabulary.
    """
    out, _ = _article_graph(extracted)
    return out.list() + cards_of(out.recorded, out.graph)


def article_nquads(extracted: ExtractedArticle) -> tuple[bytes, int]:
    """The quads of :func:`article_quads` as N-Quads, in the same order, and the article's number
    of relation events (what a worker sends the writer, without building a ``Quad`` each)."""
    out, events = _article_graph(extracted)
    return out.nquads(cards_of(out.recorded, out.graph)), events


def article_write(extracted: ExtractedArticle) -> ArticleWrite:
    """What the store needs to replace this article's named graph atomically."""
    return ArticleWrite(
        article_id=extracted.article.id,
        content_hash=extracted.article.content_hash,
        quads=article_quads(extracted),
    )
