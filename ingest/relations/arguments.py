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

from dataclasses import dataclass

from sahelkg.ingest.entities.gazetteer import Gazetteer
from sahelkg.ingest.job.pipeline import (
    ARGUMENTS,
    DATES,
    MENTIONS,
    NORMALISED,
    TRIGGERS,
    Doc,
    Mention,
    TriggerMatch,
)
from sahelkg.ingest.relations.certainty import ADJACENT, SVO
from sahelkg.ingest.relations.layout import SentenceView, Words, sentence_words
from sahelkg.ingest.relations.proposals import Discourse, Proposals
from sahelkg.ingest.relations.registry import Claim, Rule, RuleSpec, select_rules
from sahelkg.ingest.relations.rules.collective import CollectiveRules
from sahelkg.ingest.relations.rules.deployment import SEND, WITHDRAW, DeploymentRules
from sahelkg.ingest.relations.rules.discourse import DiscourseRules
from sahelkg.ingest.relations.rules.nominal_frames import NominalFrameRules
from sahelkg.ingest.relations.rules.noun_agents import NounAgentRules
from sahelkg.ingest.relations.rules.verbal_frames import VerbalFrameRules

OPPOSE = "oppose"  # "des combats opposent X à Y": the object fights the party after the preposition
OPPOSE_GAP = 3  # words between the fighting noun and "opposent" ("combats qui opposent")


class PositionalArgumentStep:
    """Attach subjects and objects to triggers by position (see the module docstring), then run
    the registered rule families (:mod:`sahelkg.ingest.relations.registry`) over each sentence."""

    name = "arguments"
    requires = frozenset({NORMALISED, MENTIONS, TRIGGERS, DATES})
    provides = frozenset({ARGUMENTS})

    def __init__(self, gazetteer: Gazetteer, rules: str | None = None) -> None:
        self.gazetteer = gazetteer
        self.rules = _LoadedRules(select_rules(rules))
        self._words: dict[str, Words] = {}

    def __call__(self, doc: Doc) -> None:
        words = self._words.get(doc.lexicon.lang)
        if words is None:
            words = self._words[doc.lexicon.lang] = sentence_words(doc.lexicon)
        state = Discourse()
        for index in range(len(doc.norm)):
            doc.check_budget()
            try:
                self.sentence(words, doc, index, state).attach(self.rules)
            except Exception as exc:  # a sentence the rules cannot read loses its relations only
                doc.sentence_failed(self.name, index, exc)

    def sentence(self, words: Words, doc: Doc, index: int, state: Discourse) -> _Sentence:
        """The attacher of one sentence (a subclass may read more than word order)."""
        return _Sentence(self.gazetteer, words, doc, index, state)


@dataclass(frozen=True, slots=True)
class _LoadedRules:
    """The selected rules with their functions imported, once per step."""

    specs: tuple[RuleSpec, ...]
    functions: tuple[Rule, ...] = ()
    claims: tuple[Claim, ...] = ()

    def __init__(self, specs: tuple[RuleSpec, ...]) -> None:
        object.__setattr__(self, "specs", specs)
        object.__setattr__(self, "functions", tuple(s.load() for s in specs))
        object.__setattr__(self, "claims", tuple(c for s in specs if (c := s.load_claim()) is not None))


def attach_frames(s: SentenceView, out: Proposals) -> None:
    """The ``frames`` rule: every trigger not claimed by another rule attached to its own
    arguments, then the triggers left without an object resolved from the discourse."""
    assert isinstance(s, _Sentence)
    s.attach_triggers()


