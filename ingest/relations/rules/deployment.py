"""Deployments read beyond a deploy verb.

A national army deployed abroad deploys its country too ("وحدات من الجيش التركي ... إلى ليبيا":
Turkey deploys in Libya, as a delegation is attributed to the country it comes from).

Withdrawal of forces: "سحب قوات X من Y", "انسحاب القوات الفرنسية من مالي", "سحبت فرنسا
قواتها من مالي".

A force withdrawn from a place was deployed there: an analyst reading of troops leaving a country
records their presence in it (the deployment, dated by the withdrawal). Only forces are read so:
the thing withdrawn must be troops (a word of the ``forces`` class, with or without a possessive
ending: "قواتها"), a named force, or a nationality adjective on troops ("جندي أمريكي"); an
ambassador or a recognition withdrawn ("سحب السفير", "سحب اعترافها") states no deployment.
Triggers of this kind carry the frame ``withdraw`` in triggers.tsv. Forces sent to a place are
read the same way (frame ``send``: "a envoyé 1000 soldats au Niger", "sent 1,000 soldiers to
Niger"); a letter or a message sent names no forces and gives nothing. Mixed into the sentence
attacher of :mod:`sahelkg.ingest.relations.arguments`, whose state it reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.job.pipeline import Candidate, Mention, TriggerMatch
from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import ADJACENT, CLAUSE_AGENT
from sahelkg.ingest.relations.layout import SentenceView

if TYPE_CHECKING:
    from sahelkg.ingest.relations.proposals import Discourse

WITHDRAW = "withdraw"
SEND = "send"  # forces sent to a place ("a envoyé 1000 soldats au Niger") are deployed there
FORCE_TYPES = frozenset({"ArmedGroup"})
FORCE_KINDS = frozenset({"pmc", "armed_forces", "army_unit", "paramilitary", "armed_group", "militia",
                         "military_operation"})
MAX_SPAN = 8  # words between the withdrawal and the place it is from


class DeploymentRules(SentenceView):
    state: Discourse
    out: list[Candidate]



    def _withdrawal(self, t: TriggerMatch, cs: int, ce: int) -> None:
        """Who withdraws forces from where: the forces (or the country named by their adjective)
        between the trigger and "من", else the clause's actor, are deployed in the place after it."""
        k = t.end
        while k < ce and k - t.end <= MAX_SPAN and not (self.tokens[k] in t.preps and self.cover[k] is None):
            m = self.starts.get(k)
            k = m.end if m is not None else k + 1
        if k >= ce or self.tokens[k] not in t.preps:
            return
        place = self.mention_after(k + 1, ce)
        if place is None or not place.entity or self.type_of(place.entity) not in ("Place", "Country"):
            return
        between = [m for m in self.mentions if t.end <= m.start < k and m.entity]
        forces = [m for m in between if self._is_force(m)]
        troops = any(self._troops_word(j) for j in range(t.end, k) if self.cover[j] is None)
        if not forces and not troops:
            return
        actors = forces or [m for m in between if self.type_of(m.entity or "") in ("Country", "Organization")]
        certainty = ADJACENT
        if not actors:
            agent = self._withdrawing_actor(t, cs)
            if agent is None:
                return
            actors, certainty = [agent], CLAUSE_AGENT
        self._add(actors, t, "deploy", [place], certainty)

    def _is_force(self, m: Mention) -> bool:
        if m.kind == "demonym":
            return True  # "جندي أمريكي", "القوات الفرنسية": the country's troops
        entity = m.entity or ""
        return self.type_of(entity) in FORCE_TYPES or self.g.kind_of(entity) in FORCE_KINDS

    def _troops_word(self, k: int) -> bool:
        """Troops, possessive endings allowed ("قواتها", "جنودها")."""
        return any(stem in self.w.forces for _, stem, _ in noun_stems(self.tokens[k]))

    def _withdrawing_actor(self, t: TriggerMatch, cs: int) -> Mention | None:
        """The actor of the clause: right after a verb ("سحبت فرنسا"), else before the trigger."""
        if t.form == "verb":
            after = self.starts.get(t.end)
            if after is not None and after.entity:
                return after
        return self._clause_agent(t.start, cs)
