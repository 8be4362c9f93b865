"""A military base in a place: its holder is deployed there.

"les Américains disposent d'une importante base de drones à Agadez", "la France a une base
aérienne à Niamey", "une base militaire américaine près d'Agadez", "France has an air base in
Niamey", "a US drone base near Agadez", "قاعدتين عسكريتين روسيتين في ليبيا": a deploy noun
naming a base (a word of the class
``base_noun`` of words.tsv in the trigger), a place after a located preposition or a word of
``base_location`` ("près de", "near") with only common words between (adjectives, "de drones"),
and a holder — a nationality right beside the noun ("base américaine", "US base") or the actor
before a verb of holding (``base_holder_verb``: "dispose", "possède", "has") opening the phrase —
give holder deploy place (a base in the holder's own country is no deployment), and each place
listed with it or listed inside it after a dash ("في ليبيا - في طبرق وبنغازي").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable
from sahelkg.ingest.relations.certainty import CLAUSE_AGENT
from sahelkg.ingest.relations.coordination import group
from sahelkg.ingest.relations.marks import COMMAS, SKIPPABLE

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.language.lexicon import Lexicon
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

PLACES = frozenset({"Place", "Country"})
HOLDERS = frozenset({"Country", "Organization", "ArmedGroup"})
MAX_TO_PLACE = 5  # common words between the base and its place ("importante", "de drones")
MAX_TO_NOUN = 16  # words between the verb of holding and the base, no name among them ("disposent
# d'un millier de soldats dans le pays, ainsi que d'une importante base")
MAX_BEFORE = 3  # words between the holder and the verb of holding ("aujourd'hui", "already")


class _Tables:
    def __init__(self, lexicon: Lexicon) -> None:
        self.base = lexicon.single_words("base_noun")
        self.location = PhraseTable((p, p) for p in lexicon.words.get("base_location", frozenset()))
        self.holder_verb = lexicon.single_words("base_holder_verb")


_TABLES: dict[int, _Tables] = {}


def _tables(lexicon: Lexicon) -> _Tables:
    if id(lexicon) not in _TABLES:
        _TABLES[id(lexicon)] = _Tables(lexicon)
    return _TABLES[id(lexicon)]


def military_bases(s: SentenceView, out: Proposals) -> None:
    """"les Américains disposent d'une base de drones à Agadez": the United States deploy there."""
    t = _tables(s.doc.lexicon)
    if not t.base:
        return
    for trig in s.triggers:
        if trig.relation != "deploy" or trig.form != "noun" or \
                not any(w in t.base for w in s.tokens[trig.start:trig.end]):
            continue
        _, ce = s.clause(trig.start)
        place = _place_after(s, t, trig.end, ce)
        if place is None:
            continue
        holder = _nationality_beside(s, trig, ce) or _holder_before(s, t, trig)
        if holder is None:
            continue
        held_by = holder if isinstance(holder, str) else holder.entity
        for where_m in _places(s, place, ce):
            where = s.g.country_of(where_m.entity or "") or where_m.entity
            if held_by and where != (s.g.country_of(held_by) or held_by):  # a base at home is none
                out.add([holder], trig, "deploy", [where_m], CLAUSE_AGENT)


def _places(s: SentenceView, place: Mention, ce: int) -> list[Mention]:
    """The place of the base and the places listed with it ("في سرت والجفرة"), then the places
    a dash or comma and a located word list inside it ("في ليبيا - في طبرق وبنغازي")."""
    found = [m for m in group(s, place) if m.entity and s.type_of(m.entity) in PLACES]
    k = found[-1].end
    if k + 1 < ce and s.tokens[k] in ("-", "–", *COMMAS) and s.tokens[k + 1] in s.w.located:
        inner = s.mention_after(k + 2, ce)
        if inner is not None and inner.entity and s.type_of(inner.entity) == "Place" and \
                s.g.country_of(inner.entity) == place.entity:
            found += [m for m in group(s, inner) if m.entity and s.type_of(m.entity) == "Place"]
    return found


def _place_after(s: SentenceView, t: _Tables, k: int, ce: int) -> Mention | None:
    for j in range(k, min(ce, k + MAX_TO_PLACE + 1)):
        covering = s.cover[j]
        if covering is not None and covering.kind != "demonym":
            return None
        n = t.location.match(s.tokens, j)[0] or (1 if s.tokens[j] in s.w.located else 0)
        if n:
            m = s.mention_after(j + n, ce)
            return m if m is not None and m.entity and s.type_of(m.entity) in PLACES else None
        if s.tokens[j] in SKIPPABLE and s.tokens[j] not in ("-", "'"):
            return None  # "la base, qui ...": the place after the comma is not the base's
    return None


def _nationality_beside(s: SentenceView, trig: TriggerMatch, ce: int) -> Mention | str | None:
    """"base américaine", "US base", "French air base": the nationality right beside the noun."""
    after = s.starts.get(trig.end) if trig.end < ce else None
    if after is not None and after.kind == "demonym" and after.entity:
        return after
    if after is None and trig.end < ce and s.cover[trig.end] is None:
        # the article is allowed: "القاعدة الجوية الأمريكية", an Arabic adjective agreeing with
        # a definite noun
        n, value, _ = s.g.demonyms.match(s.tokens, trig.end, article_ok=True)
        if n and isinstance(value, tuple) and value and isinstance(value[0], str):
            return value[0]  # an adjective the mentions did not take ("une base militaire américaine")
    if trig.start:
        before = s.cover[trig.start - 1]
        if before is not None and before.kind in ("demonym", "name") and before.entity and \
                s.type_of(before.entity) == "Country":
            return before
    return None


def _holder_before(s: SentenceView, t: _Tables, trig: TriggerMatch) -> Mention | None:
    """The actor before a verb of holding a few words before the base ("X dispose d'une base")."""
    cs = max(0, trig.start - MAX_TO_NOUN - MAX_BEFORE - 4)
    for v in range(trig.start - 1, max(-1, trig.start - 1 - MAX_TO_NOUN - 1), -1):
        if s.cover[v] is not None:
            return None
        if s.tokens[v] not in t.holder_verb:
            continue
        for m in reversed(s.mentions):
            if m.end <= v and m.start >= cs and v - m.end <= MAX_BEFORE:
                if m.entity and (m.type in HOLDERS or m.kind == "demonym"):
                    return m
                return None
        return None
    return None


def named_bases(s: SentenceView, out: Proposals) -> None:
    """A base named with a nationality adjective inside or right after its name ("القاعدة
    الجوية الأمريكية 201", "la base aérienne française de X"): the country of the adjective is
    deployed at the base, unless the base is in that country."""
    for m in s.mentions:
        if not m.entity or s.g.kind_of(m.entity) != "military_base":
            continue
        holder = None
        for k in range(m.start + 1, min(m.end + 1, len(s.tokens))):
            n, value, _ = s.g.demonyms.match(s.tokens, k, article_ok=True)
            if n and isinstance(value, tuple) and value and isinstance(value[0], str):
                holder = value[0]
                break
        if holder is None or s.type_of(holder) != "Country" or \
                s.g.country_of(m.entity) == holder:
            continue
        out.add([holder], None, "deploy", [m], CLAUSE_AGENT, source="named_base")
