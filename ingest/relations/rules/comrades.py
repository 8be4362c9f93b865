"""Fighting alongside a party supports it.

"Russian mercenaries fought alongside Haftar's forces", "des mercenaires ont combattu aux côtés
de l'armée malienne", "قاتل المرتزقة في ليبيا إلى جانب قوات حفتر", "يقاتلون في صفوف قوات حفتر":
the ones who fight support the party they fight beside (support, the fighters the subject). A
fight trigger whose subject the frames found (with or without an enemy) and a phrase of the
``comrade_link`` class after it, a place adjunct allowed between ("in Libya"), give the relation;
the enemy, where one is named, is the frames' business.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import CLAUSE_AGENT
from sahelkg.ingest.relations.marks import SKIPPABLE

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

ACTORS = frozenset({"Country", "Organization", "ArmedGroup", "Person"})
FORCES = frozenset({"Organization", "ArmedGroup"})  # fighters the frames left must be a force
MAX_GAP = 4  # words between the fight and "alongside" ("in Libya", "on the front lines")


def _subjects(s: SentenceView, out: Proposals, t: TriggerMatch) -> list[str]:
    """The fighters the frames found for t: a force anywhere, another party only right beside
    the verb ("Chad fought alongside France"; not "fighters who entered Libya and fought")."""
    mentions: list[Mention] = [m for c in out.candidates if c.trigger is t
                               and (m := out.subject_mentions.get(id(c))) is not None]
    for trigger, subjects, _ in out.pending:
        if trigger is t:
            mentions += subjects
    found: list[str] = []
    for m in mentions:
        beside = m.start == t.end or all(tok in s.w.auxiliary for tok in s.tokens[m.end:t.start])
        if m.entity and m.entity not in found and (s.type_of(m.entity) in FORCES or beside):
            found.append(m.entity)
    return found


def _actor(s: SentenceView, t: TriggerMatch) -> list[str]:
    """The fighters the frames left: right after the verb ("قاتل مرتزقة فاغنر"), else the
    party closest before it in its clause."""
    if t.form != "verb":
        return []
    cs, _ = s.clause(t.start)
    m = s.starts.get(t.end) or s.nearest_before(t.start, cs)
    if m is None or not m.entity or s.type_of(m.entity) not in FORCES:
        return []
    return [m.entity]


def _comrades(s: SentenceView, t: TriggerMatch, fighters: list[str]) -> list[Mention]:
    """The parties after the comrade link that follows the fight at t (past its fighters, where
    they come after the verb)."""
    _, ce = s.clause(t.start)
    k = t.end
    while k < ce and k - t.end <= MAX_GAP:
        n = s.w.comrade_link.match(s.tokens, k)[0]
        if n:
            m = s.mention_after(k + n, ce, allow_prep_clitic=True) or s.starts.get(k + n - 1)
            if m is None or not m.entity:
                return []
            return [x for x in s.group(m) if x.entity and s.type_of(x.entity) in ACTORS]
        m = s.cover[k]
        if m is not None:
            if not m.entity or m.entity not in fighters and s.type_of(m.entity) not in ("Place", "Country"):
                return []  # the enemy or another party comes first
            k = m.end
            continue
        if any(x.start == k for x in s.triggers) or \
                not (s.tokens[k][:1].isalpha() or s.tokens[k] in SKIPPABLE):
            return []
        k += 1
    return []


def fought_alongside(s: SentenceView, out: Proposals) -> None:
    """Each subject of a fight trigger supports the parties it fights alongside."""
    if not s.w.comrade_link.by_first:
        return
    for t in s.triggers:
        if t.relation != "fight":
            continue
        fighters = _subjects(s, out, t) or _actor(s, t)
        comrades = _comrades(s, t, fighters) if fighters else []
        subjects = [x for x in fighters if x not in {m.entity for m in comrades}]
        if comrades and subjects:
            out.add(subjects, t, "support", comrades, CLAUSE_AGENT)
