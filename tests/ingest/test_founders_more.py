"""Founders of an organisation named after a verb that comes first (Arabic) or after a founding
noun and a passive agent ("تأسيس X من قبل", "la création de X par", "the creation of X by") are
its members; "founding members of" keeps its own reading."""

from datetime import date

import pytest

PUBLISHED = date(2024, 7, 10)
AES = "Alliance_of_Sahel_States"
MEMBERS = {(c, "member_of", AES, "occurred") for c in ("Mali", "Burkina_Faso", "Niger")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("أسست بوركينا فاسو والنيجر ومالي كونفدرالية دول الساحل.", "ar", MEMBERS),
        ("مع إعلان تأسيس كونفدرالية الساحل من قبل بوركينا فاسو والنيجر ومالي.", "ar", MEMBERS),
        ("La création de l'AES par le Mali, le Burkina Faso et le Niger.", "fr", MEMBERS),
        ("The creation of the AES by Mali, Burkina Faso and Niger.", "en", MEMBERS),
        # one country is no list of founders
        ("The creation of the AES by Mali.", "en", set()),
        ("Mali, Niger and Burkina Faso, founding members of ECOWAS, left it.", "en",
         {(c, "member_of", "ECOWAS", "occurred") for c in ("Mali", "Burkina_Faso", "Niger")}),
    ],
)
def test_founders(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected
