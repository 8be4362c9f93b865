"""Argument attachment for every backend: from the dependency tree where the sentence is parsed,
from word order where it is not.

The step is the positional one (:mod:`sahelkg.ingest.relations.arguments`) with the parse of
each parsed sentence on its view (:class:`ParsedSentence`, ``SentenceView.tree``): the frame
``frames/tree`` (:mod:`sahelkg.ingest.relations.rules.tree_frames`) reads the arguments of a
trigger from it, and yields to the word-order frames where the tree names no subject or object.
The mentions, triggers, type constraints, coordination, discourse rules, dates, modality and
roles are the positional path's own: the tree only decides who the arguments of a trigger are.
"""

from __future__ import annotations

from dataclasses import dataclass

from sahelkg.ingest.job.pipeline import Doc
from sahelkg.ingest.nlp.base import Sentence
from sahelkg.ingest.relations.arguments import PositionalArgumentStep
from sahelkg.ingest.relations.layout import SentenceView
from sahelkg.ingest.relations.words import Words


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """The parse of one sentence, lined up with its words: ``word_of[k]`` is the word of parse
    token k; ``first_token[w]`` and ``stop_token[w]`` bound the parse tokens of word w."""

    parse: Sentence
    word_of: list[int]
    first_token: list[int]
    stop_token: list[int]

    @classmethod
    def of(cls, doc: Doc, index: int) -> ParsedSentence:
        word_of = doc.word_of[index]
        count = len(doc.norm[index])
        first_token = [-1] * count
        stop_token = [-1] * count
        for k, w_index in enumerate(word_of):
            if first_token[w_index] < 0:
                first_token[w_index] = k
            stop_token[w_index] = k + 1
        return cls(doc.sentences[index], word_of, first_token, stop_token)


def is_parsed(sentence: Sentence) -> bool:
    return any(token.deprel is not None for token in sentence.tokens)


class ArgumentStep(PositionalArgumentStep):
    """Attach subjects and objects to triggers: by the tree where there is one, else by position."""

    name = "arguments"

    def view(self, words: Words, doc: Doc, index: int) -> SentenceView:
        parsed = index < len(doc.sentences) and index < len(doc.word_of) and is_parsed(doc.sentences[index])
        if not parsed:
            return super().view(words, doc, index)
        return SentenceView.of(self.gazetteer, words, doc, index, ParsedSentence.of(doc, index))
