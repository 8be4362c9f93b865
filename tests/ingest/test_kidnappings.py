"""Kidnappings with no kidnapper named, in the three languages: the passive and the noun, the
place in the first located phrase that names one; an unidentified armed group of the place's
country fights the place (unnamed-kidnappers)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Triples = Callable[..., set[tuple[str, str, str, str]]]


def _unnamed(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o, _ in found if r == "fight" and s.startswith("Unidentified")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the English passive, a date phrase before the place
        ("en", "An aid worker was kidnapped on Friday night in Abalak, Niger.",
         {("Unidentified_Armed_Group_Niger", "Abalak")}),
        ("en", "Two priests have been abducted in Tillaberi.",
         {("Unidentified_Armed_Group_Niger", "Tillabéri")}),
        # the first located phrase names no place, the next one does
        ("fr", "Un ressortissant américain a été kidnappé à son domicile à Niamey.",
         {("Unidentified_Armed_Group_Niger", "Niamey")}),
        # the noun
        ("fr", "Après leur enlèvement le 14 octobre à Dakoro, ils ont été libérés.",
         {("Unidentified_Armed_Group_Niger", "Dakoro")}),
        ("en", "The kidnapping in Arlit shocked the town.", {("Unidentified_Armed_Group_Niger", "Arlit")}),
        # the Arabic passive ("تم اختطاف", "تعرضوا للخطف")
        ("ar", "تم اختطاف ثلاثة مهندسين في منطقة أوباري جنوب ليبيا.",
         {("Unidentified_Armed_Group_Libya", "Ubari")}),
        ("ar", "وقال الأهالي إنهم تعرضوا للخطف في مدينة سبها.",
         {("Unidentified_Armed_Group_Libya", "Sabha")}),
        # a kidnapper named, an armed group in the sentence, a negation, or no place: nothing
        ("en", "An engineer was kidnapped by Boko Haram in Maiduguri.", set()),
        ("en", "The kidnapping in Arlit was claimed by AQIM.", set()),
        ("en", "Weapons were seized in Kidal.", set()),
        ("en", "A nurse was kidnapped last night.", set()),
        ("fr", "L'enlèvement à Gao a été revendiqué par le JNIM.", set()),
        ("ar", "لم يتم اختطاف أي أجنبي في مدينة سبها.", set()),
    ],
)
def test_kidnapped_by_nobody_named(triples: Triples, lang: str, text: str,
                                   expected: set[tuple[str, str]]) -> None:
    assert _unnamed(triples(text, lang=lang)) == expected
