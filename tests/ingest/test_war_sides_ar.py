"""Arabic: the two sides of a war or a clash named after "بين" (rule ``war-sides``). Sentences
written for these tests, each pinned to the exact triples it gives."""

from __future__ import annotations

from datetime import date

import pytest

D = date(2024, 6, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each side with its commander after "بقيادة", a comma before the second
        ("تجددت المواجهات العنيفة في أم درمان بين قوات الدعم السريع بقيادة محمد حمدان دقلو، "
         "والجيش السوداني بقيادة عبد الفتاح البرهان.",
         {("Rapid_Support_Forces", "fight", "Sudanese_Armed_Forces", "occurred"),
          ("Mohamed_Hamdan_Dagalo", "leads", "Rapid_Support_Forces", "occurred"),
          ("Abdel_Fattah_al-Burhan", "leads", "Sudanese_Armed_Forces", "occurred")}),
        # a bare "the army": the national army of the other side's country, after a date
        ("يعيش السودان منذ أبريل 2023 حربا طاحنة بين الجيش وقوات الدعم السريع.",
         {("Sudanese_Armed_Forces", "fight", "Rapid_Support_Forces", "occurred")}),
        # forces serving the second side ("وقوات تابعة لـ")
        ("اندلعت اشتباكات ليلية بين عناصر من اللواء 444 وقوات تابعة لجهاز دعم الاستقرار.",
         {("444th_Combat_Brigade", "fight", "Stability_Support_Apparatus", "occurred")}),
    ],
)
def test_the_sides_named_after_between_fight(triples, text, expected):
    assert triples(text, D) == expected


def test_a_third_party_not_joined_by_and_is_no_pair(triples):
    # "بين" then a party, then another party with no "و": no pair of sides is named
    assert not any(r == "fight" for _, r, _, _ in triples(
        "تحدث التقرير عن الصراع بين قوات الدعم السريع، الجيش السوداني يقول إنه تقدم.", D))


def test_a_war_with_no_between_names_no_sides(triples):
    assert triples("حذرت الأمم المتحدة من اتساع الحرب في السودان.", D) == set()
