"""French constructions read from the misses on real French news, each pinned by sentences
written for the test: member states enumerated after an organisation's verb of composition
("qui regroupe", "constitué de", "comptait ... à savoir"), a group noun standing for the
organisation named before ("cette alliance regroupe"), a list before "regroupés au sein de", an
organisation's abbreviation in brackets before its member list."""

from __future__ import annotations

from collections.abc import Callable

import pytest

AES = "Alliance_of_Sahel_States"
G5 = "G5_Sahel"
ECOWAS = "ECOWAS"
BF = "Burkina_Faso"
Triples = Callable[..., set[tuple[str, str, str, str]]]


def _members(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o, _ in found if r == "member_of"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'Alliance des États du Sahel (AES), qui regroupe désormais le Niger, le Mali et le "
         "Burkina Faso, a tenu son sommet.",
         {("Niger", AES), ("Mali", AES), (BF, AES)}),
        ("Le G5 Sahel, constitué de la Mauritanie, du Tchad et du Niger, a été dissous.",
         {("Mauritania", G5), ("Chad", G5), ("Niger", G5)}),
        ("La Cédéao compte 15 États membres, à savoir, le Ghana, le Togo, la Guinée (Conakry) et "
         "le Sénégal.",
         {("Ghana", ECOWAS), ("Togo", ECOWAS), ("Guinea", ECOWAS), ("Senegal", ECOWAS)}),
        # a group noun stands for the organisation named in the sentence before
        ("Le Togo songe à l'AES. Cette alliance régionale regroupe le Mali et le Niger.",
         {("Mali", AES), ("Niger", AES)}),
        # a list of states before the participle of grouping
        ("Les juntes du Mali, du Burkina Faso et du Niger, regroupés au sein de l'AES, ont "
         "quitté la Cédéao.",
         {("Mali", AES), (BF, AES), ("Niger", AES)}),
        ("Le Mali, la Guinée et le Niger, réunies au sein de l'AES, ont signé une charte.",
         {("Mali", AES), ("Guinea", AES), ("Niger", AES)}),
        ("Le Mali, le Burkina Faso et le Niger, réunis au sein de l'AES, ont signé une charte.",
         {("Mali", AES), (BF, AES), ("Niger", AES)}),
        # an abbreviation in brackets between the member noun's organisation and its members
        ("Les pays membres de l'Alliance des États du Sahel (AES) le Mali, le Niger et le Burkina "
         "Faso ont rappelé leurs ambassadeurs.",
         {("Mali", AES), ("Niger", AES), (BF, AES)}),
        # one country is no list; a verb of composition with no organisation before it says nothing
        ("L'AES regroupe le Mali.", {("Mali", AES)}),  # the verb's own frame
        ("Le président regroupe le Mali et le Niger dans son discours.", set()),
        ("Le Niger compte le Mali et le Tchad parmi ses voisins.", set()),
    ],
)
def test_members_enumerated_around_their_organisation(triples: Triples, text: str,
                                                       expected: set[tuple[str, str]]) -> None:
    assert _members(triples(text, lang="fr")) == expected


def _leads(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o, _ in found if r == "leads"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le président de la République Mohamed Bazoum a visité Agadez.",
         {("Mohamed_Bazoum", "Niger")}),
        ("Mahamadou Issoufou, le président de la République, est arrivé à Agadez.",
         {("Mahamadou_Issoufou", "Niger")}),
        ("Les otages seront reçus par le chef de l'État (Mahamadou Issoufou) à Niamey.",
         {("Mahamadou_Issoufou", "Niger")}),
        ("La junte dirigée par le colonel Assimi Goïta a rompu avec Paris.",
         {("Assimi_Goïta", "Mali")}),
        ("Le régime dirigé par le général Abdourahamane Tiani a dénoncé l'accord.",
         {("Abdourahamane_Tchiani", "Niger")}),
        ("Sous la présidence de Mahamadou Issoufou, le Niger a accueilli une base.",
         {("Mahamadou_Issoufou", "Niger")}),
        # a group and the person after it in the genitive; a state only by its head
        ("L'Armée de libération du Soudan (ALS) de Minni Minawi a combattu au Darfour.",
         {("Minni_Minawi", "Sudan_Liberation_Movement")}),
        ("Le Mali du colonel Assimi Goïta a rompu avec Paris.", {("Assimi_Goïta", "Mali")}),
        ("La Libye du maréchal Haftar a reçu des armes.", set()),
        # a former title, and a person never head of state, say nothing
        ("L'ancien président de la République Mahamadou Issoufou a parlé à Niamey.", set()),
        ("Le président de la République a reçu Abdoulaye Diop.", set()),
    ],
)
def test_heads_of_state_by_a_title_that_names_no_state(triples: Triples, text: str,
                                                       expected: set[tuple[str, str]]) -> None:
    assert _leads(triples(text, lang="fr")) == expected


