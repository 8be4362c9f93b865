"""Titles after a country's possessive ("Uganda's President Yoweri Museveni"), two titles of one
person ("Deputy Prime Minister and Foreign Minister X"), a capital told through its country
("Ethiopia's capital Addis Ababa"), a delegation's head, and a title whose words name another
body than the one the person holds the office of."""

from datetime import date

import pytest

PUBLISHED = date(2023, 9, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the gazetteer lacks after "Country's Title" is a new person who leads the country
        ("On Wednesday, Dagalo met Uganda's President Yoweri Museveni at his country home.",
         {("Yoweri_Museveni", "leads", "Uganda", "occurred"),
          ("Mohamed_Hamdan_Dagalo", "meet", "Yoweri_Museveni", "occurred")}),
        ("Mali's head of the military junta, Colonel Assimi Goita, met the delegation.",
         {("Assimi_Goïta", "leads", "Mali", "occurred")}),
        # two titles joined by "and", then the name: one person
        ("Ethiopia's Deputy Prime Minister and Foreign Minister Demeke Mekonnen met Dagalo.",
         {("Demeke_Mekonnen", "meet", "Mohamed_Hamdan_Dagalo", "occurred")}),
        ("The Libyan Prime Minister and Defense Minister Abdul-Hamid Dbeibah visited Niamey.",
         {("Abdul_Hamid_Dbeibah", "leads", "Libya", "occurred"),
          ("Abdul_Hamid_Dbeibah", "visit", "Niamey", "occurred")}),
        # the capital after its country's possessive is the place visited
        ("Mohamed Hamdan Dagalo visited Ethiopia's capital Addis Ababa on Thursday.",
         {("Mohamed_Hamdan_Dagalo", "visit", "Addis_Ababa", "occurred")}),
        ("Haftar arrived in Niger's capital, Niamey, on Monday.",
         {("Khalifa_Haftar", "visit", "Niamey", "occurred")}),
        # the head of a delegation leads the delegation, not its country
        ("The Sudanese delegation was headed by the Army Chief of General Staff, Kamal Abdel-Marouf.", set()),
    ],
)
def test_titles_after_a_possessive_and_joined_titles(triples, text: str,
                                                     expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, "en") == expected


@pytest.mark.parametrize("published", [date(2021, 6, 1), None])
def test_a_title_naming_another_body_than_the_holders_own(triples, published: date | None) -> None:
    # al-Haddad is the Tripoli government's chief of staff: "الجيش الليبي" here is not the LNA,
    # and a chief of staff leads no body in the gazetteer's offices
    text = "حضر اللقاء رئيس الأركان العامة للجيش الليبي الفريق أول ركن محمد الحداد، ومعاونه صلاح النمروش."
    assert not {x for x in triples(text, published, "ar") if x[1] == "leads"}


def test_a_title_naming_the_holders_own_body_still_leads_it(triples) -> None:
    text = "وقال القائد العام للجيش الوطني الليبي المشير خليفة حفتر إن الوضع هادئ."
    found = triples(text, date(2021, 6, 1), "ar")
    assert ("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred") in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an organisation "of" a person the gazetteer knows as its leader, past an acronym
        ("The Government of National Accord of Fayez Al-Sirraj is supported by the UN.", "en",
         ("Fayez_al-Sarraj", "Government_of_National_Accord")),
        ("The Libyan National Army (LNA) of Khalifa Haftar attacked Tripoli.", "en",
         ("Khalifa_Haftar", "Libyan_National_Army")),
        ("Les Forces armées arabes libyennes (Faal) de Khalifa Haftar contrôlent l'est.", "fr",
         ("Khalifa_Haftar", "Libyan_National_Army")),
        # "led by" past a long rank and a comma
        ("L'armée nationale libyenne, dirigée par le général de division à la retraite, Khalifa Haftar, "
         "contrôle l'est.", "fr", ("Khalifa_Haftar", "Libyan_National_Army")),
        # a country's army led by a person: the force he leads
        ("Sudan denied sending troops to support the Libyan army led by Major General Khalifa Hifter.", "en",
         ("Khalifa_Haftar", "Libyan_National_Army")),
    ],
)
def test_leaders_named_after_their_organisation(triples, text: str, lang: str,
                                                expected: tuple[str, str]) -> None:
    leads = {(s, o) for s, r, o, _ in triples(text, date(2019, 6, 1), lang) if r == "leads"}
    assert leads == {expected}


def test_an_organisation_of_a_person_who_never_led_it_names_no_leader(triples) -> None:
    found = triples("The LNA of Fayez al-Sarraj attacked Tripoli.", date(2019, 6, 1), "en")
    assert not {x for x in found if x[1] == "leads"}


def test_a_title_of_a_body_the_gazetteer_lacks_names_no_person_and_no_state_leader(triples) -> None:
    # "Basketball Federation" is a body's name (its head word), not a person holding "head of the
    # Libyan", and the title does not name Libya's head of state either
    found = triples("Saadi Gaddafi was the head of the Libyan Basketball Federation.", date(2011, 9, 12),
                    "en")
    assert not {x for x in found if x[1] == "leads"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Libya's Tripoli-based Prime Minister Abdul Hamid Dbeibeh met Haftar.",
         ("Abdul_Hamid_Dbeibah", "Libya")),
        ("Sudan's de facto ruler Abdel Fattah al-Burhan met Dagalo.", ("Abdel_Fattah_al-Burhan", "Sudan")),
        ("Niger's junta leader General Abdourahamane Tiani met Haftar.",
         ("Abdourahamane_Tchiani", "National_Council_for_the_Safeguard_of_the_Homeland")),
    ],
)
def test_a_qualified_title_after_a_possessive(triples, text: str, expected: tuple[str, str]) -> None:
    assert {(s, o) for s, r, o, _ in triples(text, date(2023, 9, 27), "en") if r == "leads"} == {expected}
