"""An aircraft shot down: "أسقط الجيش X طائرة مسيرة تابعة لـY", "إسقاط الجيش X لطائرة تركية",
"أعلن الجيش X إسقاط طائرة مسيرة": the force that downed it fights the aircraft's owner.

A word of downing (class ``downing``: the verb "أسقط" and the noun "إسقاط") and an aircraft
(class ``aircraft_noun``: "طائرة", "مسيرة", "مروحية") a few words after it. The owner is named
after the aircraft: a nationality adjective ("طائرة تركية", "طائرة مسيرة مالية") or a party
after a word of belonging ("تابعة للجيش المالي", "تابعة لدولة مالي"; class ``target_link``).
The author is the genitive between the noun and the aircraft ("إسقاط الجيش الجزائري لطائرة"),
the party right after the verb ("أسقط الجيش الليبي طائرة"), else the clause's first party
before the word ("الدفاع الجوي الجزائري أسقط", "أعلن الجيش الليبي إسقاط"). An aircraft with no
owner named says nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import SVO

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

AUTHORS = frozenset({"Country", "Organization", "ArmedGroup"})
OWNERS = frozenset({"Country", "Organization", "ArmedGroup"})
MAX_TO_AIRCRAFT = 4  # words between the downing word and the aircraft ("الجيش الجزائري")
MAX_TO_OWNER = 3  # words between the aircraft and its owner ("مسيرة تابعة")


def _stem_in(token: str, words: frozenset[str]) -> bool:
    return any(stem in words for _, stem, suffix in noun_stems(token) if not suffix)


def downed_aircraft(s: SentenceView, out: Proposals) -> None:
    downing = s.doc.lexicon.single_words("downing")
    aircraft = s.doc.lexicon.single_words("aircraft_noun")
    if not downing or not aircraft:
        return
    for k, token in enumerate(s.tokens):
        if s.cover[k] is not None or not _stem_in(token, downing):
            continue
        cs, ce = s.clause(k)
        a = next((j for j in range(k + 1, min(ce, k + MAX_TO_AIRCRAFT + 1))
                  if s.cover[j] is None and _stem_in(s.tokens[j], aircraft)), None)
        if a is None:
            continue
        owner = _owner(s, a, ce)
        author = _author(s, k, a, cs)
        if owner is None or author is None or author.entity == owner:
            continue
        home = s.g.country_of(author.entity or "") or author.entity
        if owner == home:
            continue  # its own aircraft
        if any(c.relation == "fight" and c.subject == author.entity and c.object == owner
               for c in out.candidates):
            continue
        out.add([author], None, "fight", [owner], SVO, source="downed-aircraft")


def _owner(s: SentenceView, a: int, ce: int) -> str | None:
    """The owner named after the aircraft at a: a nationality adjective or a party after a word
    of belonging ("تابعة للجيش المالي")."""
    aircraft = s.doc.lexicon.single_words("aircraft_noun")
    linked = False
    for j in range(a + 1, min(ce, a + MAX_TO_OWNER + 2)):
        m = s.starts.get(j)
        if m is not None:
            if not m.entity or s.type_of(m.entity) not in OWNERS:
                return None
            if m.kind == "demonym" or linked:
                return m.entity
            return None
        if s.cover[j] is not None:
            return None
        token = s.tokens[j]
        if token in s.w.target_link:
            linked = True
        elif not _stem_in(token, aircraft):
            return None  # "طائرة مسيرة" goes on; any other word ends the phrase
    return None


def _author(s: SentenceView, k: int, a: int, cs: int) -> Mention | None:
    """Who downed it: a party between the word and the aircraft, else the clause's first
    party before the word."""
    for m in s.mentions:
        if k < m.start < a and m.entity and s.type_of(m.entity) in AUTHORS:
            return None if s.prep_clitic(m) or s.governed(m) else m
    for m in s.mentions:
        if cs <= m.start and m.end <= k and m.entity and s.type_of(m.entity) in AUTHORS and \
                not s.prep_clitic(m) and not s.governed(m):
            return m
    return None
