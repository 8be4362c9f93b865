"""Arabic deployments read beyond a deploy verb, on sentences written for these tests: a
nationality adjective on a presence noun, withdrawal of forces as their prior deployment, a
national army's country deployed with it, and "البلاد" as the country the article is about."""

from datetime import date

import pytest

D2024 = date(2024, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality adjective on a presence noun names who is present
        ("وجاء الوجود الفرنسي في النيجر بعد سنوات.", {("France", "deploy", "Niger", "occurred")}),
        ("انتقد الرئيس الجزائري عبد المجيد تبون الانتشار الروسي في مالي.", {
            ("Abdelmadjid_Tebboune", "leads", "Algeria", "occurred"),
            ("Russia", "deploy", "Mali", "occurred"),
        }),
        # another adjective may stand between the noun and the nationality
        ("بعد تسع سنوات من الانتشار العسكري الفرنسي في مالي.", {("France", "deploy", "Mali", "occurred")}),
        ("رفضت الجزائر التدخل العسكري التركي في ليبيا.", {("Algeria", "reject", "Turkey", "occurred")}),
        # a presence rejected states who is present, not where
        ("رفضت الجزائر الوجود الفرنسي.", {("Algeria", "reject", "France", "occurred")}),
        # a foreign presence is abroad: a place in the adjective's own country is no deployment
        ("ويستند الانتشار التركي إلى اتفاقية وقعها الطرفان في إسطنبول.", set()),
    ],
)
def test_presence_named_by_nationality(triples, text: str, expected: set) -> None:
    assert triples(text, D2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سحبت فرنسا قواتها من مالي.", {("France", "deploy", "Mali", "occurred")}),
        ("أعلنت فرنسا سحب قواتها من مالي.", {("France", "deploy", "Mali", "occurred")}),
        ("أكد المتحدث انسحاب القوات الفرنسية من مالي.", {("France", "deploy", "Mali", "occurred")}),
        # the troops' nationality names who withdraws them; the preparation is planned
        (
            "تستعد الولايات المتحدة لسحب نحو ألف جندي أمريكي من النيجر.",
            {("United_States", "deploy", "Niger", "planned")},
        ),
        # named forces withdrawn: each was deployed there
        (
            "قرر ماكرون سحب قوة برخان والقوة الأوروبية تاكوبا من مالي.",
            {
                ("Operation_Barkhane", "deploy", "Mali", "occurred"),
                ("Task_Force_Takuba", "deploy", "Mali", "occurred"),
            },
        ),
        # what is withdrawn is no force: no deployment
        ("سحبت فرنسا سفيرها من مالي.", set()),
        ("أعلنت النيجر انسحابها من إيكواس.", set()),
        ("دعا عقيلة صالح جامعة الدول العربية إلى سحب اعترافها بحكومة الوفاق.", set()),
    ],
)
def test_withdrawal_states_the_prior_deployment(triples, text: str, expected: set) -> None:
    assert {x for x in triples(text, D2024) if x[1] == "deploy"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "بدأت وحدات من الجيش التركي التوجه إلى ليبيا.",
            {
                ("Turkish_Armed_Forces", "deploy", "Libya", "occurred"),
                ("Turkey", "deploy", "Libya", "occurred"),
            },
        ),
        (
            "تمركزت قوات الجيش التشادي في مدينة سبها.",
            {
                ("Chadian_National_Army", "deploy", "Sabha", "occurred"),
                ("Chad", "deploy", "Sabha", "occurred"),
            },
        ),
        # an army at home, or a force that is not a national army: no country added
        (
            "دخلت قوات الجيش الوطني الليبي مدينة سبها.",
            {("Libyan_National_Army", "deploy", "Sabha", "occurred")},
        ),
        ("تمركزت قوات فاغنر في مدينة تمبكتو.", {("Wagner_Group", "deploy", "Timbuktu", "occurred")}),
    ],
)
def test_national_army_deploys_its_country(triples, text: str, expected: set) -> None:
    assert triples(text, D2024) == expected


NIGER_STORY = (
    "احتجز الحرس الرئاسي في النيجر الرئيس محمد بازوم. وأعلن جيش النيجر دعمه للانقلاب في النيجر. "
    "وفرضت إيكواس عقوبات على النيجر. "
)


def test_the_country_is_the_one_the_article_is_about(triples) -> None:
    text = NIGER_STORY + "وقالت باريس إن نحو 1500 جندي فرنسي ما زالوا متمركزين في البلاد."
    assert ("France", "deploy", "Niger", "occurred") in triples(text, D2024)


def test_the_country_needs_one_clear_candidate(triples) -> None:
    # Niger and Mali named as often: "البلاد" stands for neither
    text = ("زار وفد من مالي النيجر. وفرضت إيكواس عقوبات على مالي والنيجر. "
            "وقالت باريس إن نحو 1500 جندي فرنسي ما زالوا متمركزين في البلاد.")
    assert not {x for x in triples(text, D2024) if x[1] == "deploy"}


def test_the_country_only_where_something_is(relations_of) -> None:
    # "أنحاء البلاد" is no place of presence and no actor: the possessive still refers to the US,
    # and the bare "الحكومة" of a story about Niger is Niger's
    text = NIGER_STORY + "وأكدت الولايات المتحدة دعمها للحكومة في جميع أنحاء البلاد."
    rels = relations_of(text, D2024)
    assert [(r.subject.id, r.object.id, r.evidence.sentence.endswith("للحكومة في جميع أنحاء البلاد."))
            for r in rels if r.relation == "support"] == [("United_States", "Niger", True)]
    assert not any(r.relation == "deploy" and r.evidence.sentence.endswith("أنحاء البلاد.") for r in rels)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent of a verbal noun named in the clause after it, not the clause's actor
        (
            "أدانت مصر الهجوم الذي تشنه قوات الجيش الوطني الليبي على مدينة سبها.",
            {("Libyan_National_Army", "fight", "Sabha", "occurred")},
        ),
        # an indefinite noun takes its relative clause without a pronoun
        (
            "قتل عشرة جنود في هجوم شنه مسلحون من تنظيم داعش على موقع للجيش النيجري.",
            {("Islamic_State", "fight", "Nigerien_Armed_Forces", "occurred")},
        ),
        # unknown gunmen are an unnamed side scoped by the town attacked, not the judging country
        ("أدانت مصر الهجوم الذي نفذه مسلحون مجهولون على مدينة سبها.",
         {("Unidentified_Armed_Group_Libya", "fight", "Sabha", "occurred")}),
    ],
)
def test_agent_of_a_noun_in_a_clause_after_it(triples, text: str, expected: set) -> None:
    assert {x for x in triples(text, D2024) if x[1] == "fight"} == expected
