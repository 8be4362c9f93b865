"""Titles: a state's office named with the definite article and nothing after it ("le chef du
gouvernement", "the prime minister", "رئيس الوزراء") in an article about one country is that
country's office, its holder at the article's date; and the verb after a title is not part of
it ("the Nigerien prime minister travelled to ...")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Triples = Callable[..., set[tuple[str, str, str, str]]]
ABOUT_NIGER = {
    "fr": "Le Niger est en difficulté financière. Niamey cherche des partenaires. "
          "Le Niger veut des drones. ",
    "en": "Niger is short of money. Niamey wants new partners. Niger wants drones. ",
    "ar": "يعاني النيجر من أزمة مالية. وتبحث نيامي عن شركاء. ويريد النيجر طائرات مسيرة. ",
}


def _visits(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o, _ in found if r == "visit"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le chef du gouvernement s'est rendu en Turquie.", {("Ali_Lamine_Zeine", "Turkey")}),
        ("en", "The prime minister visited Turkey on Monday.", {("Ali_Lamine_Zeine", "Turkey")}),
        ("ar", "وتوجه رئيس الوزراء إلى تركيا يوم الاثنين.", {("Ali_Lamine_Zeine", "Turkey")}),
        # a name after the title is the one who holds it
        ("en", "The prime minister Jean Dupont visited Turkey on Monday.", {("Jean_Dupont", "Turkey")}),
        # another body's office, or a former holder
        ("fr", "Le président de la Commission s'est rendu en Turquie.", set()),
        ("fr", "L'ancien chef du gouvernement s'est rendu en Turquie.", set()),
    ],
)
def test_the_office_of_the_country_the_article_is_about(triples: Triples, lang: str, text: str,
                                                         expected: set[tuple[str, str]]) -> None:
    assert _visits(triples(ABOUT_NIGER[lang] + text, date(2024, 1, 20), lang=lang)) == expected


def test_no_office_where_no_country_stands_out(triples: Triples) -> None:
    text = "Niger and Chad are short of money. Chad and Niger want drones. The prime minister visited Turkey."
    assert _visits(triples(text, date(2024, 1, 20), lang="en")) == set()


@pytest.mark.parametrize("verb", ["travelled", "flew", "went", "headed"])
def test_a_verb_after_a_title_is_not_part_of_it(triples: Triples, verb: str) -> None:
    # "to" is no name ("Tô", a town of Burkina Faso, holds only written as a name)
    text = f"The Nigerien prime minister {verb} to Turkey on Monday."
    assert ("Ouhoumoudou_Mahamadou", "Turkey") in _visits(triples(text, date(2022, 1, 20), lang="en"))
