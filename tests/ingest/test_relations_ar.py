"""Arabic relation extraction on sentences written for these tests (not the seed articles):
each trigger family, word orders, nominal forms, coordination, delegations, titles, modality,
negation, dates, offices over time, unknown names and evidence offsets."""

from datetime import date

import pytest

D2019 = date(2019, 3, 10)
D2024 = date(2024, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # visit: verb (VSO, SVO), verbal noun with genitive / suffix, "وصل إلى", "التوجه إلى"
        ("زار المشير خليفة حفتر العاصمة الروسية موسكو.", {("Khalifa_Haftar", "visit", "Moscow", "occurred")}),
        ("حفتر يزور القاهرة لبحث الأزمة.", {("Khalifa_Haftar", "visit", "Cairo", "occurred")}),
        (
            "وصل الرئيس التشادي محمد إدريس ديبي إلى بنغازي.",
            {
                ("Mahamat_Idriss_Déby", "visit", "Benghazi", "occurred"),
                ("Mahamat_Idriss_Déby", "leads", "Chad", "occurred"),
            },
        ),
        ("أنهى صدام حفتر زيارة إلى باماكو استمرت يومين.", {("Saddam_Haftar", "visit", "Bamako", "occurred")}),
        (
            "وقال الدبيبة خلال زيارته إلى أنقرة إن الاتفاق قائم.",
            {("Abdul_Hamid_Dbeibah", "visit", "Ankara", "occurred")},
        ),
        # meet: host as subject with استقبل, التقى مع / ب, بحث مع, لقاء بين
        (
            "استقبل الرئيس الجزائري عبد المجيد تبون رئيس المجلس الرئاسي محمد المنفي.",
            {
                ("Abdelmadjid_Tebboune", "meet", "Mohamed_al-Menfi", "occurred"),
                ("Abdelmadjid_Tebboune", "leads", "Algeria", "occurred"),
                ("Mohamed_al-Menfi", "leads", "Presidential_Council_of_Libya", "occurred"),
            },
        ),
        (
            "التقى عبد الحميد الدبيبة مع رجب طيب أردوغان في إسطنبول.",
            {("Abdul_Hamid_Dbeibah", "meet", "Recep_Tayyip_Erdoğan", "occurred"),
             ("Abdul_Hamid_Dbeibah", "visit", "Istanbul", "occurred")},
        ),
        (
            "وبحث حفتر مع بوتين ملفات التعاون العسكري.",
            {
                ("Khalifa_Haftar", "meet", "Vladimir_Putin", "occurred"),
                ("Khalifa_Haftar", "cooperate", "Russia", "occurred"),  # Putin speaks for Russia
            },
        ),
        (
            "جرى لقاء بين حفتر والدبيبة في أبوظبي.",
            {("Khalifa_Haftar", "meet", "Abdul_Hamid_Dbeibah", "occurred"),
             ("Abdul_Hamid_Dbeibah", "visit", "Abu_Dhabi", "occurred"),
             ("Khalifa_Haftar", "visit", "Abu_Dhabi", "occurred")},
        ),
        # passive with its agent
        (
            "استقبل حفتر في بنغازي من قبل وزير الخارجية الإيطالي أنطونيو تاياني.",
            {("Antonio_Tajani", "meet", "Khalifa_Haftar", "occurred")},
        ),
        # invite: "بدعوة من X" invites the actor of the sentence
        (
            "ووصل حفتر إلى روما بدعوة من الحكومة الإيطالية.",
            {
                ("Khalifa_Haftar", "visit", "Rome", "occurred"),
                ("Italy", "invite", "Khalifa_Haftar", "occurred"),
            },
        ),
        # agree, cooperate, ally, join, member_of
        (
            "ووقعت روسيا مع مالي اتفاقية للتعاون العسكري.",
            {("Russia", "agree", "Mali", "occurred"), ("Russia", "cooperate", "Mali", "occurred")},
        ),
        (
            "وأكد الجانبان الليبي والتشادي أهمية التنسيق الأمني بين البلدين.",
            {("Libya", "cooperate", "Chad", "occurred")},
        ),
        (
            "انضمت بوركينا فاسو إلى تحالف دول الساحل.",
            {("Burkina_Faso", "join", "Alliance_of_Sahel_States", "occurred")},
        ),
        (
            "ويضم تحالف دول الساحل مالي والنيجر وبوركينا فاسو.",
            {
                ("Mali", "member_of", "Alliance_of_Sahel_States", "occurred"),
                ("Niger", "member_of", "Alliance_of_Sahel_States", "occurred"),
                ("Burkina_Faso", "member_of", "Alliance_of_Sahel_States", "occurred"),
            },
        ),
        # support, reject, fight, deploy, arrest
        (
            "تدعم تركيا حكومة الوحدة الوطنية.",
            {("Turkey", "support", "Government_of_National_Unity", "occurred")},
        ),
        ("رفضت الجزائر التدخل العسكري الذي اقترحته فرنسا.", set()),
        (
            "شنت قوات الدعم السريع هجوما على الفاشر.",
            {("Rapid_Support_Forces", "fight", "El_Fasher", "occurred")},
        ),
        ("نشرت روسيا قوات في مالي.", {("Russia", "deploy", "Mali", "occurred")}),
        (
            "اعتقلت السلطات النيجرية القيادي في تنظيم داعش أبو محمد الساحلي.",
            {
                ("Niger", "arrest", "ابو_محمد_الساحلي", "occurred"),
                ("ابو_محمد_الساحلي", "member_of", "Islamic_State", "occurred"),
            },
        ),
    ],
)
def test_trigger_families_and_word_orders(triples, text: str, expected: set) -> None:
    assert triples(text) == expected


