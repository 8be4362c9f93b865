"""Arabic constructions read from real news: sentences written for these tests (no article text),
each pinned to the exact triples it gives."""

from __future__ import annotations

from datetime import date

import pytest

D = date(2024, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare title before a name: the one country its bearer has been head of state of
        ("أطاح ضباط من الجيش بالرئيس محمد بازوم في نيامي.",
         {("Mohamed_Bazoum", "leads", "Niger", "occurred")}),
        ("وقال الرئيس السابق محمدو يوسفو إن الوضع هادئ.",
         {("Mahamadou_Issoufou", "leads", "Niger", "occurred")}),
        ("انتقد الرئيس المخلوع، محمد بازوم، قرار الحكومة.",
         {("Mohamed_Bazoum", "leads", "Niger", "occurred")}),
    ],
)
def test_bare_presidential_title_leads_the_country_of_the_office(triples, text, expected):
    assert triples(text, D) == expected


def test_bare_title_before_a_name_without_a_head_of_state_office_gives_nothing(triples):
    # Haftar has held no head of state's office: "الرئيس" alone says nothing of what he leads
    assert triples("وقال الرئيس خليفة حفتر إن قواته مستعدة.", D) == set()


def test_relative_clause_after_a_demonym_names_the_leader_of_the_force(triples):
    assert triples("وانسحبت وحدات من قوات الدعم السريع السودانية التي يقودها محمد حمدان دقلو.", D) >= {
        ("Mohamed_Hamdan_Dagalo", "leads", "Rapid_Support_Forces", "occurred")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister the gazetteer now knows, under the spellings of the Mauritanian press
        ("استقبل حننا ولد سيدي وزير الدفاع الوطني في نواكشوط السفير الأمريكي.",
         {"Hanena_Ould_Sidi"}),
        ("اشتبك مسلحو التبو مع قبيلة الطوارق في أحد أحياء سبها.",
         {"Tebu_Ethnic_Militia_Libya", "Tuareg_Ethnic_Militia_Libya"}),
        ("هاجمت قوات المعارضة التشادية مواقع للجيش التشادي قرب الحدود.",
         {"Chadian_armed_opposition", "Chadian_National_Army"}),
    ],
)
def test_gazetteer_names_the_actors_of_the_region(extractor, text, expected):
    from sahelkg.records import Article

    doc = extractor.analyse(Article(id="t", text=text, published=D, lang="ar"))
    assert doc is not None
    assert expected <= {m.entity for ms in doc.mentions for m in ms if m.entity}


@pytest.mark.parametrize(
    "text",
    [
        "يتواجد مرتزقة فاغنر في ليبيا منذ سنوات.",
        "وتتواجد عناصر من فاغنر في ليبيا قرب الحقول النفطية.",
    ],
)
def test_presence_verbs_deploy_a_force_abroad(triples, text):
    assert ("Wagner_Group", "deploy", "Libya", "occurred") in triples(text, D)


def test_air_strikes_noun_fights_its_target(triples):
    assert triples("شن الجيش المصري ضربات جوية على مواقع تنظيم داعش في درنة.", D) == {
        ("Egyptian_Armed_Forces", "fight", "Islamic_State", "occurred")}


def test_fighting_between_two_sides(triples):
    assert ("Tebu_Ethnic_Militia_Libya", "fight", "Tuareg_Ethnic_Militia_Libya", "occurred") in triples(
        "تجدد الاقتتال بين مسلحي التبو ومسلحي الطوارق في سبها.", D)


def test_siding_with_an_army_is_support(triples):
    assert triples("وكانت بوركينا فاسو ومالي انحازتا إلى الجيش النيجري.", D) == {
        ("Burkina_Faso", "support", "Nigerien_Armed_Forces", "occurred"),
        ("Mali", "support", "Nigerien_Armed_Forces", "occurred")}


@pytest.mark.parametrize(
    "text",
    [
        # members named before the body they form, and the body "made up of" its members
        "رحبت مالي والنيجر وتشاد التي تشكل مجموعة دول الساحل الخمس بالقرار.",
        "وأعلنت مجموعة دول الساحل الخمس المكونة من مالي والنيجر وتشاد عن قوة مشتركة.",
    ],
)
def test_members_of_a_body_they_form_or_it_is_made_of(triples, text):
    # (the joint force of the second sentence is the members' cooperation: test_titled_objects.py)
    assert {x for x in triples(text, D) if x[1] == "member_of"} == {
        (country, "member_of", "G5_Sahel", "occurred") for country in ("Mali", "Niger", "Chad")}


def test_forming_a_threat_is_no_membership(triples):
    assert triples("وقالت الحكومة إن هذه العمليات تشكل تهديدا للأمن.", D) == set()


def test_ruled_a_country_is_leads(triples):
    assert ("Idriss_Déby", "leads", "Chad", "occurred") in triples(
        "ورحل إدريس ديبي الذي حكم تشاد ثلاثين عاما.", D)


def test_close_ally_of_a_country(triples):
    assert triples("واستقبل المسؤولون خليفة حفتر الحليف المقرب لمصر.", D) == {
        ("Khalifa_Haftar", "ally", "Egypt", "occurred")}


@pytest.mark.parametrize(
    "text",
    [
        # the complement clause opens with forces the gazetteer cannot name: they fight, not the speaker
        "وأكد حفتر أن الجيش يخوض معارك ضد تنظيم داعش في الجنوب.",
    ],
)
def test_speaker_is_not_the_agent_of_forces_in_the_complement_clause(triples, text):
    assert triples(text, D) == set()


def test_bare_armed_forces_are_those_of_the_country_where_they_fight(triples):
    # "القوات المسلحة" near Murzuq, before any country stands out in the article: Libya's (the LNA,
    # whose spokesman speaks), and still not the speaker
    text = "وأضاف أحمد المسماري أن القوات المسلحة تخوض مواجهات ضد المعارضة التشادية المسلحة قرب مرزق."
    assert triples(text, D) == {("Libyan_National_Army", "fight", "Chadian_armed_opposition", "occurred")}


def test_speaker_still_acts_when_the_clause_refers_back_to_it(triples):
    assert triples("وقال الجيش المصري إن الضربات الجوية التي وجهها ضد تنظيم داعش كانت دقيقة.", D) == {
        ("Egyptian_Armed_Forces", "fight", "Islamic_State", "occurred")}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # places inside the country named right after it, two of them under one dual place noun
        ("ويتواجد أغلب عناصر فاغنر في ليبيا في قاعدتي الجفرة وبراك الشاطئ.", {"Libya", "Jufra", "Brak"}),
        # a nationality adjective and a comma between the force and where it is
        ("وتنتشر مرتزقة فاغنر الروسية، في مدينتي سرت والجفرة منذ سنوات.", {"Sirte", "Jufra"}),
    ],
)
def test_presence_reaches_the_places_named_after_the_force(triples, text, places):
    assert {o for s, r, o, _ in triples(text, D) if s == "Wagner_Group" and r == "deploy"} == places


def test_presence_stops_at_a_phrase_that_is_no_place(triples):
    assert triples("وتوجد قوات فاغنر في ليبيا في ظل الحرب منذ سنوات.", D) == {
        ("Wagner_Group", "deploy", "Libya", "occurred")}


def test_leader_named_in_a_relative_clause_after_the_force(triples):
    assert ("Hassan_Abu_Zariba", "leads", "Stability_Support_Apparatus", "occurred") in triples(
        "واندلعت المواجهات مع جهاز الدعم والاستقرار الذي يقوده حسن أبوزريبة في الزاوية.", D)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title adjective and the nationality between the bare title and the name
        ("وأكد الرئيس الانتقالي المالي عاصيمي غويتا أن الحدود آمنة.",
         {("Assimi_Goïta", "leads", "Mali", "occurred")}),
        # and a military rank inside the name's mention
        ("وأكد الرئيس الانتقالي المالي العقيد آسيمي كويتا أن الحدود آمنة.",
         {("Assimi_Goïta", "leads", "Mali", "occurred")}),
    ],
)
def test_bare_title_with_nationality_and_rank_leads_the_country(triples, text, expected):
    assert triples(text, D) == expected


def test_nationality_of_another_country_gives_no_head_of_state(triples):
    # the nationality names Chad, the office Mali: the title is not the one Goïta holds
    assert ("Assimi_Goïta", "leads", "Mali", "occurred") not in triples(
        "وأكد الرئيس الانتقالي التشادي عاصيمي غويتا أن الحدود آمنة.", D)


