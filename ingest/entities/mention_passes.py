"""Passes over the mentions of one sentence, after they are found (``entities/mentions.py``): what
a mention right beside another makes of it. A body's own nationality adjective joins the body; a
bracketed gloss joins what it glosses; an envoy of a head of state becomes his country's
delegation; a title that makes a person a country's leader is dropped where the gazetteer's
offices say he never held one of its offices; a country named with a junta word is the military
council that ruled it at the article date."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from sahelkg.ingest.entities.gazetteer import Gazetteer, PhraseTable
from sahelkg.ingest.job.pipeline import Mention


class EnvoyWords(Protocol):
    """The word tables the envoy pass reads (a language's mention tables have them)."""

    envoy: PhraseTable  # "مبعوث", "conseiller", "envoy"
    envoy_link: PhraseTable  # "du", "of", "to"
    leader: PhraseTable  # head-of-state titles
    determiner: frozenset[str]


def leaders_of_record(mentions: list[Mention], g: Gazetteer) -> None:
    """A title that makes a person the leader of a country ("Libyan leader Marshal Khalifa
    Haftar", "الرئيس الروسي" read onto the man he congratulates) holds only if the gazetteer, where
    it records the person's offices, has him in an office of that country at some time (its head
    of state or of government, a minister): a commander of a national force or a foreign head of
    state is no leader of the country named."""
    for m in mentions:
        if m.type != "Person" or not m.entity or not m.leads or g.type_of(m.leads) != "Country":
            continue
        held = g.offices_held.get(m.entity, ())
        if held and not any(o.of == m.leads for o in held):
            m.leads = None


def envoys(tokens: list[str], mentions: list[Mention], g: Gazetteer, t: EnvoyWords,
            when: date | None) -> list[Mention]:
    """An envoy or adviser of a head of state ("un conseiller spécial du Président égyptien, Abdel
    Fattah Al-Sissi", "an envoy of President X", "مبعوث الرئيس المصري") acts for his country, as
    a delegation does: the envoy noun, a genitive link (none in Arabic), and the head of state
    become one mention of the country. The envoy's own name after him ("the US envoy Richard
    Norland") is another construction: only a head of state after the noun makes it."""
    if not t.envoy:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        country = _head_of_state_country(m, g, when)
        start = _envoy_before(tokens, m.start, t, out[-1].end if out else 0, m.head > m.start) \
            if country else None
        if country and start is None and m.kind == "titled" and _envoy_titled(tokens, m, t):
            start = m.start  # "un conseiller spécial du Président égyptien, X": read as X's title
        if start is not None and country:
            # the head of state still stands in the article, as the one who leads the country
            out.append(Mention(start, m.end, country, "Country", "delegation", head=start, led_by=m.entity))
            continue
        out.append(m)
    return out


def _head_of_state_country(m: Mention, g: Gazetteer, when: date | None) -> str | None:
    """The country a person mention's title or office at ``when`` makes him head of."""
    if m.type != "Person" or not m.entity:
        return None
    if m.leads and g.type_of(m.leads) == "Country":
        return m.leads
    found = {o.of for o in g.office_held(m.entity, ("head_of_state",), when) if g.type_of(o.of) == "Country"}
    return next(iter(found)) if len(found) == 1 else None


def _envoy_titled(tokens: list[str], m: Mention, t: EnvoyWords) -> bool:
    """Does a titled mention open with an envoy noun whose genitive link or head-of-state title
    comes before the name ("an envoy of President X", not "US envoy Richard Norland")?"""
    p = m.start + (1 if tokens[m.start] in t.determiner else 0)
    if p >= m.head or t.envoy.match(tokens, p, article_ok=True)[0] != 1:
        return False
    return any(t.envoy_link.match(tokens, k)[0] or t.leader.match(tokens, k)[0] for k in range(p + 1, m.head))


def _envoy_before(tokens: list[str], start: int, t: EnvoyWords, floor: int, titled: bool) -> int | None:
    """Where an envoy noun (with its article, and an adjective or two: "special", "الخاص") and a
    genitive link end at ``start``; None if they do not. With no link (Arabic), the head of state
    must be named by his title ("مبعوث الرئيس المصري", ``titled``)."""
    k = start
    for n in range(1, 3):  # "du", "de la", "of", "to"
        if k - n >= floor and t.envoy_link.match(tokens, k - n)[0] == n:
            k -= n
            break
    if k == start and not titled:
        return None  # "المستشار عقيلة صالح": an honorific before a name, no envoy of his
    for _ in range(3):
        if k - 1 < floor:
            return None
        n, _, _ = t.envoy.match(tokens, k - 1, article_ok=True)
        if n == 1:
            j = k - 1
            return j - 1 if j - 1 >= floor and tokens[j - 1] in t.determiner else j
        if not tokens[k - 1][:1].isalpha():
            return None
        k -= 1  # "conseiller spécial", "special envoy": an adjective between
    return None


_OPENING = frozenset({"(", "["})
_CLOSING = {"(": ")", "[": "]"}


def absorb_glosses(tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """A name in brackets right after a name of the same entity glosses it ("la Confédération des
    États du Sahel (AES)", "قوات الدعم السريع (RSF)"): it is part of that mention, so the words
    around the pair read as around one name; so does the name of what a titled person leads or
    belongs to ("Assimi Goïta, président de la Confédération des États du Sahel (AES), a
    accueilli ...": the apposition ends at the bracket, Goïta is the one who received)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.entity and m.entity in (prev.entity, prev.leads, prev.member_of) and \
                m.start == prev.end + 1 and \
                tokens[prev.end] in _OPENING and m.end < len(tokens) and \
                tokens[m.end] == _CLOSING[tokens[prev.end]]:
            prev.end = m.end + 1
            continue
        out.append(m)
    return out


def absorb_own_demonyms(mentions: list[Mention], g: Gazetteer) -> list[Mention]:
    """A nationality adjective right next to an organisation or force of that nationality
    qualifies it ("قوات الدعم السريع السودانية", "les FSR soudanaises", "the Russian Wagner
    group"): it is part of that mention, not a party of its own."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.end == m.start and _own_demonym(prev, m, g):
            prev.end = m.end  # the adjective after the body
            continue
        if prev is not None and prev.end == m.start and _own_demonym(m, prev, g):
            m.start = prev.start  # the adjective before the body
            out[-1] = m
            continue
        out.append(m)
    return out


def _own_demonym(body: Mention, adjective: Mention, g: Gazetteer) -> bool:
    return adjective.kind == "demonym" and adjective.type == "Country" and bool(body.entity) and \
        body.type in ("Organization", "ArmedGroup") and body.kind in ("name", "owned") and \
        adjective.entity is not None and g.country_of(body.entity or "") == adjective.entity


def named_counterparts(mentions: list[Mention]) -> list[Mention]:
    """"نظيره المالي الكولونيل أسيمي غويتا", "son homologue malien, Assimi Goïta": a counterpart
    named right after the phrase is the counterpart, whoever holds the office at the article
    date (and with no date, when the office alone names nobody)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "counterpart" and m.start == prev.end and \
                m.type == "Person" and m.entity:
            m.start = prev.start
            out[-1] = m
            continue
        out.append(m)
    return out


def shared_armed_forces(tokens: list[str], mentions: list[Mention], g: Gazetteer,
                        coordination: frozenset[str], genitive: PhraseTable) -> None:
    """"les forces armées du Burkina Faso et du Mali", "the armed forces of Burkina Faso and of
    Mali": a country joined to a national army's own country (a coordination word, then a genitive
    link) stands for its army too."""
    for prev, m in zip(mentions, mentions[1:], strict=False):
        if m.type != "Country" or m.kind != "name" or not m.entity or not prev.entity or \
                g.kind_of(prev.entity) != "armed_forces" or g.country_of(prev.entity) == m.entity:
            continue
        k = prev.end
        if k >= m.start or tokens[k] not in coordination:
            continue
        n = genitive.match(tokens, k + 1)[0]
        army = g.national_army(m.entity)
        if n and k + 1 + n == m.start and army is not None:
            m.entity, m.type = army, g.type_of(army)


class CouncilWords(Protocol):
    """The word tables the ruling-council pass reads."""

    council: PhraseTable  # "junta", "ruling junta", "putschists", "junte"
    council_link: PhraseTable  # "of", "in", "au", "de": between the junta and its country
    determiner: frozenset[str]
    possessive_word: frozenset[str]  # "'s"


def ruling_councils(tokens: list[str], mentions: list[Mention], g: Gazetteer, t: CouncilWords,
                    when: date | None) -> None:
    """A country named with a junta word ("Niger's ruling junta", "the Nigerien junta", "the coup
    plotters in Niger", "la junte nigérienne", "la junte au pouvoir au Niger") is the military
    council that ruled it at the article date (gazetteer/ruling_councils.jsonl), where one did:
    the mention takes the council and the junta's words. Elsewhere it stays the country. A person
    titled as the junta's head ("رئيس المجلس العسكري الجنرال X", "junta leader X") leads the council."""
    if not t.council:
        return
    taken = [False] * len(tokens)
    for m in mentions:
        for k in range(m.start, m.end):
            taken[k] = True
    for m in mentions:
        if m.type == "Person" and m.leads and g.type_of(m.leads) == "Country" and m.head > m.start:
            council = g.ruling_council(m.leads, when)  # "رئيس المجلس العسكري الجنرال X", "the junta
            if council is not None and any(t.council.match(tokens, k)[0]  # leader X": the council's
                                           for k in range(m.start, m.head)):
                m.leads = council
            continue
        if m.type != "Country" or not m.entity:
            continue
        council = g.ruling_council(m.entity, when)
        if council is None:
            continue
        span = _council_after(tokens, m, t, taken) or _council_inside(tokens, m, t) or \
            _council_before(tokens, m, t, taken)
        if span is None:
            continue
        m.start, m.end = min(m.start, span[0]), max(m.end, span[1])
        m.entity, m.type, m.kind = council, g.type_of(council), "name"


def _council_after(tokens: list[str], m: Mention, t: CouncilWords,
                   taken: list[bool]) -> tuple[int, int] | None:
    k = m.end
    if k < len(tokens) and tokens[k] in t.possessive_word:
        k += 1  # "Niger's junta"
    n = t.council.match(tokens, k)[0] if k < len(tokens) else 0
    return (m.start, k + n) if n and not any(taken[k:k + n]) else None


def _council_inside(tokens: list[str], m: Mention, t: CouncilWords) -> tuple[int, int] | None:
    """"the Nigerien junta": a demonym mention that took the junta's noun as its party."""
    if m.kind != "demonym":
        return None
    return (m.start, m.end) if any(t.council.match(tokens, k)[0] for k in range(m.start, m.end)) else None


def _council_before(tokens: list[str], m: Mention, t: CouncilWords,
                    taken: list[bool]) -> tuple[int, int] | None:
    """"la junte nigérienne", "the junta of Niger", "la junte au pouvoir au Niger"."""
    j = m.start
    while j > 0 and tokens[j - 1] in t.determiner and not taken[j - 1]:
        j -= 1
    for link in range(1, 3):  # "of", "in", "au", "based in"
        if j - link >= 0 and t.council_link.match(tokens, j - link)[0] == link:
            j -= link
            break
    for start in range(max(0, j - 4), j):
        if t.council.match(tokens, start)[0] == j - start and not any(taken[start:j]):
            return (start, m.end)
    return None


def bracketed_countries(tokens: list[str], mentions: list[Mention], g: Gazetteer,
                        when: date | None) -> None:
    """A person with a country in brackets right after him, in a list of leaders ("le général
    Abdourahamane Tiani (Niger), le colonel Assimi Goïta (Mali)"), leads that country when the
    gazetteer's offices have him leading it at the article date (any date, in an undated one)."""
    for prev, m in zip(mentions, mentions[1:], strict=False):
        if prev.type != "Person" or not prev.entity or prev.leads or m.type != "Country" or \
                not m.entity or m.start != prev.end + 1 or tokens[prev.end] != "(" or \
                m.end >= len(tokens) or tokens[m.end] != ")":
            continue
        if any(o.holder == prev.entity for o in g.holders(m.entity, None, when, leading_only=True)):
            prev.leads = m.entity
