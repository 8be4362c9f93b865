"""Fights told around their sides: a war pitting a force named with its leader and another, the
men of a force named by a word for them, a group responsible for a leader's death, an attack's
author and then what it hit. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Facts = Callable[..., set[tuple[str, str, str]]]
DAY = date(2023, 6, 1)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a compound adjective before the first side, its leader after it, then the second side
    ("The war pitting the eastern-based Libyan National Army (LNA) of Khalifa Haftar and forces of "
     "the Government of National Accord (GNA) went on through the summer.", "en",
     ("Libyan_National_Army", "fight", "Government_of_National_Accord")),
    ("Les affrontements entre l'armée soudanaise et les paramilitaires des Forces de soutien rapide "
     "ont éclaté le 15 avril.", "fr", ("Sudanese_Armed_Forces", "fight", "Rapid_Support_Forces")),
    ("Le 11 avril, des détachements du FACT entament une offensive contre la capitale, N'Djamena.", "fr",
     ("Front_for_Change_and_Concord_in_Chad", "fight", "N_Djamena")),
    ("Le FACT, responsable de la mort de l'ancien président Idriss Deby Itno, est basé en Libye.", "fr",
     ("Front_for_Change_and_Concord_in_Chad", "fight", "Idriss_Déby")),
    ("FACT, the group responsible for the death of President Idriss Deby, is based in Libya.", "en",
     ("Front_for_Change_and_Concord_in_Chad", "fight", "Idriss_Déby")),
    ("جبهة التناوب والوفاق المسؤولة عن مقتل الرئيس إدريس ديبي.", "ar",
     ("Front_for_Change_and_Concord_in_Chad", "fight", "Idriss_Déby")),
    # the author of the strike, then what it hit
    ("Une frappe de drone attribuée aux Forces de soutien rapide (FSR) a touché une base de l'armée "
     "soudanaise dans le sud-est du pays.", "fr", ("Rapid_Support_Forces", "fight", "Sudanese_Armed_Forces")),
])
def test_fights_told_around_their_sides(facts: Facts, text: str, lang: str, expected: tuple) -> None:
    assert expected in facts(text, DAY, lang)


def test_a_hyphenated_qualifier_before_a_name(facts: Facts) -> None:
    assert facts("Russia backed the eastern-based Libyan National Army.", DAY, "en") == \
        {("Russia", "support", "Libyan_National_Army")}


@pytest.mark.parametrize("text", [
    "Algerian army kills 2 armed Islamists near Jijel.",
    "The Algerian military has killed two armed Islamists near Jijel.",
])
def test_armed_qualifies_the_men_killed(facts: Facts, text: str) -> None:
    """"armed" after a count is an adjective, not a supply of arms; the nation's military fights."""
    assert facts(text, DAY, "en") == \
        {("Algerian_People_s_National_Army", "fight", "Jihadists_Algeria")}


def test_armed_is_still_a_verb_before_a_party(facts: Facts) -> None:
    assert facts("The UAE armed the RSF.", DAY, "en") == \
        {("United_Arab_Emirates", "support", "Rapid_Support_Forces")}


def test_a_coalition_of_states_is_no_armed_group_it_fights(facts: Facts) -> None:
    text = ("La Force multinationale mixte lutte contre Boko Haram. Elle coordonne les efforts d'une "
            "coalition militaire formée par le Nigeria, le Tchad, le Niger et le Cameroun, qui a remporté "
            "des succès contre Boko Haram.")
    members = {f for f in facts(text, DAY, "fr") if f[1] == "member_of"}
    assert members == {(c, "member_of", "Multinational_Joint_Task_Force")
                       for c in ("Nigeria", "Chad", "Niger", "Cameroon")}


@pytest.mark.parametrize(("text", "lang"), [
    ("La Russie coopère avec les forces armées russes.", "fr"),
    ("Mali fought the Malian army.", "en"),
])
def test_a_state_and_its_own_army_are_one_side(facts: Facts, text: str, lang: str) -> None:
    assert facts(text, DAY, lang) == set()


def test_the_leader_of_a_force_leads_no_list_of_its_member_states(facts: Facts) -> None:
    text = ("La force, à laquelle doivent participer le Nigeria, le Niger, le Tchad, le Cameroun et le "
            "Bénin, est dirigée par le général nigérian Iliya Abbah.")
    assert not {f for f in facts(text, DAY, "fr") if f[1] == "leads" and f[0] == "Iliya_Abbah"}


def test_states_forming_a_coalition_named_after_a_few_words(facts: Facts) -> None:
    text = ("Nigeria, Niger, Chad and Cameroon formed a regional military coalition tagged Multinational "
            "Joint Task Force to tackle terrorism.")
    members = {f for f in facts(text, DAY, "en") if f[1] == "member_of"}
    assert members == {(c, "member_of", "Multinational_Joint_Task_Force")
                       for c in ("Nigeria", "Niger", "Chad", "Cameroon")}


def test_a_nations_military_supported_is_its_army(facts: Facts) -> None:
    assert facts("Cairo has supported the Sudanese military.", DAY, "en") == \
        {("Egypt", "support", "Sudanese_Armed_Forces")}
    # troops of a country with rival governments stay the country
    assert facts("Turkey is training Libyan troops in Misrata.", DAY, "en") == \
        {("Turkey", "support", "Libya")}


def test_an_armed_group_named_after_its_militia_leader(facts: Facts) -> None:
    text = ("Il y aurait des combattants des Signataires par le sang du terroriste algérien "
            "Mokhtar Belmokhtar.")
    assert facts(text, date(2013, 1, 20), "fr") == \
        {("Mokhtar_Belmokhtar", "leads", "Al-Mulathameen_Brigade")}