def test_coordination_gives_one_edge_each(triples) -> None:
    assert triples("وزار يفكيروف ليبيا والنيجر ومالي وبوركينا فاسو.") == {
        ("Yunus-Bek_Yevkurov", "visit", country, "occurred")
        for country in ("Libya", "Niger", "Mali", "Burkina_Faso")
    }


def test_alongside_adds_parties(triples) -> None:
    assert triples("تسعى الولايات المتحدة إلى توسيع وجودها في النيجر جنبا إلى جنب مع فرنسا وإيطاليا.") == {
        (country, "deploy", "Niger", "sought") for country in ("United_States", "France", "Italy")
    }


def test_delegation_by_demonym_and_its_members(triples) -> None:
    text = (
        "وصل وفد عسكري تشادي إلى بنغازي. "
        "ويتكون الوفد التشادي من وزير الدفاع داود يحيى إبراهيم ورئيس الأركان أبكر عبد الكريم داود."
    )
    assert triples(text) == {
        ("Chad", "visit", "Benghazi", "occurred"),
        ("Daoud_Yaya_Brahim", "visit", "Benghazi", "occurred"),  # the curated Chadian defence minister
        ("ابكر_عبد_الكريم_داود", "visit", "Benghazi", "occurred"),
    }


def test_head_of_delegation_visits_and_members_too(triples) -> None:
    text = "ووصل حفتر على رأس وفد رفيع يضم اللواء عبد الكريم هدية إلى نيامي."
    assert triples(text) == {
        ("Khalifa_Haftar", "visit", "Niamey", "occurred"),
        ("Abdel_Karim_Hadiya", "visit", "Niamey", "occurred"),
    }


def test_delegation_led_by_a_named_person_is_that_person(triples) -> None:
    assert triples("استقبل حفتر وفدا روسيا برئاسة يونس بك يفكيروف.") == {
        ("Khalifa_Haftar", "meet", "Yunus-Bek_Yevkurov", "occurred")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يسعى حفتر إلى التحالف مع روسيا.", {("Khalifa_Haftar", "ally", "Russia", "sought")}),
        ("يخطط الاتحاد الأوروبي لنشر قوات في النيجر.", {("European_Union", "deploy", "Niger", "sought")}),
        (
            "وسيبحث حفتر مع الرئيس السيسي ملف الحدود.",
            {("Khalifa_Haftar", "meet", "Abdel_Fattah_el-Sisi", "planned"),
             ("Abdel_Fattah_el-Sisi", "leads", "Egypt", "occurred")},
        ),
        ("يستعد الدبيبة لزيارة تونس.", {("Abdul_Hamid_Dbeibah", "visit", "Tunisia", "planned")}),
        ("وكشفت مصادر عن قرب زيارة وفد ليبي إلى نيامي.", {("Libya", "visit", "Niamey", "planned")}),
        ("لم يزر حفتر النيجر منذ عام 2018.", {("Khalifa_Haftar", "visit", "Niger", "denied")}),
        (
            "ونفى المتحدث أن يكون حفتر قد التقى بوتين.",
            {("Khalifa_Haftar", "meet", "Vladimir_Putin", "denied")},
        ),
        ("وقيل إن فاغنر نشرت مقاتلين في السودان.", {("Wagner_Group", "deploy", "Sudan", "reported")}),
        ("وبحسب مصادر مطلعة، زار حفتر موسكو سرا.", {("Khalifa_Haftar", "visit", "Moscow", "reported")}),
        ("وبحسب مصادر مطلعة، يستعد حفتر لزيارة موسكو.", {("Khalifa_Haftar", "visit", "Moscow", "planned")}),
        ("لا سيما بعد أن زار حفتر موسكو.", {("Khalifa_Haftar", "visit", "Moscow", "occurred")}),
    ],
)
def test_modality_and_negation(triples, text: str, expected: set) -> None:
    assert triples(text) == expected


