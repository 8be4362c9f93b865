"""The object of a verb named through the people it has: force nouns in a row before the group
("les mercenaires terroristes du GSIM"), a count of them ("dozens of fighters of Boko Haram",
"عشرات من مقاتلي بوكو حرام"), one of them named ("le terroriste X", "the terrorist X"), or one
unnamed member ("arrested a member of X"): the group is the one acted on, and the verb's subject
is no member of it."""

from datetime import date

import pytest

PUBLISHED = date(2024, 5, 10)
JNIM = "Jama_at_Nasr_al-Islam_wal-Muslimin"
FAMA = "Malian_Armed_Forces"
SARRAJ_LEADS = ("Fayez_al-Sarraj", "leads", "Government_of_National_Accord", "occurred")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("L'armée malienne a mis en déroute les mercenaires terroristes du GSIM.", "fr",
         {(FAMA, "fight", JNIM, "occurred")}),
        ("L'armée malienne a tué des dizaines de combattants du JNIM.", "fr",
         {(FAMA, "fight", JNIM, "occurred")}),
        ("The Nigerian army killed dozens of fighters of Boko Haram.", "en",
         {("Nigerian_Armed_Forces", "fight", "Boko_Haram", "occurred")}),
        ("The Nigerian army killed dozens of Boko Haram fighters.", "en",
         {("Nigerian_Armed_Forces", "fight", "Boko_Haram", "occurred")}),
        ("قتل الجيش النيجري عشرات من مقاتلي بوكو حرام.", "ar",
         {("Nigerien_Armed_Forces", "fight", "Boko_Haram", "occurred")}),
        # one of them, named after the noun that says what he is
        ("L'armée malienne a éliminé le terroriste Tidiane Djibrilou Dicko.", "fr",
         {(FAMA, "fight", "Tidiane_Djibrilou_Dicko", "occurred")}),
        ("L'armée malienne a arrêté le jihadiste Amadou Koufa.", "fr",
         {(FAMA, "arrest", "Amadou_Koufa", "occurred")}),
        # an unnamed member: the group is acted on, the subject is not its member
        ("L'armée malienne a arrêté un membre du JNIM.", "fr", {(FAMA, "arrest", JNIM, "occurred")}),
        ("RADA forces arrested a member of the Tripoli Revolutionaries Brigade.", "en",
         {("Special_Deterrence_Force", "arrest", "Tripoli_Revolutionaries_Brigade", "occurred")}),
        ("L'armée française a tué plusieurs membres de l'État islamique dans le Grand Sahara.", "fr",
         {("France", "fight", "Islamic_State_Sahel_Province", "occurred")}),
        # membership said of the subject is still membership
        ("Le Mali est membre de la CEDEAO.", "fr", {("Mali", "member_of", "ECOWAS", "occurred")}),
        ("Mali is a member of ECOWAS.", "en", {("Mali", "member_of", "ECOWAS", "occurred")}),
    ],
)
def test_object_named_through_its_people(triples, text: str, lang: str,
                                         expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a bracketed acronym of what a titled person heads ends the apposition with it: the
        # person receives, not the body
        ("Assimi Goïta, président de la Confédération des États du Sahel (AES), a accueilli le "
         "général Tiani.", "fr",
         {("Assimi_Goïta", "leads", "Alliance_of_Sahel_States", "occurred"),
          ("Assimi_Goïta", "meet", "Abdourahamane_Tchiani", "occurred")}),
        ("The Rapid Support Forces (RSF) attacked El Fasher.", "en",
         {("Rapid_Support_Forces", "fight", "El_Fasher", "occurred")}),
        # taking the head of a force
        ("Saddam Haftar a pris la tête de la brigade Tariq Ben Zeyad en 2016.", "fr",
         {("Saddam_Haftar", "leads", "Tariq_Ben_Ziyad_Brigade", "occurred")}),
        ("Saddam Haftar took command of the Tariq Ben Ziyad Brigade in 2016.", "en",
         {("Saddam_Haftar", "leads", "Tariq_Ben_Ziyad_Brigade", "occurred")}),
    ],
)
def test_glosses_and_taking_command(triples, text: str, lang: str,
                                    expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        # a head of government's government is the body he heads at the date (and he leads
        # it), or the one he headed last (which he no longer leads)
        ("Turkey has backed Sarraj's government.", "en", date(2019, 12, 1),
         {("Turkey", "support", "Government_of_National_Accord", "occurred"), SARRAJ_LEADS}),
        ("Turkey has backed Sarraj's government.", "en", date(2024, 5, 10),
         {("Turkey", "support", "Government_of_National_Accord", "occurred")}),
        ("The government of Fayez al-Sarraj invited Turkey.", "en", date(2019, 12, 1),
         {("Government_of_National_Accord", "invite", "Turkey", "occurred"), SARRAJ_LEADS}),
        ("La Turquie soutient le gouvernement de Fayez al-Sarraj.", "fr", date(2019, 12, 1),
         {("Turkey", "support", "Government_of_National_Accord", "occurred"), SARRAJ_LEADS}),
        ("دعمت تركيا حكومة فايز السراج.", "ar", date(2019, 12, 1),
         {("Turkey", "support", "Government_of_National_Accord", "occurred")}),
        ("هاجمت قوات حفتر حكومة الدبيبة.", "ar", date(2022, 5, 10),
         {("Libyan_National_Army", "fight", "Government_of_National_Unity", "occurred")}),
    ],
)
def test_government_of_its_head(triples, text: str, lang: str, published: date,
                                expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, published, lang) == expected


