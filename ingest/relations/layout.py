"""The sentence view every rule reads: one sentence's tokens, mentions, triggers, dates, clause
bounds and member lists (and its dependency tree where it is parsed), with the finders over them.

The view is read-only (a frozen object built once per sentence); what the rules decide goes to
:class:`~sahelkg.ingest.relations.proposals.Proposals`. Its finders are plain functions of the
view, grouped by concern and bound here as methods:

- :mod:`.clauses`: clause bounds, trigger starts, delegation member lists;
- :mod:`.coordination`: coordination groups ("مالي والنيجر وبوركينافاسو");
- :mod:`.finders`: the mention after a word or a preposition, the subject before a word, the
  pronoun object of a verb, the referent of a possessive suffix;
- :mod:`.naming`: how a mention is named (through troops, a post, a place noun, a heading
  phrase) and invitation cues.

The language's word classes are :class:`~sahelkg.ingest.relations.words.Words`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sahelkg.ingest.relations import clauses, coordination, finders, naming

if TYPE_CHECKING:
    from sahelkg.ingest.entities.gazetteer import Gazetteer
    from sahelkg.ingest.job.pipeline import Doc, Mention, TriggerMatch
    from sahelkg.ingest.relations.arguments_tree import ParsedSentence
    from sahelkg.ingest.relations.words import Words


@dataclass(frozen=True, slots=True, eq=False)
class SentenceView:
    """Positions of mentions, triggers, clause boundaries and member lists in one sentence."""

    g: Gazetteer
    w: Words
    doc: Doc
    index: int
    tokens: list[str]
    mentions: list[Mention]
    triggers: list[TriggerMatch]
    starts: dict[int, Mention]  # mention by its first token
    cover: list[Mention | None]  # mention covering each token
    date_cover: frozenset[int]  # tokens inside a date
    boundaries: list[int]  # tokens that end a clause
    member_lists: list[tuple[int, int]]  # spans listing a delegation's members
    tree: ParsedSentence | None = None  # the dependency parse, where the sentence has one

    @classmethod
    def of(cls, g: Gazetteer, w: Words, doc: Doc, index: int,
           tree: ParsedSentence | None = None) -> SentenceView:
        tokens = doc.norm[index]
        mentions = list(doc.mentions[index])
        n = len(tokens)
        cover: list[Mention | None] = [None] * n
        for m in mentions:
            for k in range(m.start, min(m.end, n)):
                cover[k] = m
        dated = frozenset(k for d in doc.dates[index] for k in range(d.start, d.end))
        view = cls(g, w, doc, index, tokens, mentions, doc.triggers[index], {m.start: m for m in mentions},
                   cover, dated, [], [], tree)
        view.boundaries.extend(clauses.boundaries(view))  # the clause bounds read the view so far
        view.member_lists.extend(clauses.member_lists(view))
        return view

    def type_of(self, entity: str) -> str:
        found = self.doc.entities.get(entity)
        if found is not None:
            return found.type
        return self.g.type_of(entity)

    # clause bounds
    clause = clauses.clause
    is_trigger_start = clauses.is_trigger_start
    in_member_list = clauses.in_member_list
    is_member_trigger = clauses.is_member_trigger
    # coordination
    group = coordination.group
    group_ending = coordination.group_ending
    # finders
    mention_after = finders.mention_after
    prep_clitic = staticmethod(finders.prep_clitic)
    prep_object = finders.prep_object
    nearest_before = finders.nearest_before
    governed = finders.governed
    object_clitic = finders.object_clitic
    referent = finders.referent
    where_antecedent = finders.where_antecedent
    # naming
    names_troops = naming.names_troops
    names_army = naming.names_army
    troops_of = naming.troops_of
    forces_word = naming.forces_word
    target_after = naming.target_after
    named_as_city = naming.named_as_city
    headed_by_after = naming.headed_by_after
    invited = naming.invited
    inviting = naming.inviting
