"""Coordination groups: the mentions joined by "و", "and", "et" or commas into one list
("مالي والنيجر وبوركينافاسو", "Mali, Burkina Faso and Niger"), read forwards from the first
(:func:`group`) or backwards from the last (:func:`group_ending`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.marks import COMMAS

BRACKETS = frozenset("()«»\"“”")

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView


def group(s: SentenceView, m: Mention) -> list[Mention]:
    """m and the mentions coordinated after it ("مالي والنيجر وبوركينافاسو")."""
    out = [m]
    while True:
        last = out[-1]
        nxt = next((x for x in s.mentions if x.start >= last.end), None)
        if nxt is None:
            break
        gap = _gap(s, last.end, _kin_before(s, last, nxt))
        joiners = s.w.coordination
        joined = all(t in joiners or t in COMMAS for t in gap) and (
            any(t in joiners for t in gap) or nxt.clitic.startswith("و") or
            any(t in COMMAS for t in gap) and _coordinated_later(s, nxt))
        if not joined or nxt.type == "Place" and m.type != "Place":
            break
        out.append(nxt)
    return out


def _kin_before(s: SentenceView, last: Mention, nxt: Mention) -> int:
    """Where the words joining a person to the next end: before "his son" in "Khalifa
    Haftar and his son Saddam Haftar" (a possessive and a kin noun), else at the next."""
    k = nxt.start
    if last.type == "Person" and nxt.type == "Person" and k - 2 > last.end and \
            s.tokens[k - 2] in s.w.possessive_determiner and \
            s.w.kin_noun.match(s.tokens, k - 1)[0] == 1:
        return k - 2
    if last.type == "Person" and nxt.type == "Person" and k - 4 > last.end and \
            s.tokens[k - 4] in s.w.possessive_determiner and \
            s.w.kin_noun.match(s.tokens, k - 3)[0] == 1 and \
            s.tokens[k - 2] in s.w.coordination and \
            s.tokens[k - 1] in s.doc.lexicon.single_words("kin_title"):
        return k - 4  # "and his son and deputy Saddam Haftar"
    return k


def _gap(s: SentenceView, start: int, end: int) -> list[str]:
    """The words between two mentions that matter for coordination: determiners, brackets and a
    force noun before the next ("and the forces of", "وقوات") aside, and prepositions repeated
    in a list ("à Bamako puis à Ouagadougou", "de la Libye, du Tchad")."""
    gap: list[str] = []
    after_demonym = start > 0 and s.cover[start - 1] is not None and s.cover[start - 1].kind == "demonym"
    for k in range(start, end):
        t = s.tokens[k]
        if t in s.w.determiner or t in BRACKETS:
            continue  # "وقوات (فجر ليبيا)"
        if gap and (t.isdigit() or s.w.quantity.match(s.tokens[k:k + 1], 0)[0]):
            continue  # "four American soldiers and four Nigerien soldiers": a count after a joiner
        force = next((prefix for prefix, stem, suffix in noun_stems(t)
                      if not suffix and stem in s.w.forces), None)
        if force == "" and not gap and after_demonym:
            continue  # "American soldiers and ...": the noun of the nationality before
        if force is not None and force.startswith("و"):
            gap.append("و")  # "الجيش وقوات فجر ليبيا": the forces of the next are the next
        elif force is None or not gap:
            gap.append(t)  # a force noun after a joiner is dropped: "and the forces of"
    if any(t in s.w.coordination or t in COMMAS for t in gap):
        gap = [t for t in gap if t not in s.w.preposition]
    return gap


def _coordinated_later(s: SentenceView, m: Mention) -> bool:
    """Does a list go on after m ("Mali, Burkina Faso and Niger")?"""
    nxt = next((x for x in s.mentions if x.start >= m.end), None)
    if nxt is None:
        return False
    gap = _gap(s, m.end, nxt.start)
    if nxt.clitic.startswith("و") and len(gap) <= 1:
        return True
    return bool(gap) and all(t in s.w.coordination or t in COMMAS for t in gap) and \
        (any(t in s.w.coordination for t in gap) or _coordinated_later(s, nxt))


def group_ending(s: SentenceView, m: Mention) -> list[Mention]:
    """The coordination group m ends ("النيجر ومالي وبوركينافاسو" ending at m)."""
    for first in s.mentions:
        if first.start > m.start:
            break
        g = group(s, first)
        if m in g:
            return g
    return [m]
