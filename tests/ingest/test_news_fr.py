"""French as wire and regional news write it: verbless headlines with a participle ("Tiani reçu à
Moscou par Poutine"), a day and a place between a verb and its object, event nouns followed by
their kind ("une visite de travail à", "un accord de défense avec"), cooperation and agreements
made by coordinated subjects with a light verb ("ont renforcé leur coopération", "ont paraphé un
accord"), "allié de", "a convié", kin after an elided "d'", and the author of an ultimatum or of
accusations that are rejected; fighting that "oppose" two sides, a country's "autorités", a future
auxiliary before a light verb ("vont renforcer"), a future tense ("visitera"), passives with two
agents, "son fils" after a father, "feu"/"défunt" before a kin's name, new names after a title and
a nationality. Sentences that state none of the relations give nothing."""

from datetime import date

import pytest

PUBLISHED = date(2024, 5, 10)
TIANI = "Abdourahamane_Tchiani"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headlines: a participle without its auxiliary, the place before the agent
        # the guest received abroad visited the place (rule received-visitors)
        ("Niger : le général Tiani reçu à Moscou par Vladimir Poutine",
         {("Vladimir_Putin", "meet", TIANI, "occurred"), (TIANI, "visit", "Moscow", "occurred")}),
        ("Haftar reçu à Niamey par Tiani", {(TIANI, "meet", "Khalifa_Haftar", "occurred"),
                                            ("Khalifa_Haftar", "visit", "Niamey", "occurred")}),
        ("Haftar reçu à Niamey", set()),
        ("Mali : Assimi Goïta en visite officielle à Ouagadougou",
         {("Assimi_Goïta", "visit", "Ouagadougou", "occurred")}),
        # a day and a place between the verb and its object
        ("Le Premier ministre libyen Abdelhamid Dbeibah a rencontré mercredi à Rome la présidente "
         "du Conseil italienne Giorgia Meloni.",
         {("Abdul_Hamid_Dbeibah", "meet", "Giorgia_Meloni", "occurred"),
          ("Abdul_Hamid_Dbeibah", "visit", "Rome", "occurred"),
          ("Abdul_Hamid_Dbeibah", "leads", "Libya", "occurred")}),  # "Premier ministre libyen"
        ("Dbeibah a rencontré mercredi à Rome Giorgia Meloni.",
         {("Abdul_Hamid_Dbeibah", "meet", "Giorgia_Meloni", "occurred"),
          ("Abdul_Hamid_Dbeibah", "visit", "Rome", "occurred")}),
        # an event noun and its kind, then the place or the partner
        ("Le ministre malien des Affaires étrangères, Abdoulaye Diop, a effectué une visite de "
         "travail à Alger.", {("Abdoulaye_Diop", "visit", "Algiers", "occurred")}),
        ("Abdoulaye Diop a effectué une visite de travail.", set()),
        ("Le Mali a signé un accord de défense avec la Russie.", {("Mali", "agree", "Russia", "occurred")}),
        ("Le Mali a signé un accord de défense.", set()),
        ("Bamako a dénoncé l'accord d'Alger.", set()),
        # coordinated subjects and a light verb before the noun
        ("Le Niger et la Russie ont renforcé leur coopération militaire.",
         {("Niger", "cooperate", "Russia", "occurred")}),
        ("Le Niger et le Tchad ont paraphé un accord sur la sécurité des frontières.",
         {("Niger", "agree", "Chad", "occurred")}),
        # "allié de"
        ("La Russie, nouvel allié du Mali", {("Russia", "ally", "Mali", "occurred")}),
        ("La Russie est un allié du Mali.", {("Russia", "ally", "Mali", "occurred")}),
        ("Un allié de Haftar a été tué à Benghazi.", set()),
        # invitations
        ("Vladimir Poutine a convié Assimi Goïta au sommet Russie-Afrique de Saint-Pétersbourg.",
         {("Vladimir_Putin", "invite", "Assimi_Goïta", "occurred")}),
        # the author of what is rejected
        ("Le Niger a rejeté l'ultimatum de la Cédéao.", {("Niger", "reject", "ECOWAS", "occurred")}),
        ("Le Mali rejette les accusations de l'Algérie.", {("Mali", "reject", "Algeria", "occurred")}),
        # kin after an elided "d'"
        ("Mahamat Idriss Déby, fils d'Idriss Déby Itno, dirige le Tchad.",
         {("Mahamat_Idriss_Déby", "relative_of", "Idriss_Déby", "occurred"),
          ("Mahamat_Idriss_Déby", "leads", "Chad", "occurred")}),
        # leaving a bloc of states rejects it; an unnamed pair is nobody
        ("Le Mali, le Burkina Faso et le Niger ont quitté la Cédéao.",
         {("Mali", "reject", "ECOWAS", "occurred"), ("Burkina_Faso", "reject", "ECOWAS", "occurred"),
          ("Niger", "reject", "ECOWAS", "occurred")}),
        ("Les deux hommes se sont entretenus des questions de sécurité, a indiqué la présidence "
         "nigérienne.", set()),
    ],
)
def test_news_fr(triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated verb negates the event noun it governs
        ("Le Mali n'a jamais signé d'accord avec Wagner, a affirmé le ministre.",
         {("Mali", "agree", "Wagner_Group", "denied")}),
        ("Le Mali n'a pas signé d'accord avec la Russie.", {("Mali", "agree", "Russia", "denied")}),
        ("Le Mali a signé un accord avec la Russie.", {("Mali", "agree", "Russia", "occurred")}),
        # intentions: denied, sought
        ("La Russie n'a pas l'intention de déployer des troupes au Niger.",
         {("Russia", "deploy", "Niger", "denied")}),
        ("La Russie a l'intention de déployer des troupes au Niger.",
         {("Russia", "deploy", "Niger", "sought")}),
        # the conditional reports without confirming; an expected or postponed visit is planned
        ("Selon Jeune Afrique, Saddam Haftar se serait rendu à Niamey en janvier.",
         {("Saddam_Haftar", "visit", "Niamey", "reported")}),
        ("Haftar attendu à Niamey la semaine prochaine",
         {("Khalifa_Haftar", "visit", "Niamey", "planned")}),
        ("La visite de Haftar à Niamey a été reportée.",
         {("Khalifa_Haftar", "visit", "Niamey", "planned")}),
        ("Le général Salifou Mody s'est rendu mardi à Moscou, a annoncé le ministère nigérien de la "
         "Défense.", {("Salifou_Mody", "visit", "Moscow", "occurred")}),
    ],
)
def test_news_fr_status(triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "opposer": the fighting is the subject, the two sides come after the verb and "à"
        ("Des combats opposent l'armée soudanaise aux Forces de soutien rapide.",
         {("Sudanese_Armed_Forces", "fight", "Rapid_Support_Forces", "occurred")}),
        ("Des affrontements ont opposé les FAMa aux rebelles du FLA.",
         {("Malian_Armed_Forces", "fight", "Azawad_Liberation_Front", "occurred")}),
        ("Le Niger oppose un refus à la Cédéao.", set()),
        ("Les combats qui opposent l'armée soudanaise aux FSR ont fait des morts.",
         {("Sudanese_Armed_Forces", "fight", "Rapid_Support_Forces", "occurred")}),
        # a rivalry is no fight
        ("La rivalité qui oppose Haftar à Dbeibah paralyse la Libye.", set()),
        ("L'opposant Bazoum a rencontré Tiani.", {("Mohamed_Bazoum", "meet", TIANI, "occurred")}),
        # a country's authorities act for it (the adjective after the noun); its people do not
        ("Les autorités nigériennes ont arrêté Bazoum.",
         {("Niger", "arrest", "Mohamed_Bazoum", "occurred")}),
        ("Les Nigériens ont arrêté Bazoum.", set()),
        # a father and "son fils" named after him both act
        ("Khalifa Haftar et son fils Saddam Haftar ont visité Moscou.",
         {("Khalifa_Haftar", "visit", "Moscow", "occurred"), ("Saddam_Haftar", "visit", "Moscow", "occurred"),
          ("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred")}),
        # "feu", "du défunt" between the kin noun and the name
        ("Mahamat Idriss Déby est le fils du défunt Idriss Déby.",
         {("Mahamat_Idriss_Déby", "relative_of", "Idriss_Déby", "occurred")}),
        ("Mahamat Idriss Déby, fils de feu Idriss Déby, dirige le Tchad.",
         {("Mahamat_Idriss_Déby", "relative_of", "Idriss_Déby", "occurred"),
          ("Mahamat_Idriss_Déby", "leads", "Chad", "occurred")}),
        # an armed group claiming its own attack: the attack is told as done
        ("L'EIGS revendique l'attaque contre l'armée nigérienne.",
         {("Islamic_State_Sahel_Province", "fight", "Nigerien_Armed_Forces", "occurred")}),
        ("Les soldats maliens ont été attaqués par le JNIM.",
         {("Jama_at_Nasr_al-Islam_wal-Muslimin", "fight", "Malian_Armed_Forces", "occurred")}),
        # names unknown to the gazetteer after a title and a nationality; hyphens inside names
        ("Le diplomate français Jean-Marc Grosgurin a rencontré le général soudanais Yasser al-Atta.",
         {("Jean-Marc_Grosgurin", "meet", "Yasser_al-Atta", "occurred")}),
        ("Macron a rencontré le général soudanais Abdel Fattah al-Burhan.",
         {("Emmanuel_Macron", "meet", "Abdel_Fattah_al-Burhan", "occurred")}),
        ("Un diplomate français a rencontré Haftar.", set()),
        ("Le général nigérien a rencontré Haftar.", set()),
        # the country after "la présence de" is the one present, not the place
        ("Le Mali dénonce la présence de la France.", set()),
        ("Le Mali dénonce la présence de la France au Niger.", {("France", "deploy", "Niger", "occurred")}),
    ],
)
def test_news_fr_sides_and_authorities(triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a future auxiliary before the light verb: the cooperation is planned
        ("Le Niger et le Tchad vont renforcer leur coopération militaire.",
         {("Niger", "cooperate", "Chad", "planned")}),
        ("Le Niger et le Tchad ont renforcé leur coopération militaire.",
         {("Niger", "cooperate", "Chad", "occurred")}),
        ("Le Niger et le Tchad veulent renforcer leur coopération.", set()),
        # an agreement signed by two agents of a passive: they agree with each other
        ("L'accord a été signé par le Mali et la Russie.", {("Mali", "agree", "Russia", "occurred")}),
        ("L'accord a été signé par le Mali.", set()),
        # a verb in the future tense is planned
        ("Haftar visitera Niamey.", {("Khalifa_Haftar", "visit", "Niamey", "planned")}),
        ("Tiani se rendra à Moscou.", {(TIANI, "visit", "Moscow", "planned")}),
        ("Tiani ne se rendra pas à Moscou.", {(TIANI, "visit", "Moscow", "denied")}),
    ],
)
def test_news_fr_pacts(triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, "fr") == expected