def _fights(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o, _ in found if r == "fight"}


BH = "Boko_Haram"
JNIM = "Jama_at_Nasr_al-Islam_wal-Muslimin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the target before a cue is attacked, by the author after the noun
        ("Le Tchad est confronté depuis 2015 à des attaques terroristes menées par Boko Haram.",
         {(BH, "Chad")}),
        ("La ville de Diffa est depuis des années le théâtre d'attaques de Boko Haram.",
         {(BH, "Diffa")}),
        ("Le Niger est la cible d'attaques jihadistes.", {("Jihadists_Niger", "Niger")}),
        ("Le Niger est la cible d'attaques.", set()),
        # the author after the noun: its target after "contre", the forces killed, the town
        ("Une embuscade menée par le JNIM contre l'armée malienne a fait douze morts.",
         {(JNIM, "Malian_Armed_Forces")}),
        ("Douze soldats maliens ont été tués dans une attaque perpétrée par le JNIM.",
         {(JNIM, "Malian_Armed_Forces")}),
        ("Des attaques revendiquées par le JNIM à Kayes ont fait douze morts.", {(JNIM, "Kayes")}),
        ("Une attaque menée par le JNIM a été évoquée.", set()),
        # a genitive names a group, not a country
        ("Le Mali a dénoncé les attaques du Niger.", set()),
        # verbs of attack read from the press
        ("Des hommes armés ont ouvert le feu sur l'armée nigérienne à Tillabéri.",
         {("Unidentified_Armed_Group_Niger", "Nigerien_Armed_Forces")}),
        ("Les Forces armées burkinabè ont mis en déroute les combattants du JNIM.",
         {("Armed_Forces_of_Burkina_Faso", JNIM)}),
        ("Le JNIM a lancé une offensive sur Kayes.", {(JNIM, "Kayes")}),
    ],
)
def test_attacks_told_from_their_target_or_their_author(triples: Triples, text: str,
                                                        expected: set[tuple[str, str]]) -> None:
    assert _fights(triples(text, lang="fr")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le général Saddam Haftar est arrivé dans la capitale nigérienne Niamey.",
         {("Saddam_Haftar", "visit", "Niamey", "occurred")}),
        ("Le ministre Mohamed Toumba a effectué une visite de travail de trois jours à Benghazi.",
         {("Mohamed_Toumba", "visit", "Benghazi", "occurred")}),
        ("Assimi Goïta s'est envolé pour Moscou.", {("Assimi_Goïta", "visit", "Moscow", "occurred")}),
        ("La Turquie fournit des drones au Mali.", {("Turkey", "support", "Mali", "occurred")}),
        ("L'armée malienne a repris Kidal avec le soutien de la Russie.",
         {("Russia", "support", "Malian_Armed_Forces", "occurred")}),
    ],
)
def test_visits_and_support_read_from_the_press(triples: Triples, text: str,
                                                expected: set[tuple[str, str, str, str]]) -> None:
    found = {x for x in triples(text, lang="fr") if x[1] in ("visit", "support")}
    assert found == expected


