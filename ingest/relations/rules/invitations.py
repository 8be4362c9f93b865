"""Invitations told with a verb: "دعا تبون تياني إلى زيارة الجزائر", "تبون يدعو تياني لزيارة
الجزائر", "وجه الرئيس الجزائري دعوة رسمية إلى الرئيس النيجري لزيارة الجزائر".

An inviting verb (the class ``invite_verb`` in words.tsv) invites the actor right after its
subject only when a visit follows that actor ("إلى زيارة", "لزيارة": ``invited_act``): "دعا X إلى
وقف إطلاق النار" calls for something and invites nobody. A light verb (``invite_light``: "وجه")
with an invitation noun (``invite_noun``: "دعوة") after its subject invites the actor introduced by
"إلى" or "ل" after the noun. The visit asked for has not happened: the visit noun of an invitation
states no visit (see ``SentenceView.invited``, :mod:`sahelkg.ingest.relations.naming`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import ADJACENT, SVO
from sahelkg.ingest.relations.marks import SKIPPABLE

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

GUESTS = frozenset({"Person", "Country", "Organization"})
INVITE_STRENGTH = 0.85
MAX_GAP = 2  # words between the guest and the visit asked for ("رسمية", a comma)


def verbal_invitations(s: SentenceView, out: Proposals) -> None:
    if not (s.w.invite_verb or s.w.invite_light):
        return
    for k in range(len(s.tokens)):
        kind = s.inviting(k)
        if kind is None:
            continue
        cs, ce = s.clause(k)
        readings = [(host, q, certainty, _guest(s, kind, q, ce))
                    for host, q, certainty in _hosts(s, k, cs)]
        found = [r for r in readings if r[3] is not None]
        if not found:
            continue
        host, _, certainty, guest = found[0]
        assert guest is not None
        guests = [g for g in s.group(guest) if g.entity and g.type in GUESTS]
        if not guests or any(g.entity == host.entity for g in guests):
            continue
        trigger = TriggerMatch(k, k + 1, "invite", "verb", (), True, INVITE_STRENGTH, "agent")
        out.add(s.group(host), trigger, "invite", guests, certainty)




def _hosts(s: SentenceView, k: int, cs: int) -> list[tuple[Mention, int, float]]:
    """Who may invite: the actor right after the verb ("دعا تبون"), then the one right
    before it ("تبون يدعو تياني"). Each with where the rest starts and the certainty."""
    hosts = []
    after = s.starts.get(k + 1)
    if after is not None and after.entity and after.type in GUESTS and not s.prep_clitic(after):
        hosts.append((after, s.group(after)[-1].end, ADJACENT))
    before = s.nearest_before(k, cs)
    if before is not None and before.end == k and not s.prep_clitic(before):
        hosts.append((before, k + 1, SVO))
    return hosts


def _guest(s: SentenceView, kind: str, q: int, ce: int) -> Mention | None:
    if kind == "verb":
        guest = s.starts.get(q)
        if guest is None or s.prep_clitic(guest) or \
                not _visit_follows(s, s.group(guest)[-1].end, ce):
            return None
        return guest
    n = s.w.invite_noun.match(s.tokens, q)[0]
    if not n:
        return None
    k = q + n
    if k < ce and s.cover[k] is None and s.tokens[k] not in s.w.preposition and \
            not _has_prep(s, k) and s.tokens[k][:1].isalpha():
        k += 1  # an adjective: "دعوة رسمية"
    if k < ce and s.tokens[k] in s.w.invite_to:
        return s.mention_after(k + 1, ce)
    m = s.starts.get(k)
    if m is not None and m.clitic.lstrip("وف")[:1] == "ل":
        return m  # "وجه تبون الدعوة لتياني"
    return None


def _has_prep(s: SentenceView, k: int) -> bool:
    return any(prefix.lstrip("وف")[:1] in ("ب", "ل", "ك")
               for prefix, _, _ in noun_stems(s.tokens[k])[1:])


def _visit_follows(s: SentenceView, k: int, ce: int) -> bool:
    """"إلى زيارة", "لزيارة" within a word or two after the guest."""
    for j in range(k, min(ce, k + MAX_GAP + 1)):
        token = s.tokens[j]
        if token in s.w.invite_to and j + 1 < ce and s.tokens[j + 1] in s.w.invited_act:
            return True
        if any(stem in s.w.invited_act and prefix.lstrip("وف") == "ل"
               for prefix, stem, _ in noun_stems(token)[1:]):
            return True
        if s.cover[j] is not None or not (token in SKIPPABLE or token[:1].isalpha()):
            return False
    return False
