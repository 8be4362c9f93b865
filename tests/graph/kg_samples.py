"""Hand-built records for the graph tests (imported by the tests as ``kg_samples``)."""

from __future__ import annotations

from datetime import date

from sahelkg.records import Article, Entity, Evidence, ExtractedArticle, Relation

HAFTAR = Entity("Khalifa_Haftar", "Khalifa Haftar", "Person",
                {"en": "Khalifa Haftar", "ar": "خليفة حفتر", "fr": "Khalifa Haftar"},
                ("حفتر", "Haftar"), "Q1140367")
NIGER = Entity("Niger", "Niger", "Country", {"en": "Niger", "ar": "النيجر", "fr": "Niger"})
LIBYA = Entity("Libya", "Libya", "Country", {"en": "Libya", "ar": "ليبيا"})
LNA = Entity("Libyan_National_Army", "Libyan National Army", "ArmedGroup",
             {"en": "Libyan National Army", "ar": "الجيش الوطني الليبي"})
NIAMEY = Entity("Niamey", "Niamey", "Place", {"en": "Niamey", "ar": "نيامي"})


def make_article(article_id: str, text: str = "نص المقال", **meta: object) -> Article:
    defaults: dict[str, object] = {"title": f"عنوان {article_id}", "url": f"https://news.example/{article_id}",
                                   "published": date(2018, 8, 8), "lang": "ar",
                                   "source": f"/corpus/{article_id}.txt", "outlet": "Alwasat"}
    defaults.update(meta)
    return Article(article_id, text, **defaults)  # type: ignore[arg-type]


def make_relation(doc: str, subject: Entity, relation: str, obj: Entity, start: int = 0,
                  **fields: object) -> Relation:
    sentence = fields.pop("sentence", f"{subject.label} {relation} {obj.label}")
    assert isinstance(sentence, str)
    # the trigger: the relation's word in the sentence, in article offsets (None when it is not there)
    at = sentence.find(f" {relation} ")
    trigger = fields.pop("trigger", (start + at + 1, start + at + 1 + len(relation)) if at >= 0 else None)
    return Relation(doc, subject, relation, obj,
                    evidence=Evidence(sentence, start, start + len(sentence), trigger),  # type: ignore[arg-type]
                    **{"status": "occurred", "confidence": 0.8, "extractor": "test-1", **fields})  # type: ignore[arg-type]


def haftar_visits_niger(article_id: str = "a1", text: str = "نص المقال") -> ExtractedArticle:
    return ExtractedArticle(make_article(article_id, text), (
        make_relation(article_id, HAFTAR, "visit", NIGER, 0, date="2018-08-07", date_precision="day"),
        make_relation(article_id, HAFTAR, "leads", LNA, 40),
    ))


def libya_meets_niger(article_id: str = "b1", text: str = "نص آخر") -> ExtractedArticle:
    return ExtractedArticle(make_article(article_id, text), (
        make_relation(article_id, LIBYA, "meet", NIGER, 5, date="2024-01", date_precision="month"),
        make_relation(article_id, HAFTAR, "visit", NIAMEY, 60, date="2024"),
    ))
