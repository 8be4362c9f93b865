"""Cooperation and agreements are made between states: a person who speaks for a state (an
office of state at the article date, or a statesman or diplomat of the gazetteer) stands for it;
the leader of an armed force stands for himself."""

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
