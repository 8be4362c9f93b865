"""Invitations told with a verb: "دعا تبون تياني إلى زيارة الجزائر", "تبون يدعو تياني لزيارة
الجزائر", "وجه الرئيس الجزائري دعوة رسمية إلى الرئيس النيجري لزيارة الجزائر".

An inviting verb (the class ``invite_verb`` in words.tsv) invites the actor right after its
subject only when a visit follows that actor ("إلى زيارة", "لزيارة": ``invited_act``): "دعا X إلى
وقف إطلاق النار" calls for something and invites nobody. A light verb (``invite_light``: "وجه")
with an invitation noun (``invite_noun``: "دعوة") after its subject invites the actor introduced by
"إلى" or "ل" after the noun. The visit asked for has not happened: the visit noun of an invitation
states no visit (see :meth:`InvitationRules.invited`). Mixed into the sentence attacher of
:mod:`sahelkg.ingest.relations.arguments`, whose ``_add`` it calls.
"""

from __future__ import annotations

from sahelkg.ingest.job.pipeline import Candidate, Mention, TriggerMatch
from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import ADJACENT, SVO
from sahelkg.ingest.relations.layout import SKIPPABLE, SentenceLayout

GUESTS = frozenset({"Person", "Country", "Organization"})
INVITE_STRENGTH = 0.85
MAX_GAP = 2  # words between the guest and the visit asked for ("رسمية", a comma)


class InvitationRules(SentenceLayout):
    out: list[Candidate]

    def _verbal_invitations(self) -> None:
        if not (self.w.invite_verb or self.w.invite_light):
            return
        for k in range(len(self.tokens)):
            kind = self._inviting(k)
            if kind is None:
                continue
            cs, ce = self.clause(k)
            readings = [(host, q, certainty, self._guest(kind, q, ce))
                        for host, q, certainty in self._hosts(k, cs)]
            found = [r for r in readings if r[3] is not None]
            if not found:
                continue
            host, _, certainty, guest = found[0]
            assert guest is not None
            guests = [g for g in self.group(guest) if g.entity and g.type in GUESTS]
            if not guests or any(g.entity == host.entity for g in guests):
                continue
            trigger = TriggerMatch(k, k + 1, "invite", "verb", (), True, INVITE_STRENGTH, "agent")
            self._add(self.group(host), trigger, "invite", guests, certainty)  # type: ignore[attr-defined]

    def invited(self, p: int, cs: int) -> bool:
        """Is the visit noun at p what an invitation earlier in the clause asks for?"""
        return any(self._inviting(k) is not None or self.w.invite_noun.match(self.tokens, k)[0]
                   for k in range(cs, p))

    def _inviting(self, k: int) -> str | None:
        """"verb" for an inviting verb at k, "light" for a light verb, None otherwise."""
        if self.cover[k] is not None:
            return None
        token = self.tokens[k]
        for word in (token, token[1:] if token[:1] in ("و", "ف") else ""):
            if word in self.w.invite_verb:
                return "verb"
            if word in self.w.invite_light:
                return "light"
        return None

    def _hosts(self, k: int, cs: int) -> list[tuple[Mention, int, float]]:
        """Who may invite: the actor right after the verb ("دعا تبون"), then the one right
        before it ("تبون يدعو تياني"). Each with where the rest starts and the certainty."""
        hosts = []
        after = self.starts.get(k + 1)
        if after is not None and after.entity and after.type in GUESTS and not self._prep_clitic(after):
            hosts.append((after, self.group(after)[-1].end, ADJACENT))
        before = self.nearest_before(k, cs)
        if before is not None and before.end == k and not self._prep_clitic(before):
            hosts.append((before, k + 1, SVO))
        return hosts

    def _guest(self, kind: str, q: int, ce: int) -> Mention | None:
        if kind == "verb":
            guest = self.starts.get(q)
            if guest is None or self._prep_clitic(guest) or \
                    not self._visit_follows(self.group(guest)[-1].end, ce):
                return None
            return guest
        n = self.w.invite_noun.match(self.tokens, q)[0]
        if not n:
            return None
        k = q + n
        if k < ce and self.cover[k] is None and self.tokens[k] not in self.w.preposition and \
                not self._has_prep(k) and self.tokens[k][:1].isalpha():
            k += 1  # an adjective: "دعوة رسمية"
        if k < ce and self.tokens[k] in self.w.invite_to:
            return self.mention_after(k + 1, ce)
        m = self.starts.get(k)
        if m is not None and m.clitic.lstrip("وف")[:1] == "ل":
            return m  # "وجه تبون الدعوة لتياني"
        return None

    def _has_prep(self, k: int) -> bool:
        return any(prefix.lstrip("وف")[:1] in ("ب", "ل", "ك")
                   for prefix, _, _ in noun_stems(self.tokens[k])[1:])

    def _visit_follows(self, k: int, ce: int) -> bool:
        """"إلى زيارة", "لزيارة" within a word or two after the guest."""
        for j in range(k, min(ce, k + MAX_GAP + 1)):
            token = self.tokens[j]
            if token in self.w.invite_to and j + 1 < ce and self.tokens[j + 1] in self.w.invited_act:
                return True
            if any(stem in self.w.invited_act and prefix.lstrip("وف") == "ل"
                   for prefix, stem, _ in noun_stems(token)[1:]):
                return True
            if self.cover[j] is not None or not (token in SKIPPABLE or token[:1].isalpha()):
                return False
        return False
