"""English relation extraction on sentences written for these tests: subject-verb-object order
with auxiliaries, passives with "by", possessives ("Niger's president", "Haftar's visit"),
pre-nominal titles and nationality adjectives, appositions, coordination, modality, negation,
reported claims, dates, and sentences that state no relation."""

from datetime import date

import pytest

PUBLISHED = date(2023, 3, 16)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # meet: pre-nominal organisation and nationality before titles, "in Niamey" is no visit
        (
            "Libyan National Army commander Khalifa Haftar met Nigerien President Mohamed Bazoum in "
            "Niamey on Tuesday, March 14, 2023, to discuss border security.",
            {
                ("Khalifa_Haftar", "meet", "Mohamed_Bazoum", "occurred"),
                ("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred"),
                ("Mohamed_Bazoum", "leads", "Niger", "occurred"),
                ("Khalifa_Haftar", "visit", "Niamey", "occurred"),
            },
        ),
        # arrest: auxiliary "has", quantity and force noun before the group, "the army said"
        (
            "Chad has arrested 12 fighters of the Front for Change and Concord in Chad (FACT) near the "
            "Libyan border, the army said.",
            {("Chad", "arrest", "Front_for_Change_and_Concord_in_Chad", "occurred")},
        ),
        # join: a coordinated list with commas
        (
            "Mali, Burkina Faso and Niger joined the Alliance of Sahel States.",
            {
                ("Mali", "join", "Alliance_of_Sahel_States", "occurred"),
                ("Burkina_Faso", "join", "Alliance_of_Sahel_States", "occurred"),
                ("Niger", "join", "Alliance_of_Sahel_States", "occurred"),
            },
        ),
        # passive with "by": the agent receives the subject
        (
            "Haftar was received by Russian President Vladimir Putin in Moscow.",
            {
                ("Vladimir_Putin", "meet", "Khalifa_Haftar", "occurred"),
                ("Vladimir_Putin", "leads", "Russia", "occurred"),
                ("Khalifa_Haftar", "visit", "Moscow", "occurred"),
            },
        ),
        # possessive before a title; the title names the holder, who leads Niger at that date
        (
            "Niger's president Mohamed Bazoum visited Tripoli.",
            {("Mohamed_Bazoum", "visit", "Tripoli", "occurred"),
             ("Mohamed_Bazoum", "leads", "Niger", "occurred")},
        ),
        # possessive before a verbal noun: the possessor visits
        (
            "Haftar's visit to Niamey was his first since 2018.",
            {("Khalifa_Haftar", "visit", "Niamey", "occurred")},
        ),
        # negation, modality
        ("Haftar did not meet Bazoum.", {("Khalifa_Haftar", "meet", "Mohamed_Bazoum", "denied")}),
        ("Haftar plans to visit Niamey.", {("Khalifa_Haftar", "visit", "Niamey", "sought")}),
        ("Haftar is expected to travel to Rome.", {("Khalifa_Haftar", "visit", "Rome", "planned")}),
        (
            "Turkey denied that it had deployed troops to Libya.",
            {("Turkey", "deploy", "Libya", "denied")},
        ),
        (
            "Haftar reportedly met Wagner commanders in Benghazi.",
            {("Khalifa_Haftar", "meet", "Wagner_Group", "reported")},
        ),
        # deploy: the force deployed is not the object, the place is
        (
            "Russia deployed hundreds of Wagner mercenaries to Mali.",
            {("Russia", "deploy", "Mali", "occurred")},
        ),
        # fight: a nationality adjective before "army" (a gazetteer name here)
        (
            "The Chadian army attacked FACT positions in Tibesti.",
            {("Chadian_National_Army", "fight", "Front_for_Change_and_Concord_in_Chad", "occurred")},
        ),
        # support with several subjects, and a second clause after "while"
        (
            "Egypt, the United Arab Emirates and Russia back Haftar, while Turkey supports the "
            "Government of National Accord.",
            {
                ("Egypt", "support", "Khalifa_Haftar", "occurred"),
                ("United_Arab_Emirates", "support", "Khalifa_Haftar", "occurred"),
                ("Russia", "support", "Khalifa_Haftar", "occurred"),
                ("Turkey", "support", "Government_of_National_Accord", "occurred"),
            },
        ),
        # agree (and the cooperation it is about), "between X and Y"
        (
            "Turkey signed a military cooperation agreement with the Government of National Accord.",
            {
                ("Turkey", "agree", "Government_of_National_Accord", "occurred"),
                ("Turkey", "cooperate", "Government_of_National_Accord", "occurred"),
            },
        ),
        (
            "The meeting between Haftar and Dbeibah took place in Abu Dhabi.",
            {("Khalifa_Haftar", "meet", "Abdul_Hamid_Dbeibah", "occurred"),
             ("Abdul_Hamid_Dbeibah", "visit", "Abu_Dhabi", "occurred"),
             ("Khalifa_Haftar", "visit", "Abu_Dhabi", "occurred")},
        ),
        # kin in apposition, then the verb
        (
            "Saddam Haftar, the son of Khalifa Haftar, traveled to Bamako.",
            {
                ("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred"),
                ("Saddam_Haftar", "visit", "Bamako", "occurred"),
            },
        ),
        # a delegation speaks through its head; "Mr." and "U.S." do not end the sentence
        (
            "A Nigerien delegation led by General Salifou Mody arrived in Benghazi.",
            {("Salifou_Mody", "visit", "Benghazi", "occurred"), ("Niger", "visit", "Benghazi", "occurred")},
        ),
        (
            "Mr. Bazoum met U.S. Secretary of State Antony Blinken in Niamey.",
            {("Mohamed_Bazoum", "meet", "Antony_Blinken", "occurred"),
             ("Antony_Blinken", "visit", "Niamey", "occurred")},
        ),
        # the "presence of foreign forces" has its own (unnamed) agent: nothing
        ("Algeria rejected the presence of foreign forces in Mali.", set()),
        # no relation stated
        ("The weather was warm in Niamey on Tuesday.", set()),
        ("Haftar said the situation in the south was calm.", set()),
    ],
)
def test_english_relations(triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, "en") == expected


