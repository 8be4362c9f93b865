"""The two countries: "les deux pays", "les deux parties" as the parties of a cooperation, an
agreement or an alliance that no frame attached.

"Toumba a reçu Saddam Haftar. Les deux pays ont promis de renforcer leur coopération
militaire", "les deux pays ont renforcé leur coopération", "la coopération entre les deux pays":
a pair anaphor (word class ``pair_anaphor``) after "entre" right after a trigger of cooperate,
agree or ally, or as the last mention before such a trigger in its clause (at most
``MAX_TO_TRIGGER`` words before it), stands for the two parties of the last relation between two
actors told in the sentence or the two before it; when no such relation is told, for the two
countries the article is about when two clearly stand out (as "بين البلدين" is read). Each party
is taken as its country (a minister for the state he serves), since the text says the two
countries; when the two are one country, or one has none, the pair is left unresolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.job.pipeline import Candidate, Mention, TriggerMatch
from sahelkg.ingest.relations.certainty import SALIENT_PAIR, STATE_RELATIONS

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

PAIRED = frozenset({"cooperate", "agree", "ally"})
PARTY_TYPES = frozenset({"Person", "Country", "Organization", "ArmedGroup"})
LOOK_BACK = 2  # earlier sentences searched for the two parties
MAX_TO_TRIGGER = 12  # words between the pair and the trigger it is the subject of


def _pair_of(s: SentenceView, t: TriggerMatch) -> Mention | None:
    """The pair anaphor the trigger is between ("la coopération entre les deux pays") or the
    subject of its clause, before it ("les deux pays ont renforcé leur coopération")."""
    cs, ce = s.clause(t.start)
    k = t.end
    while k < min(ce, t.end + 3) and s.cover[k] is None and s.tokens[k] not in s.w.between:
        k += 1
    if k < ce and s.tokens[k] in s.w.between:
        after = s.mention_after(k + 1, ce)
        return after if after is not None and after.kind == "pair" else None
    before = [m for m in s.mentions if cs <= m.start and m.end <= t.start]
    if not before:
        return None
    pair = before[-1]
    if pair.kind != "pair" or t.start - pair.end > MAX_TO_TRIGGER:
        return None
    if any(s.tokens[j] in s.w.between for j in range(max(cs, pair.start - 2), pair.start)):
        return None  # "entre les deux pays" before another noun: that noun's
    return pair


def _country(s: SentenceView, entity: str) -> str | None:
    if s.type_of(entity) == "Country":
        return entity
    return s.g.country_of(entity)


def _last_two_parties(s: SentenceView, out: Proposals) -> tuple[str, str] | tuple[()] | None:
    """The countries of the two parties of the last relation between two actors; () when that
    relation names no two countries, None when there is none."""
    earlier = [c for c in s.doc.candidates if s.index - LOOK_BACK <= c.sentence < s.index]
    current: list[Candidate] = [c for c in out.candidates if c.relation not in PAIRED]
    for c in reversed(earlier + current):
        if c.relation in STATE_RELATIONS or c.subject == c.object:
            continue
        if s.type_of(c.subject) not in PARTY_TYPES or s.type_of(c.object) not in PARTY_TYPES:
            continue
        first, second = _country(s, c.subject), _country(s, c.object)
        if first is None or second is None or first == second:
            return ()
        return first, second
    return None


def _salient_countries(s: SentenceView) -> tuple[str, str] | None:
    """The two countries the article is about, when two clearly stand out."""
    countries = sorted(((n, e) for e, n in s.doc.salience.items() if s.type_of(e) == "Country"),
                       reverse=True)
    if len(countries) < 2 or countries[1][0] < 2 or \
            len(countries) > 2 and countries[2][0] == countries[1][0]:
        return None
    return countries[0][1], countries[1][1]


def paired_countries(s: SentenceView, out: Proposals) -> None:
    """"Les deux pays ont promis de renforcer leur coopération": the two countries of the
    last relation between two actors cooperate."""
    if not s.doc.lexicon.words.get("pair_anaphor") or s.w.verb_first:
        return
    for t in s.triggers:
        if t.relation not in PAIRED or any(c.trigger is t for c in out.candidates):
            continue
        if _pair_of(s, t) is None:
            continue
        parties = _last_two_parties(s, out)
        if parties is None:
            parties = _salient_countries(s)
        if parties:
            out.add([parties[0]], t, t.relation, [parties[1]], SALIENT_PAIR)
