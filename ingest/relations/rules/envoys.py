"""Envoys: the person a state or leader sends somewhere visits it.

"أوفدت موريتانيا وزير دفاعها X إلى باماكو", "وكانت نواكشوط أوفدت وزير دفاعها X برسالة إلى
الرئيس Y": a verb of sending an envoy (class ``envoy_verb`` of words.tsv), a person named after
it (past the sender), then a word of destination (``envoy_to``) and the place, country or person
the envoy was sent to — the envoy visited it. Forces sent somewhere are the deployment frames',
not this rule's: only a person is an envoy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import CLAUSE_AGENT

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

MAX_TO_ENVOY = 8  # words between the verb and the envoy (the sender, a date, quotes)
MAX_TO_DESTINATION = 4  # words between the envoy and "إلى" ("برسالة خطية إلى")
DESTINATIONS = frozenset({"Place", "Country", "Person"})
SENDERS = frozenset({"Country", "Organization"})


def sent_envoys(s: SentenceView, out: Proposals) -> None:
    verbs = s.doc.lexicon.single_words("envoy_verb")
    to = s.doc.lexicon.single_words("envoy_to")
    if not verbs or not to:
        return
    for k, token in enumerate(s.tokens):
        if token not in verbs or s.cover[k] is not None:
            continue
        _, ce = s.clause(k)
        # the sender may be a person too ("أوفد الرئيس X رئيس وزرائه Y إلى ..."): the envoy is
        # the person the destination follows
        sent = False
        for envoy in [m for m in s.mentions if k < m.start <= k + MAX_TO_ENVOY + (m.end - m.start)
                      and m.end <= ce and m.entity and m.type == "Person"]:
            target = _destination(s, envoy.end, ce, to)
            if target is not None and target.entity != envoy.entity:
                out.add([envoy], None, "visit", [target], CLAUSE_AGENT)
                sent = True
                break
        if not sent:
            _delegation_sent(s, out, k, ce, to)


def _delegation_sent(s: SentenceView, out: Proposals, k: int, ce: int, to: frozenset[str]) -> None:
    """"وأرسلت ليبيا وفدا إلى النيجر": a state sends an unnamed delegation somewhere, and so
    visits it."""
    sender = s.starts.get(k + 1)
    if sender is None or not sender.entity or s.type_of(sender.entity) not in SENDERS:
        return
    n = s.w.delegation.match(s.tokens, sender.end)[0] if sender.end < ce else 0
    if not n or s.cover[sender.end] is not None:
        return
    target = _destination(s, sender.end + n, ce, to)
    if target is not None and target.entity != sender.entity and s.type_of(target.entity) != "Person":
        out.add([sender], None, "visit", [target], CLAUSE_AGENT)


def _destination(s: SentenceView, k: int, ce: int, to: frozenset[str]) -> Mention | None:
    """The place, country or person after "إلى" a few plain words after k, else None."""
    for j in range(k, min(ce - 1, k + MAX_TO_DESTINATION + 1)):
        if s.cover[j] is not None:
            return None
        if s.tokens[j] in to:
            target = s.mention_after(j + 1, ce)
            if target is not None and target.entity and s.type_of(target.entity) in DESTINATIONS:
                return target
            return None
    return None
