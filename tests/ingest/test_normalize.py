from sahelkg.ingest.language.normalize import normalize_arabic, noun_stems, strip_clitics, verb_stems


def test_letter_variants_diacritics_and_tatweel() -> None:
    assert normalize_arabic("إِلى آغاديس") == "الي اغاديس"
    assert normalize_arabic("مدينةٌ كُبرى") == "مدينه كبري"
    assert normalize_arabic('لـ"العين"') == 'ل"العين"'
    assert normalize_arabic("  أجاديز \n  ") == "اجاديز"


def test_latin_text_is_case_folded_without_accents() -> None:
    assert normalize_arabic("Le Président NIGÉRIEN") == "le president nigerien"


def test_clitics_do_not_hide_a_name() -> None:
    assert ("و", "حفتر", "") in noun_stems("وحفتر")
    assert ("ل", "حفتر", "") in noun_stems("لحفتر")
    assert ("ل", "الجيش", "") in noun_stems("للجيش")  # ل + الجيش: the article's alef drops
    assert noun_stems(normalize_arabic("وبالنيجر")) == (
        ("", "وبالنيجر", ""),
        ("وبال", "نيجر", ""),
        ("وب", "النيجر", ""),
        ("و", "بالنيجر", ""),
    )


def test_possessive_suffixes_do_not_hide_a_trigger() -> None:
    assert ("", "زياره", "masc") in noun_stems(normalize_arabic("زيارته"))
    assert ("", "وجود", "fem") in noun_stems(normalize_arabic("وجودها"))
    assert ("", "لقاء", "dual") in noun_stems(normalize_arabic("لقاءهما"))
    assert ("ب", "دعوه", "") in noun_stems(normalize_arabic("بدعوة"))


def test_verb_proclitics_and_future_prefix() -> None:
    assert ("وس", "يبحث") in verb_stems("وسيبحث")
    assert ("و", "وصل") in verb_stems("ووصل")


def test_strip_clitics() -> None:
    assert strip_clitics("وحفتر") == "حفتر"
    assert strip_clitics("بالنيجر") == "نيجر"
