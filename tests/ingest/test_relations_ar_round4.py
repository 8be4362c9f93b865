"""Arabic round 4, on sentences written for these tests: arrests (an adverbial between the verb
and its object, people the gazetteer lacks, the agent of a verbal noun named after "على يد", an
earlier arrest told after "بعد", a town's fighters), and extradition, which is no arrest."""

from datetime import date

import pytest

D2024 = date(2024, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time of day set off by commas between the verb's subject and its object
        ("اعتقلت الشرطة التونسية، مساء أمس الأحد، عبد الله السنوسي في مطار قرطاج.", {
            ("Tunisia", "arrest", "Abdullah_Senussi", "occurred"),
        }),
        # a person the gazetteer lacks, introduced by "المدعو"
        ("ألقت قوات الأمن النيجرية القبض على المدعو محمد ولد سيدي في أغاديس.", {
            ("Niger", "arrest", "محمد_ولد_سيدي", "occurred"),
        }),
        ("وأعلنت السلطات التشادية توقيف المدعو أحمد سليمان قرب الحدود.", {
            ("Chad", "arrest", "احمد_سليمان", "occurred"),
        }),
        # the agent of the verbal noun named after it
        ("وتم اعتقال سيف الإسلام القذافي قرب أوباري على يد قوات حفتر.", {
            ("Libyan_National_Army", "arrest", "Saif_al-Islam_Gaddafi", "occurred"),
        }),
        # ... and a town's fighters act for the town
        ("وجاء ذلك بعد اعتقال الساعدي القذافي على يد ثوار الزنتان.", {
            ("Zintan", "arrest", "Al-Saadi_Gaddafi", "occurred"),
        }),
        ("واعتقل ثوار الزنتان الساعدي القذافي.", {("Zintan", "arrest", "Al-Saadi_Gaddafi", "occurred")}),
        # seized "على يد مجهولين": an unnamed side, with no place to scope it by
        ("وقال حفتر إن اعتقال الساعدي القذافي تم على يد مجهولين.",
         {("Unidentified_Armed_Group", "arrest", "Al-Saadi_Gaddafi", "occurred")}),
        # an earlier arrest told after "بعد": the clause's actor did not make it
        ("وغادر حفتر إلى القاهرة بعد اعتقال الساعدي القذافي.", set()),
    ],
)
def test_arrest(triples, text: str, expected: set) -> None:
    assert {t for t in triples(text, D2024) if t[1] in ("arrest", "fight")} == expected


@pytest.mark.parametrize(
    "text",
    [
        "وسلمت النيجر الساعدي القذافي إلى السلطات الليبية.",
        "وطالبت ليبيا موريتانيا بتسليم عبد الله السنوسي إلى طرابلس.",
        "وقررت موريتانيا تسليم عبد الله السنوسي إلى ليبيا.",
    ],
)
def test_extradition_is_no_arrest(triples, text: str) -> None:
    assert not {t for t in triples(text, D2024) if t[1] == "arrest"}


def test_town_is_no_arrester_by_itself(triples) -> None:
    """A town named without its fighters is a place, which arrests nobody."""
    assert not {t for t in triples("واعتقلت الزنتان الساعدي القذافي.", D2024) if t[1] == "arrest"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name alone after a kin noun with a suffix takes the family name of the possessor
        ("واصطحب المشير خليفة حفتر نجله صدام في زيارته إلى القاهرة.", {
            ("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred"),
        }),
        # the full name, with a preposition on the kin noun: the one met is the relative
        ("التقى حفتر بنجله خالد حفتر في بنغازي.", {
            ("Khaled_Haftar", "relative_of", "Khalifa_Haftar", "occurred"),
            ("Khalifa_Haftar", "meet", "Khaled_Haftar", "occurred"),
        }),
        # a kin noun without a suffix is left to the title rules; a name nobody knows stays out
        ("واستقبل حفتر نجله محمود في بنغازي.", set()),
    ],
)
def test_kin_after_possessive_suffix(triples, text: str, expected: set) -> None:
    assert {t for t in triples(text, D2024) if t[1] in ("relative_of", "meet")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a symmetric verb without an object: the listed parties with each other
        ("اجتمع وزراء دفاع مالي والنيجر وبوركينا فاسو في باماكو. واتفقت الدول الثلاث على تبادل المعلومات.", {
            ("Mali", "agree", "Niger", "occurred"),
            ("Mali", "agree", "Burkina_Faso", "occurred"),
            ("Niger", "agree", "Burkina_Faso", "occurred"),
        }),
        # with an object: each of them with it; the number picks the list of that size
        ("وقعت تشاد والسودان مذكرة تفاهم، ثم انضمت إليهما ليبيا ومصر والجزائر وتونس. "
         "ورفضت البلدان الأربعة التدخل التركي.", {
            ("Chad", "agree", "Sudan", "occurred"),
            ("Libya", "reject", "Turkey", "occurred"),
            ("Egypt", "reject", "Turkey", "occurred"),
            ("Algeria", "reject", "Turkey", "occurred"),
            ("Tunisia", "reject", "Turkey", "occurred"),
        }),
        # no list of three named: nothing rather than a guess
        ("التقى تبون وحفتر في الجزائر. واتفقت الدول الثلاث على التعاون.", set()),
    ],
)
def test_collective_back_reference(triples, text: str, expected: set) -> None:
    found = triples(text, D2024)
    assert {t for t in found if t[1] in ("agree", "reject")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force the gazetteer does not name acts as the known country or person heading it
        ("وانتشرت قوة متعددة الجنسيات بقيادة فرنسا في شمال مالي.", {
            ("France", "deploy", "Mali", "occurred"),
        }),
        ("وهاجمت مجموعة مسلحة بقيادة صدام حفتر مدينة مرزق.", {
            ("Saddam_Haftar", "fight", "Murzuq", "occurred"),
        }),
        # headed by someone nobody knows: nothing
        ("وانتشرت قوة عسكرية بقيادة ضابط كبير في شمال مالي.", set()),
        # leaders of countries act for their countries
        ("ووقع قادة مالي والنيجر وبوركينا فاسو في نيامي على الميثاق المنشئ لتحالف دول الساحل.", {
            ("Mali", "ally", "Niger", "occurred"),
            ("Mali", "ally", "Burkina_Faso", "occurred"),
            ("Niger", "ally", "Burkina_Faso", "occurred"),
            ("Mali", "member_of", "Alliance_of_Sahel_States", "occurred"),
            ("Niger", "member_of", "Alliance_of_Sahel_States", "occurred"),
            ("Burkina_Faso", "member_of", "Alliance_of_Sahel_States", "occurred"),
        }),
    ],
)
def test_unnamed_force_headed_by_known_party(triples, text: str, expected: set) -> None:
    assert triples(text, D2024) == expected
