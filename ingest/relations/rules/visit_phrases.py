"""A visit told in a circumstantial phrase belongs to the sentence's subject.

"During his visit to Moscow, Haftar held talks with Yevkurov", "Traoré called for deeper links
with Russia while on a visit to Moscow", "Lors de sa visite à Moscou, Traoré a rencontré
Poutine": a visit noun right after a circumstance phrase (class ``visit_circumstance`` of
words.tsv: "during his", "while on a", "lors de sa") with its destination after the trigger's
preposition says the subject of the sentence visited it — the first person named after the
phrase when the phrase opens the sentence, else the first person the sentence names. Only visit
triggers the frames left without a visit of their own are read.

A meeting noun in the same phrase is read the same way: "وخلال لقائه بالرئيس X، أكد Y" (During his
meeting with X, Y said): Y met X, and every party coordinated after the preposition ("بالرئيس X
ورئيس الوزراء Z"); the subject is looked for after the whole list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable, word_table
from sahelkg.ingest.relations.certainty import CLAUSE_AGENT

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

MAX_OPENING = 2  # words before a phrase that still opens the sentence ("But", "Et")
VISITORS = frozenset({"Person"})


def _circumstance_start(s: SentenceView, table: PhraseTable, t: TriggerMatch) -> int | None:
    for k in range(max(0, t.start - 4), t.start):
        n = table.match(s.tokens, k)[0]
        if n and k + n == t.start:
            return k
    return None


def _visitor(s: SentenceView, start: int, end: int) -> Mention | None:
    after = [m for m in s.mentions if m.start >= end and m.entity and m.type in VISITORS]
    if start <= MAX_OPENING:
        return after[0] if after else None
    before = [m for m in s.mentions if m.end <= start and m.entity and m.type in VISITORS]
    if before:
        return before[0]
    # "وفي حديثه للصحفيين عقب زيارته إلى روسيا، أعرب غويتا": no one before, the subject after
    return after[0] if after and s.tokens[end:end + 1] in (["،"], [","]) else None


RELATIONS = frozenset({"visit", "meet"})
MADE_BY_PARTIES = frozenset({"Person", "Country", "Organization"})
PLACES = frozenset({"Place"})


def visit_phrases(s: SentenceView, out: Proposals) -> None:
    """"During his visit to Moscow, Haftar ...": Haftar visited Moscow; "خلال لقائه بX، أكد Y": Y
    met X."""
    table = word_table(s.doc.lexicon, "visit_circumstance")
    if not table.by_first:
        return
    for t in s.triggers:
        if t.relation not in RELATIONS or t.form != "noun" or not t.preps:
            continue
        if any(c.trigger is t and c.relation == t.relation for c in out.candidates):
            continue
        start = _circumstance_start(s, table, t)
        if start is None:
            continue
        _, ce = s.clause(t.start)
        place, _ = s.prep_object(t.end, ce, t.preps)
        if place is None or not place.entity or (t.relation == "meet" and place.type in PLACES):
            continue  # one meets a party, not a town ("عقب اجتماع بالعاصمة أنقرة")
        objects = s.group(place)
        end = max(m.end for m in objects)
        visitor = _visitor(s, start, end)
        if visitor is not None and all(visitor.entity != m.entity for m in objects):
            out.add([visitor], t, t.relation, objects, CLAUSE_AGENT)


def visits_made_by(s: SentenceView, out: Proposals) -> None:
    """"الزيارة التي قام بها رئيس مالي، الجنرال عاصمي غويتا، إلى موسكو", "la visite qu'a effectuée
    le président Goïta à Moscou": a visit noun, a relative clause naming who made it (class
    ``visit_made_by``), the visitor, then the destination after the noun's preposition."""
    table = word_table(s.doc.lexicon, "visit_made_by")
    if not table.by_first:
        return
    for t in s.triggers:
        if t.relation != "visit" or t.form != "noun" or not t.preps:
            continue
        if any(c.trigger is t and c.relation == "visit" for c in out.candidates):
            continue
        _, ce = s.clause(t.start)
        k = t.end
        while k < min(ce, t.end + 3) and s.cover[k] is None and not table.match(s.tokens, k)[0]:
            k += 1  # "الزيارة الرسمية التي", "la visite officielle qu'a"
        n = table.match(s.tokens, k)[0] if k < len(s.tokens) else 0
        if not n:
            continue
        visitor = s.mention_after(k + n, len(s.tokens))
        if visitor is None or not visitor.entity or visitor.type not in MADE_BY_PARTIES:
            continue
        end = max(m.end for m in s.group(visitor))
        while end < len(s.tokens) and s.cover[end] is not None and s.cover[end].entity == visitor.entity:
            end += 1
        place, _ = s.prep_object(end, len(s.tokens), t.preps)
        if place is not None and place.entity and place.entity != visitor.entity:
            out.add(s.group(visitor), t, "visit", s.group(place), CLAUSE_AGENT)
