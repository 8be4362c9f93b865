"""The agent of a verbal noun named in a clause after it: "الهجوم الذي تشنه قوات حفتر على
طرابلس", "هجوم شنه مسلحون من تنظيم داعش على موقع للجيش" (an indefinite noun takes its relative
clause without a pronoun). The verbs that carry such a noun ("شن", "نفذ", "خاض") are the class
``noun_agent_verb`` in words.tsv. Read by the nominal frames (:mod:`.nominal_frames`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.language.normalize import noun_stems

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView


def agent_in_relative(s: SentenceView, t: TriggerMatch, ce: int) -> tuple[Mention | None, bool]:
    """(the agent, whether such a clause follows the noun at all)."""
    k = t.end
    if k < ce and s.tokens[k] in s.w.relative:
        k += 1
    if k >= ce or s.cover[k] is not None or not _carrier_verb(s, s.tokens[k]):
        return None, False
    return s.mention_after(k + 1, ce), True


def _carrier_verb(s: SentenceView, token: str) -> bool:
    verbs = s.w.noun_agent_verb
    return token in verbs or any(stem in verbs for _, stem, _ in noun_stems(token)) or \
        any(token.startswith(v) and len(token) - len(v) <= 2 for v in verbs)
