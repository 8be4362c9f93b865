"""Memberships and pacts read from phrases rather than from a trigger's own arguments.

Member states listed beside their organisation: "the three AES states, Mali, Burkina Faso and
Niger", "les pays membres de l'AES, le Mali, le Burkina Faso et le Niger", "الدول الأعضاء في
تحالف دول الساحل مالي والنيجر وبوركينا فاسو" — each country of the list (two or more) is a member
of the organisation. A member noun (the class ``member_noun`` in words.tsv: "states", "pays",
"الأعضاء") must stand right before or right after the organisation's name, with only determiners,
genitive links and a count ("three", "الثلاث": ``list_count``) around it.

Member states in brackets or quotes right after their organisation: "قمة دول الساحل الخمس
(موريتانيا، ومالي، والنيجر، وتشاد وبوركينا فاسو)", "le G5 Sahel (Mauritanie, Mali, Niger, Tchad,
Burkina Faso)" — each country of the list (two or more, the whole bracket) is a member.

A pact made by coordinated subjects with no partner after it: "Niger and Mali sealed a military
alliance", "La Russie et le Mali ont noué une alliance", "وأقامت مالي والنيجر حلفا عسكريا", "أن
الجيش وقوات الدعم السريع وافقا على هدنة" — a light verb (``light_verb``: "forged", "scellé",
"أقامت", "وافقا") before the alliance or agreement noun makes its subjects parties to it, each
with each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
from sahelkg.ingest.relations.certainty import ADJACENT, SVO
from sahelkg.ingest.relations.marks import SKIPPABLE

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

ORGANISATIONS = frozenset({"Organization", "ArmedGroup"})
PACTS = frozenset({"ally", "agree", "cooperate"})  # relations a light verb makes out of a noun
MAX_AROUND = 4  # words between a member noun and the organisation's name ("les trois pays de l'")
MAX_ADJECTIVES = 1  # words between the light verb's article and the noun ("a military alliance")


def listed_members(s: SentenceView, out: Proposals) -> None:
    if not s.w.member_noun:
        return
    for m in s.mentions:
        if not m.entity or m.type not in ORGANISATIONS or m.kind in ("delegation", "pair"):
            continue
        noun_before = _member_noun_before(s, m.start)
        k, noun_after = _past_member_words(s, _past_abbreviation(s, m))
        if not (noun_before or noun_after):
            continue
        first = s.starts.get(k)
        if first is None or not first.entity or first.type != "Country":
            continue
        members = s.group(first)
        if len(members) >= 2 and all(x.type == "Country" for x in members):
            out.add(members, None, "member_of", [m], ADJACENT, source="role")


OPENERS = {"(": ")", "“": "”", "«": "»", '"': '"'}


def bracketed_members(s: SentenceView, out: Proposals) -> None:
    """"دول الساحل الخمس (موريتانيا، ومالي، ...)": the countries of the bracket are members."""
    for m in s.mentions:
        if not m.entity or m.type not in ORGANISATIONS or m.kind in ("delegation", "pair"):
            continue
        k = m.end
        if k >= len(s.tokens) or s.tokens[k] not in OPENERS:
            continue
        close = OPENERS[s.tokens[k]]
        first = s.starts.get(k + 1)
        if first is None or not first.entity or first.type != "Country":
            continue
        members = s.group(first)
        end = members[-1].end
        if len(members) >= 2 and all(x.type == "Country" and x.entity for x in members) and \
                end < len(s.tokens) and s.tokens[end] == close:
            out.add(members, None, "member_of", [m], ADJACENT, source="role")


def _past_abbreviation(s: SentenceView, m: Mention) -> int:
    """Where the organisation's name ends, past its abbreviation in brackets ("l'Alliance des
    États du Sahel (AES) le Mali, ...")."""
    k = m.end
    short = s.starts.get(k + 1) if k < len(s.tokens) and s.tokens[k] == "(" else None
    if short is not None and short.entity == m.entity and short.end < len(s.tokens) and \
            s.tokens[short.end] == ")":
        return short.end + 1
    return k


