"""Attacks told from their target or with their author after the noun.

A target before a noun of attack: "le Niger est la cible d'attaques jihadistes", "la région de
Diffa est le théâtre de nombreuses attaques de Boko Haram", "le Niger est confronté à des
attaques menées par Boko Haram" — the one named before the cue (class ``attack_target`` of
words.tsv: "cible", "théâtre", "confronté") is attacked, not attacking; the attacker is the
author named after the noun (``attack_by``: "menées par", "perpétrées par"; or a genitive "de
Boko Haram"), else the unnamed side the noun's adjective names ("attaques jihadistes"). The
trigger is claimed, so that its own frame does not make the target the attacker.

An author after the noun of attack ("une attaque menée par le groupe Boko Haram contre une
position de l'armée", "dix soldats nigériens ont été tués dans une attaque menée par Boko
Haram"): the author attacks the one named after "contre"/"sur", else the forces killed or
wounded before it (a country's troops are its armed forces), else the town where it happened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable, word_table
from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
from sahelkg.ingest.relations.certainty import SVO
from sahelkg.ingest.relations.clauses import is_trigger_start
from sahelkg.ingest.relations.marks import SKIPPABLE

if TYPE_CHECKING:
    from sahelkg.ingest.language.lexicon import Lexicon
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

ATTACKERS = frozenset({"Organization", "ArmedGroup", "Country"})
GROUPS = frozenset({"Organization", "ArmedGroup"})
TARGETS = frozenset({"Country", "Place", "Organization", "ArmedGroup"})
MAX_CUE_GAP = 6  # words between the target cue and the noun ("le théâtre depuis février 2015 de")
MAX_TO_AUTHOR = 4  # words between the noun and its author's link ("attaque terroriste meurtrière")
MAX_TARGET_BEFORE = 6  # words between the target and its cue ("le Niger est depuis 2013 confronté")
MAX_DESCRIPTION = 3  # common words before the author's name ("le groupe terroriste")
ATTACK_CERTAINTY = SVO

_TABLES: dict[int, tuple[frozenset[str], PhraseTable, frozenset[str]]] = {}


def _words(lexicon: Lexicon) -> tuple[frozenset[str], PhraseTable, frozenset[str]]:
    if id(lexicon) not in _TABLES:
        _TABLES[id(lexicon)] = (lexicon.single_words("attack_target"),
                                PhraseTable((p, p) for p in lexicon.word_class("attack_by")),
                                lexicon.single_words("casualty_word"))
    return _TABLES[id(lexicon)]




def _cue_before(s: SentenceView, t: TriggerMatch) -> int | None:
    """Where a target cue stands before the noun at t ("la cible d'", "le théâtre de")."""
    cues, _, _ = _words(s.doc.lexicon)
    cs, _ = s.clause(t.start)
    for k in range(t.start - 1, max(cs - 1, t.start - 1 - MAX_CUE_GAP), -1):
        if (covering := s.cover[k]) is not None and covering.entity:
            return None
        if s.tokens[k] in cues:
            return k
    return None


def _author_after(s: SentenceView, t: TriggerMatch) -> tuple[Mention | None, int]:
    """The author named after the noun at t (by a link of ``attack_by`` or a genitive), and
    where its mention ends."""
    _, by, _ = _words(s.doc.lexicon)
    _, ce = s.clause(t.start)
    k = t.end
    while k < ce and k - t.end <= MAX_TO_AUTHOR:
        if (covering := s.cover[k]) is not None:
            if covering.kind == "generic":
                k = covering.end  # "attaques terroristes menées par"
                continue
            return None, k
        linked = by.match(s.tokens, k)[0]
        if linked or s.tokens[k] in s.w.genitive_first:
            n = linked or s.w.genitive_link.match(s.tokens, k)[0] or 1
            author = s.mention_after(k + n, ce) or _named_after_noun(s, k + n, ce)
            # a genitive names an armed group or a force ("attaques de Boko Haram"), not a
            # country ("les attaques du Mali" may be the ones it suffers)
            allowed = ATTACKERS if linked else GROUPS
            if author is not None and author.entity and (
                    s.type_of(author.entity) in allowed or author.kind == "generic"):
                return author, author.end
            return None, k
        k += 1
    return None, k


def _named_after_noun(s: SentenceView, k: int, ce: int) -> Mention | None:
    """"le groupe terroriste Boko Haram": the name after a few common words describing it."""
    for j in range(k, min(ce, k + MAX_DESCRIPTION + 1)):
        m = s.cover[j]
        if m is not None:
            return m if m.start == j and m.kind != "generic" else None
        if not s.tokens[j].isalpha() and s.tokens[j] not in s.w.determiner:
            return None
    return None


def _unnamed_after(s: SentenceView, t: TriggerMatch) -> Mention | None:
    """"attaques jihadistes": the unnamed side named right after the noun."""
    m = s.starts.get(t.end)
    return m if m is not None and m.kind == "generic" and m.entity else None


def _target_before(s: SentenceView, cue: int) -> Mention | None:
    cs, _ = s.clause(cue)
    for m in reversed([m for m in s.mentions if m.end <= cue and m.start >= cs]):
        if cue - m.end > MAX_TARGET_BEFORE:
            return None
        if m.entity and s.type_of(m.entity) in TARGETS:
            return m
    return None


def claims_targeted_attack(s: SentenceView, t: TriggerMatch) -> bool:
    """A noun of attack after a target cue is read by :func:`targeted_attacks` alone."""
    return t.relation == "fight" and _cue_before(s, t) is not None


def targeted_attacks(s: SentenceView, out: Proposals) -> None:
    """"le Niger est la cible d'attaques menées par Boko Haram": Boko Haram fights Niger."""
    if not _words(s.doc.lexicon)[0]:
        return
    for t in s.triggers:
        if t.relation != "fight":
            continue
        cue = _cue_before(s, t)
        if cue is None:
            continue
        target = _target_before(s, cue)
        author = _author_after(s, t)[0] or _unnamed_after(s, t)
        if target is not None and author is not None:
            out.add([author], t, "fight", [target], ATTACK_CERTAINTY)


def claims_authored_attack(s: SentenceView, t: TriggerMatch) -> bool:
    """A noun of attack with its author after it ("une attaque menée par X")."""
    return t.relation == "fight" and t.form == "noun" and _cue_before(s, t) is None and \
        _linked_author(s, t) is not None


def _linked_author(s: SentenceView, t: TriggerMatch) -> Mention | None:
    _, by, _ = _words(s.doc.lexicon)
    _, ce = s.clause(t.start)
    for k in range(t.end, min(ce, t.end + MAX_TO_AUTHOR + 1)):
        if (covering := s.cover[k]) is not None and covering.kind != "generic":
            return None
        if by.match(s.tokens, k)[0]:
            author, _ = _author_after(s, t)
            return author
    return None


def authored_attacks(s: SentenceView, out: Proposals) -> None:
    """"une attaque menée par Boko Haram contre l'armée": Boko Haram fights the army."""
    if not _words(s.doc.lexicon)[1].by_first:
        return
    for t in s.triggers:
        if not claims_authored_attack(s, t):
            continue
        author, after = _author_after(s, t)
        if author is None:
            continue
        _, ce = s.clause(t.start)
        target = s.prep_object(after, ce, t.preps)[0] if t.preps else None
        targets = [target] if target is not None and target.entity else _casualties_before(s, t)
        if not targets and (hit := _hit_after(s, after, ce)) is not None:
            targets = [hit]  # "une frappe de drone attribuée aux FSR a touché une base de l'armée"
        if not targets:
            place = _place_after(s, after, ce)
            targets = [place] if place is not None else []
        if targets:
            out.add([author], t, "fight", targets, ATTACK_CERTAINTY)


def _casualties_before(s: SentenceView, t: TriggerMatch) -> list[Mention | str]:
    """"dix soldats nigériens ont été tués dans une attaque": the forces killed, as their army."""
    _, _, killed = _words(s.doc.lexicon)
    cs, _ = s.clause(t.start)
    if not any(s.tokens[k] in killed for k in range(cs, t.start)):
        return []
    for m in s.mentions:
        if m.start >= t.start or m.start < cs or not m.entity:
            continue
        if s.names_troops(m) or s.troops_of(m):
            army = s.g.national_army(m.entity) if s.type_of(m.entity) == "Country" else None
            return [army or m]
    return []


MAX_TO_HIT = 3  # words between the author and the verb of the hit ("(FSR)", "lundi")


def _hit_after(s: SentenceView, k: int, ce: int) -> Mention | None:
    """The party an attack hit, named after a verb of hitting (word class ``hit_verb``: "a
    touché", "hit", "أصابت") right after its author, when no preposition named it."""
    hits = word_table(s.doc.lexicon, "hit_verb")
    if k < ce and s.tokens[k] == "(":  # "(FSR)": the author's acronym
        k = next((j + 1 for j in range(k + 1, min(ce, k + 5)) if s.tokens[j] == ")"), k)
    for j in range(k, min(ce, k + MAX_TO_HIT + 1)):
        n = hits.match(s.tokens, j)[0]
        if n:
            m = s.mention_after(j + n, ce)
            return m if m is not None and m.entity and s.type_of(m.entity) in TARGETS else None
        if s.cover[j] is not None or is_trigger_start(s, j):
            return None
    return None


def _place_after(s: SentenceView, k: int, ce: int) -> Mention | None:
    """The town named after "à" / "dans" right after the author ("... par Boko Haram à Diffa")."""
    while k < ce and (s.tokens[k] in SKIPPABLE or s.tokens[k] in s.w.determiner or k in s.date_cover):
        k += 1
    if k < ce and s.tokens[k] in s.w.located:
        m = s.mention_after(k + 1, ce)
        if m is not None and m.entity and s.type_of(m.entity) == "Place":
            return m
    return None