def _deployments(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o, _ in found if r == "deploy"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Après dix ans de présence française au Tchad, les soldats rentrent.", {("France", "Chad")}),
        ("La présence russe se renforce au Mali.", {("Russia", "Mali")}),
        ("Le retour des troupes françaises au Niger est exclu.", {("France", "Niger")}),
        ("Près de 2 000 soldats français devraient rester au Tchad.", {("France", "Chad")}),
        ("Les bases françaises au Sénégal et en Côte d'Ivoire ferment.",
         {("France", "Senegal"), ("France", "Ivory_Coast")}),
        ("La Russie dispose de plusieurs centaines de soldats au Mali.", {("Russia", "Mali")}),
        # home is no deployment; a nationality without forces or presence says nothing
        ("Les soldats tchadiens au Tchad sont en alerte.", set()),
        ("Les diplomates français au Mali ont été reçus.", set()),
    ],
)
def test_troops_named_by_their_nationality_abroad(triples: Triples, text: str,
                                                  expected: set[tuple[str, str]]) -> None:
    assert _deployments(triples(text, lang="fr")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counterpart named by an apposition after a comma
        ("Mohamed Bazoum a reçu à Niamey, ce mardi, son homologue tchadien, Mahamat Idriss Déby.",
         {("Mohamed_Bazoum", "meet", "Mahamat_Idriss_Déby", "occurred")}),
        ("Assimi Goïta a reçu son homologue, le général Abdourahamane Tiani.",
         {("Assimi_Goïta", "meet", "Abdourahamane_Tchiani", "occurred")}),
        # a place noun phrase between the verb and its object
        ("Le ministre Mohamed Toumba a accueilli à l'aéroport de Niamey, ce lundi, Saddam Haftar.",
         {("Mohamed_Toumba", "meet", "Saddam_Haftar", "occurred")}),
        ("Mahamat Idriss Déby a reçu au palais présidentiel le général Saddam Haftar.",
         {("Mahamat_Idriss_Déby", "meet", "Saddam_Haftar", "occurred")}),
    ],
)
def test_meetings_with_appositions_and_places_before_the_object(
        triples: Triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert {x for x in triples(text, lang="fr") if x[1] == "meet"} == expected


def test_an_unidentified_office_before_a_verb_carries_no_subject(triples: Triples) -> None:
    text = ("Assimi Goïta a reçu Saddam Haftar. L'avion transportant le chef du CNSP a "
            "atterri à Bamako.")
    assert {x for x in triples(text, lang="fr") if x[1] == "visit"} == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Tchad a dénoncé, jeudi, l'accord de coopération militaire avec la France.",
         {("Chad", "reject", "France", "occurred")}),
        ("Le Tchad a annoncé la fin de son accord de défense avec la France.",
         {("Chad", "reject", "France", "occurred")}),
        ("Le Mali a rompu son alliance avec la France.", {("Mali", "reject", "France", "occurred")}),
        ("Le Burkina Faso a expulsé les soldats français.",
         {("Burkina_Faso", "reject", "France", "occurred")}),
        ("Le Niger exige le départ des troupes américaines.",
         {("Niger", "reject", "United_States", "occurred")}),
        # a pact signed is agreed; expelling people who are not forces rejects no country
        ("Le Tchad a signé un accord de défense avec la France.",
         {("Chad", "agree", "France", "occurred")}),
        ("Le Niger a expulsé des migrants maliens.", set()),
    ],
)
def test_pacts_renounced_and_forces_expelled_are_rejections(
        triples: Triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert {x for x in triples(text, lang="fr") if x[1] in ("reject", "agree")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place named after "la ville de", "la région de", "le nord du"
        ("Le JNIM a lancé des attaques sur la ville de Djibo.", {(JNIM, "Djibo")}),
        ("Boko Haram a lancé une offensive sur la région de Diffa.", {(BH, "Diffa")}),
        # a capital named as a city after a comma is the city
        ("L'ANL est partie à l'assaut de la capitale, Tripoli.",
         {("Libyan_National_Army", "Tripoli")}),
        # the sides of a clash in the press's spellings
        ("Les combats ont opposé la 444e brigade à la Force al-Radaa.",
         {("444th_Combat_Brigade", "Special_Deterrence_Force")}),
    ],
)
def test_attacks_on_named_places_and_clashes(triples: Triples, text: str,
                                             expected: set[tuple[str, str]]) -> None:
    assert _fights(triples(text, lang="fr")) == expected


