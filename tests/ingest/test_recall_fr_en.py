"""French and English constructions read from the dev misses on real news, each pinned by
sentences written for the test: founders named as "ces trois pays" / "ils" (French founding
verbs), arms bought from a supplier, a military base located in a town, an attack on an unnamed
military target."""

from __future__ import annotations

from collections.abc import Callable

import pytest

AES = "Alliance_of_Sahel_States"
BF = "Burkina_Faso"
Triples = Callable[..., set[tuple[str, str, str, str]]]


def _of(found: set[tuple[str, str, str, str]], relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o, _ in found if r == relation}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural anaphor for the list of states named before, a date between verb and name
        ("Le Mali, le Niger et le Burkina Faso ont quitté la CEDEAO. Ces trois pays ont créé en "
         "juillet dernier l'Alliance des États du Sahel.",
         {("Mali", AES), ("Niger", AES), (BF, AES)}),
        ("Le Tchad et le Niger sont voisins. Ensemble, ils ont fondé une \"Alliance des États du "
         "Sahel\" (AES).",
         {("Chad", AES), ("Niger", AES)}),
        ("Le Mali, le Burkina Faso et le Niger ont créé l'AES en 2023.",
         {("Mali", AES), (BF, AES), ("Niger", AES)}),
        # no list before the anaphor: nothing
        ("Ils ont créé l'Alliance des États du Sahel.", set()),
    ],
)
def test_french_founders_are_members(triples: Triples, text: str,
                                     expected: set[tuple[str, str]]) -> None:
    assert _of(triples(text, lang="fr"), "member_of") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le Tchad a commandé une dizaine de drones armés à la Turquie.", "fr", {("Turkey", "Chad")}),
        ("Le Niger achète désormais ses armes et ses munitions auprès de la Russie.", "fr",
         {("Russia", "Niger")}),
        ("Le Burkina Faso a réceptionné un lot de blindés en provenance de la Chine.", "fr",
         {("China", BF)}),
        ("Chad bought attack helicopters from Turkey last year.", "en", {("Turkey", "Chad")}),
        ("Mali took delivery of combat drones from Turkey on Monday.", "en", {("Turkey", "Mali")}),
        # a town is no supplier; no armament, no supply
        ("Le Mali a reçu des drones à Bamako.", "fr", set()),
        ("Le Niger achète du riz auprès de la Russie.", "fr", set()),
    ],
)
def test_arms_bought_from_a_supplier_are_its_support(triples: Triples, text: str, lang: str,
                                                     expected: set[tuple[str, str]]) -> None:
    assert _of(triples(text, lang=lang), "support") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les Français disposent encore de quelques avions de chasse, ainsi que d'une importante "
         "base aérienne à Abéché.", "fr", {("France", "Abéché")}),
        ("Une base militaire américaine près d'Agadez a été fermée en août.", "fr",
         {("United_States", "Agadez")}),
        ("The Americans operated a large drone base near Agadez until 2024.", "en",
         {("United_States", "Agadez")}),
        # a base at home is no deployment; a base with no holder says nothing
        ("The Nigerien army maintains a drone base near Agadez.", "en", set()),
        ("The drone base near Agadez was closed.", "en", set()),
    ],
)
def test_a_base_in_a_place_deploys_its_holder_there(triples: Triples, text: str, lang: str,
                                                    expected: set[tuple[str, str]]) -> None:
    assert _of(triples(text, lang=lang), "deploy") == expected