def test_title_after_a_kin_noun_is_the_relative_s(triples):
    # "the son of the late president, general X": the title is the father's, not X's
    assert triples("وحضر الجنازة نجل الرئيس الراحل الجنرال محمد إدريس ديبي.", D) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تجددت الاشتباكات بين قوات حميدتي والجيش السوداني في الخرطوم.",
         {"Rapid_Support_Forces", "Sudanese_Armed_Forces"}),
        ("ووقعت تشاد مع منظمة دول الساحل والصحراء اتفاقا للتعاون.",
         {"Chad", "Community_of_Sahel-Saharan_States"}),
        ("وتقدمت قوات المشير خليفة حفتر نحو الجنوب.", {"Libyan_National_Army"}),
        ("وانتشر الحرس الرئاسي التشادي حول القصر.", {"Presidential_Guard_Chad"}),
    ],
)
def test_gazetteer_names_forces_by_their_leaders_and_bodies_by_their_spellings(extractor, text, expected):
    from sahelkg.records import Article

    doc = extractor.analyse(Article(id="t", text=text, published=D, lang="ar"))
    assert doc is not None
    assert expected <= {m.entity for ms in doc.mentions for m in ms if m.entity}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the downing noun after the verb of announcing: its subject downed the aircraft
        ("أعلن الجيش الجزائري إسقاط طائرة مسيرة تابعة للجيش المالي قرب الحدود.",
         {("Algerian_People_s_National_Army", "fight", "Malian_Armed_Forces", "occurred")}),
        # the author in the genitive of the noun, the owner after a word of belonging
        ("احتجت مالي على إسقاط الجيش الجزائري لطائرة مسيرة تابعة لدولة مالي.",
         {("Algerian_People_s_National_Army", "fight", "Mali", "occurred")}),
        # the verb with its subject after it, the owner by a nationality adjective
        ("أسقط الجيش الليبي طائرة تركية مسيرة جنوب سرت.",
         {("Libyan_National_Army", "fight", "Turkey", "occurred")}),
        # no owner named: nothing is said of whom the aircraft belonged to
        ("وأسقطت الدفاعات الجوية للجيش السوداني طائرة مسيرة في الخرطوم.", set()),
    ],
)
def test_downed_aircraft_fight_its_owner(triples, text, expected):
    assert triples(text, D) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post of a force, past an adjective and a word of belonging, is the force
        ("هاجمت جماعة نصرة الإسلام والمسلمين معسكرات تابعة للجيش المالي.",
         {("Jama_at_Nasr_al-Islam_wal-Muslimin", "fight", "Malian_Armed_Forces", "occurred")}),
        ("أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن هجوم على موقع عسكري تابع للجيش المالي في موبتي.",
         {("Jama_at_Nasr_al-Islam_wal-Muslimin", "fight", "Malian_Armed_Forces", "occurred")}),
        # the plural of "عملية عسكرية"
        ("نفذ الجيش المالي عمليات عسكرية ضد جماعة نصرة الإسلام والمسلمين.",
         {("Malian_Armed_Forces", "fight", "Jama_at_Nasr_al-Islam_wal-Muslimin", "occurred")}),
    ],
)
def test_attacks_on_posts_held_by_a_force(triples, text, expected):
    assert triples(text, D) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("رفضت مستشفيات مدينة الكفرة الليبية، الواقعة تحت سيطرة قوات حفتر، استقبال الجرحى.",
         {("Libyan_National_Army", "deploy", "Kufra", "occurred")}),
        ("بقيت مدينة غاو تحت سيطرة الجيش المالي.",
         {("Malian_Armed_Forces", "deploy", "Gao", "occurred")}),
        # the place a locating place follows is the one controlled
        ("تنقلت القوات في إقليم دارفور في غرب السودان الذي تسيطر عليه قوات الدعم السريع منذ عامين.",
         {("Rapid_Support_Forces", "deploy", "Darfur", "occurred")}),
        # no place named before the phrase: nothing
        ("وصلت القوافل إلى مناطق تسيطر عليها قوات الدعم السريع.", set()),
        # a party's own country is no place it is deployed in
        ("تمتد المواجهة بين جنوب السودان وشمال السودان الذي تسيطر عليه قوات الدعم السريع.", set()),
        ("بقي شمال مالي تحت سيطرة الجيش المالي.", set()),
    ],
)
def test_a_place_under_a_party_s_control_is_where_it_is_deployed(triples, text, expected):
    assert triples(text, D) == expected


