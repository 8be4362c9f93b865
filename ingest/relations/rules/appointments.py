"""A person stated to hold a title of a body the gazetteer has no holder of: "Le général Bruno
Baratz est le nouveau commandant de la force Barkhane", "X has been appointed as commander of Y",
"X a été nommé chef de Y". The title is an office mention no holder resolves (entity None) that
says whom it leads or belongs to; before it, past its determiner and up to two plain words ("le
nouveau", "the interim"), a linking phrase (class ``holder_link`` of words.tsv: "est", "a été
nommé", "has been appointed as", "became"), and right before the link the person, who leads (or
is a member of) what the title names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable, word_table
from sahelkg.ingest.relations.certainty import ADJACENT

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

MAX_LINK = 5  # words of a linking phrase ("has been appointed as")
MAX_QUALIFIERS = 2  # plain words between the link and the title ("le nouveau", "the interim")


def appointed_holders(s: SentenceView, out: Proposals) -> None:
    """"X est le nouveau commandant de Y": X leads Y; "X was a leader of Y": X is a member of Y."""
    links = word_table(s.doc.lexicon, "holder_link")
    if not links.by_first:
        return
    for title in s.mentions:
        body = title.leads or title.member_of
        if title.kind != "office" or not body:
            continue
        holder = next((h for end in _title_starts(s, title.start)
                       if (h := _holder_before(s, links, end)) is not None), None)
        # the holder the gazetteer gives for the date yields to the one the sentence names ("Belmokhtar
        # was the leader of AQIM" in 2013, when Droukdel led it)
        if holder is not None and holder.entity != body and holder.entity != title.entity:
            out.add([holder], None, "leads" if title.leads else "member_of", [body], ADJACENT,
                    source="appointed")


def _title_starts(s: SentenceView, k: int) -> list[int]:
    """Where the title at k may start: back over its determiners, then over each of a few plain
    words ("le nouveau", "the interim"), nearest first."""
    starts: list[int] = []
    words = 0
    while k > 0 and s.cover[k - 1] is None:
        token = s.tokens[k - 1]
        if token in s.w.determiner:
            k -= 1
            continue
        starts.append(k)
        if words < MAX_QUALIFIERS and token.isalpha() and token.islower() and token not in s.w.stop \
                and not s.is_trigger_start(k - 1):
            words += 1
            k -= 1
            continue
        return starts
    starts.append(k)
    return starts


def _holder_before(s: SentenceView, links: PhraseTable, end: int) -> Mention | None:
    """The person right before a linking phrase that ends at ``end``."""
    for start in range(max(0, end - MAX_LINK), end):
        if links.match(s.tokens, start)[0] != end - start:
            continue
        person = s.cover[start - 1] if start else None
        if person is not None and person.end == start and person.entity and person.type == "Person":
            return person
    return None
