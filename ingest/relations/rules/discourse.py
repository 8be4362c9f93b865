"""Attachment rules that look beyond one trigger: the host of a visit as the other party,
cooperation inherited from the agreement or visit it belongs to, "بين البلدين", delegation
members, forces present abroad, "the two countries" as a subject, and event dates. Mixed into the
sentence attacher of :mod:`sahelkg.ingest.relations.arguments`, whose state it reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.job.pipeline import Candidate, Mention, TriggerMatch
from sahelkg.ingest.relations.certainty import (
    INHERITED,
    PAIR,
    SALIENT_PAIR,
    STATE_RELATIONS,
    SVO,
    SYMMETRIC,
)
from sahelkg.ingest.relations.layout import SentenceView

MULTILATERAL = frozenset({"agree", "ally", "cooperate"})
PARTY_TYPES = frozenset({"Person", "Country", "Organization", "ArmedGroup"})
PAIR_LOOK_BACK = 2  # earlier sentences searched for the two parties of "the two countries"

if TYPE_CHECKING:
    from sahelkg.ingest.relations.proposals import Discourse


class DiscourseRules(SentenceView):
    state: Discourse
    out: list[Candidate]
    subject_mentions: dict[int, Mention]



    def _salient_pair(self, t: TriggerMatch) -> None:
        """"بين البلدين": the two countries of the sentence, or the two the article is about when
        two clearly stand out."""
        here: list[str] = []
        for m in self.mentions:
            if m.end <= t.start and m.entity and self.type_of(m.entity) == "Country" and m.entity not in here:
                here.append(m.entity)
        if len(here) == 2:
            self._add([here[0]], t, t.relation, [here[1]], PAIR)
            return
        countries = sorted(((n, e) for e, n in self.doc.salience.items()
                            if self.type_of(e) == "Country"), reverse=True)
        if len(countries) < 2 or countries[1][0] < 2:
            return
        if len(countries) > 2 and countries[2][0] == countries[1][0]:
            return
        self._add([countries[0][1]], t, t.relation, [countries[1][1]], SALIENT_PAIR)

    def _pair_subject(self, t: TriggerMatch) -> None:
        """"The two countries agreed", "les deux parties ont discuté": the parties of the last
        relation between two actors told in this sentence or the two before it, else the two
        countries of the sentence or the article (as for "بين البلدين")."""
        earlier = [c for c in self.doc.candidates if c.sentence >= self.index - PAIR_LOOK_BACK]
        for c in reversed(self.out + earlier):
            if c.source != "trigger" or c.relation in STATE_RELATIONS or c.subject == c.object:
                continue
            if self.type_of(c.subject) in PARTY_TYPES and self.type_of(c.object) in PARTY_TYPES:
                self._add([c.subject], t, t.relation, [c.object], SALIENT_PAIR)
                return
        self._salient_pair(t)

    def _stated_partner(self, t: TriggerMatch, ce: int) -> bool:
        """Is the other party stated but not an entity ("التعاون مع الأعضاء الآخرين")?"""
        for k in range(t.end, min(ce, t.end + 4)):
            token = self.tokens[k]
            if self.cover[k] is not None:
                return False
            if token in t.preps or token in ("مع", "بين", "with", "between", "avec", "entre"):
                return True
        return False

    def _resolve_no_object(self, t: TriggerMatch, subject: list[Mention], certainty: float) -> None:
        """A symmetric relation with one party named: the other is the host of the visit during
        which it happened ("اتفق الوفد، خلال زيارته بنغازي، على ...")."""
        if t.relation in SYMMETRIC and len(subject) >= 2 and certainty >= SVO and \
                not self._stated_partner(t, self.clause(t.start)[1]):
            # "وقعت روسيا ومالي اتفاقية": coordinated parties with each other; an agreement or
            # an alliance binds every pair of them
            if t.relation in MULTILATERAL:
                for k, first in enumerate(subject[:-1]):
                    self._add([first], t, t.relation, subject[k + 1:], certainty)
            else:
                self._add([subject[0]], t, t.relation, subject[1:], certainty)
            return
        if t.relation not in ("cooperate", "agree"):
            return
        if self._stated_partner(t, self.clause(t.start)[1]):
            return
        ids = {m.entity for m in subject}
        visits = [c for c in self.out if c.relation == "visit" and c.subject in ids and c.trigger is not None
                  and c.trigger.start > t.start]
        hosts = {self.g.country_of(c.object) or c.object for c in visits}
        if len(hosts) == 1:
            self._add([visits[0].subject], t, t.relation, [hosts.pop()], min(certainty, INHERITED),
                      source="inherited")
            return
        self._inherit(t, [])

    def _inherit(self, t: TriggerMatch, objects: list[Mention]) -> None:
        """Cooperation named as the content of an agreement, meeting or visit ("الزيارة بحثت
        تعزيز التعاون") is between the same parties, when they are one pair."""
        if t.relation != "cooperate" or self._stated_partner(t, self.clause(t.start)[1]):
            return
        clause = self.clause(t.start)
        for c in reversed(self.out):
            if c.trigger is t or c.relation not in ("agree", "meet", "visit") or c.trigger is None:
                continue
            if self.clause(c.trigger.start) != clause:
                return
            pairs = {(x.subject, x.object) for x in self.out if x.trigger is c.trigger}
            if len(pairs) != 1:
                return
            other = self.g.country_of(c.object) if c.relation == "visit" else c.object
            if other:
                self._add([c.subject], t, t.relation, [other], INHERITED, source="inherited")
            return



    def _emit_dates(self) -> None:
        dates = [d for d in self.doc.dates[self.index] if d.value and not d.since]
        if not dates:
            return
        for c in self.out:
            if c.relation in STATE_RELATIONS:
                continue  # a membership or a role is a state, not an event with a date
            anchor = c.trigger.start if c.trigger else 0
            best = min(dates, key=lambda d: abs(d.start - anchor))
            c.date, c.date_precision = best.value, best.precision

