"""Verbal frames: the subject and object of a verb from word order. Verb-subject-object and
subject-verb-object, relative clauses ("التي تضم", "who met"), a name before a relative clause set
off by commas, passives with their agent ("من قبل", "by"), verb-object-subject ("وصل إلى نيامي
وفد ليبي"), "جنبا إلى جنب مع", a collective subject ("الدول الثلاث", :mod:`.collective`), "the two
countries" (:mod:`.discourse`), and a dropped subject carried over from the previous sentence
(``Discourse.last_subject``). Registered as the frame ``frames/verbal``; a verb left with a
subject and no object goes to ``Proposals.pending`` for ``frames/discourse``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import ADJACENT, CARRIED, CLAUSE_AGENT, SVO, SYMMETRIC, VSO
from sahelkg.ingest.relations.finders import before_acronym
from sahelkg.ingest.relations.helpers import (
    agent_adjacent,
    alongside,
    clause_agent,
    objects_after,
    participle_of_noun,
)
from sahelkg.ingest.relations.marks import ACTORS, COMMAS, SKIPPABLE
from sahelkg.ingest.relations.rules.backed_compounds import recognition_epithet
from sahelkg.ingest.relations.rules.collective import collective_subject
from sahelkg.ingest.relations.rules.discourse import mutual_fight, pair_subject
from sahelkg.ingest.relations.rules.passives import passive_agent, passive_auxiliary, proposal_author
from sahelkg.ingest.relations.triggers import OBJECT

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

JOINT_PASSIVE = frozenset({"agree", "cooperate", "ally"})  # the agents of such a passive are its parties
# frames whose passive names the agent after "by": the doer, and the killer of forces
# ("des terroristes neutralisés par l'armée")
PASSIVE_FRAMES = frozenset({"agent", "casualties"})
PROPOSAL_SPAN = 8  # words before a passive verb searched for the proposal it rejects
UNIDENTIFIED_ACTORS = frozenset({"office", "counterpart"})  # actors named by a title we cannot resolve


def verb_trigger(s: SentenceView, t: TriggerMatch) -> bool:
    """The triggers of this frame: verbs (those of the frames before it aside)."""
    return t.form == "verb"


def verbal_frame(s: SentenceView, out: Proposals, t: TriggerMatch) -> None:
    """The ``frames/verbal`` frame: the subject and object of the verb at t."""
    cs, ce = s.clause(t.start)
    p = t.start
    subject: list[Mention] = []
    certainty = 0.0
    after_subject = t.end
    relative = _relative_before(s, p)
    if t.suffix == OBJECT:
        _object_relative(s, out, t, relative, ce)
        return
    if _fronted_participle(s, out, t, ce):
        return
    if p >= 2 and s.tokens[p - 1] == "-" and not s.w.verb_first:
        agent = s.cover[p - 2]  # "the Western-backed president": a compound adjective, whose
        if agent is None or not agent.entity:  # agent is the word before the hyphen or no one
            return
        if recognition_epithet(s, agent, p):
            return  # "the U.N.-backed council": recognised, not supported
    if relative is not None:
        r = relative - 1
        while r >= 0 and s.tokens[r] in SKIPPABLE:
            r -= 1  # "Haftar, who met ..."
        m = s.cover[r] if r >= 0 else None
        if m is None and r >= 0 and not s.w.verb_first:
            m = _apposed_before(s, r)  # "Dagalo, the warlord who leads the RSF"
        if m is None or not m.entity:
            return
        m = _served_antecedent(s, m)
        if m.type == "Person" and s.tokens[relative] in s.doc.lexicon.single_words("relative_thing"):
            # "Aguila Saleh, president of the House of Representatives, which is allied to
            # Haftar": the clause is said of the body his title names, never of him
            if m.leads and t.frame == "agent":
                objects, oc, _ = objects_after(s, t, t.end, ce)
                if objects:
                    out.add([m.leads], t, t.relation, objects, min(ADJACENT, oc))
            return
        if _resumptive_place(s, out, t, _located_place(s, m), ce):
            return
        if s.tokens[relative] not in s.w.relative and _governed(s, m):
            return  # "قبائل ... في النيجر، والتي تنتشر": the clause is said of the tribes
        subject, certainty = s.group_ending(m), ADJACENT
    elif (participle := _participle_subject(s, out, t)) is not None:
        subject, certainty = s.group_ending(participle), SVO  # "X visited Tripoli, meeting Y"
    elif (described := _described_in_state(s, t)) is not None:
        subject, certainty = s.group_ending(described), ADJACENT  # "les FSR, un groupe en conflit avec"
    else:
        if s.w.verb_first and collective_subject(s, out, t, ce):
            return  # "واتفقت الدول الثلاث": the parties listed just before
        if t.relation in SYMMETRIC and _pair_before(s, p, cs):
            pair_subject(s, out, t)  # "the two countries agreed to ...": the two named before
            return
        if _unresolved_pronoun_before(s, p, cs):
            return  # "Haftar et Bazoum ..., puis il a rencontré X": whose verb is unknown
        before = s.nearest_before(p, cs)
        head = all(tok in s.w.particle or k in s.date_cover or tok in SKIPPABLE
                   for k, tok in enumerate(s.tokens[cs:p], cs))
        vso = s.mention_after(t.end, ce) if s.w.verb_first else None
        if vso is None and s.w.verb_first:
            vso = s.headed_by_after(t.end, ce)  # "انتشرت قوة ... بقيادة فرنسا"
        if vso is not None and (vso.kind == "delegation" and s.tokens[vso.start].endswith("ا")):
            vso = None  # accusative "وفدا": the object, the subject is dropped
        if vso is not None and t.frame != "reverse" and \
                (shared := _conjoined_subject(s, out, t, vso, ce)) is not None:
            out.add([shared], t, t.relation, s.group(vso), CLAUSE_AGENT)
            return
        if before is not None and not s.w.verb_first:
            before = _antecedent(s, before, cs, p)
            if before is None:
                return  # "The new leaders, who ousted Bazoum, visited": a subject no name gives
        if before is not None and not head and p - before.end <= 6:
            subject, certainty = s.group_ending(before), SVO
        elif vso is not None and t.frame == "reverse" and head:
            # "ويضم التحالف مالي والنيجر": the container right after the verb
            members = s.mention_after(vso.end, ce)
            if members is None and t.preps:  # "ويتألف التحالف من مالي والنيجر"
                members = s.prep_object(vso.end, ce, t.preps)[0]
            if members is not None and vso.type in ("Organization", "ArmedGroup"):
                out.add(s.group(members), t, t.relation, [vso], VSO)
            return
        elif vso is not None and t.frame != "reverse":
            subject, certainty = s.group(vso), VSO
            after_subject = subject[-1].end
        elif before is not None:
            subject, certainty = s.group_ending(before), CLAUSE_AGENT
        elif t.preps and s.w.verb_first and _object_first(s, out, t, ce):
            return  # "ووصل إلى نيامي وفد ليبي": the object before the subject
        else:
            earlier = s.nearest_before(p, 0)
            if earlier is not None:
                subject, certainty = [earlier], CLAUSE_AGENT * 0.9
            elif out.state.last_subject and not _unidentified_actor_before(s, p, cs):
                _emit_with_carried(s, out, t, ce)
                return
    passive = passive_agent(s, t, ce)
    if passive is None and t.end - t.start == 1 and \
            s.tokens[t.start] in s.doc.lexicon.single_words("passive_participle"):
        return  # "le Burkina et le Mali dirigés par des militaires": led by no one named
    auxiliary = passive_auxiliary(s, p, cs) and not mutual_fight(s, t)  # "are at war": a state
    if passive is not None and t.frame == "agent" and auxiliary and s.w.passive_marked:
        author = proposal_author(s, max(cs, p - PROPOSAL_SPAN), p)
        if author is not None:  # "la proposition de l'Algérie a été déclinée par le Niger"
            out.add(s.group(passive), t, t.relation, [author], SVO)
            return
    if passive is not None and t.frame in PASSIVE_FRAMES and s.w.passive_marked:
        # "Bazoum was received by Haftar", "the LNA, led by Haftar": the patient before
        if not auxiliary and not agent_adjacent(s, t):
            passive = None
        elif not auxiliary and participle_of_noun(s, t):
            # "the agreement signed by Mali with Russia": the participle tells of the event
            # noun before it, its agent is the agent of that event
            objects, oc, _ = objects_after(s, t, passive.end, ce)
            out.add(s.group(passive), t, t.relation, objects, min(SVO, oc or 0.0))
            return
        elif subject and subject[-1] is not passive:
            if not auxiliary and p > 0 and s.tokens[p - 1] in COMMAS and \
                    p - 1 - subject[-1].end > MAX_TO_PARTICIPLE:
                return  # "X pushed Haftar's forces out of the suburbs, backed by Y": Y backs X's act
            if not auxiliary and t.relation != "reject" and subject[-1].end < p - 1 and \
                    _qualified_noun(s, p - 1) and not _apposed_to(s, subject[-1], p - 1):
                # "les États-Unis ... le nouveau régime dirigé par X": X leads the regime (a thing
                # rejected is its author's: "ce projet, rejeté par Khartoum")
                return
            out.add(s.group(passive), t, t.relation, subject, SVO)
            return
        elif not subject and auxiliary and t.relation in JOINT_PASSIVE:
            # "the deal was signed by Turkey and the GNA": the agents are the parties
            parties = s.group(passive)
            for i, first in enumerate(parties[:-1]):
                out.add([first], t, t.relation, parties[i + 1:], SVO)
            return
    if passive is not None and t.frame in PASSIVE_FRAMES:
        # "استُقبل حفتر في نيامي من قبل الرئيس": the agent comes after "من قبل"
        patient = s.mention_after(t.end, ce)
        if patient is not None and patient is not passive:
            out.add(s.group(passive), t, t.relation, s.group(patient), VSO)
        return
    if auxiliary and t.frame == "agent":
        # a passive without its agent: the subject is the one acted on, except forces that
        # are sent ("Russian troops were deployed to Mali"): their country or force acts, and
        # so does a named force ("Wagner was deployed to Mali", "FACT is based in Libya")
        if subject and t.relation in s.w.forces_passive and all(
                m.kind == "demonym" and s.names_troops(m) or s.troops_of(m)
                or s.type_of(m.entity or "") == "ArmedGroup" for m in subject):
            objects, oc, _ = objects_after(s, t, t.end, ce)
            if not objects and (where := s.where_antecedent(subject[0])) is not None:
                objects, oc = [where], ADJACENT  # "Niamey, where American troops are stationed"
            out.add(subject, t, t.relation, objects, min(certainty, oc or 0.0))
        elif subject and t.relation in SYMMETRIC and t.preps:
            # "Haftar has long been allied with Russia": a state shared with the party after
            # the preposition, not a passive
            partner, _ = s.prep_object(t.end, ce, t.preps)
            if partner is not None:
                out.add(subject, t, t.relation, s.group(partner), min(certainty, ADJACENT))
        return
    if not subject:
        return
    if t.frame == "reverse":
        objects, oc, _ = objects_after(s, t, t.end, ce)
        if subject[-1].type not in ("Organization", "ArmedGroup"):
            return
        out.add(objects, t, t.relation, [subject[-1]], min(certainty, oc or 0.0))
        return
    objects, oc, _ = objects_after(s, t, after_subject, ce)
    if not objects and after_subject != t.end:
        objects, oc, _ = objects_after(s, t, t.end, ce)
        objects = [o for o in objects if o not in subject]
    if t.frame == "from_agent":
        return
    if not objects and t.relation == "deploy" and (where := s.where_antecedent(subject[0])) is not None:
        objects, oc = [where], min(certainty, ADJACENT)  # "Chad, where French troops deployed"
    subject = subject + alongside(s, objects[-1].end if objects else t.end, ce)
    if objects and len(subject) >= 2 and t.relation == "fight" and mutual_fight(s, t):
        # "la Brigade 444 et la Force Radaa se sont affrontées à Tripoli": where they fought
        # each other, not a third side
        objects = [o for o in objects if o.type != "Place"]
    if objects:
        out.add(subject, t, t.relation, objects, min(certainty, oc))
    elif certainty == VSO and len(subject) == 1 and t.relation in SYMMETRIC and \
            not _unnamed_partner(s, subject[-1].end, ce):
        # "حيث التقى X": pronoun-drop, X is the one met by the actor told before
        agent = clause_agent(s, out, p, 0) or None
        if agent is not None and agent.entity != subject[0].entity:
            out.add([agent], t, t.relation, subject, CARRIED)
        elif out.state.last_subject:
            out.add([out.state.last_subject], t, t.relation, subject, CARRIED)
    else:
        out.pending.append((t, subject, certainty))


def _qualified_noun(s: SentenceView, k: int) -> bool:
    """Is the word at k, right before a participle, a common noun of its own (no name, no
    force noun: "le nouveau régime dirigé par", not "les forces dirigées par")?"""
    token = s.tokens[k]
    return s.cover[k] is None and token[:1].isalpha() and token not in SKIPPABLE and \
        token not in s.w.stop and token not in s.w.forces and token not in s.w.determiner


def _apposed_to(s: SentenceView, m: Mention, k: int) -> bool:
    """Does the noun phrase ending at k stand in apposition to m, right after it and a comma
    ("Les FSR, groupe paramilitaire dirigé par X")?"""
    return m.end < len(s.tokens) and s.tokens[m.end] in COMMAS and k - m.end <= MAX_APPOSITION and \
        all(s.cover[j] is None and s.tokens[j][:1].isalpha() for j in range(m.end + 1, k + 1))


def _fronted_participle(s: SentenceView, out: Proposals, t: TriggerMatch, ce: int) -> bool:
    """"Accueilli à l'aéroport par le général Mohamed Toumba, Saddam Haftar a ...", "Welcomed by
    X, Y ...": a participle opening the sentence with its agent; the one acted on is the first
    other actor after the comma that closes the phrase. True when read so."""
    if not s.w.passive_marked or t.form != "verb" or t.frame != "agent" or \
            any(tok not in SKIPPABLE for tok in s.tokens[:t.start]):
        return False
    agent = passive_agent(s, t, ce)
    if agent is None or not agent.entity:
        return False
    agents = s.group(agent)
    end = max(m.end for m in agents)  # "Soutenu par les Émirats, l'Arabie saoudite et l'Égypte, X"
    comma = next((k for k in range(end, len(s.tokens)) if s.tokens[k] in COMMAS), None)
    if comma is None:
        return False
    named = {m.entity for m in agents}
    patient = next((m for m in s.mentions if m.start > comma and m.entity and m.entity not in named
                    and m.type in ACTORS), None)
    if patient is None or any(s.tokens[k] in COMMAS for k in range(comma + 1, patient.start)
                              if s.cover[k] is None or s.cover[k].entity != agent.entity):
        return False  # the actor right after the phrase (and the agent's apposition), or none
    # a passive's agents are not the clause's actor: the act told after it is the patient's
    # ("Soutenu par les Émirats, Haftar mène l'offensive contre Tripoli")
    out.add(agents, t, t.relation, [patient], SVO, source="participle")
    return True


def _participle_subject(s: SentenceView, out: Proposals, t: TriggerMatch) -> Mention | None:
    """"X visited Tripoli, meeting Y": a participle in -ing right after a comma, in a
    subject-first language, takes the subject of the verb told before it in the sentence,
    not the verb's object (a title's "led by" is no such verb)."""
    p = t.start
    if s.w.verb_first or p == 0 or s.tokens[p - 1] != "," or \
            not s.tokens[p].lower().endswith("ing"):
        return None
    for c in reversed(out.candidates):
        m = out.subject_mentions.get(id(c))
        if m is not None and c.trigger is not None and c.trigger.form == "verb" and \
                c.relation != "leads" and m.end <= c.trigger.start and c.trigger.end < p:
            return m
    return None


def _pair_before(s: SentenceView, p: int, cs: int) -> bool:
    """Is the last mention before the verb at p "the two countries" ("les deux parties")?"""
    before = [m for m in s.mentions if cs <= m.start and m.end <= p]
    return bool(before) and before[-1].kind == "pair" and not s.w.verb_first


def _unresolved_pronoun_before(s: SentenceView, p: int, cs: int) -> bool:
    """Is the last mention before the verb at p a pronoun whose person is unknown?"""
    before = [m for m in s.mentions if cs <= m.start and m.end <= p]
    return bool(before) and before[-1].kind == "anaphor" and before[-1].entity is None


def _unidentified_actor_before(s: SentenceView, p: int, cs: int) -> bool:
    """Is an office or a counterpart whose person is unknown named before the verb at p in
    its clause ("l'avion transportant le chef du CNSP a atterri")? Then the subject is not
    carried from the sentence before."""
    return any(m.kind in UNIDENTIFIED_ACTORS and m.entity is None
               for m in s.mentions if cs <= m.start and m.end <= p)


def _conjoined_subject(s: SentenceView, out: Proposals, t: TriggerMatch, after: Mention,
                       ce: int) -> Mention | None:
    """"زار الدبيبة النيجر والتقى الرئيس تياني": a verb joined by "و" to an earlier verb of its
    sentence shares that verb's subject when a single party follows it (the object: a subject of
    its own would come before a second party, and parties joined together are a joint subject:
    "ووقعت ليبيا والنيجر اتفاقا"). The earlier verb's subject, else None."""
    token = s.tokens[t.start]
    if t.end - t.start != 1 or not token.startswith("و") or t.relation not in SYMMETRIC:
        return None
    group = s.group(after)
    if len(group) > 1 or s.mention_after(group[-1].end, ce) is not None or any(
            m.start >= group[-1].end and m.end <= ce and m.entity for m in s.mentions):
        return None
    for c in reversed(out.candidates):
        if c.sentence != s.index or c.trigger is None or c.trigger.start >= t.start or c.source != "trigger":
            continue
        subject = out.subject_mentions.get(id(c))
        if subject is None or subject.type not in ("Person", "Organization", "Country") or subject in group:
            return None
        return subject
    return None


