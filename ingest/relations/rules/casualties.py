"""Soldiers killed with no nationality named are the army of the country where they fell:
"militants killed nine soldiers in a raid on a post in western Niger" (Jihadists
(Niger) fight the Nigerien Armed Forces), "attackers who killed 42 soldiers in Tessit".

A killing trigger (frame ``casualties``) followed by a count and a soldier noun (the class
``soldier_noun`` in words.tsv: "soldiers", "troops"), with no party named between them, names as
the side attacked the national army (gazetteer kind ``armed_forces``) of the country of the first
place or country named after them in the clause, else of the country the attacker's unnamed side
is scoped by. The attacker is the actor right before the trigger (a relative pronoun between them
allowed: "attackers who killed").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import SVO
from sahelkg.ingest.relations.proposals import CASUALTIES

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

ATTACKERS = frozenset({"ArmedGroup", "Organization", "Country"})
MAX_COUNT = 3  # words of the count and qualifiers before the soldier noun ("16", "at least 12")
MAX_BEFORE = 3  # words between the attacker and the trigger ("who", "have")


def unnamed_soldiers(s: SentenceView, out: Proposals) -> None:
    soldiers = s.doc.lexicon.single_words("soldier_noun")
    if not soldiers:
        return
    for t in s.triggers:
        if t.frame != CASUALTIES:
            continue
        cs, ce = s.clause(t.start)
        noun = next((k for k in range(t.end, min(ce, t.end + MAX_COUNT + 1))
                     if s.tokens[k] in soldiers), None)
        if noun is None or any(s.cover[k] is not None for k in range(t.end, noun + 1)):
            continue
        after = noun + 1
        if after < len(s.tokens) and (s.tokens[after] in s.w.genitive_first or s.cover[after] is not None):
            continue  # "soldiers of the LNA", "soldiers Wagner": a party named with them
        attacker = _attacker(s, t, cs)
        if attacker is None:
            continue
        country = _where(s, noun + 1, ce) or s.g.country_of(attacker.entity or "")
        scoped = s.doc.entities.get(attacker.entity or "")
        if attacker.kind == "generic" and country is None and scoped is not None:
            country = scoped.country
        army = s.g.national_army(country)
        if army is not None and army != attacker.entity and country != attacker.entity:
            out.add([attacker], None, "fight", [army], SVO, source="casualties")


def _attacker(s: SentenceView, t: TriggerMatch, cs: int) -> Mention | None:
    for k in range(t.start - 1, max(cs - 1, t.start - MAX_BEFORE - 2), -1):
        m = s.cover[k]
        if m is not None:
            return m if m.entity and m.end == k + 1 and s.type_of(m.entity) in ATTACKERS else None
    return None


def _where(s: SentenceView, k: int, ce: int) -> str | None:
    for j in range(k, ce):
        m = s.starts.get(j)
        if m is not None and m.entity and s.type_of(m.entity) in ("Place", "Country"):
            return m.entity if s.type_of(m.entity) == "Country" else s.g.country_of(m.entity)
    return None


