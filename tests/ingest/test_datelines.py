"""A dateline before the story's first sentence names no actor, whatever its shape: a place, a
country or a date after it, an agency in brackets, or an outlet with its place in brackets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Facts = Callable[..., set[tuple[str, str, str]]]
DAY = date(2024, 3, 4)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("الأخبار (نيامي) ـ هاجم مسلحون مجهولون معسكرا للجيش النيجري قرب الحدود مع مالي.", "ar",
     {("Unidentified_Armed_Group_Niger", "fight", "Nigerien_Armed_Forces")}),
    ("كيدال، مالي (رويترز) - هاجم مسلحون مجهولون معسكرا للجيش المالي.", "ar",
     {("Unidentified_Armed_Group_Mali", "fight", "Malian_Armed_Forces")}),
    ("BAMAKO, Mali (AP) - Gunmen attacked a Malian army camp.", "en",
     {("Unidentified_Armed_Group_Mali", "fight", "Malian_Armed_Forces")}),
    # a country alone before the dash
    ("ليبيا – التقى المبعوث الأممي عبد الله باتيلي بالرئيس الانتقالي لدولة تشاد، الجنرال محمد إدريس ديبي.",
     "ar", {("Abdoulaye_Bathily", "meet", "Mahamat_Idriss_Déby"),
            ("Abdoulaye_Bathily", "leads", "United_Nations_Support_Mission_in_Libya"),
            ("Mahamat_Idriss_Déby", "leads", "Chad")}),
])

def test_a_dateline_is_no_party(facts: Facts, text: str, lang: str, expected: set) -> None:
    assert facts(text, DAY, lang) == expected


def test_a_sentence_opening_with_a_dash_has_no_dateline(facts: Facts) -> None:
    assert facts("- وصل حفتر إلى نيامي.", DAY, "ar") == set()
