"""The sides of a fight as the press names them: troops, jets and drones named by their
nationality are that country's armed forces (the gazetteer's ``armed_forces`` entity) when
they fight or are fought; the two sides of a war after "between" in each language; the two
parties named after "the warring parties"; coordinated subjects of a verb that says they fight
each other ("clashed", "s'affrontent", "اشتبك", "at war")."""

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


SAF, RSF = "Sudanese_Armed_Forces", "Rapid_Support_Forces"
LNA, GNA = "Libyan_National_Army", "Government_of_National_Accord"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the two sides after "between"
        ("The war between Sudan's army and the RSF has killed thousands.", "en",
         {(SAF, "fight", RSF, "occurred")}),
        ("Fighting between the army and the RSF erupted in Khartoum.", "en",
         {(SAF, "fight", RSF, "occurred")}),
        ("La guerre entre l'armée soudanaise et les FSR a fait des milliers de morts.", "fr",
         {(SAF, "fight", RSF, "occurred")}),
        ("Des affrontements entre l'armée et les FSR ont éclaté à Khartoum.", "fr",
         {(SAF, "fight", RSF, "occurred")}),
        # the warring parties, named after the phrase
        ("قال طرفا الصراع، الجيش السوداني وقوات الدعم السريع، إنهما سيلتزمان بالهدنة.", "ar",
         {(SAF, "fight", RSF, "occurred")}),
        ("The two warring parties, the Sudanese army and the RSF, agreed to a truce.", "en",
         {(SAF, "fight", RSF, "occurred"), (SAF, "agree", RSF, "occurred")}),
        # coordinated subjects that fight each other
        ("The LNA and the GNA clashed south of Tripoli.", "en", {(LNA, "fight", GNA, "occurred")}),
        ("Sudan's army and the RSF have been at war since April 2023.", "en",
         {(SAF, "fight", RSF, "occurred")}),
        ("Niger is at war with jihadists.", "en", {("Niger", "fight", "Jihadists_Niger", "occurred")}),
        ("L'armée soudanaise et les FSR s'affrontent depuis avril 2023.", "fr",
         {(SAF, "fight", RSF, "occurred")}),
        ("L'armée soudanaise et les Forces de soutien rapide sont en guerre depuis avril 2023.", "fr",
         {(SAF, "fight", RSF, "occurred")}),
        ("اشتبك الجيش السوداني وقوات الدعم السريع في الخرطوم.", "ar", {(SAF, "fight", RSF, "occurred")}),
        ("واشتبكت قوات الجيش الوطني الليبي وقوات حكومة الوفاق جنوب طرابلس.", "ar",
         {(LNA, "fight", GNA, "occurred")}),
        # coordinated subjects of a one-sided verb are no two sides
        ("The LNA and the GNA attacked.", "en", set()),
        ("The LNA and the GNA met in Tunis.", "en", {(LNA, "meet", GNA, "occurred")}),
    ],
)
def test_two_sides(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the nationality of a body is no party of its own
        ("تزود قوات حفتر قوات الدعم السريع السودانية بالوقود.", "ar",
         {("Libyan_National_Army", "support", RSF, "occurred")}),
        ("هاجمت قوات الدعم السريع السودانية مدينة الفاشر.", "ar", {(RSF, "fight", "El_Fasher", "occurred")}),
    ],
)
def test_a_body_and_its_own_nationality(triples, text: str, lang: str,
                                        expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


JNIM, FAMA = "Jama_at_Nasr_al-Islam_wal-Muslimin", "Malian_Armed_Forces"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a passive agent after the noun's object names who did it
        ("The attack on the Malian army by JNIM killed ten soldiers.", "en",
         {(JNIM, "fight", FAMA, "occurred")}),
        ("L'attaque du camp de l'armée malienne par le JNIM a fait dix morts.", "fr",
         {(JNIM, "fight", FAMA, "occurred")}),
        ("أسفر الهجوم على الجيش المالي من قبل جماعة نصرة الإسلام والمسلمين عن مقتل عشرة جنود.", "ar",
         {(JNIM, "fight", FAMA, "occurred")}),
        ("The visit to Niamey by Khalifa Haftar ended on Monday.", "en",
         {("Khalifa_Haftar", "visit", "Niamey", "occurred")}),
    ],
)
def test_agent_after_the_patient(triples, text: str, lang: str,
                                 expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected
