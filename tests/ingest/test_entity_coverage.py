"""Entities the extractor now recognises: organisations under their press names, a bare "the
army" / "the presidential guard" as the body of the country the article is about, a delegation
from an organisation. Sentences written for these tests, each pinned to the exact entity ids."""

from __future__ import annotations

from datetime import date

import pytest

from sahelkg.records import Article

D = date(2024, 3, 10)


def recognised(extractor, text: str, lang: str, published: date = D) -> set[str]:
    return set(extractor.extract(Article(id="t", text=text, published=published, lang=lang)).mentioned)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("عقد قادة تجمع دول الساحل والصحراء قمتهم في نجامينا.", "ar",
         {"Community_of_Sahel-Saharan_States", "N_Djamena"}),
        ("وتحدث رؤساء دول الساحل الخمس عن الأمن.", "ar", {"G5_Sahel"}),
        ("هددت إكواس بالتدخل العسكري.", "ar", {"ECOWAS"}),
        ("قررت الجماعة الاقتصادية لدول غرب إفريقيا فرض عقوبات.", "ar", {"ECOWAS"}),
        ("أعلنت غينيا رغبتها في الانضمام إلى ائتلاف دول الساحل.", "ar",
         {"Guinea", "Alliance_of_Sahel_States"}),
        ("رفض المجلس العسكري في نيامي الوساطة.", "ar",
         {"National_Council_for_the_Safeguard_of_the_Homeland"}),
        ("هاجم مقاتلو اتحاد قوى الديمقراطية والتنمية بلدة في الشرق.", "ar",
         {"Union_of_Forces_for_Democracy_and_Development"}),
        ("وقعت حركة أزواد العربية على الاتفاق.", "ar", {"Arab_Movement_of_Azawad"}),
        ("أعلن تنظيم القاعدة ببلاد المغرب الإسلامي مسؤوليته.", "ar", {"Al-Qaeda_in_the_Islamic_Maghreb"}),
        # the Mauritanian press's spelling of "Chadian"
        ("وصل الوفد الاتشادي إلى نواكشوط.", "ar", {"Chad", "Nouakchott"}),
        # a quote mark inside a name
        ("اشتبكت قوات تابعة لحكومة \"الوفاق الوطني\" مع مسلحين.", "ar", {"Government_of_National_Accord"}),
        ("Le chef de la brigade Tariq Ben Zeyad est arrivé.", "fr", {"Tariq_Ben_Ziyad_Brigade"}),
        # the displacement camp near El Fasher, in each language; the Mecca well is no camp
        ("تقصف قوات الدعم السريع مخيم زمزم للنازحين.", "ar", {"Rapid_Support_Forces", "Zamzam_camp"}),
        ("Les FSR ont pris le contrôle du camp de Zamzam.", "fr", {"Rapid_Support_Forces", "Zamzam_camp"}),
        ("The RSF attacked the Zamzam camp near El Fasher.", "en",
         {"Rapid_Support_Forces", "Zamzam_camp", "El_Fasher"}),
        # an army's noun and the nationality after it, read in the article's context: Nigeria's
        # army in an article about Nigeria (the Arabic adjective serves Niger too)
        ("قتل 38 شخصا في قرية بولاية زامفارا شمال غربي نيجيريا. وتواصل المجموعات المسلحة أعمال الخطف "
         "رغم انتشار الجيش النيجيري منذ سنوات.", "ar", {"Nigeria", "Nigerian_Armed_Forces"}),
        # "Le Caire" after "au" or "du"
        ("Haftar s'est rendu au Caire, puis il est reparti du Caire.", "fr", {"Khalifa_Haftar", "Cairo"}),
        ("La 106e brigade a pris position.", "fr", {"106th_Brigade"}),
        ("La Cédéao a levé ses sanctions.", "fr", {"ECOWAS"}),
    ],
)
def test_organisations_under_their_press_names(extractor, text, lang, expected):
    assert expected <= recognised(extractor, text, lang)


