"""Fights told by their outcome or their manner: a person killed in a strike whose author a
nationality or a genitive names, a named person killed by an armed side, skirmishes, a push
towards a town, a march on it, an air raid, the elimination of fighters, strikes that hit, and a
post with its adjective before or after the noun ("a military camp of the Malian army")."""

from datetime import date

import pytest

PUBLISHED = date(2021, 9, 16)
SAHRAWI = "Adnan_Abu_Walid_al-Sahrawi"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("أعلنت فرنسا مقتل عدنان أبو وليد الصحراوي في ضربة للقوات الفرنسية.", "ar", ("France", SAHRAWI)),
        ("وقتل القيادي مختار بلمختار في غارة أمريكية في ليبيا.", "ar",
         ("United_States", "Mokhtar_Belmokhtar")),
        ("Adnan Abou Walid al-Sahraoui a été tué dans une frappe de l'armée française.", "fr",
         ("France", SAHRAWI)),
        ("Abdelmalek Droukdel a été tué dans une frappe française au Mali.", "fr",
         ("France", "Abdelmalek_Droukdel")),
        ("Belmokhtar was killed in a US airstrike in Libya.", "en", ("United_States", "Mokhtar_Belmokhtar")),
        # a named person killed by an armed side, in the active and the passive
        ("Chadian President Idriss Deby was killed by FACT rebels.", "en",
         ("Front_for_Change_and_Concord_in_Chad", "Idriss_Déby")),
        ("Boko Haram fighters killed Chadian President Idriss Deby.", "en", ("Boko_Haram", "Idriss_Déby")),
    ],
)
def test_a_person_killed_by_a_named_striker(triples, text: str, lang: str, expected: tuple[str, str]) -> None:
    fights = {(s, o) for s, r, o, _ in triples(text, PUBLISHED, lang) if r == "fight"}
    assert fights == {expected}


def test_a_person_killed_with_no_striker_named_is_not_given_one(triples) -> None:
    found = triples("Adnan Abu Walid al-Sahrawi was killed last week.", PUBLISHED, "en")
    assert not {x for x in found if x[1] == "fight" and not x[0].startswith("Unidentified")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The LNA fought skirmishes with GNA forces south of Tripoli.", "en",
         ("Libyan_National_Army", "Government_of_National_Accord")),
        ("The LNA continued its push towards Tripoli on Friday.", "en", ("Libyan_National_Army", "Tripoli")),
        ("Haftar a ordonné à ses troupes de marcher sur Tripoli, jeudi 4 avril.", "fr",
         ("Khalifa_Haftar", "Tripoli")),
        ("Le camp Haftar a dit avoir mené un premier raid aérien sur Tripoli.", "fr",
         ("Khalifa_Haftar", "Tripoli")),
        ("L'armée nigérienne a annoncé l'élimination de dix terroristes près de Diffa.", "fr",
         ("Nigerien_Armed_Forces", "Jihadists_Niger")),
        ("Des frappes françaises ont visé des positions jihadistes près de Gao.", "fr",
         ("France", "Jihadists_Mali")),
        ("JNIM fighters attacked a military camp of the Malian army.", "en",
         ("Jama_at_Nasr_al-Islam_wal-Muslimin", "Malian_Armed_Forces")),
        ("Le JNIM a attaqué un camp militaire de l'armée malienne.", "fr",
         ("Jama_at_Nasr_al-Islam_wal-Muslimin", "Malian_Armed_Forces")),
    ],
)
def test_fights_told_by_their_manner(triples, text: str, lang: str, expected: tuple[str, str]) -> None:
    assert {(s, o) for s, r, o, _ in triples(text, date(2019, 4, 5), lang) if r == "fight"} == {expected}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The French military moved into Mali on Jan. 11 to push back al-Qaida-linked militants.", "en",
         {("France", "deploy", "Mali"), ("France", "fight", "Jihadists_Mali")}),
        ("Saadi Gaddafi travelled to neighbouring Niger in a convoy.", "en",
         {("Al-Saadi_Gaddafi", "visit", "Niger")}),
        ("Abdelmadjid Tebboune a tenu à accueillir personnellement le général Tiani à l'aéroport.", "fr",
         {("Abdelmadjid_Tebboune", "meet", "Abdourahamane_Tchiani")}),
        # a nationality ends a title: the verb after it is not part of the title
        ("Le chef d’État nigérien entame une visite de fraternité et de travail en Algérie.", "fr",
         {("Abdourahamane_Tchiani", "visit", "Algeria")}),
    ],
)
def test_moves_visits_and_welcomes(triples, text: str, lang: str,
                                   expected: set[tuple[str, str, str]]) -> None:
    assert {(s, r, o) for s, r, o, _ in triples(text, date(2025, 2, 1), lang)} == expected