def _antecedent(s: SentenceView, m: Mention, cs: int, p: int) -> Mention | None:
    """"Fayez al-Sarraj, who heads the Tripoli government, traveled": the name before a
    relative clause set off by commas, not the nearest name m inside it, is the subject of the
    verb after it; so is the owner of a noun before the clause ("Niger's new leaders, who ousted
    Bazoum, demanded": Niger). No subject (None) when the noun before the clause names no one;
    m itself when there is no such clause."""
    if not any(s.tokens[k] in SKIPPABLE for k in range(m.end, p)):
        return m
    for r in range(m.start - 1, max(cs - 1, m.start - 9), -1):
        if (s.tokens[r] in s.w.relative or s.tokens[r] in s.doc.lexicon.single_words("possessive_relative")) \
                and r >= 2 and s.tokens[r - 1] in SKIPPABLE:
            found = s.cover[r - 2]  # "Haftar, whose LNA controls the east, met Sisi": Haftar met him
            if found is not None:
                return found if found.entity and found.type in ACTORS else None
            return _owner_before(s, r - 2, cs)
    return _apposition_head(s, m, cs, p) or m


MAX_APPOSITION = 8  # words of an apposition before the name inside it ("the commander of the")


def _apposition_head(s: SentenceView, m: Mention, cs: int, p: int) -> Mention | None:
    """"Gen Dagalo, the commander of the country's powerful Rapid Support Forces militia, was in
    Moscow": the person before an apposition set off by commas and opening with a determiner is
    the verb's subject, not the name inside the apposition."""
    if p == 0 or s.tokens[p - 1] not in COMMAS:
        return None
    for c in range(m.start - 1, max(cs, m.start - MAX_APPOSITION) - 1, -1):
        if (covering := s.cover[c]) is not None:
            # "Dagalo, the commander of the country": the name took in the title apposed to it
            titled = covering.type == "Person" and covering.entity and c == covering.end - 1 and \
                any(s.tokens[k] in COMMAS for k in range(covering.start, covering.end))
            return covering if titled else None
        if s.tokens[c] in COMMAS:
            head = s.cover[c - 1] if c > cs else None
            opens = c + 1 < m.start and s.tokens[c + 1] in s.w.determiner
            return head if head is not None and head.entity and head.type == "Person" and opens else None
    return None


