"""Collective back-reference: "الدول الثلاث", "البلدان الأربعة" stand for the list of that many
parties just named ("مالي والنيجر وبوركينا فاسو"). As the subject of a verb they act together:
each of them with the object, or, for a symmetric relation without one, with each other. The nouns
and the number words are data (``collective_noun``, ``collective_3`` ... in words.tsv). Read by
the verbal frames (:mod:`.verbal_frames`) for a verb whose subject is such a collective."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import SALIENT_PAIR, SYMMETRIC
from sahelkg.ingest.relations.helpers import objects_after
from sahelkg.ingest.relations.marks import ACTORS

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

LOOK_BACK = 2  # earlier sentences searched for the list a collective noun refers to
LIST_JOINERS = frozenset({"،", ","})


def collective_subject(s: SentenceView, out: Proposals, t: TriggerMatch, ce: int) -> bool:
    """"واتفقت الدول الثلاث": attach the verb at t to the parties the collective right after
    it stands for; True when it did (the verb has no other subject then)."""
    k = t.end
    size = _collective_size(s, k)
    if not size:
        return False
    members = _listed_parties(s, size, t.start)
    if not members:
        return True  # "the three countries" we cannot name: attach nothing rather than guess
    objects, oc, _ = objects_after(s, t, k + 2, ce)
    if objects:
        out.add(members, t, t.relation, objects, min(SALIENT_PAIR, oc))
    elif t.relation in SYMMETRIC:
        for i, first in enumerate(members[:-1]):
            out.add([first], t, t.relation, members[i + 1:], SALIENT_PAIR)
    return True


def _collective_size(s: SentenceView, k: int) -> int:
    """How many parties the collective noun at k names ("الدول الثلاث" -> 3), 0 if none."""
    covered = s.cover[k] if k < len(s.tokens) else None
    if k + 1 >= len(s.tokens) or covered is not None and covered.kind != "pair":
        return 0  # "البلدان" alone is the pair anaphor; with a number it counts the list
    if s.tokens[k].removeprefix("و") not in s.w.collective_noun:
        return 0
    return next((n for n, words in s.w.collective_count.items() if s.tokens[k + 1] in words), 0)


def _listed_parties(s: SentenceView, size: int, p: int) -> list[str]:
    """The last list of exactly ``size`` parties named before position p of this sentence
    or in the sentences just before."""
    for index in range(s.index, max(-1, s.index - LOOK_BACK - 1), -1):
        mentions = [m for m in s.doc.mentions[index] if index < s.index or m.end <= p]
        found = _last_list(s.doc.norm[index], mentions, size)
        if found:
            return found
    return []



def _last_list(tokens: list[str], mentions: list[Mention], size: int) -> list[str]:
    runs: list[list[Mention]] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if not m.entity or m.type not in ACTORS:
            runs.append([])
            continue
        if runs and runs[-1] and _joined(tokens, runs[-1][-1], m):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in reversed(runs):
        entities = list(dict.fromkeys(m.entity for m in run if m.entity))
        if len(entities) == size:
            return entities
    return []


def _joined(tokens: list[str], a: Mention, b: Mention) -> bool:
    """Are two mentions parts of one list ("مالي، والنيجر", "مالي والنيجر", "مالي و النيجر")?"""
    between = tokens[a.end:b.start]
    if not between:
        return b.clitic.startswith("و")
    return all(tok in LIST_JOINERS or tok == "و" for tok in between) and (
        "و" in between or b.clitic.startswith("و") or between == ["،"] or between == [","])
