"""English constructions of the region's press, pinned with sentences written for the tests: a
short acronym that names a country only in capitals ("the US", not "us"), a nationality standing
before a titled person ("US AFRICOM commander X"), and the other constructions of the English rules
(one group per construction below)."""

from datetime import date

import pytest

PUBLISHED = date(2024, 5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "US" names the United States only in capitals
        ("Officials praised the growing cooperation between Chad and the US.",
         {("Chad", "cooperate", "United_States", "occurred")}),
        ("The EU and Niger met in Brussels on Monday.",
         {("European_Union", "meet", "Niger", "occurred")}),
        ("Tiani met Haftar, who thanked us.",
         {("Abdourahamane_Tchiani", "meet", "Khalifa_Haftar", "occurred")}),
        # a nationality before a titled person qualifies that person
        ("Niger's junta leader Abdourahamane Tiani received US AFRICOM commander Michael Langley "
         "in Niamey.",
         {("Michael_Langley", "leads", "AFRICOM", "occurred"),
          ("Abdourahamane_Tchiani", "leads", "Niger", "occurred"),
          ("Abdourahamane_Tchiani", "meet", "Michael_Langley", "occurred")}),
    ],
)
def test_acronyms_and_nationalities(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang="en") == expected


def test_short_capital_acronyms_are_capitals_only() -> None:
    from sahelkg.ingest.entities.gazetteer import capitals_only

    assert capitals_only("US") and capitals_only("U.S.") and capitals_only("EU")
    assert not capitals_only("USA") and not capitals_only("Us") and not capitals_only("JNIM")