MAX_OWNED = 3  # words of the noun owned ("new leaders", "military junta")
MAX_APPOSED = 3  # words of a common noun apposed to a name before its relative clause ("the warlord")
MAX_TO_PARTICIPLE = 3  # words between a patient and the comma of its participle ("the GNA's operation,")


def _owner_before(s: SentenceView, k: int, cs: int) -> Mention | None:
    """The owner of the noun that ends at k ("Niger's new leaders"), else None."""
    for j in range(k, max(cs, k - MAX_OWNED) - 1, -1):
        if s.cover[j] is not None:
            return None
        if s.tokens[j] in s.w.possessive:
            owner = s.cover[j - 1] if j > cs else None
            return owner if owner is not None and owner.entity and owner.type in ACTORS else None
    return None


def _unnamed_partner(s: SentenceView, k: int, ce: int) -> bool:
    """Does a party noun joined by "و" follow the subject ("اتفقت حكومة الوحدة الوطنية
    الليبية والحكومة النيجرية")? Then the verb's subjects are both there, one unnamed."""
    for j in range(k, min(k + 2, ce)):
        if any(prefix.startswith("و") and stem in s.w.party
               for prefix, stem, _ in noun_stems(s.tokens[j])[1:]):
            return True
    return False


def _served_antecedent(s: SentenceView, m: Mention) -> Mention:
    """The antecedent of a relative clause past the party a force serves: in "قوات X التابعة
    لـY، والتي تتمركز في Z" the clause is said of X, not of Y (word class ``serving``)."""
    k = m.start - 1
    if k < 1 or s.tokens[k] not in s.doc.lexicon.single_words("serving"):
        return m
    k -= 1
    while k >= 0 and s.cover[k] is None and s.tokens[k] in SKIPPABLE:
        k -= 1
    before = s.cover[k] if k >= 0 else None
    return before if before is not None and before.entity and before.type in ACTORS else m


def _governed(s: SentenceView, m: Mention) -> bool:
    """Is m governed by a preposition (before it or on it: "في النيجر", "بالنيجر")?"""
    return m.start > 0 and s.tokens[m.start - 1] in s.w.preposition or \
        any(c in m.clitic for c in "بلك")


def _located_place(s: SentenceView, m: Mention) -> Mention:
    """The place a locating place follows: "قاعدة X شرقي ليبيا" is said of the base X."""
    k = m.start - 1
    if k < 1 or s.tokens[k] not in s.doc.lexicon.single_words("direction"):
        return m
    before = s.cover[k - 1]
    return before if before is not None and before.entity and s.type_of(before.entity) == "Place" else m


def _resumptive_place(s: SentenceView, out: Proposals, t: TriggerMatch, m: Mention, ce: int) -> bool:
    """"قاعدة X، والتي تتمركز بها قوات Y": a pronoun on a located preposition right after the
    verb (word class ``resumptive_located``) stands for the place the clause is said of; the
    subject follows it."""
    if t.end >= ce or s.tokens[t.end] not in s.doc.lexicon.single_words("resumptive_located") or \
            s.type_of(m.entity or "") not in ("Place", "Country"):
        return False
    subject = s.mention_after(t.end + 1, ce)
    if subject is None or not subject.entity:
        return False
    out.add(s.group(subject), t, t.relation, [m], ADJACENT)
    return True


