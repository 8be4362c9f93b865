"""Organisations and the parties around them, read from phrases rather than one trigger.

An alliance founded by a signed instrument: "وقعت مالي والنيجر وبوركينا فاسو ميثاقا لتأسيس تحالف
دول الساحل" — the signatories ally each other (the instrument is an alliance, not just an
agreement) and are founding members of the alliance named after the founding word (the class
``founding`` in words.tsv: "لتأسيس", "المنشئ"). Without a named organisation after it the
signing stays an agreement.

An organisation or force headed by a person or a country named after a heading phrase (the class
``delegation_head``: "برئاسة", "بقيادة", "يقوده"): "قوات الدعم السريع بقيادة محمد حمدان دقلو",
"التحالف الدولي الذي تقوده الولايات المتحدة" — the one named leads it. A delegation headed so is
left to the mention reader (its head visits; a delegation is no organisation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.commanders import ARMED_KINDS
from sahelkg.ingest.entities.mentions import _reference_date
from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
from sahelkg.ingest.relations.certainty import ADJACENT
from sahelkg.ingest.relations.finders import past_acronym
from sahelkg.ingest.relations.marks import COMMAS, HEADS, SKIPPABLE

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

ORGANISATIONS = frozenset({"Organization", "ArmedGroup"})
MAX_RANK = 8  # words of rank between a heading phrase and the person named after it ("le général de
# division à la retraite, Khalifa Haftar")
MAX_FOUNDING_SPAN = 20  # words between the signing verb and the founding word (parties, date, place)


def founded_alliances(s: SentenceView, out: Proposals) -> None:
    """Signatories of an instrument founding an organisation ally each other and join it."""
    for t in s.triggers:
        if t.relation != "agree" or t.form != "verb":
            continue
        signed = [c for c in out.candidates if c.trigger is t and c.relation == "agree"]
        founded = _founded_after(s, t) if signed else None
        if founded is None or not founded.entity:
            continue
        parties: list[str] = []
        for c in signed:
            c.relation = "ally"
            parties += [p for p in (c.subject, c.object) if p not in parties]
        for party in parties:
            out.add([party], t, "member_of", [founded], ADJACENT)


def _founded_after(s: SentenceView, t: TriggerMatch) -> Mention | None:
    """The organisation named after a founding word in the verb's clause."""
    _, ce = s.clause(t.start)
    for k in range(t.end, min(ce, t.end + MAX_FOUNDING_SPAN)):
        if s.tokens[k] not in s.w.founding:
            continue
        j = k + 1
        while j < ce and s.tokens[j] in SKIPPABLE:
            j += 1
        m = s.starts.get(j)
        return m if m is not None and m.type in ORGANISATIONS else None
    return None


def headed_organisations(s: SentenceView, out: Proposals) -> None:
    """The person or country named after "بقيادة"/"برئاسة"/"الذي يقوده" leads the
    organisation or force just before it."""
    tokens = s.tokens
    for m in s.mentions:
        if not m.entity or m.type not in ORGANISATIONS or m.kind == "delegation":
            continue
        k = past_acronym(s, m.end)  # "les Forces armées arabes libyennes (Faal) de Khalifa Haftar"
        if k < len(tokens) and tokens[k] in SKIPPABLE:
            k += 1
        if k < len(tokens) and tokens[k] in s.w.genitive_first and (head := _known_head(s, m, k + 1)):
            out.add([head], None, "leads", [m], ADJACENT, source="role")  # "the GNA of Fayez al-Sarraj"
            continue
        adjective = s.starts.get(k)
        if adjective is not None and adjective.kind == "demonym" and not adjective.plural:
            k = adjective.end  # "قوات الدعم السريع السودانية التي يقودها"
        if k < len(tokens) and tokens[k] in s.w.relative:
            k += 1  # "الذي يقوده"
        n = s.w.head.match(tokens, k)[0] if k < len(tokens) else 0
        if not n:
            continue
        head = _head_after(s, k + n)
        if head is not None:
            out.add([head], None, "leads", [m], ADJACENT, source="role")
    _whose_forces(s, out)
    _unnamed_forces(s, out)


