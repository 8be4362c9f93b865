"""The agent of a verbal noun named in a clause after it: "الهجوم الذي تشنه قوات حفتر على
طرابلس", "هجوم شنه مسلحون من تنظيم داعش على موقع للجيش" (an indefinite noun takes its relative
clause without a pronoun). The verbs that carry such a noun ("شن", "نفذ", "خاض") are the class
``noun_agent_verb`` in words.tsv. Mixed into the sentence attacher of
:mod:`sahelkg.ingest.relations.arguments`."""

from __future__ import annotations

from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.layout import SentenceView


class NounAgentRules(SentenceView):
    def _agent_in_relative(self, t: TriggerMatch, ce: int) -> tuple[Mention | None, bool]:
        """(the agent, whether such a clause follows the noun at all)."""
        k = t.end
        if k < ce and self.tokens[k] in self.w.relative:
            k += 1
        if k >= ce or self.cover[k] is not None or not self._carrier_verb(self.tokens[k]):
            return None, False
        return self.mention_after(k + 1, ce), True

    def _carrier_verb(self, token: str) -> bool:
        verbs = self.w.noun_agent_verb
        return token in verbs or any(stem in verbs for _, stem, _ in noun_stems(token)) or \
            any(token.startswith(v) and len(token) - len(v) <= 2 for v in verbs)
