"""Titles and offices read from real news (leads, relative_of): sentences written for these tests
(no article text), each pinned to the exact triples it gives."""

from __future__ import annotations

from datetime import date

import pytest

D = date(2024, 3, 10)


def test_title_after_a_name_before_a_coordinated_honorific_is_the_first_persons(triples):
    # "X رئيس بوركينا فاسو، والعقيد Y": the title is X's; "و" before Y's rank opens the next person
    text = ("وقال الجنرال عبد الرحمن تياني، رئيس النيجر، أمام النقيب إبراهيم تراوري رئيس بوركينا فاسو، "
            "والعقيد عاصمي غويتا رئيس مالي، إن الوضع هادئ.")
    assert triples(text, D) == {
        ("Abdourahamane_Tchiani", "leads", "Niger", "occurred"),
        ("Ibrahim_Traoré", "leads", "Burkina_Faso", "occurred"),
        ("Assimi_Goïta", "leads", "Mali", "occurred"),
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The statement was read by General Salifou Mody, Chief of Staff of the Niger Armed Forces, "
         "in Niamey.",
         "en", {("Salifou_Mody", "leads", "Nigerien_Armed_Forces", "occurred")}),
        ("The chief of staff of the Nigerien Armed Forces, General Salifou Mody, spoke on Monday.",
         "en", {("Salifou_Mody", "leads", "Nigerien_Armed_Forces", "occurred")}),
        ("Le chef d’état-major de l'armée malienne, le général Oumar Diarra, a parlé lundi.",
         "fr", {("Oumar_Diarra", "leads", "Malian_Armed_Forces", "occurred")}),
        ("وقال الفريق ساليفو مودي رئيس أركان الجيش النيجري إن الوضع هادئ.",
         "ar", {("Salifou_Mody", "leads", "Nigerien_Armed_Forces", "occurred")}),
    ],
)
def test_chief_of_staff_of_a_force_leads_the_force(triples, text, lang, expected):
    assert triples(text, D, lang) == expected


def test_chief_of_staff_named_by_a_country_alone_leads_nothing(triples):
    assert triples("Niger's chief of staff General Salifou Mody spoke on Monday.", D, "en") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le général Saddam Haftar, chef d'état-major des forces terrestres de l'Armée nationale "
         "libyenne, a parlé.", "fr"),
        ("وقال قائد القوات البرية في الجيش الوطني الليبي، صدام حفتر، إن الوضع هادئ.", "ar"),
    ],
)
def test_ground_forces_of_the_lna_are_the_unit_not_the_army(triples, text, lang):
    assert triples(text, D, lang) == {
        ("Saddam_Haftar", "leads", "Libyan_National_Army_Ground_Forces", "occurred")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an unnamed force before the heading phrase: the force its commander led at the date
        ("وتقدمت قوات الجيش بقيادة خليفة حفتر نحو مدينة درنة.", "ar",
         {("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred")}),
        ("Forces led by Khalifa Haftar advanced on Sirte in the spring.", "en",
         {("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred")}),
    ],
)
def test_unnamed_forces_led_by_a_commander_are_his_force(triples, text, lang, expected):
    assert triples(text, D, lang) >= expected


def test_ranks_between_the_heading_phrase_and_the_commander_are_passed(triples):
    text = "وقالت قوات الدعم السريع بقيادة الفريق أول محمد حمدان دقلو إنها مستعدة للحوار."
    assert ("Mohamed_Hamdan_Dagalo", "leads", "Rapid_Support_Forces", "occurred") in triples(text, D)


def test_forces_led_by_a_person_without_a_command_lead_nothing(triples):
    assert not {t for t in triples("Fighters led by Mohamed Bazoum crossed the border.", D, "en")
                if t[1] == "leads" and t[2] != "Niger"}


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        ("Saddam Haftar, fils du commandant en chef de l’Armée nationale libyenne, est arrivé à Niamey.",
         "fr", D, ("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred")),
        ("ووصل محمد إدريس ديبي نجل الرئيس التشادي إلى باريس.", "ar", date(2021, 4, 10),
         ("Mahamat_Idriss_Déby", "relative_of", "Idriss_Déby", "occurred")),
    ],
)
def test_kin_of_an_office_after_a_name_is_kin_of_its_holder_at_the_date(triples, text, lang, published,
                                                                         expected):
    found = triples(text, published, lang)
    assert expected in found


def test_kin_of_a_late_office_holder_names_no_relative(triples):
    found = triples("ووصل محمد إدريس ديبي نجل الرئيس الراحل إلى باريس.", date(2021, 4, 10))
    assert not {t for t in found if t[1] == "relative_of"}


def test_high_commissioner_after_a_name_leads_the_body(triples):
    found = triples("استقبل الوزير السيد جيمى آدوم المفوض السامي للتحالف من أجل الساحل.", D)
    assert ("Djimé_Adoum", "leads", "Coalition_for_the_Sahel", "occurred") in found
