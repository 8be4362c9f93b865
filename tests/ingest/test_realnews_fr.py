"""French constructions read from the misses on real French news, each pinned by sentences
written for the test: member states enumerated after an organisation's verb of composition
("qui regroupe", "constitué de", "comptait ... à savoir"), a group noun standing for the
organisation named before ("cette alliance regroupe"), a list before "regroupés au sein de", an
organisation's abbreviation in brackets before its member list."""

from __future__ import annotations

from collections.abc import Callable

import pytest

AES = "Alliance_of_Sahel_States"
G5 = "G5_Sahel"
ECOWAS = "ECOWAS"
BF = "Burkina_Faso"
Triples = Callable[..., set[tuple[str, str, str, str]]]


def _members(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o, _ in found if r == "member_of"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'Alliance des États du Sahel (AES), qui regroupe désormais le Niger, le Mali et le "
         "Burkina Faso, a tenu son sommet.",
         {("Niger", AES), ("Mali", AES), (BF, AES)}),
        ("Le G5 Sahel, constitué de la Mauritanie, du Tchad et du Niger, a été dissous.",
         {("Mauritania", G5), ("Chad", G5), ("Niger", G5)}),
        ("La Cédéao compte 15 États membres, à savoir, le Ghana, le Togo, la Guinée (Conakry) et "
         "le Sénégal.",
         {("Ghana", ECOWAS), ("Togo", ECOWAS), ("Guinea", ECOWAS), ("Senegal", ECOWAS)}),
        # a group noun stands for the organisation named in the sentence before
        ("Le Togo songe à l'AES. Cette alliance régionale regroupe le Mali et le Niger.",
         {("Mali", AES), ("Niger", AES)}),
        # a list of states before the participle of grouping
        ("Les juntes du Mali, du Burkina Faso et du Niger, regroupés au sein de l'AES, ont "
         "quitté la Cédéao.",
         {("Mali", AES), (BF, AES), ("Niger", AES)}),
        ("Le Mali, la Guinée et le Niger, réunies au sein de l'AES, ont signé une charte.",
         {("Mali", AES), ("Guinea", AES), ("Niger", AES)}),
        ("Le Mali, le Burkina Faso et le Niger, réunis au sein de l'AES, ont signé une charte.",
         {("Mali", AES), (BF, AES), ("Niger", AES)}),
        # an abbreviation in brackets between the member noun's organisation and its members
        ("Les pays membres de l'Alliance des États du Sahel (AES) le Mali, le Niger et le Burkina "
         "Faso ont rappelé leurs ambassadeurs.",
         {("Mali", AES), ("Niger", AES), (BF, AES)}),
        # one country is no list; a verb of composition with no organisation before it says nothing
        ("L'AES regroupe le Mali.", {("Mali", AES)}),  # the verb's own frame
        ("Le président regroupe le Mali et le Niger dans son discours.", set()),
        ("Le Niger compte le Mali et le Tchad parmi ses voisins.", set()),
    ],
)
def test_members_enumerated_around_their_organisation(triples: Triples, text: str,
                                                       expected: set[tuple[str, str]]) -> None:
    assert _members(triples(text, lang="fr")) == expected
