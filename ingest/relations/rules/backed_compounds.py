"""Supporters joined to what they back by a hyphen: "the UN-backed Government of National Accord",
"Turkish-backed forces of the GNA", "the Emirati-funded RSF".

A name or a nationality, a hyphen, then a participle of backing (word class ``backed_participle``
of words.tsv: "backed", "supported", "funded") and, a few words on, the actor it qualifies: the
one before the hyphen supports that actor. A nationality names its country ("Turkish" is Turkey).
A body of states before "backed" or "supported" ("the U.N.-backed government") is an epithet of
recognition, not support given: it says nothing (word class ``recognition_participle``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import ADJACENT
from sahelkg.ingest.relations.finders import nationality_mention
from sahelkg.ingest.relations.marks import ACTORS

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

HYPHENS = frozenset({"-", "–"})
BODIES_OF_STATES = frozenset({"intergovernmental", "un_mission", "un_body"})
MAX_TO_BACKED = 4  # words between the participle and the actor it qualifies ("forces of the")


def backed_compounds(s: SentenceView, out: Proposals) -> None:
    """"the UN-backed GNA": the UN supports the GNA."""
    participles = s.doc.lexicon.single_words("backed_participle")
    if not participles:
        return
    tokens = s.tokens
    for k in range(1, len(tokens) - 2):
        if tokens[k] not in HYPHENS or tokens[k + 1] not in participles:
            continue
        backer = _backer(s, k)
        if backer is None or recognition_epithet(s, backer, k + 1):
            continue
        _, ce = s.clause(k)
        backed = s.mention_after(k + 2, min(ce, k + 2 + MAX_TO_BACKED + 1))
        if backed is None or not backed.entity or s.type_of(backed.entity) not in ACTORS or \
                backed.entity == backer.entity:
            continue
        out.add([backer], None, "support", [backed], ADJACENT)


def recognition_epithet(s: SentenceView, backer: Mention, k: int) -> bool:
    """Is "X-backed" at k an epithet of recognition: a body of states before a participle of
    ``recognition_participle`` ("the U.N.-backed government")?"""
    return s.tokens[k] in s.doc.lexicon.single_words("recognition_participle") and \
        s.g.kind_of(backer.entity or "") in BODIES_OF_STATES


def _backer(s: SentenceView, k: int) -> Mention | None:
    """The name or nationality right before the hyphen at k."""
    m = s.cover[k - 1]
    if m is not None:
        return m if m.entity and m.end == k and s.type_of(m.entity) in ACTORS else None
    return nationality_mention(s, k - 1)
