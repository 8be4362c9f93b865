"""Two nationality adjectives after a noun of a shared relation name its two parties.

"التعاون الروسي المالي", "التعاون العسكري التركي النيجري", "الشراكة الأمنية الليبية التشادية": a
noun trigger of a symmetric relation between states (cooperate, agree, ally), past at most
``MAX_DESCRIBING`` plain adjectives ("العسكري", "الأمني"), followed by two nationality adjectives
of two countries says the two countries share it, whoever the clause's speakers are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.job.pipeline import Mention
from sahelkg.ingest.relations.certainty import ADJACENT

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

PAIRED = frozenset({"cooperate", "agree", "ally"})
MAX_DESCRIBING = 2  # plain adjectives between the noun and the first nationality


def _demonyms(s: SentenceView, t: TriggerMatch) -> tuple[Mention, Mention] | None:
    if not s.w.verb_first:
        return None  # the adjectives follow the noun in Arabic only
    _, ce = s.clause(t.start)
    k = t.end
    while k < ce and k - t.end < MAX_DESCRIBING and s.cover[k] is None and \
            _demonym_at(s, k) is None and s.tokens[k][:1].isalpha() and \
            not s.is_trigger_start(k) and s.tokens[k] not in s.w.stop:
        k += 1
    first = _demonym_at(s, k)
    second = _demonym_at(s, first.end) if first is not None else None
    if first is None or second is None or first.entity == second.entity:
        return None
    return first, second


def _demonym_at(s: SentenceView, k: int) -> Mention | None:
    """The country of the nationality adjective at k (a mention there, else the gazetteer's
    reading, the one the article speaks of where it is ambiguous), else None."""
    if k >= len(s.tokens):
        return None
    m = s.starts.get(k)
    if m is not None:
        return m if m.kind == "demonym" and m.entity and s.type_of(m.entity) == "Country" else None
    if s.cover[k] is not None:
        return None
    n, values = s.g.demonyms.values(s.tokens, k, article_ok=True)
    if not n:
        return None
    readings = [r for r in values if not r[2]] or list(values)
    country = readings[0][0]
    for other, _, ambiguous in values:
        if ambiguous and s.doc.salience.get(other, 0) and not s.doc.salience.get(country, 0):
            country = other
    if s.type_of(country) != "Country":
        return None
    return Mention(k, k + n, country, "Country", "demonym", head=k)


def paired_demonym_trigger(s: SentenceView, t: TriggerMatch) -> bool:
    """The triggers of this frame: a shared-relation noun followed by two nationalities."""
    return t.form == "noun" and t.relation in PAIRED and _demonyms(s, t) is not None


def paired_demonyms(s: SentenceView, out: Proposals, t: TriggerMatch) -> None:
    """"التعاون الروسي المالي": Russia cooperates with Mali."""
    pair = _demonyms(s, t)
    if pair is not None:
        out.add([pair[0]], t, t.relation, [pair[1]], ADJACENT)
