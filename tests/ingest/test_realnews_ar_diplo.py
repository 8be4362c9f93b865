"""Arabic receptions, delegations and member lists read from real news: sentences written for
these tests (no article text), each pinned to the exact triples it gives."""

from __future__ import annotations

from datetime import date

import pytest

D = date(2024, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "وفد من <country> برئاسة X": the head speaks for the delegation received; received in a
        # town outside his country, he visited it
        ("استقبل المشير خليفة حفتر في طرابلس وفدا من الولايات المتحدة برئاسة الجنرال مايكل لانجلي.",
         {("Khalifa_Haftar", "meet", "Michael_Langley", "occurred"),
          ("Michael_Langley", "visit", "Tripoli", "occurred")}),
        # a delegation from a country with no head named: the country
        ("استقبل الرئيس عبد الرحمن تياني وفدا من تركيا.",
         {("Abdourahamane_Tchiani", "meet", "Turkey", "occurred")}),
        # a day and a place set off by commas between the host and the guest
        ("استقبل المشير خليفة حفتر، يوم الأحد في مقره بمدينة بنغازي، وفدا من إيطاليا.",
         {("Khalifa_Haftar", "meet", "Italy", "occurred")}),
        # the room before the town ("بمكتبه في X") between the host and the guest
        ("واستقبل الرئيس عبد الرحمن تياني بمكتبه في نيامي صدام حفتر.",
         {("Abdourahamane_Tchiani", "meet", "Saddam_Haftar", "occurred"),
          ("Saddam_Haftar", "visit", "Niamey", "occurred")}),
    ],
)
def test_receptions_of_delegations_and_guests(triples, text, expected):
    assert {t for t in triples(text, D) if t[1] in ("meet", "visit")} == expected


def test_a_guest_received_in_his_own_country_visited_nothing(triples):
    got = triples("استقبل الرئيس عبد الرحمن تياني في نيامي وزير الداخلية محمد تومبا.", D)
    assert not {t for t in got if t[1] == "visit"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("وعقد قادة دول الساحل الخمس (موريتانيا، ومالي، والنيجر، وتشاد وبوركينا فاسو) اجتماعا مغلقا.",
         "G5_Sahel"),
        ("وتحدث رؤساء دول الساحل الخمس “موريتانيا ومالي والنيجر وتشاد وبوركينا فاسو” عن الأمن.",
         "G5_Sahel"),
    ],
)
def test_member_states_in_brackets_after_their_organisation(triples, text, org):
    got = {t for t in triples(text, D) if t[1] == "member_of"}
    assert got == {(c, "member_of", org, "occurred")
                   for c in ("Mauritania", "Mali", "Niger", "Chad", "Burkina_Faso")}


def test_one_country_in_brackets_is_no_member_list(triples):
    assert not {t for t in triples("وقال بيان لتحالف دول الساحل (مالي) إن الهجوم فشل.", D)
                if t[1] == "member_of"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parties named after an apposition pronoun ("دولتان هما X وY")
        ("وانضمت دولتان هما غينيا وجزر القمر إلى تجمع الساحل والصحراء.",
         {("Guinea", "join", "Community_of_Sahel-Saharan_States", "occurred"),
          ("Comoros", "join", "Community_of_Sahel-Saharan_States", "occurred")}),
        ("وزار الوزير مدينتين هما طرابلس وبنغازي.", set()),  # no actor named: nothing
    ],
)
def test_names_after_an_apposition_pronoun(triples, text, expected):
    assert {t for t in triples(text, D) if t[1] in ("join", "visit")} == expected


def test_coordinated_subjects_agreeing_to_a_truce_agree_with_each_other(triples):
    got = triples("وأعلن الوسيط أن الجيش السوداني وقوات الدعم السريع وافقا على هدنة إنسانية.", D)
    assert {t for t in got if t[1] == "agree"} == {
        ("Sudanese_Armed_Forces", "agree", "Rapid_Support_Forces", "occurred")}


def test_one_subject_agreeing_to_a_truce_agrees_with_nobody(triples):
    assert not {t for t in triples("وأعلن الوسيط أن الجيش السوداني وافق على هدنة إنسانية.", D)
                if t[1] == "agree"}


def test_a_ceasefire_is_no_town(triples):
    got = triples("وقال ولي العهد إن المملكة تسعى إلى وقف إطلاق النار في السودان.", D)
    assert not {t for t in got if t[1] == "visit"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an envoy sent to a town, or to a person with a message, visits it
        ("وأوفدت موريتانيا وزير الدفاع حننا ولد سيدي إلى باماكو.",
         {("Hanena_Ould_Sidi", "visit", "Bamako", "occurred")}),
        ("وكانت نواكشوط قد أوفدت وزير دفاعها حننا ولد سيدي برسالة إلى الرئيس عاصمي غويتا.",
         {("Hanena_Ould_Sidi", "visit", "Assimi_Goïta", "occurred")}),
        # a person as sender: the envoy is the one the destination follows
        ("أوفد الرئيس عبد الرحمن تياني رئيس وزرائه علي الأمين زين إلى موسكو.",
         {("Ali_Lamine_Zeine", "visit", "Moscow", "occurred")}),
        # soldiers sent are no envoy
        ("أوفدت فرنسا ألف جندي إلى مالي.", set()),
    ],
)
def test_envoys_visit_where_they_are_sent(triples, text, expected):
    assert {t for t in triples(text, D) if t[1] == "visit"} == expected


def test_an_ambassador_titled_with_his_host_country_is_still_named(triples):
    # "لدى X": the country the title is accredited to, passed on the way to the name
    got = triples("واجتمع المشير خليفة حفتر مع السفير الأمريكي لدى ليبيا ريتشارد نورلاند.", D)
    assert {t for t in got if t[1] == "meet"} == {
        ("Khalifa_Haftar", "meet", "Richard_Norland", "occurred")}
    assert not {t for t in got if t[1] == "leads" and t[0] == "Richard_Norland"}
