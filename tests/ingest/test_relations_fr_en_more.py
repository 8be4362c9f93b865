"""French and English: troops named by a nationality adjective ("Russian troops", "des soldats
russes") as the subject of deploy and fight, agentless passives of forces ("were deployed"),
kin after a possessive ("Haftar's son Saddam Haftar"), and more sentences written for these
tests."""

from datetime import date

import pytest

PUBLISHED = date(2023, 3, 16)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a nationality adjective on a force noun names the country acting through its troops
        ("Russian troops attacked JNIM in central Mali.", "en",
         {("Russia", "fight", "Jama_at_Nasr_al-Islam_wal-Muslimin", "occurred")}),
        ("Les soldats russes ont attaqué le JNIM.", "fr",
         {("Russia", "fight", "Jama_at_Nasr_al-Islam_wal-Muslimin", "occurred")}),
        ("Des militaires français ont attaqué le JNIM.", "fr",
         {("France", "fight", "Jama_at_Nasr_al-Islam_wal-Muslimin", "occurred")}),
        # forces sent somewhere: the passive without an agent still names who deploys
        ("Russian troops were deployed to Mali.", "en", {("Russia", "deploy", "Mali", "occurred")}),
        ("Russian troops are deployed in Mali.", "en", {("Russia", "deploy", "Mali", "occurred")}),
        ("Wagner fighters were deployed to Mali.", "en", {("Wagner_Group", "deploy", "Mali", "occurred")}),
        ("Des soldats russes sont déployés au Mali.", "fr", {("Russia", "deploy", "Mali", "occurred")}),
        ("Des soldats russes ont été déployés au Mali.", "fr", {("Russia", "deploy", "Mali", "occurred")}),
        # troops that arrive somewhere are deployed there; a person who arrives visits
        ("Russian troops arrived in Mali.", "en", {("Russia", "deploy", "Mali", "occurred")}),
        ("Des militaires français sont arrivés au Niger.", "fr", {("France", "deploy", "Niger", "occurred")}),
        ("Bazoum arrived in Tripoli.", "en", {("Mohamed_Bazoum", "visit", "Tripoli", "occurred")}),
        # a person in an agentless passive is the one acted on: nothing to extract
        ("Haftar was deployed to Mali.", "en", set()),
        # a people is no actor: "the Russians" in a clause does not deploy
        ("The Nigeriens protested as Russian instructors arrived in Niamey.", "en",
         {("Russia", "deploy", "Niamey", "occurred")}),
        # kin after a possessive, with or without commas
        ("Haftar's son Saddam Haftar visited Cairo.", "en",
         {("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred"),
          ("Saddam_Haftar", "visit", "Cairo", "occurred")}),
        ("Khalifa Haftar's son, Saddam Haftar, met Tchiani in Niamey.", "en",
         {("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred"),
          ("Saddam_Haftar", "meet", "Abdourahamane_Tchiani", "occurred")}),
        # "'s" before a title is no kin
        ("Niger's president Mohamed Bazoum visited Tripoli.", "en",
         {("Mohamed_Bazoum", "visit", "Tripoli", "occurred"),
          ("Mohamed_Bazoum", "leads", "Niger", "occurred")}),
    ],
)
def test_relations(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected
