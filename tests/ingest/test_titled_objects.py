"""People named with their titles where outlets dress them up: a word between the determiner and
the title ("the coup general Khalifa Haftar"), a name in quotes after its honorific, a second
titled person joined to the first ("وأمين مجلس الأمن الروسي"), the men of a force in quotes
("وجود قوات "فاغنر""), and the head of something of a country, who is not its leader ("le chef du
département militaire du Niger")."""

from datetime import date

import pytest

PUBLISHED = date(2024, 6, 1)
HAFTAR_LEADS_LNA = ("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Dagvin Anderson met in Benghazi with the coup general Khalifa Haftar.", "en",
         {("Dagvin_Anderson", "meet", "Khalifa_Haftar", "occurred"),
          ("Dagvin_Anderson", "visit", "Benghazi", "occurred")}),
        # the quote opened before the name is never closed; the apposition still ends at its comma
        ('التقى الفريق أول "خليفة حفتر، القائد العام للجيش الليبي، بوزير الدفاع الروسي سيرغي شويغو '
         'في موسكو.', "ar",
         {HAFTAR_LEADS_LNA, ("Khalifa_Haftar", "meet", "Sergei_Shoigu", "occurred"),
          ("Khalifa_Haftar", "visit", "Moscow", "occurred")}),
        # "أمين مجلس الأمن الروسي" is a title: Russia's security council is no UN body, and the
        # second person is met too
        ("التقى حفتر بوزير الدفاع الروسي سيرغي شويغو وأمين مجلس الأمن الروسي نيكولاي باتروشيف.", "ar",
         {("Khalifa_Haftar", "meet", "Sergei_Shoigu", "occurred"),
          ("Khalifa_Haftar", "meet", "Nikolai_Patrushev", "occurred")}),
    ],
)
def test_titled_people_dressed_up(triples, text: str, lang: str,
                                  expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


def test_a_word_after_a_place_is_no_modifier_of_the_title(triples) -> None:
    """"au palais présidentiel le général X": the adjective belongs to the palace."""
    assert triples("Mahamat Idriss Déby a reçu au palais présidentiel le général Saddam Haftar.",
                   PUBLISHED, "fr") == {("Mahamat_Idriss_Déby", "meet", "Saddam_Haftar", "occurred")}


@pytest.mark.parametrize(
    "text",
    ['نفى الجيش الليبي وجود قوات "فاغنر" في سرت.', "نفى الجيش الليبي وجود مرتزقة فاغنر في سرت."],
)
def test_the_force_present_is_the_one_named_after_its_men(triples, text: str) -> None:
    """The presence denied is the force's, not the denier's."""
    assert triples(text, PUBLISHED, "ar") == {("Wagner_Group", "deploy", "Sirte", "denied")}


def test_the_head_of_a_department_of_a_country_is_not_its_leader(triples) -> None:
    assert triples("Andreï Belooussov a eu des entretiens avec le chef du département militaire du "
                   "Niger.", PUBLISHED, "fr") == set()
    # the head of the junta is the country's leader, the one who meets
    assert triples("Le chef de la junte du Niger a reçu Andreï Belooussov.", PUBLISHED, "fr") == {
        ("Abdourahamane_Tchiani", "meet", "Andrey_Belousov", "occurred")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("تسيطر قوات الدعم السريع على مدينة الفاشر.", "ar", ("Rapid_Support_Forces", "El_Fasher")),
        ("وسيطر الجيش الوطني الليبي على مرزق.", "ar", ("Libyan_National_Army", "Murzuq")),
        # a crossing the gazetteer lacks, located in a town it knows
        ("قوات حفتر تسيطر على معبر أيسين الحدودي في مدينة غات.", "ar", ("Libyan_National_Army", "Ghat")),
        ("La Force spéciale de dissuasion, qui contrôle l'aéroport de Mitiga, a arrêté un commandant.",
         "fr", ("Special_Deterrence_Force", "Mitiga_International_Airport")),
        ("Les rebelles du FLA ont pris le contrôle de Kidal.", "fr", ("Azawad_Liberation_Front", "Kidal")),
        ("The Rapid Support Forces took control of El Fasher.", "en", ("Rapid_Support_Forces", "El_Fasher")),
        ("The RSF controls El Fasher.", "en", ("Rapid_Support_Forces", "El_Fasher")),
    ],
)
def test_a_place_controlled_is_where_the_force_is_deployed(triples, text: str, lang: str,
                                                            expected: tuple[str, str]) -> None:
    force, place = expected
    assert triples(text, PUBLISHED, lang) == {(force, "deploy", place, "occurred")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [("هاجمت مليشيات حفتر مدينة غريان.", "ar"), ("Haftar's militias attacked Gharyan.", "en")],
)
def test_a_person_s_militias_are_no_unnamed_side(triples, text: str, lang: str) -> None:
    """The militias of a named man are his men, not "Militias (Libya)" fighting him."""
    assert not {x for x in triples(text, PUBLISHED, lang) if "Militias_Libya" in x}


@pytest.mark.parametrize(
    "text",
    ["سحب الجيش الأمريكي قواته من القاعدة العسكرية الواقعة قرب مدينة أغاديز.",
     "سحب الجيش الأمريكي قواته من القاعدة العسكرية في أغاديز."],
)
def test_forces_withdrawn_from_a_base_near_a_town_were_deployed_there(triples, text: str) -> None:
    assert triples(text, PUBLISHED, "ar") == {("United_States", "deploy", "Agadez", "occurred")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Accueilli à l'aéroport par le ministre de l'Intérieur, le général Mohamed Toumba, Saddam "
         "Haftar a remis un message.", "fr"),
        ("Welcomed at the airport by Mohamed Toumba, Saddam Haftar delivered a message.", "en"),
    ],
)
def test_a_fronted_participle_and_its_agent(triples, text: str, lang: str) -> None:
    """The agent of a participle opening the sentence acts on the actor after its phrase."""
    assert triples(text, PUBLISHED, lang) == {("Mohamed_Toumba", "meet", "Saddam_Haftar", "occurred")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Khalifa Haftar held discussions with Vladimir Putin.", "en",
         {("Khalifa_Haftar", "meet", "Vladimir_Putin", "occurred")}),
        ("Des pourparlers entre le Mali et l'Algérie ont eu lieu.", "fr",
         {("Mali", "meet", "Algeria", "occurred")}),
    ],
)
def test_discussions_are_meetings(triples, text: str, lang: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le général Bruno Baratz est le nouveau commandant de la force Barkhane.", "fr",
         ("Bruno_Baratz", "leads", "Operation_Barkhane", "occurred")),
        ("Le général Bruno Baratz a été nommé commandant de la force Barkhane.", "fr",
         ("Bruno_Baratz", "leads", "Operation_Barkhane", "occurred")),
        ("General Daouda Traoré has been appointed as commander of the Malian army.", "en",
         ("Daouda_Traoré", "leads", "Malian_Armed_Forces", "occurred")),
    ],
)
def test_a_person_given_a_title_leads_its_body(triples, text: str, lang: str, expected: tuple) -> None:
    """"X est le nouveau commandant de Y", "X has been appointed as commander of Y": X leads Y."""
    assert expected in triples(text, PUBLISHED, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bruno Baratz visited the commander of Barkhane.", "en"),
        ("Bruno Baratz a rencontré le commandant de la force Barkhane.", "fr"),
    ],
)
def test_a_person_who_meets_a_title_holder_does_not_lead_the_body(triples, text: str, lang: str) -> None:
    assert not {x for x in triples(text, PUBLISHED, lang) if x[1] == "leads"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The last French troops left Mali on Monday.", "en", {("France", "deploy", "Mali", "occurred")}),
        ("Wagner fighters left Libya.", "en", {("Wagner_Group", "deploy", "Libya", "occurred")}),
        ("Les derniers soldats français ont quitté le Mali lundi.", "fr",
         {("France", "deploy", "Mali", "occurred")}),
        ("غادرت القوات الفرنسية مالي.", "ar", {("France", "deploy", "Mali", "occurred")}),
        # a person is no force: leaving a town abroad he visited it, leaving his own nothing
        ("Khalifa Haftar left Niamey on Monday.", "en", {("Khalifa_Haftar", "visit", "Niamey", "occurred")}),
        ("Mohamed Bazoum a quitté Niamey.", "fr", set()),
        ("غادر حفتر بنغازي.", "ar", set()),
    ],
)
def test_forces_that_leave_a_place_were_deployed_there(triples, text: str, lang: str, expected: set) -> None:
    """Troops leaving a country named as the verb's object were deployed in it; a person
    leaving a town is no force (tests/ingest/test_events_placed.py: the traveller's visit)."""
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Wagner was deployed to Mali.", "en"), ("Le groupe Wagner a été déployé au Mali.", "fr")],
)
def test_a_named_force_deployed_in_the_passive_deploys(triples, text: str, lang: str) -> None:
    assert triples(text, PUBLISHED, lang) == {("Wagner_Group", "deploy", "Mali", "occurred")}


