"""What the press says that is no relation: a nationality after a member title ("القيادي الجهادي
الجزائري X") is no membership; a word that is also a town's name inside a title ("الرئيس الدوري
الجديد للاتحاد الافريقي") is a word; a noun after "tout", "any", "أي" names no event; a head of
state and his own state are one side, not two."""

from datetime import date

import pytest


def test_a_nationality_is_no_membership(triples) -> None:
    text = "والقيادي الجهادي الجزائري مختار بلمختار المرتبط بتنظيم القاعدة."
    assert not {x for x in triples(text, date(2016, 1, 10), "ar") if x[1] == "member_of"}


def test_a_member_title_of_a_body_is_membership(triples) -> None:
    text = "والقيادي في تنظيم القاعدة مختار بلمختار."
    assert triples(text, date(2016, 1, 10), "ar") == {
        ("Mokhtar_Belmokhtar", "member_of", "Al-Qaeda", "occurred")}


def test_a_word_named_like_a_town_inside_a_title(triples) -> None:
    text = "ضمت القمة الرئيس الدوري الجديد للاتحاد الافريقي محمد ولد عبد العزيز."
    assert ("Mohamed_Ould_Abdel_Aziz", "leads", "African_Union", "occurred") in triples(
        text, date(2014, 2, 1), "ar")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Mali considère tout soutien à l'Ukraine comme un soutien au terrorisme.", "fr"),
        ("Mali will treat any support for Ukraine as support for terrorism.", "en"),
        ("وحذرت مالي من أي دعم لأوكرانيا.", "ar"),
    ],
)
def test_any_support_is_no_support(triples, text: str, lang: str) -> None:
    assert not {x for x in triples(text, date(2024, 8, 5), lang) if x[1] == "support"}


def test_all_its_support_is_support(triples) -> None:
    assert triples("La France apporte tout son soutien au Mali.", date(2024, 8, 5), "fr") == {
        ("France", "support", "Mali", "occurred")}


def test_a_head_of_state_and_his_state_are_one_side(triples) -> None:
    text = "وأكد عبدالفتاح السيسي رفض مصر كل صور التصعيد."
    assert not {x for x in triples(text, date(2020, 6, 7), "ar") if x[1] == "reject"}
