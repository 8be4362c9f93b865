"""Companions set off by commas before a verb: "Niger, along with its neighbours Mali and Burkina
Faso, signed a confederation treaty". The actor before the comma and each actor of the aside
(opened by a word of the class ``alongside``: "along with", "together with") share a symmetric
relation (meet, cooperate, ally, agree) that the verb right after the aside states with no partner
of its own: each is a party with each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import SVO, SYMMETRIC

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

COMMAS = frozenset({",", "،"})
PARTIES = frozenset({"Country", "Person", "Organization", "ArmedGroup"})
MAX_ASIDE = 12  # words of the aside ("along with its military-led neighbours Mali and Burkina Faso")
MAX_TO_VERB = 2  # words between the closing comma and the trigger ("have", "also")


def companions(s: SentenceView, out: Proposals) -> None:
    tokens = s.tokens
    for t in s.triggers:
        if t.relation not in SYMMETRIC or t.form != "verb":
            continue
        close = next((k for k in range(t.start - 1, max(-1, t.start - MAX_TO_VERB - 2), -1)
                      if tokens[k] in COMMAS), None)
        if close is None or any(s.cover[k] is not None for k in range(close + 1, t.start)):
            continue
        opening = next((k for k in range(close - 1, max(-1, close - MAX_ASIDE - 2), -1)
                        if tokens[k] in COMMAS), None)
        if opening is None or opening == 0:
            continue
        n = s.w.alongside.match(tokens, opening + 1)[0]
        if not n:
            continue
        _, ce = s.clause(t.start)
        if any(t.end <= m.start < ce and m.entity and s.type_of(m.entity) in PARTIES for m in s.mentions):
            continue  # "X, along with Y, met Z": a partner of the verb's own
        lead = s.cover[opening - 1]
        aside = [m for m in s.mentions if opening + n < m.start and m.end <= close and m.entity]
        if lead is None or not lead.entity or lead.end != opening or s.type_of(lead.entity) not in PARTIES:
            continue
        companions_ = [m for m in aside if s.type_of(m.entity or "") == s.type_of(lead.entity)]
        if companions_:
            out.add([lead], t, t.relation, companions_, SVO)
