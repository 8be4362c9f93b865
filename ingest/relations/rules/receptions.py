"""A guest received in a foreign place visited it.

"Saddam Haftar a été reçu à Niamey par le président Tiani", "une délégation russe menée par
Yunus-Bek Yevkurov a été reçue jeudi à Niamey", "Tiani a reçu Saddam Haftar à Niamey": a
verb of reception (class ``reception_verb`` of words.tsv) that made a meeting, with a place named
after a located preposition in its clause, says the guest visited that place — when the guest's
own country is known and the place is not in it (a minister received in his own capital visited
nothing). Reads the meetings the frames proposed.

Any other meeting held in a named town says the same of each side from abroad ("Haftar met
Belousov in Moscow", "التقى حفتر بيلوسوف في العاصمة موسكو", "Anderson held meetings in Tripoli
with Dbeibah"): a participant whose own country is known and is not the town's visited it; the
host, at home, visited nothing (rule ``meeting-places``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.job.pipeline import Candidate, Mention
from sahelkg.ingest.relations.certainty import CLAUSE_AGENT

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

TOWNS = frozenset({"capital", "city", "town", "oasis", "port", "military_base"})  # not a region or a sea
GUESTS = frozenset({"Person"})  # a state or an army met somewhere did not travel there
MAX_TO_PLACE = 12  # words between the verb and the place ("a été reçue, ce lundi 4 décembre, à")


def _place_of_reception(s: SentenceView, c: Candidate) -> Mention | None:
    t = c.trigger
    if t is None:
        return None
    _, ce = s.clause(t.start)
    words = 0  # the words of the names crossed do not count ("استقبل القائد العام ... حفتر في")
    for k in range(t.end, ce - 1):
        if s.cover[k] is not None:
            continue
        words += 1
        if words > MAX_TO_PLACE:
            break
        if s.tokens[k] in s.w.located:
            place = s.mention_after(k + 1, ce)
            if place is not None and place.entity and s.type_of(place.entity) == "Place" and \
                    not _word_like(s, place.entity):
                return place
    return None


def _word_like(s: SentenceView, entity: str) -> bool:
    """A town named like a common word ("بالقصر الرئاسي": the palace, not El Kseur) is no
    place of reception; the town named after it may be."""
    entry = s.g.entry(entity)
    return entry is not None and not entry.curated and \
        entry.ambiguous_in(s.doc.lang, proclitics=s.doc.lexicon.has("proclitics", "yes"))


def _visits(s: SentenceView, out: Proposals, c: Candidate, guests: tuple[str, ...]) -> None:
    """Each guest whose own country is known and is not the country of the meeting's town
    visited the town (a person, or a country named by its delegation or envoy)."""
    place = _place_of_reception(s, c)
    if place is None or place.entity is None or s.g.kind_of(place.entity) not in TOWNS:
        return
    where = s.g.country_of(place.entity) or place.entity
    for guest in guests:
        delegation = s.type_of(guest) == "Country" and any(
            m.entity == guest and m.kind == "delegation" for m in s.mentions)
        home = guest if delegation else s.g.country_of(guest)
        if home is None or home == where or (s.type_of(guest) not in GUESTS and not delegation):
            continue  # a country's delegation or envoy travels as a person does
        if any(x.relation == "visit" and x.subject == guest and x.object == place.entity
               for x in out.candidates):
            continue
        out.add([guest], c.trigger, "visit", [place], CLAUSE_AGENT)


def _received(s: SentenceView, c: Candidate, receptions: frozenset[str]) -> bool:
    t = c.trigger
    return t is not None and t.form == "verb" and any(tok in receptions for tok in s.tokens[t.start:t.end])


def meeting_places(s: SentenceView, out: Proposals) -> None:
    """"Haftar met Belousov in Moscow": Haftar visited Moscow; Belousov, at home, did not."""
    receptions = s.doc.lexicon.single_words("reception_verb")
    for c in list(out.candidates):
        if c.relation == "meet" and c.trigger is not None and not _received(s, c, receptions):
            _visits(s, out, c, (c.subject, c.object))


def received_visitors(s: SentenceView, out: Proposals) -> None:
    """"Saddam Haftar a été reçu à Niamey par Tiani": Saddam Haftar visited Niamey."""
    receptions = s.doc.lexicon.single_words("reception_verb")
    if not receptions:
        return
    for c in list(out.candidates):
        if c.relation == "meet" and _received(s, c, receptions):
            _visits(s, out, c, (c.object,))
