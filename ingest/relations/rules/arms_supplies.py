"""Arms bought from a supplier: the supplier supports the buyer.

"le Burkina Faso a commandé une douzaine de drones de combat à la Turquie", "le Niger achète des
équipements militaires auprès de la Russie", "le Mali a reçu une livraison de drones en
provenance de la Turquie", "Niger bought armoured vehicles from China": a verb of procurement
(class ``procurement_verb`` of words.tsv), an armament noun after it (``armament_noun``: drones,
armes, équipements ...) and a supplier after a link (``supplier_link``: "auprès de", "en
provenance de", "from") in the same clause say the supplier — a country or an organisation, not
a place — supports the buyer, the actor named before the verb.

Arms sent the other way read the same: "the UAE sent weapons to the RSF", "Moscou a acheminé des
armes au Niger", "أرسلت الإمارات أسلحة إلى قوات الدعم السريع": a verb of sending (``sending_verb``),
an armament noun after it and the recipient after a link (``recipient_link``: "to", "au", "إلى")
say the sender — the actor before the verb, or right after it where the verb comes first —
supports the recipient, any party but a place (rule ``arms-sent``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable
from sahelkg.ingest.job.pipeline import TriggerMatch
from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import SVO

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.language.lexicon import Lexicon
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

BUYERS = frozenset({"Country", "Organization", "ArmedGroup"})
SUPPLIERS = frozenset({"Country", "Organization"})
VERB_STRENGTH = 0.85  # how surely a verb of sending or buying arms states support
RECIPIENTS = frozenset({"Country", "Organization", "ArmedGroup", "Person"})
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
        self.sending = table("sending_verb")
        self.recipient = table("recipient_link")


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
            out.add([supplier], _verb(k, n), "support", [buyer], SVO, source="trigger")


def _buyer_before(s: SentenceView, k: int, cs: int) -> Mention | None:
    m = s.nearest_before(k, cs, BUYERS)
    if m is None or k - m.end > MAX_BEFORE or not m.entity or s.type_of(m.entity) not in BUYERS:
        return None
    return m


def _supplier_after(s: SentenceView, t: _Tables, k: int, ce: int, link: PhraseTable | None = None,
                    parties: frozenset[str] = SUPPLIERS) -> Mention | None:
    """The party after the link (``supplier_link``, or ``link``) that follows the armament at k;
    a list of armaments and its commas do not count against ``MAX_TO_SUPPLIER``."""
    counted = 0
    for j in range(k, ce):
        if s.cover[j] is not None:
            return None  # a name before the link: not the supplier's
        n = (link or t.link).match(s.tokens, j)[0]
        if n:
            m = s.mention_after(j + n, ce)
            if m is not None and m.entity and s.type_of(m.entity) in parties:
                return m
            return None
        if s.tokens[j] not in t.armament and s.tokens[j] not in (",", "،") and \
                s.tokens[j] not in s.w.coordination:
            counted += 1
            if counted > MAX_TO_SUPPLIER:
                return None
    return None


def arms_sent(s: SentenceView, out: Proposals) -> None:
    """"the UAE sent weapons to the RSF": the UAE supports the RSF."""
    t = _tables(s.doc.lexicon)
    if not t.sending.by_first or not t.armament or not t.recipient.by_first:
        return
    tokens = s.tokens
    for k in range(len(tokens)):
        n = t.sending.match(tokens, k)[0] if s.cover[k] is None else 0
        if not n:
            continue
        cs, ce = s.clause(k)
        sender = s.starts.get(k + n) if s.w.verb_first else _buyer_before(s, k, cs)
        if sender is None or not sender.entity or s.type_of(sender.entity) not in BUYERS:
            continue
        start = sender.end if s.w.verb_first else k + n
        armament = next((j for j in range(start, min(ce, start + MAX_TO_ARMAMENT + 1))
                         if any(stem in t.armament for _, stem, _ in noun_stems(tokens[j]))), None)
        if armament is None or any(s.cover[j] is not None for j in range(start, armament)):
            continue
        recipient = _supplier_after(s, t, armament + 1, ce, t.recipient, RECIPIENTS)
        if recipient is not None and recipient.entity != sender.entity:
            out.add([sender], _verb(k, n), "support", [recipient], SVO, source="trigger")


def _verb(k: int, n: int) -> TriggerMatch:
    """The verb of the rule as the trigger of its relation, so that the status is read around
    it ("accuse la France d'avoir fourni des armes": reported)."""
    return TriggerMatch(k, k + n, "support", "verb", (), False, VERB_STRENGTH, "agent")
