"""The extractor never fails on odd text: random mixes of names, triggers, titles, digits,
punctuation and noise in every language, with and without a publication date. Every relation it
does give points back into the article text (offsets) and uses the vocabulary."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sahelkg.ingest.job.extract import Extractor

from sahelkg.records import RELATION_TYPES, STATUSES, Article

WORDS = {
    "ar": ["زار", "التقى", "استقبل", "وقع", "اتفاقية", "مع", "إلى", "في", "و", "لم", "سيزور", "حفتر",
           "النيجر", "ليبيا", "مالي", "فاغنر", "رئيس", "المشير", "وفد", "برئاسة", "أمس", "الثلاثاء",
           "7", "أغسطس", "2018", "،", ".", "نجل", "الذي", "قوات", "هجوم", "على", "الدولتين", "ال", "ـ"],
    "fr": ["a", "rencontré", "reçu", "par", "le", "président", "nigérien", "Bazoum", "Haftar", "à",
           "Niamey", "l'", "armée", "malienne", "n'", "pas", "accord", "avec", "il", "Mali", "Wagner",
           "mardi", "14", "mars", "2023", ",", ".", "de", "la", "délégation", "fils", "du"],
    "en": ["met", "visited", "received", "by", "the", "President", "Nigerien", "Bazoum", "Haftar",
           "in", "Niamey", "'s", "army", "did", "not", "agreement", "with", "he", "Mali", "Wagner",
           "Tuesday", "March", "14,", "2023", ",", ".", "of", "delegation", "son", "two", "sides"],
}
NOISE = ["", " ", "\n", "\n\n", "\t", "«", "»", "\"", "(", ")", "-", "—", "…", "؟", "!", "\u200f", "\ufeff",
         "https://example.org/a?b=1", "aXA6IDEzLjU5LjE3MC4yMjgg", "logo", "©", "🙂", "\x00"]


def _text(rng: random.Random, lang: str) -> str:
    parts = []
    for _ in range(rng.randint(0, 120)):
        parts.append(rng.choice(WORDS[lang]) if rng.random() < 0.85 else rng.choice(NOISE))
        parts.append(rng.choice([" ", " ", " ", "", "\n"]))
    return "".join(parts)


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_random_text_never_breaks_the_extractor(extractor: Extractor, lang: str) -> None:
    rng = random.Random(f"robustness-{lang}")
    articles = [Article(id=f"r{n}", text=_text(rng, lang), lang=lang,
                        published=date(2024, 3, 5) if n % 2 else None) for n in range(150)]
    checked = 0
    for extracted in extractor.extract_many(articles):
        text = extracted.article.text
        for relation in extracted.relations:
            checked += 1
            assert relation.relation in RELATION_TYPES and relation.status in STATUSES
            assert relation.evidence is not None
            assert text[relation.evidence.start:relation.evidence.end] == relation.evidence.sentence
            assert 0.0 <= relation.confidence <= 1.0
            assert relation.subject.id != relation.object.id
    assert checked > 0  # the mixes do state relations now and then, so the checks above ran


def test_empty_and_blank_articles_give_nothing(extractor: Extractor) -> None:
    for text in ("", " ", "\n\n", ".", "،،،", "logo"):
        assert extractor.extract(Article(id="blank", text=text, lang="ar")).relations == ()
