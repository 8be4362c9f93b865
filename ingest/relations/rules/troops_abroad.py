"""A country's troops or presence named by its nationality adjective in another country.

"la présence française au Mali", "les troupes françaises au Mali", "3 000 soldats français
devraient rester au Sahel", "les positions françaises en Côte d'Ivoire et au Sénégal", "la
présence russe s'accélère au Burkina Faso": forces or a presence (class ``forces`` or
``presence_noun`` of words.tsv; a language without ``presence_noun`` is not read) qualified by
a nationality adjective, then a place (after a few words at most, a verb of staying among
them), are the adjective's country deployed there. A country that has troops somewhere ("les
Américains disposent d'un millier de soldats au Niger": ``troops_have``) is deployed there too.
A place in the adjective's own country is home, not a deployment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable
from sahelkg.ingest.job.pipeline import Mention
from sahelkg.ingest.relations.certainty import PRESENCE
from sahelkg.ingest.relations.finders import nationality_at

if TYPE_CHECKING:
    from sahelkg.ingest.language.lexicon import Lexicon
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

PLACES = frozenset({"Country", "Place"})
HOLDERS = frozenset({"Country", "Organization", "ArmedGroup"})
MAX_TO_PLACE = 3  # words between the adjective and the place ("devraient rester au")
MAX_TO_FORCES = 6  # words between a verb of having and the forces ("d'environ un millier de")

_TABLES: dict[int, tuple[frozenset[str], PhraseTable]] = {}


def _words(lexicon: Lexicon) -> tuple[frozenset[str], PhraseTable]:
    if id(lexicon) not in _TABLES:
        _TABLES[id(lexicon)] = (lexicon.single_words("presence_noun"),
                                PhraseTable((p, p) for p in lexicon.word_class("troops_have")))
    return _TABLES[id(lexicon)]


def _places_after(s: SentenceView, k: int) -> list[Mention]:
    """The places named after a located preposition within a few words from k."""
    _, ce = s.clause(k)
    for j in range(k, min(ce, k + MAX_TO_PLACE + 1)):
        if s.cover[j] is not None or any(t.start == j for t in s.triggers):
            return []
        if s.tokens[j] in s.w.located:
            first = s.mention_after(j + 1, ce)
            if first is None or not first.entity or first.type not in PLACES:
                return []
            return [m for m in s.group(first) if m.entity and m.type in PLACES]
    return []


def national_troops(s: SentenceView, out: Proposals) -> None:
    """"les troupes françaises au Mali", "la présence française au Mali": France is deployed in
    Mali."""
    presence, _ = _words(s.doc.lexicon)
    if not presence:
        return  # a language that lists no presence nouns reads its forces otherwise
    for k in range(len(s.tokens) - 1):
        if s.cover[k] is not None or not (s.tokens[k] in presence or s.forces_word(k)):
            continue
        m = s.cover[k + 1]
        if m is not None and m.kind == "demonym" and m.start == k + 1 and m.entity:
            country, end = m.entity, m.end
        else:
            # singular: "la présence française", "aucun soldat français"
            country, end = nationality_at(s, k + 1)
        if country is None or s.type_of(country) != "Country":
            continue
        home = s.g.home_country(s.doc.salience)  # where a town the gazetteer lacks most likely is
        places = [p for p in _places_after(s, end) if p.entity and (
            s.g.country_of(p.entity) or (home if s.g.entry(p.entity) is None else None) or p.entity
        ) != country]
        if places:
            out.add([country], None, "deploy", places, PRESENCE, source="presence")


def troops_held(s: SentenceView, out: Proposals) -> None:
    """"les Américains disposent d'un millier de soldats au Niger": the US is deployed there."""
    _, have = _words(s.doc.lexicon)
    if not have.by_first:
        return
    for k in range(1, len(s.tokens)):
        n = have.match(s.tokens, k)[0] if s.cover[k] is None else 0
        if not n:
            continue
        holder = s.cover[k - 1]
        if holder is None or not holder.entity or holder.type not in HOLDERS:
            continue
        for j in range(k + n, min(len(s.tokens), k + n + MAX_TO_FORCES)):
            if s.cover[j] is not None:
                break
            if s.forces_word(j):
                places = _places_after(s, j + 1)
                if places:
                    out.add([holder], None, "deploy", places, PRESENCE, source="presence")
                break
