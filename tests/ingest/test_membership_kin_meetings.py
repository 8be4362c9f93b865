"""Memberships, kinship, meetings and alliances across Arabic, French and English: member states
listed beside their organisation, "يتألف من", kin after a possessive determiner or a possessor
with a given name alone, telephone calls (a meeting: CONSULT, CAMEO 041), and pacts made with a
light verb by coordinated subjects ("forged an alliance", "ont scellé une alliance", "أقامت ...
حلفا")."""

import pytest

AES = "Alliance_of_Sahel_States"
MEMBERS = {(c, "member_of", AES, "occurred") for c in ("Mali", "Burkina_Faso", "Niger")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # member states beside their organisation
        ("The three AES states, Mali, Burkina Faso and Niger, left ECOWAS in January.", "en", MEMBERS),
        ("Les trois pays de l'AES, le Mali, le Burkina Faso et le Niger, ont créé une confédération.",
         "fr", MEMBERS),
        ("انسحبت الدول الأعضاء في تحالف دول الساحل مالي والنيجر وبوركينا فاسو من إيكواس.", "ar", MEMBERS),
        ("ويتألف تحالف دول الساحل من مالي والنيجر وبوركينا فاسو.", "ar", MEMBERS),
        # a delegation made up of people is no organisation with members
        ("يتكون الوفد الليبي من عبد الحميد الدبيبة وخليفة حفتر.", "ar", set()),
        # kin
        ("Haftar's son Saddam met Russian Deputy Defence Minister Yunus-Bek Yevkurov.", "en",
         {("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred"),
          ("Saddam_Haftar", "meet", "Yunus-Bek_Yevkurov", "occurred")}),
        ("Khalifa Haftar and his son Khaled Haftar arrived in Moscow.", "en",
         {("Khaled_Haftar", "relative_of", "Khalifa_Haftar", "occurred"),
          ("Khaled_Haftar", "visit", "Moscow", "occurred"),
          ("Khalifa_Haftar", "visit", "Moscow", "occurred")}),
        ("Khalifa Haftar et son fils Saddam Haftar ont été reçus par Vladimir Poutine.", "fr",
         {("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred"),
          ("Vladimir_Putin", "meet", "Saddam_Haftar", "occurred"),
          ("Vladimir_Putin", "meet", "Khalifa_Haftar", "occurred")}),
        ("Le frère du président Mahamat Idriss Déby a été arrêté.", "fr", set()),
        # telephone calls
        ("Abdourahamane Tchiani spoke by telephone with Vladimir Putin on Thursday.", "en",
         {("Abdourahamane_Tchiani", "meet", "Vladimir_Putin", "occurred")}),
        ("أجرى الرئيس النيجري عبد الرحمن تياني اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين.", "ar",
         {("Abdourahamane_Tchiani", "leads", "Niger", "occurred"),
          ("Vladimir_Putin", "leads", "Russia", "occurred"),
          ("Abdourahamane_Tchiani", "meet", "Vladimir_Putin", "occurred")}),
        ("Ibrahim Traoré a eu un appel téléphonique avec Vladimir Poutine.", "fr",
         {("Ibrahim_Traoré", "meet", "Vladimir_Putin", "occurred")}),
        # pacts made with a light verb
        ("Russia and the Libyan National Army formed an alliance against the Government of National Unity.",
         "en", {("Russia", "ally", "Libyan_National_Army", "occurred")}),
        ("Le Niger et le Mali ont scellé une alliance militaire.", "fr",
         {("Niger", "ally", "Mali", "occurred")}),
        ("La Russie et le Mali ont noué une alliance stratégique.", "fr",
         {("Russia", "ally", "Mali", "occurred")}),
        ("وأقامت مالي والنيجر حلفا عسكريا.", "ar", {("Mali", "ally", "Niger", "occurred")}),
        # an alliance spoken of, not made
        ("Niger and Mali criticised the alliance.", "en", set()),
        ("The weather in Niamey was hot on Monday.", "en", set()),
        ("كان الطقس حارا في نيامي يوم الاثنين.", "ar", set()),
    ],
)
def test_membership_kin_meetings(triples, text: str, lang: str, expected: set) -> None:
    assert triples(text, lang=lang) == expected
