"""Arabic as wire and regional news write it: a dateline before the lead ("طرابلس (رويترز) -"),
a relative named in apposition before the verb ("صدام حفتر نجل المشير خليفة حفتر يزور"), an
office named by its nationality before a place ("بالرئيس النيجري في نيامي"), and acts that the
clause's actor only judges ("أدانت الجزائر الهجوم على طرابلس"): the judge did not do them;
invitations told with a verb ("دعا تبون تياني إلى زيارة الجزائر", "وجه ... دعوة رسمية إلى");
verbs in the dual and the present of headlines ("تتفقان", "تقاتل", "يرأس"), a camp of an army.
Sentences that state none of the relations give nothing."""

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 10)
DBEIBAH = "Abdul_Hamid_Dbeibah"
HAFTAR = "Khalifa_Haftar"
TIANI = "Abdourahamane_Tchiani"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline: the place and the agency before the dash are no subject
        ("طرابلس (رويترز) - وصل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، اليوم الأحد، إلى "
         "العاصمة التشادية نجامينا في زيارة تستغرق يومين.",
         {(DBEIBAH, "visit", "N_Djamena", "occurred"),
          (DBEIBAH, "leads", "Government_of_National_Unity", "occurred")}),
        ("نيامي - التقى حفتر الرئيس النيجري عبد الرحمن تياني.",
         {(HAFTAR, "meet", TIANI, "occurred"), (TIANI, "leads", "Niger", "occurred")}),
        # a son named with his father in apposition: the son acts
        ("صدام حفتر نجل المشير خليفة حفتر يزور أنقرة",
         {("Saddam_Haftar", "visit", "Ankara", "occurred"),
          ("Saddam_Haftar", "relative_of", HAFTAR, "occurred")}),
        # ... and the title after the apposition, behind a preposition, is another person
        ("والتقى بلقاسم حفتر، نجل المشير خليفة حفتر، بالرئيس النيجري في نيامي.",
         {("Belgasem_Haftar", "meet", TIANI, "occurred"),
          ("Belgasem_Haftar", "relative_of", HAFTAR, "occurred"),
          ("Belgasem_Haftar", "visit", "Niamey", "occurred")}),
        # an office named by a nationality, then where the meeting took place
        ("والتقى حفتر بالرئيس النيجري في نيامي.",
         {(HAFTAR, "meet", TIANI, "occurred"), ("Khalifa_Haftar", "visit", "Niamey", "occurred")}),
        # a guest received in a town of another country visited it
        ("حفتر يستقبل وزير الدفاع الروسي في بنغازي", {(HAFTAR, "meet", "Sergei_Shoigu", "occurred"),
                                                    ("Sergei_Shoigu", "visit", "Benghazi", "occurred")}),
    ],
)
def test_news_lead(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the actor who condemns, denounces, welcomes or rejects an act did not do it
        ("وأدانت الجزائر الهجوم على طرابلس.", set()),
        ("واستنكر المجلس الرئاسي قصف مطار معيتيقة.", set()),
        ("ونددت حكومة الوحدة الوطنية بقصف مطار معيتيقة.", set()),
        ("ورفضت تركيا اعتقال الساعدي القذافي.", set()),
        ("وأدانت الأمم المتحدة الغارات الجوية على مرزق.", set()),
        # ... while the act's own agent, named with it, still acts
        ("ورحبت الجزائر بزيارة حفتر إلى نيامي.", {(HAFTAR, "visit", "Niamey", "occurred")}),
        ("وانتقدت فرنسا نشر قوات فاغنر في مالي.", {("Wagner_Group", "deploy", "Mali", "occurred")}),
        # an act the actor itself does after a verb of saying keeps its agent
        ("ونفت مصر تقديم أي دعم عسكري لقوات حفتر.",
         {("Egypt", "support", "Libyan_National_Army", "denied")}),
    ],
)
def test_judged_acts(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED) == expected


