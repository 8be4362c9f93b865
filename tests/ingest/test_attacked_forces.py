"""A force attacked with no attacker named ("تعرضت قوات من الجيش المالي للهجوم", "l'armée
malienne a été attaquée", "Nigerien troops came under attack"): the unnamed side the article
named before, else the Unidentified Armed Group of the country, fights the force; an agent after
the passive, a negation, a question or an insurgent group named in the article say otherwise."""

from datetime import date

import pytest

PUBLISHED = date(2020, 1, 10)


@pytest.mark.parametrize(
    ("text", "lang", "army", "country"),
    [
        ("أن قوات من الجيش المالي تعرضت للهجوم صباح أمس.", "ar", "Malian_Armed_Forces", "Mali"),
        ("أعلن الجيش النيجري أن إحدى وحداته تعرضت لكمين قرب ديفا.", "ar", "Nigerien_Armed_Forces", "Niger"),
        ("L'armée malienne a été attaquée près de Tombouctou.", "fr", "Malian_Armed_Forces", "Mali"),
        ("Nigerien troops came under attack near Diffa.", "en", "Nigerien_Armed_Forces", "Niger"),
    ],
)
def test_an_attacked_force_is_fought_by_an_unidentified_group(triples, text: str, lang: str, army: str,
                                                              country: str) -> None:
    assert triples(text, PUBLISHED, lang) == {
        (f"Unidentified_Armed_Group_{country}", "fight", army, "occurred")}


def test_the_unnamed_side_named_before_is_the_attacker(triples) -> None:
    text = ("أكدت السلطات المالية أن عشرات من المسلحين الإسلاميين هاجموا بلدة في جنوب مالي. "
            "وأضاف مصدر أمني أن قوات من الجيش المالي تعرضت للهجوم صباح أمس.")
    assert ("Jihadists_Mali", "fight", "Malian_Armed_Forces", "occurred") in triples(text, PUBLISHED, "ar")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Did Nigerien troops come under attack near Diffa?", "en"),
        ("The Malian army was not attacked.", "en"),
        ("Le JNIM a revendiqué des attaques. L'armée malienne a été attaquée à Tombouctou.", "fr"),
    ],
)
def test_no_unnamed_attacker_where_the_text_does_not_say_so(triples, text: str, lang: str) -> None:
    assert not {x for x in triples(text, PUBLISHED, lang) if x[0].startswith("Unidentified")}


def test_an_agent_after_the_passive_is_the_attacker(triples) -> None:
    assert triples("L'armée malienne a été attaquée par le JNIM près de Tombouctou.", PUBLISHED, "fr") == {
        ("Jama_at_Nasr_al-Islam_wal-Muslimin", "fight", "Malian_Armed_Forces", "occurred")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تعرضت دورية للجيش النيجري لهجوم في منطقة تيلابيري.",
         ("Unidentified_Armed_Group_Niger", "fight", "Nigerien_Armed_Forces", "occurred")),
        ("تعرضت قوات من الجيش المالي لهجوم قرب تمبكتو.",
         ("Unidentified_Armed_Group_Mali", "fight", "Malian_Armed_Forces", "occurred")),
    ],
)
def test_the_force_attacked_may_stand_inside_the_arabic_phrase(triples, text: str,
                                                               expected: tuple[str, str, str, str]) -> None:
    assert triples(text, date(2024, 3, 10), "ar") == {expected}
