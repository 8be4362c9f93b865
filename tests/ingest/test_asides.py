"""Asides between a verb and its object: adverbials set off by commas that open with a
preposition (in Arabic also a proclitic one: "للمرة الأولى", "وبشكل رسمي"), a time word or a
date, with a determiner before the date ("ce vendredi 1er août 2025"); several in a row."""

from datetime import date

import pytest

PUBLISHED = date(2025, 8, 2)
HAFTAR, PUTIN = "Khalifa_Haftar", "Vladimir_Putin"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("التقى حفتر، للمرة الأولى، الرئيس الروسي فلاديمير بوتين.", "ar",
         {(HAFTAR, "meet", PUTIN, "occurred"), (PUTIN, "leads", "Russia", "occurred")}),
        ("التقى حفتر، للمرة الأولى، وبشكل رسمي ومعلن، الرئيس الروسي فلاديمير بوتين.", "ar",
         {(HAFTAR, "meet", PUTIN, "occurred"), (PUTIN, "leads", "Russia", "occurred")}),
        ("Le président Mahamat Idriss Déby a reçu en audience, ce vendredi 1er août 2025, le Général "
         "Saddam Haftar.", "fr",
         {("Mahamat_Idriss_Déby", "meet", "Saddam_Haftar", "occurred"),
          ("Mahamat_Idriss_Déby", "leads", "Chad", "occurred")}),
    ],
)
def test_asides(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name set in brackets after a title and an honorific
        ("وصل نائب القائد العام الفريق أول ( صدام حفتر ) إلى النيجر.",
         {("Saddam_Haftar", "visit", "Niger", "occurred")}),
        # an acronym in brackets after a title is passed over
        ("والتقى قائد القيادة الأمريكية في أفريقيا (أفريكوم) مايكل لانجلي خليفة حفتر.",
         {("Michael_Langley", "leads", "AFRICOM", "occurred"),
          ("Michael_Langley", "meet", HAFTAR, "occurred")}),
    ],
)
def test_bracketed_names(triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, "ar") == expected
