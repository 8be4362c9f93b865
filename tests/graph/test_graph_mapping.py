"""Extracted records -> RDF: the exact quads written for hand-built articles."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from kg_samples import HAFTAR, LIBYA, NIGER, make_article, make_relation
from sahelkg.graph import vocab
from sahelkg.graph.mapping import (
    MappingError,
    article_nquads,
    article_quads,
    article_write,
    decimal_literal,
    event_key,
)
from sahelkg.graph.store.oxigraph import OxigraphStore

from sahelkg.records import Article, Entity, Evidence, ExtractedArticle, Relation

S = "https://sahelkg.org/ontology#"
E = "https://sahelkg.org/entity/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
PREF = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"


def _lines(quads: list[ox.Quad], graph: str) -> set[str]:
    assert all(q.graph_name == ox.NamedNode(graph) for q in quads)
    return {f"{q.subject} {q.predicate} {q.object}" for q in quads}


def test_one_relation_article_gives_exactly_these_quads() -> None:
    article = Article("alwasat-1", "زار حفتر النيجر.", title="حفتر في نيامي", url="https://alwasat.ly/1",
                      published=date(2018, 8, 8), lang="ar", source="seeds/000.txt", outlet="Alwasat")
    relation = Relation("alwasat-1", HAFTAR, "visit", NIGER, "occurred", "2018-08-07", "day",
                        Evidence("زار حفتر النيجر.", 0, 16), 0.85, "rules-0.1")
    quads = article_quads(ExtractedArticle(article, (relation,)))
    key = hashlib.sha1(b"alwasat-1|visit|Khalifa_Haftar|Niger|0").hexdigest()
    ev = f"<https://sahelkg.org/event/{key}>"
    art = "<https://sahelkg.org/article/alwasat-1>"
    h, n = f"<{E}Khalifa_Haftar>", f"<{E}Niger>"
    dh, dn = "<https://sahelkg.org/article/alwasat-1#Khalifa_Haftar>", "<https://sahelkg.org/article/alwasat-1#Niger>"
    edge = hashlib.sha1(f"{E}Khalifa_Haftar\n{S}visit\n{E}Niger".encode()).hexdigest()
    expected = {
        f"{ev} {RDF_TYPE} <{S}RelationEvent>",
        f"{ev} <{S}edge> <https://sahelkg.org/edge/{edge}>",
        f"{ev} <{S}relation> <{S}visit>",
        f"{ev} <{S}subject> {h}",
        f"{ev} <{S}object> {n}",
        f'{ev} <{S}status> "occurred"',
        f'{ev} <{S}eventDate> "2018-08-07"^^<{XSD}date>',
        f'{ev} <{S}datePrecision> "day"',
        f'{ev} <{S}confidence> "0.85"^^<{XSD}decimal>',
        f'{ev} <{S}evidence> "زار حفتر النيجر."@ar',
        f'{ev} <{S}evidenceStart> "0"^^<{XSD}integer>',
        f'{ev} <{S}evidenceEnd> "16"^^<{XSD}integer>',
        f"{ev} <http://www.w3.org/ns/prov#wasDerivedFrom> {art}",
        f'{ev} <{S}evidenceOrder> "2018-08-07 alwasat-1 000000000000 {key}"',
        f'{ev} <{S}extractorVersion> "rules-0.1"',
        f"{dh} {RDF_TYPE} <{S}EntityDescription>",
        f"{dh} <{S}describes> {h}",
        f"{dh} <{S}statedType> <{S}Person>",
        f'{dh} <{S}statedEntityId> "Khalifa_Haftar"',
        f'{dh} <{S}statedLabel> "Khalifa Haftar"@en',
        f'{dh} <{S}statedLabel> "خليفة حفتر"@ar',
        f'{dh} <{S}statedLabel> "Khalifa Haftar"@fr',
        f'{dh} <{S}statedPrefLabel> "Khalifa Haftar"@en',
        f'{dh} <{S}statedAltLabel> "حفتر"@ar',
        f'{dh} <{S}statedAltLabel> "Haftar"',
        f"{dh} <{S}statedSameAs> <http://www.wikidata.org/entity/Q1140367>",
        f"{dn} {RDF_TYPE} <{S}EntityDescription>",
        f"{dn} <{S}describes> {n}",
        f"{dn} <{S}statedType> <{S}Country>",
        f'{dn} <{S}statedEntityId> "Niger"',
        f'{dn} <{S}statedLabel> "Niger"@en',
        f'{dn} <{S}statedLabel> "النيجر"@ar',
        f'{dn} <{S}statedLabel> "Niger"@fr',
        f'{dn} <{S}statedPrefLabel> "Niger"@en',
        f"{art} {RDF_TYPE} <{S}Article>",
        f"{art} {RDF_TYPE} <http://www.w3.org/ns/prov#Entity>",
        f'{art} <{S}articleId> "alwasat-1"',
        f'{art} <http://purl.org/dc/terms/title> "حفتر في نيامي"@ar',
        f'{art} <{S}url> "https://alwasat.ly/1"^^<{XSD}anyURI>',
        f'{art} <{S}sourceFile> "seeds/000.txt"',
        f'{art} <http://purl.org/dc/terms/language> "ar"',
        f'{art} <http://purl.org/dc/terms/issued> "2018-08-08"^^<{XSD}date>',
        f'{art} <{S}outlet> "Alwasat"',
        f'{art} <{S}contentHash> "{article.content_hash}"',
        f'{art} <{S}relationCount> "1"^^<{XSD}integer>',
    }
    cards = [q for q in quads if q.predicate.value == f"{S}evidenceCard"]
    assert [(f"<{c.subject.value}>", c.object.datatype.value) for c in cards] == [
        (ev, "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON")]
    assert json.loads(cards[0].object.value) == {  # what a page of edges shows of the event
        "s": "Khalifa_Haftar", "o": "Niger", "status": "occurred", "date": "2018-08-07", "precision": "day",
        "confidence": 0.85, "text": "زار حفتر النيجر.", "lang": "ar", "start": 0, "end": 16,
        "order": f"2018-08-07 alwasat-1 000000000000 {key}", "article": "https://sahelkg.org/article/alwasat-1",
        "article_id": "alwasat-1", "title": "حفتر في نيامي", "url": "https://alwasat.ly/1",
        "issued": "2018-08-08"}
    assert _lines([q for q in quads if q not in cards], "https://sahelkg.org/graph/alwasat-1") == expected
    assert len(quads) == len(expected) + 1  # no duplicates


TRIGGER_TERMS = ("triggerStart", "triggerEnd", "triggerText")
# an article whose second sentence states the visit: "زار" at article offsets 10-13
TRIGGER_TEXT = "خبر عاجل. زار حفتر النيجر."


def _trigger_quads(trigger: tuple[int, int] | None, lang: str | None = "ar") -> list[ox.Quad]:
    article = Article("t1", TRIGGER_TEXT, lang=lang)
    evidence = Evidence(TRIGGER_TEXT[10:], 10, len(TRIGGER_TEXT), trigger)
    relation = Relation("t1", HAFTAR, "visit", NIGER, evidence=evidence, confidence=0.8)
    return article_quads(ExtractedArticle(article, (relation,)))


def _event_values(quads: list[ox.Quad]) -> dict[str, list[ox.Literal]]:
    events = {q.subject for q in quads if q.object == vocab.ont("RelationEvent")}
    assert len(events) == 1
    out: dict[str, list[ox.Literal]] = {}
    for q in quads:
        if q.subject in events:
            out.setdefault(q.predicate.value.removeprefix(S), []).append(q.object)
    return out


def test_the_trigger_is_written_in_article_offsets_with_the_evidence_language() -> None:
    values = _event_values(_trigger_quads((10, 13)))
    integer = ox.NamedNode(XSD + "integer")
    assert values["triggerStart"] == [ox.Literal("10", datatype=integer)]
    assert values["triggerEnd"] == [ox.Literal("13", datatype=integer)]
    assert values["triggerText"] == [ox.Literal("زار", language="ar")]
    assert TRIGGER_TEXT[10:13] == "زار"
    assert values["evidence"] == [ox.Literal("زار حفتر النيجر.", language="ar")]
    assert values["evidenceStart"] == [ox.Literal("10", datatype=integer)]
    # no language tag on the article: none on the evidence, none on the trigger
    plain = _event_values(_trigger_quads((10, 13), lang=None))
    assert plain["triggerText"] == [ox.Literal("زار")]
    assert plain["evidence"] == [ox.Literal("زار حفتر النيجر.")]


@pytest.mark.parametrize("trigger", [(0, 3), (8, 13), (20, 30), (13, 13), (14, 12)])
def test_a_trigger_outside_the_sentence_is_dropped_and_the_event_kept(trigger: tuple[int, int]) -> None:
    values = _event_values(_trigger_quads(trigger))
    assert not set(TRIGGER_TERMS) & set(values)
    assert values["evidence"] and values["evidenceStart"] and values["relation"] == [vocab.ont("visit")]


def test_no_trigger_writes_none_of_the_trigger_terms() -> None:
    values = _event_values(_trigger_quads(None))
    assert not set(TRIGGER_TERMS) & set(values)
    end = ox.Literal(str(len(TRIGGER_TEXT)), datatype=ox.NamedNode(XSD + "integer"))
    assert values["evidenceEnd"] == [end]


def test_the_trigger_terms_are_declared_in_the_ontology() -> None:
    ontology = ox.Store()
    ontology.load(path=str(Path(vocab.__file__).with_name("ontology.ttl")), format=ox.RdfFormat.TURTLE)
    for term in TRIGGER_TERMS:
        node = ox.NamedNode(S + term)
        assert ox.NamedNode("http://www.w3.org/2002/07/owl#DatatypeProperty") in {
            q.object for q in ontology.quads_for_pattern(node, ox.NamedNode(RDF_TYPE[1:-1]), None)}
        assert list(ontology.quads_for_pattern(node, ox.NamedNode(LABEL[1:-1]), None))
        comment = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")
        assert list(ontology.quads_for_pattern(node, comment, None))


def test_article_write_carries_id_hash_and_quads() -> None:
    extracted = ExtractedArticle(make_article("x1"), (make_relation("x1", LIBYA, "meet", NIGER),))
    write = article_write(extracted)
    assert write.article_id == "x1"
    assert write.content_hash == extracted.article.content_hash
    assert list(write.quads) == article_quads(extracted)


def test_article_nquads_are_what_the_serializer_writes_for_the_article_quads() -> None:
    text = "زار حفتر النيجر. Haftar a rencontré le \"président\"\n\\ du Niger."
    article = Article("n1", text, title="t\u00e9\tx", published=date(2018, 8, 8), lang="ar",
                      url="https://e.org/a b")
    relations = (make_relation("n1", HAFTAR, "visit", NIGER), make_relation("n1", LIBYA, "meet", NIGER),
                 make_relation("n1", HAFTAR, "visit", NIGER))
    extracted = ExtractedArticle(article, relations)
    nquads, events = article_nquads(extracted)
    quads = article_quads(extracted)
    assert nquads == ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert list(ox.parse(nquads, ox.RdfFormat.N_QUADS)) == quads
    assert events == sum(1 for q in quads if q.object == vocab.ont("RelationEvent"))


def test_symmetric_relation_is_written_once_in_extracted_direction() -> None:
    store = OxigraphStore.in_memory()
    meeting = ExtractedArticle(make_article("m"), (make_relation("m", NIGER, "meet", LIBYA),))
    store.write_articles([article_write(meeting)])
    edges = [(q.subject, q.object) for q in store.quads() if q.predicate == vocab.ont("meet")]
    assert edges == [(vocab.entity_iri("Niger"), vocab.entity_iri("Libya"))]


@pytest.mark.parametrize(("when", "precision", "datatype"), [
    ("2024-01", "month", "gYearMonth"),
    ("2024", "year", "gYear"),
    ("2024", None, "gYear"),
    ("2018-08-07", None, "date"),
])
def test_event_date_is_typed_by_precision(when: str, precision: str | None, datatype: str) -> None:
    relation = make_relation("d", LIBYA, "agree", NIGER, date=when, date_precision=precision)
    quads = article_quads(ExtractedArticle(make_article("d"), (relation,)))
    dates = [q.object for q in quads if q.predicate == vocab.ont("eventDate")]
    precisions = [q.object.value for q in quads if q.predicate == vocab.ont("datePrecision")]
    assert dates == [ox.Literal(when, datatype=ox.NamedNode(XSD + datatype))]
    assert precisions == [precision or {"gYear": "year", "date": "day"}[datatype]]


def test_unknown_date_and_language_and_missing_metadata() -> None:
    article = Article("bare", "text")
    relation = Relation("bare", LIBYA, "support", NIGER, evidence=Evidence("Libya supports Niger", 3, 23))
    quads = article_quads(ExtractedArticle(article, (relation,)))
    predicates = {q.predicate for q in quads}
    assert vocab.ont("eventDate") not in predicates and vocab.ont("datePrecision") not in predicates
    assert vocab.ont("extractorVersion") not in predicates  # empty extractor string
    evidence = [q.object for q in quads if q.predicate == vocab.ont("evidence")]
    assert evidence == [ox.Literal("Libya supports Niger")]
    art = vocab.article_iri("bare")
    article_predicates = {q.predicate.value for q in quads if q.subject == art}
    assert article_predicates == {
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", S + "articleId", S + "contentHash",
        S + "relationCount"}


def test_duplicate_relations_merge_into_one_event_and_entities_merge_labels() -> None:
    niger_fr = Entity("Niger", "Niger", "Country", {"fr": "Le Niger"}, ("نيجر",))
    first = make_relation("dup", LIBYA, "cooperate", NIGER, 10)
    ally = make_relation("dup", LIBYA, "ally", niger_fr, 50)
    article = ExtractedArticle(make_article("dup"), (first, first, ally))
    quads = article_quads(article)
    events = {q.subject for q in quads if q.predicate == vocab.ont("relation")}
    assert len(events) == 2
    count = [q.object for q in quads if q.predicate == vocab.ont("relationCount")]
    assert count == [ox.Literal("2", datatype=ox.NamedNode(XSD + "integer"))]
    niger = vocab.description_iri("dup", "Niger")
    labels = {str(q.object) for q in quads
              if q.subject == niger and q.predicate.value.lower().endswith("label")}
    assert labels == {'"Niger"@en', '"النيجر"@ar', '"Niger"@fr', '"نيجر"@ar'}


def test_event_key_is_stable_and_distinguishes_evidence() -> None:
    one = make_relation("k", LIBYA, "meet", NIGER, 10)
    two = make_relation("k", LIBYA, "meet", NIGER, 99)
    assert event_key("k", one) == hashlib.sha1(b"k|meet|Libya|Niger|10").hexdigest()
    assert event_key("k", one) != event_key("k", two)
    no_evidence = Relation("k", LIBYA, "meet", NIGER)
    assert event_key("k", no_evidence) == hashlib.sha1(b"k|meet|Libya|Niger|").hexdigest()


@pytest.mark.parametrize(("value", "text"), [(0.85, "0.85"), (1, "1.0"), (0.5, "0.5"), (0.12345, "0.123"),
                                              (0.0, "0.0")])
def test_confidence_is_a_decimal(value: float, text: str) -> None:
    assert decimal_literal(value) == ox.Literal(text, datatype=ox.NamedNode(XSD + "decimal"))


@pytest.mark.parametrize(("relation", "message"), [
    (make_relation("bad", LIBYA, "befriend", NIGER), "unknown relation type 'befriend'"),
    (make_relation("bad", LIBYA, "meet", NIGER, status="rumoured"), "unknown relation status 'rumoured'"),
    (make_relation("bad", Entity("X", "X", "Planet"), "visit", NIGER),
     "entity 'X' has unknown type 'Planet'"),
    (make_relation("bad", LIBYA, "visit", NIGER, date="7 August 2018"), "is not YYYY-MM-DD"),
    (make_relation("bad", LIBYA, "visit", NIGER, date="2018", date_precision="day"),
     "does not have precision"),
])
def test_records_outside_the_vocabulary_are_refused(relation: Relation, message: str) -> None:
    with pytest.raises(MappingError, match=message):
        article_quads(ExtractedArticle(make_article("bad"), (relation,)))


def test_relations_sharing_an_event_key_give_one_event_with_the_highest_confidence() -> None:
    article = Article("alwasat-2", "زار حفتر النيجر.", lang="ar")
    evidence = Evidence("زار حفتر النيجر.", 0, 16)
    weak = Relation("alwasat-2", HAFTAR, "visit", NIGER, "reported", None, None, evidence, 0.5, "rules-0.1")
    strong = Relation("alwasat-2", HAFTAR, "visit", NIGER, "occurred", "2018-08", "month", evidence, 0.8,
                      "rules-0.1")
    quads = article_quads(ExtractedArticle(article, (weak, strong)))
    by_predicate: dict[str, list[str]] = {}
    for q in quads:
        if q.subject.value.startswith("https://sahelkg.org/event/"):
            by_predicate.setdefault(q.predicate.value, []).append(q.object.value)
    assert by_predicate[S + "confidence"] == ["0.8"]
    assert by_predicate[S + "status"] == ["occurred"]
    assert by_predicate[S + "eventDate"] == ["2018-08"]
    relation_count = [q.object.value for q in quads if q.predicate.value == S + "relationCount"]
    assert relation_count == ["1"]
