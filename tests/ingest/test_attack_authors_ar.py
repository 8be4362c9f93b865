"""Arabic: the author of an attack named by a claim of responsibility or in a relative clause
after the attack noun (rules ``claimed-attacks`` and ``ambush-authors``). Sentences written for
these tests, each pinned to the exact triples it gives."""

from __future__ import annotations

from datetime import date

import pytest

D = date(2024, 6, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلنت جماعة نصرة الإسلام والمسلمين، مساء الخميس، مسؤوليتها عن هجوم على قوات الجيش المالي.",
         {("Jama_at_Nasr_al-Islam_wal-Muslimin", "fight", "Malian_Armed_Forces", "occurred")}),
        ("تبنى تنظيم داعش المسؤولية عن الهجوم الذي تعرض له جيش النيجر قرب الحدود.",
         {("Islamic_State", "fight", "Nigerien_Armed_Forces", "occurred")}),
    ],
)
def test_a_claim_of_responsibility_names_the_author_of_the_attack(triples, text, expected):
    assert triples(text, D) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the soldiers' army named before the ambush; unnamed gunmen scoped by its country
        ("قتل تسعة جنود من جيش النيجر في كمين نصبه مسلحون مجهولون قرب الحدود.",
         {("Unidentified_Armed_Group_Niger", "fight", "Nigerien_Armed_Forces", "occurred")}),
        # soldiers of no army named: the army of the country of the place named after the author
        ("قتل سبعة جنود في هجوم نفذته جماعة نصرة الإسلام والمسلمين في منطقة موبتي.",
         {("Jama_at_Nasr_al-Islam_wal-Muslimin", "fight", "Malian_Armed_Forces", "occurred")}),
    ],
)
def test_an_ambush_names_its_author_after_the_noun(triples, text, expected):
    assert triples(text, D) == expected


def test_people_killed_in_an_attack_with_no_soldiers_name_no_army(triples):
    # civilians, no force named and no target after "على": nobody is the side attacked
    assert triples("قتل خمسة مدنيين في هجوم نفذته جماعة نصرة الإسلام والمسلمين في منطقة موبتي.", D) == set()


def test_a_claim_without_an_attack_after_it_says_nothing_of_a_fight(triples):
    assert triples("أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن خطف صحفي.", D) == set()


def test_the_country_where_a_claim_is_told_is_not_its_author(triples):
    assert triples("وفي مالي المجاورة، أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن هجوم على "
                   "قافلة للجيش البوركيني.", D) == {
        ("Jama_at_Nasr_al-Islam_wal-Muslimin", "fight", "Armed_Forces_of_Burkina_Faso", "occurred")}


def test_soldiers_named_by_nationality_are_of_its_army_not_across_the_border(triples):
    assert triples("قتل عشرون جنديا نيجريا في كمين نصبته جماعة نصرة الإسلام والمسلمين قرب الحدود "
                   "مع مالي.", D) == {
        ("Jama_at_Nasr_al-Islam_wal-Muslimin", "fight", "Nigerien_Armed_Forces", "occurred")}
