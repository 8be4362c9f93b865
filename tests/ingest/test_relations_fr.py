"""French relation extraction on sentences written for these tests: subject-verb-object order
with auxiliaries ("a rencontré", "ont rejoint"), reflexive verbs ("s'est rendu à"), elided
articles ("l'armée", "l'Alliance"), passives with "par", titles with the nationality after them
("le président nigérien"), genitives ("la visite du président"), coordination, modality
("doit", "cherche à", "aurait"), negation ("ne ... pas", "a démenti"), dates, and sentences that
state no relation."""

from datetime import date

import pytest

PUBLISHED = date(2023, 3, 16)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # join: coordinated subjects with determiners, elided article before the object
        (
            "Le Mali et le Burkina Faso ont rejoint l'Alliance des États du Sahel.",
            {
                ("Mali", "join", "Alliance_of_Sahel_States", "occurred"),
                ("Burkina_Faso", "join", "Alliance_of_Sahel_States", "occurred"),
            },
        ),
        # arrest: the army (a gazetteer name), a number word and a force noun before the group
        (
            "L'armée tchadienne a arrêté douze combattants du FACT.",
            {("Chadian_National_Army", "arrest", "Front_for_Change_and_Concord_in_Chad", "occurred")},
        ),
        # meet: honorific, title with the nationality after it
        (
            "Le maréchal Khalifa Haftar a rencontré le président nigérien Mohamed Bazoum à Niamey.",
            {
                ("Khalifa_Haftar", "meet", "Mohamed_Bazoum", "occurred"),
                ("Mohamed_Bazoum", "leads", "Niger", "occurred"),
                ("Khalifa_Haftar", "visit", "Niamey", "occurred"),
            },
        ),
        # visit: reflexive verb with its auxiliary; negation around it
        (
            "Le président nigérien Mohamed Bazoum s'est rendu à Tripoli.",
            {
                ("Mohamed_Bazoum", "visit", "Tripoli", "occurred"),
                ("Mohamed_Bazoum", "leads", "Niger", "occurred"),
            },
        ),
        ("Haftar ne s'est pas rendu à Niamey.", {("Khalifa_Haftar", "visit", "Niamey", "denied")}),
        # passive with "par"
        (
            "Haftar a été reçu par Vladimir Poutine à Moscou.",
            {("Vladimir_Putin", "meet", "Khalifa_Haftar", "occurred"),
             ("Khalifa_Haftar", "visit", "Moscow", "occurred")},
        ),
        # an office without a name: the holder at the article date
        (
            "Le président malien doit se rendre à Moscou.",
            {
                ("Assimi_Goïta", "visit", "Moscow", "planned"),
            },
        ),
        # denial by a verb of the clause; an unconfirmed claim
        (
            "La Turquie a démenti avoir déployé des troupes en Libye.",
            {("Turkey", "deploy", "Libya", "denied")},
        ),
        (
            "Selon des sources, Wagner aurait déployé des mercenaires au Mali.",
            {("Wagner_Group", "deploy", "Mali", "reported")},
        ),
        ("La Russie soutient le maréchal Haftar.", {("Russia", "support", "Khalifa_Haftar", "occurred")}),
        # a verbal noun with its genitive: "la visite du président tchadien X à Benghazi"
        (
            "La visite du président tchadien Mahamat Idriss Déby à Benghazi a duré deux jours.",
            {
                ("Mahamat_Idriss_Déby", "visit", "Benghazi", "occurred"),
                ("Mahamat_Idriss_Déby", "leads", "Chad", "occurred"),
            },
        ),
        (
            "Le Niger cherche à renforcer sa coopération avec la Libye.",
            {("Niger", "cooperate", "Libya", "sought")},
        ),
        # kin in apposition
        (
            "Saddam Haftar, fils du maréchal Khalifa Haftar, s'est rendu à Bamako.",
            {
                ("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred"),
                ("Saddam_Haftar", "visit", "Bamako", "occurred"),
            },
        ),
        # a delegation speaks through its head
        (
            "Une délégation nigérienne conduite par le général Salifou Mody est arrivée à Benghazi.",
            {("Salifou_Mody", "visit", "Benghazi", "occurred"), ("Niger", "visit", "Benghazi", "occurred")},
        ),
        # member_of: the container first ("regroupe")
        (
            "L'AES regroupe le Mali, le Burkina Faso et le Niger.",
            {
                ("Mali", "member_of", "Alliance_of_Sahel_States", "occurred"),
                ("Burkina_Faso", "member_of", "Alliance_of_Sahel_States", "occurred"),
                ("Niger", "member_of", "Alliance_of_Sahel_States", "occurred"),
            },
        ),
        # an agreement between coordinated countries binds every pair; a title with "de l'"
        (
            "Le Tchad et le Niger ont signé un accord de coopération militaire.",
            {("Chad", "agree", "Niger", "occurred"), ("Chad", "cooperate", "Niger", "occurred")},
        ),
        (
            "Les ministres des Affaires étrangères de la Libye, du Tchad et du Niger ont signé un accord.",
            {("Libya", "agree", "Chad", "occurred"), ("Libya", "agree", "Niger", "occurred"),
             ("Chad", "agree", "Niger", "occurred")},
        ),
        (
            "Le chef de l'ANL, Khalifa Haftar, a reçu à Benghazi le ministre italien de l'Intérieur "
            "Matteo Piantedosi.",
            {
                ("Khalifa_Haftar", "meet", "Matteo_Piantedosi", "occurred"),
                ("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred"),
                ("Matteo_Piantedosi", "visit", "Benghazi", "occurred"),
            },
        ),
        # fight: a multi-word verb phrase and "contre"
        (
            "L'armée nigérienne a lancé une offensive contre l'État islamique dans la région de Tillabéri.",
            {("Nigerien_Armed_Forces", "fight", "Islamic_State", "occurred")},
        ),
        # "the head of diplomacy" is a minister: he does not lead Russia
        (
            "M. Bazoum a reçu le chef de la diplomatie russe Sergueï Lavrov.",
            {("Mohamed_Bazoum", "meet", "Sergey_Lavrov", "occurred")},
        ),
        # no relation stated
        ("Il faisait chaud à Niamey mardi.", set()),
        ("L'Algérie a rejeté la présence de forces étrangères au Mali.", set()),
    ],
)
def test_french_relations(triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, "fr") == expected


