"""Forces based somewhere are deployed there: "FACT is based in Libya", "the rebels of FACT are
based in southern Libya", "le JNIM, basé au Mali", "Le FACT est basé en Libye",
"القوات الفرنسية المنتشرة في مالي".

A phrase of the ``based_in`` class of words.tsv ("based in", "basé en", "basés au"), then a place
or a country in its clause; the one based is the nearest party before the phrase in the clause,
and it must be a force: an armed group, a militia, a private military company, an army or an
operation, or a country's troops (a government or a ministry "based in Tripoli" is seated there,
not deployed: see ``possessed-governments`` and the seats). A force based in its own country is
not deployed there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import word_table
from sahelkg.ingest.relations.certainty import CLAUSE_AGENT
from sahelkg.ingest.relations.rules.withdrawals import FORCE_KINDS

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals



def based_forces(s: SentenceView, out: Proposals) -> None:
    """"FACT is based in Libya": FACT deploys in Libya."""
    table = word_table(s.doc.lexicon, "based_in")
    if not table.by_first:
        return
    for k in range(1, len(s.tokens)):
        n = table.match(s.tokens, k)[0] if s.cover[k] is None else 0
        if not n:
            continue
        cs, ce = s.clause(k)
        place = s.mention_after(k + n, ce)
        if place is None or not place.entity or s.type_of(place.entity) not in ("Place", "Country"):
            continue
        force = s.nearest_before(k, cs)
        if force is None or not force.entity or not (
                s.g.kind_of(force.entity) in FORCE_KINDS or force.kind == "demonym" and
                (s.names_troops(force) or s.troops_of(force))):
            continue  # an armed force, or a country's troops ("القوات الفرنسية المنتشرة في مالي")
        if (s.g.country_of(place.entity) or place.entity) == s.g.country_of(force.entity):
            continue  # "le JNIM, basé au Mali": at home
        out.add([force], None, "deploy", [place], CLAUSE_AGENT, source="based")