def test_officers_in_an_army_act_for_it(triples):
    # "ب" after a noun of forces names the force they serve, not a place or an instrument
    assert triples("أعلن ضباط بالجيش المالي اعتقال الرئيس إبراهيم أبو بكر كيتا.", D) == {
        ("Malian_Armed_Forces", "arrest", "Ibrahim_Boubacar_Keïta", "occurred"),
        ("Ibrahim_Boubacar_Keïta", "leads", "Mali", "occurred")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "البلاد" after "من" is the country the article is about: the place forces leave
        ("تعيش النيجر أزمة. وقال المجلس العسكري في النيجر إن الوضع في النيجر هادئ. "
         "وطالب المجلس بانسحاب القوات الفرنسية من البلاد قبل نهاية العام.",
         {("France", "deploy", "Niger", "occurred")}),
        # "على أراضي" is where a presence is, and "البلاد" after "أراضي" the article's country
        ("تواجه النيجر هجمات. وقال الجيش في النيجر إن الوضع في النيجر هادئ. وألغى المجلس "
         "العسكري اتفاقا يسمح بالتواجد العسكري الأمريكي على أراضي البلاد.",
         {("United_States", "deploy", "Niger", "occurred")}),
        ("وألغى المجلس العسكري اتفاقا يسمح بالتواجد العسكري الأمريكي على أراضي النيجر.",
         {("United_States", "deploy", "Niger", "occurred")}),
    ],
)
def test_the_country_left_or_held_is_the_article_country(triples, text, expected):
    assert triples(text, D) == expected


def test_the_country_with_no_country_standing_out_is_no_place(triples):
    # France and Niger named as often: "البلاد" may be either, so nobody is deployed in it; the
    # withdrawal demanded still rejects France
    text = "تتصاعد الأزمة بين فرنسا والنيجر. وطالبت النيجر بانسحاب القوات الفرنسية من البلاد."
    assert triples(text, D) == {("Niger", "reject", "France", "occurred")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base with a nationality adjective in the feminine dual, and the places listed inside
        # its country after a dash
        ("وقالت الصحيفة إن هناك قاعدتين عسكريتين روسيتين في ليبيا - في طبرق وبنغازي.",
         {("Russia", "deploy", "Libya", "occurred"), ("Russia", "deploy", "Tobruk", "occurred"),
          ("Russia", "deploy", "Benghazi", "occurred")}),
        # the adjective agrees with a definite base: "القاعدة الجوية الأمريكية"
        ("وأقيم حفل في القاعدة الجوية الأمريكية في أغاديز.",
         {("United_States", "deploy", "Agadez", "occurred")}),
        # bases listed over coordinated places
        ("وأقامت الولايات المتحدة قواعد عسكرية أمريكية في النيجر ومالي.",
         {("United_States", "deploy", "Niger", "occurred"),
          ("United_States", "deploy", "Mali", "occurred")}),
        # a named base with a nationality adjective inside its name
        ("وأقيم حفل وداع في القاعدة الجوية الأمريكية 201 قرب أغاديز.",
         {("United_States", "deploy", "Air_Base_201", "occurred")}),
    ],
)
def test_bases_held_by_the_country_of_their_adjective(triples, text, expected):
    assert triples(text, D) == expected


def test_a_base_of_the_country_it_is_in_is_no_deployment(triples):
    assert triples("وزار الوفد القاعدة الجوية النيجرية 201 قرب أغاديز.", D) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun on "ب" after the verb of a relative clause stands for the place before it,
        # past the place that locates it; the subject follows the pronoun
        ("وانطلقت الطائرات من قاعدة الجفرة شرقي ليبيا، والتي تتمركز بها قوات فاغنر.",
         {("Wagner_Group", "deploy", "Jufra", "occurred")}),
        # a relative joined by "و" is said of the force named before, past the one it serves
        ("وقالت مصادر إن قوات سبل السلام التابعة لحفتر، والتي تتمركز في منطقة الكفرة، تلقت أسلحة.",
         {("Subul_al-Salam_Brigade", "deploy", "Kufra", "occurred")}),
        # a place governed by a preposition is no subject of the relative after it
        ("ينتمي القائد إلى قبائل تعيش في النيجر، والتي تنتشر أيضا في نيجيريا.", set()),
    ],
)
def test_relative_clauses_of_forces_and_places(triples, text, expected):
    assert triples(text, D) == expected




