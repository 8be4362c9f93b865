"""English news on Libya and the Sahel as wire services and regional outlets write it: a
country's authorities or junta acting, a person named after his country's possessive ("Mali's
Assimi Goita", "Libya's eastern-based commander Khalifa Haftar"), an adjective before a
detainee ("ousted President"), forces "from" a group, a standing alliance ("a close ally of",
"has long been allied with"), invitations extended, battles, a commander named with a
nationality alone (who leads a force, not the country), "will strengthen their cooperation", a
deal signed by two agents, "his son" after a father, "the late" before a kin's name, a group
claiming its own attack, fighting that "pitted" two sides, troops named by a nationality (their
country, as subject and as object), new names after a nationality and a title, and sentences that
state nothing."""

from datetime import date

import pytest

CNSP = "National_Council_for_the_Safeguard_of_the_Homeland"

PUBLISHED = date(2024, 3, 12)
JNIM = "Jama_at_Nasr_al-Islam_wal-Muslimin"
TIANI = "Abdourahamane_Tchiani"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's junta is the council ruling it at the date, its authorities act for it; an
        # adjective may stand before the detainee
        ("Niger's junta detained ousted President Mohamed Bazoum.",
         {("National_Council_for_the_Safeguard_of_the_Homeland", "arrest", "Mohamed_Bazoum", "occurred")}),
        ("Libyan authorities arrested Hannibal Gaddafi.",
         {("Libya", "arrest", "Hannibal_Gaddafi", "occurred")}),
        # a person after his country's possessive is the one meant
        ("Niger extended an invitation to Mali's Assimi Goita.",
         {("Niger", "invite", "Assimi_Goïta", "occurred")}),
        ("Haftar has invited Chad's Mahamat Idriss Deby to Benghazi, his spokesman said.",
         {("Khalifa_Haftar", "invite", "Mahamat_Idriss_Déby", "occurred")}),
        ("UN Secretary-General Antonio Guterres met Libya's eastern-based commander Khalifa Haftar "
         "in Benghazi on Friday.",
         {("António_Guterres", "meet", "Khalifa_Haftar", "occurred"),
          ("António_Guterres", "leads", "United_Nations", "occurred")}),
        # a dateline, a commander named with a nationality alone, talks with a junta leader (who
        # leads the council ruling at the date)
        ("NIAMEY (Reuters) - Libyan commander Khalifa Haftar arrived in Niamey on Tuesday for talks "
         "with Niger's junta leader Abdourahamane Tiani, officials said.",
         {("Khalifa_Haftar", "visit", "Niamey", "occurred"),
          ("Khalifa_Haftar", "meet", "Abdourahamane_Tchiani", "occurred"),
          ("Abdourahamane_Tchiani", "leads", CNSP, "occurred")}),
        ("Saddam Haftar, the son of eastern Libyan commander Khalifa Haftar, paid a visit to Niamey "
         "on Monday.", {("Saddam_Haftar", "visit", "Niamey", "occurred")}),
        # fighters "from" a force are the force
        ("Fighters from the Rapid Support Forces clashed with the Sudanese army near the Chadian "
         "border.", {("Rapid_Support_Forces", "fight", "Sudanese_Armed_Forces", "occurred")}),
        ("A contingent of about 100 Russian soldiers from the Africa Corps arrived in Ouagadougou "
         "on Wednesday.", {("Africa_Corps", "deploy", "Ouagadougou", "occurred")}),
        ("The Malian army and Wagner fighters battled JNIM near Moura.",
         {("Malian_Armed_Forces", "fight", JNIM, "occurred"), ("Wagner_Group", "fight", JNIM, "occurred")}),
        # a standing alliance
        ("Burkina Faso is a close ally of Mali.", {("Burkina_Faso", "ally", "Mali", "occurred")}),
        ("Haftar has long been allied with Russia.", {("Khalifa_Haftar", "ally", "Russia", "occurred")}),
        # already read before, kept: headlines, passives, statuses, appositions
        ("Tiani meets Haftar in Niamey", {("Abdourahamane_Tchiani", "meet", "Khalifa_Haftar", "occurred"),
                                          ("Khalifa_Haftar", "visit", "Niamey", "occurred")}),
        ("Russia backs Haftar", {("Russia", "support", "Khalifa_Haftar", "occurred")}),
        ("Niger rejects ECOWAS ultimatum", {("Niger", "reject", "ECOWAS", "occurred")}),
        ("Dbeibah is expected to visit Ankara next week, according to a government statement.",
         {("Abdul_Hamid_Dbeibah", "visit", "Ankara", "planned")}),
        ("Chad is seeking to join the Alliance of Sahel States, diplomats said.",
         {("Chad", "join", "Alliance_of_Sahel_States", "sought")}),
        ("Haftar is backed by Russia and Egypt.",
         {("Russia", "support", "Khalifa_Haftar", "occurred"),
          ("Egypt", "support", "Khalifa_Haftar", "occurred")}),
        ("Saddam Haftar, son of Khalifa Haftar, visited Ankara.",
         {("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred"),
          ("Saddam_Haftar", "visit", "Ankara", "occurred")}),
        # an act judged by a party is not its own
        ("The United States condemned the arrest of Mohamed Bazoum.", set()),
        ("The UN welcomed the agreement between Chad and Sudan.", {("Chad", "agree", "Sudan", "occurred")}),
        ("Algeria condemned the ECOWAS sanctions.", {("Algeria", "reject", "ECOWAS", "occurred")}),
        # partners in a fight are no enemies: the ones who fight beside them support them
        ("Wagner Group mercenaries have been fighting alongside Malian troops since 2021.",
         {("Wagner_Group", "support", "Malian_Armed_Forces", "occurred")}),
        ("Niger has denied that it signed a uranium deal with Iran.", {("Niger", "agree", "Iran", "denied")}),
        ("Italy plans to send troops to Niger.", {("Italy", "deploy", "Niger", "sought")}),
        # nothing stated
        ("Haftar said he was ready for talks.", set()),
        ("The meeting in Niamey was attended by senior officials.", set()),
        ("The two leaders met on the sidelines of the summit, the statement said.", set()),
        # leaving a bloc of states rejects it
        ("Mali, Burkina Faso and Niger withdrew from ECOWAS in January.",
         {("Mali", "reject", "ECOWAS", "occurred"), ("Burkina_Faso", "reject", "ECOWAS", "occurred"),
          ("Niger", "reject", "ECOWAS", "occurred")}),
        ("Libyan protesters rallied in Tripoli against Haftar.", set()),
        ("Libya's ambassador met officials in Niamey.", set()),
    ],
)
def test_news_en(triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "strengthen" is a light verb before a cooperation noun; "will" makes it planned
        ("Niger and Chad will strengthen their cooperation.", {("Niger", "cooperate", "Chad", "planned")}),
        ("Niger and Chad strengthened their military cooperation.",
         {("Niger", "cooperate", "Chad", "occurred")}),
        ("Niger will strengthen its cooperation with Chad.", {("Niger", "cooperate", "Chad", "planned")}),
        ("Niger will strengthen its army.", set()),
        # a pact signed by two agents of a passive: they agree with each other
        ("The deal was signed by Turkey and the GNA.",
         {("Turkey", "agree", "Government_of_National_Accord", "occurred")}),
        ("The accord was signed on Monday by Mali, Niger and Burkina Faso.",
         {("Mali", "agree", "Niger", "occurred"), ("Mali", "agree", "Burkina_Faso", "occurred"),
          ("Niger", "agree", "Burkina_Faso", "occurred")}),
        ("The deal was signed by Turkey.", set()),
        ("The meeting was attended by Mali and Niger.", set()),
    ],
)
def test_news_en_pacts(triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a father and "his son" named after him both act
        ("Khalifa Haftar and his son Saddam Haftar visited Moscow.",
         {("Khalifa_Haftar", "visit", "Moscow", "occurred"), ("Saddam_Haftar", "visit", "Moscow", "occurred"),
          ("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred")}),
        ("Tiani met Khalifa Haftar and his son Saddam Haftar.",
         {(TIANI, "meet", "Khalifa_Haftar", "occurred"), (TIANI, "meet", "Saddam_Haftar", "occurred"),
          ("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred")}),
        ("Tiani met Khalifa Haftar in Niamey with his son Saddam Haftar.",
         {(TIANI, "meet", "Khalifa_Haftar", "occurred"), ("Khalifa_Haftar", "visit", "Niamey", "occurred")}),
        # the father only says what his son did
        ("Khalifa Haftar said his son Saddam Haftar visited Moscow.",
         {("Saddam_Haftar", "visit", "Moscow", "occurred"),
          ("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred")}),
        # "the late" between the kin noun and the name
        ("Mahamat Idriss Deby is the son of the late Idriss Deby.",
         {("Mahamat_Idriss_Déby", "relative_of", "Idriss_Déby", "occurred")}),
        ("Mahamat Idriss Deby, the son of the late Idriss Deby, leads Chad.",
         {("Mahamat_Idriss_Déby", "relative_of", "Idriss_Déby", "occurred"),
          ("Mahamat_Idriss_Déby", "leads", "Chad", "occurred")}),
    ],
)
def test_news_en_kin(triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group claiming its own attack: the attack is told as done
        ("Islamic State claimed the attack on Nigerien troops.",
         {("Islamic_State", "fight", "Nigerien_Armed_Forces", "occurred")}),
        ("JNIM claimed responsibility for the attack on the Malian army.",
         {(JNIM, "fight", "Malian_Armed_Forces", "occurred")}),
        # a claim about another's act stays unconfirmed
        ("Russia claimed Wagner attacked JNIM.", {("Wagner_Group", "fight", JNIM, "reported")}),
        # troops named by a nationality stand for their country's armed forces in a fight, as
        # subject and as object; a named army is the army
        ("Malian troops were attacked by JNIM.", {(JNIM, "fight", "Malian_Armed_Forces", "occurred")}),
        ("Russian troops attacked JNIM near Gao.", {("Russian_Armed_Forces", "fight", JNIM, "occurred")}),
        ("The Malian army was attacked by JNIM.", {(JNIM, "fight", "Malian_Armed_Forces", "occurred")}),
        ("Malians protested against JNIM.", set()),
        # fighting that pits one side against the other
        ("Heavy fighting pitted the Sudanese army against the Rapid Support Forces.",
         {("Sudanese_Armed_Forces", "fight", "Rapid_Support_Forces", "occurred")}),
        ("Clashes pitting the Malian army against JNIM killed dozens.",
         {("Malian_Armed_Forces", "fight", JNIM, "occurred")}),
        ("The vote pitted Dbeibah against Bashagha.", set()),
    ],
)
def test_news_en_claims_and_troops(triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names unknown to the gazetteer after a nationality and a title; hyphens inside names
        ("French diplomat Jean-Marc Grosgurin met Sudanese General Yasser al-Atta.",
         {("Jean-Marc_Grosgurin", "meet", "Yasser_al-Atta", "occurred")}),
        ("Emmanuel Macron met Sudanese General Abdel Fattah al-Burhan.",
         {("Emmanuel_Macron", "meet", "Abdel_Fattah_al-Burhan", "occurred")}),
        ("Sudanese General Yasser al-Atta visited Ndjamena.",
         {("Yasser_al-Atta", "visit", "N_Djamena", "occurred")}),
        # no name after the title: nobody
        ("A French diplomat met Haftar in Benghazi.", set()),
        ("Emmanuel Macron met Sudanese generals in Paris.", set()),
    ],
)
def test_news_en_new_names(triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, "en") == expected
