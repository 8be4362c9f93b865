from datetime import date

import pytest
from sahelkg.ingest.language.lexicon import load_lexicon, phrase_tokens
from sahelkg.ingest.relations.dates import find_dates, header_date

PUBLISHED = date(2024, 8, 18)  # a Sunday


def dates_in(
    text: str, published: date | None = PUBLISHED, lang: str = "ar"
) -> list[tuple[str | None, str | None]]:
    words = load_lexicon(lang).dates
    return [(d.value, d.precision) for d in find_dates(phrase_tokens(text), words, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل يوم الثلاثاء 7 أغسطس 2018 إلى نيامي", [("2018-08-07", "day")]),
        ("في ٧ آب ٢٠١٨", [("2018-08-07", "day")]),
        ("اجتمعا في 2023-09-16", [("2023-09-16", "day")]),
        ("اجتمعا في 16/09/2023", [("2023-09-16", "day")]),
        ("تأسس في سبتمبر 2023", [("2023-09", "month")]),
        ("تأسس في أيلول 2023", [("2023-09", "month")]),
        ("منذ عام 2015", [("2015", "year")]),
    ],
)
def test_explicit_dates(text: str, expected: list) -> None:
    assert dates_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل أمس", [("2024-08-17", "day")]),
        ("وصل أمس الثلاثاء", [("2024-08-17", "day")]),
        ("اليوم", [("2024-08-18", "day")]),
        ("الأسبوع الماضي", [("2024-08", "month")]),
        ("الشهر الماضي", [("2024-07", "month")]),
        ("العام الماضي", [("2023", "year")]),
        ("قبل نحو 4 أسابيع", [("2024-07", "month")]),
        ("قبل 3 أيام", [("2024-08-15", "day")]),
        ("خلال زيارته في مارس/آذار الماضي", [("2024-03", "month")]),
        ("في شهر أغسطس الماضي", [("2023-08", "month")]),
        ("يوم الخميس", [("2024-08-15", "day")]),
        ("الخميس المقبل", [("2024-08-22", "day")]),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(text: str, expected: list) -> None:
    assert dates_in(text) == expected


@pytest.mark.parametrize(
    "text", ["وصل أمس", "الأسبوع الماضي", "قبل نحو 4 أسابيع", "يوم الخميس", "في مارس الماضي"]
)
def test_relative_dates_stay_unresolved_without_a_publication_date(text: str) -> None:
    assert [value for value, _ in dates_in(text, published=None)] == [None]


def test_french_and_english_dates() -> None:
    assert dates_in("le 7 août 2018 à Niamey", lang="fr") == [("2018-08-07", "day")]
    assert dates_in("hier", lang="fr") == [("2024-08-17", "day")]
    assert dates_in("on 7 August 2018", lang="en") == [("2018-08-07", "day")]
    assert dates_in("three weeks ago and 3 weeks ago", lang="en") == [("2024-07", "month")]


def test_publication_date_from_the_header_lines() -> None:
    words = [load_lexicon(lang).dates for lang in ("ar", "en")]
    assert header_date(["logo", "العالم العربي", "18 أغسطس 2024، 7:56 ص"], words) == date(2024, 8, 18)
    assert header_date(["Published 2 March 2021"], words) == date(2021, 3, 2)
    assert header_date(["no date here"], words) is None
