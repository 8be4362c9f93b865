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
