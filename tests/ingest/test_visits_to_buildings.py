"""One who arrives at a building named by the town it stands in ("the airport in Benghazi",
"l'aéroport à Benghazi", "المطار في بنغازي") visits the town (word class facility_noun)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Triples = Callable[..., set[tuple[str, str, str, str]]]
YEVKUROV = "Yunus-Bek_Yevkurov"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Yevkurov arrived at the airport in Benghazi.", {(YEVKUROV, "Benghazi")}),
        ("en", "Yevkurov arrived at the presidential palace in Niamey.", {(YEVKUROV, "Niamey")}),
        ("fr", "Evkourov est arrivé à l'aéroport à Benghazi.", {(YEVKUROV, "Benghazi")}),
        ("ar", "وصل يفكوروف إلى المطار في بنغازي.", {(YEVKUROV, "Benghazi")}),
        # a building with no town named
        ("en", "Yevkurov arrived at the airport.", set()),
    ],
)
def test_a_building_visited_is_its_town(triples: Triples, lang: str, text: str,
                                        expected: set[tuple[str, str]]) -> None:
    found = triples(text, date(2023, 8, 20), lang=lang)
    assert {(s, o) for s, r, o, _ in found if r == "visit"} == expected