def _object_relative(s: SentenceView, out: Proposals, t: TriggerMatch, relative: int | None, ce: int) -> None:
    """"الجماعة التي يقودها إياد أغ غالي": the verb's object pronoun is the antecedent of the
    relative pronoun, its subject comes after it (past a title or nationality the subject's
    mention holds)."""
    after = s.doc.lexicon.single_words("clitic_antecedent")
    if relative is None and t.start and s.tokens[t.start - 1] in after:
        antecedent = _clause_subject_before(s, out, t.start)  # "حيث استقبله Y": the one who came
    elif relative is None or not relative:
        return
    else:
        antecedent = s.cover[relative - 1]
    if antecedent is None or not antecedent.entity:
        return
    subject = s.mention_after(t.end, ce)
    if subject is not None and subject.entity and subject.entity != antecedent.entity:
        out.add([subject], t, t.relation, [_served_antecedent(s, antecedent)], VSO)


def _clause_subject_before(s: SentenceView, out: Proposals, p: int) -> Mention | None:
    """The subject of the last relation proposed in the sentence before p, as a mention."""
    for c in reversed(out.candidates):
        if c.trigger is not None and c.trigger.start < p:
            return next((m for m in reversed(s.mentions) if m.entity == c.subject and m.end <= p), None)
    return None


