from sahelkg.ingest.language.lexicon import load_lexicon
from sahelkg.ingest.reading.cleaning import clean_text

ARTICLE = """تخطي إلى المحتوى الرئيسي
logo
العالم العربي
زار وزير الدفاع النيجري طرابلس.
إعلان
أخبار ذات علاقة
زار حفتر موسكو مرة أخرى
الجيش يعلن السيطرة على الحدود
وأكد الوزير أن التعاون سيستمر طويلا مع الجانب الليبي في مجالات عديدة تشمل الأمن والتدريب وتبادل المعلومات.
-
روسيا تخطط لقاعدة في طبرق
-
استقبل حفتر السفير aXA6IDEzLjU5LjE3MC4yMjgg في بنغازي.
جميع الحقوق محفوظة © 2024 شركة ميديا
"""


def kept_lines(text: str) -> list[str]:
    cleaned = clean_text(text, load_lexicon("ar")).text
    assert len(cleaned) == len(text)  # offsets into the article stay valid
    return [line.strip() for line in cleaned.splitlines() if line.strip()]


def test_furniture_is_blanked_and_article_text_kept() -> None:
    assert kept_lines(ARTICLE) == [
        "زار وزير الدفاع النيجري طرابلس.",
        "وأكد الوزير أن التعاون سيستمر طويلا مع الجانب الليبي في مجالات عديدة "
        "تشمل الأمن والتدريب وتبادل المعلومات.",
        "استقبل حفتر السفير                          في بنغازي.",
    ]


def test_offsets_of_kept_text_are_unchanged() -> None:
    cleaned = clean_text(ARTICLE, load_lexicon("ar")).text
    start = ARTICLE.index("زار وزير")
    assert cleaned[start : start + 10] == ARTICLE[start : start + 10]


def test_english_word_of_sixteen_letters_is_not_a_tracking_token() -> None:
    text = "Counterterrorism cooperation between Niger and Libya.\n"
    assert kept_lines_en(text) == ["Counterterrorism cooperation between Niger and Libya."]


def kept_lines_en(text: str) -> list[str]:
    cleaned = clean_text(text, load_lexicon("en")).text
    return [line.strip() for line in cleaned.splitlines() if line.strip()]
