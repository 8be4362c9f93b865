"""Memberships and pacts read from phrases rather than from a trigger's own arguments.

Member states listed beside their organisation: "the three AES states, Mali, Burkina Faso and
Niger", "les pays membres de l'AES, le Mali, le Burkina Faso et le Niger", "الدول الأعضاء في
تحالف دول الساحل مالي والنيجر وبوركينا فاسو" — each country of the list (two or more) is a member
of the organisation. A member noun (the class ``member_noun`` in words.tsv: "states", "pays",
"الأعضاء") must stand right before or right after the organisation's name, with only determiners,
genitive links and a count ("three", "الثلاث": ``list_count``) around it.

A pact made by coordinated subjects with no partner after it: "Niger and Mali sealed a military
alliance", "La Russie et le Mali ont noué une alliance", "وأقامت مالي والنيجر حلفا عسكريا" — a
light verb (``light_verb``: "forged", "scellé", "أقامت") before the alliance or agreement noun
makes its subjects parties to it, each with each other. Mixed into the sentence attacher of
:mod:`sahelkg.ingest.relations.arguments`, whose ``_add`` it calls.
"""

from __future__ import annotations

from sahelkg.ingest.job.pipeline import Candidate, Mention, TriggerMatch
from sahelkg.ingest.relations.certainty import ADJACENT, SVO
from sahelkg.ingest.relations.layout import SKIPPABLE, SentenceLayout

ORGANISATIONS = frozenset({"Organization", "ArmedGroup"})
PACTS = frozenset({"ally", "agree", "cooperate"})  # relations a light verb makes out of a noun
MAX_AROUND = 4  # words between a member noun and the organisation's name ("les trois pays de l'")
MAX_ADJECTIVES = 1  # words between the light verb's article and the noun ("a military alliance")


class MembershipRules(SentenceLayout):
    out: list[Candidate]

    # --- member states listed beside their organisation ----------------------------------------
    def _listed_members(self) -> None:
        if not self.w.member_noun:
            return
        for m in self.mentions:
            if not m.entity or m.type not in ORGANISATIONS or m.kind in ("delegation", "pair"):
                continue
            noun_before = self._member_noun_before(m.start)
            k, noun_after = self._past_member_words(m.end)
            if not (noun_before or noun_after):
                continue
            first = self.starts.get(k)
            if first is None or not first.entity or first.type != "Country":
                continue
            members = self.group(first)
            if len(members) >= 2 and all(x.type == "Country" for x in members):
                self._add(members, None, "member_of", [m], ADJACENT, source="role")

    def _member_noun_before(self, p: int) -> bool:
        """"the AES states" has it after; "les pays de l'AES", "الدول الأعضاء في" before."""
        k = p - 1
        while k >= 0 and p - k <= MAX_AROUND and self.cover[k] is None:
            token = self.tokens[k]
            if token in self.w.member_noun:
                return True
            if not (token in self.w.determiner or token in self.w.genitive_first or
                    token in self.w.list_count or token in self.w.located):
                return False
            k -= 1
        return False

    def _past_member_words(self, k: int) -> tuple[int, bool]:
        """Past member nouns, counts and punctuation after the organisation's name: where the
        list starts, and whether a member noun was among the words passed."""
        noun = False
        start = k
        while k < len(self.tokens) and k - start <= MAX_AROUND and self.cover[k] is None:
            token = self.tokens[k]
            if token in self.w.member_noun:
                noun = True
            elif not (token in SKIPPABLE or token == ":" or token in self.w.list_count or
                      token in self.w.determiner):
                break
            k += 1
        while k < len(self.tokens) and self.cover[k] is None and self.tokens[k] in self.w.determiner:
            k += 1
        return k, noun

    # --- pacts made with a light verb ----------------------------------------------------------
    def _light_verb_pacts(self) -> None:
        if not len(self.w.light_verb.by_first):
            return
        for t in self.triggers:
            if t.form != "noun" or t.relation not in PACTS or any(c.trigger is t for c in self.out):
                continue
            parties = self._light_verb_subjects(t)
            if len(parties) < 2 or self._partner_after(t):
                continue
            for i, first in enumerate(parties[:-1]):
                self._add([first], t, t.relation, parties[i + 1:], SVO)

    def _light_verb_subjects(self, t: TriggerMatch) -> list[Mention]:
        """The coordinated subjects of a light verb governing the noun at t, [] if none."""
        cs, _ = self.clause(t.start)
        if self.w.verb_first:  # "وأقامت مالي والنيجر حلفا": verb, subjects, noun
            last = self.cover[t.start - 1] if t.start > cs else None
            if last is None or not last.entity:
                return []
            group = self.group_ending(last)
            v = group[0].start - 1
            if v >= cs and self.w.light_verb.match(self.tokens, v)[0] == 1:
                return group
        k = t.start - 1  # "X and Y (have) forged a (military) alliance"
        adjectives = 0
        while k > cs and self.cover[k] is None and (self.tokens[k] in self.w.determiner or
                                                   adjectives < MAX_ADJECTIVES and self.tokens[k].isalpha()
                                                   and not self.w.light_verb.match(self.tokens, k)[0]):
            adjectives += self.tokens[k] not in self.w.determiner
            k -= 1
        if k <= cs or self.cover[k] is not None or not self.w.light_verb.match(self.tokens, k)[0]:
            return []
        j = k - 1
        while j >= cs and self.cover[j] is None and k - j <= 2 and (
                self.tokens[j] in self.w.passive_auxiliary or self.tokens[j] in self.w.stop
                or self.tokens[j] in self.w.light_auxiliary):  # "vont renforcer leur coopération"
            j -= 1
        last = self.cover[j] if j >= cs else None
        if last is None or not last.entity or last.end != j + 1:
            return []
        return self.group_ending(last)

    def _partner_after(self, t: TriggerMatch) -> bool:
        """Is a partner named after the noun ("an alliance with Niger")? Then the noun's own
        frame attached it."""
        _, ce = self.clause(t.start)
        return bool(t.preps) and self.prep_object(t.end, ce, t.preps)[0] is not None
