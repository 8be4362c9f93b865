"""A minister announcing his country's bid to join a union of states speaks for the state;
cooperation suspended is a rejection; a force that arrives somewhere is deployed there, also
when a relative clause follows the body it serves ("الفيلق الأفريقي التابع لوزارة الدفاع
الروسية التي وصلت")."""

from datetime import date

import pytest

PUBLISHED = date(2024, 1, 27)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le ministre togolais des Affaires étrangères, Robert Dussey, a annoncé l'intérêt du Togo pour "
         "une adhésion à l'Alliance des États du Sahel.", "fr"),
        ("Togo's Foreign Minister Robert Dussey said Togo was ready to join the Alliance of Sahel "
         "States.", "en"),
    ],
)
def test_a_minister_announcing_a_bid_to_join_speaks_for_his_state(triples, text: str, lang: str) -> None:
    joins = {(s, o) for s, r, o, _ in triples(text, PUBLISHED, lang) if r == "join"}
    assert joins == {("Togo", "Alliance_of_Sahel_States")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Following the coup, ECOWAS suspended all cooperation with Niger.", "en",
         ("ECOWAS", "reject", "Niger")),
        ("Le Mali a suspendu sa coopération militaire avec la France.", "fr", ("Mali", "reject", "France")),
        ("وأعلنت إيكواس تعليق التعاون مع النيجر.", "ar", ("ECOWAS", "reject", "Niger")),
    ],
)
def test_cooperation_suspended_is_a_rejection(triples, text: str, lang: str,
                                              expected: tuple[str, str, str]) -> None:
    assert triples(text, PUBLISHED, lang) == {(*expected, "occurred")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The Africa Corps arrived in Ouagadougou on Friday.", "en", ("Africa_Corps", "Ouagadougou")),
        ("Wagner arrived in Bamako in December.", "en", ("Wagner_Group", "Bamako")),
        ("الصور الأولى من الفيلق الأفريقي التابع لوزارة الدفاع الروسية التي وصلت إلى بوركينا فاسو.", "ar",
         ("Africa_Corps", "Burkina_Faso")),
        ("أن جنودًا روسيين بينهم مدربون وصلوا هذا الأسبوع إلى بوركينا فاسو.", "ar",
         ("Russia", "Burkina_Faso")),
    ],
)
def test_a_force_that_arrives_is_deployed(triples, text: str, lang: str, expected: tuple[str, str]) -> None:
    assert triples(text, PUBLISHED, lang) == {(expected[0], "deploy", expected[1], "occurred")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a progressive form is a verb
        ("The UAE is backing the RSF.", "en",
         ("United_Arab_Emirates", "support", "Rapid_Support_Forces", "occurred")),
        ("Russia was reportedly backing Haftar.", "en", ("Russia", "support", "Khalifa_Haftar", "reported")),
        # a gerund after a preposition: the one accused does it
        ("A Sudanese general accused the UAE of backing the RSF.", "en",
         ("United_Arab_Emirates", "support", "Rapid_Support_Forces", "reported")),
        ("Le Soudan accuse les Émirats d'armer les FSR.", "fr",
         ("United_Arab_Emirates", "support", "Rapid_Support_Forces", "reported")),
    ],
)
def test_progressives_gerunds_and_the_accused(triples, text: str, lang: str,
                                              expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text, PUBLISHED, lang)


def test_a_noun_after_of_stays_a_noun(triples) -> None:
    assert triples("The withdrawal of support for Haftar was announced.", PUBLISHED, "en") == set()


@pytest.mark.parametrize(
    "text",
    [
        "وعقد لقاء جمع الرئيس عبد المجيد تبون بنظيره النيجري محمد بازوم.",
        "وتناولت مباحثات جمعت الرئيس عبد المجيد تبون بالرئيس محمد بازوم التعاون الأمني.",
    ],
)
def test_a_meeting_that_brought_two_together(triples, text: str) -> None:
    meets = {(s, o) for s, r, o, _ in triples(text, date(2022, 1, 1), "ar") if r == "meet"}
    assert meets == {("Abdelmadjid_Tebboune", "Mohamed_Bazoum")}


def test_gathering_things_is_no_meeting(triples) -> None:
    # "جمع" alone gathers anything: only after a noun of meeting does it bring parties together
    assert triples("وجمع الجيش المالي الأسلحة من المليشيات في كيدال.", date(2022, 1, 1), "ar") == set()
