"""Arabic round 3, on sentences written for these tests: an alliance founded by a signed
instrument, an organisation headed by the one named after "بقيادة"/"برئاسة"/"الذي يقوده", and a
capital attacked that is named as a city."""

from datetime import date

import pytest

D2024 = date(2024, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # signatories of an instrument founding an alliance ally each other and are its members
        ("وقعت النيجر وتشاد ومالي، أمس الخميس، في نيامي، اتفاقية لإنشاء تحالف دول الساحل.", {
            ("Niger", "ally", "Chad", "occurred"),
            ("Niger", "ally", "Mali", "occurred"),
            ("Chad", "ally", "Mali", "occurred"),
            ("Niger", "member_of", "Alliance_of_Sahel_States", "occurred"),
            ("Chad", "member_of", "Alliance_of_Sahel_States", "occurred"),
            ("Mali", "member_of", "Alliance_of_Sahel_States", "occurred"),
        }),
        # without an organisation named after the founding word the signing stays an agreement
        ("وقعت الجزائر وتونس مذكرة تفاهم في مجال الأمن.", {("Algeria", "agree", "Tunisia", "occurred")}),
    ],
)
def test_founded_alliance(triples, text: str, expected: set) -> None:
    assert triples(text, D2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتقدمت قوات الدعم السريع بقيادة محمد حمدان دقلو نحو الفاشر.", {
            ("Mohamed_Hamdan_Dagalo", "leads", "Rapid_Support_Forces", "occurred"),
        }),
        # a delegation headed so: its head and its country visit; the head leads no delegation
        ("وصل وفد نيجري برئاسة ساليفو مودي إلى طرابلس.",
         {("Salifou_Mody", "visit", "Tripoli", "occurred"), ("Niger", "visit", "Tripoli", "occurred")}),
    ],
)
def test_headed_organisation(triples, text: str, expected: set) -> None:
    assert triples(text, D2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت قوات حفتر هجوما على العاصمة طرابلس.",
         {("Libyan_National_Army", "fight", "Tripoli", "occurred")}),
        ("قصفت قوات حفتر مدينة طرابلس.", {("Libyan_National_Army", "fight", "Tripoli", "occurred")}),
        # a capital attacked is the city even when not named as one
        ("هاجمت قوات حفتر طرابلس.", {("Libyan_National_Army", "fight", "Tripoli", "occurred")}),
    ],
)
def test_capital_attacked_as_city(triples, text: str, expected: set) -> None:
    assert triples(text, D2024) == expected


def test_a_high_level_delegation_is_its_head_and_its_country(triples) -> None:
    """"رفيع المستوى" between the delegation and "برئاسة X" does not hide the head."""
    text = "وصل وفد نيجري رفيع المستوى برئاسة وزير الداخلية الجنرال محمد تومبا إلى مدينة بنغازي."
    assert triples(text, D2024) == {("Mohamed_Toumba", "visit", "Benghazi", "occurred"),
                              ("Niger", "visit", "Benghazi", "occurred")}