def test_a_deployment_in_the_north_of_a_country(triples: Triples) -> None:
    assert _deployments(triples("Des soldats russes sont présents dans le nord du Mali.", lang="fr")) \
        == {("Russia", "Mali")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Haftar a conquis le Fezzan grâce au soutien de plusieurs puissances étrangères, Egypte, "
         "Russie, France.",
         {("Egypt", "Khalifa_Haftar"), ("Russia", "Khalifa_Haftar"), ("France", "Khalifa_Haftar")}),
        ("L'armée malienne, avec le soutien de ses partenaires de Barkhane, a repris Kidal.",
         {("Operation_Barkhane", "Malian_Armed_Forces")}),
        ("L'armée malienne a repris Kidal avec le soutien de la Russie.",
         {("Russia", "Malian_Armed_Forces")}),
        ("L'armée malienne a repris Kidal avec le soutien de la population.", set()),
    ],
)
def test_supporters_described_before_they_are_named(triples: Triples, text: str,
                                                    expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o, _ in triples(text, lang="fr") if r == "support"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saddam Haftar a été reçu à Niamey par le général Abdourahamane Tiani.",
         {("Saddam_Haftar", "Niamey")}),
        ("Mahamat Idriss Déby a reçu Saddam Haftar, ce vendredi, à N'Djamena.",
         {("Saddam_Haftar", "N_Djamena")}),
        # a guest received in his own country, or with no place, visited nothing
        ("Abdourahamane Tiani a reçu le ministre Mohamed Toumba à Niamey.", set()),
        ("Abdourahamane Tiani a reçu Saddam Haftar.", set()),
    ],
)
def test_a_guest_received_abroad_visited_the_place(triples: Triples, text: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o, _ in triples(text, lang="fr") if r == "visit"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two countries of the last relation between two actors (each person's state)
        ("Le ministre Mohamed Toumba a reçu Saddam Haftar à Niamey. Les deux pays ont renforcé leur "
         "coopération militaire.",
         {("Niger", "cooperate", "Libya", "occurred")}),
        ("Le ministre Mohamed Toumba a reçu Saddam Haftar à Niamey. La coopération entre les deux "
         "pays est ancienne.",
         {("Niger", "cooperate", "Libya", "occurred")}),
        ("Le Niger et le Mali ont signé un accord de défense. Les deux pays ont renforcé leur "
         "coopération militaire.",
         {("Niger", "agree", "Mali", "occurred"), ("Niger", "cooperate", "Mali", "occurred")}),
        # negated, it is denied; two people of one country name no two countries
        ("Le ministre Mohamed Toumba a reçu Saddam Haftar à Niamey. Les deux pays ne veulent pas de "
         "coopération militaire.",
         {("Niger", "cooperate", "Libya", "denied")}),
        ("Le ministre Mohamed Toumba a reçu Mohamed Bazoum à Niamey. Les deux pays ont renforcé leur "
         "coopération militaire.",
         set()),
    ],
)
def test_the_two_countries_as_the_parties_of_a_cooperation(
        triples: Triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert {x for x in triples(text, lang="fr") if x[1] in ("cooperate", "agree")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le président Abdel Fattah al-Sissi, soutien du maréchal Khalifa Haftar, a reçu Idriss Déby.",
         {("Abdel_Fattah_el-Sisi", "Khalifa_Haftar")}),
        ("La Russie, principal soutien du Mali, a livré des armes.", {("Russia", "Mali")}),
        ("L'Égypte, parrain de l'ANL, a accueilli la réunion.", {("Egypt", "Libyan_National_Army")}),
        # a question, and a noun owned through "dont", say nothing
        ("Le Mali, soutien de la Russie ? Nul ne le sait.", set()),
        ("Haftar, dont le soutien de la Russie est connu, a reçu Idriss Déby.", set()),
    ],
)
def test_supporters_named_in_an_apposition(triples: Triples, text: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o, _ in triples(text, lang="fr") if r == "support"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kidnapped where the place is named, by nobody named: an unidentified armed group
        ("Deux ressortissants français ont également été enlevés à Niamey.",
         {("Unidentified_Armed_Group_Niger", "Niamey")}),
        ("Trois ingénieurs ont été enlevés à Arlit.",
         {("Unidentified_Armed_Group_Niger", "Arlit")}),
        ("Un prêtre a été enlevé le 14 octobre à Dakoro.", {("Unidentified_Armed_Group_Niger", "Dakoro")}),
        # a named kidnapper, a negation, a question, or no place say nothing of an unnamed side
        ("Un humanitaire a été enlevé par des hommes armés à Agadez.", set()),
        ("Un diplomate n'a pas été enlevé à Niamey.", set()),
        ("Deux Français ont-ils été enlevés à Niamey ?", set()),
        ("Un humanitaire a été enlevé hier soir.", set()),
    ],
)
def test_people_kidnapped_by_nobody_named(triples: Triples, text: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o, _ in triples(text, lang="fr") if r == "fight" and "Unidentified" in s} \
        == expected
