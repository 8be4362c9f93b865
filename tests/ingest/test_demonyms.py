"""Nationality adjectives of every country in all their inflected forms: Arabic nisba forms from
any listed form (masculine, feminine, dual, plural, with article and clitics), French feminine and
plural, English plural; demonyms that are also common words ("مالي": Malian and financial) only
next to a party noun. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from sahelkg.ingest.entities.gazetteer import _arabic_demonym_forms, _french_demonym_forms

from sahelkg.records import Article

D = date(2024, 3, 10)


def recognised(extractor, text: str, lang: str = "ar") -> set[str]:
    return set(extractor.extract(Article(id="t", text=text, published=D, lang=lang)).mentioned)


def test_arabic_nisba_forms_from_any_listed_form():
    for listed in ("مالي", "ماليه", "الماليين", "ماليون"):
        forms = {f for f, _ in _arabic_demonym_forms(listed)}
        assert {"مالي", "ماليه", "ماليين", "ماليون", "ماليتين", "ماليان"} <= forms
    plural = dict(_arabic_demonym_forms("روسي"))
    assert plural["روسيين"] and plural["روسيون"] and not plural["روسيه"] and not plural["روسيتين"]
    assert _arabic_demonym_forms("الروس") == [("الروس", True)]  # a broken plural stays as listed


def test_french_feminine_and_plural_from_the_masculine():
    assert _french_demonym_forms("tanzanien") == ["tanzanienne", "tanzaniens", "tanzaniennes"]
    assert _french_demonym_forms("senegalais") == ["senegalaise", "senegalaises"]
    assert _french_demonym_forms("belge") == ["belges"]
    assert _french_demonym_forms("maliens") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("وقال الجانب المالي إن المحادثات مثمرة.", "ar", {"Mali"}),
        ("أعلنت الحكومة المالية عن إجراءات جديدة.", "ar", {"Mali"}),
        ("قال مسؤولون ماليون إن الهجوم فشل.", "ar", {"Mali"}),
        ("ودعا الجانبان الروسي والمالي إلى تعزيز الشراكة.", "ar", {"Mali", "Russia"}),
        ("قال مسؤولون بورونديون إن الاتفاق وقع.", "ar", {"Burundi"}),  # listed: the feminine and plural only
        ("وقال المحلل إن الأتراك يبحثون عن دور أكبر.", "ar", {"Turkey"}),  # a broken plural
        ("استقبلت الرئيسة التنزانية وفدا من النيجر.", "ar", {"Tanzania", "Niger"}),
        ("Des responsables burundais et des soldats tanzaniens sont arrivés.", "fr", {"Burundi", "Tanzania"}),
        ("Tanzanians and Burundians protested.", "en", {"Burundi", "Tanzania"}),
    ],
)
def test_demonyms_in_their_inflected_forms(extractor, text, lang, expected):
    assert expected <= recognised(extractor, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "تواجه الحكومة النيجرية أزمة مالية خانقة.",  # "financial", three words after the party noun
        "أعلنت الحكومة دعما ماليا للمزارعين في النيجر.",
        "أزمة مالية خانقة تضرب البلاد.",
    ],
)
def test_a_demonym_that_is_also_a_common_word_needs_its_party_noun_next_to_it(extractor, text):
    assert "Mali" not in recognised(extractor, text)


def test_the_country_written_like_its_adjective_after_a_title_is_the_country(extractor):
    # "مالي" without the article after an annexed title is the country, the adjective is "المالي"
    assert "Mali" in recognised(extractor, "قال رئيس وزراء مالي إن الوضع هادئ.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بحث الوزيران التعاون الروسي المالي في المجال العسكري.",
         {("Russia", "cooperate", "Mali", "occurred")}),
        ("التقت الرئيسة التنزانية سامية صولحو حسن بالرئيس النيجري.",
         {("ساميه_صولحو_حسن", "meet", "Abdourahamane_Tchiani", "occurred"),
          ("ساميه_صولحو_حسن", "leads", "Tanzania", "occurred")}),
    ],
)
def test_relations_between_parties_named_by_their_demonyms(triples, text, expected):
    assert expected <= triples(text, D)
