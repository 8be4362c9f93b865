"""Deployments read from forces withdrawn or sent (a national army deployed abroad deploying its
country too is settled for every rule in :mod:`sahelkg.ingest.relations.proposals`).

Withdrawal of forces: "سحب قوات X من Y", "انسحاب القوات الفرنسية من مالي", "سحبت فرنسا
قواتها من مالي".

A force withdrawn from a place was deployed there: an analyst reading of troops leaving a country
records their presence in it (the deployment, dated by the withdrawal). Only forces are read so:
the thing withdrawn must be troops (a word of the ``forces`` class, with or without a possessive
ending: "قواتها"), a named force, or a nationality adjective on troops ("جندي أمريكي"); an
ambassador or a recognition withdrawn ("سحب السفير", "سحب اعترافها") states no deployment.
Triggers of this kind carry the frame ``withdraw`` in triggers.tsv. Forces sent to a place are
read the same way (frame ``send``: "a envoyé 1000 soldats au Niger", "sent 1,000 soldiers to
Niger"); a letter or a message sent names no forces and gives nothing. Forces that leave a place
named as the verb's direct object were deployed there too ("French troops left Mali", "les
soldats américains ont quitté le Niger", "غادرت القوات الفرنسية مالي": a withdrawal trigger with
no preposition), and so are they where they head for after it (class ``heading_to`` of words.tsv:
"غادروا ليبيا في اتجاه أوكرانيا", "ont quitté le Mali pour le Niger"); a person leaving a town is
no force and gives nothing. Registered as the frame
``frames/withdrawal``: it attaches every trigger of those two frames.

A traveller who leaves a place visited it: "Belousov a quitté Niamey", "غادر وزير الدفاع الروسي
نيامي", "Avant de quitter le Niger, le Premier ministre libyen ..." — a person (or a delegation)
leaving a place outside his own country gives a visit of it, and of the place he heads for
("left Niamey for Bamako"). A person leaving his own country or capital visits nothing there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import word_table
from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import ADJACENT, CLAUSE_AGENT
from sahelkg.ingest.relations.helpers import clause_agent
from sahelkg.ingest.relations.marks import QUOTE_MARKS

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

WITHDRAW = "withdraw"
SEND = "send"  # forces sent to a place ("a envoyé 1000 soldats au Niger") are deployed there
FORCE_TYPES = frozenset({"ArmedGroup"})
FORCE_KINDS = frozenset({"pmc", "armed_forces", "army_unit", "paramilitary", "armed_group", "militia",
                         "military_operation"})
MAX_SPAN = 8  # words between the withdrawal and the place it is from
MAX_AUXILIARIES = 3  # "have been withdrawn", "ont été retirés"
BLOCS = frozenset({"intergovernmental", "alliance"})  # blocs of states a state leaves: it rejects them


def withdrawal_trigger(s: SentenceView, t: TriggerMatch) -> bool:
    """The triggers of this frame: forces withdrawn or sent (frames ``withdraw``, ``send``)."""
    return t.frame in (WITHDRAW, SEND)


def withdrawal(s: SentenceView, out: Proposals, t: TriggerMatch) -> None:
    """The ``frames/withdrawal`` frame. Who withdraws forces from where: the forces (or the
    country named by their adjective) between the trigger and "من", else the clause's actor,
    are deployed in the place after it."""
    cs, ce = s.clause(t.start)
    if t.frame == WITHDRAW and _bloc_left(s, out, t, cs, ce):
        return
    if not t.preps:
        if t.form != "verb" or not _traveller_left(s, out, t, cs, ce):
            _left_place(s, out, t, cs, ce)
        return
    k = t.end
    while k < ce and k - t.end <= MAX_SPAN and not (_prep_at(s, k, t.preps) and s.cover[k] is None
                                                    and not _names_forces(s, k + _prep_at(s, k, t.preps))):
        m = s.starts.get(k)
        k = m.end if m is not None else k + 1
    n = _prep_at(s, k, t.preps) if k < ce else 0
    if not n:
        return
    place = s.mention_after(k + n, ce)
    if place is None or not place.entity or s.type_of(place.entity) not in ("Place", "Country"):
        return
    between = [m for m in s.mentions if t.end <= m.start < k and m.entity]
    forces = [m for m in between if _is_force(s, m)]
    troops = any(_troops_word(s, j) for j in range(t.end, k) if s.cover[j] is None)
    if not forces and not troops and t.form == "verb":
        forces = _forces_before(s, t, cs)  # "US troops pulled out of Niger"
    if not forces and not troops:
        return
    if t.frame == SEND and forces and all(m.kind == "demonym" for m in forces):
        # "أرسلت تركيا مرتزقة سوريين إلى ليبيا", "la Turquie a envoyé des mercenaires syriens": the
        # sender deploys them, not the country of their nationality
        sender = s.starts.get(t.end) if s.w.verb_first else clause_agent(s, out, t.start, cs)
        if sender is not None and sender.kind != "demonym" and sender not in forces and \
                s.type_of(sender.entity or "") in ("Country", "Organization", "ArmedGroup"):
            forces = [sender]
    actors = forces or [m for m in between if s.type_of(m.entity or "") in ("Country", "Organization")]
    certainty = ADJACENT
    if not actors:
        agent = _withdrawing_actor(s, out, t, cs)
        if agent is None:
            return
        actors, certainty = [agent], CLAUSE_AGENT
    out.add(actors, t, "deploy", [place], certainty)


def _bloc_left(s: SentenceView, out: Proposals, t: TriggerMatch, cs: int, ce: int) -> bool:
    """"Mali, Burkina Faso and Niger withdrew from ECOWAS", "le Mali a quitté le G5 Sahel",
    "أعلنت مالي انسحابها من مجموعة دول الساحل الخمس": a state or a body that leaves a bloc of
    states (gazetteer kind ``intergovernmental`` or ``alliance``) rejects it. The bloc follows the
    trigger's preposition, or the verb itself when it takes none ("quitter"); the one leaving is
    the group of parties right before the verb (or its auxiliaries), else the clause's actor."""
    k = t.end
    subject = s.starts.get(k) if s.w.verb_first and t.form == "verb" else None
    if subject is not None and subject.entity:
        k = subject.end  # "انسحبت مالي من": the subject stands between the verb and the bloc
    else:
        subject = None
    if t.preps:
        n = _prep_at(s, k, t.preps) if k < ce else 0
        if not n:
            return False
        k += n
    bloc = s.mention_after(k, ce)
    if bloc is None or not bloc.entity or s.g.kind_of(bloc.entity) not in BLOCS or \
            any(s.cover[j] is not None for j in range(k, bloc.start)):
        return False
    if subject is not None:
        if s.type_of(subject.entity or "") in ("Country", "Organization") and subject.entity != bloc.entity:
            out.add(s.group_ending(subject) or [subject], t, "reject", [bloc], ADJACENT)
        return True
    leaving: list[Mention] = []
    j = t.start
    while j > cs and t.start - j < MAX_AUXILIARIES and s.cover[j - 1] is None and \
            s.tokens[j - 1] in s.w.auxiliary:
        j -= 1
    before = next((m for m in s.mentions if m.end == j and m.entity), None)
    if before is not None:
        leaving = s.group_ending(before)
    if not leaving:
        agent = _withdrawing_actor(s, out, t, cs)
        leaving = [agent] if agent is not None else []
    leaving = [m for m in leaving if s.type_of(m.entity or "") in ("Country", "Organization") and
               m.entity != bloc.entity]
    if leaving:
        out.add(leaving, t, "reject", [bloc], ADJACENT if before is not None else CLAUSE_AGENT)
    return True


def _left_place(s: SentenceView, out: Proposals, t: TriggerMatch, cs: int, ce: int) -> None:
    """"French troops left Mali", "غادرت القوات الفرنسية مالي": the forces that leave a place named
    as the direct object were deployed there. After the trigger stand only determiners, the forces
    (in a verb-first language) and the place; the forces are those words, else the verb's subject."""
    forces: list[Mention] = []
    troops = False
    k = t.end
    while k < ce and k - t.end <= MAX_SPAN:
        m = s.cover[k]
        if m is None:
            if s.tokens[k] in s.w.determiner:
                k += 1
                continue
            if not _troops_word(s, k):
                return
            troops = True
            k += 1
            continue
        if not m.entity:
            return
        if _is_force(s, m):
            forces.append(m)
        elif s.type_of(m.entity) in ("Place", "Country"):
            break
        elif not troops:
            return
        else:
            forces.append(m)  # "غادرت قوات فرنسا مالي": the troops' country
        k = m.end
    else:
        return
    place = s.cover[k]
    if place is None:
        return
    if not forces and not troops and t.form == "verb":
        forces = _forces_before(s, t, cs)
    if not forces:
        return
    if all((s.g.country_of(place.entity or "") or place.entity) != f.entity for f in forces):
        out.add(forces, t, "deploy", [place], ADJACENT)
    to = _heading_to(s, place, ce)
    if to is not None:
        out.add(forces, t, "deploy", [to], ADJACENT)  # "غادروا ليبيا في اتجاه أوكرانيا"


