"""Relation arguments from a dependency tree.

Given a parsed sentence (tokens with 0-based ``head`` and UD ``deprel``), the index of a trigger
token and the token spans of the candidate mentions, find the subject and the objects of the
trigger by walking the tree instead of counting positions:

- subject: ``nsubj`` of the trigger (a relative pronoun stands for the noun its clause modifies),
  an agent (``obl:agent`` or an agent particle), for a nominal trigger its genitive complement
  (``nmod`` without a preposition: "زيارة حفتر"); failing those, the subject of the verb the
  trigger depends on as ``conj``, ``xcomp``, ``advcl`` or ``obj`` ("أجرى حفتر زيارة").
- objects: ``obj``, ``iobj``, ``nsubj:pass`` and ``obl``/``nmod`` introduced by an object
  particle (case dependent: إلى, مع, ب, ل, ...); places: those introduced by a place particle.
- every argument is resolved to the mention headed by it, or found under it through ``appos``,
  ``flat``, ``compound``, ``amod`` or a genitive ``nmod`` ("الرئيس بازوم"), and extended along
  ``conj`` ("مالي والنيجر وبوركينا فاسو" gives three objects).

The particles are language data, passed in by the caller (:class:`CaseParticles`); they and the
words of the sentence are compared normalised, and a particle may be a fixed phrase ("من قبل":
a case word with its ``fixed`` dependents). A nominal
trigger's genitive complement is reported as subject; whether it is the agent ("زيارة حفتر") or
the patient ("اعتقال القائد") depends on the relation, which the caller knows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sahelkg.ingest.language.normalize import normalize_token
from sahelkg.ingest.nlp.base import Sentence, Token

MentionSpan = tuple[int, int]  # token indexes [first, last + 1) in Sentence.tokens

_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "X"})
_INHERIT_SUBJECT_FROM = frozenset({"conj", "xcomp", "advcl", "obj"})
_INSIDE_ARGUMENT = frozenset({"appos", "flat", "compound", "amod", "nmod"})
_DIRECT_OBJECTS = frozenset({"obj", "iobj", "nsubj:pass"})


@dataclass(frozen=True, slots=True)
class CaseParticles:
    """Prepositions (as case dependents) that introduce an argument, per role."""

    objects: frozenset[str]
    places: frozenset[str] = frozenset()
    agents: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class TreeArguments:
    subject: MentionSpan | None
    objects: tuple[MentionSpan, ...]
    places: tuple[MentionSpan, ...] = ()
    co_subjects: tuple[MentionSpan, ...] = ()  # conjuncts of the subject ("مالي والنيجر")

    @property
    def subjects(self) -> tuple[MentionSpan, ...]:
        return ((self.subject,) if self.subject is not None else ()) + self.co_subjects


def _base(deprel: str | None) -> str:
    return (deprel or "").split(":", 1)[0]


def _normalised(words: frozenset[str]) -> frozenset[str]:
    return frozenset(" ".join(normalize_token(w) for w in phrase.split()) for phrase in words)


class _Tree:
    def __init__(self, sentence: Sentence, mentions: Sequence[MentionSpan], particles: CaseParticles) -> None:
        self.tokens: list[Token] = sentence.tokens
        self.objects = _normalised(particles.objects)
        self.places = _normalised(particles.places)
        self.agents = _normalised(particles.agents)
        self.children: list[list[int]] = [[] for _ in self.tokens]
        for i, token in enumerate(self.tokens):
            if token.head is not None and 0 <= token.head < len(self.tokens) and token.head != i:
                self.children[token.head].append(i)
        self.mention_at: dict[int, MentionSpan] = {}
        for span in mentions:
            head = self.span_head(span)
            if head is not None:
                self.mention_at.setdefault(head, span)

    def span_head(self, span: MentionSpan) -> int | None:
        first, stop = span
        for i in range(max(first, 0), min(stop, len(self.tokens))):
            head = self.tokens[i].head
            if head is None or not first <= head < stop:
                return i
        return None

    def case_of(self, node: int) -> str | None:
        """The kind of particle introducing ``node``: "object", "place", "agent", "other" or None."""
        for child in self.children[node]:
            if _base(self.tokens[child].deprel) not in ("case", "mark"):
                continue
            forms = self.particle_forms(child)
            if forms & self.agents:
                return "agent"
            if forms & self.objects:
                return "object"
            if forms & self.places:
                return "place"
            return "other"
        return None

    def particle_forms(self, node: int) -> set[str]:
        """Normalised forms of the particle at ``node``: its word, its lemma and, with its
        ``fixed`` dependents, the whole phrase ("من قبل")."""
        token = self.tokens[node]
        forms = {normalize_token(token.text), normalize_token(token.lemma or "")}
        fixed = [normalize_token(self.tokens[c].text) for c in self.children[node]
                 if self.tokens[c].deprel == "fixed"]
        if fixed:
            forms.add(" ".join([normalize_token(token.text), *fixed]))
        forms.discard("")
        return forms

    def mention_under(self, node: int) -> MentionSpan | None:
        """The mention headed by ``node`` or, breadth first, by a word inside its phrase."""
        queue = [node]
        seen = {node}
        while queue:
            current = queue.pop(0)
            if current in self.mention_at:
                return self.mention_at[current]
            for child in self.children[current]:
                deprel = self.tokens[child].deprel
                if child in seen or _base(deprel) not in _INSIDE_ARGUMENT:
                    continue
                if _base(deprel) == "nmod" and self.case_of(child) is not None:
                    continue  # a prepositional phrase is not part of the argument
                seen.add(child)
                queue.append(child)
        return None

    def conjuncts(self, node: int) -> list[int]:
        out = [node]
        for child in self.children[node]:
            if self.tokens[child].deprel == "conj":
                out.extend(self.conjuncts(child))
        return out

    def mentions_of(self, nodes: Iterable[int]) -> list[MentionSpan]:
        found: list[MentionSpan] = []
        for node in nodes:
            for conjunct in self.conjuncts(node):
                span = self.mention_under(conjunct)
                if span is not None and span not in found:
                    found.append(span)
        return found

    def subject_node(self, trigger: int, depth: int = 0) -> int | None:
        token = self.tokens[trigger]
        for child in self.children[trigger]:
            deprel = self.tokens[child].deprel or ""
            if _base(deprel) == "nsubj" and deprel != "nsubj:pass":
                relative = self.tokens[child].upos == "PRON" and _base(token.deprel) == "acl"
                if relative and token.head is not None:
                    return token.head  # relative clause: the modified noun
                return child
        for child in self.children[trigger]:
            deprel = self.tokens[child].deprel or ""
            if deprel == "obl:agent" or (_base(deprel) in ("obl", "nmod") and self.case_of(child) == "agent"):
                return child
        if token.upos in _NOMINAL:
            for child in self.children[trigger]:
                deprel = self.tokens[child].deprel or ""
                if deprel == "nmod:poss" or (_base(deprel) == "nmod" and self.case_of(child) is None):
                    return child
        if depth < 3 and token.head is not None and _base(token.deprel) in _INHERIT_SUBJECT_FROM:
            return self.subject_node(token.head, depth + 1)
        return None


def attach_arguments(
    sentence: Sentence,
    trigger: int,
    mentions: Sequence[MentionSpan],
    particles: CaseParticles,
) -> TreeArguments:
    """Subject, objects and places of the trigger at ``sentence.tokens[trigger]`` among
    ``mentions`` (token spans), read from the dependency tree."""
    if not 0 <= trigger < len(sentence.tokens):
        raise ValueError(f"trigger index {trigger} is outside the sentence ({len(sentence.tokens)} tokens)")
    tree = _Tree(sentence, mentions, particles)
    subject_node = tree.subject_node(trigger)
    subjects = tree.mentions_of([subject_node]) if subject_node is not None else []
    subject = subjects[0] if subjects else None
    object_nodes: list[int] = []
    place_nodes: list[int] = []
    for child in tree.children[trigger]:
        if child == subject_node:
            continue
        deprel = tree.tokens[child].deprel or ""
        if deprel in _DIRECT_OBJECTS:
            object_nodes.append(child)
        elif _base(deprel) in ("obl", "nmod"):
            kind = tree.case_of(child)
            if kind == "object":
                object_nodes.append(child)
            elif kind == "place":
                place_nodes.append(child)
    objects = [span for span in tree.mentions_of(object_nodes) if span != subject]
    places = [span for span in tree.mentions_of(place_nodes) if span != subject and span not in objects]
    return TreeArguments(subject, tuple(objects), tuple(places), tuple(subjects[1:]))