def _whose_forces(s: SentenceView, out: Proposals) -> None:
    """"Haftar, whose Libyan National Army controls the east", "Haftar, dont l'ANL ...": the
    person before a possessive relative (word class ``possessive_relative``) leads the force or
    organisation right after it."""
    whose = s.doc.lexicon.single_words("possessive_relative")
    for k, token in enumerate(s.tokens):
        if token not in whose or k < 2 or s.tokens[k - 1] not in COMMAS:
            continue
        person = s.cover[k - 2]
        j = k + 1
        while j < len(s.tokens) and s.tokens[j] in s.w.determiner:
            j += 1
        body = s.starts.get(j)
        if person is not None and person.entity and person.type == "Person" and body is not None and \
                body.entity and body.type in ORGANISATIONS and body.kind == "name":
            out.add([person], None, "leads", [body], ADJACENT, source="role")


def _known_head(s: SentenceView, m: Mention, k: int) -> Mention | None:
    """The person named in a genitive after an organisation ("l'ANL de Khalifa Haftar"), when the
    gazetteer knows him as one who has held an office leading it."""
    head = _head_after(s, k)
    if head is None or head.type != "Person" or not head.entity:
        return None
    held = s.g.office_held(head.entity, None, None)
    if any(o.leads and o.of == m.entity for o in held):
        return head
    # "les Signataires par le sang du terroriste Mokhtar Belmokhtar": an armed group and the
    # militia leader it is named after
    leader = s.g.kind_of(head.entity) == "militia_leader"
    return head if leader and s.type_of(m.entity or "") == "ArmedGroup" else None


def _head_after(s: SentenceView, k: int) -> Mention | None:
    """The person or country right after a heading phrase; a person may stand after a few words
    of rank ("بقيادة الفريق الأول الركن X") that no mention covers."""
    head = s.starts.get(k)
    if head is not None:
        return head if head.entity and head.type in HEADS and head.kind != "demonym" else None
    for j in range(k + 1, min(len(s.tokens), k + 1 + MAX_RANK)):
        covering = s.cover[j - 1]
        if covering is not None and covering.kind != "demonym" or covering is None and \
                not (s.tokens[j - 1][:1].isalpha() or s.tokens[j - 1] in COMMAS):
            return None  # "dirigée par le général de division à la retraite, Khalifa Haftar" passes the
            # comma, "du terroriste algérien X" the nationality
        head = s.starts.get(j)
        if head is not None and head.kind == "demonym":
            continue  # "du terroriste algérien X": past the nationality
        if head is not None:
            return head if head.entity and head.type == "Person" and head.kind in ("name", "titled") else None
    return None


def _unnamed_forces(s: SentenceView, out: Proposals) -> None:
    """"قوات الجيش بقيادة X", "forces led by X": a force noun no name covers, then a heading phrase
    and a person: the person leads the one armed force the gazetteer's offices say he commanded
    at the article's date."""
    tokens = s.tokens
    nouns = s.w.forces | s.doc.lexicon.single_words("army_noun")
    when = _reference_date(s.doc)
    for k in range(1, len(tokens)):
        n = s.w.head.match(tokens, k)[0]
        if not n or s.cover[k - 1] is not None or tokens[k - 1] not in nouns:
            continue
        head = _head_after(s, k + n)
        if head is None or head.type != "Person":
            continue
        led = {o.of for o in s.g.office_held(head.entity or "", None, when)
               if o.leads and s.g.kind_of(o.of) in ARMED_KINDS}
        if len(led) == 1 and head.leads not in led:
            out.add([head], None, "leads", [led.pop()], ADJACENT, source="role")
