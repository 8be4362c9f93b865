"""Departures ordered: "Niger's junta ordered the U.S. to remove its troops", "has given the US
until 15 September to withdraw", "a ordonné aux troupes françaises de quitter le pays": a verb of
ordering (class ``order_verb`` of words.tsv), the one told to go, then a verb of leaving
(``departure_verb``: "to leave", "to remove", "de quitter") says the subject rejects that
country or force. The one told to go is a country, its troops, or an organisation's mission.
A departure demanded as a noun ("طالب بانسحاب القوات الفرنسية", "a exigé le départ des troupes
françaises", "demanded the withdrawal of French troops": ``departure_noun``) says the same."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable, word_table
from sahelkg.ingest.relations.certainty import SVO

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

MAX_TO_TOLD = 3  # words between the verb of ordering and the one told to go ("the", "aux")
MAX_TO_DEPARTURE = 6  # words between the one told and the verb of leaving ("until 15 September")
MAX_SUBJECT_GAP = 6  # words between the subject and the verb ("has also")
TOLD_TYPES = frozenset({"Country", "Organization", "ArmedGroup"})


def ordered_departures(s: SentenceView, out: Proposals) -> None:
    lexicon = s.doc.lexicon
    order, departure = word_table(lexicon, "order_verb"), word_table(lexicon, "departure_verb")
    demanded = word_table(lexicon, "departure_noun")
    if not order.by_first:
        return
    tokens = s.tokens
    for k in range(len(tokens)):
        n = order.match(tokens, k)[0] if s.cover[k] is None else 0
        if not n:
            continue
        cs, ce = s.clause(k)
        if demanded.by_first and _departure_demanded(s, out, k, n, demanded, cs, ce):
            continue
        if not departure.by_first:
            continue
        told = _told_after(s, k + n)
        if told is None or any(s.cover[j] is not None for j in range(k + n, told.start)):
            continue
        leave = next((j for j in range(told.end, min(ce, told.end + MAX_TO_DEPARTURE + 1))
                      if s.cover[j] is None and departure.match(tokens, j)[0]), None)
        subjects = _subjects_before(s, k, cs)
        if leave is not None and subjects:
            out.add(subjects, None, "reject", s.group(told), SVO)


def _departure_demanded(s: SentenceView, out: Proposals, k: int, n: int, demanded: PhraseTable,
                        cs: int, ce: int) -> bool:
    """"وطالب المجلس العسكري بانسحاب القوات الفرنسية", "a exigé le départ des troupes françaises",
    "demanded the withdrawal of French troops": a demand, its subject (before it, or right after
    it in a verb-first language), a noun of departure (``departure_noun``), then the one to go."""
    tokens = s.tokens
    subject = s.mention_after(k + n, ce) if s.w.verb_first else None
    start = subject.end if subject is not None else k + n
    gone = next((j for j in range(start, min(ce, start + MAX_TO_TOLD + 1))
                 if s.cover[j] is None and demanded.match(tokens, j)[0]), None)
    if gone is None:
        return False
    told = _told_after(s, gone + demanded.match(tokens, gone)[0])
    if told is None:
        return False
    if subject is None:
        subjects = _subjects_before(s, k, cs)
    else:
        subjects = s.group(subject) if _actor(s, subject) else []
    if not subjects:
        return False
    out.add(subjects, None, "reject", s.group(told), SVO)
    return True


def _told_after(s: SentenceView, q: int) -> Mention | None:
    """The country, force or mission told to go, named within a few words after q."""
    told = next((m for m in s.mentions if q <= m.start <= q + MAX_TO_TOLD), None)
    return told if told is not None and _actor(s, told) else None


def _subjects_before(s: SentenceView, k: int, cs: int) -> list[Mention]:
    """The actor (and those coordinated with it) named just before the demand at k, if any."""
    before = s.nearest_before(k, cs)
    if before is None or not _actor(s, before) or k - before.end > MAX_SUBJECT_GAP:
        return []
    return s.group_ending(before)


def _actor(s: SentenceView, m: Mention) -> bool:
    """Is m an actor that can send others away (not a place: "activists in Bamako staged protests
    demanding the departure of French forces" is no demand of Mali's)?"""
    return bool(m.entity) and s.type_of(m.entity or "") in TOLD_TYPES
