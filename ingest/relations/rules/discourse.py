"""Attachment that looks beyond one trigger to what the sentence and the article have told: the
host of a visit as the other party, cooperation inherited from the agreement or visit it belongs
to, "بين البلدين" and "the two countries" as the two parties the article is about.

The frames call :func:`salient_pair`, :func:`pair_subject` and :func:`inherit` for the trigger
they attach; the registered rule ``frames/discourse`` (:func:`unresolved_objects`) runs right
after the frames and settles the triggers they left with a subject and no object
(``Proposals.pending``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import (
    INHERITED,
    PAIR,
    SALIENT_PAIR,
    STATE_RELATIONS,
    SVO,
    SYMMETRIC,
)

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

MULTILATERAL = frozenset({"agree", "ally", "cooperate"})
PARTY_TYPES = frozenset({"Person", "Country", "Organization", "ArmedGroup"})
PAIR_LOOK_BACK = 2  # earlier sentences searched for the two parties of "the two countries"


def unresolved_objects(s: SentenceView, out: Proposals) -> None:
    """The ``frames/discourse`` rule: each trigger the frames left with a subject and no object
    (``out.pending``), resolved from what the sentence and the article told."""
    for t, subject, certainty in out.pending:
        resolve_no_object(s, out, t, subject, certainty)


def salient_pair(s: SentenceView, out: Proposals, t: TriggerMatch) -> None:
    """"بين البلدين": the two countries of the sentence, or the two the article is about when
    two clearly stand out."""
    here: list[str] = []
    for m in s.mentions:
        if m.end <= t.start and m.entity and s.type_of(m.entity) == "Country" and m.entity not in here:
            here.append(m.entity)
    if len(here) == 2:
        out.add([here[0]], t, t.relation, [here[1]], PAIR)
        return
    countries = sorted(((n, e) for e, n in s.doc.salience.items()
                        if s.type_of(e) == "Country"), reverse=True)
    if len(countries) < 2 or countries[1][0] < 2:
        return
    if len(countries) > 2 and countries[2][0] == countries[1][0]:
        return
    out.add([countries[0][1]], t, t.relation, [countries[1][1]], SALIENT_PAIR)


def pair_subject(s: SentenceView, out: Proposals, t: TriggerMatch) -> None:
    """"The two countries agreed", "les deux parties ont discuté": the parties of the last
    relation between two actors told in this sentence or the two before it, else the two
    countries of the sentence or the article (as for "بين البلدين")."""
    earlier = [c for c in s.doc.candidates if c.sentence >= s.index - PAIR_LOOK_BACK]
    for c in reversed(out.candidates + earlier):
        if c.source != "trigger" or c.relation in STATE_RELATIONS or c.subject == c.object:
            continue
        if s.type_of(c.subject) in PARTY_TYPES and s.type_of(c.object) in PARTY_TYPES:
            out.add([c.subject], t, t.relation, [c.object], SALIENT_PAIR)
            return
    salient_pair(s, out, t)


def stated_partner(s: SentenceView, t: TriggerMatch, ce: int) -> bool:
    """Is the other party stated but not an entity ("التعاون مع الأعضاء الآخرين")?"""
    for k in range(t.end, min(ce, t.end + 4)):
        token = s.tokens[k]
        if s.cover[k] is not None:
            return False
        if token in t.preps or token in ("مع", "بين", "with", "between", "avec", "entre"):
            after = s.cover[k + 1] if k + 1 < len(s.tokens) else None
            return after is None or after.type != "Place"  # "se sont affrontés à Khartoum": where
    return False


def mutual_fight(s: SentenceView, t: TriggerMatch) -> bool:
    """Is the fight trigger one whose subjects fight each other ("clashed", "s'affrontent")?"""
    said = tuple(s.tokens[t.start:t.end])
    if s.w.verb_first and said and said[0][:1] in ("و", "ف") and len(said[0]) > 3:
        said = (said[0][1:], *said[1:])  # "واشتبك"
    return said in s.doc.lexicon.word_class("mutual_fight")


def resolve_no_object(s: SentenceView, out: Proposals, t: TriggerMatch, subject: list[Mention],
                      certainty: float) -> None:
    """A symmetric relation with one party named: the other is the host of the visit during
    which it happened ("اتفق الوفد، خلال زيارته بنغازي، على ...")."""
    if t.relation == "fight" and len(subject) >= 2 and certainty >= SVO and mutual_fight(s, t) and \
            not stated_partner(s, t, s.clause(t.start)[1]):
        # "The LNA and the GNA clashed", "اشتبك الجيش وقوات الدعم السريع": the sides fight each
        # other when the verb says so (word class ``mutual_fight``)
        out.add([subject[0]], t, "fight", subject[1:2], certainty)
        return
    if t.relation in SYMMETRIC and len(subject) >= 2 and certainty >= SVO and \
            not stated_partner(s, t, s.clause(t.start)[1]):
        # "وقعت روسيا ومالي اتفاقية": coordinated parties with each other; an agreement or
        # an alliance binds every pair of them
        if t.relation in MULTILATERAL:
            for k, first in enumerate(subject[:-1]):
                out.add([first], t, t.relation, subject[k + 1:], certainty)
        else:
            out.add([subject[0]], t, t.relation, subject[1:], certainty)
        return
    if t.relation not in ("cooperate", "agree"):
        return
    if stated_partner(s, t, s.clause(t.start)[1]):
        return
    ids = {m.entity for m in subject}
    visits = [c for c in out.candidates if c.relation == "visit" and c.subject in ids and
              c.trigger is not None and c.trigger.start > t.start]
    hosts = {s.g.country_of(c.object) or c.object for c in visits}
    if len(hosts) == 1:
        out.add([visits[0].subject], t, t.relation, [hosts.pop()], min(certainty, INHERITED),
                  source="inherited")
        return
    inherit(s, out, t, [])


def inherit(s: SentenceView, out: Proposals, t: TriggerMatch, objects: list[Mention]) -> None:
    """Cooperation named as the content of an agreement, meeting or visit ("الزيارة بحثت
    تعزيز التعاون") is between the same parties, when they are one pair."""
    if t.relation != "cooperate" or stated_partner(s, t, s.clause(t.start)[1]):
        return
    clause = s.clause(t.start)
    for c in reversed(out.candidates):
        if c.trigger is t or c.relation not in ("agree", "meet", "visit") or c.trigger is None:
            continue
        if s.clause(c.trigger.start) != clause:
            return
        pairs = {(x.subject, x.object) for x in out.candidates if x.trigger is c.trigger}
        if len(pairs) != 1:
            return
        other = s.g.country_of(c.object) if c.relation == "visit" else c.object
        if other:
            out.add([c.subject], t, t.relation, [other], INHERITED, source="inherited")
        return
