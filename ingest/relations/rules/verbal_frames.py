"""Verbal frames: the subject and object of a verb from word order. Verb-subject-object and
subject-verb-object, relative clauses ("التي تضم", "who met"), a name before a relative clause set
off by commas, passives with their agent ("من قبل", "by"), verb-object-subject ("وصل إلى نيامي
وفد ليبي"), "جنبا إلى جنب مع", and a dropped subject carried over from the previous sentence.
Mixed into the sentence attacher of :mod:`sahelkg.ingest.relations.arguments`, whose plumbing (``_add``,
``_objects``, ``_clause_agent`` ...) it calls."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sahelkg.ingest.job.pipeline import Candidate, Mention, TriggerMatch
from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import ADJACENT, CARRIED, CLAUSE_AGENT, SVO, SYMMETRIC, VSO
from sahelkg.ingest.relations.layout import ACTORS, SKIPPABLE, SentenceView

JOINT_PASSIVE = frozenset({"agree", "cooperate", "ally"})  # the agents of such a passive are its parties
PROPOSAL_SPAN = 8  # words before a passive verb searched for the proposal it rejects
UNIDENTIFIED_ACTORS = frozenset({"office", "counterpart"})  # actors named by a title we cannot resolve

if TYPE_CHECKING:
    from sahelkg.ingest.relations.proposals import Discourse


class VerbalFrameRules(SentenceView):
    state: Discourse
    out: list[Candidate]
    pending: list[tuple[TriggerMatch, list[Mention], float]]

    collective_subject: Callable[[TriggerMatch, int], bool]  # sahelkg.ingest.relations.rules.collective
    headed_by_after: Callable[[int, int], Mention | None]  # sahelkg.ingest.relations.rules.groups

    def _verb(self, t: TriggerMatch, cs: int, ce: int) -> None:
        p = t.start
        subject: list[Mention] = []
        certainty = 0.0
        after_subject = t.end
        relative = self._relative_before(p)
        if relative is not None:
            r = relative - 1
            while r >= 0 and self.tokens[r] in SKIPPABLE:
                r -= 1  # "Haftar, who met ..."
            m = self.cover[r] if r >= 0 else None
            if m is None or not m.entity:
                return
            subject, certainty = self.group_ending(m), ADJACENT
        elif (participle := self._participle_subject(t)) is not None:
            subject, certainty = self.group_ending(participle), SVO  # "X visited Tripoli, meeting Y"
        else:
            if self.w.verb_first and self.collective_subject(t, ce):
                return  # "واتفقت الدول الثلاث": the parties listed just before
            if t.relation in SYMMETRIC and self._pair_before(p, cs):
                self._pair_subject(t)  # "the two countries agreed to ...": the two named before
                return
            if self._unresolved_pronoun_before(p, cs):
                return  # "Haftar et Bazoum ..., puis il a rencontré X": whose verb is unknown
            before = self.nearest_before(p, cs)
            head = all(tok in self.w.particle or k in self.date_cover or tok in SKIPPABLE
                       for k, tok in enumerate(self.tokens[cs:p], cs))
            vso = self.mention_after(t.end, ce) if self.w.verb_first else None
            if vso is None and self.w.verb_first:
                vso = self.headed_by_after(t.end, ce)  # "انتشرت قوة ... بقيادة فرنسا"
            if vso is not None and (vso.kind == "delegation" and self.tokens[vso.start].endswith("ا")):
                vso = None  # accusative "وفدا": the object, the subject is dropped
            if before is not None and not self.w.verb_first:
                before = self._antecedent(before, cs, p) or before
            if before is not None and not head and p - before.end <= 6:
                subject, certainty = self.group_ending(before), SVO
            elif vso is not None and t.frame == "reverse" and head:
                # "ويضم التحالف مالي والنيجر": the container right after the verb
                members = self.mention_after(vso.end, ce)
                if members is None and t.preps:  # "ويتألف التحالف من مالي والنيجر"
                    members = self.prep_object(vso.end, ce, t.preps)[0]
                if members is not None and vso.type in ("Organization", "ArmedGroup"):
                    self._add(self.group(members), t, t.relation, [vso], VSO)
                return
            elif vso is not None and t.frame != "reverse":
                subject, certainty = self.group(vso), VSO
                after_subject = subject[-1].end
            elif before is not None:
                subject, certainty = self.group_ending(before), CLAUSE_AGENT
            elif t.preps and self.w.verb_first and self._object_first(t, ce):
                return  # "ووصل إلى نيامي وفد ليبي": the object before the subject
            else:
                earlier = self.nearest_before(p, 0)
                if earlier is not None:
                    subject, certainty = [earlier], CLAUSE_AGENT * 0.9
                elif self.state.last_subject and not self._unidentified_actor_before(p, cs):
                    self._emit_with_carried(t, ce)
                    return
        passive = self._passive_agent(t, ce)
        auxiliary = self._passive_auxiliary(p, cs)
        if passive is not None and t.frame == "agent" and auxiliary and self.w.passive_marked:
            author = self._proposal_author(max(cs, p - PROPOSAL_SPAN), p)
            if author is not None:  # "la proposition de l'Algérie a été déclinée par le Niger"
                self._add(self.group(passive), t, t.relation, [author], SVO)
                return
        if passive is not None and t.frame == "agent" and self.w.passive_marked:
            # "Bazoum was received by Haftar", "the LNA, led by Haftar": the patient before
            if not auxiliary and not self._agent_adjacent(t):
                passive = None
            elif not auxiliary and self._participle_of_noun(t):
                # "the agreement signed by Mali with Russia": the participle tells of the event
                # noun before it, its agent is the agent of that event
                objects, oc, _ = self._objects(t, passive.end, ce)
                self._add(self.group(passive), t, t.relation, objects, min(SVO, oc or 0.0))
                return
            elif subject and subject[-1] is not passive:
                self._add(self.group(passive), t, t.relation, subject, SVO)
                return
            elif not subject and auxiliary and t.relation in JOINT_PASSIVE:
                # "the deal was signed by Turkey and the GNA": the agents are the parties
                parties = self.group(passive)
                for i, first in enumerate(parties[:-1]):
                    self._add([first], t, t.relation, parties[i + 1:], SVO)
                return
        if passive is not None and t.frame == "agent":
            # "استُقبل حفتر في نيامي من قبل الرئيس": the agent comes after "من قبل"
            patient = self.mention_after(t.end, ce)
            if patient is not None and patient is not passive:
                self._add(self.group(passive), t, t.relation, self.group(patient), VSO)
            return
        if auxiliary and t.frame == "agent":
            # a passive without its agent: the subject is the one acted on, except forces that
            # are sent ("Russian troops were deployed to Mali"): their country or force acts
            if subject and t.relation in self.w.forces_passive and all(
                    m.kind == "demonym" and self.names_troops(m) or self.troops_of(m) for m in subject):
                objects, oc, _ = self._objects(t, t.end, ce)
                self._add(subject, t, t.relation, objects, min(certainty, oc or 0.0))
            elif subject and t.relation in SYMMETRIC and t.preps:
                # "Haftar has long been allied with Russia": a state shared with the party after
                # the preposition, not a passive
                partner, _ = self.prep_object(t.end, ce, t.preps)
                if partner is not None:
                    self._add(subject, t, t.relation, self.group(partner), min(certainty, ADJACENT))
            return
        if not subject:
            return
        if t.frame == "reverse":
            objects, oc, _ = self._objects(t, t.end, ce)
            if subject[-1].type not in ("Organization", "ArmedGroup"):
                return
            self._add(objects, t, t.relation, [subject[-1]], min(certainty, oc or 0.0))
            return
        objects, oc, _ = self._objects(t, after_subject, ce)
        if not objects and after_subject != t.end:
            objects, oc, _ = self._objects(t, t.end, ce)
            objects = [o for o in objects if o not in subject]
        if t.frame == "from_agent":
            return
        subject = subject + self._alongside(objects[-1].end if objects else t.end, ce)
        if objects:
            self._add(subject, t, t.relation, objects, min(certainty, oc))
        elif certainty == VSO and len(subject) == 1 and t.relation in SYMMETRIC and \
                not self._unnamed_partner(subject[-1].end, ce):
            # "حيث التقى X": pronoun-drop, X is the one met by the actor told before
            agent = self._clause_agent(p, 0) or None
            if agent is not None and agent.entity != subject[0].entity:
                self._add([agent], t, t.relation, subject, CARRIED)
            elif self.state.last_subject:
                self._add([self.state.last_subject], t, t.relation, subject, CARRIED)
        else:
            self.pending.append((t, subject, certainty))

    def _participle_subject(self, t: TriggerMatch) -> Mention | None:
        """"X visited Tripoli, meeting Y": a participle in -ing right after a comma, in a
        subject-first language, takes the subject of the verb told before it in the sentence,
        not the verb's object (a title's "led by" is no such verb)."""
        p = t.start
        if self.w.verb_first or p == 0 or self.tokens[p - 1] != "," or \
                not self.tokens[p].lower().endswith("ing"):
            return None
        for c in reversed(self.out):
            m = self.subject_mentions.get(id(c))
            if m is not None and c.trigger is not None and c.trigger.form == "verb" and \
                    c.relation != "leads" and m.end <= c.trigger.start and c.trigger.end < p:
                return m
        return None

    def _proposal_author(self, cs: int, p: int) -> Mention | None:
        """The author of a proposal named before a passive verb: "la proposition de médiation de
        l'Algérie a été déclinée", "Algeria's offer was rejected"."""
        for k in range(p - 1, cs - 1, -1):
            if self.tokens[k] not in self.w.proposal:
                continue
            if k >= 2 and self.tokens[k - 1] in self.w.possessive:
                m = self.cover[k - 2]  # "Algeria's offer"
                return m if m is not None and m.entity and m.type in ACTORS else None
            r = k - 1
            while r > 0 and self.tokens[r] in self.w.determiner:
                r -= 1
            if r >= 1 and self.tokens[r] in self.w.whose:
                r -= 1  # "l'Algérie, dont la proposition ...", "Algeria, whose offer ..."
                while r >= 0 and self.tokens[r] in SKIPPABLE:
                    r -= 1
                m = self.cover[r] if r >= 0 else None
                return m if m is not None and m.entity and m.type in ACTORS else None
            for m in self.mentions:
                if k < m.start < p and m.entity and m.type in ACTORS:
                    between = self.tokens[k + 1:m.start]
                    if any(tok in self.w.genitive_first for tok in between) and len(between) <= 4:
                        return m  # "the proposal of Algeria", "la proposition de médiation de l'Algérie"
                    return None
            # "la proposition de médiation": the author may be named before the first noun
        return None

    def _pair_before(self, p: int, cs: int) -> bool:
        """Is the last mention before the verb at p "the two countries" ("les deux parties")?"""
        before = [m for m in self.mentions if cs <= m.start and m.end <= p]
        return bool(before) and before[-1].kind == "pair" and not self.w.verb_first

    def _unresolved_pronoun_before(self, p: int, cs: int) -> bool:
        """Is the last mention before the verb at p a pronoun whose person is unknown?"""
        before = [m for m in self.mentions if cs <= m.start and m.end <= p]
        return bool(before) and before[-1].kind == "anaphor" and before[-1].entity is None

    def _unidentified_actor_before(self, p: int, cs: int) -> bool:
        """Is an office or a counterpart whose person is unknown named before the verb at p in
        its clause ("l'avion transportant le chef du CNSP a atterri")? Then the subject is not
        carried from the sentence before."""
        return any(m.kind in UNIDENTIFIED_ACTORS and m.entity is None
                   for m in self.mentions if cs <= m.start and m.end <= p)

    def _antecedent(self, m: Mention, cs: int, p: int) -> Mention | None:
        """"Fayez al-Sarraj, who heads the Tripoli government, traveled": the name before a
        relative clause set off by commas is the subject of the verb after it."""
        if not any(self.tokens[k] in SKIPPABLE for k in range(m.end, p)):
            return None
        for r in range(m.start - 1, max(cs - 1, m.start - 9), -1):
            if self.tokens[r] in self.w.relative and r >= 2 and self.tokens[r - 1] in SKIPPABLE:
                found = self.cover[r - 2]
                return found if found is not None and found.entity and found.type in ACTORS else None
        return None

    def _unnamed_partner(self, k: int, ce: int) -> bool:
        """Does a party noun joined by "و" follow the subject ("اتفقت حكومة الوحدة الوطنية
        الليبية والحكومة النيجرية")? Then the verb's subjects are both there, one unnamed."""
        for j in range(k, min(k + 2, ce)):
            if any(prefix.startswith("و") and stem in self.w.party
                   for prefix, stem, _ in noun_stems(self.tokens[j])[1:]):
                return True
        return False

    def _relative_before(self, p: int) -> int | None:
        """Position of the relative pronoun whose clause the verb at p opens ("التي تضم", "who
        met", "who has met")."""
        for r in range(p - 1, max(-1, p - 3), -1):
            token = self.tokens[r]
            if token in self.w.relative:
                return r
            if self.cover[r] is not None or not token[:1].isalpha() or self.w.verb_first:
                return None
        return None

    def _passive_auxiliary(self, p: int, cs: int) -> bool:
        """Does an auxiliary make the participle at p passive ("was received", "a été reçu")?
        Not a form with an active ending ("is fighting")."""
        if self.w.active_ending and self.tokens[p].endswith(self.w.active_ending):
            return False
        k = p - 1
        if k > cs and self.tokens[k] not in self.w.passive_auxiliary and self.cover[k] is None and \
                self.tokens[k][:1].isalpha() and self.tokens[k] not in self.w.stop:
            k -= 1  # "was warmly received", "a été chaleureusement reçu"
        return k >= cs and self.tokens[k] in self.w.passive_auxiliary

    def _participle_of_noun(self, t: TriggerMatch) -> bool:
        """Does the participle at t, its agent right after, follow an event noun of the same
        relation ("an agreement signed by X", "l'accord signé par X")?"""
        return self._agent_adjacent(t) and any(
            o.form == "noun" and o.end == t.start and o.relation == t.relation for o in self.triggers)

    def _agent_adjacent(self, t: TriggerMatch) -> bool:
        """Is the passive agent right after the participle ("the LNA, led by Haftar"), or after the
        place and day it names ("Tiani reçu à Moscou par Poutine")?"""
        k = self._after_locative(t.end, len(self.tokens)) if t.end < len(self.tokens) else t.end
        return k < len(self.tokens) and bool(self.w.passive_agent.match(self.tokens, k)[0])

    def _object_first(self, t: TriggerMatch, ce: int) -> bool:
        """Verb, prepositional object, then subject: "وصل إلى العاصمة نيامي وفد ليبي"."""
        k = t.end
        if k >= ce or self.tokens[k] not in t.preps:
            return False
        obj = self.mention_after(k + 1, ce)
        if obj is None:
            return False
        objects = self.group(obj)
        subject = self.mention_after(objects[-1].end, ce)
        if subject is None or not subject.entity:
            return False
        self._add(self.group(subject), t, t.relation, objects, SVO)
        return True

    def _passive_agent(self, t: TriggerMatch, ce: int) -> Mention | None:
        for k in range(t.end, ce):
            n, _, _ = self.w.passive_agent.match(self.tokens, k)
            if n:
                return self.mention_after(k + n, ce)
            if self._is_trigger_start(k):
                return None
        return None

    def _emit_with_carried(self, t: TriggerMatch, ce: int) -> None:
        objects, oc, _ = self._objects(t, t.end, ce)
        if objects and self.state.last_subject:
            self._add([self.state.last_subject], t, t.relation, objects, min(CARRIED, oc))
