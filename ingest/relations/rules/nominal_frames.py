"""Nominal frames: the arguments of a verbal noun. "زيارة X إلى Y" (a genitive), "زيارته" (a
possessive suffix), "Haftar's visit" (a possessor), "بين X وY", "لزيارة تونس" (the place visited by
the clause's actor), "دعم الجزائر لحل" (a beneficiary after "ل"), "وجود مجموعات مسلحة" (a genitive
filled by a common noun), "جولة قادت X إلى Y", and invitations ("بدعوة من X"). Mixed into the
sentence attacher of :mod:`sahelkg.ingest.relations.arguments`, whose plumbing (``_add``, ``_objects``,
``_clause_agent`` ...) it calls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.job.pipeline import Candidate, Mention, TriggerMatch
from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import (
    ADJACENT,
    CARRIED,
    CLAUSE_AGENT,
    PAIR,
    PLACE_OBJECTS,
    SUFFIX,
    SVO,
    TOPIC,
)
from sahelkg.ingest.relations.layout import SentenceView
from sahelkg.ingest.relations.rules.deployment import FORCE_KINDS

if TYPE_CHECKING:
    from sahelkg.ingest.relations.proposals import Discourse


class NominalFrameRules(SentenceView):
    state: Discourse
    out: list[Candidate]
    pending: list[tuple[TriggerMatch, list[Mention], float]]

    def _participle_of_noun(self, t: TriggerMatch) -> bool:
        raise NotImplementedError  # see sahelkg.ingest.relations.rules.verbal_frames

    def _noun(self, t: TriggerMatch, cs: int, ce: int) -> None:
        p = t.start
        if any(v.form == "verb" and v.start == t.end and self._participle_of_noun(v) for v in self.triggers):
            return  # "the agreement signed by X": the participle after the noun names its agent
        # "بين X وY"
        if any(prep in self.w.between for prep in t.preps):
            k = t.end
            while k < ce and k - t.end <= 3 and self.tokens[k] not in self.w.between and \
                    self.cover[k] is None:
                k += 1
                if k < ce and k in self.date_cover or self._place_after_located(k):
                    k = self._past_adjunct(k, ce)  # "clashes broke out in Tripoli on Tuesday between"
            if k < ce and self.tokens[k] in self.w.between:
                m = self.mention_after(k + 1, ce)
                if m is not None:
                    parties = self.group(m)
                    if len(parties) == 1 and parties[0].kind == "pair":
                        self._salient_pair(t)
                        return
                    if len(parties) >= 2:
                        self._add([parties[0]], t, t.relation, parties[1:], PAIR)
                        return
        if t.frame == "from_agent":
            self._invitation(t, cs, ce)
            return
        if t.frame == "agent" and not t.suffix:
            agent, clause = self._agent_in_relative(t, ce)  # "الهجوم الذي تشنه قوات حفتر على X"
            if clause:
                objects, oc, _ = self._objects(t, agent.end, ce) if agent and agent.entity else ([], 0.0, "")
                if agent is not None and objects:
                    self._add(self.group(agent), t, t.relation, objects, min(SVO, oc))
                return
        subject: list[Mention] = []
        certainty = 0.0
        q = t.end
        genitive = self.mention_after(t.end, ce) if not t.suffix else None
        if genitive is not None and genitive.start - t.end > 1 and not self._men_of(t.end, genitive):
            genitive = None  # a genitive follows its noun directly
        if genitive is None and not t.suffix:
            genitive = self._nationality_after_adjective(t.end, ce)  # "الانتشار العسكري الفرنسي"
        link = self.w.genitive_link.match(self.tokens, t.end)[0] if t.end < ce else 0
        if genitive is None and link and (t.frame == "patient" or self.tokens[t.end] not in t.preps):
            genitive = self.mention_after(t.end + link, ce)  # "la visite du président", "arrest of X"
            if genitive is None and t.frame != "patient":
                return  # "the presence of foreign forces": the noun's own agent is no entity
        possessor = self._possessor(p)
        if possessor is not None and t.frame != "patient" and not t.suffix:
            # "Haftar's visit to Niamey": the possessor does it
            subject, certainty = self.group_ending(possessor), ADJACENT
            objects, oc, _ = self._objects(t, t.end, ce)
            if objects:
                self._add(subject, t, t.relation, objects, min(certainty, oc))
            else:
                self.pending.append((t, subject, certainty))
            return
        if genitive is None and not t.suffix and t.preps:
            genitive = self._actor_before_prep(t, ce)
        if t.frame == "patient":
            stated, by = self._noun_agent_after(t, ce)
            if t.suffix:
                subject, certainty = self.referent(p, t.suffix), SUFFIX
            elif stated:
                # "اعتقال X على يد ثوار الزنتان": the agent is named after the patient
                subject, certainty = (self.group(by), ADJACENT) if by is not None and by.entity else ([], 0.0)
            elif p > cs and self.tokens[p - 1] in self.w.backgrounding:
                subject, certainty = [], 0.0  # "بعد اعتقال X": an earlier event, its agent unsaid
            else:
                agent = self._clause_agent(p, cs)
                subject, certainty = ([agent], CLAUSE_AGENT) if agent else ([], 0.0)
            objects = self.group(genitive) if genitive is not None else []
            if objects and self._beneficiary_follows(objects[-1].end, ce):
                # "دعم الجزائر لحل سياسي": the genitive gives the support, "ل" names who gets it
                m, _ = self.prep_object(objects[-1].end, ce, ("ل",))
                if m is not None:
                    self._add(objects, t, t.relation, self.group(m), ADJACENT)
                return
            if not objects and t.preps:
                m, _ = self.prep_object(t.end, ce, t.preps)
                objects = self.group(m) if m is not None else []
            if subject and objects:
                self._add(subject, t, t.relation, objects, min(certainty, ADJACENT))
            return
        if t.suffix:
            subject, certainty = self.referent(p, t.suffix), SUFFIX
            if t.suffix == "dual" and len(subject) == 2:
                self._add([subject[0]], t, t.relation, [subject[1]], SUFFIX)
                return
        elif genitive is not None and genitive.entity and t.relation in PLACE_OBJECTS and \
                genitive.kind != "demonym" and self.type_of(genitive.entity) in ("Place", "Country") and \
                not (link and t.relation == "deploy") and \
                self.prep_object(genitive.end, ce, t.preps)[0] is None:  # "la présence de la France":
            # the country present, not where (the link "de" names the one present)
            # "لزيارة تونس": the place visited, the visitor is the clause's actor
            if any(o.relation == "invite" and o.start >= cs and 0 <= p - o.end <= 6 for o in self.triggers) \
                    or self.invited(p, cs):
                return  # "دعوة (من X) لزيارة تونس": what the invitation asks for, no visit yet
            agent = self._clause_agent(p, cs)
            if agent is not None:
                self._add(self.group_ending(agent), t, t.relation, self.group(genitive), CLAUSE_AGENT)
            return
        elif genitive is not None and genitive.entity:
            subject, certainty = self.group(genitive), ADJACENT
            q = subject[-1].end
        elif genitive is not None:
            return  # the genitive is an actor we cannot name: attach nothing rather than guess
        elif t.relation == "deploy" and self._filled_genitive(t, ce):
            if t.relation == "cooperate":
                self.pending.append((t, [], 0.0))
            return  # "وجود مجموعات مسلحة": the noun's own subject is named, and is no entity
        else:
            agent = self._clause_agent(p, cs)
            if agent is not None:
                subject, certainty = self.group_ending(agent), CLAUSE_AGENT
        objects, oc, _ = self._objects(t, q, ce)
        if not objects and q != t.end:
            objects, oc, _ = self._objects(t, t.end, ce)
            objects = [o for o in objects if o not in subject]
        if subject and objects:
            subject = subject + self._alongside(objects[-1].end, ce)
            self._add(subject, t, t.relation, objects, min(certainty, oc))
        elif subject:
            self.pending.append((t, subject, certainty))
        elif objects and t.relation in ("cooperate", "ally", "agree", "meet") and not t.suffix:
            self._inherit(t, objects)
        elif not subject and not objects:
            self._inherit(t, [])

    def _place_after_located(self, k: int) -> bool:
        """Is the word at k the place named after "in"/"à" ("in Tripoli")?"""
        m = self.cover[k] if k < len(self.tokens) else None
        return m is not None and m.start == k and k > 0 and self.tokens[k - 1] in self.w.located and \
            m.entity is not None and self.type_of(m.entity) == "Place"

    def _past_adjunct(self, k: int, ce: int) -> int:
        """Past the places and dates from k on ("in Tripoli on Tuesday"), with their prepositions."""
        while k < ce:
            if k in self.date_cover:
                k += 1
            elif self._place_after_located(k) and (place := self.cover[k]) is not None:
                k = place.end
            elif self.tokens[k] in self.w.preposition and (k + 1 in self.date_cover or
                                                           self._place_after_located(k + 1)):
                k += 1
            else:
                break
        return k

    def _noun_agent_after(self, t: TriggerMatch, ce: int) -> tuple[bool, Mention | None]:
        """Is the agent of a verbal noun stated after it ("على يد X", "من قبل X"), and who is it?"""
        for k in range(t.end, ce):
            n, _, _ = self.w.passive_agent.match(self.tokens, k)
            if n:
                return True, self.mention_after(k + n, ce)
            if self._is_trigger_start(k):
                break
        return False, None

    def _possessor(self, p: int) -> Mention | None:
        """The mention before a possessive ending before the noun at p ("Haftar's (recent) visit")."""
        if not self.w.possessive:
            return None
        for k in range(p - 1, max(-1, p - 3), -1):
            if self.tokens[k] in self.w.possessive:
                m = self.cover[k - 1] if k else None
                return m if m is not None and m.entity else None
            if self.tokens[k] not in self.w.noun_marker or self.cover[k] is not None:
                return None
        return None

    def _filled_genitive(self, t: TriggerMatch, ce: int) -> bool:
        """Is the word after a verbal noun its genitive, a common noun ("وجود مجموعات")?
        Adjectives (nisba: "العسكري", "أمنيا"), prepositions, function words and the things a
        force deploys ("نشر قوات") leave the slot open."""
        k = t.end
        if k >= ce:
            return False
        token = self.tokens[k]
        if not token[:1].isalpha() or token in self.w.stop or token in t.preps or k in self.date_cover:
            return False
        stems = [stem for _, stem, suffix in noun_stems(token) if not suffix]
        if any(s in self.w.forces or s in self.w.stop for s in stems):
            return False
        if any(p and p.lstrip("وف")[:1] in ("ب", "ل", "ك") for p, _, _ in noun_stems(token)[1:]
               if not p.lstrip("وف").startswith("ال")):
            return False
        return not token.endswith(("ي", "يه", "يا", "يين", "يون", "ين"))

    def _actor_before_prep(self, t: TriggerMatch, ce: int) -> Mention | None:
        """"جولة قادت X إلى Y": an actor one word after the noun, right before its preposition."""
        for k in range(t.end + 1, min(ce, t.end + 3)):
            m = self.starts.get(k)
            if m is None:
                continue
            if m.type == "Person" and m.entity and m.end < ce and self.tokens[m.end] in t.preps:
                return m
            return None
        return None

    def _invitation(self, t: TriggerMatch, cs: int, ce: int) -> None:
        """"(تلقى) دعوة من X" / "بدعوة من X": X invites the clause's main actor."""
        k = t.end
        while k < ce and k - t.end <= 2 and self.tokens[k] not in t.preps:
            k += 1
        if k >= ce or self.tokens[k] not in t.preps:
            return
        inviter = self.mention_after(k + 1, ce)
        if inviter is None or not inviter.entity:
            return
        guest: Mention | None = None
        for c in self.out:
            m = self.subject_mentions.get(id(c))
            # the clause's own actor, not a title's: "X backed Y, while Z received support from W"
            if m is not None and c.trigger is not None and c.trigger.form == "verb" and \
                    c.relation != "leads" and m.start >= cs:
                guest = m
                break
        if guest is None:
            guest = self.nearest_before(t.start, 0, frozenset({"Person", "Country", "Organization"}))
        inviters = self.group(inviter)  # "support from the UAE and Egypt": each of them
        if guest is not None:
            self._add(inviters, t, t.relation, [guest], TOPIC)
        elif self.state.last_subject:
            self._add(inviters, t, t.relation, [self.state.last_subject], CARRIED)

    def _beneficiary_follows(self, q: int, ce: int) -> bool:
        if q >= ce:
            return False
        token = self.tokens[q]
        return token == "ل" or any(p.lstrip("وف")[:1] == "ل" and not p.lstrip("وف").startswith("ال")
                                   for p, _, _ in noun_stems(token)[1:])

    def _men_of(self, k: int, m: Mention) -> bool:
        """"وصول عناصر من فيلق أفريقيا": a force noun and "من" between the noun at k and the
        force m whose men they are."""
        return m.start == k + 2 and bool(m.entity) and self.g.kind_of(m.entity) in FORCE_KINDS and \
            self.tokens[k + 1] in self.w.partitive and \
            any(stem in self.w.forces for _, stem, suffix in noun_stems(self.tokens[k]) if not suffix)
