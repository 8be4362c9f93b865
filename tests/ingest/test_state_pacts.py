"""Cooperation and agreements are made between states: a person who speaks for a state (an
office of state at the article date, or a statesman or diplomat of the gazetteer) stands for it;
the leader of an armed force stands for himself. Arms sent to a party or bought from a supplier
are support, with the status the sentence gives them."""

from datetime import date

import pytest

PUBLISHED = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Assimi Goïta and Vladimir Putin discussed military cooperation.", "en",
         {("Mali", "cooperate", "Russia", "occurred"),
          ("Assimi_Goïta", "meet", "Vladimir_Putin", "occurred")}),
        ("وبحث الرئيس المالي أسيمي غويتا مع الرئيس الروسي فلاديمير بوتين سبل تعزيز التعاون العسكري.", "ar",
         {("Assimi_Goïta", "meet", "Vladimir_Putin", "occurred"), ("Mali", "cooperate", "Russia", "occurred"),
          ("Assimi_Goïta", "leads", "Mali", "occurred"), ("Vladimir_Putin", "leads", "Russia", "occurred")}),
        ("Le ministre nigérien de la Défense Salifou Mody et la Russie ont signé un accord de défense.", "fr",
         {("Niger", "agree", "Russia", "occurred")}),
        # Haftar commands the LNA: he does not sign for Libya
        ("Khalifa Haftar and Vladimir Putin discussed military cooperation.", "en",
         {("Khalifa_Haftar", "cooperate", "Russia", "occurred"),
          ("Khalifa_Haftar", "meet", "Vladimir_Putin", "occurred")}),
    ],
)
def test_state_pacts(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The UAE sent weapons to the Rapid Support Forces.", "en",
         {("United_Arab_Emirates", "support", "Rapid_Support_Forces", "occurred")}),
        ("أرسلت الإمارات شحنات أسلحة إلى قوات الدعم السريع.", "ar",
         {("United_Arab_Emirates", "support", "Rapid_Support_Forces", "occurred")}),
        ("Le Mali a accusé l'Algérie d'avoir envoyé des armes à la Coordination des mouvements de l'Azawad.",
         "fr", {("Algeria", "support", "Coordination_of_Azawad_Movements", "reported")}),
        # a list of armaments between the verb and the supplier
        ("Le Niger achète de plus en plus d'équipements militaires, armes, munitions, hélicoptères de "
         "combat auprès de la Russie.", "fr", {("Russia", "support", "Niger", "occurred")}),
        # troops sent are a deployment; a letter sent is nothing
        ("The UAE sent troops to Libya.", "en", {("United_Arab_Emirates", "deploy", "Libya", "occurred")}),
        ("Haftar sent a letter to the RSF.", "en", set()),
    ],
)
def test_arms_sent_and_bought(triples, text: str, lang: str,
                              expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


CHAD_STORY = "أعلنت تشاد أن تشاد تريد السلام وأن تشاد قوية. "


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a pact renounced, the verb first and its subject after it
        ("ألغت النيجر الاتفاق العسكري مع الولايات المتحدة.", "ar",
         {("Niger", "reject", "United_States", "occurred")}),
        ("وقعت النيجر الاتفاق العسكري مع الولايات المتحدة.", "ar",
         {("Niger", "agree", "United_States", "occurred")}),
        # the second pact noun of a renounced pact is renounced with it
        ("أنهت تشاد اتفاقها للتعاون الدفاعي مع فرنسا.", "ar", {("Chad", "reject", "France", "occurred")}),
        ("Niger has denounced its military agreement with the United States.", "en",
         {("Niger", "reject", "United_States", "occurred")}),
        # a bare "the government" of a story about one country is that country
        (CHAD_STORY + "وأفادت الخارجية في بيان أن الحكومة أنهت اتفاقها للتعاون الدفاعي مع فرنسا.", "ar",
         {("Chad", "reject", "France", "occurred")}),
        ("Chad wants peace. Chad is strong. Chad said the government ended its defence cooperation "
         "with France.", "en", {("Chad", "reject", "France", "occurred")}),
        ("The government ended its defence cooperation with France.", "en", set()),
    ],
)
def test_renounced_pacts(triples, text: str, lang: str,
                         expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


def test_a_title_of_a_countrys_body_after_a_possessive(triples) -> None:
    text = "The Prime Minister of Libya's Government of National Unity (GNU) Abdel-Hamid Dbaiba met Putin."
    assert ("Abdul_Hamid_Dbeibah", "leads", "Government_of_National_Unity", "occurred") in \
        triples(text, PUBLISHED, "en")
