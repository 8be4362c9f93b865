"""A meeting of two parties joined by a dash ("لقاء حفتر ـ شويغو"); a group's men as the subject
("Members of Boko Haram attacked", "Des membres de Boko Haram ont attaqué"); "the country" /
"le pays" standing for the country the article is about where forces leave or are; "أمير"
before a group as its leader; a relative clause said of a common noun apposed to a name
("Dagalo, the warlord who leads ..."); an adjective between a determiner and a group's name
("the paramilitary Rapid Support Forces"); support asked of another ("طلب مساعدة ليبيا")."""

from datetime import date

import pytest

PUBLISHED = date(2023, 8, 10)


@pytest.mark.parametrize(
    ("text", "lang", "army"),
    [
        ("Members of Boko Haram attacked the Nigerian army in Borno.", "en", "Nigerian_Armed_Forces"),
        ("Suspected members of Boko Haram attacked the Nigerian army.", "en", "Nigerian_Armed_Forces"),
        ("Des membres de Boko Haram ont attaqué une position de l'armée nigérienne à Diffa.", "fr",
         "Nigerien_Armed_Forces"),
        ("Des présumés membres de Boko Haram ont attaqué l'armée nigérienne à Diffa.", "fr",
         "Nigerien_Armed_Forces"),
    ],
)
def test_members_of_a_group_are_the_group_acting(triples, text: str, lang: str, army: str) -> None:
    assert triples(text, PUBLISHED, lang) == {("Boko_Haram", "fight", army, "occurred")}


NIGER_FR = "Le Niger a reçu le ministre malien à Niamey, selon le gouvernement nigérien. Au Niger, "
NIGER_EN = "Niger's junta, in Niamey, said Niger ended the agreement with Washington. In Niger, "


def test_troops_leaving_the_country_fr(triples) -> None:
    found = triples(NIGER_FR + "les troupes américaines quitteront le pays.", PUBLISHED, "fr")
    assert ("United_States", "deploy", "Niger", "occurred") in {
        (s, r, o, "occurred") for s, r, o, _ in found}


def test_troops_leaving_the_country_en(triples) -> None:
    found = triples(NIGER_EN + "American troops will leave the country.", PUBLISHED, "en")
    assert ("United_States", "deploy", "Niger") in {(s, r, o) for s, r, o, _ in found}


def test_the_country_needs_one_that_stands_out(triples) -> None:
    text = "Le Niger et le Mali ont signé un accord. Les troupes américaines quitteront le pays."
    assert not {x for x in triples(text, PUBLISHED, "fr") if x[1] == "deploy"}


def test_an_emir_leads_his_group(triples) -> None:
    text = "أبو الوليد الصحراوي أمير تنظيم الدولة الإسلامية في الصحراء الكبرى قتل في غارة."
    assert triples(text, date(2019, 1, 10), "ar") == {
        ("Adnan_Abu_Walid_al-Sahrawi", "leads", "Islamic_State_Sahel_Province", "occurred")}


@pytest.mark.parametrize(
    "text",
    [
        "Mohamed Hamdan Dagalo, the warlord who leads the paramilitary Rapid Support Forces, spoke.",
        "Mohamed Hamdan Dagalo, who leads the paramilitary Rapid Support Forces, spoke on Monday.",
    ],
)
def test_a_relative_clause_said_of_an_apposed_noun(triples, text: str) -> None:
    assert triples(text, PUBLISHED, "en") == {
        ("Mohamed_Hamdan_Dagalo", "leads", "Rapid_Support_Forces", "occurred")}


def test_a_relative_clause_after_a_noun_with_no_name_has_no_subject(triples) -> None:
    assert triples("The warlord who leads the Rapid Support Forces spoke.", PUBLISHED, "en") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وطلب بازوم مساعدة ليبيا في مكافحة الإرهاب.", "ar"),
        ("طلب الرئيس محمد بازوم مساعدة ليبيا.", "ar"),
        ("Mohamed Bazoum a sollicité, mercredi, l'aide de la Libye.", "fr"),
        ("Bazoum requested Libya's assistance in the fight against terrorism.", "en"),
    ],
)
def test_support_asked_of_another_is_sought_from_it(triples, text: str, lang: str) -> None:
    found = {x for x in triples(text, date(2022, 1, 10), lang) if x[1] == "support"}
    assert found == {("Libya", "support", "Mohamed_Bazoum", "sought")}


def test_support_given_keeps_its_direction(triples) -> None:
    assert triples("وقدمت الجزائر مساعدة للنيجر.", PUBLISHED, "ar") == {
        ("Algeria", "support", "Niger", "occurred")}


def test_a_request_named_as_a_noun_is_not_the_clause_actors(triples) -> None:
    text = ("Le président François Hollande a expliqué que l'opération Serval répondait à une demande "
            "d'aide du président malien par intérim, Dioncounda Traoré.")
    assert not {x for x in triples(text, date(2013, 1, 12), "fr") if x[1] == "support"}


@pytest.mark.parametrize("text", ["«فاغنر» اللاعب الخفي لروسيا حضر لقاء حفتر ـ شويغو",
                                  "وجرى لقاء حفتر - شويغو في موسكو."])
def test_a_meeting_of_two_parties_joined_by_a_dash(triples, text: str) -> None:
    found = triples(text, date(2019, 1, 10), "ar")
    assert ("Khalifa_Haftar", "meet", "Sergei_Shoigu", "occurred") in found


def test_a_visitor_visiting_the_country(triples) -> None:
    text = ("أعلنت موريتانيا تعزيز أمن حدودها. وقالت نواكشوط إن الجيش الموريتاني في حالة تأهب. "
            "واستقبل الرئيس محمد ولد الغزواني وزير الدفاع التشادي داود يايا إبراهيم الذي يزور البلاد حاليا.")
    assert ("Daoud_Yaya_Brahim", "visit", "Mauritania", "occurred") in triples(text, date(2022, 1, 10), "ar")