# an article about one country: it and its places named three times and more
NIGER = "Le Niger fait face à des attaques. À Diffa, au Niger, la situation est tendue. "
NIGER_AR = "تواجه النيجر هجمات متكررة. وفي ديفا بالنيجر تبقى الأوضاع متوترة. "
SUDAN_AR = "يشهد السودان حربا منذ عامين. وفي الخرطوم بالسودان تتواصل المعارك. "
SUDAN_EN = "Sudan has been at war for two years. In Khartoum, Sudan, the fighting goes on. "


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (NIGER + "Boko Haram a attaqué l'armée près de Diffa.", "fr",
         {("Boko_Haram", "fight", "Nigerien_Armed_Forces", "occurred")}),
        (SUDAN_AR + "واتسعت الحرب بين الجيش وقوات الدعم السريع.", "ar",
         {("Sudanese_Armed_Forces", "fight", "Rapid_Support_Forces", "occurred")}),
        (SUDAN_EN + "The army attacked the Rapid Support Forces in Omdurman.", "en",
         {("Sudanese_Armed_Forces", "fight", "Rapid_Support_Forces", "occurred")}),
    ],
)
def test_bare_army_is_the_army_of_the_article_country(triples, text, lang, expected):
    assert expected <= triples(text, D, lang)


@pytest.mark.parametrize(
    ("text", "lang", "entity"),
    [
        (NIGER_AR + "وأعلن الحرس الرئاسي ولاءه للمجلس.", "ar", "Presidential_Guard_Niger"),
        (NIGER_AR + "وقال الجيش إن الوضع تحت السيطرة.", "ar", "Nigerien_Armed_Forces"),
        (NIGER + "La garde présidentielle a bouclé le palais.", "fr", "Presidential_Guard_Niger"),
    ],
)
def test_bare_body_is_the_body_of_the_article_country(extractor, text, lang, entity):
    assert entity in recognised(extractor, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # no country stands out: the army is nobody's
        ("L'armée a repoussé une attaque.", "fr", "Nigerien_Armed_Forces"),
        # another country's army, named by its nationality or its country
        (NIGER + "L'armée malienne a repoussé une attaque.", "fr", "Nigerien_Armed_Forces"),
        (NIGER_AR + "وقال الجيش المالي إن الوضع تحت السيطرة.", "ar", "Nigerien_Armed_Forces"),
        (NIGER + "L'armée de l'air française a frappé.", "fr", "Nigerien_Armed_Forces"),
        # a force named by the one leading it
        (NIGER_AR + "وتقدمت قوات الجيش بقيادة خليفة حفتر.", "ar", "Nigerien_Armed_Forces"),
        # an army, not the army
        (NIGER + "Une armée de volontaires s'est formée.", "fr", "Nigerien_Armed_Forces"),
    ],
)
def test_bare_army_needs_one_country_and_nothing_naming_another(extractor, text, lang, absent):
    assert absent not in recognised(extractor, text, lang)


def test_a_delegation_from_an_organisation_is_headed_by_its_head(triples):
    # both act, as for a country's delegation ("وفد نيجري برئاسة X"); the head leads no ECOWAS
    assert triples("ووصل وفد من إكواس برئاسة عبد السلام أبوبكر إلى نيامي.", D) == {
        ("Abdulsalami_Abubakar", "visit", "Niamey", "occurred"), ("ECOWAS", "visit", "Niamey", "occurred")}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a title over a bare army: the army of the article's country
        (SUDAN_AR + "ودعا قائد الجيش الفريق عبد الفتاح البرهان إلى التعبئة.", D,
         {("Abdel_Fattah_al-Burhan", "leads", "Sudanese_Armed_Forces", "occurred")}),
        # a title with a nationality, a place after it: the holder at the article date visits it
        ("زار الرئيس النيجري موسكو.", D, {("Abdourahamane_Tchiani", "visit", "Moscow", "occurred")}),
        # an undated article: the office its bearer has held of one body only
        ("وقال القائد العام للقوات المسلحة المشير خليفة حفتر إن الوضع مستقر.", None,
         {("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred")}),
        # "برئاسة X" after a government names the one heading it
        ("وقالت حكومة الوفاق برئاسة فايز السراج إنها ستواصل القتال.", D,
         {("Fayez_al-Sarraj", "leads", "Government_of_National_Accord", "occurred")}),
    ],
)
def test_titles_over_bare_bodies_and_places(triples, text, published, expected):
    assert expected <= triples(text, published)


