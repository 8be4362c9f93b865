"""Hand-made extracted articles for the API tests: a handful of entities with Arabic, English and
French labels, related over five articles in three languages and several dates.

Edges (stored direction) and the articles stating them:
  Khalifa_Haftar visit Niger            ar1 (2018-08-07), ar2 (2018-08-07)
  Khalifa_Haftar meet Mahamadou_Issoufou ar1 (2018-08-07)
  Mahamadou_Issoufou invite Khalifa_Haftar ar1 (2018-08)
  Khalifa_Haftar leads Libyan_National_Army ar1 (no date), ar2 (no date)
  Saddam_Haftar relative_of Khalifa_Haftar ar1 (no date)
  Niger cooperate Libya                 ar2 (2018-09, planned)
  Libya meet Niger                      en1 (2024-01-10)
  Khalifa_Haftar visit Niamey           en1 (2024-01)
  Abdourahamane_Tchiani leads Niger     en1 (2024)
  Niger member_of Alliance_of_Sahel_States fr1 (2024-02)
  Chad cooperate Niger                  fr1 (2024, sought)
  Quote_Test visit Chad                 inj1 (2023)
"""

from __future__ import annotations

from datetime import date

from sahelkg.records import Article, Entity, Evidence, ExtractedArticle, Relation

HAFTAR = Entity(
    "Khalifa_Haftar",
    "Khalifa Haftar",
    "Person",
    {"en": "Khalifa Haftar", "ar": "خليفة حفتر", "fr": "Khalifa Haftar"},
    ("حفتر", "المشير خليفة حفتر", "Haftar"),
    "Q1140367",
)
SADDAM = Entity("Saddam_Haftar", "Saddam Haftar", "Person", {"en": "Saddam Haftar", "ar": "صدام حفتر"})
NIGER = Entity(
    "Niger",
    "Niger",
    "Country",
    {"en": "Niger", "ar": "النيجر", "fr": "Niger"},
    ("جمهورية النيجر", "République du Niger"),
)
LIBYA = Entity("Libya", "Libya", "Country", {"en": "Libya", "ar": "ليبيا", "fr": "Libye"})
CHAD = Entity("Chad", "Chad", "Country", {"en": "Chad", "ar": "تشاد", "fr": "Tchad"})
ISSOUFOU = Entity(
    "Mahamadou_Issoufou",
    "Mahamadou Issoufou",
    "Person",
    {"en": "Mahamadou Issoufou", "ar": "محمد يوسفو", "fr": "Mahamadou Issoufou"},
    ("يوسفو", "محمدو إيسوفو"),
)
TCHIANI = Entity(
    "Abdourahamane_Tchiani",
    "Abdourahamane Tchiani",
    "Person",
    {"en": "Abdourahamane Tchiani", "ar": "عبد الرحمن تياني", "fr": "Abdourahamane Tiani"},
)
LNA = Entity(
    "Libyan_National_Army",
    "Libyan National Army",
    "ArmedGroup",
    {"en": "Libyan National Army", "ar": "الجيش الوطني الليبي", "fr": "Armée nationale libyenne"},
)
NIAMEY = Entity("Niamey", "Niamey", "Place", {"en": "Niamey", "ar": "نيامي", "fr": "Niamey"})
AES = Entity(
    "Alliance_of_Sahel_States",
    "Alliance of Sahel States",
    "Organization",
    {"en": "Alliance of Sahel States", "ar": "تحالف دول الساحل", "fr": "Alliance des États du Sahel"},
)
# A label made of SPARQL syntax: it must only ever be a value.
QUOTE = Entity(
    "Quote_Test",
    'Evil "} UNION { ?s ?p ?o } #',
    "ArmedGroup",
    {"en": 'Evil "} UNION { ?s ?p ?o } #'},
    ("x' ; DROP ALL ; '\n>",),
)


def _article(article_id: str, published: date, lang: str, title: str) -> Article:
    return Article(
        article_id,
        f"text of {article_id}",
        title=title,
        url=f"https://news.example/{article_id}",
        published=published,
        lang=lang,
        source=f"/corpus/{article_id}.txt",
        outlet="Example News",
    )


