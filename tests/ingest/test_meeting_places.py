"""A meeting held in a named town is a visit by each side from abroad (rule ``meeting-places``),
and a title of office with the name of the holder's late namesake names the holder at the
article date ("الرئيس التشادي إدريس ديبي" in 2024 is Mahamat Idriss Déby), unless the namesake
held the office within a year of it."""

from datetime import date

import pytest

PUBLISHED = date(2024, 1, 26)
HAFTAR = "Khalifa_Haftar"
BELOUSOV = "Andrey_Belousov"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("التقى المشير خليفة حفتر وزير الدفاع الروسي أندريه بيلوسوف في العاصمة موسكو.", "ar",
         {(HAFTAR, "meet", BELOUSOV, "occurred"), (HAFTAR, "visit", "Moscow", "occurred")}),
        ("Haftar met Russian Defence Minister Andrei Belousov in Moscow on Tuesday.", "en",
         {(HAFTAR, "meet", BELOUSOV, "occurred"), (HAFTAR, "visit", "Moscow", "occurred")}),
        ("Le maréchal Haftar a rencontré le président Vladimir Poutine à Moscou mardi.", "fr",
         {(HAFTAR, "meet", "Vladimir_Putin", "occurred"), (HAFTAR, "visit", "Moscow", "occurred"),
          ("Vladimir_Putin", "leads", "Russia", "occurred")}),
        # the host at home visited nothing; both sides abroad both visited
        ("Vladimir Putin met Khalifa Haftar in Moscow.", "en",
         {("Vladimir_Putin", "meet", HAFTAR, "occurred"), (HAFTAR, "visit", "Moscow", "occurred")}),
        ("Khalifa Haftar met Vladimir Putin in Benghazi.", "en",
         {(HAFTAR, "meet", "Vladimir_Putin", "occurred"),
          ("Vladimir_Putin", "visit", "Benghazi", "occurred")}),
        ("Khalifa Haftar met Vladimir Putin in Paris.", "en",
         {(HAFTAR, "meet", "Vladimir_Putin", "occurred"), (HAFTAR, "visit", "Paris", "occurred"),
          ("Vladimir_Putin", "visit", "Paris", "occurred")}),
        # a state met somewhere did not travel there; a meeting with no town gives no visit
        ("Russia met Libya in Moscow.", "en", {("Russia", "meet", "Libya", "occurred")}),
        ("Haftar met Belousov on Tuesday.", "en", {(HAFTAR, "meet", BELOUSOV, "occurred")}),
        # "في إطار" (within the framework of) is no town (Atar)
        ("التقى بوتين حفتر في إطار تعزيز العلاقات بين البلدين.", "ar",
         {("Vladimir_Putin", "meet", HAFTAR, "occurred")}),
    ],
)
def test_meeting_places(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


DEBY_MEETS = "التقى الرئيس التشادي إدريس ديبي مع الرئيس الروسي فلاديمير بوتين في موسكو."


@pytest.mark.parametrize(
    ("text", "lang", "published", "president"),
    [
        (DEBY_MEETS, "ar", date(2024, 1, 26), "Mahamat_Idriss_Déby"),
        (DEBY_MEETS, "ar", date(2015, 1, 26), "Idriss_Déby"),
        ("Le président tchadien Idriss Déby a rencontré Vladimir Poutine à Moscou.", "fr",
         date(2024, 1, 26), "Mahamat_Idriss_Déby"),
        ("Le président tchadien Idriss Déby a rencontré Vladimir Poutine à Moscou.", "fr",
         date(2019, 1, 26), "Idriss_Déby"),
        # days after his death the title still names him
        (DEBY_MEETS, "ar", date(2021, 4, 25), "Idriss_Déby"),
    ],
)
def test_namesake_holder(triples, text: str, lang: str, published: date, president: str) -> None:
    got = triples(text, published, lang)
    assert (president, "leads", "Chad", "occurred") in got
    assert (president, "meet", "Vladimir_Putin", "occurred") in got
    assert (president, "visit", "Moscow", "occurred") in got
    assert not any(president != s and s.endswith("Déby") for s, _, _, _ in got)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # who made the visit, in a relative clause after the visit noun
        ("تُوجت الزيارة الرسمية التي قام بها رئيس مالي، الجنرال عاصمي غويتا، إلى موسكو بتوقيع اتفاقيات.",
         "ar", {("Assimi_Goïta", "visit", "Moscow", "occurred"),
                ("Assimi_Goïta", "leads", "Mali", "occurred")}),
        ("La visite qu'a effectuée le président Assimi Goïta à Moscou s'est achevée.", "fr",
         {("Assimi_Goïta", "visit", "Moscow", "occurred"), ("Assimi_Goïta", "leads", "Mali", "occurred")}),
        # a fronted circumstance with nobody before it: the subject after the comma visited
        ("وفي حديثه للصحفيين عقب زيارته الرسمية الأخيرة إلى روسيا، أعرب غويتا عن ارتياحه.", "ar",
         {("Assimi_Goïta", "visit", "Russia", "occurred")}),
    ],
)
def test_visits_told_around_the_visitor(triples, text: str, lang: str,
                                        expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected
