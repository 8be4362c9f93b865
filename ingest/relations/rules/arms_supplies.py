"""Arms bought from a supplier: the supplier supports the buyer.

"le Burkina Faso a commandé une douzaine de drones de combat à la Turquie", "le Niger achète des
équipements militaires auprès de la Russie", "le Mali a reçu une livraison de drones en
provenance de la Turquie", "Niger bought armoured vehicles from China": a verb of procurement
(class ``procurement_verb`` of words.tsv), an armament noun after it (``armament_noun``: drones,
armes, équipements ...) and a supplier after a link (``supplier_link``: "auprès de", "en
provenance de", "from") in the same clause say the supplier — a country or an organisation, not
a place — supports the buyer, the actor named before the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable
from sahelkg.ingest.relations.certainty import SVO

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.language.lexicon import Lexicon
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

BUYERS = frozenset({"Country", "Organization", "ArmedGroup"})
SUPPLIERS = frozenset({"Country", "Organization"})
MAX_TO_ARMAMENT = 6  # words between the verb and the armament ("une livraison d'une vingtaine de")
MAX_TO_SUPPLIER = 8  # words between the armament and the supplier's link ("type Bayraktar TB2")
MAX_BEFORE = 3  # words between the buyer and the verb ("a", "a déjà", "has")


class _Tables:
    def __init__(self, lexicon: Lexicon) -> None:
        def table(name: str) -> PhraseTable:
            return PhraseTable((p, p) for p in lexicon.words.get(name, frozenset()))

        self.verb = table("procurement_verb")
        self.link = table("supplier_link")
        self.armament = lexicon.single_words("armament_noun")


_TABLES: dict[int, _Tables] = {}


def _tables(lexicon: Lexicon) -> _Tables:
    if id(lexicon) not in _TABLES:
        _TABLES[id(lexicon)] = _Tables(lexicon)
    return _TABLES[id(lexicon)]


def arms_supplies(s: SentenceView, out: Proposals) -> None:
    """"le Burkina Faso a commandé des drones à la Turquie": Turkey supports Burkina Faso."""
    t = _tables(s.doc.lexicon)
    if not t.verb.by_first or not t.armament:
        return
    tokens = s.tokens
    for k in range(len(tokens)):
        n = t.verb.match(tokens, k)[0]
        if not n or s.cover[k] is not None:
            continue
        cs, ce = s.clause(k)
        buyer = _buyer_before(s, k, cs)
        if buyer is None:
            continue
        armament = next((j for j in range(k + n, min(ce, k + n + MAX_TO_ARMAMENT + 1))
                         if tokens[j] in t.armament), None)
        if armament is None or any(s.cover[j] is not None for j in range(k + n, armament)):
            continue
        supplier = _supplier_after(s, t, armament + 1, ce)
        if supplier is not None and supplier.entity != buyer.entity:
            out.add([supplier], None, "support", [buyer], SVO, source="trigger")


def _buyer_before(s: SentenceView, k: int, cs: int) -> Mention | None:
    m = s.nearest_before(k, cs, BUYERS)
    if m is None or k - m.end > MAX_BEFORE or not m.entity or s.type_of(m.entity) not in BUYERS:
        return None
    return m


def _supplier_after(s: SentenceView, t: _Tables, k: int, ce: int) -> Mention | None:
    for j in range(k, min(ce, k + MAX_TO_SUPPLIER + 1)):
        if s.cover[j] is not None:
            return None  # a name before the link: not the supplier's
        n = t.link.match(s.tokens, j)[0]
        if n:
            m = s.mention_after(j + n, ce)
            if m is not None and m.entity and s.type_of(m.entity) in SUPPLIERS:
                return m
            return None
    return None