def test_same_title_two_dates_two_holders(triples) -> None:
    text = "زار رئيس النيجر طرابلس."
    # the holder of the day acts; his role, which the text does not name him in, is not stated
    assert triples(text, date(2019, 3, 10)) == {("Mahamadou_Issoufou", "visit", "Tripoli", "occurred")}
    assert triples(text, date(2024, 3, 10)) == {("Abdourahamane_Tchiani", "visit", "Tripoli", "occurred")}


def test_office_without_a_date_is_not_guessed(triples) -> None:
    assert triples("زار رئيس النيجر طرابلس.") == set()


def test_office_named_elsewhere_in_the_article(triples) -> None:
    text = "التقى حفتر رئيس النيجر محمد بازوم. وبحث حفتر مع رئيس جمهورية النيجر أمن الحدود."
    assert triples(text) == {
        ("Khalifa_Haftar", "meet", "Mohamed_Bazoum", "occurred"),
        ("Mohamed_Bazoum", "leads", "Niger", "occurred"),
    }


def test_titles_and_appositions_give_leads(triples) -> None:
    assert triples("وقال القائد العام للجيش الوطني الليبي، المشير خليفة حفتر، إن الجيش جاهز.") == {
        ("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred")
    }
    assert triples("وقال الفريق أول صدام حفتر قائد القوات البرية الليبية إن الحدود آمنة.") == {
        ("Saddam_Haftar", "leads", "Libyan_National_Army_Ground_Forces", "occurred")
    }


def test_deputy_does_not_lead(triples) -> None:
    assert triples("وقال نائب وزير الدفاع الروسي يونس بك يفكيروف إن التعاون مستمر.") == set()


def test_kin(triples) -> None:
    assert triples("وقال صدام حفتر، نجل المشير خليفة حفتر، إن الزيارة ناجحة.") == {
        ("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred")
    }


def test_unknown_name_marked_by_a_title_becomes_an_entity(relations_of) -> None:
    [relation] = relations_of("استقبل حفتر وزير الدفاع البوركيني يعقوب دياكيتي.")
    assert (relation.subject.id, relation.relation) == ("Khalifa_Haftar", "meet")
    assert (relation.object.id, relation.object.label, relation.object.type) == (
        "يعقوب_دياكيتي",
        "يعقوب دياكيتي",
        "Person",
    )
    assert relation.object.labels == {"ar": "يعقوب دياكيتي"}


def test_untitled_words_do_not_become_entities(triples) -> None:
    assert triples("وقال مصدر إن قبيل توحيد المؤسسة العسكرية التقى القادة.") == set()


def test_clause_boundaries_stop_attachment(triples) -> None:
    assert triples("زار حفتر القاهرة، فيما استقبل الدبيبة وفدا تركيا.") == {
        ("Khalifa_Haftar", "visit", "Cairo", "occurred"),
        ("Abdul_Hamid_Dbeibah", "meet", "Turkey", "occurred"),
    }


def test_relative_clause_subject_is_its_antecedent(triples) -> None:
    assert triples("وانتقد المسؤولون الجماعات التي تدعم تنظيم القاعدة.") == set()


def test_pronoun_drop_carries_the_subject_over(triples) -> None:
    text = "وصل حفتر إلى القاهرة. والتقى الرئيس عبد الفتاح السيسي."
    assert triples(text) == {
        ("Khalifa_Haftar", "visit", "Cairo", "occurred"),
        ("Khalifa_Haftar", "meet", "Abdel_Fattah_el-Sisi", "occurred"),
        ("Abdel_Fattah_el-Sisi", "leads", "Egypt", "occurred"),
    }


def test_capital_as_a_party_is_its_country(triples) -> None:
    assert triples("الاتفاقية المبرمة بين واشنطن ونيامي تسمح بتحليق الطائرات.") == {
        ("United_States", "agree", "Niger", "occurred")
    }


def test_clitics_on_names_and_triggers(triples) -> None:
    assert triples("ولحفتر زيارات سابقة إلى القاهرة والرياض.") == {
        ("Khalifa_Haftar", "visit", "Cairo", "occurred"),
        ("Khalifa_Haftar", "visit", "Riyadh", "occurred"),
    }


def test_dates_of_events_are_resolved_and_kept_apart(relations_of) -> None:
    [r] = relations_of("وصل حفتر أمس الثلاثاء إلى نيامي.", date(2018, 8, 8))
    assert (r.relation, r.object.id, r.date, r.date_precision) == ("visit", "Niamey", "2018-08-07", "day")
    [r] = relations_of("وصل حفتر أمس الثلاثاء إلى نيامي.")
    assert (r.date, r.date_precision) == (None, None)
    [r] = relations_of("زار حفتر نيامي في 7 أغسطس 2018.")
    assert (r.date, r.date_precision) == ("2018-08-07", "day")


