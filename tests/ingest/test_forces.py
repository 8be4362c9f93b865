"""Armed forces in French and English sentences written for these tests: a force named through
its commander ("Haftar's LNA", "les forces de Haftar"), troops that arrive somewhere (deployed,
not visiting), and a force's posts seized (an attack, not an arrest)."""

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 16)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the possessor commands the force, and is not the verb's object
        (
            "Russia backed Haftar's Libyan National Army.",
            "en",
            {("Russia", "support", "Libyan_National_Army", "occurred"),
             ("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred")},
        ),
        (
            "Haftar's LNA attacked the Government of National Accord.",
            "en",
            {("Libyan_National_Army", "fight", "Government_of_National_Accord", "occurred"),
             ("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred")},
        ),
        (
            "La Russie soutient l'ANL de Haftar.",
            "fr",
            {("Russia", "support", "Libyan_National_Army", "occurred"),
             ("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred")},
        ),
        # a force noun stands for the force its commander leads at the article date
        (
            "Les forces de Haftar ont attaqué Tripoli.",
            "fr",
            {("Libyan_National_Army", "fight", "Tripoli", "occurred"),
             ("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred")},
        ),
        (
            "The troops of Khalifa Haftar attacked the Government of National Accord.",
            "en",
            {("Libyan_National_Army", "fight", "Government_of_National_Accord", "occurred"),
             ("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred")},
        ),
        # a person who commands no force at the date: the person stays the party, no leads
        ("Les forces de Bazoum ont attaqué Tripoli.", "fr",
         {("Mohamed_Bazoum", "fight", "Tripoli", "occurred")}),
        # troops arriving somewhere are deployed there
        (
            "Troops of the Libyan National Army arrived in Sabha.",
            "en",
            {("Libyan_National_Army", "deploy", "Sabha", "occurred")},
        ),
        ("Wagner forces arrived in Bamako.", "en", {("Wagner_Group", "deploy", "Bamako", "occurred")}),
        (
            "Des mercenaires de Wagner sont arrivés au Mali.",
            "fr",
            {("Wagner_Group", "deploy", "Mali", "occurred")},
        ),
        (
            "Des éléments de Wagner ont débarqué à Bamako.",
            "fr",
            {("Wagner_Group", "deploy", "Bamako", "occurred")},
        ),
        # the chief of a force who arrives somewhere visits it
        (
            "Wagner Group chief Yevgeny Prigozhin arrived in Bamako.",
            "en",
            {("Yevgeny_Prigozhin", "visit", "Bamako", "occurred"),
             ("Yevgeny_Prigozhin", "leads", "Wagner_Group", "occurred")},
        ),
        # a force's headquarters seized: an attack on the force, no arrest
        (
            "Units of the 444th Brigade seized the SSA headquarters in Abu Salim.",
            "en",
            {("444th_Combat_Brigade", "fight", "Stability_Support_Apparatus", "occurred")},
        ),
        (
            "L'armée tchadienne a capturé des combattants du FACT.",
            "fr",
            {("Chadian_National_Army", "arrest", "Front_for_Change_and_Concord_in_Chad", "occurred")},
        ),
    ],
)
def test_forces(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected
