"""A post, convoy or patrol attacked with no army named is the national army's; "the military"
and "les FDS" are the army of the country the article is about; an ambassador expelled is his
country rejected; a demand, a decision or an accusation rejected names its author; attacks told
in more tenses and phrasings; Arabic words that are no towns ("في إطار", "كمينا")."""

from datetime import date

import pytest
from sahelkg.ingest.job.extract import Extractor

from sahelkg.records import Article

PUBLISHED = date(2024, 3, 10)
NIGER_LEAD = {
    "en": "Niger is fighting jihadists in Niger. Niamey says Niger will win. ",
    "fr": "Le Niger combat les jihadistes au Niger. Niamey dit que le Niger va gagner. ",
    "ar": "تقاتل النيجر الإرهاب في النيجر. قالت نيامي إن النيجر ستنتصر. ",
}


def fights(triples, text: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o, _ in triples(text, PUBLISHED, lang) if r == "fight"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Gunmen attacked a military post in Tillaberi on Sunday.", "en",
         ("Unidentified_Armed_Group_Niger", "Nigerien_Armed_Forces")),
        ("Suspected jihadists ambushed a convoy of Malian soldiers near Gao, killing 15.", "en",
         ("Jihadists_Mali", "Malian_Armed_Forces")),
        ("Des jihadistes ont attaqué un camp militaire au Burkina Faso.", "fr",
         ("Jihadists_Burkina_Faso", "Armed_Forces_of_Burkina_Faso")),
        ("Des jihadistes présumés ont tendu une embuscade à un convoi de soldats maliens près de Gao.", "fr",
         ("Jihadists_Mali", "Malian_Armed_Forces")),
        ("هاجم مسلحون موقعا عسكريا في منطقة تيلابيري.", "ar",
         ("Unidentified_Armed_Group_Niger", "Nigerien_Armed_Forces")),
        ("Des hommes armés ont tué cinq militaires près de Ménaka.", "fr",
         ("Unidentified_Armed_Group_Mali", "Malian_Armed_Forces")),
    ],
)
def test_a_post_or_convoy_attacked_is_the_army_of_its_country(triples, text: str, lang: str,
                                                               expected: tuple[str, str]) -> None:
    assert fights(triples, text, lang) == {expected}


