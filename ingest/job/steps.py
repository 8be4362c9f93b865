"""Small pipeline steps: cleaning, segmentation into sentences and words, dates."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sahelkg.ingest.job.pipeline import CLEAN, DATES, NORMALISED, SENTENCES, TOKENS, Doc
from sahelkg.ingest.language.normalize import normalize_token
from sahelkg.ingest.nlp.base import NlpBackend, Sentence, Token
from sahelkg.ingest.reading.cleaning import FurnitureRules, clean_text
from sahelkg.ingest.relations.dates import find_dates


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


_CONTENT_UPOS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "X", "AUX"})


def word_of_tokens(sentence: Sentence, words: list[Token]) -> list[int]:
    """For each token of the sentence, the index of the surface word it belongs to."""
    out: list[int] = []
    w = 0
    for token in sentence.tokens:
        while w + 1 < len(words) and token.start >= words[w].end:
            w += 1
        out.append(w)
    return out


def content_tokens(sentence: Sentence, word_of: list[int], count: int) -> list[int]:
    """For each surface word, the token that carries its meaning: the one whose head lies outside
    the word (a parse), else the first content word by its part of speech, else the last token
    ("وبالنيجر" -> "النيجر", "زيارته" -> "زيارة")."""
    each = list(range(count))
    if word_of == each:
        return each  # a token per word (the built-in backend): each its own word's
    members: list[list[int]] = [[] for _ in range(count)]
    for k, w in enumerate(word_of):
        members[w].append(k)
    out: list[int] = []
    for ks in members:
        if not ks:
            out.append(-1)
            continue
        tokens = sentence.tokens
        outside = [k for k in ks if tokens[k].deprel is not None and
                   (tokens[k].head is None or tokens[k].head not in ks)]
        content = [k for k in ks if tokens[k].upos in _CONTENT_UPOS]
        out.append(outside[0] if len(outside) == 1 else content[0] if content else ks[-1])
    return out


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
        self.run_many([doc])

    def run_many(self, docs: Sequence[Doc]) -> None:
        """Segment several documents: one backend call per language (backends are faster on
        batches)."""
        by_lang: dict[str, list[Doc]] = {}
        for doc in docs:
            by_lang.setdefault(doc.lang, []).append(doc)
        for lang, group in by_lang.items():
            backend = self.backend_for(lang)
            for doc, sentences in zip(group, backend.annotate([d.text for d in group], lang), strict=True):
                self._words(doc, sentences)
                doc.layers |= set(backend.provides)

    @staticmethod
    def _words(doc: Doc, sentences: list[Sentence]) -> None:
        doc.sentences = sentences
        doc.words = [surface_words(s, doc.text) for s in sentences]
        doc.norm = [[normalize_token(w.text) for w in words] for words in doc.words]
        doc.word_of = [word_of_tokens(s, words) for s, words in zip(sentences, doc.words, strict=True)]
        doc.content = []
        for s, words, word_of in zip(sentences, doc.words, doc.word_of, strict=True):
            heads = content_tokens(s, word_of, len(words))
            doc.content.append([s.tokens[k] if k >= 0 else None for k in heads])


class DateStep:
    """Date expressions of each sentence, resolved against the publication date."""

    name = "dates"
    requires = frozenset({NORMALISED})
    provides = frozenset({DATES})

    def __call__(self, doc: Doc) -> None:
        words = doc.lexicon.dates
        doc.dates = [find_dates(tokens, words, doc.published) for tokens in doc.norm]
