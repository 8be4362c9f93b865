"""Agents described before their name, pairs of sides, membership stated as being part of, an
invitation, and clauses said of a body: the agent of a passive after "by" / "par" is the person a
description ends on ("led by businessman X", "commandé par le djihadiste malien X", "Putin ally
X"), not the nationality inside it; "les affrontements opposant A et B" opposes the two of the
pair; "X is part of Y" / "X fait partie de Y"; "at the invitation of X"; "allied to"; and a
"which" clause after a titled person is said of the body the title names."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Facts = Callable[..., set[tuple[str, str, str]]]
WHEN = date(2023, 6, 1)


def found(facts: Facts, text: str, lang: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts(text, WHEN, lang=lang) if r == relation}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le JNIM, le groupe commandé par le djihadiste malien Iyad Ag Ghali, a revendiqué l'attaque.",
         {("Iyad_Ag_Ghaly", "Jama_at_Nasr_al-Islam_wal-Muslimin")}),
        ("fr", "Le groupe Wagner serait dirigé par le richissime homme d'affaires Evgueni Prigojine.",
         {("Yevgeny_Prigozhin", "Wagner_Group")}),
        ("fr", "La katiba Macina est dirigée par le prédicateur peul Amadou Koufa.",
         {("Amadou_Koufa", "Katiba_Macina")}),
        ("fr", "Le JNIM est dirigé par l'ancien chef de milice, Iyad Ag Ghali.",
         {("Iyad_Ag_Ghaly", "Jama_at_Nasr_al-Islam_wal-Muslimin")}),
        ("en", "The Wagner Group is led by businessman Yevgeny Prigozhin.",
         {("Yevgeny_Prigozhin", "Wagner_Group")}),
        ("en", "Wagner is led by Putin ally Yevgeny Prigozhin.", {("Yevgeny_Prigozhin", "Wagner_Group")}),
        # a named agent is the agent, and a list of them stays a list
        ("en", "The Wagner Group is led by Yevgeny Prigozhin.", {("Yevgeny_Prigozhin", "Wagner_Group")}),
        ("en", "The LNA is led by Khalifa Haftar and his son Saddam Haftar.",
         {("Khalifa_Haftar", "Libyan_National_Army"), ("Saddam_Haftar", "Libyan_National_Army")}),
        # a force of the person is no description of him
        ("fr", "Sa base a été attaquée par les forces aériennes du maréchal libyen Khalifa Haftar.", set()),
    ],
)
def test_the_agent_a_description_ends_on(facts: Facts, lang: str, text: str,
                                         expected: set[tuple[str, str]]) -> None:
    assert found(facts, text, lang, "leads") | found(facts, text, lang, "fight") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Les affrontements opposant la 444e brigade et les Forces spéciales de dissuasion "
               "ont fait dix morts.",
         {("444th_Combat_Brigade", "Special_Deterrence_Force")}),
        ("fr", "Les affrontements opposant la 444e brigade aux Forces spéciales de dissuasion "
               "ont fait dix morts.",
         {("444th_Combat_Brigade", "Special_Deterrence_Force")}),
        ("en", "Clashes opposing the 444 Brigade and the Special Deterrence Force killed ten people.",
         {("444th_Combat_Brigade", "Special_Deterrence_Force")}),
        # no fighting word before: a dispute opposes no armies
        ("fr", "Le différend opposant le Mali et l'Algérie s'aggrave.", set()),
    ],
)
def test_a_pair_of_sides(facts: Facts, lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(facts, text, lang, "fight") == expected


@pytest.mark.parametrize(
    ("lang", "text", "relation", "expected"),
    [
        ("en", "Niger is part of the AES.", "member_of", {("Niger", "Alliance_of_Sahel_States")}),
        ("en", "The Rapid Support Forces were part of the Sudanese army.", "member_of",
         {("Rapid_Support_Forces", "Sudanese_Armed_Forces")}),
        ("fr", "Le Niger et le Mali font partie de la CEDEAO.", "member_of",
         {("Niger", "ECOWAS"), ("Mali", "ECOWAS")}),
        ("fr", "Le Niger fait partie de l'AES.", "member_of", {("Niger", "Alliance_of_Sahel_States")}),
        ("en", "Dagalo was in Moscow at the invitation of the Russian government.", "invite",
         {("Russia", "Mohamed_Hamdan_Dagalo")}),
        ("en", "The House of Representatives is allied to Haftar.", "ally",
         {("House_of_Representatives_of_Libya", "Khalifa_Haftar")}),
        ("fr", "Le JNIM, qui est allié au Mali, a attaqué.", "ally",
         {("Jama_at_Nasr_al-Islam_wal-Muslimin", "Mali")}),
        # "which" after a titled person: the body, not the person; "who": the person
        ("en", "Guterres went to Tobruk to meet Aguila Saleh, president of the House of Representatives, "
               "which is also allied to Haftar.", "ally",
         {("House_of_Representatives_of_Libya", "Khalifa_Haftar")}),
        ("en", "Aguila Saleh, who is allied to Haftar, met Guterres.", "ally",
         {("Aguila_Saleh", "Khalifa_Haftar")}),
    ],
)
def test_part_of_invitations_and_allies(facts: Facts, lang: str, text: str, relation: str,
                                        expected: set[tuple[str, str]]) -> None:
    assert found(facts, text, lang, relation) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "a leader of" is one of its leaders: a member; "the leader of" leads
        ("en", "Mokhtar Belmokhtar, a leader of AQIM, claimed the attack.",
         {("Mokhtar_Belmokhtar", "member_of", "Al-Qaeda_in_the_Islamic_Maghreb")}),
        ("fr", "Mokhtar Belmokhtar, un chef d'AQMI, a revendiqué l'attaque.",
         {("Mokhtar_Belmokhtar", "member_of", "Al-Qaeda_in_the_Islamic_Maghreb")}),
        ("en", "Belmokhtar was until recently a leader of al-Qaeda in the Islamic Maghreb.",
         {("Mokhtar_Belmokhtar", "member_of", "Al-Qaeda_in_the_Islamic_Maghreb")}),
        ("en", "Mokhtar Belmokhtar, the leader of AQIM, claimed the attack.",
         {("Mokhtar_Belmokhtar", "leads", "Al-Qaeda_in_the_Islamic_Maghreb")}),
        # the holder the sentence names wins over the one the gazetteer gives for the date
        ("en", "Belmokhtar was the leader of AQIM.",
         {("Mokhtar_Belmokhtar", "leads", "Al-Qaeda_in_the_Islamic_Maghreb")}),
    ],
)
def test_one_of_its_leaders(facts: Facts, lang: str, text: str,
                            expected: set[tuple[str, str, str]]) -> None:
    found = {(s, r, o) for s, r, o in facts(text, date(2013, 1, 20), lang=lang)
             if r in ("leads", "member_of")}
    assert found == expected
