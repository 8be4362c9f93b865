"""Positional argument attachment: who did what to whom, from word order alone.

The step builds, for each sentence, its read-only view (:class:`~.layout.SentenceView`) and the
:class:`~.proposals.Proposals` its rules add to, and runs the registered rules over them
(:mod:`.attachment`, :mod:`.registry`). The frames attach each trigger to its own arguments:
Arabic verb-subject-object and subject-verb-object order, relative clauses ("التي تضم"), verbal
nouns with a genitive or a possessive suffix ("زيارة X إلى Y", "زيارته"), "بين X وY", "بدعوة من
X", coordination ("مالي والنيجر"), "جنبا إلى جنب مع", pronoun-drop (subject carried over from the
previous sentence) and clause boundaries (:mod:`.rules.verbal_frames`,
:mod:`.rules.nominal_frames`, :mod:`.rules.withdrawals`, :mod:`.rules.oppositions`, what they
share in :mod:`.helpers`); the sentence rules after them read phrases beyond one trigger.

With a dependency parse, :mod:`sahelkg.ingest.relations.arguments_tree` puts the tree on the view
and the frame ``frames/tree`` reads the arguments of each trigger from it. Attachment certainty
(0-1) says how direct the evidence for each argument is; the relation's confidence is the
trigger's strength times that certainty.
"""

from __future__ import annotations

from sahelkg.ingest.entities.gazetteer import Gazetteer
from sahelkg.ingest.job.pipeline import ARGUMENTS, DATES, MENTIONS, NORMALISED, TRIGGERS, Doc
from sahelkg.ingest.relations.attachment import LoadedRules, attach_sentence
from sahelkg.ingest.relations.layout import SentenceView
from sahelkg.ingest.relations.proposals import Discourse, Proposals
from sahelkg.ingest.relations.registry import select_rules
from sahelkg.ingest.relations.words import Words, sentence_words


class PositionalArgumentStep:
    """Attach subjects and objects to triggers by position (see the module docstring), then run
    the registered rule families (:mod:`sahelkg.ingest.relations.registry`) over each sentence."""

    name = "arguments"
    requires = frozenset({NORMALISED, MENTIONS, TRIGGERS, DATES})
    provides = frozenset({ARGUMENTS})

    def __init__(self, gazetteer: Gazetteer, rules: str | None = None) -> None:
        self.gazetteer = gazetteer
        self.rules = LoadedRules.of(select_rules(rules))
        self._words: dict[str, Words] = {}

    def __call__(self, doc: Doc) -> None:
        words = self._words.get(doc.lexicon.lang)
        if words is None:
            words = self._words[doc.lexicon.lang] = sentence_words(doc.lexicon)
        state = Discourse()
        for index in range(len(doc.norm)):
            doc.check_budget()
            try:
                view = self.view(words, doc, index)
                attach_sentence(view, Proposals(view, state), self.rules)
            except Exception as exc:  # a sentence the rules cannot read loses its relations only
                doc.sentence_failed(self.name, index, exc)

    def view(self, words: Words, doc: Doc, index: int) -> SentenceView:
        """The view of one sentence (a subclass may put more on it than word order)."""
        return SentenceView.of(self.gazetteer, words, doc, index)
