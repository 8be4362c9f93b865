"""Allegiance pledged to a group joins it ("Boko Haram pledged allegiance to the Islamic State",
"a prêté allégeance à", "بايعت"); a state's force or a private military company active or
operating somewhere is deployed there ("Wagner fighters remained active in eastern Libya",
"وتنشط مرتزقة فاغنر في سرت"), an insurgency active on its own ground is not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Facts = Callable[..., set[tuple[str, str, str]]]
WHEN = date(2020, 1, 1)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Boko Haram has pledged allegiance to the Islamic State group.",
         {("Boko_Haram", "join", "Islamic_State")}),
        ("fr", "Boko Haram a prêté allégeance à l'État islamique.",
         {("Boko_Haram", "join", "Islamic_State")}),
        ("ar", "بايعت بوكو حرام تنظيم الدولة الإسلامية.", {("Boko_Haram", "join", "Islamic_State")}),
        ("en", "Experts say Wagner fighters have since remained active in eastern Libya.",
         {("Wagner_Group", "deploy", "Libya")}),
        ("ar", "وتنشط مرتزقة فاغنر الروسية منذ أبريل 2019 في مدينتي سرت والجفرة.",
         {("Wagner_Group", "deploy", "Sirte"), ("Wagner_Group", "deploy", "Jufra")}),
        ("en", "French special forces are operating in northern Mali.", {("France", "deploy", "Mali")}),
        # an insurgency active where it fights is not deployed there
        ("en", "Islamic State has been active in Libya since the uprising.", set()),
        ("ar", "وينشط تنظيم داعش في منطقة تيلابيري.", set()),
        # no force: nothing
        ("en", "Activists operating in Tripoli said the vote was postponed.", set()),
        # the Libyan National Army by a spelling the press uses, with its commander
        ("en", "Haftar's Libya National Army (LNA) faction attacked Tripoli.",
         {("Khalifa_Haftar", "leads", "Libyan_National_Army"), ("Libyan_National_Army", "fight", "Tripoli")}),
    ],
)
def test_allegiance_and_activity(facts: Facts, lang: str, text: str,
                                 expected: set[tuple[str, str, str]]) -> None:
    assert facts(text, WHEN, lang=lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a stay in a country is a visit; "séjourne" is no name of Stéphane Séjourné
        ("fr", "Le président Ghazouani séjourne en France depuis mardi soir, pour une visite "
               "de travail.",
         {("Mohamed_Ould_Ghazouani", "visit", "France"), ("Mohamed_Ould_Ghazouani", "leads", "Mauritania")}),
        # holding a body's (rotating) presidency leads it
        ("fr", "Mohamed Ould Ghazouani assure la présidence tournante de l'Union africaine.",
         {("Mohamed_Ould_Ghazouani", "leads", "African_Union")}),
        ("en", "Mauritania's Mohamed Ould Ghazouani holds the rotating presidency of the African Union.",
         {("Mohamed_Ould_Ghazouani", "leads", "African_Union")}),
        # a force implanted somewhere is present there; a government based somewhere is not deployed
        ("fr", "Le FACT est implanté en Libye.",
         {("Front_for_Change_and_Concord_in_Chad", "deploy", "Libya")}),
        ("fr", "Le gouvernement basé à Tripoli a protesté.", set()),
    ],
)
def test_stays_presidencies_and_bases(facts: Facts, lang: str, text: str,
                                      expected: set[tuple[str, str, str]]) -> None:
    assert facts(text, WHEN, lang=lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a country's troops trained or armed are its armed forces
        ("en", "Russian instructors are training Malian soldiers.",
         {("Russia", "support", "Malian_Armed_Forces")}),
        ("en", "US troops have trained Niger's forces for years.",
         {("United_States", "support", "Nigerien_Armed_Forces")}),
        ("en", "Russia trains the forces of Mali.", {("Russia", "support", "Malian_Armed_Forces")}),
        # the country itself, its mercenaries, and a country's own troops stay as they are
        ("en", "Russia supports Mali.", {("Russia", "support", "Mali")}),
        ("en", "Moscow deployed the jets to provide support for Russian mercenaries.", set()),
    ],
)
def test_troops_supported_are_the_army(facts: Facts, lang: str, text: str,
                                       expected: set[tuple[str, str, str]]) -> None:
    found = {(s, r, o) for s, r, o in facts(text, WHEN, lang=lang) if r == "support"}
    assert found == expected


def test_troops_of_a_country_with_rival_governments_stay_the_country(facts: Facts) -> None:
    # Libya's governments sit in Tripoli and in the east: "Libyan troops" are no one army
    text = "Turkey is training Libyan troops in Misrata."
    found = facts(text, WHEN, lang="en")
    assert found == {("Turkey", "support", "Libya")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # no one visits his own country; the guest does
        ("ar", "التقى الدبيبة وزير الداخلية التونسي خالد النوري الذي يؤدي زيارة رسمية إلى ليبيا.",
         {("Abdul_Hamid_Dbeibah", "meet", "Khaled_Nouri")}),
        # a town of one's own country is visited
        ("fr", "Le président Mohamed Bazoum a effectué une visite à Tillabéri.",
         {("Mohamed_Bazoum", "visit", "Tillabéri"), ("Mohamed_Bazoum", "leads", "Niger")}),
    ],
)
def test_no_one_visits_his_own_country(facts: Facts, lang: str, text: str,
                                       expected: set[tuple[str, str, str]]) -> None:
    assert facts(text, date(2021, 6, 1), lang=lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a host of a country's troops or base: that country is deployed there, no meeting
        ("en", "Niger hosts French troops and a US drone base.",
         {("France", "deploy", "Niger"), ("United_States", "deploy", "Niger")}),
        ("fr", "Le Niger accueille des soldats français.", {("France", "deploy", "Niger")}),
        ("ar", "بنين تستضيف جنوداً فرنسيين وبلجيكيين.",
         {("France", "deploy", "Benin"), ("Belgium", "deploy", "Benin")}),
        # a delegation hosted is met; a summit hosted is no meeting
        ("en", "Niger hosted a delegation from Mali.", {("Niger", "meet", "Mali")}),
        ("fr", "Le Niger accueille une délégation malienne.", {("Niger", "meet", "Mali")}),
        ("ar", "على أن تستضيف تشاد القمة المقبلة للمجموعة.", set()),
    ],
)
def test_hosted_troops(facts: Facts, lang: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert facts(text, date(2023, 1, 1), lang=lang) == expected