def _heading_to(s: SentenceView, place: Mention, ce: int) -> Mention | None:
    """The place or country named after the one left, past a ``heading_to`` phrase ("pour",
    "في اتجاه"), if any."""
    heading = word_table(s.doc.lexicon, "heading_to")
    n = heading.match(s.tokens, place.end)[0] if place.end < ce else 0
    to = s.mention_after(place.end + n, ce) if n else None
    return to if to is not None and to.entity and s.type_of(to.entity) in ("Place", "Country") else None


def _traveller_left(s: SentenceView, out: Proposals, t: TriggerMatch, cs: int, ce: int) -> bool:
    """A person or delegation leaving a place abroad (see the module docstring): True when the
    trigger's object is a place and its subject a traveller, whether or not a visit came of it."""
    traveller: Mention | None = None
    k = t.end
    while k < ce and k - t.end <= MAX_SPAN:
        m = s.cover[k]
        if m is None:
            if s.tokens[k] not in s.w.determiner:
                return False
            k += 1
            continue
        if not m.entity:
            return False
        if traveller is None and s.w.verb_first and _is_traveller(s, m):
            traveller = m  # "غادر وزير الدفاع الروسي نيامي"
            k = m.end
            continue
        break
    else:
        return False
    place = s.cover[k]
    if place is None or not place.entity or s.type_of(place.entity) not in ("Place", "Country"):
        return False
    certainty = ADJACENT
    if traveller is None:
        traveller, certainty = clause_agent(s, out, t.start, cs), CLAUSE_AGENT
    if traveller is None or not traveller.entity or not _is_traveller(s, traveller):
        return False
    home = traveller.entity if s.type_of(traveller.entity) == "Country" else s.g.country_of(traveller.entity)
    if home is None:
        return True
    for where in (place, _heading_to(s, place, ce)):
        if where is not None and where.entity and (s.g.country_of(where.entity) or where.entity) != home:
            out.add([traveller], t, "visit", [where], certainty)
    return True


def _is_traveller(s: SentenceView, m: Mention) -> bool:
    """A person, or a delegation (named by its country or its head)."""
    return bool(m.entity) and (s.type_of(m.entity or "") == "Person" or m.kind == "delegation")


def _names_forces(s: SentenceView, k: int) -> bool:
    """Do the forces withdrawn stand at k, after a genitive that is also the trigger's
    preposition ("le retrait des forces françaises du Niger")?"""
    if k >= len(s.tokens):
        return False
    m = s.starts.get(k)
    return _troops_word(s, k) if m is None else _is_force(s, m) and m.kind != "demonym"


def _prep_at(s: SentenceView, k: int, preps: tuple[str, ...]) -> int:
    """Length of the trigger's preposition at k ("from", "out of"), 0 if none is there."""
    for prep in preps:
        words = prep.split()
        if tuple(s.tokens[k:k + len(words)]) == tuple(words):
            return len(words)
    return 0


def _forces_before(s: SentenceView, t: TriggerMatch, cs: int) -> list[Mention]:
    """The forces that are the verb's subject: named, or troops of the party named before
    ("US troops", "les soldats français", "Wagner fighters"), right before it or its
    auxiliaries ("have withdrawn")."""
    k = t.start
    while k > cs and k - t.start > -MAX_AUXILIARIES and s.cover[k - 1] is None and \
            (s.tokens[k - 1] in s.w.auxiliary or s.tokens[k - 1] in QUOTE_MARKS):
        k -= 1  # 'عنصر من "فاغنر" غادروا': past the closing quote of the name
    troops = k > cs and s.cover[k - 1] is None and _troops_word(s, k - 1)
    end = k - 1 if troops else k
    m = next((x for x in s.mentions if x.end == end and x.entity), None)
    if m is None:
        return []
    group = s.group_ending(m)
    if troops and all(s.type_of(x.entity or "") in ("Country", "Organization", "ArmedGroup") for x in group):
        return group
    return group if all(_is_force(s, x) for x in group) else []


def _is_force(s: SentenceView, m: Mention) -> bool:
    if m.kind == "demonym":
        return True  # "جندي أمريكي", "القوات الفرنسية": the country's troops
    entity = m.entity or ""
    return s.type_of(entity) in FORCE_TYPES or s.g.kind_of(entity) in FORCE_KINDS


def _troops_word(s: SentenceView, k: int) -> bool:
    """Troops, possessive endings allowed ("قواتها", "جنودها")."""
    return any(stem in s.w.forces for _, stem, _ in noun_stems(s.tokens[k]))


def _withdrawing_actor(s: SentenceView, out: Proposals, t: TriggerMatch, cs: int) -> Mention | None:
    """The actor of the clause: right after a verb ("سحبت فرنسا"), else before the trigger."""
    if t.form == "verb":
        after = s.starts.get(t.end)
        if after is not None and after.entity:
            return after
    return clause_agent(s, out, t.start, cs)
