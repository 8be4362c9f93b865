"""A place under a party's control is where the party is deployed: "مدينة الكفرة الواقعة تحت
سيطرة قوات حفتر", "إقليم دارفور الذي تسيطر عليه قوات الدعم السريع", "مناطق ... تسيطر عليها X".

A phrase of control after the place (class ``control_under``: "تحت سيطرة"; class
``control_held``: "تسيطر عليه", "يسيطر عليها", the verb with a pronoun standing for the place)
and the party right after it (a country, an armed force or group). The place is the nearest one
before the phrase in the clause; a place that only locates it ("دارفور في غرب السودان الذي ...":
after "في" and a word of direction, class ``direction``) gives way to the one it locates. A
party's own country is no place it is deployed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import word_table
from sahelkg.ingest.relations.certainty import SVO

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

CONTROLLERS = frozenset({"Country", "Organization", "ArmedGroup"})
PLACES = frozenset({"Place", "Country"})
MAX_TO_PHRASE = 4  # words between the place and the phrase ("الليبية، الواقعة")


def controlled_places(s: SentenceView, out: Proposals) -> None:
    under, held = word_table(s.doc.lexicon, "control_under"), word_table(s.doc.lexicon, "control_held")
    for k in range(len(s.tokens)):
        if s.cover[k] is not None:
            continue
        n = under.match(s.tokens, k)[0] or held.match(s.tokens, k)[0]
        if not n:
            continue
        cs, ce = s.clause(k)
        controller = s.mention_after(k + n, ce)
        if controller is None or not controller.entity or \
                s.type_of(controller.entity) not in CONTROLLERS:
            continue
        place = _place_before(s, k, cs)
        if place is None or place.entity == controller.entity or _home(s, controller, place):
            continue
        out.add([controller], None, "deploy", [place], SVO, source="controlled")


def _home(s: SentenceView, controller: Mention, place: Mention) -> bool:
    """A party holding (part of) its own country ("شرق ليبيا الذي يسيطر عليه الجيش") is not
    deployed there: the country itself names no place of deployment."""
    return s.type_of(place.entity or "") == "Country" and \
        s.g.country_of(controller.entity or "") == place.entity


def _place_before(s: SentenceView, k: int, cs: int) -> Mention | None:
    """The place the phrase at k is said of: the nearest one before it, or the one a locating
    place ("في غرب السودان") follows."""
    directions = s.doc.lexicon.single_words("direction")
    places = [m for m in s.mentions if cs <= m.start and m.end <= k and m.entity and
              s.type_of(m.entity) in PLACES]
    if not places or k - places[-1].end > MAX_TO_PHRASE:
        return None
    nearest = places[-1]
    before = s.tokens[max(cs, nearest.start - 2):nearest.start]
    if len(places) > 1 and any(w in directions for w in before) and \
            nearest.start - places[-2].end <= MAX_TO_PHRASE:
        return places[-2]
    return nearest
