"""A relation under a condition or a mere possibility is no fact: it is not emitted, in any status;
the same words as a date ("In May") or a plan ("will visit") keep their reading."""

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 10)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Analysts say Russia could deploy more troops to Mali if the situation worsens.", "en"),
        ("Haftar may visit Niger next week.", "en"),
        ("If Niger attacks Mali, Algeria will intervene.", "en"),
        ("Russia might have sent weapons to Haftar.", "en"),
        ("La Russie pourrait envoyer des troupes au Mali.", "fr"),
        ("Au cas où le Niger attaquerait le Mali, l'Algérie interviendrait.", "fr"),
        ("إذا هاجمت النيجر مالي فإن الجزائر ستتدخل.", "ar"),
    ],
)
def test_a_possibility_or_a_condition_states_nothing(triples, text: str, lang: str) -> None:
    assert triples(text, PUBLISHED, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In May, Haftar visited Niger.", "en", ("Khalifa_Haftar", "visit", "Niger", "occurred")),
        ("Haftar will visit Niger next week.", "en", ("Khalifa_Haftar", "visit", "Niger", "planned")),
        ("Le maréchal Haftar se rendra au Niger.", "fr", ("Khalifa_Haftar", "visit", "Niger", "planned")),
    ],
)
def test_dates_and_plans_keep_their_reading(triples, text: str, lang: str,
                                            expected: tuple[str, str, str, str]) -> None:
    assert triples(text, PUBLISHED, lang) == {expected}