def test_a_title_governed_by_a_preposition_is_another_persons(extractor):
    # "قائد الحرس الرئاسي، للرئيس X": X is the president served, not the commander
    doc = extractor.analyse(Article(id="t", text=NIGER_AR + "وكان عبد الرحمن تياني قائد الحرس الرئاسي، "
                                    "للرئيس محمد بازوم.", published=D, lang="ar"))
    assert doc is not None
    leads = {(m.entity, m.leads) for ms in doc.mentions for m in ms if m.leads}
    assert ("Mohamed_Bazoum", "Presidential_Guard_Niger") not in leads


def test_the_sudan_quad_and_its_members(triples):
    assert triples("وقدمت المجموعة الرباعية التي تضم الإمارات ومصر خطة للسلام في السودان.", D) == {
        ("United_Arab_Emirates", "member_of", "Sudan_Quad", "occurred"),
        ("Egypt", "member_of", "Sudan_Quad", "occurred")}


def test_the_mecca_well_is_no_camp(extractor) -> None:
    # "ماء زمزم" is the water of the well of Mecca, not the displacement camp near El Fasher
    assert "Zamzam_camp" not in recognised(extractor, "وزعت الجمعية ماء زمزم على الحجاج.", "ar")


@pytest.mark.parametrize(
    ("text", "lang", "army"),
    [
        ("Chadian troops are in northern Mali.", "en", "Chadian_National_Army"),
        ("Des soldats tchadiens campent aux portes de Niamey.", "fr", "Chadian_National_Army"),
        ("قتل ثلاثة جنود تشاديين في الشمال.", "ar", "Chadian_National_Army"),
        ("Egyptian warplanes flew over Derna.", "en", "Egyptian_Armed_Forces"),
    ],
)
def test_troops_named_by_nationality_name_the_national_army(extractor, text, lang, army):
    found = recognised(extractor, text, lang)
    assert army in found
    assert ("Chad" if army.startswith("Chad") else "Egypt") in found


def test_a_nationality_without_troops_names_no_army(extractor):
    assert recognised(extractor, "The Chadian president arrived in Niamey.", "en") & \
        {"Chadian_National_Army"} == set()


def test_entities_a_rule_names_are_recognised(extractor):
    """The unnamed killers of a named man, which no mention names, are the unidentified armed
    group of the country where he was killed, named by the relation a rule read."""
    text = "أعلن مصدر أمني مقتل عبد الغني الككلي في طرابلس."
    extracted = extractor.extract(Article(id="t", text=text, published=date(2025, 5, 13), lang="ar"))
    assert {(r.subject.id, r.relation, r.object.id) for r in extracted.relations} == \
        {("Unidentified_Armed_Group_Libya", "fight", "Abdul_Ghani_al-Kikli")}
    assert "Unidentified_Armed_Group_Libya" in extracted.mentioned


@pytest.mark.parametrize(("text", "lang", "entity"), [
    ("The RSF commander Abdallah al-Jazouli was killed in Omdurman.", "en", "Abdallah_al-Jazouli"),
    ("Le général Iliya Abbah commande la force multinationale.", "fr", "Iliya_Abbah"),
    # bodies of kinds the gazetteer did not have: a rights group, a tribe
    ("Human Rights Watch accused the Burkinabe army of killing civilians.", "en", "Human_Rights_Watch"),
    ("اندلعت اشتباكات بين التبو وقبيلة أولاد سليمان في سبها.", "ar", "Awlad_Suleiman"),
])
def test_people_of_the_news_the_gazetteer_now_knows(extractor, text, lang, entity):
    assert entity in recognised(extractor, text, lang)


def test_the_head_of_a_body_in_a_country_leads_the_body_not_the_country(triples):
    text = "وقال قائد القوات الجوية في مالي الجنرال ألو بوي ديارا إنه تسلم نحو 20 طائرة."
    assert {t[:3] for t in triples(text, date(2023, 3, 17)) if t[1] == "leads"} == \
        {("Alou_Boï_Diarra", "leads", "Malian_Air_Force")}
    other = "وقال قائد الحرس الخاص في مالي الجنرال ألو بوي ديارا إنه تسلم نحو 20 طائرة."
    assert not {t for t in triples(other, date(2023, 3, 17)) if t[1] == "leads"}
