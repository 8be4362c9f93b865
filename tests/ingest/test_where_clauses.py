"""A place before "where" is where the forces of the clause after it are: "Chad, where the French
army retains a contingent", "Niamey, where American troops are stationed". Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Facts = Callable[..., set[tuple[str, str, str]]]
DAY = date(2024, 3, 4)


@pytest.mark.parametrize(("text", "expected"), [
    ("Chad, where the French army still retains a military contingent, is a close partner.",
     {("France", "deploy", "Chad")}),
    # a facility in a town ("the airbase in Niamey") is the town
    ("Russian troops arrived at the airbase in Niamey, where American troops are stationed.",
     {("United_States", "deploy", "Niamey"), ("Russia", "deploy", "Niamey")}),
])
def test_forces_where_a_place_is(facts: Facts, text: str, expected: set) -> None:
    assert facts(text, DAY, "en") == expected


def test_where_introduces_no_place_for_other_acts(facts: Facts) -> None:
    """A meeting "where" it happened keeps its parties; the place is no one's deployment."""
    assert facts("The summit was held in Niamey, where Haftar met Bazoum.", DAY, "en") == \
        {("Khalifa_Haftar", "meet", "Mohamed_Bazoum")}
