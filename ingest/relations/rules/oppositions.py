"""Fighting that opposes two sides: "des combats opposent l'armée soudanaise aux FSR", "ont opposé
les FAMa aux rebelles du CSP". Triggers of this kind carry the frame ``oppose`` in triggers.tsv;
registered as the frame ``frames/opposition``, which attaches every one of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import SVO

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

OPPOSE = "oppose"  # "des combats opposent X à Y": the object fights the party after the preposition
OPPOSE_GAP = 3  # words between the fighting noun and "opposent" ("combats qui opposent")


def opposition_trigger(s: SentenceView, t: TriggerMatch) -> bool:
    """The triggers of this frame: a verb opposing two sides (frame ``oppose``)."""
    return t.frame == OPPOSE


def opposed(s: SentenceView, out: Proposals, t: TriggerMatch) -> None:
    """The two sides are the object and the party after the preposition (or the two of a pair
    joined by "and"); the subject is the
    fighting itself, a word of the same relation just before ("la rivalité qui oppose Haftar à
    Dbeibah" is no fight). Without both sides nothing is stated."""
    if not any(o.relation == t.relation and o.frame != OPPOSE and 0 <= t.start - o.end <= OPPOSE_GAP
               for o in s.triggers):
        return
    _, ce = s.clause(t.start)
    first = s.mention_after(t.end, ce)
    if first is None or not first.entity:
        return
    sides = s.group(first)
    if len(sides) == 1 and (head := _leader_after(s, first, ce)) is not None:
        # "the war pitting the LNA of Khalifa Haftar and forces of the GNA": past the leader who
        # qualifies the first side, the second
        sides = [first, *s.group(head)[1:]]
    other, _ = s.prep_object(sides[-1].end, ce, t.preps)
    if other is None and len(sides) > 1:
        # "les affrontements opposant la 444e brigade et les Forces spéciales de dissuasion",
        # "clashes opposing A and B": the two sides joined by "and"
        out.add(sides[:1], t, t.relation, sides[1:], SVO)
        return
    if other is None or not other.entity or other in sides:
        return
    out.add(sides, t, t.relation, s.group(other), SVO)


def _leader_after(s: SentenceView, m: Mention, ce: int) -> Mention | None:
    """The person named in a genitive right after a force ("the LNA of Khalifa Haftar", "les
    forces du maréchal Haftar"), past an acronym in brackets, if any."""
    k = m.end
    if k + 2 < ce and s.tokens[k] == "(":
        close = next((j for j in range(k + 1, min(ce, k + 4)) if s.tokens[j] == ")"), None)
        k = close + 1 if close is not None else k
    link = s.w.genitive_link.match(s.tokens, k)[0] if k < ce else 0
    person = s.starts.get(k + link) if link else None
    return person if person is not None and person.entity and person.type == "Person" else None
