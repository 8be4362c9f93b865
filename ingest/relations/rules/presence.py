"""Presence: a foreign force named in a country ("فاغنر في مالي", "Wagner in Mali") is deployed
there; a force named only as an office in a capital is not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import PRESENCE, PRESENCE_KINDS

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals


def presence(s: SentenceView, out: Proposals) -> None:
    """"فاغنر في مالي": a foreign force named in a country is deployed there."""
    for m in s.mentions:
        if not m.entity or s.g.kind_of(m.entity) not in PRESENCE_KINDS:
            continue
        if s.g.kind_of(m.entity) != "pmc" and not (
                s.forces_word(m.start) or m.start and s.forces_word(m.start - 1)):
            continue  # "قيادة الجيش الليبي في باريس" is not the army deployed in Paris
        k = m.end
        if k < len(s.tokens) and s.g.demonyms.match(s.tokens, k, article_ok=True)[0]:
            k += 1  # "فيلق أفريقيا الروسي في ..."
        if k + 1 < len(s.tokens) and s.tokens[k] in s.w.located:
            place = s.mention_after(k + 1, len(s.tokens))
            if place is None or not place.entity:
                continue
            home = s.g.country_of(m.entity)
            where = s.g.country_of(place.entity) or place.entity
            if home is not None and where != home:
                out.add([m], None, "deploy", [place], PRESENCE, source="presence")