@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting noun in a circumstance phrase opening the sentence: the verb's subject met
        # every party coordinated after the preposition
        ("وخلال لقائه بالرئيس محمد بازوم ورئيس الوزراء عبد الحميد الدبيبة، شدد خليفة حفتر على أهمية الأمن.",
         {("Khalifa_Haftar", "meet", "Mohamed_Bazoum", "occurred"),
          ("Khalifa_Haftar", "meet", "Abdul_Hamid_Dbeibah", "occurred")}),
        ("وعقب اجتماعه مع فلاديمير بوتين، قال أسيمي غويتا إن الشراكة متينة.",
         {("Assimi_Goïta", "meet", "Vladimir_Putin", "occurred")}),
    ],
)
def test_meeting_in_a_circumstance_phrase_belongs_to_the_sentence_subject(triples, text, expected):
    assert {t for t in triples(text, D) if t[1] == "meet"} == expected


def test_meeting_held_in_a_town_names_no_party_met(triples):
    # "after a meeting in the capital Ankara": a town is where one meets, not whom
    assert not {t for t in triples("وقال وزير الخارجية مولود تشاووش أوغلو ذلك عقب اجتماع بالعاصمة أنقرة.", D)
                if t[1] == "meet"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the supporter after "من": the subject of a verb of receiving gets the support
        ("وتلقت قوات الدعم السريع دعما لوجستيا من الإمارات.",
         {("United_Arab_Emirates", "support", "Rapid_Support_Forces", "occurred")}),
        ("وقال مصدر إن الجيش الوطني الليبي حصل على دعم من روسيا.",
         {("Russia", "support", "Libyan_National_Army", "occurred")}),
        # "بدعم من" opening its clause: the actor after it; inside the clause: the actor just before
        ("ويقول الوزير إنه بعد سنوات صعبة، وبمساعدة من تركيا، استعادت النيجر قدراتها.",
         {("Turkey", "support", "Niger", "occurred")}),
        ("وتقدمت قوات حفتر نحو العاصمة بدعم من مجموعة فاغنر.",
         {("Wagner_Group", "support", "Libyan_National_Army", "occurred")}),
        # a participle of support after the party it supports, past a bracketed abbreviation
        ("وهاجمت قوات الدعم السريع (د.س) المدعومة من الإمارات مواقع الجيش.",
         {("United_Arab_Emirates", "support", "Rapid_Support_Forces", "occurred")}),
    ],
)
def test_supporter_named_after_a_word_of_origin(triples, text, expected):
    assert {t for t in triples(text, D) if t[1] == "support"} == expected


def test_support_far_after_the_actor_is_not_the_actors(triples):
    # the dialogue is supported, not the state urging the parties to take part in it
    assert not {t for t in triples(
        "وتحث الولايات المتحدة كل الأطراف على المشاركة بشكل جاد وبناء في الحوار السياسي"
        " بدعم من الأمم المتحدة.",
        D) if t[1] == "support"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside between the verb's subject and its object: a circumstance word with a pronoun
        ("والتقى خليفة حفتر خلالها بالرئيس محمد بازوم.",
         {("Khalifa_Haftar", "meet", "Mohamed_Bazoum", "occurred")}),
        ("والتقى وزير الخارجية مولود تشاووش أوغلو خلال جولته مع الرئيس محمد بازوم.",
         {("Mevlüt_Çavuşoğlu", "meet", "Mohamed_Bazoum", "occurred")}),
        # ... or a source between commas
        ("كما التقى إيمانويل ماكرون، بحسب بيان للإليزيه، الرئيس محمد بازوم.",
         {("Emmanuel_Macron", "meet", "Mohamed_Bazoum", "occurred")}),
    ],
)
def test_meeting_object_past_an_aside(triples, text, expected):
    assert {t for t in triples(text, D) if t[1] == "meet"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two nationality adjectives after a cooperation noun: the two countries, not the speakers
        ("وبحث الرئيس محمد بازوم مع رجب طيب أردوغان آفاق التعاون العسكري التركي النيجري.",
         {("Turkey", "cooperate", "Niger", "occurred")}),
        ("وأشاد الوزيران بالتنسيق الليبي التشادي على الحدود.",
         {("Libya", "cooperate", "Chad", "occurred")}),
    ],
)
def test_two_nationalities_after_a_shared_relation_noun_are_its_parties(triples, text, expected):
    assert {t for t in triples(text, D) if t[1] == "cooperate"} == expected


def test_one_nationality_after_a_cooperation_noun_names_no_pair(triples):
    assert not {t for t in triples("وأشاد الوزير بالتعاون الليبي في مكافحة الإرهاب.", D)
                if t[1] == "cooperate"}