SISI_LEADS = ("Abdel_Fattah_el-Sisi", "leads", "Egypt", "occurred")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a head of state's envoy or adviser acts for his country, and travels as a delegation
        ("Un conseiller spécial du Président égyptien, Abdel Fattah Al-Sissi, a rencontré Idriss Déby "
         "à N'Djamena.", "fr",
         {SISI_LEADS, ("Egypt", "meet", "Idriss_Déby", "occurred"),
          ("Egypt", "visit", "N_Djamena", "occurred")}),
        ("An envoy of President Abdel Fattah el-Sisi met Idriss Deby in N'Djamena.", "en",
         {SISI_LEADS, ("Egypt", "meet", "Idriss_Déby", "occurred"),
          ("Egypt", "visit", "N_Djamena", "occurred")}),
        ("التقى مستشار الرئيس المصري عبد الفتاح السيسي بالرئيس التشادي إدريس ديبي.", "ar",
         {SISI_LEADS, ("Egypt", "meet", "Idriss_Déby", "occurred"),
          ("Idriss_Déby", "leads", "Chad", "occurred")}),
        # an envoy named himself, or an honorific before a name, is the person
        ("US envoy Richard Norland met Khalifa Haftar in Benghazi.", "en",
         {("Richard_Norland", "meet", "Khalifa_Haftar", "occurred"),
          ("Richard_Norland", "visit", "Benghazi", "occurred")}),
        ("التقى المستشار عقيلة صالح بخليفة حفتر.", "ar",
         {("Aguila_Saleh", "meet", "Khalifa_Haftar", "occurred")}),
    ],
)
def test_envoys_act_for_their_country(triples, text: str, lang: str,
                                      expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, date(2019, 5, 10), lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "his country" is the country of the person named before it
        ("أعلن وزير خارجية التوغو روبير دوسي أن بلاده تنوي الانضمام إلى تحالف دول الساحل.", "ar",
         {("Togo", "join", "Alliance_of_Sahel_States", "sought")}),
        ("Togo's foreign minister Robert Dussey said his country wants to join the Alliance of Sahel "
         "States.", "en", {("Togo", "join", "Alliance_of_Sahel_States", "sought")}),
        ("Le ministre togolais des Affaires étrangères, Robert Dussey, a annoncé que son pays veut "
         "rejoindre l'Alliance des États du Sahel.", "fr",
         {("Togo", "join", "Alliance_of_Sahel_States", "sought")}),
        # a count that opens with a determiner, before the people of a group
        ("The Nigerian army killed a number of fighters of Boko Haram.", "en",
         {("Nigerian_Armed_Forces", "fight", "Boko_Haram", "occurred")}),
        ("L'armée française a tué un certain nombre des membres de l'État islamique.", "fr",
         {("France", "fight", "Islamic_State", "occurred")}),
        # ... and the members counted are no member_of statement of the subject
        ("L'armée française a tué un certain nombre des membres les plus éminents de l'État "
         "islamique dans le Grand Sahara.", "fr", set()),
    ],
)
def test_own_country_and_counts(triples, text: str, lang: str,
                                expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb with an object pronoun after a relative pronoun: the antecedent is its object,
        # the subject follows
        ("هاجم الجيش السوداني قوات الدعم السريع التي تدعمها الإمارات.",
         {("Sudanese_Armed_Forces", "fight", "Rapid_Support_Forces", "occurred"),
          ("United_Arab_Emirates", "support", "Rapid_Support_Forces", "occurred")}),
        # after "حيث", the pronoun is the subject of the clause before
        ("وصل حفتر إلى نيامي حيث استقبله الرئيس محمد بازوم.",
         {("Khalifa_Haftar", "visit", "Niamey", "occurred"),
          ("Mohamed_Bazoum", "meet", "Khalifa_Haftar", "occurred"),
          ("Mohamed_Bazoum", "leads", "Niger", "occurred")}),
        # the same verb form elsewhere is not read (whose pronoun it is, is unknown)
        ("استقبله الرئيس محمد بازوم.", {("Mohamed_Bazoum", "leads", "Niger", "occurred")}),
    ],
)
def test_object_pronoun_after_a_relative(triples, text: str,
                                         expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, "ar") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # what is sent must be forces for a deployment; the sender deploys foreign mercenaries
        ("وأضافت أن موريتانيا أرسلت أدلة على ذلك إلى السلطات المالية في باماكو.", "ar", set()),
        ("أرسلت تشاد ألف جندي إلى النيجر.", "ar", {("Chad", "deploy", "Niger", "occurred")}),
        ("أرسلت تركيا مرتزقة سوريين إلى ليبيا.", "ar", {("Turkey", "deploy", "Libya", "occurred")}),
        ("Turkey sent Syrian mercenaries to Libya.", "en", {("Turkey", "deploy", "Libya", "occurred")}),
        ("Russia sent Russian troops to Mali.", "en", {("Russia", "deploy", "Mali", "occurred")}),
    ],
)
def test_forces_sent(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a capital attacked is the city; a capital that meets stands for its country
        ("Haftar's forces attacked Tripoli.", "en",
         {("Libyan_National_Army", "fight", "Tripoli", "occurred")}),
        ("Tripoli and Niamey agreed to cooperate on border security.", "en",
         {("Libya", "agree", "Niger", "occurred"), ("Libya", "cooperate", "Niger", "planned")}),
        # a compound adjective's agent is the word before its hyphen, or no one
        ("Niger's new leaders, who ousted the Western-backed president Mohamed Bazoum, demanded the "
         "removal of troops.", "en", set()),
        ("The Russia-backed forces of Khalifa Haftar attacked Tripoli.", "en",
         {("Russia", "support", "Libyan_National_Army", "occurred"),
          ("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred"),
          ("Libyan_National_Army", "fight", "Tripoli", "occurred")}),
    ],
)
def test_capitals_attacked_and_compounds(triples, text: str, lang: str,
                                         expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a leader title holds for a country the person has held an office of
        ("Libyan leader Marshal Khalifa Haftar was welcomed in Moscow.", "en", set()),
        # "the Russian president", named nowhere, makes Déby no leader of Russia, and states no
        # role of Putin's
        ("وهنأ الرئيس الروسي ديبي على نجاحه في تحقيق الاستقرار في تشاد.", "ar", set()),
        ("Nigerien President Mohamed Bazoum met Haftar.", "en",
         {("Mohamed_Bazoum", "leads", "Niger", "occurred"),
          ("Mohamed_Bazoum", "meet", "Khalifa_Haftar", "occurred")}),
        ("Libyan Prime Minister Abdul Hamid Dbeibah met Mohamed Bazoum.", "en",
         {("Abdul_Hamid_Dbeibah", "leads", "Libya", "occurred"),
          ("Abdul_Hamid_Dbeibah", "meet", "Mohamed_Bazoum", "occurred")}),
    ],
)
def test_leaders_of_record(triples, text: str, lang: str,
                           expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, date(2022, 5, 10), lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a campaign or offensive towards a place, or to take it
        ("Haftar's campaign to capture Tripoli failed.", "en",
         {("Khalifa_Haftar", "fight", "Tripoli", "occurred")}),
        ("L'offensive de Haftar vers Tripoli a échoué.", "fr",
         {("Khalifa_Haftar", "fight", "Tripoli", "occurred")}),
        # a preposition of several words
        ("L'offensive des forces du maréchal Haftar en direction de Tripoli était freinée.", "fr",
         {("Libyan_National_Army", "fight", "Tripoli", "occurred")}),
    ],
)
def test_offensives_towards_a_place(triples, text: str, lang: str,
                                    expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("التقى الجنرال عبدالرحمن تياني نظيره المالي الكولونيل أسيمي غويتا في باماكو.", "ar"),
        ("Le général Tiani a rencontré son homologue malien, Assimi Goïta, à Bamako.", "fr"),
        ("Tiani met his Malian counterpart Assimi Goita in Bamako.", "en"),
    ],
)
@pytest.mark.parametrize("published", [None, date(2024, 5, 10)])
def test_a_counterpart_named_after_the_phrase(triples, text: str, lang: str, published: date | None) -> None:
    # the name after "his counterpart" is the counterpart, with or without an article date, and
    # leads the country of the counterpart's nationality
    assert triples(text, published, lang) == {
        ("Abdourahamane_Tchiani", "meet", "Assimi_Goïta", "occurred"),
        ("Assimi_Goïta", "leads", "Mali", "occurred"),
        ("Abdourahamane_Tchiani", "visit", "Bamako", "occurred")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a built town's name ambiguous in one language only is a plain name in the others
        ("Saddam Haftar visited Amman on Monday.", "en",
         {("Saddam_Haftar", "visit", "Amman", "occurred")}),
        ("زار صدام حفتر عمان.", "ar", {("Saddam_Haftar", "visit", "Oman", "occurred")}),
    ],
)
def test_ambiguity_by_language(triples, text: str, lang: str,
                               expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


def test_the_languages_an_ambiguity_concerns() -> None:
    from sahelkg.ingest.language.lexicon import GazetteerEntry

    def place(ambiguity: str | None) -> GazetteerEntry:
        return GazetteerEntry("X", "X", "Place", "town", {}, {}, {}, {}, ambiguous=ambiguity)

    oman = place("ar 'عمان' is also the name of Oman")
    assert [oman.ambiguous_in(lang) for lang in ("ar", "en", "fr")] == [True, False, False]
    assert place("en/fr 'Fada' is a common word (fr)").ambiguous_in("ar", proclitics=True)
    assert [place("en/fr 'Yao' is very short; ar 'ياو' is a common word (ar)").ambiguous_in(lang)
            for lang in ("ar", "en", "fr")] == [True, True, True]
    assert [place("ambiguous").ambiguous_in(lang) for lang in ("ar", "en")] == [True, True]
    assert place(None).ambiguous_in("ar") is False
