"""People killed with no killer named: "مقتل رئيس جهاز دعم الاستقرار عبد الغني الككلي", "أنباء عن
مقتل عبد الغني الككلي", "l'assassinat du président X", "the assassination of X".

A noun of killing (word class ``killing_of`` of words.tsv: "مقتل", "اغتيال", "assassinat",
"assassination"), its genitive link and determiners, then a named person: when nothing in the
sentence can be the killer (no armed force, armed group or unnamed side is named outside the
victim's own title, and no agent follows in the clause: "على يد", "par", "by"), and the article
names no insurgent or jihadist group (kind ``armed_group``) nor an unnamed side anywhere (in their
war they may be the killers: "مقتل الرئيس التشادي إدريس ديبي" in an article on the FACT's
offensive), an unnamed armed group killed him. Event data code such a killing as the Unidentified
Armed Group of the country where it happened (a place named in the clause, else the victim's
country) fighting the victim.
A clause closed by a question mark says nothing, and neither does a killing named as a time
(after a word of ``time_anchor``: "منذ مقتل القذافي", "since the assassination of X").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import word_table
from sahelkg.ingest.entities.generic import register_generic
from sahelkg.ingest.relations.certainty import CLAUSE_AGENT
from sahelkg.ingest.relations.rules.withdrawals import FORCE_KINDS

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

UNNAMED = "unidentified"
KILLERS = frozenset({"ArmedGroup"})
INSURGENTS = frozenset({"armed_group"})  # kinds whose war an article's killing may belong to
MAX_LINK = 3  # words between the noun and the victim ("l'assassinat du", "the killing of the")


def unnamed_killers(s: SentenceView, out: Proposals) -> None:
    """"مقتل عبد الغني الككلي": the Unidentified Armed Group (Libya) fights al-Kikli."""
    table = word_table(s.doc.lexicon, "killing_of")
    actor = s.g.data.generic.get(UNNAMED)
    if not table.by_first or actor is None:
        return
    anchors = s.doc.lexicon.single_words("time_anchor")
    for k in range(len(s.tokens)):
        n = table.match(s.tokens, k)[0] if s.cover[k] is None else 0
        if not n:
            continue
        victim = _victim_after(s, k + n)
        if victim is None or not victim.entity or _anchored(s, k, anchors):
            continue  # "منذ مقتل القذافي", "since the assassination of X": a time, not the news
        _, ce = s.clause(k)
        if ce < len(s.tokens) and s.tokens[ce] in ("?", "؟") or _killer_named(s, victim, ce):
            continue
        if any(c.relation == "fight" and c.object == victim.entity for c in out.candidates):
            continue
        country = _country_where(s, victim, ce)
        if country is None:
            continue
        side = register_generic(s.doc.entities, actor, country, s.g)
        out.add([side], None, "fight", [victim], CLAUSE_AGENT, source="killing")


def _anchored(s: SentenceView, k: int, anchors: frozenset[str]) -> bool:
    """Does a time anchor stand before the noun at k, past determiners?"""
    j = k - 1
    while j >= 0 and s.tokens[j] in s.w.determiner:
        j -= 1
    return j >= 0 and s.tokens[j] in anchors


def _victim_after(s: SentenceView, k: int) -> Mention | None:
    """The person named right after the noun, past a genitive link and determiners."""
    start = k
    while k < len(s.tokens) and k - start <= MAX_LINK and s.cover[k] is None:
        n = s.w.genitive_link.match(s.tokens, k)[0]
        if n:
            k += n
        elif s.tokens[k] in s.w.determiner:
            k += 1
        else:
            break
    m = s.starts.get(k)
    return m if m is not None and m.entity and s.type_of(m.entity) == "Person" else None


def _killer_named(s: SentenceView, victim: Mention, ce: int) -> bool:
    """Could someone named in the sentence be the killer: an armed force or group, an unnamed
    side, outside the victim's own title; or an agent after the victim in the clause?"""
    for m in s.mentions:
        if m is victim or not m.entity or victim.start <= m.start < victim.end:
            continue
        if m.kind == "generic" or s.type_of(m.entity) in KILLERS or s.g.kind_of(m.entity) in FORCE_KINDS:
            return True
    if any(m.entity is None and m.type in KILLERS for m in s.mentions):
        return True  # "المتمردون الذين يشنون هجوما ... مقتل الرئيس": the rebels, unnamed
    if any(m.entity and m.entity != victim.entity and
           (s.g.kind_of(m.entity) in INSURGENTS or m.kind == "generic")
           for mentions in s.doc.mentions for m in mentions):
        return True  # an insurgent group the article names elsewhere may be the one
    return any(s.w.passive_agent.match(s.tokens, j)[0] and s.cover[j] is None for j in range(victim.end, ce))


def _country_where(s: SentenceView, victim: Mention, ce: int) -> str | None:
    """The country of a place named where something is in the clause, else the victim's."""
    for j in range(victim.end, ce):
        if s.tokens[j] in s.w.located and s.cover[j] is None:
            place = s.starts.get(j + 1)
            if place is not None and place.entity and s.type_of(place.entity) == "Place":
                return s.g.country_of(place.entity)
    entity = s.doc.entities.get(victim.entity or "")
    return s.g.country_of(victim.entity or "") or (entity.country if entity is not None else None)
