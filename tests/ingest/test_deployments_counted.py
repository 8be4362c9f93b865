"""Deployments told with a count of troops and withdrawals told as a noun: an approximate number
before the troops ("نحو 1100 جندي أمريكي", "quelque 5.000 soldats") does not hide them, and the
forces after a genitive that is also the preposition of the place ("le retrait des forces
françaises du Niger") are the ones withdrawn."""

from datetime import date

import pytest

PUBLISHED = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("ويتمركز نحو 1100 جندي أمريكي في النيجر.", "ar", {("United_States", "deploy", "Niger", "occurred")}),
        ("ويتمركز 1100 جندي أمريكي في النيجر.", "ar", {("United_States", "deploy", "Niger", "occurred")}),
        ("Quelque 1.500 soldats français sont stationnés au Niger.", "fr",
         {("France", "deploy", "Niger", "occurred")}),
        ("La junte a exigé le retrait des forces françaises du Niger.", "fr",
         {("France", "deploy", "Niger", "occurred")}),
        ("Le retrait des soldats français du Mali s'est achevé.", "fr",
         {("France", "deploy", "Mali", "occurred")}),
        # a state leaving an organisation withdraws no forces
        ("Le retrait du Niger de la Cédéao est effectif.", "fr", set()),
    ],
)
def test_counted_and_withdrawn_forces(triples, text: str, lang: str,
                                      expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected
