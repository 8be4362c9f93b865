"""Argument attachment for every backend: from the dependency tree where the sentence is parsed,
from word order (:mod:`sahelkg.ingest.relations.arguments`) where it is not.

For a parsed sentence, the subject and objects of each trigger are read from the tree
(:func:`sahelkg.ingest.relations.attach_tree.attach_arguments`: ``nsubj``, ``obj``, ``obl``/``nmod`` with
their case particles, ``conj``, ``appos``, the noun a relative clause modifies, the agent of a
passive). The mentions, triggers, type constraints, coordination, discourse rules, dates,
modality and roles are the positional path's own: the tree only decides who the arguments of a
trigger are. Where the tree names no subject or no object for a trigger (a pronoun-drop, a
possessive suffix, a weak parse) or its arguments fail the relation's type constraints, the
positional rules decide for that trigger. Frames the tree cannot read by itself (``patient``,
``from_agent``, nominal "بين X وY") stay positional.

The particles that introduce an object are the trigger's own (triggers.tsv); those that
introduce a place or the agent of a passive are the language's word classes ``located`` and
``passive_agent`` (words.tsv), the same the positional rules read.
"""

from __future__ import annotations

from dataclasses import dataclass

from sahelkg.ingest.entities.gazetteer import Gazetteer
from sahelkg.ingest.job.pipeline import Doc, Mention, TriggerMatch
from sahelkg.ingest.language.lexicon import Lexicon
from sahelkg.ingest.nlp.base import Sentence
from sahelkg.ingest.relations.arguments import PositionalArgumentStep, _Sentence
from sahelkg.ingest.relations.attach_tree import CaseParticles, MentionSpan, attach_arguments
from sahelkg.ingest.relations.certainty import TREE
from sahelkg.ingest.relations.layout import Words
from sahelkg.ingest.relations.proposals import Discourse

TREE_FRAMES = frozenset({"agent", "reverse"})


@dataclass(frozen=True, slots=True)
class Particles:
    """Case particles of a language that are not a trigger's own."""

    places: frozenset[str]
    agents: frozenset[str]

    @classmethod
    def of(cls, lexicon: Lexicon) -> Particles:
        def phrases(name: str) -> frozenset[str]:
            return frozenset(" ".join(p) for p in lexicon.word_class(name))

        return cls(phrases("located"), phrases("passive_agent"))

    def for_trigger(self, t: TriggerMatch) -> CaseParticles:
        return CaseParticles(objects=frozenset(t.preps), places=self.places, agents=self.agents)


def is_parsed(sentence: Sentence) -> bool:
    return any(token.deprel is not None for token in sentence.tokens)


class ArgumentStep(PositionalArgumentStep):
    """Attach subjects and objects to triggers: by the tree where there is one, else by position."""

    name = "arguments"

    def __init__(self, gazetteer: Gazetteer, rules: str | None = None) -> None:
        super().__init__(gazetteer, rules)
        self._particles: dict[str, Particles] = {}

    def sentence(self, words: Words, doc: Doc, index: int, state: Discourse) -> _Sentence:
        parsed = index < len(doc.sentences) and index < len(doc.word_of) and is_parsed(doc.sentences[index])
        if not parsed:
            return super().sentence(words, doc, index, state)
        particles = self._particles.get(doc.lexicon.lang)
        if particles is None:
            particles = self._particles[doc.lexicon.lang] = Particles.of(doc.lexicon)
        return _TreeSentence(self.gazetteer, words, doc, index, state, particles)


class _TreeSentence(_Sentence):
    def __init__(self, g: Gazetteer, w: Words, doc: Doc, index: int, state: Discourse,
                 particles: Particles) -> None:
        super().__init__(g, w, doc, index, state)
        self.parse = doc.sentences[index]
        self.particles = particles
        word_of = doc.word_of[index]
        count = len(self.tokens)
        self.first_token = [-1] * count
        self.stop_token = [-1] * count
        for k, w_index in enumerate(word_of):
            if self.first_token[w_index] < 0:
                self.first_token[w_index] = k
            self.stop_token[w_index] = k + 1
        self.word_of = word_of

    def _attach(self, t: TriggerMatch) -> None:
        pairs_before = len(self.out)
        if t.frame in TREE_FRAMES and not (t.form == "noun" and "بين" in t.preps):
            self.proposals.rule = "frames/tree"
            self._from_tree(t)
        if len(self.out) == pairs_before:
            super()._attach(t)

    def _span(self, m: Mention) -> MentionSpan | None:
        first, stop = self.first_token[m.start], self.stop_token[m.end - 1]
        return (first, stop) if first >= 0 and stop > first else None

    def _trigger_token(self, t: TriggerMatch) -> int | None:
        """The token of the trigger's first word whose head lies outside the word."""
        tokens = [k for k, w in enumerate(self.word_of) if w == t.start]
        for k in tokens:
            head = self.parse.tokens[k].head
            if head is None or head not in tokens:
                return k
        return None

    def _from_tree(self, t: TriggerMatch) -> None:
        trigger = self._trigger_token(t)
        if trigger is None:
            return
        by_span: dict[MentionSpan, Mention] = {}
        for m in self.mentions:
            span = self._span(m)
            if span is not None:
                by_span.setdefault(span, m)
        found = attach_arguments(self.parse, trigger, list(by_span), self.particles.for_trigger(t))
        subjects = [by_span[s] for s in found.subjects]
        objects = [by_span[o] for o in found.objects]
        if not subjects or not objects or any(m.entity is None for m in subjects + objects):
            return  # an actor the extractor cannot name: the positional rules decide
        if t.frame == "reverse":
            # "يضم التحالف مالي والنيجر": the syntactic subject contains the objects
            if subjects[0].type in ("Organization", "ArmedGroup"):
                self._add(objects, t, t.relation, [subjects[0]], TREE)
            return
        self._add(subjects, t, t.relation, objects, TREE)
