"""Language of an article: Arabic by script; otherwise by the function words each language's
data folder lists (class ``function`` in words.tsv)."""

from __future__ import annotations

import re

from sahelkg.ingest.language.lexicon import available_languages, load_lexicon

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, default: str = "ar") -> str:
    """"ar" for Arabic script; for Latin script the language whose function words occur most
    (English when none does); ``default`` for text without letters."""
    sample = text[:4000]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return default
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    if arabic / len(letters) >= 0.3:
        return "ar"
    words = [w.casefold() for w in _WORD.findall(sample)]
    best, best_hits = ("en" if "en" in available_languages() else default), 0
    for lang in available_languages():
        function_words = load_lexicon(lang).single_words("function")
        hits = sum(1 for w in words if w in function_words)
        if hits > best_hits:
            best, best_hits = lang, hits
    return best
