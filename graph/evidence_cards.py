"""Evidence cards: what a page of edges shows of each relation event, stored with the event as one
literal (``skg:evidenceCard``, a JSON literal of datatype ``rdf:JSON``) so that the evidence of a
page is one query that reads one value per event, not a dozen fields each.

A card is made from the event's own triples and those of its article, in the article graph, when
the article is written (``graph/mapping.py``) or migrated (``graph/store/migrate.py``): it lives
and goes with the event, so writing, replacing or withdrawing an article keeps it exact. The
fields stay in the graph as well; the card repeats them in the shape the API serves.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad
from sahelkg.graph import vocab
from sahelkg.graph.queries import ArticleRecord, EvidenceRecord, TriggerRecord

CARD = vocab.ont("evidenceCard")
JSON_TYPE = NamedNode(vocab.RDF + "JSON")
_RDF_TYPE = vocab.RDF + "type"
_EVENT = vocab.ONT + "RelationEvent"
_ARTICLE = vocab.ONT + "Article"

# card key -> predicate of the event whose value it holds (as its lexical form)
_EVENT_FIELDS = {"s": "subject", "o": "object", "status": "status", "date": "eventDate",
                 "precision": "datePrecision", "confidence": "confidence", "text": "evidence",
                 "start": "evidenceStart", "end": "evidenceEnd", "order": "evidenceOrder",
                 "trigger_start": "triggerStart", "trigger_end": "triggerEnd", "trigger_text": "triggerText"}
_ARTICLE_FIELDS = {"article_id": vocab.ONT + "articleId", "title": vocab.DCTERMS + "title",
                   "url": vocab.ONT + "url", "issued": vocab.DCTERMS + "issued"}
_INTEGERS = frozenset({"start", "end", "trigger_start", "trigger_end"})
_EVENT_PREDICATES = {key: vocab.ONT + name for key, name in _EVENT_FIELDS.items()}


def _first(values: dict[str, list[Any]], predicate: str) -> Any:
    found = values.get(predicate)
    return found[0] if found else None


def _card(values: dict[str, list[Any]], article: NamedNode | None,
          article_values: dict[str, list[Any]]) -> dict[str, Any]:
    card: dict[str, Any] = {}
    for key, predicate in _EVENT_PREDICATES.items():
        term = _first(values, predicate)
        if term is None:
            continue
        if key in ("s", "o"):
            card[key] = vocab.entity_id_of(term.value)
        elif key in _INTEGERS:
            card[key] = int(term.value)
        elif key == "confidence":
            card[key] = float(term.value)
        else:
            card[key] = term.value
    text = _first(values, _EVENT_PREDICATES["text"])
    if isinstance(text, Literal) and text.language:
        card["lang"] = text.language
    if article is not None:
        card["article"] = article.value
    for key, predicate in _ARTICLE_FIELDS.items():
        term = _first(article_values, predicate)
        if term is not None:
            card[key] = term.value
    return card


def _card_literal(card: dict[str, Any]) -> Literal:
    return Literal(json.dumps(card, ensure_ascii=False, separators=(",", ":")),
                   datatype=JSON_TYPE)


def card_quads(quads: Iterable[Quad]) -> list[Quad]:
    """The card of every relation event among one article graph's ``quads`` (a card already
    among them is ignored: the cards are made anew)."""
    by_subject: dict[NamedNode, dict[str, list[Any]]] = {}
    graph = None
    for quad in quads:
        if quad.predicate == CARD:
            continue
        graph = quad.graph_name
        by_subject.setdefault(quad.subject, {}).setdefault(quad.predicate.value, []).append(quad.object)  # type: ignore[arg-type]
    return cards_of(by_subject, graph)


def cards_of(by_subject: dict[NamedNode, dict[str, list[Any]]], graph: Any) -> list[Quad]:
    """The card quads of the relation events among ``by_subject`` (subject -> predicate IRI ->
    objects: the triples of one article graph, or of its events and article resource)."""
    articles = {subject: values for subject, values in by_subject.items()
                if any(t.value == _ARTICLE for t in values.get(_RDF_TYPE, []))}
    out: list[Quad] = []
    for subject, values in by_subject.items():
        if not any(t.value == _EVENT for t in values.get(_RDF_TYPE, [])):
            continue
        article = _first(values, vocab.PROV + "wasDerivedFrom")
        article_values = articles.get(article, {}) if isinstance(article, NamedNode) else {}
        card = _card(values, article if isinstance(article, NamedNode) else None, article_values)
        out.append(Quad(subject, CARD, _card_literal(card), graph))
    return out


def read_card(card: Literal) -> dict[str, Any]:
    """The fields of a card (its ``order`` is the event's ``skg:evidenceOrder``)."""
    data = json.loads(card.value)
    if not isinstance(data, dict):
        raise ValueError(f"an evidence card is not a JSON object: {card.value[:80]!r}")
    return data


def evidence_record(event: str, data: dict[str, Any], relation: str) -> EvidenceRecord:
    """The evidence an event's card (read by :func:`read_card`) shows, as the API serves it."""
    trigger = None
    if "trigger_start" in data and "trigger_end" in data and "trigger_text" in data:
        trigger = TriggerRecord(start=data["trigger_start"], end=data["trigger_end"],
                                text=data["trigger_text"])
    article = data.get("article", "")
    return EvidenceRecord(
        event=event,
        subject=data.get("s", ""),
        relation=relation,
        object=data.get("o", ""),
        status=data.get("status"),
        date=data.get("date"),
        date_precision=data.get("precision"),
        confidence=data.get("confidence"),
        text=data.get("text"),
        lang=data.get("lang"),
        start=data.get("start"),
        end=data.get("end"),
        article=ArticleRecord(id=data.get("article_id") or vocab.local_name(article), title=data.get("title"),
                              url=data.get("url"), date=data.get("issued")),
        trigger=trigger,
    )
