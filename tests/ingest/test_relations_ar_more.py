"""More Arabic constructions, on sentences written for these tests: verbs of condemnation, a
nationality adjective on the thing rejected, stationing and entering, detention, clashes,
kinship through a title, and titles that do not make their holder lead a country."""

from datetime import date

import pytest

D2024 = date(2024, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reject: أدان / ندد ب / رفض; "التدخل الفرنسي" names the country behind it
        ("أدانت الجزائر التدخل الفرنسي في مالي.", {("Algeria", "reject", "France", "occurred")}),
        ("ندد الاتحاد الأفريقي بالتدخل التركي.", {("African_Union", "reject", "Turkey", "occurred")}),
        (
            "رفض رئيس المجلس الرئاسي محمد المنفي الخطوة الروسية.",
            {
                ("Mohamed_al-Menfi", "reject", "Russia", "occurred"),
                ("Mohamed_al-Menfi", "leads", "Presidential_Council_of_Libya", "occurred"),
            },
        ),
        # deploy: تمركز, دخل (a force entering a place)
        ("تمركزت قوات فاغنر في مدينة تمبكتو.", {("Wagner_Group", "deploy", "Timbuktu", "occurred")}),
        (
            "دخلت قوات الجيش الوطني الليبي مدينة سبها.",
            {("Libyan_National_Army", "deploy", "Sabha", "occurred")},
        ),
        # arrest: احتجز
        (
            "احتجزت قوات الجيش النيجري الرئيس محمد بازوم.",
            {("Nigerien_Armed_Forces", "arrest", "Mohamed_Bazoum", "occurred"),
             ("Mohamed_Bazoum", "leads", "Niger", "occurred")},
        ),
        # fight: اشتبك مع
        (
            "اشتبكت قوات الدعم السريع مع الجيش السوداني في الخرطوم.",
            {("Rapid_Support_Forces", "fight", "Sudanese_Armed_Forces", "occurred")},
        ),
    ],
)
def test_more_trigger_families(triples, text: str, expected: set) -> None:
    assert triples(text, D2024) == expected


def test_kin_through_a_title_chain(triples) -> None:
    assert triples("استقبل المنفي صدام حفتر، نجل القائد العام المشير خليفة حفتر.", D2024) == {
        ("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred"),
    }


def test_prime_minister_does_not_lead_the_country(triples) -> None:
    assert triples("التقى الرئيس التشادي محمد إدريس ديبي رئيس الوزراء النيجري علي الأمين زين.", D2024) == {
        ("Mahamat_Idriss_Déby", "leads", "Chad", "occurred"),
        ("Mahamat_Idriss_Déby", "meet", "Ali_Lamine_Zeine", "occurred"),
    }


def test_coordinated_title_is_another_person(triples) -> None:
    assert triples("وصل الدبيبة ورئيس وزراء النيجر علي الأمين زين إلى طرابلس.", D2024) == {
        ("Abdul_Hamid_Dbeibah", "visit", "Tripoli", "occurred"),
        ("Ali_Lamine_Zeine", "visit", "Tripoli", "occurred"),
    }


def test_president_of_a_country_is_its_head_of_state_after_its_prime_minister(triples) -> None:
    text = "وصل رئيس وزراء النيجر علي الأمين زين إلى طرابلس. ونقل زين دعوة من رئيس النيجر إلى الدبيبة."
    found = triples(text, D2024)
    assert ("Abdourahamane_Tchiani", "invite", "Ali_Lamine_Zeine", "occurred") in found
    assert not any(s == "Ali_Lamine_Zeine" and r == "invite" for s, r, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "مسلحون من جماعة X" are X's fighters; "موقعا للجيش" is a post of the army
        (
            "هاجم مسلحون من جماعة نصرة الإسلام والمسلمين موقعا للجيش المالي.",
            {("Jama_at_Nasr_al-Islam_wal-Muslimin", "fight", "Malian_Armed_Forces", "occurred")},
        ),
        (
            "شنت قوات فاغنر غارة على مواقع جماعة نصرة الإسلام والمسلمين.",
            {("Wagner_Group", "fight", "Jama_at_Nasr_al-Islam_wal-Muslimin", "occurred")},
        ),
        # "من" before a country is where forces come from, not whose they are
        ("وصلت قوات من تشاد إلى النيجر.", set()),
    ],
)
def test_force_and_post_nouns_stand_for_their_party(triples, text: str, expected: set) -> None:
    assert triples(text, D2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an invitation "لزيارة X" asks for a visit: none has happened
        (
            "نقل المبعوث للدبيبة دعوة من رئيس النيجر لزيارة نيامي.",
            {
                ("Abdourahamane_Tchiani", "invite", "Abdul_Hamid_Dbeibah", "occurred"),
            },
        ),
        # a force that arrives somewhere is deployed there; a person who arrives visits
        ("وصلت قوات فاغنر إلى مدينة تمبكتو.", {("Wagner_Group", "deploy", "Timbuktu", "occurred")}),
        ("وصل حفتر إلى نيامي.", {("Khalifa_Haftar", "visit", "Niamey", "occurred")}),
        # "وحدات من الجيش التركي": the army's units act, not the president who announced it
        (
            "أعلن الرئيس التركي رجب طيب أردوغان أن وحدات من الجيش التركي بدأت التوجه إلى ليبيا.",
            {
                ("Recep_Tayyip_Erdoğan", "leads", "Turkey", "occurred"),
                ("Turkish_Armed_Forces", "deploy", "Libya", "occurred"),
                ("Turkey", "deploy", "Libya", "occurred"),  # a national army abroad: its country too
            },
        ),
    ],
)
def test_invitations_and_moving_forces(triples, text: str, expected: set) -> None:
    assert triples(text, D2024) == expected
