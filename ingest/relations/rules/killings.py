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

``killed-in-strikes``: a person killed in a strike, a raid or an attack that names its author by a
nationality or a genitive ("مقتل الصحراوي في ضربة للقوات الفرنسية", "X was killed in a French
strike", "X a été tué dans une frappe de l'armée française", "قتل X في غارة أمريكية"): the author
fights the person. The person is named after a noun of killing (``killing_of``) or before a word
of ``casualty_word`` ("killed", "tué"), in the clause before the noun of attack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable, word_table
from sahelkg.ingest.entities.generic import register_generic
from sahelkg.ingest.language.normalize import verb_stems
from sahelkg.ingest.relations.certainty import CLAUSE_AGENT
from sahelkg.ingest.relations.finders import prep_clitic
from sahelkg.ingest.relations.rules.withdrawals import FORCE_KINDS

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

UNNAMED = "unidentified"
KILLERS = frozenset({"ArmedGroup"})
INSURGENTS = frozenset({"armed_group"})  # kinds whose war an article's killing may belong to
MAX_LINK = 3  # words between the noun and the victim ("l'assassinat du", "the killing of the")
MAX_TO_STRIKE = 6  # words between the victim and the noun of attack ("was killed on Monday in a")
STRIKERS = frozenset({"Country", "Organization", "ArmedGroup"})


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


def killed_in_strikes(s: SentenceView, out: Proposals) -> None:
    """"X was killed in a French strike": France fights X."""
    killing = word_table(s.doc.lexicon, "killing_of")
    killed = s.doc.lexicon.single_words("casualty_word")
    for t in s.triggers:
        if t.relation != "fight" or t.form != "noun":
            continue
        author = _strike_author(s, t)
        if author is None:
            continue
        victim = _struck_person(s, t, killing, killed)
        if victim is not None and victim.entity != author.entity:
            out.add([author], t, "fight", [victim], CLAUSE_AGENT, source="killed-in-strike")


def _strike_author(s: SentenceView, t: TriggerMatch) -> Mention | None:
    """Who struck: the nationality or name right after the noun ("غارة أمريكية", "frappe
    française", "ضربة للقوات الفرنسية", "une frappe de l'armée française") or, where the
    language puts it first, right before it past a month or a year ("a June U.S. airstrike")."""
    _, ce = s.clause(t.start)
    gn = s.w.genitive_link.match(s.tokens, t.end)[0] if t.end < ce else 0
    # "une frappe de l'armée française", "ضربة للقوات الفرنسية": a genitive past a force noun
    after = s.mention_after(t.end + gn, ce, allow_prep_clitic=True) if t.end < ce else None
    lam = t.end < ce and s.w.verb_first and s.tokens[t.end][:1] == "ل"
    linked = after is not None and (after.kind == "demonym" or gn or lam or prep_clitic(after))
    if after is not None and linked and after.start <= t.end + gn + 1 and after.entity and \
            s.type_of(after.entity) in STRIKERS:
        return after
    k = t.start - 1
    while k >= 0 and (k in s.date_cover or s.tokens[k] in s.w.determiner):
        k -= 1
    before = s.cover[k] if k >= 0 else None
    if before is not None and before.end == k + 1 and before.entity and s.type_of(before.entity) in STRIKERS \
            and s.doc.lexicon.has("adjective", "before"):  # "a French strike"
        return before
    return None


def _struck_person(s: SentenceView, t: TriggerMatch, killing: PhraseTable,
                   killed: frozenset[str]) -> Mention | None:
    """The person killed, named in the clause before the noun of attack."""
    cs, _ = s.clause(t.start)
    for m in reversed(s.mentions):
        if m.end > t.start or m.start < cs or not m.entity or s.type_of(m.entity) != "Person":
            continue
        if t.start - m.end > MAX_TO_STRIKE:
            return None
        before = range(max(cs, m.start - MAX_LINK - 1), m.start)  # "مقتل الصحراوي", "وقتل القيادي X"
        if any(killing.match(s.tokens, j)[0] == m.start - j or
               any(stem in killed for _, stem in verb_stems(s.tokens[j])) for j in before) or \
                any(s.tokens[j] in killed for j in range(m.end, t.start)):  # "X was killed in"
            return m
        return None
    return None