def test_unnamed_posts_take_the_army_of_the_country_the_article_is_about(triples) -> None:
    text = NIGER_LEAD["en"] + "Boko Haram fighters ambushed a patrol near the lake."
    assert ("Boko_Haram", "Nigerien_Armed_Forces") in fights(triples, text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The army attacked a camp near Kidal.", "en"),  # a state's attack says nothing of whose camp
        ("Les FSR ont attaqué le camp de Zamzam.", "fr"),  # a camp with a name of its own
    ],
)
def test_no_army_for_a_state_attacker_or_a_named_camp(triples, text: str, lang: str) -> None:
    assert not {o for _, o in fights(triples, text, lang)} & {"Malian_Armed_Forces", "Sudanese_Armed_Forces"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The military attacked Boko Haram positions.", "en"),
        ("The security forces attacked Boko Haram.", "en"),
        ("Les forces de défense et de sécurité ont attaqué Boko Haram.", "fr"),
        ("Les FDS ont attaqué Boko Haram.", "fr"),
        ("هاجمت قوات الأمن بوكو حرام.", "ar"),
    ],
)
def test_the_military_and_the_security_forces_are_the_home_army(triples, text: str, lang: str) -> None:
    assert ("Nigerien_Armed_Forces", "Boko_Haram") in fights(triples, NIGER_LEAD[lang] + text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Niger expelled the French ambassador.", "en"),
        ("Niger expelled the ambassador of France.", "en"),
        ("Le Niger a expulsé l'ambassadeur de France.", "fr"),
        ("Le Niger a expulsé l'ambassadeur français.", "fr"),
    ],
)
def test_an_expelled_ambassador_is_his_country_rejected(triples, text: str, lang: str) -> None:
    assert triples(text, PUBLISHED, lang) == {("Niger", "reject", "France", "occurred")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ibrahim Traore rejected the demands of ECOWAS.", "en", ("Ibrahim_Traoré", "ECOWAS")),
        ("Niger rejected the sanctions of ECOWAS.", "en", ("Niger", "ECOWAS")),
        ("Ibrahim Traoré a rejeté les exigences de la Cedeao.", "fr", ("Ibrahim_Traoré", "ECOWAS")),
        ("Le Mali a dénoncé les accusations de l'Algérie.", "fr", ("Mali", "Algeria")),
        ("رفض النقيب إبراهيم تراوري مطالب مجموعة إيكواس.", "ar", ("Ibrahim_Traoré", "ECOWAS")),
        ("نددت مالي باتهامات الجزائر.", "ar", ("Mali", "Algeria")),
    ],
)
def test_a_demand_or_accusation_rejected_names_its_author(triples, text: str, lang: str,
                                                          expected: tuple[str, str]) -> None:
    assert {(s, o) for s, r, o, _ in triples(text, PUBLISHED, lang) if r == "reject"} == {expected}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The United States carried out airstrikes on Islamic State positions in Libya.", "en",
         ("United_States", "Islamic_State")),
        ("Boko Haram gunmen opened fire on the Chadian army.", "en", ("Boko_Haram", "Chadian_National_Army")),
        ("Des jihadistes du JNIM ont pris d'assaut la ville de Djibo.", "fr",
         ("Jama_at_Nasr_al-Islam_wal-Muslimin", "Djibo")),
        ("L'armée malienne a mené des frappes contre le FLA.", "fr",
         ("Malian_Armed_Forces", "Azawad_Liberation_Front")),
        ("اقتحم مسلحون مجهولون معسكرا للجيش في شمال مالي.", "ar",
         ("Unidentified_Armed_Group_Mali", "Malian_Armed_Forces")),
        ("قتل الجيش المالي عشرات الإرهابيين في منطقة موبتي.", "ar",
         ("Malian_Armed_Forces", "Jihadists_Mali")),
    ],
)
def test_attacks_in_their_usual_phrasings(triples, text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in fights(triples, text, lang)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("وقعت الاتفاقية في إطار التعاون الأمني بين ليبيا والنيجر.", "Atar"),
        ("نصب مسلحون كمينا لدورية عسكرية قرب مدينة غاو.", "Minna"),
    ],
)
def test_arabic_words_are_no_towns(extractor: Extractor, text: str, absent: str) -> None:
    found = extractor.extract(Article(id="t", text=text, published=PUBLISHED, lang="ar"))
    assert absent not in found.mentioned


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Russia is Haftar's main backer.", "en", ("Russia", "Khalifa_Haftar")),
        ("Egypt, a key backer of Haftar, denied the report.", "en", ("Egypt", "Khalifa_Haftar")),
        ("La Russie est le principal soutien du maréchal Haftar.", "fr", ("Russia", "Khalifa_Haftar")),
        ("Haftar's backer Egypt denied the report.", "en", ("Egypt", "Khalifa_Haftar")),
    ],
)
def test_a_supporter_named_by_its_noun(triples, text: str, lang: str, expected: tuple[str, str]) -> None:
    assert {(s, o) for s, r, o, _ in triples(text, PUBLISHED, lang) if r == "support"} == {expected}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mali denounced the interference of Algeria in its affairs.", "en"),
        ("Le Mali a condamné l'ingérence de l'Algérie dans ses affaires.", "fr"),
    ],
)
def test_interference_denounced_rejects_its_author(triples, text: str, lang: str) -> None:
    assert triples(text, PUBLISHED, lang) == {("Mali", "reject", "Algeria", "occurred")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل جنود روس إلى واغادوغو.", ("Russia", "deploy", "Ouagadougou", "occurred")),
        ("وصل خبراء أتراك إلى طرابلس.", ("Turkey", "deploy", "Tripoli", "occurred")),
    ],
)
def test_arabic_broken_plural_nationalities(triples, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text, PUBLISHED, "ar")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Au moins vingt soldats ont été tués dans une attaque jihadiste contre une base de l'armée dans "
         "le nord du Burkina Faso.", "fr", ("Jihadists_Burkina_Faso", "Armed_Forces_of_Burkina_Faso")),
        ("Twenty soldiers were killed in a jihadist attack on an army base in northern Burkina Faso.", "en",
         ("Jihadists_Burkina_Faso", "Armed_Forces_of_Burkina_Faso")),
        ("تصدت القوات المسلحة البوركينية لهجوم إرهابي على مدينة جيبو.", "ar",
         ("Jihadists_Burkina_Faso", "Djibo")),
    ],
)
def test_an_attack_named_by_its_side_s_adjective(triples, text: str, lang: str,
                                                 expected: tuple[str, str]) -> None:
    assert expected in fights(triples, text, lang)


