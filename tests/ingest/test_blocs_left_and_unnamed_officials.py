"""A state that leaves a bloc of states rejects it; an official after an indefinite article is
not the office's holder; a nationality after an article qualifies a body, not a name; "has" as an
auxiliary holds no forces."""

from datetime import date

import pytest

PUBLISHED = date(2025, 2, 10)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Mali, Burkina Faso and Niger withdrew from ECOWAS in January 2025.", "en",
         {("Mali", "ECOWAS"), ("Burkina_Faso", "ECOWAS"), ("Niger", "ECOWAS")}),
        ("Mali announced its withdrawal from the G5 Sahel.", "en", {("Mali", "G5_Sahel")}),
        ("Le Mali, le Burkina Faso et le Niger ont quitté la Cedeao.", "fr",
         {("Mali", "ECOWAS"), ("Burkina_Faso", "ECOWAS"), ("Niger", "ECOWAS")}),
        ("Le Mali a annoncé son retrait du G5 Sahel.", "fr", {("Mali", "G5_Sahel")}),
        ("أعلنت مالي وبوركينا فاسو والنيجر انسحابها من المجموعة الاقتصادية لدول غرب أفريقيا.", "ar",
         {("Mali", "ECOWAS"), ("Burkina_Faso", "ECOWAS"), ("Niger", "ECOWAS")}),
        ("انسحبت مالي من مجموعة دول الساحل الخمس.", "ar", {("Mali", "G5_Sahel")}),
        ("وقررت النيجر الانسحاب من المجموعة الاقتصادية لدول غرب أفريقيا.", "ar", {("Niger", "ECOWAS")}),
    ],
)
def test_a_state_leaving_a_bloc_rejects_it(triples, text: str, lang: str,
                                           expected: set[tuple[str, str]]) -> None:
    found = triples(text, PUBLISHED, lang)
    assert {(s, o) for s, r, o, _ in found if r == "reject"} == expected
    assert not {r for _, r, _, _ in found} - {"reject"}


def test_troops_leaving_a_country_were_deployed_there(triples) -> None:
    found = triples("French troops withdrew from Mali.", PUBLISHED, "en")
    assert found == {("France", "deploy", "Mali", "occurred")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("French forces captured a senior JNIM leader in central Mali.", "en",
         {("France", "arrest", "Jama_at_Nasr_al-Islam_wal-Muslimin", "occurred")}),
        ("Police in Tripoli arrested the head of the Libyan Red Crescent.", "en", set()),
        ("Algeria has repeatedly denied supporting the rebels in northern Mali.", "en", set()),
    ],
)
def test_officials_and_auxiliaries_that_name_nobody(triples, text: str, lang: str,
                                                    expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


def test_the_office_holder_is_still_read_after_the_definite_article(triples) -> None:
    found = triples("The JNIM leader visited Timbuktu.", PUBLISHED, "en")
    assert ("Iyad_Ag_Ghaly", "visit", "Timbuktu", "occurred") in found
    # the text names no holder: no role of his is stated
    assert not any(r == "leads" for _, r, _, _ in found)
