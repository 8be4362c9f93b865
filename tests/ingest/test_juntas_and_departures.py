"""A country's junta is the military council that ruled it at the article date
(gazetteer/ruling_councils.jsonl): "Niger's ruling junta", "the Nigerien junta", "the junta of
Niger", "la junte nigérienne", "la junte au pouvoir au Niger"; before the coup, or in a country
with no council recorded, the country stays. And departures ordered: "ordered the U.S. to remove
its troops", "a ordonné aux troupes françaises de quitter le pays" reject the one told to go."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sahelkg.ingest.language.lexicon import load_gazetteer

Triples = Callable[..., set[tuple[str, str, str, str]]]
Facts = Callable[..., set[tuple[str, str, str]]]
CNSP = "National_Council_for_the_Safeguard_of_the_Homeland"
AES = "Alliance_of_Sahel_States"


@pytest.mark.parametrize(
    ("lang", "text", "when", "expected"),
    [
        ("en", "Niger's ruling junta ordered the U.S. to remove its troops.", date(2024, 7, 8),
         {(CNSP, "reject", "United_States")}),
        ("en", "The Nigerien junta ordered French troops to leave the country.", date(2023, 9, 1),
         {(CNSP, "reject", "France")}),
        ("en", "The junta of Niger has given the US until 15 September to remove troops.", date(2024, 5, 20),
         {(CNSP, "reject", "United_States")}),
        ("fr", "La junte nigérienne a ordonné aux troupes françaises de quitter le pays.", date(2023, 9, 1),
         {(CNSP, "reject", "France")}),
        ("fr", "La junte au pouvoir au Niger a demandé à la France de retirer ses soldats.", date(2023, 9, 1),
         {(CNSP, "reject", "France")}),
        # the council of the day: Niger's junta of 2010, Chad's of 2021
        ("en", "Niger's junta asked France to withdraw its soldiers.", date(2010, 6, 1),
         {("Supreme_Council_for_the_Restoration_of_Democracy", "reject", "France")}),
        ("en", "Chad's junta asked France to withdraw its soldiers.", date(2021, 6, 1),
         {("Transitional_Military_Council_Chad", "reject", "France")}),
        # no council ruled then: the country
        ("en", "Niger's government asked France to withdraw its soldiers.", date(2023, 9, 1),
         {("Niger", "reject", "France")}),
        ("en", "Niger's junta asked France to withdraw its soldiers.", date(2019, 6, 1),
         {("Niger", "reject", "France")}),
        # asked to do something else: no departure
        ("en", "Haftar asked Russia to send more troops.", date(2020, 1, 1), set()),
        ("fr", "Le Mali a demandé à la Russie de livrer des armes.", date(2022, 1, 1), set()),
        ("fr", "Le Mali a demandé à la Minusma de se retirer sans délai.", date(2023, 6, 17),
         {("Mali", "reject", "MINUSMA")}),
    ],
)
def test_juntas_and_ordered_departures(facts: Facts, lang: str, text: str, when: date,
                                       expected: set[tuple[str, str, str]]) -> None:
    found = {(s, r, o) for s, r, o in facts(text, when, lang=lang) if r == "reject"}
    assert found == expected


def test_every_ruling_council_is_an_organisation_of_a_known_country() -> None:
    data = load_gazetteer()
    assert data.councils, "ruling_councils.jsonl gave no council"
    for council in data.councils:
        assert data.entries[council.country].type == "Country", council
        assert data.entries[council.council].type == "Organization", council
        assert council.start is not None and (council.end is None or council.start < council.end), council


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's noun between a title and the state ("لدولة تشاد", "لدولة ليبيا")
        ("التقى باتيلي بالرئيس الانتقالي لدولة تشاد محمد إدريس ديبي.",
         {("Mahamat_Idriss_Déby", "leads", "Chad"), ("Abdoulaye_Bathily", "meet", "Mahamat_Idriss_Déby")}),
        ("استقبل رئيس المجلس الرئاسي لدولة ليبيا محمد المنفي وفدا من النيجر.",
         {("Mohamed_al-Menfi", "leads", "Presidential_Council_of_Libya"),
          ("Mohamed_al-Menfi", "meet", "Niger")}),
    ],
)
def test_a_states_noun_after_a_title(facts: Facts, text: str,
                                     expected: set[tuple[str, str, str]]) -> None:
    assert facts(text, date(2023, 5, 1), lang="ar") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a departure demanded as a noun
        ("ar", "وطالب المجلس العسكري في النيجر بانسحاب القوات الفرنسية من البلاد.",
         {(CNSP, "reject", "France")}),
        ("ar", "وطالبت مالي برحيل قوات مينوسما.", {("Mali", "reject", "MINUSMA")}),
        ("en", "Niger demanded the withdrawal of French troops.", {("Niger", "reject", "France")}),
        ("en", "Mali called for the departure of MINUSMA.", {("Mali", "reject", "MINUSMA")}),
        # support demanded is no departure; a town's protesters are no state
        ("ar", "وطالبت مالي بدعم روسيا.", set()),
        ("en", "Activists in Bamako staged protests demanding the departure of French forces.", set()),
    ],
)
def test_departures_demanded(facts: Facts, lang: str, text: str,
                             expected: set[tuple[str, str, str]]) -> None:
    found = {(s, r, o) for s, r, o in facts(text, date(2023, 9, 1), lang=lang) if r == "reject"}
    assert found == expected


def test_a_guest_received_in_a_palace_in_a_town_visited_it(triples: Triples) -> None:
    text = "استقبل أردوغان السراج في القصر الرئاسي بمدينة اسطنبول."
    assert ("Fayez_al-Sarraj", "visit", "Istanbul", "occurred") in triples(text, date(2020, 1, 20), lang="ar")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the junta's head leads the council ruling at the date
        ("ar", "وقالت النيجر إن الهجوم فشل في النيجر. وقالت النيجر إن رئيس المجلس العسكري الجنرال عبد "
               "الرحمن تياني أكد أن القوات تصدت للعملية.", {("Abdourahamane_Tchiani", "leads", CNSP)}),
        ("en", "Niger's junta leader Abdourahamane Tchiani met Putin.",
         {("Abdourahamane_Tchiani", "leads", CNSP), ("Abdourahamane_Tchiani", "meet", "Vladimir_Putin")}),
        # a military regime is the country's government: its head leads the country
        ("fr", "Il a été reçu par le chef du régime militaire nigérien, le général Abdourahamane Tiani.",
         {("Abdourahamane_Tchiani", "leads", "Niger")}),
        # a bare "the junta" in an article about one country is that country's council
        ("en", "Niger faces attacks in Niger. Niger said the junta ordered French troops to leave.",
         {(CNSP, "reject", "France")}),
    ],
)
def test_junta_heads_and_the_bare_junta(facts: Facts, lang: str, text: str,
                                        expected: set[tuple[str, str, str]]) -> None:
    assert facts(text, date(2024, 1, 1), lang=lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a leader with his country in brackets, where the offices have him leading it
        ("fr", "Le sommet a réuni le général Abdourahamane Tiani (Niger), le colonel Assimi Goïta (Mali) "
               "et le capitaine Ibrahim Traoré (Burkina Faso).",
         {("Abdourahamane_Tchiani", "leads", "Niger"), ("Assimi_Goïta", "leads", "Mali"),
          ("Ibrahim_Traoré", "leads", "Burkina_Faso")}),
        ("fr", "Sergueï Lavrov (Russie) a parlé.", set()),
        # an audience granted is a meeting
        ("fr", "Le président Assimi Goïta a accordé une audience au ministre russe des Affaires étrangères, "
               "Sergueï Lavrov.",
         {("Assimi_Goïta", "leads", "Mali"), ("Assimi_Goïta", "meet", "Sergey_Lavrov")}),
        # members after a verb of composition
        ("en", "The AES, made up of Mali, Burkina Faso and Niger, held a summit.",
         {("Mali", "member_of", AES), ("Burkina_Faso", "member_of", AES), ("Niger", "member_of", AES)}),
        ("ar", "تحالف دول الساحل المكون من بوركينا فاسو ومالي والنيجر.",
         {("Mali", "member_of", AES), ("Burkina_Faso", "member_of", AES), ("Niger", "member_of", AES)}),
    ],
)
def test_leaders_in_brackets_audiences_and_compositions(facts: Facts, lang: str, text: str,
                                                        expected: set[tuple[str, str, str]]) -> None:
    assert facts(text, date(2024, 7, 6), lang=lang) == expected
