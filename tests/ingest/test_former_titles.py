"""A title its bearer no longer holds ("former president", "ousted president", "l'ancien
président", "le président déchu") states no leads relation; the same title without it does."""

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 16)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Former Nigerien president Mohamed Bazoum met Haftar.", "en",
         {("Mohamed_Bazoum", "meet", "Khalifa_Haftar", "occurred")}),
        ("The ousted president Mohamed Bazoum met Haftar.", "en",
         {("Mohamed_Bazoum", "meet", "Khalifa_Haftar", "occurred")}),
        ("Nigerien president Mohamed Bazoum met Haftar.", "en",
         {("Mohamed_Bazoum", "meet", "Khalifa_Haftar", "occurred"),
          ("Mohamed_Bazoum", "leads", "Niger", "occurred")}),
        ("L'ancien président nigérien Mohamed Bazoum a rencontré Haftar.", "fr",
         {("Mohamed_Bazoum", "meet", "Khalifa_Haftar", "occurred")}),
        ("Le président déchu Mohamed Bazoum a rencontré Haftar.", "fr",
         {("Mohamed_Bazoum", "meet", "Khalifa_Haftar", "occurred")}),
        # at a date he no longer holds the office: "le président X" names no office held
        ("Le président Mohamed Bazoum a rencontré Haftar.", "fr",
         {("Mohamed_Bazoum", "meet", "Khalifa_Haftar", "occurred")}),
    ],
)
def test_former_titles(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected
