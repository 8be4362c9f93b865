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
