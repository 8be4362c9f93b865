"""Arabic constructions read from real news: sentences written for these tests (no article text),
each pinned to the exact triples it gives."""

from __future__ import annotations

from datetime import date

import pytest

D = date(2024, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare title before a name: the one country its bearer has been head of state of
        ("أطاح ضباط من الجيش بالرئيس محمد بازوم في نيامي.",
         {("Mohamed_Bazoum", "leads", "Niger", "occurred")}),
        ("وقال الرئيس السابق محمدو يوسفو إن الوضع هادئ.",
         {("Mahamadou_Issoufou", "leads", "Niger", "occurred")}),
        ("انتقد الرئيس المخلوع، محمد بازوم، قرار الحكومة.",
         {("Mohamed_Bazoum", "leads", "Niger", "occurred")}),
    ],
)
def test_bare_presidential_title_leads_the_country_of_the_office(triples, text, expected):
    assert triples(text, D) == expected


def test_bare_title_before_a_name_without_a_head_of_state_office_gives_nothing(triples):
    # Haftar has held no head of state's office: "الرئيس" alone says nothing of what he leads
    assert triples("وقال الرئيس خليفة حفتر إن قواته مستعدة.", D) == set()


def test_relative_clause_after_a_demonym_names_the_leader_of_the_force(triples):
    assert triples("وصل جرحى من قوات الدعم السريع السودانية التي يقودها محمد حمدان دقلو.", D) >= {
        ("Mohamed_Hamdan_Dagalo", "leads", "Rapid_Support_Forces", "occurred")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister the gazetteer now knows, under the spellings of the Mauritanian press
        ("استقبل حننا ولد سيدي وزير الدفاع الوطني في نواكشوط السفير الأمريكي.",
         {"Hanena_Ould_Sidi"}),
        ("اشتبك مسلحو التبو مع قبيلة الطوارق في أحد أحياء سبها.",
         {"Tebu_Ethnic_Militia_Libya", "Tuareg_Ethnic_Militia_Libya"}),
        ("هاجمت قوات المعارضة التشادية مواقع للجيش التشادي قرب الحدود.",
         {"Chadian_armed_opposition", "Chadian_National_Army"}),
    ],
)
def test_gazetteer_names_the_actors_of_the_region(extractor, text, expected):
    from sahelkg.records import Article

    doc = extractor.analyse(Article(id="t", text=text, published=D, lang="ar"))
    assert doc is not None
    assert expected <= {m.entity for ms in doc.mentions for m in ms if m.entity}
