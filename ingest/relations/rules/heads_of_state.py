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
    adjectives = s.doc.lexicon.single_words("title_adjective") | s.doc.lexicon.single_words(
        "head_of_state_adjective")
    if not titles:
        return
    for m in s.mentions:
        if not m.entity or m.type != "Person" or m.leads or m.kind not in ("name", "titled"):
            continue
        bare, nationalities = _bare_title_before(s, m, titles, adjectives)
        if not bare:
            continue
        countries = {o.of for o in s.g.offices_held.get(m.entity, ()) if o.office == HEAD_OF_STATE}
        if len(countries) == 1 and all(countries & n for n in nationalities):
            out.add([m], None, "leads", sorted(countries), ADJACENT, source="role")


def _nationality(s: SentenceView, k: int) -> set[str]:
    """The countries the one word at ``k`` names as a nationality adjective: a demonym, or a
    country's name with the article ("المالي", where "مالي" is both)."""
    n, found = s.g.demonyms.values(s.tokens, k, article_ok=True)
    if n == 1 and found:
        return {str(v[0]) for v in found if isinstance(v, tuple)}  # (country, plural, ambiguous)
    if not s.tokens[k].startswith("ال"):
        return set()
    n, entity, _ = s.g.names.match(s.tokens, k, article_ok=True)
    return {str(entity)} if n == 1 and s.type_of(str(entity)) == "Country" else set()


def _bare_title_before(s: SentenceView, m: Mention, titles: frozenset[str],
                       adjectives: frozenset[str]) -> tuple[bool, list[set[str]]]:
    """Is the name of ``m`` preceded, inside the mention or right before it, by the bare title
    and nothing but title adjectives, separators and nationality adjectives ("الرئيس الانتقالي
    المالي")? Also the countries each nationality adjective may name: the head of state's
    country must be one of them."""
    head = m.head if m.head > m.start else m.start
    k = head - 1
    nationalities: list[set[str]] = []
    ranks = {p[0] for p in s.doc.lexicon.titles.get("honorific", ()) if len(p) == 1} - titles
    while k >= 0:
        if s.tokens[k] in adjectives or s.tokens[k] in SEPARATORS or (
                k >= m.start and s.tokens[k] in ranks):  # "الرئيس المالي العقيد X"
            k -= 1
            continue
        nationality = _nationality(s, k)
        if not nationality:
            break
        nationalities.append(nationality)
        k -= 1
    if k < 0 or k < m.start - 1:
        return False, nationalities
    if k < m.start and s.cover[k] is not None:
        return False, nationalities  # "رئيس النيجر" before the name: the mention's own office
    if k > 0 and any(stem in s.doc.lexicon.single_words("relative_of")
                     for _, stem, _ in noun_stems(s.tokens[k - 1])):
        return False, nationalities  # "نجل الرئيس الراحل الجنرال X": the title is the father's
    return any(stem in titles for _, stem, suffix in noun_stems(s.tokens[k]) if not suffix), nationalities