def _member_noun_before(s: SentenceView, p: int) -> bool:
    """"the AES states" has it after; "les pays de l'AES", "الدول الأعضاء في" before."""
    k = p - 1
    while k >= 0 and p - k <= MAX_AROUND and s.cover[k] is None:
        token = s.tokens[k]
        if token in s.w.member_noun:
            return True
        if not (token in s.w.determiner or token in s.w.genitive_first or
                token in s.w.list_count or token in s.w.located):
            return False
        k -= 1
    return False


def _past_member_words(s: SentenceView, k: int) -> tuple[int, bool]:
    """Past member nouns, counts and punctuation after the organisation's name: where the
    list starts, and whether a member noun was among the words passed."""
    noun = False
    start = k
    while k < len(s.tokens) and k - start <= MAX_AROUND and s.cover[k] is None:
        token = s.tokens[k]
        if token in s.w.member_noun:
            noun = True
        elif not (token in SKIPPABLE or token == ":" or token in s.w.list_count or
                  token in s.w.determiner):
            break
        k += 1
    while k < len(s.tokens) and s.cover[k] is None and s.tokens[k] in s.w.determiner:
        k += 1
    return k, noun


def light_verb_pacts(s: SentenceView, out: Proposals) -> None:
    if not len(s.w.light_verb.by_first):
        return
    for t in s.triggers:
        if t.form != "noun" or t.relation not in PACTS or any(c.trigger is t for c in out.candidates):
            continue
        parties = _light_verb_subjects(s, t)
        if len(parties) < 2 or _partner_after(s, t):
            continue
        for i, first in enumerate(parties[:-1]):
            out.add([first], t, t.relation, parties[i + 1:], SVO)


def _light_verb_subjects(s: SentenceView, t: TriggerMatch) -> list[Mention]:
    """The coordinated subjects of a light verb governing the noun at t, [] if none."""
    cs, _ = s.clause(t.start)
    if s.w.verb_first:  # "وأقامت مالي والنيجر حلفا": verb, subjects, noun
        last = s.cover[t.start - 1] if t.start > cs else None
        if last is not None and last.entity:
            group = s.group_ending(last)
            v = group[0].start - 1
            if v >= cs and s.w.light_verb.match(s.tokens, v)[0] == 1:
                return group
            return []
    k = t.start - 1  # "X and Y (have) forged a (military) alliance", "أن X وY وافقا على هدنة"
    adjectives = 0
    while k > cs and s.cover[k] is None and (s.tokens[k] in s.w.determiner or
                                               adjectives < MAX_ADJECTIVES and s.tokens[k].isalpha()
                                               and not s.w.light_verb.match(s.tokens, k)[0]):
        adjectives += s.tokens[k] not in s.w.determiner
        k -= 1
    if k <= cs or s.cover[k] is not None or not s.w.light_verb.match(s.tokens, k)[0]:
        return []
    j = k - 1
    while j >= cs and s.cover[j] is None and k - j <= 2 and (
            s.tokens[j] in s.w.passive_auxiliary or s.tokens[j] in s.w.stop
            or s.tokens[j] in s.w.light_auxiliary):  # "vont renforcer leur coopération"
        j -= 1
    last = s.cover[j] if j >= cs else None
    if last is None or not last.entity or last.end != j + 1:
        return []
    return s.group_ending(last)


def _partner_after(s: SentenceView, t: TriggerMatch) -> bool:
    """Is a partner named after the noun ("an alliance with Niger")? Then the noun's own
    frame attached it."""
    _, ce = s.clause(t.start)
    return bool(t.preps) and s.prep_object(t.end, ce, t.preps)[0] is not None


def claims_member_trigger(s: SentenceView, t: TriggerMatch) -> bool:
    """A "member of" trigger inside a member list is the list's, not a frame's."""
    return t.relation == "member_of" and s.is_member_trigger(t)
