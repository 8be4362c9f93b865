"""The sides of a fight as the press names them: troops, jets and drones named by their
nationality are that country's armed forces (the gazetteer's ``armed_forces`` entity) when
they fight or are fought."""

from datetime import date

import pytest

PUBLISHED = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("وكانت مقاتلات مصرية نفذت ضربات على درنة الجمعة الماضي.", "ar",
         {("Egyptian_Armed_Forces", "fight", "Derna", "occurred")}),
        ("هاجمت مسيرات تركية مواقع لقوات حفتر قرب سرت.", "ar",
         {("Turkish_Armed_Forces", "fight", "Libyan_National_Army", "occurred")}),
        ("Malian troops were attacked by JNIM.", "en",
         {("Jama_at_Nasr_al-Islam_wal-Muslimin", "fight", "Malian_Armed_Forces", "occurred")}),
        # a country without armed forces in the gazetteer stays the country
        ("Des militaires français ont attaqué le JNIM.", "fr",
         {("France", "fight", "Jama_at_Nasr_al-Islam_wal-Muslimin", "occurred")}),
        # outside a fight, troops named by a nationality are the country
        ("Russian troops arrived in Mali.", "en", {("Russia", "deploy", "Mali", "occurred")}),
    ],
)
def test_fight_sides(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected
