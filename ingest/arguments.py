"""Positional argument attachment: who did what to whom, from word order alone.

Handles Arabic verb-subject-object and subject-verb-object order, relative clauses ("التي تضم"),
verbal nouns with a genitive or a possessive suffix ("زيارة X إلى Y", "زيارته"), "بين X وY",
"بدعوة من X", coordination ("مالي والنيجر"), "جنبا إلى جنب مع", delegations and their members,
pronoun-drop (subject carried over from the previous sentence), and clause boundaries.

With a dependency parse, :mod:`sahelkg.ingest.arguments_tree` reads the arguments of each
trigger from the tree and falls back to these rules where the tree names no subject or object.
Attachment certainty (0-1) says how direct the evidence for each argument is; the relation's
confidence is the trigger's strength times that certainty.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sahelkg.ingest.certainty import (
    ADJACENT,
    CARRIED,
    CLAUSE_AGENT,
    PAIR,
    PRESENCE_KINDS,
    SUFFIX,
    SVO,
    SYMMETRIC,
    TOPIC,
    VSO,
)
from sahelkg.ingest.deployment import WITHDRAW, DeploymentRules
from sahelkg.ingest.discourse import DiscourseRules
from sahelkg.ingest.gazetteer import Gazetteer
from sahelkg.ingest.layout import ACTORS, SKIPPABLE, Words, sentence_words
from sahelkg.ingest.normalize import noun_stems
from sahelkg.ingest.noun_agents import NounAgentRules
from sahelkg.ingest.pipeline import (
    ARGUMENTS,
    DATES,
    MENTIONS,
    NORMALISED,
    TRIGGERS,
    Candidate,
    Doc,
    Mention,
    TriggerMatch,
)

PARTIES = ACTORS
SUBJECT_TYPES: dict[str, frozenset[str]] = {
    "deploy": frozenset({"Country", "Organization", "ArmedGroup"}),
}
OBJECT_TYPES: dict[str, frozenset[str]] = {
    "visit": frozenset({"Place", "Country", "Person", "Organization"}),
    "deploy": frozenset({"Place", "Country"}),
    "join": frozenset({"Organization", "ArmedGroup"}),
    "member_of": frozenset({"Organization", "ArmedGroup"}),
    "leads": frozenset({"Organization", "Country", "ArmedGroup"}),
    "arrest": frozenset({"Person", "ArmedGroup"}),
    "fight": frozenset({"Person", "Country", "Organization", "ArmedGroup", "Place"}),
}
PLACE_OBJECTS = frozenset({"visit", "deploy"})  # relations whose object may be a city
MOVING_FORCES = PRESENCE_KINDS | {"armed_group", "militia"}  # their visits are deployments


@dataclass(slots=True)
class _Discourse:
    """What carries from one sentence to the next."""

    last_subject: str | None = None
    delegation_visits: dict[str, list[tuple[str, Candidate]]] = field(default_factory=dict)


class PositionalArgumentStep:
    """Attach subjects and objects to triggers by position (see the module docstring)."""

    name = "arguments"
    requires = frozenset({NORMALISED, MENTIONS, TRIGGERS, DATES})
    provides = frozenset({ARGUMENTS})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._words: dict[str, Words] = {}

    def __call__(self, doc: Doc) -> None:
        words = self._words.get(doc.lexicon.lang)
        if words is None:
            words = self._words[doc.lexicon.lang] = sentence_words(doc.lexicon)
        state = _Discourse()
        for index in range(len(doc.norm)):
            self.sentence(words, doc, index, state).attach()

    def sentence(self, words: Words, doc: Doc, index: int, state: _Discourse) -> _Sentence:
        """The attacher of one sentence (a subclass may read more than word order)."""
        return _Sentence(self.gazetteer, words, doc, index, state)


class _Sentence(DiscourseRules, DeploymentRules, NounAgentRules):
    def __init__(self, g: Gazetteer, w: Words, doc: Doc, index: int, state: _Discourse) -> None:
        super().__init__(g, w, doc, index)
        self.state = state
        self.out: list[Candidate] = []
        self.subject_mentions: dict[int, Mention] = {}  # id(candidate) -> subject mention
        self.pending: list[tuple[TriggerMatch, list[Mention], float]] = []

    # --- main ----------------------------------------------------------------------------------
    def attach(self) -> None:
        for t in self.triggers:
            if t.relation == "member_of" and self.is_member_trigger(t):
                continue
            self._attach(t)
        for t, subject, certainty in self.pending:
            self._resolve_no_object(t, subject, certainty)
        self._presence()
        self._delegation_members()
        self._host_objects()
        self._emit_dates()
        self.doc.candidates.extend(self.out)
        for c in self.out:
            if c.source == "trigger":
                self.state.last_subject = c.subject

    def _add(self, subjects: list[Mention] | list[str], t: TriggerMatch | None, relation: str,
             objects: list[Mention] | list[str], certainty: float, source: str = "trigger") -> None:
        for s in subjects:
            s_id = s.entity if isinstance(s, Mention) else s
            s_mention = s if isinstance(s, Mention) else None
            for o in objects:
                o_id = o.entity if isinstance(o, Mention) else o
                if not s_id or not o_id:
                    continue
                # troops of a force ("قوات فاغنر", "وحدات من الجيش") that arrive somewhere are deployed
                rel = "deploy" if relation == "visit" and s_mention is not None and \
                    self.g.kind_of(s_id) in MOVING_FORCES and self._troops_of(s_mention) else relation
                if rel == "arrest" and isinstance(o, Mention) and self._target_after(o):
                    rel = "fight"  # "seized the SSA headquarters": the force's post, not its men
                if rel == "deploy" and not self._abroad(s_mention, s_id, o_id):
                    continue
                pair = self._typed(rel, s_id, o_id, s_mention)
                if pair is None:
                    continue
                cand = Candidate(self.index, pair[0], rel, pair[1], t, certainty, source=source)
                self.out.append(cand)
                if s_mention is not None:
                    self.subject_mentions[id(cand)] = s_mention
                if rel == "deploy":
                    self._national_deployment(cand)

    def _target_after(self, m: Mention) -> bool:
        """Does a post or base of the party follow its name ("the SSA headquarters")?"""
        return not self.w.verb_first and m.end < len(self.tokens) and self.tokens[m.end] in self.w.target

    def _troops_of(self, m: Mention) -> bool:
        """Is the mention named through the troops it has ("قوات X", "وحدات من X")?"""
        k = m.start - 1
        if k > 0 and self.tokens[k] in self.w.partitive:
            k -= 1
        if k >= 0 and self._forces_word(k) or self._forces_word(m.start):
            return True
        if self.w.verb_first:
            return False
        # "Wagner forces", "LNA fighters"; "troops of the LNA", "des éléments de l'ANL"
        if m.end < len(self.tokens) and self.tokens[m.end] in self.w.forces:
            return True
        j = m.start - 1
        while j > 0 and self.tokens[j] in self.w.determiner:
            j -= 1
        return j > 0 and self.tokens[j] in self.w.genitive_first and self.tokens[j - 1] in self.w.forces

    def _typed(self, relation: str, s: str, o: str, s_mention: Mention | None) -> tuple[str, str] | None:
        """Apply capital metonymy and the type constraints of the relation."""
        if s in self.g.capital_of:
            s = self.g.capital_of[s]
        if o in self.g.capital_of and relation not in PLACE_OBJECTS:
            o = self.g.capital_of[o]
        s_type = self._type(s)
        o_type = self._type(o)
        if s == o:
            return None
        if s_type not in SUBJECT_TYPES.get(relation, ACTORS):
            return None
        if o_type not in OBJECT_TYPES.get(relation, PARTIES):
            return None
        return s, o

    def _type(self, entity: str) -> str:
        found = self.doc.entities.get(entity)
        if found is not None:
            return found.type
        return self.g.type_of(entity)

    def _attach(self, t: TriggerMatch) -> None:
        cs, ce = self.clause(t.start)
        if t.frame == WITHDRAW:
            self._withdrawal(t, cs, ce)
            return
        if t.form == "verb":
            self._verb(t, cs, ce)
        else:
            self._noun(t, cs, ce)

    def _objects(self, t: TriggerMatch, q: int, ce: int) -> tuple[list[Mention], float, str]:
        """Objects after position q: direct (accusative/genitive) or after a preposition."""
        clitic = self.object_clitic(t) if t.direct else None
        if clitic is not None:
            return [clitic], ADJACENT, ""
        if t.direct:
            m = self.mention_after(q, ce) or self.mention_after(self._after_locative(q, ce), ce) or \
                self._nationality_after_adjective(q, ce)
            if m is not None:
                return self.group(m), ADJACENT, ""
            by = self._object_by_after_noun(q, ce)
            if by is not None:
                return self.group(by), SVO, ""
        if t.preps:
            m, prep = self.prep_object(q, ce, t.preps)
            if m is not None:
                return self.group(m), ADJACENT, prep
        return [], 0.0, ""

    def _nationality_after_adjective(self, q: int, ce: int) -> Mention | None:
        """A nationality adjective after another adjective on the same noun: "التدخل العسكري
        التركي", "le déploiement militaire français" (a nisba or plain adjective, then the
        demonym that names the party)."""
        for k in range(q, min(q + 2, ce - 1)):
            if self.cover[k] is not None or not self.tokens[k][:1].isalpha() or \
                    self.tokens[k] in self.w.stop or self._is_trigger_start(k):
                return None
            m = self.starts.get(k + 1)
            if m is not None:
                return m if m.kind == "demonym" and m.entity else None
        return None

    def _after_locative(self, q: int, ce: int) -> int:
        """Past "في روما" between a verb's subject and its object ("استقبلت ميلوني في روما حفتر")."""
        if q + 1 < ce and self.tokens[q] in self.w.located:
            place = self.mention_after(q + 1, ce)
            if place is not None and place.entity and self._type(place.entity) == "Place":
                return place.end
            if place is None and q + 2 < ce and self.cover[q + 1] is None and \
                    self.tokens[q + 1][:1].isalpha() and self.starts.get(q + 2) is not None:
                return q + 2  # "استقبل في الإليزيه رئيس المجلس"
        return q

    def _beneficiary_follows(self, q: int, ce: int) -> bool:
        if q >= ce:
            return False
        token = self.tokens[q]
        return token == "ل" or any(p.lstrip("وف")[:1] == "ل" and not p.lstrip("وف").startswith("ال")
                                   for p, _, _ in noun_stems(token)[1:])

    def _object_by_after_noun(self, q: int, ce: int) -> Mention | None:
        """"رفضت المقترح الذي تقدمت به X": the party behind the thing acted on."""
        k = q
        while k < ce and k - q <= 3 and self.cover[k] is None:
            n, _, _ = self.w.object_by.match(self.tokens, k)
            if n:
                return self.mention_after(k + n, ce)
            k += 1
        return None

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
        else:
            if self._unresolved_pronoun_before(p, cs):
                return  # "Haftar et Bazoum ..., puis il a rencontré X": whose verb is unknown
            before = self.nearest_before(p, cs)
            head = all(tok in self.w.particle or k in self.date_cover or tok in SKIPPABLE
                       for k, tok in enumerate(self.tokens[cs:p], cs))
            vso = self.mention_after(t.end, ce) if self.w.verb_first else None
            if vso is not None and (vso.kind == "delegation" and self.tokens[vso.start].endswith("ا")):
                vso = None  # accusative "وفدا": the object, the subject is dropped
            if before is not None and not self.w.verb_first:
                before = self._antecedent(before, cs, p) or before
            if before is not None and not head and p - before.end <= 6:
                subject, certainty = self.group_ending(before), SVO
            elif vso is not None and t.frame == "reverse" and head:
                # "ويضم التحالف مالي والنيجر": the container right after the verb
                members = self.mention_after(vso.end, ce)
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
                elif self.state.last_subject:
                    self._emit_with_carried(t, ce)
                    return
        passive = self._passive_agent(t, ce)
        auxiliary = self._passive_auxiliary(p, cs)
        if passive is not None and t.frame == "agent" and self.w.passive_marked:
            # "Bazoum was received by Haftar", "the LNA, led by Haftar": the patient before
            if not auxiliary and not self._agent_adjacent(t):
                passive = None
            elif subject and subject[-1] is not passive:
                self._add(self.group(passive), t, t.relation, subject, SVO)
                return
        if passive is not None and t.frame == "agent":
            # "استُقبل حفتر في نيامي من قبل الرئيس": the agent comes after "من قبل"
            patient = self.mention_after(t.end, ce)
            if patient is not None and patient is not passive:
                self._add(self.group(passive), t, t.relation, self.group(patient), VSO)
            return
        if auxiliary and t.frame == "agent":
            return  # a passive without its agent: the subject is the one acted on
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
        elif certainty == VSO and len(subject) == 1 and t.relation in SYMMETRIC:
            # "حيث التقى X": pronoun-drop, X is the one met by the actor told before
            agent = self._clause_agent(p, 0) or None
            if agent is not None and agent.entity != subject[0].entity:
                self._add([agent], t, t.relation, subject, CARRIED)
            elif self.state.last_subject:
                self._add([self.state.last_subject], t, t.relation, subject, CARRIED)
        else:
            self.pending.append((t, subject, certainty))

    def _unresolved_pronoun_before(self, p: int, cs: int) -> bool:
        """Is the last mention before the verb at p a pronoun whose person is unknown?"""
        before = [m for m in self.mentions if cs <= m.start and m.end <= p]
        return bool(before) and before[-1].kind == "anaphor" and before[-1].entity is None

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
        """Does an auxiliary make the participle at p passive ("was received", "a été reçu")?"""
        k = p - 1
        if k > cs and self.tokens[k] not in self.w.passive_auxiliary and self.cover[k] is None and \
                self.tokens[k][:1].isalpha() and self.tokens[k] not in self.w.stop:
            k -= 1  # "was warmly received", "a été chaleureusement reçu"
        return k >= cs and self.tokens[k] in self.w.passive_auxiliary

    def _agent_adjacent(self, t: TriggerMatch) -> bool:
        """Is the passive agent right after the participle ("the LNA, led by Haftar")?"""
        return t.end < len(self.tokens) and bool(self.w.passive_agent.match(self.tokens, t.end)[0])

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

    def _alongside(self, q: int, ce: int) -> list[Mention]:
        """"جنبا إلى جنب مع فرنسا وألمانيا": more parties doing the same."""
        k = q
        while k < ce and k - q <= 3:
            n, _, _ = self.w.alongside.match(self.tokens, k)
            if n:
                m = self.mention_after(k + n, ce)
                return self.group(m) if m is not None else []
            if self.cover[k] is not None or self._is_trigger_start(k):
                return []
            k += 1
        return []

    def _noun(self, t: TriggerMatch, cs: int, ce: int) -> None:
        p = t.start
        # "بين X وY"
        if any(prep in self.w.between for prep in t.preps):
            k = t.end
            while k < ce and k - t.end <= 3 and self.tokens[k] not in self.w.between and \
                    self.cover[k] is None:
                k += 1
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
        if genitive is not None and genitive.start - t.end > 1:
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
            if t.suffix:
                subject, certainty = self.referent(p, t.suffix), SUFFIX
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
                genitive.kind != "demonym" and self._type(genitive.entity) in ("Place", "Country") and \
                self.prep_object(genitive.end, ce, t.preps)[0] is None:
            # "لزيارة تونس": the place visited, the visitor is the clause's actor
            if any(o.relation == "invite" and o.start >= cs and 0 <= p - o.end <= 6 for o in self.triggers):
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

    def _clause_agent(self, p: int, cs: int) -> Mention | None:
        for c in reversed(self.out):
            m = self.subject_mentions.get(id(c))
            if m is not None and m.start >= cs and c.source == "trigger":
                return m
        return self.nearest_before(p, cs)

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
            if m is not None and c.trigger is not None and c.trigger.form == "verb":
                guest = m
                break
        if guest is None:
            guest = self.nearest_before(t.start, 0, frozenset({"Person", "Country", "Organization"}))
        if guest is not None:
            self._add([inviter], t, t.relation, [guest], TOPIC)
        elif self.state.last_subject:
            self._add([inviter], t, t.relation, [self.state.last_subject], CARRIED)
