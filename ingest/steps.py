"""Small pipeline steps: cleaning, segmentation into sentences and words, dates."""

from __future__ import annotations

from collections.abc import Callable

from sahelkg.ingest.cleaning import FurnitureRules, clean_text
from sahelkg.ingest.dates import find_dates
from sahelkg.ingest.nlp.base import NlpBackend, Sentence, Token
from sahelkg.ingest.normalize import normalize_token
from sahelkg.ingest.pipeline import CLEAN, DATES, NORMALISED, SENTENCES, TOKENS, Doc


class CleanStep:
    """Blank out page furniture (offsets into the article text are kept)."""

    name = "clean"
    requires: frozenset[str] = frozenset()
    provides = frozenset({CLEAN})

    def __init__(self) -> None:
        self._rules: dict[str, FurnitureRules] = {}

    def __call__(self, doc: Doc) -> None:
        rules = self._rules.get(doc.lang)
        if rules is None:
            rules = self._rules[doc.lang] = FurnitureRules.from_rules(doc.lexicon.furniture)
        doc.text = clean_text(doc.article.text, doc.lexicon, rules).text


def surface_words(sentence: Sentence, text: str) -> list[Token]:
    """The sentence's surface words: syntactic words that share a span (clitics split off by a
    multi-word-token expander) are joined back into the word written in the text."""
    words: list[Token] = []
    for token in sentence.tokens:
        if words and token.start < words[-1].end:
            continue
        words.append(Token(text[token.start:token.end], token.start, token.end))
    return words


class SegmentStep:
    """Sentences and words from the NLP backend; normalised word forms for matching."""

    name = "segment"
    requires = frozenset({CLEAN})
    provides = frozenset({SENTENCES, TOKENS, NORMALISED})

    def __init__(self, backend_for: Callable[[str], NlpBackend] | None = None) -> None:
        if backend_for is None:
            from sahelkg.ingest.nlp.builtin import BuiltinBackend

            builtin = BuiltinBackend()
            backend_for = lambda lang: builtin  # noqa: E731
        self.backend_for = backend_for

    def __call__(self, doc: Doc) -> None:
        backend = self.backend_for(doc.lang)
        doc.sentences = backend.annotate([doc.text], doc.lang)[0]
        doc.words = [surface_words(s, doc.text) for s in doc.sentences]
        doc.norm = [[normalize_token(w.text) for w in words] for words in doc.words]
        doc.layers |= set(backend.provides)


class DateStep:
    """Date expressions of each sentence, resolved against the publication date."""

    name = "dates"
    requires = frozenset({NORMALISED})
    provides = frozenset({DATES})

    def __call__(self, doc: Doc) -> None:
        words = doc.lexicon.dates
        doc.dates = [find_dates(tokens, words, doc.published) for tokens in doc.norm]