def _relation(
    doc: str,
    subject: Entity,
    relation: str,
    obj: Entity,
    sentence: str,
    start: int,
    status: str = "occurred",
    when: str | None = None,
    confidence: float = 0.8,
) -> Relation:
    precision = None if when is None else {10: "day", 7: "month", 4: "year"}[len(when)]
    return Relation(
        doc,
        subject,
        relation,
        obj,
        status=status,
        date=when,
        date_precision=precision,  # type: ignore[arg-type]
        evidence=Evidence(sentence, start, start + len(sentence)),
        confidence=confidence,
        extractor="test-1",
    )


AR1 = "وصل المشير خليفة حفتر إلى نيامي يوم الثلاثاء 7 أغسطس 2018"
AR1_MEET = "التقى حفتر الرئيس محمد يوسفو"
AR1_INVITE = "بدعوة من الرئيس يوسفو"
AR1_LEADS = "القائد العام للجيش الوطني الليبي المشير خليفة حفتر"
AR1_KIN = "صدام نجل المشير حفتر"
AR2_VISIT = "زيارة حفتر إلى النيجر في 7 أغسطس"
AR2_COOP = "سيبحث البلدان التعاون الأمني في سبتمبر"
EN1_MEET = "Libyan and Nigerien officials met on 10 January 2024."
EN1_VISIT = "Haftar travelled to Niamey in January 2024."
EN1_LEADS = "General Tchiani, who leads Niger since 2023."
FR1_MEMBER = "Le Niger est membre de l'Alliance des États du Sahel depuis février 2024."
FR1_COOP = "Le Tchad cherche à coopérer avec le Niger."
INJ_VISIT = 'Evil "} UNION { ?s ?p ?o } # visited Chad.'


def sample_articles() -> list[ExtractedArticle]:
    ar1 = _article("ar1", date(2018, 8, 8), "ar", "حفتر في النيجر")
    ar2 = _article("ar2", date(2018, 9, 1), "ar", "زيارة حفتر")
    en1 = _article("en1", date(2024, 1, 12), "en", "Libya and Niger meet")
    fr1 = _article("fr1", date(2024, 2, 1), "fr", "Le Niger et l'AES")
    inj = _article("inj1", date(2023, 5, 5), "en", "Injection test")
    return [
        ExtractedArticle(
            ar1,
            (
                _relation("ar1", HAFTAR, "visit", NIGER, AR1, 0, when="2018-08-07", confidence=0.9),
                _relation("ar1", HAFTAR, "meet", ISSOUFOU, AR1_MEET, 60, when="2018-08-07"),
                _relation("ar1", ISSOUFOU, "invite", HAFTAR, AR1_INVITE, 100, when="2018-08"),
                _relation("ar1", HAFTAR, "leads", LNA, AR1_LEADS, 130),
                _relation("ar1", SADDAM, "relative_of", HAFTAR, AR1_KIN, 200),
            ),
        ),
        ExtractedArticle(
            ar2,
            (
                _relation("ar2", HAFTAR, "visit", NIGER, AR2_VISIT, 0, when="2018-08-07"),
                _relation("ar2", HAFTAR, "leads", LNA, AR1_LEADS, 50),
                _relation("ar2", NIGER, "cooperate", LIBYA, AR2_COOP, 120, status="planned", when="2018-09"),
            ),
        ),
        ExtractedArticle(
            en1,
            (
                _relation("en1", LIBYA, "meet", NIGER, EN1_MEET, 0, when="2024-01-10"),
                _relation("en1", HAFTAR, "visit", NIAMEY, EN1_VISIT, 60, when="2024-01"),
                _relation("en1", TCHIANI, "leads", NIGER, EN1_LEADS, 110, when="2024"),
            ),
        ),
        ExtractedArticle(
            fr1,
            (
                _relation("fr1", NIGER, "member_of", AES, FR1_MEMBER, 0, when="2024-02"),
                _relation("fr1", CHAD, "cooperate", NIGER, FR1_COOP, 80, status="sought", when="2024"),
            ),
        ),
        ExtractedArticle(inj, (_relation("inj1", QUOTE, "visit", CHAD, INJ_VISIT, 0, when="2023"),)),
    ]
