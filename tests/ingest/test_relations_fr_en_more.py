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
        # a nationality adjective on a force noun names the country acting through its troops:
        # in a fight, its armed forces where the gazetteer has them
        ("Russian troops attacked JNIM in central Mali.", "en",
         {("Russian_Armed_Forces", "fight", "Jama_at_Nasr_al-Islam_wal-Muslimin", "occurred")}),
        ("Les soldats russes ont attaqué le JNIM.", "fr",
         {("Russian_Armed_Forces", "fight", "Jama_at_Nasr_al-Islam_wal-Muslimin", "occurred")}),
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
          ("Saddam_Haftar", "meet", "Abdourahamane_Tchiani", "occurred"),
          ("Saddam_Haftar", "visit", "Niamey", "occurred")}),
        # "'s" before a title is no kin
        ("Niger's president Mohamed Bazoum visited Tripoli.", "en",
         {("Mohamed_Bazoum", "visit", "Tripoli", "occurred"),
          ("Mohamed_Bazoum", "leads", "Niger", "occurred")}),
    ],
)
def test_relations(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the adversaries of an actor are not the actor
        ("Turkey supported Haftar's rivals in Tripoli.", "en", set()),
        ("Turkey supported the opponents of Haftar.", "en", set()),
        ("La Turquie a soutenu les adversaires de Haftar.", "fr", set()),
        ("La Turquie a soutenu les rivaux du maréchal Haftar.", "fr", set()),
        ("Turkey supported Haftar.", "en", {("Turkey", "support", "Khalifa_Haftar", "occurred")}),
        # a contingent sent, planned or done
        ("Le Tchad devrait envoyer un contingent au Niger.", "fr", {("Chad", "deploy", "Niger", "planned")}),
        ("Le Tchad a envoyé un contingent au Mali.", "fr", {("Chad", "deploy", "Mali", "occurred")}),
        ("Chad is expected to send a contingent to Niger.", "en", {("Chad", "deploy", "Niger", "planned")}),
        ("Chad sent a contingent to Mali.", "en", {("Chad", "deploy", "Mali", "occurred")}),
        # "the two countries", "les deux parties": the parties of the relation told just before
        ("Niger and Libya signed a security agreement. The two countries agreed to cooperate on "
         "border control.", "en",
         {("Niger", "agree", "Libya", "occurred"), ("Niger", "cooperate", "Libya", "planned")}),
        ("Le Niger et la Libye ont signé un accord de sécurité. Les deux pays ont convenu de coopérer.", "fr",
         {("Niger", "agree", "Libya", "occurred"), ("Niger", "cooperate", "Libya", "occurred")}),
        ("Bazoum received Najla Mangoush in Niamey. The two sides discussed border security.", "en",
         {("Mohamed_Bazoum", "meet", "Najla_Mangoush", "occurred"),
          ("Najla_Mangoush", "visit", "Niamey", "occurred")}),
        # no pair told before and no two countries that stand out: nothing
        ("Chad hosted talks. Niger and Libya attended. Both countries agreed to reopen the border.", "en",
         set()),
        # hosts: a visiting delegation received by its host, passives of receiving and welcoming
        ("Une délégation libyenne conduite par Najla Mangoush a été reçue par le président Mohamed "
         "Bazoum à Niamey.", "fr",
         {("Mohamed_Bazoum", "meet", "Najla_Mangoush", "occurred"),
          ("Mohamed_Bazoum", "leads", "Niger", "occurred"),
          ("Najla_Mangoush", "visit", "Niamey", "occurred")}),
        ("Mohamed Bazoum a reçu mardi en audience une délégation libyenne conduite par la ministre des "
         "Affaires étrangères, Najla Mangoush.", "fr",
         {("Mohamed_Bazoum", "meet", "Najla_Mangoush", "occurred")}),
        ("Haftar a été accueilli par Mohamed Bazoum.", "fr",
         {("Mohamed_Bazoum", "meet", "Khalifa_Haftar", "occurred")}),
        ("Haftar was welcomed by Tebboune in Algiers.", "en",
         {("Abdelmadjid_Tebboune", "meet", "Khalifa_Haftar", "occurred"),
          ("Khalifa_Haftar", "visit", "Algiers", "occurred")}),
        ("A Libyan delegation led by Najla Mangoush was received by President Mohamed Bazoum in Niamey.",
         "en",
         {("Mohamed_Bazoum", "meet", "Najla_Mangoush", "occurred"),
          ("Mohamed_Bazoum", "leads", "Niger", "occurred"),
          ("Najla_Mangoush", "visit", "Niamey", "occurred")}),
        # welcoming a decision is no meeting
        ("Le Niger a accueilli favorablement la décision.", "fr", set()),
    ],
)
def test_more_relations(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an accusation reports what the accused did; weapons supplied to a party support it
        ("Mali accused Algeria of supplying weapons to the Coordination of Azawad Movements.", "en",
         {("Algeria", "support", "Coordination_of_Azawad_Movements", "reported")}),
        ("Algeria supplied weapons to the Coordination of Azawad Movements.", "en",
         {("Algeria", "support", "Coordination_of_Azawad_Movements", "occurred")}),
        ("Le Mali accuse l'Algérie de livrer des armes à la Coordination des mouvements de l'Azawad.", "fr",
         {("Algeria", "support", "Coordination_of_Azawad_Movements", "reported")}),
        ("Le Mali a accusé l'Algérie d'avoir fourni des armes à la Coordination des mouvements de "
         "l'Azawad.", "fr",
         {("Algeria", "support", "Coordination_of_Azawad_Movements", "reported")}),
        # a proposal rejected in the passive: its author is rejected by the agent
        ("La proposition de l'Algérie a été déclinée par le Niger.", "fr",
         {("Niger", "reject", "Algeria", "occurred")}),
        ("Le président s'est rendu au Mali, mais pas en Algérie, dont la proposition de médiation a été "
         "rejetée par Niamey.", "fr",
         {("Niger", "reject", "Algeria", "occurred")}),
        ("Algeria's offer was rejected by Niger.", "en", {("Niger", "reject", "Algeria", "occurred")}),
        ("Niger turned to Algeria, whose offer was rejected by Bamako.", "en",
         {("Mali", "reject", "Algeria", "occurred")}),
        ("The proposal was rejected by Niger.", "en", set()),
    ],
)
def test_accusations_and_rejections(triples, text: str, lang: str,
                                    expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected
