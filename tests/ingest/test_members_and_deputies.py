"""Members listed after an Arabic verb of composition, and deputies: "وهو يضم 23 دولة هي ليبيا
ومصر" (a count, a member noun and a copula before the list; the pronoun stands for the
organisation named last; members joined by the glued "و"), "ويضم تجمع دول الساحل والصحراء ..."
(the organisation after the verb); a deputy of a body named before or after his name is a member
of it and does not lead it; "نائب رئيس النيجر" with no name names no one, least of all the
president."""

from datetime import date

import pytest

PUBLISHED = date(2024, 5, 10)
CENSAD = "Community_of_Sahel-Saharan_States"
MEMBERS = {(c, "member_of", CENSAD, "occurred") for c in ("Libya", "Egypt", "Sudan", "Tunisia")}


@pytest.mark.parametrize(
    "text",
    [
        "ويضم تجمع دول الساحل والصحراء ليبيا ومصر والسودان وتونس.",
        "ويضم تجمع دول الساحل والصحراء 23 دولة هي ليبيا ومصر والسودان وتونس.",
        "تأسس تجمع دول الساحل والصحراء عام 1998، وهو يضم 23 دولة هي ليبيا ومصر والسودان وتونس.",
    ],
)
def test_members_after_an_arabic_verb_of_composition(triples, text: str) -> None:
    assert triples(text, PUBLISHED, "ar") == MEMBERS


def test_a_delegation_of_representatives_lists_no_members(triples) -> None:
    assert not {x for x in triples("وصل وفد يضم ممثلين عن مالي والنيجر إلى طرابلس.", PUBLISHED, "ar")
                if x[1] == "member_of"}


@pytest.mark.parametrize(
    "text",
    [
        "والتقى الفريق أول عبد الرحيم دقلو نائب قائد قوات الدعم السريع بالوفد.",
        "والتقى نائب قائد قوات الدعم السريع عبد الرحيم دقلو بالوفد.",
    ],
)
def test_a_deputy_is_a_member_of_the_body(triples, text: str) -> None:
    assert triples(text, PUBLISHED, "ar") == {
        ("Abdel_Rahim_Dagalo", "member_of", "Rapid_Support_Forces", "occurred")}


def test_an_unnamed_deputy_is_not_the_head(triples) -> None:
    assert triples("وقال نائب رئيس النيجر إن الحكومة ستواصل الحوار.", PUBLISHED, "ar") == set()
