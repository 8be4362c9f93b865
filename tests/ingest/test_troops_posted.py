"""Troops posted somewhere, in the three languages: forces named with the participle of their
posting ("stationed near", "المتمركزة في"), troops entering a place ("entered", "sont entrés
à"), and troops named by their nationality in a town of their own country, who are its national
army."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Triples = Callable[..., set[tuple[str, str, str, str]]]


def _deployed(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o, _ in found if r == "deploy"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "French special forces stationed near Ouagadougou took part in the operation.",
         {("France", "Ouagadougou")}),
        ("ar", "شاركت القوات الخاصة الفرنسية المتمركزة في ضواحي واغادوغو.", {("France", "Ouagadougou")}),
        # a national army abroad: its country is deployed there too
        ("ar", "وقالت المصادر إن القوات الروسية المنتشرة في مدينة سرت تلقت تعزيزات.",
         {("Russian_Armed_Forces", "Sirte"), ("Russia", "Sirte")}),
        # troops entering a town of their own country: the national army
        ("en", "Malian soldiers entered Timbuktu on Saturday.", {("Malian_Armed_Forces", "Timbuktu")}),
        ("fr", "Les soldats maliens sont entrés à Kidal.", {("Malian_Armed_Forces", "Kidal")}),
        # entering a country abroad: the country deploys there
        ("fr", "Les militaires tchadiens sont entrés au Niger en février.", {("Chad", "Niger")}),
        # no troops, or no place
        ("en", "Malian officials entered Timbuktu.", set()),
        ("en", "The agreement entered into force in May.", set()),
        ("fr", "L'accord est entré en vigueur au Mali.", set()),
    ],
)
def test_troops_posted(triples: Triples, lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _deployed(triples(text, lang=lang)) == expected
