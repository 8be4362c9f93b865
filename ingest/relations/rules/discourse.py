"""Attachment rules that look beyond one trigger: the host of a visit as the other party,
cooperation inherited from the agreement or visit it belongs to, "بين البلدين", delegation
members, forces present abroad, "the two countries" as a subject, and event dates. Mixed into the
sentence attacher of :mod:`sahelkg.ingest.relations.arguments`, whose state it reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.job.pipeline import Candidate, Mention, TriggerMatch
from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import (
    INHERITED,
    MEMBER,
    PAIR,
    PRESENCE,
    PRESENCE_KINDS,
    SALIENT_PAIR,
    STATE_RELATIONS,
    SVO,
    SYMMETRIC,
)
from sahelkg.ingest.relations.layout import SentenceLayout

MULTILATERAL = frozenset({"agree", "ally", "cooperate"})
PARTY_TYPES = frozenset({"Person", "Country", "Organization", "ArmedGroup"})
PAIR_LOOK_BACK = 2  # earlier sentences searched for the two parties of "the two countries"

if TYPE_CHECKING:
    from sahelkg.ingest.relations.arguments import _Discourse


class DiscourseRules(SentenceLayout):
    state: _Discourse
    out: list[Candidate]
    subject_mentions: dict[int, Mention]

    def _presence(self) -> None:
        """"فاغنر في مالي": a foreign force named in a country is deployed there."""
        for m in self.mentions:
            if not m.entity or self.g.kind_of(m.entity) not in PRESENCE_KINDS:
                continue
            if self.g.kind_of(m.entity) != "pmc" and not (
                    self._forces_word(m.start) or m.start and self._forces_word(m.start - 1)):
                continue  # "قيادة الجيش الليبي في باريس" is not the army deployed in Paris
            k = m.end
            if k < len(self.tokens) and self.g.demonyms.match(self.tokens, k, article_ok=True)[0]:
                k += 1  # "فيلق أفريقيا الروسي في ..."
            if k + 1 < len(self.tokens) and self.tokens[k] in self.w.located:
                place = self.mention_after(k + 1, len(self.tokens))
                if place is None or not place.entity:
                    continue
                home = self.g.country_of(m.entity)
                where = self.g.country_of(place.entity) or place.entity
                if home is not None and where != home:
                    self._add([m], None, "deploy", [place], PRESENCE, source="presence")

    def _forces_word(self, k: int) -> bool:
        return any(stem in self.w.forces for _, stem, suffix in noun_stems(self.tokens[k]) if not suffix)

    def _salient_pair(self, t: TriggerMatch) -> None:
        """"بين البلدين": the two countries of the sentence, or the two the article is about when
        two clearly stand out."""
        here: list[str] = []
        for m in self.mentions:
            if m.end <= t.start and m.entity and self._type(m.entity) == "Country" and m.entity not in here:
                here.append(m.entity)
        if len(here) == 2:
            self._add([here[0]], t, t.relation, [here[1]], PAIR)
            return
        countries = sorted(((n, e) for e, n in self.doc.salience.items()
                            if self._type(e) == "Country"), reverse=True)
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
            if self._type(c.subject) in PARTY_TYPES and self._type(c.object) in PARTY_TYPES:
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

    def _delegation_members(self) -> None:
        """Members named in a delegation's member list do what the delegation does."""
        if not self.member_lists:
            return
        members = [m for m in self.mentions if m.entity and m.type == "Person"
                   and self.in_member_list(m.start)]
        if not members:
            return
        visits = [c for c in self.out if c.relation == "visit"]
        for c in visits:
            for m in members:
                if m.entity != c.subject:
                    self._add([m], c.trigger, "visit", [c.object], MEMBER, source="delegation")
        if not visits:
            # "ويتكون الوفد النيجري من ...": the delegation's visits told earlier
            for start, _ in self.member_lists:
                window = [m for m in self.mentions if m.kind == "delegation" and abs(m.start - start) <= 4]
                for d in window:
                    for obj, earlier in self.state.delegation_visits.get(d.entity or "", []):
                        for m in members:
                            self._add([m], earlier.trigger, "visit", [obj], MEMBER, source="delegation")
        for c in visits:
            m = self.subject_mentions.get(id(c))
            if m is not None and m.kind == "delegation":
                self.state.delegation_visits.setdefault(c.subject, []).append((c.object, c))

    def _host_objects(self) -> None:
        for c in self.out:
            m = self.subject_mentions.get(id(c))
            if c.relation == "visit" and m is not None and m.kind == "delegation":
                entry = self.state.delegation_visits.setdefault(c.subject, [])
                if all(obj != c.object for obj, _ in entry):
                    entry.append((c.object, c))

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

