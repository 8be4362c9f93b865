"""Heads of state named by the bare title: "الرئيس محمد بازوم", "أطاح بالرئيس السابق محمد
بازوم", "the President, Mohamed Bazoum". The title names no country, but the offices of the
gazetteer do: a person who has held the head of state's office of exactly one country leads it
(``leads`` is a role relation, true of every holder whatever the article's date). A title with a
country or a demonym ("رئيس النيجر", "الرئيس النيجري") is read by the mentions already.

The words are the word classes ``head_of_state_title`` (the bare title) and ``title_adjective``
("السابق", "المخلوع": may stand between the title and the name) of the language's words.tsv.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.job.pipeline import Mention
from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import ADJACENT

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

HEAD_OF_STATE = "head_of_state"
SEPARATORS = frozenset({"،", ",", '"', "“", "”", "«", "»", "(", ")"})


def titled_heads_of_state(s: SentenceView, out: Proposals) -> None:
    """"الرئيس X": X leads the one country whose head of state the gazetteer says X has been."""
    titles = s.doc.lexicon.single_words("head_of_state_title")
    adjectives = s.doc.lexicon.single_words("title_adjective")
    if not titles:
        return
    for m in s.mentions:
        if not m.entity or m.type != "Person" or m.leads or m.kind not in ("name", "titled"):
            continue
        if not _bare_title_before(s, m, titles, adjectives):
            continue
        countries = {o.of for o in s.g.offices_held.get(m.entity, ()) if o.office == HEAD_OF_STATE}
        if len(countries) == 1:
            out.add([m], None, "leads", sorted(countries), ADJACENT, source="role")


def _bare_title_before(s: SentenceView, m: Mention, titles: frozenset[str],
                       adjectives: frozenset[str]) -> bool:
    """Is the name of ``m`` preceded, inside the mention or right before it, by the bare title
    and nothing but title adjectives and separators?"""
    head = m.head if m.head > m.start else m.start
    k = head - 1
    while k >= 0 and (s.tokens[k] in adjectives or s.tokens[k] in SEPARATORS):
        k -= 1
    if k < 0 or k < m.start - 1:
        return False
    if k < m.start and s.cover[k] is not None:
        return False  # "رئيس النيجر" before the name: the mention's own office
    return any(stem in titles for _, stem, suffix in noun_stems(s.tokens[k]) if not suffix)
