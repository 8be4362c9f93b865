"""Fighting and deployments in Arabic, French and English sentences written for these tests in
the style of wire copy: clashes between two named sides, attacks on an army's camp, base or
convoy (the army is the object), forces killed (their side is the object), air and drone
strikes, troops sent to, stationed in, present in or withdrawn from a country."""

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 16)
SAF, RSF = "Sudanese_Armed_Forces", "Rapid_Support_Forces"
JNIM = "Jama_at_Nasr_al-Islam_wal-Muslimin"
ISSP = "Islamic_State_Sahel_Province"
FAMA, FLA = "Malian_Armed_Forces", "Azawad_Liberation_Front"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # fighting, French
        ("L'armée soudanaise a affronté les Forces de soutien rapide près de Khartoum.", "fr",
         {(SAF, "fight", RSF, "occurred")}),
        ("Des jihadistes du JNIM ont attaqué un camp de l'armée malienne dans la région de Mopti.", "fr",
         {(JNIM, "fight", FAMA, "occurred")}),
        ("Le JNIM a revendiqué l'attaque contre une base de l'armée burkinabè à Djibo.", "fr",
         {(JNIM, "fight", "Armed_Forces_of_Burkina_Faso", "occurred")}),
        ("L'État islamique au Sahel a tué 12 soldats nigériens près de Tillabéri.", "fr",
         {(ISSP, "fight", "Nigerien_Armed_Forces", "occurred")}),
        ("L'armée nigérienne a mené des frappes aériennes contre l'État islamique au Sahel.", "fr",
         {("Nigerien_Armed_Forces", "fight", ISSP, "occurred")}),
        # fighting, English
        ("Islamic State fighters attacked a convoy of the Nigerien army near the border with Mali.", "en",
         {("Islamic_State", "fight", "Nigerien_Armed_Forces", "occurred")}),
        ("The Malian army launched drone strikes on FLA positions near Kidal.", "en",
         {(FAMA, "fight", FLA, "occurred")}),
        # fighting, Arabic
        ("شن الجيش المالي غارات جوية على مواقع جبهة تحرير أزواد.", "ar",
         {(FAMA, "fight", FLA, "occurred")}),
        ("اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم.", "ar",
         {(SAF, "fight", RSF, "occurred")}),
        # deployments, French
        ("Des mercenaires de Wagner sont présents au Mali depuis 2021.", "fr",
         {("Wagner_Group", "deploy", "Mali", "occurred")}),
        ("La France a retiré ses troupes du Niger.", "fr", {("France", "deploy", "Niger", "occurred")}),
        ("Le Tchad a envoyé 1000 soldats au Niger.", "fr", {("Chad", "deploy", "Niger", "occurred")}),
        ("Les États-Unis disposent d'une base de drones à Agadez.", "fr",
         {("United_States", "deploy", "Agadez", "occurred")}),
        ("Les forces de Haftar se sont déployées à Syrte.", "fr",
         {("Libyan_National_Army", "deploy", "Sirte", "occurred"),
          ("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred")}),
        # deployments, English
        ("Chad sent 1,000 soldiers to Niger.", "en", {("Chad", "deploy", "Niger", "occurred")}),
        ("France withdrew its troops from Niger.", "en", {("France", "deploy", "Niger", "occurred")}),
        ("The United States maintains a drone base in Agadez.", "en",
         {("United_States", "deploy", "Agadez", "occurred")}),
        ("Wagner mercenaries have been present in Mali since 2021.", "en",
         {("Wagner_Group", "deploy", "Mali", "occurred")}),
        # deployments, Arabic
        ("أرسلت تشاد ألف جندي إلى النيجر.", "ar", {("Chad", "deploy", "Niger", "occurred")}),
        ("تمتلك الولايات المتحدة قاعدة للطائرات المسيرة في أغاديز.", "ar",
         {("United_States", "deploy", "Agadez", "occurred")}),
        # nothing: no named enemy, no forces killed, nothing sent but words
        ("L'armée malienne et Wagner ont lancé une offensive contre les rebelles touareg.", "fr", set()),
        ("Le président a salué le courage des soldats de l'armée malienne.", "fr", set()),
        ("Le Mali a envoyé un message au Niger.", "fr", set()),
        ("Gunmen killed the mayor of Niamey.", "en", set()),
        ("The minister praised the courage of Malian soldiers.", "en", set()),
        ("Niger withdrew its ambassador from France.", "en", set()),
        ("Egypt sent a letter to Sudan.", "en", set()),
        ("أشاد الوزير بشجاعة جنود الجيش المالي.", "ar", set()),
    ],
)
def test_fighting_and_deployment(triples, text: str, lang: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang) == expected
