"""The built-in NLP backend: sentence splitting and tokenisation with character offsets.

No models: lines are paragraphs, sentences end at . ! ? ؟ (not inside numbers), and tokens
are runs of letters/digits (Arabic diacritics and tatweel included; an apostrophe stays inside
a word, "s'est") or single punctuation marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sahelkg.ingest.nlp.base import SENTENCES, TOKENS, Sentence, Token

_TOKEN = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+(?:['’][\w\u064b-\u065f\u0670\u0640]+)*|[^\w\s]",
                    re.UNICODE)
_SENTENCE_END = re.compile(r"(?<!\d)[.!?؟…]+(?=\s|$)|(?<=\d)[.!?؟]+(?=\s+\D)|\n+")


class BuiltinBackend:
    """Sentences and tokens for any language written with spaces between words."""

    name = "builtin"
    provides: frozenset[str] = frozenset({SENTENCES, TOKENS})

    def annotate(self, texts: Sequence[str], lang: str) -> list[list[Sentence]]:
        return [split_sentences(text) for text in texts]


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if match.group()[0] != "\n" else match.start()
        _add(sentences, text, start, end)
        start = match.end()
    _add(sentences, text, start, len(text))
    return sentences


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s, e = start + lead, start + lead + len(stripped)
    out.append(Sentence(text=stripped, start=s, end=e, tokens=tokenize(stripped, s)))
