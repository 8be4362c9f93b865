"""Forces named through the one they serve ("forces loyal to Haftar", "القوات التابعة للواء ...
خليفة حفتر"), the other side of "between X and the forces of Y", and forces that withdraw on
their own ("US troops pulled out of Niger"), in sentences written for these tests."""

from datetime import date

import pytest

PUBLISHED = date(2019, 5, 10)
LNA_LED = ("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a serving link, then the commander: the force he commands at the date
        ("Forces loyal to Khalifa Haftar attacked Libya Dawn.", "en",
         {("Libyan_National_Army", "fight", "Libya_Dawn", "occurred"), LNA_LED}),
        ("Forces loyal to the retired general Khalifa Haftar attacked Libya Dawn.", "en",
         {("Libyan_National_Army", "fight", "Libya_Dawn", "occurred"), LNA_LED}),
        ("Les forces fidèles au maréchal Khalifa Haftar ont attaqué Aube de la Libye.", "fr",
         {("Libyan_National_Army", "fight", "Libya_Dawn", "occurred"), LNA_LED}),
        ("هاجمت القوات الموالية لحفتر قوات فجر ليبيا.", "ar",
         {("Libyan_National_Army", "fight", "Libya_Dawn", "occurred"), LNA_LED}),
        # titles and a nationality between the link and the name; "للواء" is ل + اللواء
        ("احتدت المواجهات المسلحة بين القوات التابعة للواء الليبي المتقاعد خليفة حفتر وقوات فجر ليبيا.", "ar",
         {("Libyan_National_Army", "fight", "Libya_Dawn", "occurred"), LNA_LED}),
        # the second side is "the forces of" a name in brackets, and the clause's actor (Tunisia,
        # named in a bracket before) is no side of the clashes
        ("أغلقت تونس المعبر (بين تونس وليبيا) بعد أن احتدت المواجهات بين قوات حفتر وقوات (فجر ليبيا).",
         "ar", {("Libyan_National_Army", "fight", "Libya_Dawn", "occurred")}),
    ],
)
def test_forces_named_through_the_one_they_serve(triples, text: str, lang: str,
                                                 expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


def test_a_person_who_commands_no_force_gets_none_made_up(triples) -> None:
    found = triples("Forces loyal to Mohamed Bazoum attacked Libya Dawn.", PUBLISHED, "en")
    assert not {t for t in found if "Libyan_National_Army" in t or t[1] == "leads"}


def test_between_one_named_side_and_unnamed_men_the_clause_actor_is_no_side(triples) -> None:
    text = "قالت تونس إن اشتباكات وقعت بين قوات حفتر ومسلحين في المنطقة."
    assert not {t for t in triples(text, PUBLISHED, "ar") if t[1] == "fight" and t[0] == "Tunisia"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("US troops pulled out of Niger.", "en", ("United_States", "deploy", "Niger", "occurred")),
        ("US forces withdrew from Niger.", "en", ("United_States", "deploy", "Niger", "occurred")),
        ("French troops have withdrawn from Mali.", "en", ("France", "deploy", "Mali", "occurred")),
        ("Wagner fighters withdrew from Bamako.", "en", ("Wagner_Group", "deploy", "Bamako", "occurred")),
        ("Les soldats français se sont retirés du Mali.", "fr", ("France", "deploy", "Mali", "occurred")),
        ("انسحبت القوات الفرنسية من مالي.", "ar", ("France", "deploy", "Mali", "occurred")),
    ],
)
def test_forces_withdrawing_on_their_own_were_deployed_there(triples, text: str, lang: str,
                                                             expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text, PUBLISHED, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The ambassador withdrew from the talks in Niger.", "en"),
        ("Niger withdrew from ECOWAS.", "en"),
        ("Le Mali s'est retiré du G5 Sahel.", "fr"),
    ],
)
def test_no_deployment_without_forces(triples, text: str, lang: str) -> None:
    assert not {t for t in triples(text, PUBLISHED, lang) if t[1] == "deploy"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wagner mercenaries fought alongside Haftar's forces.", "en"),
        ("Des mercenaires de Wagner ont combattu aux côtés des forces de Haftar.", "fr"),
        ("قاتل مرتزقة فاغنر في ليبيا إلى جانب قوات حفتر.", "ar"),
        ("ويقاتل عناصر فاغنر في صفوف قوات حفتر.", "ar"),
    ],
)
def test_fighting_alongside_a_force_supports_it_and_does_not_fight_it(triples, text: str, lang: str) -> None:
    found = triples(text, PUBLISHED, lang)
    assert ("Wagner_Group", "support", "Libyan_National_Army", "occurred") in found
    assert ("Wagner_Group", "fight", "Libyan_National_Army", "occurred") not in found


def test_the_enemy_named_beside_the_comrade_is_still_fought(triples) -> None:
    found = triples("Chad fought alongside France against Boko Haram.", PUBLISHED, "en")
    assert {("Chad", "support", "France", "occurred"), ("Chad", "fight", "Boko_Haram", "occurred")} <= found
    assert ("Chad", "fight", "France", "occurred") not in found


def test_a_place_before_the_verb_is_no_fighter(triples) -> None:
    text = ("Rebel fighters, who crossed Libya's southern border and fought alongside Haftar's militias, "
            "attacked.")
    assert not {t for t in triples(text, PUBLISHED, "en") if t[1] == "support" and t[0] == "Libya"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no title before: the offices of state the person holds at the date name the counterpart
        ("التقى الجنرال عبدالرحمن تياني نظيره المالي في باماكو.", "ar"),
        ("Le général Abdourahamane Tiani a rencontré son homologue malien à Bamako.", "fr"),
        # the nationality before the word
        ("General Abdourahamane Tchiani met his Malian counterpart in Bamako.", "en"),
    ],
)
def test_a_counterpart_of_a_person_named_without_title(triples, text: str, lang: str) -> None:
    found = triples(text, date(2023, 11, 20), lang)
    assert ("Abdourahamane_Tchiani", "meet", "Assimi_Goïta", "occurred") in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("وتوالي قبيلة التبو الجيش الليبي.", "ar",
         ("Tebu_Ethnic_Militia_Libya", "support", "Libyan_National_Army", "occurred")),
        ("أعلنت بوركينا فاسو تضامنها مع المجلس العسكري في النيجر.", "ar",
         ("Burkina_Faso", "support", "National_Council_for_the_Safeguard_of_the_Homeland", "occurred")),
        ("Le Mali a exprimé sa solidarité avec le Niger.", "fr", ("Mali", "support", "Niger", "occurred")),
    ],
)
def test_loyalty_and_solidarity_are_support(triples, text: str, lang: str,
                                            expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text, date(2023, 8, 1), lang)


def test_and_to_is_no_loyalty_verb(triples) -> None:
    text = "وأغلق الأمن التونسي المعبر في الاتجاهين من وإلى ليبيا."
    assert not {t for t in triples(text, date(2014, 8, 1), "ar") if t[1] == "support"}


def test_a_dotted_abbreviation_in_brackets_before_the_participle_of_support(triples) -> None:
    text = "هاجم اتحاد قوى الديمقراطية والتنمية (يو.إف.دي.دي) المدعومة من السودان مدينة أبشي."
    found = triples(text, date(2008, 2, 1), "ar")
    assert ("Sudan", "support", "Union_of_Forces_for_Democracy_and_Development", "occurred") in found