def _described_in_state(s: SentenceView, t: TriggerMatch) -> Mention | None:
    """"les FSR, un groupe paramilitaire en conflit avec l'armée", "the RSF, a militia at war with
    the army": a state phrase (a trigger that opens with a preposition) after a common noun set
    off by a comma after a name is said of the name."""
    if s.w.verb_first or t.form != "verb" or not t.start or s.tokens[t.start] not in s.w.preposition:
        return None
    return _apposed_before(s, t.start - 1)


def _apposed_before(s: SentenceView, r: int) -> Mention | None:
    """"Mohamed Hamdan Dagalo, the warlord who leads the RSF": the relative clause is said of a
    common noun (a determiner and up to ``MAX_APPOSED`` words ending at r) set off by a comma
    after a name; the name is the clause's subject."""
    k = r
    while k >= 0 and r - k < MAX_APPOSED and s.cover[k] is None and s.tokens[k][:1].isalpha() and \
            s.tokens[k][:1].islower() and s.tokens[k] not in s.w.determiner:
        k -= 1
    if k == r or k < 1 or s.tokens[k] not in s.w.determiner or s.tokens[k - 1] not in COMMAS:
        return None
    n = before_acronym(s, k - 2)  # "les FSR (RSF), un groupe"
    m = s.cover[n] if n >= 0 else None
    return m if m is not None and m.entity and m.type in ACTORS else None


