"""What the frame families share: plain functions of the sentence view (and, for the agent of a
clause, of what has been proposed so far in it).

The objects of a trigger after a position (a pronoun object, a direct object past a place and a
day, a nationality adjective, the party behind the thing acted on, the object after one of the
trigger's prepositions), the parties doing the same "alongside", the agent of a clause (the
subject of the clause's last verb, else the nearest actor before), and whether a participle
tells of the event noun before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import ADJACENT, SVO

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals


def objects_after(s: SentenceView, t: TriggerMatch, q: int, ce: int) -> tuple[list[Mention], float, str]:
    """Objects after position q: direct (accusative/genitive) or after a preposition."""
    clitic = s.object_clitic(t) if t.direct else None
    if clitic is not None:
        return [clitic], ADJACENT, ""
    if t.direct:
        m = s.mention_after(q, ce) or s.mention_after(after_locative(s, q, ce), ce) or \
            nationality_after_adjective(s, q, ce)
        if m is not None and t.relation == "fight" and \
                any(s.w.comrade_link.match(s.tokens, j)[0] for j in range(q, m.start)):
            return [], 0.0, ""  # "fought alongside X": X is fought for (rules/comrades.py)
        if m is not None and t.relation == "meet" and _owns_an_act(s, s.group(m)[-1].end):
            return [], 0.0, ""  # "welcomed the LNA offensive", "welcomed Haftar's decision": no one met
        if m is not None:
            return s.group(m), ADJACENT, ""
        by = _object_by_after_noun(s, q, ce)
        if by is not None:
            return s.group(by), SVO, ""
        if t.relation == "fight" and (place := _place_of_target(s, q, ce)) is not None:
            return [place], ADJACENT, ""  # "attacked a luxury hotel in Bamako": Bamako
    if t.preps:
        m, prep = s.prep_object(q, ce, t.preps)
        if m is not None:
            return s.group(m), ADJACENT, prep
    past = after_aside(s, q, ce)
    if past != q:
        return objects_after(s, t, past, ce)
    return [], 0.0, ""


COMMAS = frozenset({",", "،"})


def _owns_an_act(s: SentenceView, k: int) -> bool:
    """Does a noun of an act or a stance (word class ``act_noun``: "offensive", "decision") follow
    the name ending at k, past a possessive ("Haftar's decision")?"""
    if k < len(s.tokens) and s.tokens[k] in s.w.possessive:
        k += 1
    return k < len(s.tokens) and s.cover[k] is None and s.tokens[k] in s.doc.lexicon.single_words("act_noun")


MAX_TARGET_WORDS = 4  # words naming what was attacked before the place it is in ("un hôtel de luxe")


def _place_of_target(s: SentenceView, q: int, ce: int) -> Mention | None:
    """"هاجم مسلحون فندقا فاخرا في باماكو", "attacked a luxury hotel in Bamako": a target the
    gazetteer does not name, a few plain words, then where it is: the town attacked (not a
    country or a region: "a hotel in Mali" says less than where)."""
    k, words = q, 0
    while k < ce and words <= MAX_TARGET_WORDS:
        token = s.tokens[k]
        if s.cover[k] is not None:
            return None
        if token in s.w.located and words:
            m = s.starts.get(k + 1)
            return m if m is not None and m.entity and s.type_of(m.entity) == "Place" and \
                s.g.kind_of(m.entity) != "region" else None  # "the insurgency in the Sahel region"
        if k in s.date_cover or token in s.w.determiner or token in s.w.genitive_first:
            k += 1
            continue
        if not token[:1].isalpha() or token in s.w.stop and token not in s.w.genitive_first or \
                s.is_trigger_start(k):
            return None
        words += 1
        k += 1
    return None


MAX_ASIDE = 8  # words of an aside between commas ("، وفقا للرئاسة الفرنسية،")


def after_aside(s: SentenceView, q: int, ce: int) -> int:
    """Past an aside between a verb's subject and its object: a circumstance word with a pronoun
    ("خلالها", "خلال زيارته": class ``visit_circumstance``) or a source between commas ("، وفقا
    للرئاسة،": ``attribution_aside``); q where there is none."""
    circumstance = s.doc.lexicon.single_words("visit_circumstance")
    attribution = s.doc.lexicon.single_words("attribution_aside")
    k = q
    while k < ce and s.tokens[k] in COMMAS:
        k += 1
    if k + 1 >= ce or s.cover[k] is not None:
        return q
    token = s.tokens[k]
    if any(suffix and stem in circumstance for _, stem, suffix in noun_stems(token)):
        return k + 1  # "والتقى X خلالها بـY"
    if token in circumstance and s.cover[k + 1] is None and \
            any(suffix for _, _, suffix in noun_stems(s.tokens[k + 1])):
        return k + 2  # "والتقى X خلال زيارته بـY"
    if token in attribution and k > q and s.tokens[k - 1] in COMMAS:
        for j in range(k + 1, min(ce, k + MAX_ASIDE)):
            if s.tokens[j] in COMMAS:
                return j + 1  # "التقى X، وفقا للرئاسة، Y"
    return q


def nationality_after_adjective(s: SentenceView, q: int, ce: int) -> Mention | None:
    """A nationality adjective after another adjective on the same noun: "التدخل العسكري
    التركي", "le déploiement militaire français" (a nisba or plain adjective, then the
    demonym that names the party)."""
    for k in range(q, min(q + 2, ce - 1)):
        if s.cover[k] is not None or not s.tokens[k][:1].isalpha() or \
                s.tokens[k] in s.w.stop or s.is_trigger_start(k) or \
                s.w.alongside.match(s.tokens, k)[0]:
            return None  # "fighting alongside Malian troops": partners, not the object
        m = s.starts.get(k + 1)
        if m is not None:
            return m if m.kind == "demonym" and m.entity else None
    return None


def after_locative(s: SentenceView, q: int, ce: int) -> int:
    """Past "في روما" between a verb's subject and its object ("استقبلت ميلوني في روما حفتر"),
    and a day before it ("a rencontré mercredi à Rome X")."""
    while q + 1 < ce and q in s.date_cover and s.cover[q] is None:
        q += 1
    if s.w.verb_first and (past := _past_locatives(s, q, ce)) != q:
        return past
    if q + 2 < ce and s.cover[q] is None and s.tokens[q + 1] in s.w.located and \
            _located_noun(s, s.tokens[q]):
        q += 1  # "استقبل حفتر بمكتبه في بنغازي X": the room before the town
    if q + 1 < ce and s.tokens[q] in s.w.located:
        place = s.mention_after(q + 1, ce)
        if place is not None and place.entity and s.type_of(place.entity) == "Place":
            return place.end
        if place is None and q + 2 < ce and s.cover[q + 1] is None and \
                s.tokens[q + 1][:1].isalpha() and s.starts.get(q + 2) is not None:
            return q + 2  # "استقبل في الإليزيه رئيس المجلس"
        if place is None and not s.w.verb_first:
            return _past_place_phrase(s, q + 1, ce)  # "à l'aéroport de Niamey, ce lundi, X"
    return q


MAX_LOCATIVES = 4  # locative phrases in a row between a verb and its object
MAX_LOCATIVE_WORDS = 4  # words of one, a place the gazetteer lacks ("مكتبه", "مقر القيادة العامة")


def _past_locatives(s: SentenceView, q: int, ce: int) -> int:
    """Past the locative phrases in a row that stand between a verb and its object in a
    verb-first language ("استقبل في مكتبه بمقر القيادة العامة، في بنغازي نائب وزير الدفاع
    الروسي"): each a locating word ("في", or "ب" glued to its noun) and a known place or a few
    plain words; the object's mention must follow right after them, else q itself."""
    k, phrases = q, 0
    while phrases < MAX_LOCATIVES and k < ce:
        if s.tokens[k] in COMMAS and phrases:
            k += 1
            continue
        token = s.tokens[k]
        if token in s.w.located:
            j = k + 1
        elif _located_noun(s, token) and s.cover[k] is None:
            j = k  # "بمقر": the noun itself carries the preposition
        else:
            break
        place = s.starts.get(j)
        if place is not None and place.entity and s.type_of(place.entity) == "Place":
            k, phrases = place.end, phrases + 1
            continue
        words = 0
        while j < ce and words < MAX_LOCATIVE_WORDS and _plain_place_word(s, j) and \
                (words == 0 or not _located_noun(s, s.tokens[j])):
            j, words = j + 1, words + 1
        if not words:
            break
        owner = s.starts.get(j)
        if owner is not None and owner.type in ("Organization", "ArmedGroup") and owner.end < ce and \
                (s.tokens[owner.end] in COMMAS or s.tokens[owner.end] in s.w.located):
            j = owner.end  # "بمقر القيادة العامة،": the place's owner, inside the phrase
        k, phrases = j, phrases + 1
    if not phrases or k >= ce:
        return q
    landed = s.starts.get(k)
    return k if landed is not None and landed.entity and not landed.clitic.lstrip("وف") and \
        landed.type in ("Person", "Organization", "Country", "ArmedGroup") else q


def _plain_place_word(s: SentenceView, j: int) -> bool:
    """Can the word at j name part of a place the gazetteer lacks: no mention, no trigger, no
    stop word, preposition or detached proclitic ("لـ")?"""
    token = s.tokens[j]
    return s.cover[j] is None and len(token) > 1 and token[:1].isalpha() and token not in s.w.stop and \
        token not in s.w.preposition and not s.is_trigger_start(j)


def _located_noun(s: SentenceView, token: str) -> bool:
    """A noun glued to a located preposition ("بمكتبه", "بمقره"): a one-letter located word
    (Arabic "ب") and a noun stem of two letters or more."""
    return len(token) > 3 and token[:1] in s.w.located and token not in s.w.stop and token.isalpha()


def _past_place_phrase(s: SentenceView, k: int, ce: int) -> int:
    """Past a place noun phrase after a locative preposition ("l'aéroport (international)
    (de Niamey)"); k itself when there is none."""
    start = k
    while k < ce and s.cover[k] is None and s.tokens[k] in s.w.determiner:
        k += 1
    n = s.w.place_noun.match(s.tokens, k)[0] if k < ce and s.cover[k] is None else 0
    if not n:
        return start
    k += n
    if k < ce and s.cover[k] is None and s.tokens[k][:1].isalpha() and \
            s.tokens[k] not in s.w.stop and not s.is_trigger_start(k):
        k += 1  # "l'aéroport international"
    gn = s.w.genitive_link.match(s.tokens, k)[0] if k < ce else 0
    if gn:
        place = s.starts.get(k + gn)
        if place is None or not place.entity or s.type_of(place.entity) != "Place":
            return start
        k = place.end
    return k


def _object_by_after_noun(s: SentenceView, q: int, ce: int) -> Mention | None:
    """"رفضت المقترح الذي تقدمت به X": the party behind the thing acted on."""
    k = q
    while k < ce and k - q <= 3 and s.cover[k] is None:
        n, _, _ = s.w.object_by.match(s.tokens, k)
        if n:
            return s.mention_after(k + n, ce)
        k += 1
    return None


def alongside(s: SentenceView, q: int, ce: int) -> list[Mention]:
    """"جنبا إلى جنب مع فرنسا وألمانيا": more parties doing the same."""
    k = q
    while k < ce and k - q <= 3:
        n, _, _ = s.w.alongside.match(s.tokens, k)
        if n:
            m = s.mention_after(k + n, ce)
            return s.group(m) if m is not None else []
        if s.cover[k] is not None or s.is_trigger_start(k):
            return []
        k += 1
    return []


def clause_agent(s: SentenceView, out: Proposals, p: int, cs: int) -> Mention | None:
    """The agent of the act at p in the clause from cs: the subject of the clause's last
    relation proposed from a trigger, else the nearest actor before p."""
    if _judged(s, p, cs):
        return None  # "أدانت الجزائر الهجوم على طرابلس": Algeria judges the attack, not makes it
    for c in reversed(out.candidates):
        m = out.subject_mentions.get(id(c))
        if m is not None and m.start >= cs and c.source == "trigger":
            return m
    agent = s.nearest_before(p, cs)
    if agent is not None and _own_unnamed_subject(s, agent.end, p):
        return None  # "وأضاف المسماري أن القوات تخوض مواجهات": the speaker reports the act
    return agent


def _own_unnamed_subject(s: SentenceView, q: int, p: int) -> bool:
    """Does a complement clause between q and p ("أن القوات ...", "that the forces ...") open
    with forces or a government the gazetteer cannot name? They, not the actor before the
    complementizer, are the agent of the act at p."""
    for k in range(q, p - 1):
        if s.tokens[k] in s.w.complementizer and s.cover[k + 1] is None and (
                s.forces_word(k + 1) or s.tokens[k + 1] in s.w.government):
            return True
    return False


def _judged(s: SentenceView, p: int, cs: int) -> bool:
    """Is the act at p the object of a verb that judges it ("أدان", "رحب", "انتقد") in the
    same clause? Its agent is then not the judge."""
    if not s.w.evaluation:
        return False
    for k in range(p - 1, cs - 1, -1):
        token = s.tokens[k]
        if token in s.w.complementizer or token in s.w.relative:
            return False
        if token in s.w.evaluation or token[:1] in ("و", "ف") and token[1:] in s.w.evaluation:
            return True
    return False



def participle_of_noun(s: SentenceView, t: TriggerMatch) -> bool:
    """Does the participle at t, its agent right after, follow an event noun of the same
    relation ("an agreement signed by X", "l'accord signé par X")?"""
    return agent_adjacent(s, t) and any(
        o.form == "noun" and o.end == t.start and o.relation == t.relation for o in s.triggers)


def agent_adjacent(s: SentenceView, t: TriggerMatch) -> bool:
    """Is the passive agent right after the participle ("the LNA, led by Haftar"), or after the
    place and day it names ("Tiani reçu à Moscou par Poutine")?"""
    k = after_locative(s, t.end, len(s.tokens)) if t.end < len(s.tokens) else t.end
    return k < len(s.tokens) and bool(s.w.passive_agent.match(s.tokens, k)[0])
