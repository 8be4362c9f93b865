"""Departures ordered: "Niger's junta ordered the U.S. to remove its troops", "has given the US
until 15 September to withdraw", "a ordonné aux troupes françaises de quitter le pays": a verb of
ordering (class ``order_verb`` of words.tsv), the one told to go, then a verb of leaving
(``departure_verb``: "to leave", "to remove", "de quitter") says the subject rejects that
country or force. The one told to go is a country, its troops, or an organisation's mission."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import word_table
from sahelkg.ingest.relations.certainty import SVO

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

MAX_TO_TOLD = 3  # words between the verb of ordering and the one told to go ("the", "aux")
MAX_TO_DEPARTURE = 6  # words between the one told and the verb of leaving ("until 15 September")
MAX_SUBJECT_GAP = 6  # words between the subject and the verb ("has also")
TOLD_TYPES = frozenset({"Country", "Organization", "ArmedGroup"})


def ordered_departures(s: SentenceView, out: Proposals) -> None:
    lexicon = s.doc.lexicon
    order, departure = word_table(lexicon, "order_verb"), word_table(lexicon, "departure_verb")
    if not order.by_first or not departure.by_first:
        return
    tokens = s.tokens
    for k in range(len(tokens)):
        n = order.match(tokens, k)[0] if s.cover[k] is None else 0
        if not n:
            continue
        cs, ce = s.clause(k)
        told = next((m for m in s.mentions if k + n <= m.start <= k + n + MAX_TO_TOLD), None)
        if told is None or not told.entity or s.type_of(told.entity) not in TOLD_TYPES:
            continue
        if any(s.cover[j] is not None for j in range(k + n, told.start)):
            continue
        leave = next((j for j in range(told.end, min(ce, told.end + MAX_TO_DEPARTURE + 1))
                      if s.cover[j] is None and departure.match(tokens, j)[0]), None)
        if leave is None:
            continue
        before = s.nearest_before(k, cs)
        if before is None or not before.entity or k - before.end > MAX_SUBJECT_GAP:
            continue
        out.add(s.group_ending(before), None, "reject", s.group(told), SVO)
