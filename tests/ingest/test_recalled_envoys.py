"""French and English constructions read from real-news misses, pinned by sentences written for
the test: envoys recalled from a host state (a rejection of the host)."""

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

