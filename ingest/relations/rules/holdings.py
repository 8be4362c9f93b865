"""Forces and bases held abroad, and military operations named in a place.

"The US has about 1,000 troops in Niger", "France has an air base in Niamey": an actor before a
holding verb (the class ``holding_verb`` in words.tsv: "has", "maintains") whose object is forces
or a base (the classes ``forces`` and ``base_noun``, after a count and a few qualifying words) in a
place (``holding_place``: "in", "at") is deployed there. "France's Barkhane operation in Mali": a
military operation named in a place, or whose troops leave it (``leaving_verb``: "left Mali"), is
deployed there, and so is the country named before it with a possessive ending. A place in the
actor's own country is no deployment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import word_table
from sahelkg.ingest.relations.certainty import PRESENCE, SVO

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

HOLDERS = frozenset({"Country", "Organization", "ArmedGroup"})
PLACES = frozenset({"Place", "Country"})
OPERATIONS = frozenset({"military_operation"})
MAX_BEFORE_VERB = 2  # words between the holder and the verb ("still", "now")
MAX_HELD = 6  # words of the thing held ("about 1,000 US combat troops", "a major drone base")


def held_forces(s: SentenceView, out: Proposals) -> None:
    lexicon = s.doc.lexicon
    verbs = lexicon.single_words("holding_verb")
    if not verbs:
        return
    bases = lexicon.single_words("base_noun")
    where = lexicon.single_words("holding_place")
    tokens = s.tokens
    for k, token in enumerate(tokens):
        if token not in verbs or s.cover[k] is not None:
            continue
        holder = _holder_before(s, k)
        if holder is None:
            continue
        j = k + 1
        held = False
        while j < len(tokens) and j - k <= MAX_HELD and tokens[j] not in where:
            if (covering := s.cover[j]) is not None and covering.type == "Person":
                break
            held = held or tokens[j] in s.w.forces or tokens[j] in bases
            j += 1
        if not held:
            continue
        if any(k < t.start < j for t in s.triggers):
            continue  # "Algeria has denied supporting the rebels in Mali": "has" is an auxiliary
        if j < len(tokens) and tokens[j] in where:
            place = s.mention_after(j + 1, len(tokens))
        else:  # "Chad, where the French army retains a military contingent"
            place = s.where_antecedent(holder)
        if place is None or not place.entity or s.type_of(place.entity) not in PLACES:
            continue
        home = s.g.country_of(holder.entity or "") or holder.entity
        if (s.g.country_of(place.entity) or place.entity) == home:
            continue
        out.add([holder], None, "deploy", [place], SVO, source="presence")


def _holder_before(s: SentenceView, k: int) -> Mention | None:
    for j in range(k - 1, max(-1, k - MAX_BEFORE_VERB - 2), -1):
        m = s.cover[j]
        if m is not None:
            return m if m.entity and m.end == j + 1 and s.type_of(m.entity) in HOLDERS else None
        if not s.tokens[j][:1].isalpha():
            return None
    return None


def operations_abroad(s: SentenceView, out: Proposals) -> None:
    """"France's Barkhane operation in Mali": the operation and its country are deployed there."""
    where = s.doc.lexicon.single_words("holding_place")
    operation_nouns = s.doc.lexicon.single_words("operation_noun")
    leaving = word_table(s.doc.lexicon, "leaving_verb")
    tokens = s.tokens
    for m in s.mentions:
        if not m.entity or s.g.kind_of(m.entity) not in OPERATIONS:
            continue
        k = m.end
        while k < len(tokens) and (tokens[k] in operation_nouns or tokens[k] in s.w.forces):
            k += 1  # "Barkhane operation", "Barkhane troops"
        if k >= len(tokens):
            continue
        n = 1 if tokens[k] in where else leaving.match(tokens, k)[0]  # "troops left Mali"
        if not n:
            continue
        place = s.mention_after(k + n, len(tokens))
        if place is None or not place.entity or s.type_of(place.entity) not in PLACES:
            continue
        parties: list[Mention] = [m]
        owner = s.cover[m.start - 2] if m.start >= 2 and tokens[m.start - 1] in s.w.possessive else None
        if owner is not None and owner.entity and s.type_of(owner.entity) == "Country":
            parties.append(owner)
        for party in parties:
            if (s.g.country_of(place.entity) or place.entity) != party.entity:
                out.add([party], None, "deploy", [place], PRESENCE + 0.2, source="presence")
