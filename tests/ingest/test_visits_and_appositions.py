"""Visits and meetings the press tells in passing: a person "was in" a foreign town, a
neighbour named through its neighbour, officials qualified before their nationality, and the
subject before an apposition that names another party. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Facts = Callable[..., set[tuple[str, str, str]]]
DAY = date(2022, 3, 1)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Dagalo was in Moscow on Wednesday.", "en", {("Mohamed_Hamdan_Dagalo", "visit", "Moscow")}),
    ("Le ministre Ismail Ould Cheikh Ahmed était à Bamako pour le comité de suivi.", "fr",
     {("Ismail_Ould_Cheikh_Ahmed", "visit", "Bamako")}),
    # at home, being somewhere is no visit
    ("Bazoum was in Niamey.", "en", set()),
    ("Haftar était à Benghazi.", "fr", set()),
])
def test_being_in_a_foreign_town_is_a_visit(facts: Facts, text: str, lang: str, expected: set) -> None:
    assert facts(text, DAY, lang) == expected


def test_a_neighbour_named_through_its_neighbour(facts: Facts) -> None:
    text = "Haftar recently visited Libya's south-western neighbour Niger."
    assert facts(text, DAY, "en") == {("Khalifa_Haftar", "visit", "Niger")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Dagalo met high-level Russian officials in Moscow.", "en"),
    ("Dagalo a rencontré de hauts responsables russes à Moscou.", "fr"),
    ("التقى حميدتي كبار المسؤولين الروس في موسكو.", "ar"),
])
def test_officials_qualified_before_their_nationality(facts: Facts, text: str, lang: str) -> None:
    assert {("Mohamed_Hamdan_Dagalo", "meet", "Russia"), ("Mohamed_Hamdan_Dagalo", "visit", "Moscow")} <= \
        facts(text, DAY, lang)


def test_the_person_before_an_apposition_is_the_subject(facts: Facts) -> None:
    text = ("Sudanese Gen Mohamed Dagalo, the commander of the country's powerful Rapid Support Forces "
            "militia, was in Moscow on Thursday.")
    found = facts(text, DAY, "en")
    assert ("Mohamed_Hamdan_Dagalo", "visit", "Moscow") in found
    assert ("Rapid_Support_Forces", "deploy", "Moscow") not in found


def test_a_visit_to_a_person_is_a_meeting(facts: Facts) -> None:
    text = ("The meeting follows the visit of Italian Foreign Minister Luigi Di Maio to Libyan President "
            "Mohamed Menfi.")
    found = facts(text, date(2021, 4, 6), "en")
    assert ("Luigi_Di_Maio", "meet", "Mohamed_al-Menfi") in found
    assert not any(r == "visit" and o == "Mohamed_al-Menfi" for _, r, o in found)


def test_a_participle_qualifies_the_noun_right_before_it(facts: Facts) -> None:
    """"le nouveau régime dirigé par X": X leads the regime, not the country named earlier."""
    text = ("Les États-Unis avaient tenté de maintenir leur présence en négociant avec le nouveau régime "
            "dirigé par le général Abdourahamane Tiani.")
    assert not any(o == "United_States" for _, r, o in facts(text, date(2024, 5, 1), "fr") if r == "leads")


def test_a_participle_after_an_apposition_is_said_of_the_name(facts: Facts) -> None:
    text = ("Les FSR, groupe paramilitaire dirigé par le général Mohamed Hamdan Dagalo, ont intensifié "
            "leurs frappes.")
    assert ("Mohamed_Hamdan_Dagalo", "leads", "Rapid_Support_Forces") in facts(text, date(2024, 5, 1), "fr")


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Premier ministre du gouvernement de Tripoli, Abdelhamid Dbeibah, a rencontré Erdogan.", "fr"),
    ("The prime minister of the Tripoli-based government, Abdulhamid Dbeibah, met Erdogan.", "en"),
])
def test_a_title_of_a_government_named_by_its_seat(facts: Facts, text: str, lang: str) -> None:
    found = facts(text, date(2023, 6, 1), lang)
    assert ("Abdul_Hamid_Dbeibah", "leads", "Government_of_National_Unity") in found
    assert ("Abdul_Hamid_Dbeibah", "leads", "Tripoli") not in found


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("حضر ماكرون جنازة الرئيس إدريس ديبي في نجامينا.", "ar", ("Emmanuel_Macron", "visit", "N_Djamena")),
    ("Macron attended Deby's funeral in N'Djamena on Friday.", "en",
     ("Emmanuel_Macron", "visit", "N_Djamena")),
    # a state sends an unnamed delegation
    ("وأرسلت ليبيا وفدا إلى النيجر لحثها على تسليم نجل القذافي.", "ar", ("Libya", "visit", "Niger")),
])
def test_attending_and_sending_a_delegation_are_visits(facts: Facts, text: str, lang: str,
                                                       expected: tuple) -> None:
    assert expected in facts(text, date(2021, 4, 23), lang)


def test_soldiers_sent_are_no_delegation(facts: Facts) -> None:
    assert ("France", "visit", "Mali") not in facts("أرسلت فرنسا جنودا إلى مالي.", date(2021, 4, 23), "ar")


@pytest.mark.parametrize(("text", "lang"), [
    ("Haftar, whose Libyan National Army controls the east, met Sisi in Cairo.", "en"),
    ("Haftar, dont l'Armée nationale libyenne contrôle l'est, a rencontré Sissi.", "fr"),
])
def test_a_possessive_relative_names_what_he_leads(facts: Facts, text: str, lang: str) -> None:
    found = facts(text, date(2019, 4, 14), lang)
    assert {("Khalifa_Haftar", "leads", "Libyan_National_Army"),
            ("Khalifa_Haftar", "meet", "Abdel_Fattah_el-Sisi")} <= found
    assert ("Libyan_National_Army", "meet", "Abdel_Fattah_el-Sisi") not in found


def test_a_statesman_and_his_own_country_are_one_side(facts: Facts) -> None:
    text = ("Mokhtar Belmokhtar is probably behind the attack, French Defense Minister Jean-Yves Le Drian "
            "said in an interview on France's TF1.")
    assert not any("Jean-Yves_Le_Drian" in (s, o) and "France" in (s, o) and r != "leads"
                   for s, r, o in facts(text, date(2015, 11, 22), "en"))


def test_a_latin_name_after_a_title_stops_at_a_lower_case_word(extractor) -> None:
    from sahelkg.records import Article
    text = "Chad's Communication Minister Boukar Michel criticized the lack of international support."
    found = extractor.extract(Article(id="t", text=text, lang="en", published=DAY)).mentioned
    assert not any("criticized" in e for e in found)