def test_french_dates(relations_of) -> None:
    by_object = {r.object.id: (r.date, r.date_precision) for r in relations_of(
        "Le maréchal Haftar a rencontré Mohamed Bazoum le 14 mars 2023. "
        "Bazoum s'est rendu à Tripoli mardi dernier. Haftar se rendra à Moscou la semaine prochaine.",
        PUBLISHED, "fr")}
    assert by_object == {"Mohamed_Bazoum": ("2023-03-14", "day"), "Tripoli": ("2023-03-14", "day"),
                         "Moscow": ("2023-03", "month")}


def test_accents_and_case_do_not_matter(triples) -> None:
    assert triples("le mali et le burkina faso ont rejoint l'alliance des etats du sahel.", PUBLISHED,
                   "fr") == {("Mali", "join", "Alliance_of_Sahel_States", "occurred"),
                             ("Burkina_Faso", "join", "Alliance_of_Sahel_States", "occurred")}


def test_title_and_holder_without_country_lead_through_the_office_held(triples) -> None:
    # Bazoum is head of state of Niger in 2022, no longer in 2024
    text = "Le président Mohamed Bazoum a reçu le maréchal Khalifa Haftar."
    assert ("Mohamed_Bazoum", "leads", "Niger", "occurred") in triples(text, date(2022, 5, 3), "fr")
    assert not any(t[1] == "leads" for t in triples(text, date(2024, 5, 3), "fr"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La France est intervenue militairement au Mali.", {("France", "deploy", "Mali", "occurred")}),
        ("Le Tchad a condamné l'Union africaine.", {("Chad", "reject", "African_Union", "occurred")}),
        ("La Russie a livré des armes au Mali.", {("Russia", "support", "Mali", "occurred")}),
        # "où" is no coordination: the host named after it is not visited
        ("Haftar s'est rendu à Niamey, où Mohamed Bazoum l'a accueilli.",
         {("Khalifa_Haftar", "visit", "Niamey", "occurred"),
          ("Mohamed_Bazoum", "meet", "Khalifa_Haftar", "occurred")}),
    ],
)
def test_more_french_verbs(triples, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert {t for t in triples(text, date(2013, 1, 12), "fr") if t[1] != "leads"} == expected
