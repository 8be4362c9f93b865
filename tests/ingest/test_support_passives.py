"""Support in the passive: the French participle ("Haftar est soutenu par l'Égypte", an adverb
between: "est seulement appuyé par"), and a passive participle opening the sentence with a list
of agents ("Soutenu par les Émirats, l'Arabie saoudite et l'Égypte, Haftar ..."), after which the
clause's act is the patient's, not the agents'. And ambassadors recalled, in Arabic."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Triples = Callable[..., set[tuple[str, str, str, str]]]
HAFTAR = "Khalifa_Haftar"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Haftar est soutenu par l'Égypte.", {("Egypt", "support", HAFTAR)}),
        ("fr", "Le gouvernement d'unité nationale est seulement appuyé par la Turquie et le Qatar.",
         {("Turkey", "support", "Government_of_National_Unity"),
          ("Qatar", "support", "Government_of_National_Unity")}),
        ("fr", "Soutenu par les Émirats arabes unis, l'Arabie saoudite et l'Égypte, Haftar mène "
               "l'offensive contre Tripoli.",
         {("United_Arab_Emirates", "support", HAFTAR), ("Saudi_Arabia", "support", HAFTAR),
          ("Egypt", "support", HAFTAR), (HAFTAR, "fight", "Tripoli")}),
        ("en", "Backed by the United Arab Emirates, Egypt and Russia, Haftar launched an offensive "
               "on Tripoli.",
         {("United_Arab_Emirates", "support", HAFTAR), ("Egypt", "support", HAFTAR),
          ("Russia", "support", HAFTAR), (HAFTAR, "fight", "Tripoli")}),
        # the active voice is as before
        ("fr", "La France a toujours soutenu le Niger.", {("France", "support", "Niger")}),
    ],
)
def test_support_in_the_passive(triples: Triples, lang: str, text: str,
                                expected: set[tuple[str, str, str]]) -> None:
    found = {(s, r, o) for s, r, o, _ in triples(text, date(2019, 4, 20), lang=lang) if r != "leads"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic: recalling one's ambassadors from a state rejects it, for each state that does
        ("وقررت النيجر وبوركينا فاسو ومالي استدعاء سفرائها من الجزائر للتشاور.",
         {("Niger", "Algeria"), ("Burkina_Faso", "Algeria"), ("Mali", "Algeria")}),
        ("أعلنت مالي استدعاء سفيرها من الجزائر للتشاور.", {("Mali", "Algeria")}),
        # verb first, its subject between the verb and the envoy
        ("استدعت مالي سفيرها من الجزائر للتشاور.", {("Mali", "Algeria")}),
        ("سحبت النيجر سفيرها من فرنسا.", {("Niger", "France")}),
        # an ambassador summoned is no recall of one's own
        ("استدعت الخارجية السفير الفرنسي.", set()),
    ],
)
def test_ambassadors_recalled_in_arabic(triples: Triples, text: str, expected: set[tuple[str, str]]) -> None:
    found = triples(text, date(2025, 4, 7), lang="ar")
    assert {(s, o) for s, r, o, _ in found if r == "reject"} == expected


def test_the_supporters_of_an_arabic_participle_are_not_the_actor(triples: Triples) -> None:
    # "Haftar, backed by the UAE and Egypt, launched an attack on Tripoli": the list after "من" is
    # governed as a whole, Haftar attacks
    found = triples("حفتر المدعوم من الإمارات ومصر شن هجوما على طرابلس.", date(2019, 4, 20), lang="ar")
    assert {(s, r, o) for s, r, o, _ in found} == {
        ("United_Arab_Emirates", "support", HAFTAR), ("Egypt", "support", HAFTAR),
        (HAFTAR, "fight", "Tripoli")}
