"""Frames read from the dependency tree: the subject and objects of a trigger in a parsed
sentence (:func:`sahelkg.ingest.relations.attach_tree.attach_arguments`: ``nsubj``, ``obj``,
``obl``/``nmod`` with their case particles, ``conj``, ``appos``, the noun a relative clause
modifies, the agent of a passive).

Registered as the frame ``frames/tree``, first of the frames, for the triggers of the frames
``agent`` and ``reverse`` in a parsed sentence (a nominal "بين X وY" aside). It *yields*: where
the tree names no subject or no object (a pronoun-drop, a possessive suffix, a weak parse), or
its arguments fail the relation's type constraints, the trigger goes on to the word-order frames.
The particles that introduce a place or the agent of a passive are the language's word classes
``located`` and ``passive_agent`` (``Words.located_phrases``, ``Words.agent_phrases``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.attach_tree import CaseParticles, MentionSpan, attach_arguments
from sahelkg.ingest.relations.certainty import TREE

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.arguments_tree import ParsedSentence
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

TREE_FRAMES = frozenset({"agent", "reverse"})


def parsed_trigger(s: SentenceView, t: TriggerMatch) -> bool:
    """The triggers of this frame: those of the frames ``agent`` and ``reverse`` in a parsed
    sentence, but a noun with "بين" ("between"), which word order reads."""
    return s.tree is not None and t.frame in TREE_FRAMES and not (t.form == "noun" and "بين" in t.preps)


def tree_frame(s: SentenceView, out: Proposals, t: TriggerMatch) -> None:
    """The ``frames/tree`` frame: the arguments the tree gives the trigger at t, if it names
    them all."""
    tree = s.tree
    if tree is None:
        return
    trigger = _trigger_token(tree, t)
    if trigger is None:
        return
    by_span: dict[MentionSpan, Mention] = {}
    for m in s.mentions:
        span = _span(tree, m)
        if span is not None:
            by_span.setdefault(span, m)
    particles = CaseParticles(objects=frozenset(t.preps), places=s.w.located_phrases,
                              agents=s.w.agent_phrases)
    found = attach_arguments(tree.parse, trigger, list(by_span), particles)
    subjects = [by_span[x] for x in found.subjects]
    objects = [by_span[o] for o in found.objects]
    if not subjects or not objects or any(m.entity is None for m in subjects + objects):
        return  # an actor the extractor cannot name: the word-order frames decide
    if t.frame == "reverse":
        # "يضم التحالف مالي والنيجر": the syntactic subject contains the objects
        if subjects[0].type in ("Organization", "ArmedGroup"):
            out.add(objects, t, t.relation, [subjects[0]], TREE)
        return
    out.add(subjects, t, t.relation, objects, TREE)


def _span(tree: ParsedSentence, m: Mention) -> MentionSpan | None:
    first, stop = tree.first_token[m.start], tree.stop_token[m.end - 1]
    return (first, stop) if first >= 0 and stop > first else None


def _trigger_token(tree: ParsedSentence, t: TriggerMatch) -> int | None:
    """The token of the trigger's first word whose head lies outside the word."""
    tokens = [k for k, w in enumerate(tree.word_of) if w == t.start]
    for k in tokens:
        head = tree.parse.tokens[k].head
        if head is None or head not in tokens:
            return k
    return None