TEBBOUNE = "Abdelmadjid_Tebboune"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an inviting verb, its subject, the guest, then the visit asked for (no visit yet)
        ("ودعا تبون تياني إلى زيارة الجزائر.", {(TEBBOUNE, "invite", TIANI, "occurred")}),
        ("تبون يدعو تياني لزيارة الجزائر", {(TEBBOUNE, "invite", TIANI, "occurred")}),
        ("ودعا رئيس المجلس الرئاسي محمد المنفي الرئيس التشادي محمد إدريس ديبي إلى زيارة طرابلس.",
         {("Mohamed_al-Menfi", "invite", "Mahamat_Idriss_Déby", "occurred"),
          ("Mohamed_al-Menfi", "leads", "Presidential_Council_of_Libya", "occurred"),
          ("Mahamat_Idriss_Déby", "leads", "Chad", "occurred")}),
        # a light verb and an invitation noun, the guest after "إلى" or "ل"
        ("وجه الرئيس الجزائري عبد المجيد تبون دعوة رسمية إلى الرئيس النيجري عبد الرحمن تياني "
         "لزيارة الجزائر.",
         {(TEBBOUNE, "invite", TIANI, "occurred"), (TEBBOUNE, "leads", "Algeria", "occurred"),
          (TIANI, "leads", "Niger", "occurred")}),
        ("ووجه الدبيبة دعوة إلى غويتا لزيارة طرابلس.", {(DBEIBAH, "invite", "Assimi_Goïta", "occurred")}),
        ("ووجه تبون الدعوة لتياني لزيارة الجزائر.", {(TEBBOUNE, "invite", TIANI, "occurred")}),
        # "دعا" calling for something invites nobody
        ("ودعا حفتر إلى وقف إطلاق النار.", set()),
        ("ودعا الاتحاد الأفريقي مالي إلى العودة إلى النظام الدستوري.", set()),
        ("ودعت الجزائر إلى حوار ليبي ليبي.", set()),
    ],
)
def test_invitations(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline with a dual verb after its two subjects
        ("ليبيا والنيجر تتفقان على تأمين الحدود", {("Libya", "agree", "Niger", "occurred")}),
        # statesmen agree for their states
        ("الدبيبة ورئيس وزراء النيجر يتفقان على إعادة فتح السفارة",
         {("Libya", "agree", "Niger", "occurred")}),
        # a light verb and an agreement noun in the accusative
        ("وأبرمت روسيا والنيجر اتفاقا للتعاون العسكري.", {("Russia", "agree", "Niger", "occurred")}),
        # present tense of fighting and heading
        ("وتقاتل قوات الدعم السريع الجيش السوداني منذ أبريل 2023.",
         {("Rapid_Support_Forces", "fight", "Sudanese_Armed_Forces", "occurred")}),
        ("ويرأس محمد المنفي المجلس الرئاسي الليبي.",
         {("Mohamed_al-Menfi", "leads", "Presidential_Council_of_Libya", "occurred")}),
        # a camp of an army names the army attacked
        ("وهاجمت جماعة نصرة الإسلام والمسلمين معسكرا للجيش المالي في وسط البلاد.",
         {("Jama_at_Nasr_al-Islam_wal-Muslimin", "fight", "Malian_Armed_Forces", "occurred")}),
        # two subjects, one unnamed ("the Nigerien government"): no partner carried from before
        ("وزار حفتر نيامي. واتفقت حكومة الوحدة الوطنية الليبية والحكومة النيجرية على فتح السفارة.",
         {(HAFTAR, "visit", "Niamey", "occurred")}),
        # chairing a meeting heads no organisation
        ("وترأس الدبيبة اجتماعا لمجلس الوزراء في طرابلس.", set()),
    ],
)
def test_headline_verbs(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "قال الكاتب إن ليبيا بلد جميل.",
        "وتحدث الدبيبة عن أهمية الاستقرار في المنطقة.",
        "وتشهد العاصمة طرابلس هدوءا حذرا بعد أيام من الاشتباكات.",
        "الجزائر ترفض التدخل الأجنبي في ليبيا",
        "اعتقال سيف الإسلام القذافي في الزنتان",
    ],
)
def test_states_nothing(triples, text: str) -> None:
    assert triples(text, PUBLISHED) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverbial set off by commas between the subject and the object
        ("والتقى محمد المنفي، على هامش القمة، الرئيس المالي عاصمي غويتا.",
         {("Mohamed_al-Menfi", "meet", "Assimi_Goïta", "occurred"),
          ("Assimi_Goïta", "leads", "Mali", "occurred")}),
        ("والتقى حفتر، على هامش القمة، تبون.", {(HAFTAR, "meet", "Abdelmadjid_Tebboune", "occurred")}),
        # ... but an aside that names someone is no adverbial to pass over
        ("والتقى حفتر، على هامش زيارة تبون إلى نيامي، غويتا.",
         {("Abdelmadjid_Tebboune", "visit", "Niamey", "occurred")}),
        ("ودعا حفتر، في كلمة أمام البرلمان، الجزائر إلى الحوار.", set()),
        ("وأكد تبون، خلال مؤتمر صحفي، موقف الجزائر من الأزمة.", set()),
        # "كلا من" before the list of members
        ("ويضم تحالف دول الساحل كلا من مالي والنيجر وبوركينا فاسو.",
         {("Mali", "member_of", "Alliance_of_Sahel_States", "occurred"),
          ("Niger", "member_of", "Alliance_of_Sahel_States", "occurred"),
          ("Burkina_Faso", "member_of", "Alliance_of_Sahel_States", "occurred")}),
        # a visit noun whose own adjective says it is still to come
        ("وتحدثت مصادر عن زيارة مرتقبة لتبون إلى نيامي.",
         {("Abdelmadjid_Tebboune", "visit", "Niamey", "planned")}),
        ("وأشادت الصحف بزيارة تبون إلى نيامي.", {("Abdelmadjid_Tebboune", "visit", "Niamey", "occurred")}),
    ],
)
def test_asides_lists_and_expected_visits(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an alliance announced by its coordinated parties
        ("وأعلنت مالي والنيجر وبوركينا فاسو تحالفا عسكريا.",
         {("Mali", "ally", "Niger", "occurred"), ("Mali", "ally", "Burkina_Faso", "occurred"),
          ("Niger", "ally", "Burkina_Faso", "occurred")}),
        ("وأعلن تشكيل تحالف بين مالي والنيجر.", {("Mali", "ally", "Niger", "occurred")}),
        ("وأعلنت مالي والنيجر انسحابهما من التحالف.", set()),
        # men of a force arriving somewhere are deployed there
        ("وأعلنت وزارة الدفاع وصول عناصر من فيلق أفريقيا إلى النيجر.",
         {("Africa_Corps", "deploy", "Niger", "occurred")}),
        # a delegation is no force: it visits (a delegation from an organisation speaks for it)
        ("وصول وفد من الاتحاد الأفريقي إلى مالي.", {("African_Union", "visit", "Mali", "occurred")}),
        # reinforcements pushed to a place
        ("ودفعت قوات حفتر بتعزيزات إلى سرت.", {("Libyan_National_Army", "deploy", "Sirte", "occurred")}),
        ("ودفعت روسيا بتعزيزات عسكرية إلى مالي.", {("Russia", "deploy", "Mali", "occurred")}),
        ("ودفعت الجزائر إلى الحوار بين الليبيين.", set()),
        ("ودفعت الأزمة آلاف المهاجرين إلى ليبيا.", set()),
    ],
)
def test_alliances_and_arrivals_of_forces(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counterpart after an office with no name: the holder of the same office over there
        ("التقى وزير الخارجية الجزائري نظيره النيجري.",
         {("Ahmed_Attaf", "meet", "Bakary_Yaou_Sangaré", "occurred")}),
        ("التقى وزير الخارجية الجزائري أحمد عطاف نظيره النيجري بكاري ياو سانغاري.",
         {("Ahmed_Attaf", "meet", "Bakary_Yaou_Sangaré", "occurred")}),
        # no foreign minister of Libya known at the date: nobody is guessed
        ("التقى وزير الخارجية الجزائري نظيره الليبي.", set()),
        # a counterpart named by a name the gazetteer does not know
        ("التقى وزير الداخلية الليبي عماد الطرابلسي نظيره التشادي محمد أحمد الحسن.",
         {("Emad_Trabelsi", "meet", "محمد_احمد_الحسن", "occurred")}),
    ],
)
def test_counterparts(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED) == expected