def test_evidence_offsets_index_the_article_text(extractor) -> None:
    from sahelkg.records import Article

    text = "logo\nتخطي إلى المحتوى الرئيسي\nمقدمة قصيرة.\nووصل حفتر إلى نيامي. واستقبله الرئيس محمد يوسفو."
    article = Article(id="x", text=text, lang="ar")
    relations = extractor.extract(article).relations
    assert relations
    for r in relations:
        assert r.evidence is not None
        assert text[r.evidence.start : r.evidence.end] == r.evidence.sentence
        assert r.doc == "x"
        assert 0 < r.confidence <= 1
    assert {r.evidence.sentence for r in relations} >= {"ووصل حفتر إلى نيامي."}


def test_furniture_never_becomes_a_fact(triples) -> None:
    text = "أخبار ذات علاقة\nزار حفتر موسكو\nاستقبل الدبيبة أردوغان\nجميع الحقوق محفوظة © 2024\n"
    assert triples(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the genitive of "دعم" gives the support when "ل" names who receives it
        (
            "وأكد تبون دعم الجزائر للمجلس الرئاسي الليبي.",
            {("Algeria", "support", "Presidential_Council_of_Libya", "occurred")},
        ),
        ("وأكد تبون دعم الجزائر لحل سياسي في ليبيا.", set()),
        # a place between the subject and the object
        (
            "واستقبلت جورجيا ميلوني في روما المشير خليفة حفتر.",
            {("Giorgia_Meloni", "meet", "Khalifa_Haftar", "occurred"),
             ("Khalifa_Haftar", "visit", "Rome", "occurred")},  # received abroad: a visit
        ),
        # forces present abroad; an army named as a genitive is not deployed where its leaders met
        ("وتنتشر عناصر فيلق أفريقيا الروسي في مالي.", {("Africa_Corps", "deploy", "Mali", "occurred")}),
        ("ولا تزال قوات فاغنر في ليبيا.", {("Wagner_Group", "deploy", "Libya", "occurred")}),
        ("وبحثت فرنسا مع قيادة الجيش الليبي في باريس ملف الحدود.", set()),
        (
            "وقالت مصادر إن اشتباكات اندلعت بين الجيش السوداني وقوات الدعم السريع في الخرطوم.",
            {("Sudanese_Armed_Forces", "fight", "Rapid_Support_Forces", "occurred")},
        ),
    ],
)
def test_more_constructions(triples, text: str, expected: set) -> None:
    assert triples(text) == expected


def test_reject_names_the_party_behind_what_is_rejected(triples) -> None:
    assert triples("رفضت الجزائر المبادرة التي قدمتها فرنسا.") == {
        ("Algeria", "reject", "France", "occurred")
    }
    assert triples("ورفضت حكومة النيجر الوجود العسكري الفرنسي.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقدمت الولايات المتحدة دعما ماليا للنيجر.",
            {("United_States", "support", "Niger", "occurred")},
        ),
        ("وتعاني البلاد من تراجع الدعم المالي الدولي.", set()),
        (
            "وكان الرئيس الفرنسي إيمانويل ماكرون قد استقبل في الإليزيه رئيس المجلس الرئاسي الليبي.",
            {
                ("Emmanuel_Macron", "meet", "Mohamed_al-Menfi", "occurred"),
                ("Emmanuel_Macron", "leads", "France", "occurred"),
            },
        ),
        (
            "ووصل إلى العاصمة النيجرية نيامي وفد ليبي يترأسه وزير الداخلية عماد الطرابلسي.",
            {("Emad_Trabelsi", "visit", "Niamey", "occurred"), ("Libya", "visit", "Niamey", "occurred")},
        ),
        (
            "وأجرى سيرغي لافروف مباحثات مع نظيره المالي عبد الله ديوب في موسكو.",
            {("Sergey_Lavrov", "meet", "Abdoulaye_Diop", "occurred"),
             ("Abdoulaye_Diop", "visit", "Moscow", "occurred")},
        ),
    ],
)
def test_constructions_with_a_publication_date(triples, text: str, expected: set) -> None:
    assert triples(text, date(2023, 11, 2)) == expected


def test_ambiguous_nationality_follows_the_article(triples) -> None:
    # "نيجيري" is used for Niger and for Nigeria: Niger unless the article is about Nigeria
    assert triples("زار وفد نيجيري بنغازي.") == {("Niger", "visit", "Benghazi", "occurred")}
    text = "زار الرئيس النيجيري بولا تينوبو أبوجا. وزار وفد نيجيري بنغازي."
    assert triples(text, date(2024, 1, 1)) == {
        ("Bola_Tinubu", "visit", "Abuja", "occurred"),
        ("Bola_Tinubu", "leads", "Nigeria", "occurred"),
        ("Nigeria", "visit", "Benghazi", "occurred"),
    }