def test_a_named_group_in_the_sentence_is_the_author_not_an_unnamed_side(triples) -> None:
    text = ("L'armée malienne a repoussé une attaque terroriste dans la région de Kayes, revendiquée par "
            "le JNIM.")
    assert not {s for s, _ in fights(triples, text, "fr")} & {"Jihadists_Mali"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish-backed forces of the Government of National Accord retook Gharyan.",
         {("Turkey", "Government_of_National_Accord")}),
        ("The Russian-backed Libyan National Army attacked Tripoli.", {("Russia", "Libyan_National_Army")}),
        ("The Emirati-funded Rapid Support Forces took El Fasher.",
         {("United_Arab_Emirates", "Rapid_Support_Forces")}),
        ("Fayez Sarraj heads the U.N.-backed presidency council.", set()),  # an epithet of recognition
    ],
)
def test_a_backer_joined_by_a_hyphen(triples, text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o, _ in triples(text, date(2019, 8, 10), "en") if r == "support"} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Forces loyal to the Government of National Accord retook Sirte from the Islamic State.", "en",
         ("Government_of_National_Accord", "fight", "Islamic_State")),
        ("Fighters loyal to the GNA clashed with Haftar's forces.", "en",
         ("Government_of_National_Accord", "fight", "Libyan_National_Army")),
        ("Les forces loyales au GNA ont repris Syrte à l'État islamique.", "fr",
         ("Government_of_National_Accord", "fight", "Sirte")),
    ],
)
def test_forces_loyal_to_a_body_are_that_body(triples, text: str, lang: str,
                                              expected: tuple[str, str, str]) -> None:
    assert expected in {(s, r, o) for s, r, o, _ in triples(text, date(2019, 8, 10), lang)}


@pytest.mark.parametrize(
    "text",
    ["Russia is Mali's main ally in the region.", "Mali's ally Russia has sent instructors to Bamako."],
)
def test_an_ally_named_by_its_noun(triples, text: str) -> None:
    assert ("Russia", "ally", "Mali", "occurred") in triples(text, PUBLISHED, "en")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("هاجم مسلحون موقعا في منطقة تيلابيري. قتل 15 جنديا نيجيريا في الهجوم.", "Niger"),
        ("زار الرئيس بولا تينوبو أبوجا. قتل 15 جنديا نيجيريا في ولاية بورنو.", "Nigeria"),
    ],
)
def test_an_arabic_accusative_nationality_shared_by_two_countries(extractor: Extractor, text: str,
                                                                  country: str) -> None:
    found = extractor.extract(Article(id="t", text=text, published=PUBLISHED, lang="ar"))
    assert {"Niger", "Nigeria"} & set(found.mentioned) == {country}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The authorities in Bamako rejected the sanctions of ECOWAS.", "en", ("Mali", "reject", "ECOWAS")),
        ("Les autorités de Niamey ont dénoncé l'accord avec les États-Unis.", "fr",
         ("Niger", "reject", "United_States")),
    ],
)
def test_the_authorities_in_a_capital_are_its_country(triples, text: str, lang: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert expected in {(s, r, o) for s, r, o, _ in triples(text, PUBLISHED, lang)}


def test_a_capital_with_rival_governments_keeps_its_seats(triples) -> None:
    found = triples("The government in Tripoli rejected the offer of Egypt.", date(2024, 3, 10), "en")
    assert {s for s, r, _, _ in found if r == "reject"} <= {"Government_of_National_Unity"}