class _Sentence(CollectiveRules, VerbalFrameRules, NominalFrameRules, DiscourseRules,
                DeploymentRules, NounAgentRules):
    """The attacher of one sentence: the sentence view, the trigger frames (verbal and nominal
    frames, collective subjects, agents of verbal nouns, withdrawals, discourse), and the
    :class:`Proposals` every rule adds to."""

    def __init__(self, g: Gazetteer, w: Words, doc: Doc, index: int, state: Discourse) -> None:
        super().__init__(g, w, doc, index)
        self.proposals = Proposals(self, state)
        self.state = state
        self.out = self.proposals.candidates
        self.subject_mentions = self.proposals.subject_mentions
        self.pending = self.proposals.pending
        self.claimed: set[int] = set()  # id() of the triggers another rule claimed

    def _add(self, subjects: list[Mention] | list[str], t: TriggerMatch | None, relation: str,
             objects: list[Mention] | list[str], certainty: float, source: str = "trigger") -> None:
        self.proposals.add(subjects, t, relation, objects, certainty, source)

    # --- main ----------------------------------------------------------------------------------
    def attach(self, rules: _LoadedRules) -> None:
        self.claimed = {id(t) for t in self.triggers if any(claim(self, t) for claim in rules.claims)}
        for spec, rule in zip(rules.specs, rules.functions, strict=True):
            self.proposals.rule = spec.name
            rule(self, self.proposals)
        self._emit_dates()
        self.doc.candidates.extend(self.out)
        for c in self.out:
            if c.source == "trigger":
                self.state.last_subject = c.subject

    def attach_triggers(self) -> None:
        for t in self.triggers:
            if id(t) not in self.claimed:
                self._attach(t)
        self.proposals.rule = "frames/discourse"
        for t, subject, certainty in self.pending:
            self._resolve_no_object(t, subject, certainty)

    def _attach(self, t: TriggerMatch) -> None:
        cs, ce = self.clause(t.start)
        if t.frame in (WITHDRAW, SEND):
            self.proposals.rule = "frames/withdrawal"
            self._withdrawal(t, cs, ce)
        elif t.frame == OPPOSE:
            self.proposals.rule = "frames/opposition"
            self._opposed(t, ce)
        elif t.form == "verb":
            self.proposals.rule = "frames/verbal"
            self._verb(t, cs, ce)
        else:
            self.proposals.rule = "frames/nominal"
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
            if place is not None and place.entity and self.type_of(place.entity) == "Place":
                return place.end
            if place is None and q + 2 < ce and self.cover[q + 1] is None and \
                    self.tokens[q + 1][:1].isalpha() and self.starts.get(q + 2) is not None:
                return q + 2  # "استقبل في الإليزيه رئيس المجلس"
            if place is None and not self.w.verb_first:
                return self._past_place_phrase(q + 1, ce)  # "à l'aéroport de Niamey, ce lundi, X"
        return q

    def _past_place_phrase(self, k: int, ce: int) -> int:
        """Past a place noun phrase after a locative preposition ("l'aéroport (international)
        (de Niamey)"); k itself when there is none."""
        start = k
        while k < ce and self.cover[k] is None and self.tokens[k] in self.w.determiner:
            k += 1
        n = self.w.place_noun.match(self.tokens, k)[0] if k < ce and self.cover[k] is None else 0
        if not n:
            return start
        k += n
        if k < ce and self.cover[k] is None and self.tokens[k][:1].isalpha() and \
                self.tokens[k] not in self.w.stop and not self._is_trigger_start(k):
            k += 1  # "l'aéroport international"
        gn = self.w.genitive_link.match(self.tokens, k)[0] if k < ce else 0
        if gn:
            place = self.starts.get(k + gn)
            if place is None or not place.entity or self.type_of(place.entity) != "Place":
                return start
            k = place.end
        return k

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
        agent = self.nearest_before(p, cs)
        if agent is not None and self._own_unnamed_subject(agent.end, p):
            return None  # "وأضاف المسماري أن القوات تخوض مواجهات": the speaker reports the act
        return agent

    def _own_unnamed_subject(self, q: int, p: int) -> bool:
        """Does a complement clause between q and p ("أن القوات ...", "that the forces ...") open
        with forces or a government the gazetteer cannot name? They, not the actor before the
        complementizer, are the agent of the act at p."""
        for k in range(q, p - 1):
            if self.tokens[k] in self.w.complementizer and self.cover[k + 1] is None and (
                    self.forces_word(k + 1) or self.tokens[k + 1] in self.w.government):
                return True
        return False


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


