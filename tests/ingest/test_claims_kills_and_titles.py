"""Attacks told by their author's claim, in each language; forces killed or "neutralised" by a
named side, in the active, the passive and the verbal noun (a count before an unnamed side,
"dozens of jihadists", is the side itself); a counterpart's nationality names the country the
person leads."""

from datetime import date

import pytest

PUBLISHED = date(2021, 3, 2)
AQIM = "Al-Qaeda_in_the_Islamic_Maghreb"
JNIM = "Jama_at_Nasr_al-Islam_wal-Muslimin"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a claim names the author; with no side named after the noun, the town where it struck
        ("AQMI a revendiqué l'enlèvement de deux Français à Niamey.", "fr", (AQIM, "fight", "Niamey")),
        ("L'État islamique a revendiqué la responsabilité de l'attentat de Niamey.", "fr",
         ("Islamic_State", "fight", "Niamey")),
        ("AQIM claimed the kidnapping of two Frenchmen in Niamey.", "en", (AQIM, "fight", "Niamey")),
        ("Boko Haram claimed responsibility for the abduction of students in Katsina State.", "en",
         ("Boko_Haram", "fight", "Katsina_State")),
        ("وتبنى تنظيم داعش الهجوم المسلح الذي وقع بمطار نيامي الدولي.", "ar",
         ("Islamic_State", "fight", "Niamey")),
        ("وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم في مدينة تمبكتو.", "ar",
         (JNIM, "fight", "Timbuktu")),
        # a headline: the subject before the claim verb, the town in the construct after the noun
        ("“داعش” يتبنى هجوم مطار نيامي", "ar", ("Islamic_State", "fight", "Niamey")),
        # the side attacked after the noun wins over the town; a country's troops are its army
        ("JNIM claimed the attack on Malian troops near Boulkessi.", "en",
         (JNIM, "fight", "Malian_Armed_Forces")),
        # a military camp of a town: the army of the town's country
        ("Le JNIM a revendiqué l'attaque contre le camp militaire de Djibo.", "fr",
         (JNIM, "fight", "Armed_Forces_of_Burkina_Faso")),
    ],
)
def test_a_claim_names_the_author_of_the_attack(triples, text: str, lang: str,
                                                expected: tuple[str, str, str]) -> None:
    assert (*expected, "occurred") in triples(text, PUBLISHED, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a claim of an attack in a country says less than where: no fight with the country
        ("وتبنت جماعة نصرة الإسلام والمسلمين هجوما في مالي.", "ar"),
        # residents are no author
        ("Residents claimed the attack in Djibo was carried out at night.", "en"),
    ],
)
def test_no_claimed_attack_without_an_author_and_a_town(triples, text: str, lang: str) -> None:
    assert not {x for x in triples(text, PUBLISHED, lang) if x[1] == "fight"}


def test_a_claim_by_a_group_named_with_its_group_word_and_quotes(triples) -> None:
    text = "تبنى تنظيم “داعش” الهجوم المسلح الذي وقع بمطار نيامي الدولي في النيجر."
    assert triples(text, PUBLISHED, "ar") == {("Islamic_State", "fight", "Niamey", "occurred")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les terroristes ont été neutralisés par les forces armées maliennes à Boni.", "fr"),
        ("Des dizaines de terroristes ont été tués par l'armée malienne.", "fr"),
        ("Dozens of jihadists were killed by the Malian army near Boni.", "en"),
        ("The Malian army said it had neutralised dozens of terrorists near Boni.", "en"),
        ("وأكد الجيش المالي تحييد عشرات الإرهابيين قرب بوني.", "ar"),
    ],
)
def test_forces_killed_or_neutralised_by_a_named_side(triples, text: str, lang: str) -> None:
    assert ("Malian_Armed_Forces", "fight", "Jihadists", "occurred") in triples(text, PUBLISHED, lang)


def test_the_neutralisation_of_a_named_leader(triples) -> None:
    text = "Les FAMa confirment la neutralisation de Abou Alghabas Ichmali le 29 janvier."
    assert {(s, r) for s, r, o, _ in triples(text, PUBLISHED, "fr") if o.startswith("Abou")} == {
        ("Malian_Armed_Forces", "fight")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Deux civils ont été tués par l'armée malienne.", "fr"),  # civilians are no enemy force
        ("Three civilians were killed by the Malian army.", "en"),
    ],
)
def test_civilians_killed_name_no_enemy(triples, text: str, lang: str) -> None:
    assert not {x for x in triples(text, PUBLISHED, lang) if x[1] == "fight"}


