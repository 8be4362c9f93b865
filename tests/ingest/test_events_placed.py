"""Where an event is, and who travels: a country across a border is not where an attack happened;
a bare "the army" names the army of the country where the sentence's event is, before the
article's country stands out; a national army is not deployed to its own country; counts of
people ("une vingtaine de", "عددا من") before the forces acted on; a traveller who leaves a place
abroad visited it."""

from datetime import date

import pytest

PUBLISHED = date(2024, 4, 30)  # a Tuesday: "lundi" is 2024-04-29
UAG_BF = "Unidentified_Armed_Group_Burkina_Faso"
BF_ARMY = "Armed_Forces_of_Burkina_Faso"
UAG = "Unidentified_Armed_Group"
JNIM = "Jama_at_Nasr_al-Islam_wal-Muslimin"
FAMA = "Malian_Armed_Forces"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the country across the border scopes nothing: the attack is on this side of it
        ("هاجم مسلحون مجهولون موقعا للجيش البوركيني قرب الحدود مع مالي.", "ar",
         {(UAG, "fight", BF_ARMY, "occurred")}),
        ("Des hommes armés ont attaqué une position de l'armée burkinabè près de la frontière avec le "
         "Mali.", "fr", {(UAG, "fight", BF_ARMY, "occurred")}),
        ("Gunmen attacked a Burkinabe army post near the border with Mali.", "en",
         {(UAG, "fight", BF_ARMY, "occurred")}),
        # a bare "the army" where the sentence says the event is, "في شمال ..." with a place noun
        # between the preposition and the country
        ("هاجم مسلحون مجهولون موقعا للجيش في شمال بوركينا فاسو.", "ar",
         {(UAG_BF, "fight", BF_ARMY, "occurred")}),
        ("قتل 12 جنديا في شمال بوركينا فاسو عندما هاجم مسلحون مجهولون موقعا للجيش.", "ar",
         {(UAG_BF, "fight", BF_ARMY, "occurred")}),
        ("Des hommes armés ont attaqué une position de l'armée dans le nord du Burkina Faso.", "fr",
         {(UAG_BF, "fight", BF_ARMY, "occurred")}),
        ("Gunmen attacked the army in northern Burkina Faso.", "en",
         {(UAG_BF, "fight", BF_ARMY, "occurred")}),
        # counts before the forces killed
        ("Le JNIM a tué une vingtaine de soldats maliens près de Boulkessi.", "fr",
         {(JNIM, "fight", FAMA, "occurred")}),
        ("L'armée malienne affirme avoir perdu deux soldats mais tué une vingtaine de rebelles du JNIM.",
         "fr", {(FAMA, "fight", JNIM, "occurred")}),
        ("قتل الجيش النيجري عددا من عناصر بوكو حرام.", "ar",
         {("Nigerien_Armed_Forces", "fight", "Boko_Haram", "occurred")}),
    ],
)
def test_where_the_event_is(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


def test_gunmen_of_a_group_named_after_its_head_noun_are_no_unnamed_side(relations_of) -> None:
    # 'مسلحون من تنظيم "ولاية الساحل"': the men of the group, though its name follows a head noun
    # and a quote mark
    found = relations_of('قتل 39 جنديا نيجريا في هجوم شنه مسلحون من تنظيم "ولاية الساحل" على موقع '
                         'للجيش قرب الحدود مع مالي في منطقة تيلابيري.', PUBLISHED, "ar")
    assert not [r for r in found if r.subject.id.startswith(UAG)]


def test_a_national_army_is_not_deployed_to_its_own_country(triples) -> None:
    got = triples("Les forces de Wagner sont aussi présentes au Mali aux côtés de l'armée malienne.",
                  PUBLISHED, "fr")
    assert ("Wagner_Group", "deploy", "Mali", "occurred") in got
    assert not any(s == FAMA and r == "deploy" and o == "Mali" for s, r, o, _ in got)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le ministre russe de la Défense Andreï Belooussov a quitté Niamey lundi.", "fr",
         {("Andrey_Belousov", "visit", "Niamey", "occurred")}),
        ("Russian Defence Minister Andrey Belousov left Niamey on Monday.", "en",
         {("Andrey_Belousov", "visit", "Niamey", "occurred")}),
        ("غادر وزير الدفاع الروسي أندريه بيلوسوف نيامي يوم الاثنين.", "ar",
         {("Andrey_Belousov", "visit", "Niamey", "occurred")}),
        # leaving one's own capital visits nothing there; the place one heads for is visited
        ("Le président Bazoum a quitté Niamey pour Paris.", "fr",
         {("Mohamed_Bazoum", "visit", "Paris", "occurred")}),
        # forces that leave are still deployed where they were
        ("Les soldats français ont quitté le Mali.", "fr", {("France", "deploy", "Mali", "occurred")}),
        ("غادرت القوات الفرنسية مالي.", "ar", {("France", "deploy", "Mali", "occurred")}),
    ],
)
def test_a_traveller_who_leaves_a_place_visited_it(triples, text: str, lang: str,
                                                   expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a killing with no killer in the sentence nor any insurgent in the article: an unnamed
        # armed group of the country where it happened (else the victim's)
        ("أكد مصدر أمني مقتل رئيس جهاز دعم الاستقرار عبدالغني الككلي في طرابلس.", "ar",
         {("Unidentified_Armed_Group_Libya", "fight", "Abdul_Ghani_al-Kikli", "occurred")}),
        ("L'assassinat du président Idriss Déby a choqué le pays.", "fr",
         {("Unidentified_Armed_Group_Chad", "fight", "Idriss_Déby", "occurred")}),
        # a killer named in the sentence, a time reference, an insurgent group in the article
        ("أعلن الجيش الوطني الليبي مقتل عبد الغني الككلي.", "ar", set()),
        ("Since the assassination of Muammar Gaddafi in 2011, Libya has remained split.", "en", set()),
        ("مقتل الرئيس التشادي إدريس ديبي متأثرا بجراحه.\nوكانت جبهة الوفاق من أجل التغيير في تشاد قد "
         "أعلنت هجوما.", "ar", set()),
    ],
)
def test_a_killing_with_no_killer_named(triples, text: str, lang: str,
                                        expected: set[tuple[str, str, str, str]]) -> None:
    assert {x for x in triples(text, PUBLISHED, lang) if x[1] == "fight"} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("FACT is based in Libya.", "en",
         {("Front_for_Change_and_Concord_in_Chad", "deploy", "Libya", "occurred")}),
        ("The rebels of FACT are based in southern Libya.", "en",
         {("Front_for_Change_and_Concord_in_Chad", "deploy", "Libya", "occurred")}),
        ("Le FACT est basé en Libye.", "fr",
         {("Front_for_Change_and_Concord_in_Chad", "deploy", "Libya", "occurred")}),
        ("Wagner fighters stationed in Mali attacked the village.", "en",
         {("Wagner_Group", "deploy", "Mali", "occurred")}),
        # a government based somewhere is seated there, not deployed
        ("The GNA, based in Tripoli, rejected the offer.", "en", set()),
    ],
)
def test_forces_based_somewhere_are_deployed_there(triples, text: str, lang: str,
                                                   expected: set[tuple[str, str, str, str]]) -> None:
    assert {x for x in triples(text, PUBLISHED, lang) if x[1] == "deploy"} == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des instructeurs russes entraînent les soldats maliens.", "fr"),
        ("وتدرب روسيا الجيش المالي.", "ar"),
        ("Russian instructors are training Malian troops.", "en"),
    ],
)
def test_training_troops_supports_them(triples, text: str, lang: str) -> None:
    assert any(s == "Russia" and r == "support" for s, r, _, _ in triples(text, PUBLISHED, lang))
