"""What an NLP backend gives the extractor: sentences of tokens, with whatever annotations the
backend can provide. The extractor is one: backends differ only in the annotations they fill in.

Offsets are character offsets into the text given to ``annotate`` (the cleaned article text).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

# Annotation layers a backend may provide.
SENTENCES = "sentences"
TOKENS = "tokens"
LEMMAS = "lemmas"
POS = "pos"
DEPS = "deps"
NER = "ner"


@dataclass(slots=True)
class Token:
    """A syntactic word. Arabic clitics may be separate tokens (stanza's mwt expansion) sharing
    the character span of the surface word they came from."""

    text: str
    start: int
    end: int
    lemma: str | None = None
    upos: str | None = None
    feats: str | None = None
    head: int | None = None  # index of the head token in Sentence.tokens; None for the root
    deprel: str | None = None


@dataclass(slots=True)
class NamedSpan:
    """A named-entity span found by NER (label e.g. PER, ORG, LOC, GPE)."""

    start: int
    end: int
    label: str
    text: str


@dataclass(slots=True)
class Sentence:
    text: str
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    names: list[NamedSpan] = field(default_factory=list)


@runtime_checkable
class NlpBackend(Protocol):
    name: str
    provides: frozenset[str]  # subset of SENTENCES, TOKENS, LEMMAS, POS, DEPS, NER

    def annotate(self, texts: Sequence[str], lang: str) -> list[list[Sentence]]:
        """Annotate a batch of texts (one list of sentences per text)."""
