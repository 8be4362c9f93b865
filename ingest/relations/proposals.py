"""Proposals: the one place where a rule's candidate becomes a relation of the sentence.

Every rule family proposes through :meth:`Proposals.add`, which settles in one visible place what
each rule would otherwise decide for itself: the type constraints of the relation (who may
deploy, what may be visited or fought), capital metonymy, a delegation's head standing with its
country, forces arriving somewhere being deployed, killed forces naming the enemy, a national
army deploying its country too, and which rule proposed the candidate (``Candidate.rule``,
recorded on the relation as provenance). Triggers claimed by a rule before the frames run
(:meth:`claim`) are not attached again by a frame.

What a sentence's rules share is here, in the open: the candidates so far, the subject mention
of each, the triggers claimed, the triggers the frames left with a subject and no object
(``pending``, for ``frames/discourse``), and the :class:`Discourse` carried from the sentence
before (its last subject, the visits of delegations).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sahelkg.ingest.job.pipeline import Candidate, Mention, TriggerMatch
from sahelkg.ingest.relations.certainty import CITY_TARGETS, PRESENCE_KINDS
from sahelkg.ingest.relations.marks import ACTORS

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView

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
STATE_PACTS = frozenset({"cooperate", "agree"})  # made between states, whoever signs or speaks
STATESMEN = frozenset({"head_of_state", "politician", "diplomat"})  # kinds that speak for their country
STATE_BODIES = frozenset({"government", "state_body", "parliament"})
MAX_LED = 2  # parties one leader heads at once, as a verb tells it
OWN_BODIES = STATE_BODIES | {"armed_forces", "army_unit", "intelligence_agency", "ministry"}  # a state's own
STATE_UNIONS = frozenset({"alliance", "intergovernmental"})  # joined by states, whoever announces it
MOVING_FORCES = PRESENCE_KINDS | {"armed_group", "militia"}  # their visits are deployments
# actors whose activity somewhere is a presence there: states, their forces, missions, operations
STATE_PRESENCE = PRESENCE_KINDS | {"country", "military_operation", "un_mission", "eu_mission"}
BETWEEN_OTHERS = frozenset({"reject", "fight", "support", "cooperate", "ally", "agree", "meet", "arrest",
                            "invite"})  # relations a party has with others, never with its own head


@dataclass(slots=True)
class Discourse:
    """What carries from one sentence to the next."""

    last_subject: str | None = None
    delegation_visits: dict[str, list[tuple[str, Candidate]]] = field(default_factory=dict)


class Proposals:
    """The candidates of one sentence, as the rules propose them."""

    def __init__(self, view: SentenceView, state: Discourse) -> None:
        self.view = view
        self.state = state
        self.candidates: list[Candidate] = []
        self.subject_mentions: dict[int, Mention] = {}  # id(candidate) -> subject mention
        self.pending: list[tuple[TriggerMatch, list[Mention], float]] = []
        self.claimed: set[int] = set()  # id() of the triggers a rule claimed before the frames
        self.rule = ""  # the rule proposing now (set by the attacher before each rule runs)

    def claim(self, t: TriggerMatch) -> None:
        """Keep the frames off trigger t: the claiming rule attaches it itself."""
        self.claimed.add(id(t))

    def is_claimed(self, t: TriggerMatch) -> bool:
        return id(t) in self.claimed

    def add(self, subjects: list[Mention] | list[str], t: TriggerMatch | None, relation: str,
            objects: list[Mention] | list[str], certainty: float, source: str = "trigger",
            rule: str | None = None, keep_city: bool = False) -> None:
        """Propose each subject with each object; ``keep_city``: a capital object of a fight is
        the city where it happened, not its country (as a capital named as a city is)."""
        if relation == "leads" and t is not None and len(objects) > MAX_LED:
            return  # "..., à laquelle participent A, B, C, D et E, est dirigée par X": X leads the
            # force those states make up, not each of them
        if self.view.w.delegation_country:
            subjects = with_delegations(subjects)  # a delegation received is named by its head alone
        for s in subjects:
            for o in objects:
                s_id = s.entity if isinstance(s, Mention) else s
                s_mention = s if isinstance(s, Mention) else None
                o_id = o.entity if isinstance(o, Mention) else o
                if not s_id or not o_id:
                    continue
                # troops of a force ("قوات فاغنر", "وحدات من الجيش") or of a country ("Russian
                # troops", "des soldats russes"), or an unnamed armed group ("مجموعة مسلحة"), that
                # arrive somewhere are deployed
                rel = "deploy" if relation == "visit" and s_mention is not None and (
                    s_mention.kind == "generic"
                    or self.view.g.kind_of(s_id) in PRESENCE_KINDS and s_mention.kind == "name"
                    or self.view.g.kind_of(s_id) in MOVING_FORCES and self.view.troops_of(s_mention)
                    or s_mention.kind == "demonym" and self.view.names_troops(s_mention)) else relation
                if rel == "visit" and t is not None and self.view.type_of(o_id) == "Person" and \
                        self.view.type_of(s_id) == "Person":
                    # "the visit of Di Maio to President Menfi": a meeting between them (an envoy
                    # sent with a message to a head of state visits him: rules/envoys.py)
                    rel = "meet"
                if rel == "meet" and isinstance(o, Mention) and t is not None and self._hosted_forces(t, o):
                    # "Niger hosts French troops", "بنين تستضيف جنودا فرنسيين": the troops' country is
                    # deployed in the host's
                    rel, s_id, o_id, s_mention = "deploy", o_id, s_id, o
                elif rel == "meet" and t is not None and self._hosts_no_meeting(t):
                    continue  # "تستضيف تشاد القمة المقبلة": a summit hosted is no meeting of the host
                if rel == "arrest" and isinstance(o, Mention) and (
                        self.view.target_after(o) or self.view.type_of(o_id) == "Place"):
                    rel = "fight"  # "seized the SSA headquarters", "seized Kidal": a post or a town taken
                if rel in TOWN_FIGHTERS:
                    s_id = self._army_named(s_mention, s_id)
                    o_id = self._army_named(o if isinstance(o, Mention) else None, o_id)
                if rel == "support" and isinstance(o, Mention):
                    o_id = self._army_trained(o, o_id, s_id)
                if rel in STATE_PACTS:
                    s_id, o_id = self._state_of(s_id), self._state_of(o_id)
                if rel == "join" and self.view.g.kind_of(o_id) in STATE_UNIONS:
                    s_id = self._state_of(s_id)  # "Robert Dussey ... une adhésion à l'AES": Togo joins
                if t is not None and t.frame == CASUALTIES and not (
                        isinstance(o, Mention) and (self.view.troops_of(o) or self.view.names_troops(o)
                                                    or o.kind == "generic" and o.type == "ArmedGroup"
                                                    or self._person_killed_by_a_force(s_id, o))):
                    continue  # "killed 12 Nigerien soldiers", "killed two Islamists": only forces
                    # killed name an enemy
                if rel == "leads" and isinstance(o, Mention) and (
                        o.kind == "delegation" or o.end < len(self.view.tokens)
                        and self.view.w.delegation.match(self.view.tokens, o.end)[0]):
                    continue  # "the Sudanese delegation was headed by X", "a U.S. delegation led by
                    # X": X heads the delegation only
                if rel == "leads" and isinstance(o, Mention) and self._army_of_country(o):
                    o_id = self._force_led(s_id, o_id)  # "the Libyan army led by Haftar": his force
                if rel == "deploy" and t is not None and self._activity_of_insurgents(t, s_id):
                    continue  # "Islamic State has been active in Libya": its own ground, no deployment
                if rel == "deploy":
                    s_id = self._army_at_home(s_mention, s_id, o_id)
                    if not self._abroad(s_mention, s_id, o_id):
                        continue
                if rel == "visit" and self.view.type_of(s_id) == "Person" and \
                        self.view.type_of(o_id) == "Country" and self.view.g.country_of(s_id) == o_id:
                    continue  # "Dbeibah met X, on an official visit to Libya": no one visits his own country
                if rel == "visit" and self._stay(t) and \
                        (self.view.g.country_of(o_id) or o_id) == self.view.g.country_of(s_id):
                    continue  # "Bazoum was in Niamey": at home, no visit
                if rel in BETWEEN_OTHERS and (self._leads_the_other(s_id, o_id) or
                                              self._own_body(s_id, o_id, rel)):
                    continue  # "وأكد السيسي رفض مصر ...", "Egypt and its army": a head or a body
                    # and its own state are one side
                city = rel == "fight" and (keep_city or isinstance(o, Mention) and self.view.named_as_city(o))
                pair = self._typed(rel, s_id, o_id, s_mention, keep_city=city)
                if pair is None:
                    continue
                cand = Candidate(self.view.index, pair[0], rel, pair[1], t, certainty, source=source,
                                 rule=rule or self.rule)
                self.candidates.append(cand)
                if s_mention is not None:
                    self.subject_mentions[id(cand)] = s_mention
                if rel == "deploy":
                    self._national_deployment(cand)

    def _person_killed_by_a_force(self, killer: str, victim: Mention) -> bool:
        """A named person killed by an armed force, a group or a state ("FACT rebels killed
        President Idriss Déby", "l'armée a tué le chef jihadiste X"): an attack on him."""
        view = self.view
        return victim.type == "Person" and victim.kind in ("name", "titled") and \
            view.type_of(killer) in ("ArmedGroup", "Organization", "Country")

    def _army_of_country(self, m: Mention) -> bool:
        """Does a country's mention name its army or its troops ("the Libyan army", "قوات بلاده")?"""
        view = self.view
        if view.type_of(m.entity or "") != "Country":
            return False
        army = view.doc.lexicon.single_words("army_word")
        return m.kind == "demonym" and (view.names_troops(m) or any(
            view.tokens[k] in army for k in range(m.start, m.end))) or view.troops_of(m)

    def _force_led(self, person: str, country: str) -> str:
        """The armed force a person is known to lead (the one his leading offices name), else the
        national army of the country whose army the text says he leads."""
        g = self.view.g
        forces = {o.of for o in g.office_held(person, None, None)
                  if o.leads and g.kind_of(o.of) in ("armed_forces", "army_unit", "paramilitary")}
        if len(forces) == 1:
            return forces.pop()
        return g.national_army(country) or country

    def _own_body(self, a: str, b: str, relation: str) -> bool:
        """Is one of the two a country and the other its own army, state body or statesman ("Egypt"
        and "Egyptian Armed Forces", France and its foreign minister)?"""
        g = self.view.g
        return any(g.type_of(state) == "Country" and g.country_of(body) == state and
                   (g.kind_of(body) in OWN_BODIES or g.kind_of(body) in STATESMEN and relation != "arrest")
                   for state, body in ((a, b), (b, a)))  # a state may arrest its own politicians

    def _leads_the_other(self, a: str, b: str) -> bool:
        """Does one of the two hold, at the article date (at any time for an undated article), an
        office that leads the other?"""
        when = self.view.doc.published
        g = self.view.g
        return any(o.leads and o.of == other
                   for person, other in ((a, b), (b, a)) for o in g.office_held(person, None, when))

    def _state_of(self, entity: str) -> str:
        """The state a person speaks for in a pact ("وزير الخارجية التركي بحث التعاون مع النيجر":
        Turkey cooperates with Niger): the one country of the offices the person holds at the
        article date (an office of a government or a state body counts for its country, one of an
        armed force does not: Haftar speaks for the LNA, not for Libya), else the
        country of a statesman or diplomat of the gazetteer, else of a new person introduced
        with a nationality; anyone else (a militia leader) stays themselves."""
        g = self.view.g
        if self.view.type_of(entity) != "Person":
            return entity
        held = g.office_held(entity, None, self.view.doc.published) if self.view.doc.published else []
        countries = {o.of if g.type_of(o.of) == "Country" else g.country_of(o.of) for o in held
                     if g.type_of(o.of) == "Country" or g.kind_of(o.of) in STATE_BODIES}
        countries.discard(None)
        if len(countries) == 1:
            return countries.pop() or entity
        if countries:
            return entity
        entry = g.entry(entity)
        if entry is not None:
            return entry.country if entry.kind in STATESMEN and entry.country else entity
        new = self.view.doc.entities.get(entity)
        return new.country if new is not None and new.country and new.role else entity

    def _army_named(self, m: Mention | None, entity: str) -> str:
        """Troops, jets or drones named by their nationality that fight or arrest ("مقاتلات
        مصرية", "Malian soldiers", "the Algerian military") are the country's armed forces, when it
        has one."""
        view = self.view
        if m is None or m.kind != "demonym" or not (view.names_troops(m) or view.names_army(m)):
            return entity
        return view.g.national_army(entity) or entity

    def _army_trained(self, m: Mention, entity: str, supporter: str) -> str:
        """A country's troops supported, trained or armed ("training Malian soldiers", "trained
        Niger's forces", "the forces of Mali") are its armed forces, when it has one; not its
        mercenaries (word class ``irregular_forces``), not for the country itself, and not in a
        country whose governments have rival seats (whose army is one side)."""
        view = self.view
        if view.type_of(entity) != "Country" or entity in (supporter, view.g.country_of(supporter)):
            return entity
        if view.names_army(m):
            return view.g.national_army(entity) or entity  # "Cairo has supported the Sudanese military"
        if view.g.rival_governments(entity):
            return entity  # "Turkey is training Libyan troops in Misrata": not the LNA
        irregular = view.doc.lexicon.single_words("irregular_forces")
        near = range(max(0, m.start - 1), min(len(view.tokens), m.end + 2))
        if any(view.tokens[k] in irregular for k in near):
            return entity
        k = m.end + (1 if m.end < len(view.tokens) and view.tokens[m.end] in view.w.possessive else 0)
        named = m.kind == "demonym" and view.names_troops(m) or view.troops_of(m) or \
            m.kind == "name" and k > m.end and k < len(view.tokens) and view.tokens[k] in view.w.forces
        return (view.g.national_army(entity) or entity) if named else entity

    def _typed(self, relation: str, s: str, o: str, s_mention: Mention | None,
               keep_city: bool = False) -> tuple[str, str] | None:
        """Apply capital metonymy and the type constraints of the relation. A capital visited,
        deployed to or attacked is the city ("Haftar's forces attacked Tripoli"); one that meets,
        agrees or cooperates is its country (``keep_city`` keeps the city in any relation)."""
        if s in self.view.g.capital_of:
            s = self.view.g.capital_of[s]
        if o in self.view.g.capital_of and relation not in CITY_TARGETS and not keep_city:
            o = self.view.g.capital_of[o]
        s_type = self.view.type_of(s)
        o_type = self.view.type_of(o)
        if s == o:
            return None
        if s_type == "Place" and relation in TOWN_FIGHTERS and s_mention is not None and \
                self.view.troops_of(s_mention):
            s_type = "ArmedGroup"  # "ثوار الزنتان", "كتائب مصراتة": a town's fighters act for it
        if s_type not in SUBJECT_TYPES.get(relation, ACTORS):
            return None
        if o_type not in OBJECT_TYPES.get(relation, PARTIES):
            return None
        return s, o

    def _army_at_home(self, m: Mention | None, s: str, o: str) -> str:
        """Troops named by their nationality posted to a town of their own country ("Malian
        soldiers entered Timbuktu", "تتمركز القوات الليبية غرب مدينة سرت") are its national
        army, when it has one."""
        g = self.view.g
        if m is None or m.kind != "demonym" or g.type_of(s) != "Country" or g.type_of(o) == "Country" or \
                g.country_of(o) != s or not self.view.names_troops(m):
            return s
        return g.national_army(s) or s

    def _hosted_forces(self, t: TriggerMatch, o: Mention) -> bool:
        """Is the trigger a verb of hosting (word class ``host_verb``) whose object is a country's
        troops or base ("hosts French troops", "a US drone base", "قاعدة عسكرية أمريكية")?"""
        view = self.view
        if not self._trigger_of_class(t, "host_verb") or view.type_of(o.entity or "") != "Country":
            return False
        if o.kind == "demonym" and view.names_troops(o) or view.troops_of(o):
            return True
        before = range(max(0, o.start - 3), o.start)
        if o.kind == "demonym" and any(view.tokens[k] in view.w.forces for k in before):
            return True  # "جنودا فرنسيين وبلجيكيين": the troops' second nationality
        bases = view.doc.lexicon.single_words("base_noun")
        near = range(max(0, o.start - 3), min(len(view.tokens), o.end + 3))
        return any(view.tokens[k] in bases for k in near)

    def _hosts_no_meeting(self, t: TriggerMatch) -> bool:
        """Is the trigger a verb of hosting that names no meeting (word class ``host_forces_only``:
        the Arabic "استضاف", whose object is mostly an event), read only for hosted forces?"""
        return self._trigger_of_class(t, "host_forces_only")

    def _activity_of_insurgents(self, t: TriggerMatch, s: str) -> bool:
        """Is the trigger a word of activity ("active in", "operating in", "تنشط في": word class
        ``activity_verb``) said of an actor that is no state and no state's force? Such words place
        a foreign force ("Wagner fighters remained active in eastern Libya"), not an insurgency on
        its own ground."""
        return self._trigger_of_class(t, "activity_verb") and self.view.g.kind_of(s) not in STATE_PRESENCE

    def _stay(self, t: TriggerMatch | None) -> bool:
        """Is the trigger a phrase of being somewhere (word class ``stay_verb``: "was in",
        "était à"), a visit only away from home?"""
        return t is not None and \
            tuple(self.view.tokens[t.start:t.end]) in self.view.doc.lexicon.word_class("stay_verb")

    def _trigger_of_class(self, t: TriggerMatch, name: str) -> bool:
        """Is the trigger's first word, perhaps after the conjunction proclitics و/ف ("وينشط"),
        of the word class ``name``?"""
        word, words = self.view.tokens[t.start], self.view.doc.lexicon.single_words(name)
        return word in words or word[:1] in "وف" and word[1:] in words

    def _abroad(self, s_mention: Mention | None, s: str, o: str) -> bool:
        """A presence named by a nationality adjective ("الانتشار التركي", "الوجود الفرنسي") is
        abroad: a place in the adjective's own country is not where it is deployed. A national
        army is not deployed to its own country ("présentes au Mali aux côtés de l'armée
        malienne"), though it is to a place in it."""
        g = self.view.g
        if g.kind_of(s) == "armed_forces" and g.type_of(o) == "Country" and g.country_of(s) == o:
            return False
        if s_mention is None or s_mention.kind != "demonym":
            return True
        return (g.country_of(o) or o) != s

    def _national_deployment(self, c: Candidate) -> None:
        """The country of a national army deployed outside it deploys there as well."""
        if self.view.g.kind_of(c.subject) != "armed_forces":
            return
        home = self.view.g.country_of(c.subject)
        where = self.view.g.country_of(c.object) or c.object
        if home is None or home == where or any(x.subject == home and x.relation == "deploy" and
                                                x.object == c.object for x in self.candidates):
            return
        self.candidates.append(Candidate(c.sentence, home, "deploy", c.object, c.trigger, c.attachment,
                                  c.status, c.date, c.date_precision, source="national",
                                         rule=c.rule))


def with_delegations(parties: list[Mention] | list[str]) -> list[Mention] | list[str]:
    """A delegation's head and the country it speaks for ("a Libyan delegation led by X
    arrived"): both do what the delegation does."""
    countries = [Mention(m.start, m.end, m.delegation_of, "Country", "delegation", head=m.start)
                 for m in parties if isinstance(m, Mention) and m.delegation_of]
    if not countries:
        return parties
    named = {m.entity for m in parties if isinstance(m, Mention)}
    return [*parties, *(c for c in countries if c.entity not in named)]