def test_a_force_of_an_army_after_an_attack_verb_is_the_army(triples) -> None:
    assert triples("هاجمت جماعة نصرة الإسلام والمسلمين قوة من الجيش المالي.", PUBLISHED, "ar") == {
        ("Jama_at_Nasr_al-Islam_wal-Muslimin", "fight", "Malian_Armed_Forces", "occurred")}


def test_counted_troops_of_two_nationalities_are_both_fought(triples) -> None:
    assert triples("Islamic State militants killed four American soldiers and four Nigerien soldiers.",
                   PUBLISHED, "en") == {("Islamic_State", "fight", "United_States", "occurred"),
                                        ("Islamic_State", "fight", "Nigerien_Armed_Forces", "occurred")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وحضر القمة رؤساء كل من مالي أسيمي غويتا والنيجر عبد الرحمن تياني.", "ar"),
        ("The summit brought together the presidents of Mali, Assimi Goïta, and Niger, "
         "Abdourahamane Tchiani.", "en"),
    ],
)
def test_heads_listed_each_after_his_country_lead_it(triples, text: str, lang: str) -> None:
    leads = {x for x in triples(text, PUBLISHED, lang) if x[1] == "leads"}
    assert leads == {("Assimi_Goïta", "leads", "Mali", "occurred"),
                     ("Abdourahamane_Tchiani", "leads", "Niger", "occurred")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ibrahim Traoré est arrivé à Bamako, accompagné du colonel-major Kassoum Coulibaly.", "fr",
         {("Ibrahim_Traoré", "visit", "Bamako", "occurred"),
          ("Kassoum_Coulibaly", "visit", "Bamako", "occurred")}),
        ("Assimi Goïta a rencontré pour la première fois Vladimir Poutine.", "fr",
         {("Assimi_Goïta", "meet", "Vladimir_Putin", "occurred")}),
        ("Goita met for the first time with Putin.", "en",
         {("Assimi_Goïta", "meet", "Vladimir_Putin", "occurred")}),
        ("التقى حفتر لأول مرة بفلاديمير بوتين.", "ar",
         {("Khalifa_Haftar", "meet", "Vladimir_Putin", "occurred")}),
        ("Lors d'une conférence de presse conjointe avec Vladimir Poutine, Assimi Goïta a salué les "
         "relations.", "fr", {("Assimi_Goïta", "meet", "Vladimir_Putin", "occurred")}),
    ],
)
def test_companions_first_times_and_joint_press_conferences(triples, text: str, lang: str,
                                                            expected: set) -> None:
    """"accompagné du X": X does what the actor does; "for the first time" stands between a
    verb and its object; a joint press conference is a meeting."""
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ('وقالت الصحيفة إن 1200 عنصر مسلح من "فاغنر" غادروا ليبيا في اتجاه أوكرانيا.', "ar",
         {("Wagner_Group", "deploy", "Libya", "occurred"),
          ("Wagner_Group", "deploy", "Ukraine", "occurred")}),
        ("Les soldats français ont quitté le Mali pour le Niger.", "fr",
         {("France", "deploy", "Mali", "occurred"), ("France", "deploy", "Niger", "occurred")}),
        ("French troops left Mali for good.", "en", {("France", "deploy", "Mali", "occurred")}),
    ],
)
def test_forces_leaving_for_another_place_are_deployed_there_too(triples, text: str, lang: str,
                                                                 expected: set) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The cooperation between the Nigerien and American armed forces was effective.", "en",
         {("Niger", "cooperate", "United_States", "occurred")}),
        ("La coopération entre les forces nigériennes et américaines a été efficace.", "fr",
         {("Niger", "cooperate", "United_States", "occurred")}),
    ],
)
def test_two_nationalities_on_one_noun_are_two_parties(triples, text: str, lang: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niger's new leaders, who ousted president Mohamed Bazoum on July 26, demanded the removal of "
         "American and French troops.",
         {("Niger", "reject", "United_States", "occurred"), ("Niger", "reject", "France", "occurred")}),
        ("The new leaders, who ousted Mohamed Bazoum, visited Bamako.", set()),
    ],
)
def test_the_subject_before_a_relative_clause_is_not_a_name_inside_it(triples, text: str,
                                                                      expected: set) -> None:
    assert {x for x in triples(text, PUBLISHED, "en") if x[1] != "leads"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("زار حفتر نيامي والتقى بازوم.", {("Khalifa_Haftar", "visit", "Niamey", "occurred"),
                                          ("Khalifa_Haftar", "meet", "Mohamed_Bazoum", "occurred")}),
        ("زار الدبيبة النيجر والتقى الرئيس عبد الرحمن تياني.",
         {("Abdul_Hamid_Dbeibah", "visit", "Niger", "occurred"),
          ("Abdul_Hamid_Dbeibah", "meet", "Abdourahamane_Tchiani", "occurred")}),
    ],
)
def test_a_verb_joined_by_wa_shares_the_subject_of_the_verb_before(triples, text: str, expected: set) -> None:
    """"والتقى X" after "زار Y Z": Y meets X; the place Z before the verb is not its subject."""
    assert {x for x in triples(text, PUBLISHED, "ar") if x[1] != "leads"} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("L'armée algérienne a abattu un drone malien.", "fr",
         {("Algerian_People_s_National_Army", "fight", "Malian_Armed_Forces", "occurred")}),
        ("The Algerian army shot down a Malian drone.", "en",
         {("Algerian_People_s_National_Army", "fight", "Malian_Armed_Forces", "occurred")}),
        ("Cette décision fait suite à la destruction d'un drone malien par l'armée algérienne.", "fr",
         {("Algerian_People_s_National_Army", "fight", "Malian_Armed_Forces", "occurred")}),
        ("Les forces armées du Burkina Faso et du Mali ont mené des opérations conjointes.", "fr",
         {("Armed_Forces_of_Burkina_Faso", "cooperate", "Malian_Armed_Forces", "occurred")}),
        ("أطلقت مالي والنيجر قوة مشتركة لحماية الحدود.", "ar", {("Mali", "cooperate", "Niger", "occurred")}),
    ],
)
def test_machines_of_an_army_and_armies_that_act_jointly(triples, text: str, lang: str,
                                                         expected: set) -> None:
    """A drone or a warplane of a nationality is its army's; a country joined to an army's own
    country stands for its army; a joint undertaking of countries or armies is cooperation."""
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The operation has pushed Haftar's forces out of the suburbs, backed by Turkish drones.", set()),
        ("The GNA's operation, backed by Turkey, pushed the LNA out.",
         {("Turkey", "support", "Government_of_National_Accord", "occurred"),
          ("Government_of_National_Accord", "fight", "Libyan_National_Army", "occurred")}),
    ],
)
def test_a_participle_after_a_comma_qualifies_what_ends_right_before_it(triples, text: str,
                                                                        expected: set) -> None:
    assert triples(text, PUBLISHED, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The alliance is a mutual defense pact concluded between Burkina Faso, Mali, and Niger.", "en",
         {("Burkina_Faso", "ally", "Mali", "occurred"), ("Burkina_Faso", "ally", "Niger", "occurred"),
          ("Mali", "ally", "Niger", "occurred")}),
        ("FACT has a non-aggression pact with Khalifa Haftar.", "en",
         {("Front_for_Change_and_Concord_in_Chad", "agree", "Khalifa_Haftar", "occurred")}),
        ("Le FACT a conclu un pacte de non-agression avec Khalifa Haftar.", "fr",
         {("Front_for_Change_and_Concord_in_Chad", "agree", "Khalifa_Haftar", "occurred")}),
    ],
)
def test_pacts_between_a_list_and_non_aggression_pacts(triples, text: str, lang: str, expected: set) -> None:
    """A pact "between" three countries binds each two; a non-aggression pact is an agreement,
    not an alliance."""
    assert triples(text, PUBLISHED, lang) == expected
