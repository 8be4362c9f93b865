"""Positional argument attachment: who did what to whom, from word order alone.

Handles Arabic verb-subject-object and subject-verb-object order, relative clauses ("التي تضم"),
verbal nouns with a genitive or a possessive suffix ("زيارة X إلى Y", "زيارته"), "بين X وY",
"بدعوة من X", coordination ("مالي والنيجر"), "جنبا إلى جنب مع", delegations and their members,
pronoun-drop (subject carried over from the previous sentence), and clause boundaries.

Verbal frames (a verb and its subject and object: word order, relative clauses, passives,
carried subjects) live in :mod:`.rules.verbal_frames`; nominal frames (verbal nouns with a
genitive, a possessor or a suffix, "بين X وY", invitations) in :mod:`.rules.nominal_frames`.
This module holds the step, the sentence attacher and the plumbing both share.

With a dependency parse, :mod:`sahelkg.ingest.relations.arguments_tree` reads the arguments of each
trigger from the tree and falls back to these rules where the tree names no subject or object.
Attachment certainty (0-1) says how direct the evidence for each argument is; the relation's
confidence is the trigger's strength times that certainty.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sahelkg.ingest.entities.gazetteer import Gazetteer
from sahelkg.ingest.job.pipeline import (
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
from sahelkg.ingest.relations.certainty import ADJACENT, PLACE_OBJECTS, PRESENCE_KINDS, SVO
from sahelkg.ingest.relations.layout import ACTORS, Words, sentence_words
from sahelkg.ingest.relations.rules.collective import CollectiveRules
from sahelkg.ingest.relations.rules.deployment import SEND, WITHDRAW, DeploymentRules
from sahelkg.ingest.relations.rules.discourse import DiscourseRules
from sahelkg.ingest.relations.rules.groups import GroupRules
from sahelkg.ingest.relations.rules.invitations import InvitationRules
from sahelkg.ingest.relations.rules.kinship import KinshipRules
from sahelkg.ingest.relations.rules.memberships import MembershipRules
from sahelkg.ingest.relations.rules.nominal_frames import NominalFrameRules
from sahelkg.ingest.relations.rules.noun_agents import NounAgentRules
from sahelkg.ingest.relations.rules.verbal_frames import VerbalFrameRules

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
TOWN_FIGHTERS = frozenset({"fight", "arrest"})  # relations a town's fighters carry out for it
CASUALTIES = "casualties"  # a killing verb: its object must be forces ("soldiers", "terrorists")
OPPOSE = "oppose"  # "des combats opposent X à Y": the object fights the party after the preposition
OPPOSE_GAP = 3  # words between the fighting noun and "opposent" ("combats qui opposent")
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


class _Sentence(CollectiveRules, VerbalFrameRules, NominalFrameRules, GroupRules, DiscourseRules,
                DeploymentRules, NounAgentRules, KinshipRules, MembershipRules, InvitationRules):
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
        self._founded_alliances()
        self._headed_organisations()
        self._possessive_kin()
        self._verbal_invitations()
        self._determiner_kin()
        self._listed_members()
        self._light_verb_pacts()
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
        if self.w.delegation_country:
            subjects = _with_delegations(subjects)  # a delegation received is named by its head alone
        for s in subjects:
            s_id = s.entity if isinstance(s, Mention) else s
            s_mention = s if isinstance(s, Mention) else None
            for o in objects:
                o_id = o.entity if isinstance(o, Mention) else o
                if not s_id or not o_id:
                    continue
                # troops of a force ("قوات فاغنر", "وحدات من الجيش") or of a country ("Russian
                # troops", "des soldats russes") that arrive somewhere are deployed
                rel = "deploy" if relation == "visit" and s_mention is not None and (
                    self.g.kind_of(s_id) in MOVING_FORCES and self._troops_of(s_mention)
                    or s_mention.kind == "demonym" and self.names_troops(s_mention)) else relation
                if rel == "arrest" and isinstance(o, Mention) and self._target_after(o):
                    rel = "fight"  # "seized the SSA headquarters": the force's post, not its men
                if t is not None and t.frame == CASUALTIES and not (
                        isinstance(o, Mention) and (self._troops_of(o) or self.names_troops(o))):
                    continue  # "killed 12 Nigerien soldiers": only forces killed name an enemy
                if rel == "deploy" and not self._abroad(s_mention, s_id, o_id):
                    continue
                city = rel == "fight" and isinstance(o, Mention) and self._named_as_city(o)
                pair = self._typed(rel, s_id, o_id, s_mention, keep_city=city)
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
        while k > 1 and self.tokens[k] in self.w.determiner and self.tokens[k - 1] in self.w.partitive:
            k -= 1  # "soldiers from the Africa Corps"
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

    def _named_as_city(self, m: Mention) -> bool:
        """Is the mention named with a place noun ("العاصمة طرابلس", "مدينة طرابلس")?"""
        if self.w.place_noun.match(self.tokens, m.start)[0]:
            return True
        return any(self.w.place_noun.match(self.tokens, k)[0] == m.start - k
                   for k in range(max(0, m.start - 3), m.start))

    def _typed(self, relation: str, s: str, o: str, s_mention: Mention | None,
               keep_city: bool = False) -> tuple[str, str] | None:
        """Apply capital metonymy and the type constraints of the relation. A capital attacked
        and named as a city ("الهجوم على العاصمة طرابلس") is the city (``keep_city``)."""
        if s in self.g.capital_of:
            s = self.g.capital_of[s]
        if o in self.g.capital_of and relation not in PLACE_OBJECTS and not keep_city:
            o = self.g.capital_of[o]
        s_type = self._type(s)
        o_type = self._type(o)
        if s == o:
            return None
        if s_type == "Place" and relation in TOWN_FIGHTERS and s_mention is not None and \
                self._troops_of(s_mention):
            s_type = "ArmedGroup"  # "ثوار الزنتان", "كتائب مصراتة": a town's fighters act for it
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
        if t.frame in (WITHDRAW, SEND):
            self._withdrawal(t, cs, ce)
            return
        if t.frame == OPPOSE:
            self._opposed(t, ce)
            return
        if t.form == "verb":
            self._verb(t, cs, ce)
        else:
            self._noun(t, cs, ce)

    def _opposed(self, t: TriggerMatch, ce: int) -> None:
        """"Des combats opposent l'armée soudanaise aux FSR", "ont opposé les FAMa aux rebelles
        du CSP": the two sides are the object and the party after the preposition; the subject
        is the fighting itself, a word of the same relation just before ("la rivalité qui oppose
        Haftar à Dbeibah" is no fight). Without both sides nothing is stated."""
        if not any(o.relation == t.relation and o.frame != OPPOSE and 0 <= t.start - o.end <= OPPOSE_GAP
                   for o in self.triggers):
            return
        first = self.mention_after(t.end, ce)
        if first is None or not first.entity:
            return
        sides = self.group(first)
        other, _ = self.prep_object(sides[-1].end, ce, t.preps)
        if other is None or not other.entity or other in sides:
            return
        self._add(sides, t, t.relation, self.group(other), SVO)

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
                    self.tokens[k] in self.w.stop or self._is_trigger_start(k) or \
                    self.w.alongside.match(self.tokens, k)[0]:
                return None  # "fighting alongside Malian troops": partners, not the object
            m = self.starts.get(k + 1)
            if m is not None:
                return m if m.kind == "demonym" and m.entity else None
        return None

    def _after_locative(self, q: int, ce: int) -> int:
        """Past "في روما" between a verb's subject and its object ("استقبلت ميلوني في روما حفتر"),
        and a day before it ("a rencontré mercredi à Rome X")."""
        while q + 1 < ce and q in self.date_cover and self.cover[q] is None:
            q += 1
        if q + 1 < ce and self.tokens[q] in self.w.located:
            place = self.mention_after(q + 1, ce)
            if place is not None and place.entity and self._type(place.entity) == "Place":
                return place.end
            if place is None and q + 2 < ce and self.cover[q + 1] is None and \
                    self.tokens[q + 1][:1].isalpha() and self.starts.get(q + 2) is not None:
                return q + 2  # "استقبل في الإليزيه رئيس المجلس"
        return q

    def _object_by_after_noun(self, q: int, ce: int) -> Mention | None:
        """"رفضت المقترح الذي تقدمت به X": the party behind the thing acted on."""
        k = q
        while k < ce and k - q <= 3 and self.cover[k] is None:
            n, _, _ = self.w.object_by.match(self.tokens, k)
            if n:
                return self.mention_after(k + n, ce)
            k += 1
        return None

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

    def _clause_agent(self, p: int, cs: int) -> Mention | None:
        if self._judged(p, cs):
            return None  # "أدانت الجزائر الهجوم على طرابلس": Algeria judges the attack, not makes it
        for c in reversed(self.out):
            m = self.subject_mentions.get(id(c))
            if m is not None and m.start >= cs and c.source == "trigger":
                return m
        return self.nearest_before(p, cs)


    def _judged(self, p: int, cs: int) -> bool:
        """Is the act at p the object of a verb that judges it ("أدان", "رحب", "انتقد") in the
        same clause? Its agent is then not the judge."""
        if not self.w.evaluation:
            return False
        for k in range(p - 1, cs - 1, -1):
            token = self.tokens[k]
            if token in self.w.complementizer or token in self.w.relative:
                return False
            if token in self.w.evaluation or token[:1] in ("و", "ف") and token[1:] in self.w.evaluation:
                return True
        return False


def _with_delegations(parties: list[Mention] | list[str]) -> list[Mention] | list[str]:
    """A delegation's head and the country it speaks for ("a Libyan delegation led by X
    arrived"): both do what the delegation does."""
    countries = [Mention(m.start, m.end, m.delegation_of, "Country", "delegation", head=m.start)
                 for m in parties if isinstance(m, Mention) and m.delegation_of]
    if not countries:
        return parties
    named = {m.entity for m in parties if isinstance(m, Mention)}
    return [*parties, *(c for c in countries if c.entity not in named)]  # type: ignore[list-item]
