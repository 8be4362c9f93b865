"""Presence: a foreign force named in a country ("فاغنر في مالي", "Wagner in Mali") is deployed
there, and in the places of the country the sentence goes on to name ("فاغنر في ليبيا في قاعدتي
الجفرة وبراك الشاطئ", "مرتزقة فاغنر الروسية، في مدينتي سرت والجفرة"); a force named only as an
office in a capital is not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import PRESENCE, PRESENCE_KINDS
from sahelkg.ingest.relations.marks import SKIPPABLE

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

PLACES = frozenset({"Place", "Country"})
MAX_NESTED = 2  # "في ليبيا في قاعدتي ..." : places inside the first one named


def presence(s: SentenceView, out: Proposals) -> None:
    """"فاغنر في مالي": a foreign force named in a country is deployed there."""
    for m in s.mentions:
        if not m.entity or s.g.kind_of(m.entity) not in PRESENCE_KINDS:
            continue
        if s.g.kind_of(m.entity) != "pmc" and not (
                s.forces_word(m.start) or m.start and s.forces_word(m.start - 1)):
            continue  # "قيادة الجيش الليبي في باريس" is not the army deployed in Paris
        k = _skip_quotes(s, m.end)
        if k < len(s.tokens) and s.g.demonyms.match(s.tokens, k, article_ok=True)[0]:
            k = _skip_quotes(s, k + 1)  # "فيلق أفريقيا الروسي في ...", "فاغنر" الروسية، في
        if k + 1 < len(s.tokens) and s.tokens[k] in s.w.located:
            place = s.mention_after(k + 1, len(s.tokens))
            if place is None or not place.entity:
                continue
            home = s.g.country_of(m.entity)
            for where in _places_from(s, place):
                country = s.g.country_of(where.entity) or where.entity
                if home is not None and country != home:
                    out.add([m], None, "deploy", [where], PRESENCE, source="presence")


def _skip_quotes(s: SentenceView, k: int) -> int:
    while k < len(s.tokens) and s.tokens[k] in SKIPPABLE:
        k += 1
    return k


def _places_from(s: SentenceView, place: Mention) -> list[Mention]:
    """The place named after the force, the places coordinated with it, and the places named
    inside them right after ("في ليبيا في قاعدتي الجفرة وبراك الشاطئ")."""
    found = [p for p in s.group(place) if p.entity and p.type in PLACES]
    nested = 0
    while found and nested < MAX_NESTED:
        q = found[-1].end
        if q + 1 >= len(s.tokens) or s.tokens[q] not in s.w.located:
            break
        inner = s.mention_after(q + 1, len(s.tokens))
        if inner is None or not inner.entity or inner.type not in PLACES:
            break
        found += [p for p in s.group(inner) if p.entity and p.type in PLACES]
        nested += 1
    return found
