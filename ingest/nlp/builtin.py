"""The built-in NLP backend: sentence splitting and tokenisation with character offsets.

No models: lines are paragraphs, sentences end at . ! ? ؟ (not inside numbers, not after an
initial ("U.S.", "M. Bazoum") or an abbreviation the language's words.tsv lists under
``abbreviation``: "Gen.", "Mr."), and tokens are cut by :mod:`sahelkg.ingest.language.tokens` (runs of
letters/digits, elided articles and possessive endings apart: "l'armée", "Niger's").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sahelkg.ingest.language.lexicon import LexiconError, load_lexicon
from sahelkg.ingest.language.normalize import normalize_token
from sahelkg.ingest.language.tokens import token_pattern
from sahelkg.ingest.nlp.base import SENTENCES, TOKENS, Sentence, Token

MAX_SENTENCE_TOKENS = 150  # a longer run without a full stop is cut at its last clause mark
_CLAUSE_MARK = re.compile(r"[،,;؛:]")
# a full stop before white space; after a number, only before a word; or between two words a
# copied page ran together ("في بيان.وتوجه", "he said.The attackers": a lower-case word of three
# letters or more, then a capitalised word)
_SENTENCE_END = re.compile(r"(?<!\d)[.!?؟…]+(?=\s|$)|(?<=\d)[.!?؟]+(?=\s+\D)|\n+"
                           r"|(?<=[\u0621-\u064a]{3})[.!؟]+(?=[\u0621-\u064a]{2})"
                           r"|(?<=[a-zà-ÿ]{3})[.!?]+(?=[A-ZÀ-Ý][a-zà-ÿ])")


class BuiltinBackend:
    """Sentences and tokens for any language written with spaces between words."""

    name = "builtin"
    provides: frozenset[str] = frozenset({SENTENCES, TOKENS})

    def annotate(self, texts: Sequence[str], lang: str) -> list[list[Sentence]]:
        return [split_sentences(text, _abbreviations(lang)) for text in texts]


def _abbreviations(lang: str) -> frozenset[str]:
    try:
        return load_lexicon(lang).single_words("abbreviation")
    except LexiconError:
        return frozenset()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    # the word pattern matches at every character but white space (a letter starts a word, any
    # other mark is one), so only white space lies between two words and each word is found by
    # str.find from the end of the one before: the offsets without a match object per word
    tokens: list[Token] = []
    find = text.find
    at = 0
    for word in token_pattern().findall(text):
        at = find(word, at)
        end = at + len(word)
        tokens.append(Token(word, at + offset, end + offset))
        at = end
    return tokens


_LAST_WORD = re.compile(r"(\w+)$")


def _abbreviated(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """Does the full stop at ``dot`` end an initial or an abbreviation rather than a sentence?"""
    found = _LAST_WORD.search(text, max(0, dot - 12), dot)
    if found is None:
        return False
    word = found.group(1)
    # the lexicon stores its words folded like the text it searches ("Gén." -> "gen")
    return (len(word) == 1 and word.isupper()) or normalize_token(word) in abbreviations


def split_sentences(text: str, abbreviations: frozenset[str] = frozenset()) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group() == "." and _abbreviated(text, match.start(), abbreviations):
            continue
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
    tokens = tokenize(stripped, s)
    # a run of words without a full stop (a page flattened to one line, a list, noise) is cut into
    # pieces of at most MAX_SENTENCE_TOKENS tokens, each after the last comma or semicolon in its
    # second half when it has one, so the work per sentence stays bounded and an article's time
    # grows linearly with its length
    while len(tokens) > MAX_SENTENCE_TOKENS:
        cut = tokens[MAX_SENTENCE_TOKENS].start
        marks = [m.end() for m in _CLAUSE_MARK.finditer(text, tokens[MAX_SENTENCE_TOKENS // 2].start, cut)]
        cut = marks[-1] if marks else cut
        head = [tok for tok in tokens[:MAX_SENTENCE_TOKENS + 1] if tok.end <= cut]
        piece = text[s:cut].rstrip()
        out.append(Sentence(text=piece, start=s, end=s + len(piece), tokens=head))
        tokens = tokens[len(head):]
        s = tokens[0].start if tokens else e
    if tokens:
        out.append(Sentence(text=text[s:e], start=s, end=e, tokens=tokens))