def test_a_national_army_named_with_the_lna_words_and_a_demonym(triples) -> None:
    text = "وأسفر الهجوم عن مقتل جنود من الجيش الوطني المالي في كمين نصبه مسلحون قرب موبتي."
    assert triples(text, PUBLISHED, "ar") == {
        ("Unidentified_Armed_Group_Mali", "fight", "Malian_Armed_Forces", "occurred")}


@pytest.mark.parametrize(
    ("text", "lang", "published"),
    [
        ("Le président nigérien a reçu son homologue camerounais Paul Biya à Niamey.", "fr",
         date(2019, 6, 1)),
        ("The Nigerien president received his Cameroonian counterpart Paul Biya in Niamey.", "en",
         date(2019, 6, 1)),
        ("استقبل الرئيس النيجري نظيره الكاميروني بول بيا في نيامي.", "ar", date(2019, 6, 1)),
        ("استقبل الرئيس النيجري نظيره الكاميروني الرئيس بول بيا في نيامي.", "ar", None),
    ],
)
def test_a_counterpart_named_leads_the_country_of_his_nationality(triples, text: str, lang: str,
                                                                  published: date | None) -> None:
    assert ("Paul_Biya", "leads", "Cameroon", "occurred") in triples(text, published, lang)


def test_a_counterpart_who_does_not_lead_that_country_leads_nothing(triples) -> None:
    # Bazoum, Nigerien, named as the Cameroonian counterpart: no leads from the phrase
    text = "Le président tchadien a reçu son homologue camerounais Mohamed Bazoum."
    found = triples(text, date(2022, 6, 1), "fr")
    assert not {x for x in found if x[1] == "leads" and x[0] == "Mohamed_Bazoum"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("António Guterres, le secrétaire général de l'ONU, a condamné l'attaque.", "fr"),
        ("António Guterres, the secretary general of the United Nations, condemned the attack.", "en"),
        ("أنطونيو غوتيريش، الأمين العام للأمم المتحدة، أدان الهجوم.", "ar"),
    ],
)
def test_a_title_after_the_name_whose_office_leads_the_body(triples, text: str, lang: str) -> None:
    assert ("António_Guterres", "leads", "United_Nations", "occurred") in triples(text, PUBLISHED, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a state phrase in an apposition is said of the name before the apposition
        ("Le Tchad accuse les Forces de soutien rapide (FSR), un groupe paramilitaire en conflit avec "
         "l'armée soudanaise depuis avril 2023.", "fr"),
        ("Chad accused the Rapid Support Forces (RSF), a paramilitary group at war with the Sudanese army.",
         "en"),
        ("ودخلت قوات الدعم السريع في صراع مع الجيش السوداني.", "ar"),
        ("ويخوض الجيش السوداني حربا ضد ميليشيات الدعم السريع منذ أبريل.", "ar"),
    ],
)
def test_conflicts_and_wars_named_as_states_and_nouns(triples, text: str, lang: str) -> None:
    fights = {(s, o) for s, r, o, _ in triples(text, PUBLISHED, lang) if r == "fight"}
    assert fights in ({("Rapid_Support_Forces", "Sudanese_Armed_Forces")},
                      {("Sudanese_Armed_Forces", "Rapid_Support_Forces")})


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وقال المسماري إن الأعداء يشنون الحرب النفسية ضد الجيش الوطني الليبي.", "ar"),
        ("Russia waged a media campaign against France in Mali.", "en"),
        ("La Russie mène une guerre médiatique contre la France au Mali.", "fr"),
    ],
)
def test_a_figurative_war_is_no_fight(triples, text: str, lang: str) -> None:
    assert not {x for x in triples(text, PUBLISHED, lang) if x[1] == "fight"}


def test_a_masculine_suffix_does_not_refer_to_a_feminine_name(triples) -> None:
    # "حربه" (his war) is the army's, not that of "قوات درع السودان" (feminine)
    text = "استعان الجيش السوداني بقوات درع السودان في حربه ضد ميليشيات الدعم السريع."
    assert {(s, o) for s, r, o, _ in triples(text, PUBLISHED, "ar") if r == "fight"} == {
        ("Sudanese_Armed_Forces", "Rapid_Support_Forces")}