def _relative_before(s: SentenceView, p: int) -> int | None:
    """Position of the relative pronoun whose clause the verb at p opens ("التي تضم", "who
    met", "who has met", "which is also allied", "والتي تتمركز")."""
    for r in range(p - 1, max(-1, p - 4), -1):
        token = s.tokens[r]
        if token in s.w.relative or s.w.verb_first and token[:1] == "و" and token[1:] in s.w.relative:
            return r
        if s.cover[r] is not None or not token[:1].isalpha() or s.w.verb_first:
            return None
    return None


def _object_first(s: SentenceView, out: Proposals, t: TriggerMatch, ce: int) -> bool:
    """Verb, prepositional object, then subject: "وصل إلى العاصمة نيامي وفد ليبي"."""
    k = t.end
    if k >= ce or s.tokens[k] not in t.preps:
        return False
    obj = s.mention_after(k + 1, ce)
    if obj is None:
        return False
    objects = s.group(obj)
    subject = s.mention_after(objects[-1].end, ce)
    if subject is None or not subject.entity:
        return False
    out.add(s.group(subject), t, t.relation, objects, SVO)
    return True


def _emit_with_carried(s: SentenceView, out: Proposals, t: TriggerMatch, ce: int) -> None:
    objects, oc, _ = objects_after(s, t, t.end, ce)
    if objects and out.state.last_subject:
        out.add([out.state.last_subject], t, t.relation, objects, min(CARRIED, oc))
