"""Forces the press names by their men, their trainers or a group of them, arriving or taking
control: the force or the country deploys there. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Facts = Callable[..., set[tuple[str, str, str]]]
DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "expected"), [
    # the men of a force, in the construct state
    ("وصل مقاتلو الفيلق الأفريقي إلى مالي.", {("Africa_Corps", "deploy", "Mali")}),
    # a group of them, with an adverb between the verb and its subject
    ("وصلت مؤخرا مجموعة جديدة من مقاتلي الفيلق الأفريقي الروسي إلى مالي.",
     {("Africa_Corps", "deploy", "Mali")}),
    # trainers, with an adjective between them and their nationality
    ("وصل المدربون العسكريون الروس إلى النيجر في أبريل 2024.", {("Russia", "deploy", "Niger")}),
    # a headquarters taken, its owner named between it and its town
    ("أعلنت قوات الدعم السريع سيطرتها على مقر قيادة الفرقة السادسة بالجيش في مدينة الفاشر.",
     {("Rapid_Support_Forces", "deploy", "El_Fasher")}),
])
def test_forces_arriving_deploy(facts: Facts, text: str, expected: set) -> None:
    assert facts(text, DAY, "ar") == expected


def test_an_armed_group_is_no_count_of_men(facts: Facts) -> None:
    """"مجموعة" counts men only before "من": "مجموعة مسلحة" stays the armed group."""
    assert facts("وصلت مجموعة مسلحة إلى مدينة غاو.", DAY, "ar") == \
        {("Unidentified_Armed_Group_Mali", "deploy", "Gao")}


def test_talks_held_with_a_delegation_headed_by_a_named_official(facts: Facts) -> None:
    """"تباحث X مع وفد ... بقيادة Y": X met Y."""
    text = ("تباحث الرئيس الانتقالي لبوركينا فاسو النقيب إبراهيم تراوري، مع وفد روسي رفيع بقيادة "
            "يونس بيك يفكوروف نائب وزير الدفاع، حول تعاون عسكري محتمل بين البلدين.")
    assert ("Ibrahim_Traoré", "meet", "Yunus-Bek_Yevkurov") in facts(text, date(2023, 9, 1), "ar")


def test_locatives_in_a_row_before_the_object(facts: Facts) -> None:
    """"استقبل في مكتبه بمقر القيادة العامة، في بنغازي X": past the room, the building and its
    owner, and the town, X is the one received."""
    text = ("قال بيان إن القائد العام المشير خليفة حفتر، استقبل في مكتبه بمقرّ القيادة العامة، في بنغازي "
            "نائب وزير الدفاع الروسي يونس بك يفكيروف والوفد المرافق له.")
    assert ("Khalifa_Haftar", "meet", "Yunus-Bek_Yevkurov") in facts(text, date(2023, 12, 3), "ar")


def test_a_place_named_through_a_country_is_no_object(facts: Facts) -> None:
    """"داخل الحدود الجنوبية لـ تشاد": Chad only says where; the army is the one attacked."""
    text = "هجوم مسلح استهدف وحدات من الجيش التشادي داخل الحدود الجنوبية لـ تشاد."
    assert ("Chadian_National_Army", "fight", "Chad") not in facts(text, DAY, "ar")
