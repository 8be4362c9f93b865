"""French and English constructions read from real-news misses, pinned by sentences written for
the test: envoys recalled from a host state (a rejection of the host); heads of state listed
after a noun of leaders ("les dirigeants des trois États, A, B et C": each leads his state); a
visit told in a circumstance phrase ("during his visit to X, S ...": S visited X)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

BF = "Burkina_Faso"
Triples = Callable[..., set[tuple[str, str, str, str]]]


def _of(found: set[tuple[str, str, str, str]], relation: str) -> set[tuple[str, str, str]]:
    return {(s, o, st) for s, r, o, st in found if r == relation}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le Mali, le Niger et le Burkina Faso ont annoncé le rappel de leurs ambassadeurs "
         "accrédités à Alger.", "fr",
         {("Mali", "Algeria", "occurred"), ("Niger", "Algeria", "occurred"),
          (BF, "Algeria", "occurred")}),
        ("Le Tchad a rappelé son ambassadeur en France pour consultations.", "fr",
         {("Chad", "France", "occurred")}),
        ("Niger recalled its ambassador from Paris on Monday.", "en",
         {("Niger", "France", "occurred")}),
        ("Mali and Burkina Faso recalled their envoys to Algeria.", "en",
         {("Mali", "Algeria", "occurred"), (BF, "Algeria", "occurred")}),
        # a recall of something else, or envoys with no host state, is no rejection
        ("Le président a rappelé son engagement au Niger.", "fr", set()),
        ("Le Mali a rappelé son ambassadeur pour consultations.", "fr", set()),
    ],
)
def test_recalled_envoys_reject_the_host(triples: Triples, text: str, lang: str,
                                         expected: set[tuple[str, str, str]]) -> None:
    assert _of(triples(text, lang=lang), "reject") == expected



def _leads(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o, _ in found if r == "leads"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les dirigeants des trois États du Sahel, le capitaine Ibrahim Traoré, le colonel Assimi "
         "Goïta et le général Abdourahamane Tiani, ont signé une charte.", "fr",
         {("Ibrahim_Traoré", BF), ("Assimi_Goïta", "Mali"), ("Abdourahamane_Tchiani", "Niger")}),
        ("The leaders of the three countries, Ibrahim Traoré, Assimi Goïta and Abdourahamane "
         "Tiani, met in Niamey.", "en",
         {("Ibrahim_Traoré", BF), ("Assimi_Goïta", "Mali"), ("Abdourahamane_Tchiani", "Niger")}),
        # leaders of something else, who head no state, lead nothing
        ("Les dirigeants des partis, Amadou Diallo et Moussa Traoré, ont protesté.", "fr", set()),
    ],
)
def test_heads_of_state_listed_after_the_leaders_noun(triples: Triples, text: str, lang: str,
                                                      expected: set[tuple[str, str]]) -> None:
    assert _leads(triples(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("During his visit to Moscow, Haftar also held talks with Yevkurov.", "en",
         {("Khalifa_Haftar", "Moscow", "occurred")}),
        ("Ibrahim Traore on Saturday called for deeper links with Russia while on a visit to "
         "Moscow.", "en", {("Ibrahim_Traoré", "Moscow", "occurred")}),
        ("Lors de sa visite à Moscou, Ibrahim Traoré a rencontré Vladimir Poutine.", "fr",
         {("Ibrahim_Traoré", "Moscow", "occurred")}),
        # a visit noun with no circumstance phrase and no visitor says nothing
        ("La visite à Moscou a été reportée.", "fr", set()),
    ],
)
def test_a_visit_in_a_circumstance_phrase_is_the_subjects(triples: Triples, text: str, lang: str,
                                                          expected: set[tuple[str, str, str]]) -> None:
    assert _of(triples(text, lang=lang), "visit") == expected