def test_dates_month_first_weekdays_and_relative(relations_of) -> None:
    by_object = {r.object.id: (r.date, r.date_precision) for r in relations_of(
        "Haftar met Bazoum on Tuesday, March 14, 2023. Haftar visited Rome last Monday. "
        "Putin received Haftar last week.", PUBLISHED, "en")}
    assert by_object == {"Mohamed_Bazoum": ("2023-03-14", "day"), "Rome": ("2023-03-13", "day"),
                         "Khalifa_Haftar": ("2023-03", "month")}


def test_abbreviations_and_initials_do_not_split_sentences(extractor) -> None:
    from sahelkg.records import Article

    doc = extractor.analyse(Article(id="x", text="Gen. Haftar met U.S. envoy Richard Norland. He left.",
                                    lang="en"))
    assert [s.text for s in doc.sentences] == ["Gen. Haftar met U.S. envoy Richard Norland.", "He left."]


def test_subject_before_a_relative_clause_in_commas(triples) -> None:
    assert triples("Fayez al-Sarraj, who heads the Government of National Accord, traveled to Ankara.",
                   PUBLISHED, "en") == {
        ("Fayez_al-Sarraj", "leads", "Government_of_National_Accord", "occurred"),
        ("Fayez_al-Sarraj", "visit", "Ankara", "occurred"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey has provided the Government of National Accord with armed drones.",
         {("Turkey", "support", "Government_of_National_Accord", "occurred")}),
        ("France intervened in Mali in January.", {("France", "deploy", "Mali", "occurred")}),
        ("Algeria condemned the Wagner Group.", {("Algeria", "reject", "Wagner_Group", "occurred")}),
        # a title and a known holder whose office covers the article date
        ("President Mohamed Bazoum met Khalifa Haftar.",
         {("Mohamed_Bazoum", "meet", "Khalifa_Haftar", "occurred"),
          ("Mohamed_Bazoum", "leads", "Niger", "occurred")}),
    ],
)
def test_more_english_verbs(triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, date(2022, 5, 3), "en") == expected
