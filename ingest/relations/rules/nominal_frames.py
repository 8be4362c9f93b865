"""Nominal frames: the arguments of a verbal noun. "زيارة X إلى Y" (a genitive), "زيارته" (a
possessive suffix), "Haftar's visit" (a possessor), "بين X وY", "لزيارة تونس" (the place visited by
the clause's actor), "دعم الجزائر لحل" (a beneficiary after "ل"), "وجود مجموعات مسلحة" (a genitive
filled by a common noun), "جولة قادت X إلى Y", the agent in a relative clause after the noun
(:mod:`.noun_agents`), and invitations ("بدعوة من X"). Registered as the frame ``frames/nominal``,
the last frame: it takes every trigger no frame before it took. A noun left with a subject and no
object goes to ``Proposals.pending`` for ``frames/discourse``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import (
    ADJACENT,
    CARRIED,
    CLAUSE_AGENT,
    PAIR,
    PLACE_OBJECTS,
    SUFFIX,
    SVO,
    SYMMETRIC,
    TOPIC,
)
from sahelkg.ingest.relations.helpers import (
    alongside,
    clause_agent,
    nationality_after_adjective,
    objects_after,
    participle_of_noun,
)
from sahelkg.ingest.relations.marks import COMMAS, QUOTE_MARKS, SKIPPABLE
from sahelkg.ingest.relations.modality import denial_between
from sahelkg.ingest.relations.rules.discourse import inherit, salient_pair
from sahelkg.ingest.relations.rules.noun_agents import agent_in_relative
from sahelkg.ingest.relations.rules.support_sources import supporters_after
from sahelkg.ingest.relations.rules.withdrawals import FORCE_KINDS

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

MULTILATERAL = SYMMETRIC - {"meet"}  # relations a list "between" holds pairwise


def any_trigger(s: SentenceView, t: TriggerMatch) -> bool:
    """The triggers of this frame: all those the frames before it did not take."""
    return True


def nominal_frame(s: SentenceView, out: Proposals, t: TriggerMatch) -> None:
    """The ``frames/nominal`` frame: the arguments of the verbal noun at t (every trigger the
    frames before it did not take)."""
    cs, ce = s.clause(t.start)
    p = t.start
    if p > 0 and s.tokens[p - 1] in s.doc.lexicon.single_words("any_quantifier") and \
            not denial_between(s.doc.lexicon, s.tokens, cs, p):
        return  # "tout soutien à l'Ukraine", "any support": any one, no event ("نفت ... أي دعم" denies one)
    if any(v.form == "verb" and v.start == t.end and participle_of_noun(s, v) for v in s.triggers):
        return  # "the agreement signed by X": the participle after the noun names its agent
    if t.relation == "member_of" and _object_of_verb(s, t, cs):
        return  # "arrested a member of X": the member is the verb's unnamed object, X its party
    # "بين X وY"
    if any(prep in s.w.between for prep in t.preps):
        k = t.end
        while k < ce and k - t.end <= 3 and s.tokens[k] not in s.w.between and \
                s.cover[k] is None:
            k += 1
            if k < ce and k in s.date_cover or _place_after_located(s, k):
                k = _past_adjunct(s, k, ce)  # "clashes broke out in Tripoli on Tuesday between"
        if k < ce and s.tokens[k] in s.w.between:
            m = s.mention_after(k + 1, ce)
            if m is not None and (second := _side_past_supporters(s, m, ce)) is not None:
                out.add([m], t, t.relation, [second], PAIR)  # "بين الجيش المدعوم من فاغنر وبين X"
                return
            if m is not None:
                parties = s.group(m)
                if len(parties) == 1 and parties[0].kind == "pair":
                    salient_pair(s, out, t)
                    return
                if len(parties) >= 2:
                    # "a pact between Burkina Faso, Mali and Niger": an alliance, an agreement or
                    # cooperation holds between each two of them; a meeting or a clash "between"
                    # a list is the first's with the rest (the others may be one side)
                    firsts = parties[:-1] if t.relation in MULTILATERAL else parties[:1]
                    for i, first in enumerate(firsts):
                        out.add([first], t, t.relation, parties[i + 1:], PAIR)
                    return
                return  # "clashes between X and unnamed men": the clause's actor is no side
    if t.frame == "from_agent":
        _invitation(s, out, t, cs, ce)
        return
    if t.frame == "agent" and not t.suffix:
        agent, clause = agent_in_relative(s, t, ce)  # "الهجوم الذي تشنه قوات حفتر على X"
        if clause:
            objects, oc, _ = objects_after(s, t, agent.end, ce) if agent and agent.entity else ([], 0.0, "")
            if agent is not None and objects:
                out.add(s.group(agent), t, t.relation, objects, min(SVO, oc))
            return
    subject: list[Mention] = []
    certainty = 0.0
    q = t.end
    genitive = s.mention_after(t.end, ce) if not t.suffix else None
    if genitive is not None and genitive.start - t.end > 1 and not _men_of(s, t.end, genitive):
        genitive = None  # a genitive follows its noun directly
    if genitive is None and not t.suffix:
        genitive = nationality_after_adjective(s, t.end, ce)  # "الانتشار العسكري الفرنسي"
    link = s.w.genitive_link.match(s.tokens, t.end)[0] if t.end < ce else 0
    if genitive is None and link and (t.frame == "patient" or s.tokens[t.end] not in t.preps):
        genitive = s.mention_after(t.end + link, ce)  # "la visite du président", "arrest of X"
        if genitive is None and t.frame != "patient":
            return  # "the presence of foreign forces": the noun's own agent is no entity
    if genitive is not None and genitive.entity and t.relation in SYMMETRIC and \
            (second := _dashed_partner(s, genitive, ce)) is not None:
        out.add([genitive], t, t.relation, [second], PAIR)  # "لقاء حفتر - شويغو"
        return
    possessor = _possessor(s, p)
    if possessor is not None and t.frame != "patient" and not t.suffix:
        # "Haftar's visit to Niamey": the possessor does it
        subject, certainty = s.group_ending(possessor), ADJACENT
        objects, oc, _ = objects_after(s, t, t.end, ce)
        if not objects and (requester := _requester(s, out, t, possessor.start, cs)) is not None:
            out.add(subject, t, t.relation, [requester], CLAUSE_AGENT)  # "asked for Libya's aid"
            return
        if objects:
            out.add(subject, t, t.relation, objects, min(certainty, oc))
        else:
            out.pending.append((t, subject, certainty))
        return
    if t.frame == "agent" and not t.suffix and _agent_after_patient(s, out, t, genitive, ce):
        return
    if genitive is None and not t.suffix and t.preps:
        genitive = _actor_before_prep(s, t, ce)
    if t.frame == "patient":
        stated, by = _noun_agent_after(s, t, ce)
        if t.suffix:
            subject, certainty = s.referent(p, t.suffix), SUFFIX
        elif stated:
            # "اعتقال X على يد ثوار الزنتان": the agent is named after the patient
            subject, certainty = (s.group(by), ADJACENT) if by is not None and by.entity else ([], 0.0)
        elif p > cs and s.tokens[p - 1] in s.w.backgrounding:
            subject, certainty = [], 0.0  # "بعد اعتقال X": an earlier event, its agent unsaid
        else:
            agent = clause_agent(s, out, p, cs)
            subject, certainty = ([agent], CLAUSE_AGENT) if agent else ([], 0.0)
        objects = s.group(genitive) if genitive is not None else []
        if objects and _beneficiary_follows(s, objects[-1].end, ce):
            # "دعم الجزائر لحل سياسي": the genitive gives the support, "ل" names who gets it
            m, _ = s.prep_object(objects[-1].end, ce, ("ل",))
            if m is not None:
                out.add(objects, t, t.relation, s.group(m), ADJACENT)
            return
        if not objects and t.preps:
            m, _ = s.prep_object(t.end, ce, t.preps)
            objects = s.group(m) if m is not None else []
        if objects and not t.suffix and _requester(s, out, t, p, cs) is not None:
            subject, objects = objects, subject  # "طلب مساعدة ليبيا": Libya is asked to give it
        if subject and objects:
            out.add(subject, t, t.relation, objects, min(certainty or CLAUSE_AGENT, ADJACENT))
        return
    if t.suffix:
        subject, certainty = s.referent(p, t.suffix), SUFFIX
        if t.suffix == "dual" and len(subject) == 2:
            out.add([subject[0]], t, t.relation, [subject[1]], SUFFIX)
            return
    elif genitive is not None and genitive.entity and t.relation in PLACE_OBJECTS and \
            genitive.kind != "demonym" and s.type_of(genitive.entity) in ("Place", "Country") and \
            not (link and t.relation == "deploy") and \
            s.prep_object(genitive.end, ce, t.preps)[0] is None:  # "la présence de la France":
        # the country present, not where (the link "de" names the one present)
        # "لزيارة تونس": the place visited, the visitor is the clause's actor
        if any(o.relation == "invite" and o.start >= cs and 0 <= p - o.end <= 6 for o in s.triggers) \
                or s.invited(p, cs):
            return  # "دعوة (من X) لزيارة تونس": what the invitation asks for, no visit yet
        agent = clause_agent(s, out, p, cs)
        if agent is not None:
            out.add(s.group_ending(agent), t, t.relation, s.group(genitive), CLAUSE_AGENT)
        return
    elif genitive is not None and genitive.entity:
        subject, certainty = s.group(genitive), ADJACENT
        q = subject[-1].end
    elif genitive is not None:
        return  # the genitive is an actor we cannot name: attach nothing rather than guess
    elif t.relation == "deploy" and _filled_genitive(s, t, ce):
        if t.relation == "cooperate":
            out.pending.append((t, [], 0.0))
        return  # "وجود مجموعات مسلحة": the noun's own subject is named, and is no entity
    else:
        agent = clause_agent(s, out, p, cs)
        if agent is not None:
            subject, certainty = s.group_ending(agent), CLAUSE_AGENT
    objects, oc, _ = objects_after(s, t, q, ce)
    if not objects and q != t.end:
        objects, oc, _ = objects_after(s, t, t.end, ce)
        objects = [o for o in objects if o not in subject]
    if subject and not objects and genitive is not None and \
            (requester := _requester(s, out, t, p, cs)) is not None:
        objects, oc = [requester], CLAUSE_AGENT  # "a sollicité l'aide de la Libye"
    if subject and objects:
        subject = subject + alongside(s, objects[-1].end, ce)
        out.add(subject, t, t.relation, objects, min(certainty, oc))
    elif subject:
        out.pending.append((t, subject, certainty))
    elif objects and t.relation in ("cooperate", "ally", "agree", "meet") and not t.suffix:
        inherit(s, out, t, objects)
    elif not subject and not objects:
        inherit(s, out, t, [])


def _side_past_supporters(s: SentenceView, m: Mention, ce: int) -> Mention | None:
    """"بين الجيش المالي المدعوم من طرف مجموعة فاغنر، وبين الإطار": the other side of a list
    "between" whose first side is told with its supporters: the party after them (past "و",
    "وبين", "and", "et"), or the last of them when two or more are joined ("المدعوم من مصر وقوات
    الدعم السريع"); None when the first side has no supporters named."""
    backers = supporters_after(s, m, ce)
    if not backers:
        return None
    if len(backers) >= 2:
        return backers[-1]
    k = backers[-1].end
    while k < ce and s.cover[k] is None and (s.tokens[k] in COMMAS or s.tokens[k] in s.w.between or
                                            s.tokens[k] in s.w.coordination or
                                            s.tokens[k][:1] == "و" and s.tokens[k][1:] in s.w.between):
        k += 1
    other = s.starts.get(k)
    return other if other is not None and other.entity and other.entity != m.entity else None


DASHES = frozenset({"-", "–", "—", ""})  # "" : a lone tatweel ("ـ"), emptied by normalisation


def _dashed_partner(s: SentenceView, m: Mention, ce: int) -> Mention | None:
    """"لقاء حفتر ـ شويغو", "la rencontre Haftar-Shoigu": the party joined to m by a dash."""
    k = m.end
    if k + 1 >= ce or s.tokens[k] not in DASHES or s.cover[k] is not None:
        return None
    other = s.starts.get(k + 1)
    return other if other is not None and other.entity and other.entity != m.entity and \
        s.type_of(other.entity) in ("Person", "Country", "Organization", "ArmedGroup") else None


REQUEST_REACH = 3  # words between a verb of asking and the support noun asked for ("طلب مساعدة")


def _requester(s: SentenceView, out: Proposals, t: TriggerMatch, k: int, cs: int) -> Mention | None:
    """"Bazoum a sollicité l'aide de la Libye", "طلب بازوم مساعدة ليبيا", "asked for Libya's
    help": a support noun (or its possessor, starting at k) after a verb of asking (word class
    ``request_verb``) is what the clause's actor asks of the one named with the noun; the actor
    (None when there is no such verb or no actor)."""
    if t.relation != "support":
        return None
    verbs = s.doc.lexicon.single_words("request_verb")
    j, words, named = k - 1, 0, 0
    while j >= cs and words <= REQUEST_REACH:
        token = s.tokens[j]
        m = s.cover[j]
        if m is not None:
            named += 1  # "طلب بازوم مساعدة ليبيا": the asker may stand between verb and noun
            if named > 1 or not s.w.verb_first:
                return None
            j = m.start - 1
            continue
        if (token in verbs or any(stem in verbs for _, stem, _ in noun_stems(token)[1:])) and \
                not (j > cs and s.tokens[j - 1] in s.w.determiner):  # "une demande d'aide du X"
            agent = clause_agent(s, out, j + 1, cs) if not named else s.cover[j + 1]
            return agent if agent is not None and agent.entity else None
        if token not in SKIPPABLE and j not in s.date_cover:
            words += 1
        j -= 1
    return None


def _place_after_located(s: SentenceView, k: int) -> bool:
    """Is the word at k the place named after "in"/"à" ("in Tripoli"), or a country after "in"
    and one word ("في شمالي مالي", "in northern Mali")?"""
    m = s.cover[k] if k < len(s.tokens) else None
    if m is None or m.start != k or k == 0 or m.entity is None:
        return False
    if s.tokens[k - 1] in s.w.located:
        return s.type_of(m.entity) == "Place"
    return k > 1 and s.tokens[k - 2] in s.w.located and s.cover[k - 1] is None and \
        s.type_of(m.entity) in ("Place", "Country")


def _past_adjunct(s: SentenceView, k: int, ce: int) -> int:
    """Past the places and dates from k on ("in Tripoli on Tuesday"), with their prepositions."""
    while k < ce:
        if k in s.date_cover:
            k += 1
        elif _place_after_located(s, k) and (place := s.cover[k]) is not None:
            k = place.end
        elif s.tokens[k] in s.w.preposition and (k + 1 in s.date_cover or
                                                       _place_after_located(s, k + 1)):
            k += 1
        else:
            break
    return k


def _agent_after_patient(s: SentenceView, out: Proposals, t: TriggerMatch, genitive: Mention | None,
                         ce: int) -> bool:
    """"the attack on the Malian army by JNIM", "l'attaque du camp de l'armée malienne par le
    JNIM", "الهجوم على X من قبل Y": a passive agent after the noun's object names who did it; the
    genitive is then the one acted on. True when the agent was read so."""
    stated, by = _noun_agent_after(s, t, ce)
    if not stated or by is None or not by.entity:
        return False
    agents = s.group(by)
    if genitive is not None and genitive.entity and genitive.start < by.start:
        objects = s.group(genitive)
    else:
        objects, _, _ = objects_after(s, t, t.end, by.start)
    objects = [o for o in objects if o.end <= by.start and o.entity not in {a.entity for a in agents}]
    if not objects:
        return False
    out.add(agents, t, t.relation, objects, ADJACENT)
    return True


def _noun_agent_after(s: SentenceView, t: TriggerMatch, ce: int) -> tuple[bool, Mention | None]:
    """Is the agent of a verbal noun stated after it ("على يد X", "من قبل X"), and who is it?"""
    for k in range(t.end, ce):
        n, _, _ = s.w.passive_agent.match(s.tokens, k)
        if n:
            return True, s.mention_after(k + n, ce)
        if s.is_trigger_start(k):
            break
    return False, None


def _possessor(s: SentenceView, p: int) -> Mention | None:
    """The mention before a possessive ending before the noun at p ("Haftar's (recent) visit")."""
    if not s.w.possessive:
        return None
    for k in range(p - 1, max(-1, p - 3), -1):
        if s.tokens[k] in s.w.possessive:
            m = s.cover[k - 1] if k else None
            return m if m is not None and m.entity else None
        if s.tokens[k] not in s.w.noun_marker or s.cover[k] is not None:
            return None
    return None


def _filled_genitive(s: SentenceView, t: TriggerMatch, ce: int) -> bool:
    """Is the word after a verbal noun its genitive, a common noun ("وجود مجموعات")?
    Adjectives (nisba: "العسكري", "أمنيا"), prepositions, function words and the things a
    force deploys ("نشر قوات") leave the slot open."""
    k = t.end
    if k >= ce:
        return False
    token = s.tokens[k]
    if not token[:1].isalpha() or token in s.w.stop or token in t.preps or k in s.date_cover:
        return False
    stems = [stem for _, stem, suffix in noun_stems(token) if not suffix]
    if any(stem in s.w.forces or stem in s.w.stop for stem in stems):
        return False
    if any(p and p.lstrip("وف")[:1] in ("ب", "ل", "ك") for p, _, _ in noun_stems(token)[1:]
           if not p.lstrip("وف").startswith("ال")):
        return False
    return not token.endswith(("ي", "يه", "يا", "يين", "يون", "ين"))


def _actor_before_prep(s: SentenceView, t: TriggerMatch, ce: int) -> Mention | None:
    """"جولة قادت X إلى Y": an actor one word after the noun, right before its preposition."""
    for k in range(t.end + 1, min(ce, t.end + 3)):
        m = s.starts.get(k)
        if m is None:
            continue
        if m.type == "Person" and m.entity and m.end < ce and s.tokens[m.end] in t.preps:
            return m
        return None
    return None


def _invitation(s: SentenceView, out: Proposals, t: TriggerMatch, cs: int, ce: int) -> None:
    """"(تلقى) دعوة من X" / "بدعوة من X": X invites the clause's main actor; "بمساعدة X", "with
    the aid of X": X supports it."""
    if t.direct and not t.preps:
        inviter = s.mention_after(t.end, ce)  # "بمساعدة فاغنر", "بمساندة شركاء روس": no preposition
    else:
        k = t.end
        while k < ce and k - t.end <= 2 and s.tokens[k] not in t.preps:
            k += 1
        if k >= ce or s.tokens[k] not in t.preps:
            return
        inviter = s.mention_after(k + 1, ce)
    if inviter is None or not inviter.entity:
        return
    guest: Mention | None = None
    for c in out.candidates:
        m = out.subject_mentions.get(id(c))
        # the clause's own actor, not a title's: "X backed Y, while Z received support from W"
        if m is not None and c.trigger is not None and c.trigger.form == "verb" and \
                c.relation != "leads" and m.start >= cs:
            guest = m
            break
    if guest is None:
        kinds = {"Person", "Country", "Organization"} | ({"ArmedGroup"} if t.relation == "support" else set())
        guest = s.nearest_before(t.start, 0, frozenset(kinds))
    inviters = s.group(inviter)  # "support from the UAE and Egypt": each of them
    if guest is not None:
        out.add(inviters, t, t.relation, [guest], TOPIC)
    elif out.state.last_subject:
        out.add(inviters, t, t.relation, [out.state.last_subject], CARRIED)


def _beneficiary_follows(s: SentenceView, q: int, ce: int) -> bool:
    if q >= ce:
        return False
    token = s.tokens[q]
    return token == "ل" or any(p.lstrip("وف")[:1] == "ل" and not p.lstrip("وف").startswith("ال")
                               for p, _, _ in noun_stems(token)[1:])


MAX_MEN_WORDS = 3  # words naming the men of a force between a verbal noun and the force


def _men_of(s: SentenceView, k: int, m: Mention) -> bool:
    """"وصول عناصر من فيلق أفريقيا", "وجود قوات "فاغنر"": force nouns, quotes and "من" between
    the noun at k and the force m whose men they are, a force noun first."""
    if not m.entity or s.g.kind_of(m.entity) not in FORCE_KINDS or not 0 < m.start - k <= MAX_MEN_WORDS \
            or not _force_noun(s, s.tokens[k]):
        return False
    return all(_force_noun(s, token) or token in s.w.partitive or token in QUOTE_MARKS
               for token in s.tokens[k + 1:m.start])


def _force_noun(s: SentenceView, token: str) -> bool:
    return any(stem in s.w.forces for _, stem, suffix in noun_stems(token) if not suffix)


def _object_of_verb(s: SentenceView, t: TriggerMatch, cs: int) -> bool:
    """Is the noun at t the object of a verb trigger just before it ("a arrêté un membre du
    JNIM", "killed several members of ISWAP"): only determiners and counts between them?"""
    k = t.start
    while k > cs:
        token = s.tokens[k - 1]
        if token in s.w.determiner or token.isdigit() or token in s.w.partitive:
            k -= 1
            continue
        # "un certain nombre des membres", "a number of members": counts and their links
        j = next((j for j in range(max(cs, k - 3), k) if s.w.quantity.match(s.tokens, j)[0] == k - j
                  or s.w.genitive_link.match(s.tokens, j)[0] == k - j), None)
        if j is None:
            break
        k = j
    return any(v.form == "verb" and v.end == k and v.relation != t.relation for v in s.triggers)

