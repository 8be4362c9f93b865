"""A noun of attack with its author and a target the frames cannot name: "l'attaque du JNIM contre
un convoi militaire dans la région de Kayes", "the RSF attack on El-Fasher", "Haftar's abortive
2019 assault on Tripoli", "l'attaque du JNIM à Djibo".

The author is a genitive after the noun (an armed group, a force or an unnamed side: "du JNIM",
"de près de 3 000 terroristes", "de la part des rebelles") or, in English, the name right before
it, possessive or not, with a few modifiers between ("Haftar's abortive 2019 assault"). The
target follows one of the trigger's prepositions:

- a word of ``military_target`` in words.tsv ("un convoi militaire", "le camp militaire de
  Djibo", "des patrouilles", "a military base"): the national army (gazetteer kind
  ``armed_forces``) of the country named just after it, before a comma (a town stands for its
  country); a force named right after the word ("des
  patrouilles des FAMa", "positions of the jihadists") is itself the target;
- a named party or town ("on Tripoli"): the town is where the fight happened, not its country.

Without a preposition, a town after a located word ("l'attaque du JNIM à Djibo") is attacked. A
state author (a country or its army) with an unnamed military target says nothing: its army
attacks rebels' positions as often as its own are attacked. The triggers read are claimed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import SVO

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

AUTHORS = frozenset({"Organization", "ArmedGroup", "Person"})
HOLDERS = frozenset({"Organization", "ArmedGroup"})
NAMED_TARGETS = frozenset({"Organization", "ArmedGroup", "Place"})
MAX_TO_AUTHOR = 6  # words between the noun and its genitive author ("massive de près de 3 000")
MAX_MODIFIERS = 3  # words between an author before the noun and the noun ("abortive 2019")
MAX_TO_TARGET = 4  # words between the preposition and the target word ("une de ses positions")
MAX_TO_HOLDER = 3  # words between the target word and the force holding it ("des armées régulières,")
MAX_TO_PLACE = 6  # words between the target word and its place ("convoi militaire dans la région de Kayes")
ATTACK_CERTAINTY = SVO


def _noun(t: TriggerMatch) -> bool:
    return t.relation == "fight" and t.form == "noun" and t.frame == "agent"


def _author_after(s: SentenceView, t: TriggerMatch, ce: int) -> Mention | None:
    """The genitive author after the noun, before any preposition of the trigger."""
    for k in range(t.end, min(ce, t.end + MAX_TO_AUTHOR + 1)):
        if s.tokens[k] in t.preps:
            return None
        m = s.cover[k]
        if m is None:
            continue
        if m.start != k or not m.entity:
            return None
        before = s.tokens[t.end:k]
        if not any(w in s.w.genitive_first for w in before):
            return None
        if m.kind == "generic" or s.type_of(m.entity) in AUTHORS - {"Person"}:
            return m
        return None
    return None


def _author_before(s: SentenceView, t: TriggerMatch, cs: int) -> Mention | None:
    """"the RSF attack", "Haftar's abortive 2019 assault": the name before the noun."""
    k = t.start - 1
    skipped = 0
    while k >= cs and skipped <= MAX_MODIFIERS:
        m = s.cover[k]
        if m is not None:
            if m.entity and m.end == k + 1 and (m.kind == "generic" or s.type_of(m.entity) in AUTHORS):
                return m
            return None
        token = s.tokens[k]
        if token in s.w.possessive and k == t.start - 1 - skipped:
            k -= 1
            continue
        if not (token.isalpha() or token.isdigit()) or token in s.w.determiner:
            return None
        skipped += 1
        k -= 1
    return None


def _author(s: SentenceView, t: TriggerMatch) -> Mention | None:
    cs, ce = s.clause(t.start)
    after = _author_after(s, t, ce)
    if after is not None:
        return after
    return _author_before(s, t, cs) if s.w.possessive else None


def _prep_at(s: SentenceView, t: TriggerMatch, ce: int) -> int | None:
    for k in range(t.end, min(ce, t.end + MAX_TO_AUTHOR + 4)):
        if s.tokens[k] in t.preps and s.cover[k] is None:
            return k
    return None


def _target_word(s: SentenceView, k: int, ce: int) -> int | None:
    words = s.doc.lexicon.single_words("military_target")
    for j in range(k, min(ce, k + MAX_TO_TARGET + 1)):
        if s.cover[j] is not None:
            return None
        if s.tokens[j] in words:
            return j
    return None


def _holder_after(s: SentenceView, j: int, ce: int) -> Mention | None:
    """"des patrouilles des FAMa", "positions jihadistes": a force named with the target."""
    for k in range(j + 1, min(ce, j + MAX_TO_HOLDER + 2)):
        m = s.cover[k]
        if m is not None:
            if m.start == k and m.entity and (m.kind == "generic" or s.type_of(m.entity) in HOLDERS):
                return m
            return None
    return None


def _country_after(s: SentenceView, j: int, ce: int, author: Mention) -> str | None:
    end = next((k for k in range(j, min(ce, j + MAX_TO_PLACE + 1)) if s.tokens[k] == ","),
               min(ce, j + MAX_TO_PLACE + 1))  # "dans le sud-est du pays, proche du Nigeria"
    for m in s.mentions:
        if m.start <= j or m.start >= end or not m.entity:
            continue
        kind = s.type_of(m.entity)
        if kind == "Country":
            return m.entity
        if kind == "Place":
            return s.g.country_of(m.entity)
    return None


def _state(s: SentenceView, m: Mention) -> bool:
    return s.type_of(m.entity or "") == "Country" or s.g.kind_of(m.entity or "") == "armed_forces"


def attack_targets_of(s: SentenceView, t: TriggerMatch, author: Mention) -> tuple[list[Mention | str], bool]:
    """What the attack at t is on, and whether it is a town (kept as the city)."""
    _, ce = s.clause(t.start)
    prep = _prep_at(s, t, ce)
    if prep is None:
        return _town_after(s, max(t.end, author.end), ce), True
    j = _target_word(s, prep + 1, ce)
    if j is None:
        m = s.mention_after(prep + 1, ce)
        if m is not None and m.entity and s.type_of(m.entity) in NAMED_TARGETS:
            return [m], s.type_of(m.entity) == "Place"
        return [], False
    holder = _holder_after(s, j, ce)
    if holder is not None:
        return [holder], False
    if _state(s, author):
        return [], False
    army = s.g.national_army(_country_after(s, j, ce, author))
    return ([army] if army else []), False


def _town_after(s: SentenceView, k: int, ce: int) -> list[Mention | str]:
    """"l'attaque du JNIM à Djibo", "l'attaque du 26 novembre à Djibo": the town named next."""
    while k < ce and (k in s.date_cover or s.tokens[k] in s.w.determiner):
        k += 1
    if k < ce and s.tokens[k] in s.w.located and s.cover[k] is None:
        m = s.mention_after(k + 1, ce)
        if m is not None and m.entity and s.type_of(m.entity) == "Place":
            return [m]
    return []


def _attack(s: SentenceView, t: TriggerMatch) -> tuple[Mention, list[Mention | str], bool] | None:
    if not _noun(t):
        return None
    author = _author(s, t)
    if author is None:
        return None
    targets, town = attack_targets_of(s, t, author)
    targets = [o for o in targets if (o.entity if not isinstance(o, str) else o) != author.entity]
    return (author, targets, town) if targets else None


def claims_attack_target(s: SentenceView, t: TriggerMatch) -> bool:
    """A noun of attack whose author and target this rule reads."""
    return bool(s.doc.lexicon.single_words("military_target")) and _attack(s, t) is not None


def attack_targets(s: SentenceView, out: Proposals) -> None:
    """"attaque du JNIM contre un convoi militaire dans la région de Kayes": JNIM fights the
    Malian Armed Forces; "the RSF attack on El-Fasher": the RSF fight El Fasher."""
    if not s.doc.lexicon.single_words("military_target"):
        return
    for t in s.triggers:
        found = _attack(s, t)
        if found is None:
            continue
        author, targets, town = found
        out.add([author], t, "fight", targets, ATTACK_CERTAINTY, keep_city=town)
