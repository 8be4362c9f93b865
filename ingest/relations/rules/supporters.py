"""Supporters described before they are named.

"le maréchal tient le Sud grâce au soutien de deux puissances, Egypte et Russie", "l'armée, avec
le soutien de ses alliés de Barkhane, a repris la ville": a noun of support whose supporters come
after it (frame ``from_agent``: "avec le soutien de X" — X supports the clause's actor) names them
after a few words that describe them, or as a list set off by a comma. Each supports the actor of
the clause. The noun's own frame reads the supporter named right after it; this rule reads the ones it leaves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
from sahelkg.ingest.relations.certainty import CLAUSE_AGENT
from sahelkg.ingest.relations.marks import SKIPPABLE
from sahelkg.ingest.relations.rules.enumerations import enumerated_countries

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

SUPPORTERS = frozenset({"Country", "Organization", "ArmedGroup", "Person"})
MAX_DESCRIPTION = 5  # words describing the supporters before their names ("deux grandes puissances")


def _described_supporters(s: SentenceView, t: TriggerMatch) -> list[Mention]:
    _, ce = s.clause(t.start)
    k = t.end
    n = s.w.genitive_link.match(s.tokens, k)[0] if k < ce else 0
    if not n or s.starts.get(k + n) is not None:
        return []  # named right after: the frame's
    k += n
    start = k
    while k < ce and k - start <= MAX_DESCRIPTION:
        m = s.starts.get(k)
        if m is not None:
            if not m.entity or s.type_of(m.entity) not in SUPPORTERS:
                return []
            listed = enumerated_countries(s, m) if m.type == "Country" else []
            return listed or [x for x in s.group(m) if x.entity and s.type_of(x.entity) in SUPPORTERS]
        if s.cover[k] is not None or any(x.start == k for x in s.triggers) or \
                not (s.tokens[k][:1].isalpha() or s.tokens[k] in SKIPPABLE):
            return []
        k += 1
    return []


def described_supporters(s: SentenceView, out: Proposals) -> None:
    """"grâce au soutien de plusieurs puissances, l'Égypte, la Russie et la France": each
    supports the clause's actor."""
    for t in s.triggers:
        if t.relation != "support" or t.frame != "from_agent" or \
                any(c.trigger is t for c in out.candidates):
            continue
        supporters = _described_supporters(s, t)
        if not supporters:
            continue
        cs, _ = s.clause(t.start)
        actor = s.nearest_before(t.start, cs)
        if actor is None or not actor.entity:
            continue
        out.add(supporters, t, "support", [actor], CLAUSE_AGENT)
