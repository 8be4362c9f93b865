"""Posts, convoys and soldiers attacked with no army named: the national army they belong to.

"Gunmen attacked a military post in Tillaberi", "des jihadistes ont attaqué un camp militaire",
"هاجم مسلحون موقعا عسكريا في شمال البلاد": the object of a fight verb (a trigger of relation
``fight``, form verb, frame agent) is a word of ``military_target`` or ``soldier_noun`` in
words.tsv, a few words after the verb with nothing named between them (in a verb-first language
the verb's subject may stand between). When no force is named with the word ("positions of the
jihadists", "un camp de l'armée malienne": the frames read those), the word becomes a mention
(kind ``target``) of the national army (gazetteer kind ``armed_forces``) of the country of the
first place or country named after it in its clause, before a comma, else of the country the
article is about (``Gazetteer.home_country``).

A state attacker (a country or its army) gets no such mention: an army attacks the positions of
rebels as often as its own are attacked, and "the army attacked a camp" says nothing of whose.

An attack noun (a fight trigger, form noun) qualified by an adjective of an unnamed side (word
classes ``attack_adjective_<category>``: "une attaque jihadiste", "a terrorist attack", "هجوم
إرهابي"), where adjectives stand (after the noun, or before it: language.tsv
``adjective``), makes the adjective a mention of that unnamed side (generic_actors.jsonl), scoped
by the country of the first place or country named after the noun in its clause, else by the
country the article is about: the attack's author, as event data codes it — unless the sentence
names an armed group, which may be the one that did it ("revendiquée par le JNIM").
"""

from __future__ import annotations

from sahelkg.ingest.entities.gazetteer import Gazetteer, PhraseTable
from sahelkg.ingest.entities.generic import register_generic
from sahelkg.ingest.job.pipeline import MENTIONS, NORMALISED, TRIGGERS, Doc, Mention, TriggerMatch
from sahelkg.ingest.language.lexicon import Lexicon

TARGETS = "targets"
MAX_TO_TARGET = 4  # words between the verb and the target word ("a remote military")
MAX_TO_PLACE = 6  # words between the target word and its place ("post in the north of Tillaberi")
SIDE_TO_PLACE = 14  # words from an attack noun to its place ("contre une base de l'armée dans le nord du")
MAX_TO_HOLDER = 3  # words between the target word and a force named with it ("positions of the")
STATE_KINDS = frozenset({"armed_forces", "army_unit"})
HOLDERS = frozenset({"Organization", "ArmedGroup", "Country"})


class _Words:
    def __init__(self, lexicon: Lexicon) -> None:
        self.target = lexicon.single_words("military_target") | lexicon.single_words("soldier_noun")
        self.genitive = frozenset(p[0] for p in lexicon.words.get("genitive_link", ()))
        self.verb_first = lexicon.has("word_order", "vso")
        self.adjective_before = lexicon.has("adjective", "before")
        prefix = "attack_adjective_"
        self.side = PhraseTable((phrase, name.removeprefix(prefix)) for name, phrases in lexicon.words.items()
                                if name.startswith(prefix) for phrase in phrases)


class TargetStep:
    """Add a mention of the national army for each unnamed military target of a fight verb."""

    name = TARGETS
    requires = frozenset({NORMALISED, MENTIONS, TRIGGERS})
    provides = frozenset({TARGETS})

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer
        self._words: dict[str, _Words] = {}

    def __call__(self, doc: Doc) -> None:
        g = self.gazetteer
        if g is None:
            return
        words = self._words.get(doc.lexicon.lang)
        if words is None:
            words = self._words[doc.lexicon.lang] = _Words(doc.lexicon)
        if not words.target:
            return
        for index, triggers in enumerate(doc.triggers):
            added: list[Mention] = []
            cover: dict[int, Mention] = {k: m for m in doc.mentions[index] for k in range(m.start, m.end)}
            for t in triggers:
                if t.relation != "fight" or t.frame != "agent":
                    continue
                found = _target(doc, index, t, words, g, cover) if t.form == "verb" else \
                    _side(doc, index, t, words, g)
                if found is not None and all(m.start != found.start for m in added):
                    added.append(found)
            if added:
                doc.mentions[index] = sorted(doc.mentions[index] + added, key=lambda m: m.start)


def _target(doc: Doc, index: int, t: TriggerMatch, words: _Words, g: Gazetteer,
            cover: dict[int, Mention]) -> Mention | None:
    tokens = doc.norm[index]
    mentions = doc.mentions[index]
    attacker = _attacker(mentions, t, words.verb_first)
    if attacker is None or attacker.entity is None or g.type_of(attacker.entity) == "Country" or \
            g.kind_of(attacker.entity) in STATE_KINDS:
        return None
    k = t.end
    skipped = False
    while k < len(tokens) and k <= t.end + MAX_TO_TARGET + (attacker.end - attacker.start if skipped else 0):
        m = cover.get(k)
        if m is not None:
            if words.verb_first and not skipped and m is attacker:
                skipped = True  # "هاجم مسلحون موقعا": the subject stands between
                k = m.end
                continue
            return None
        if tokens[k] in (",", ".", ";", ":"):
            return None
        if tokens[k] in words.target:
            break
        k += 1
    else:
        return None
    if k >= len(tokens) or tokens[k] not in words.target:
        return None
    inner = k  # the word whose force is named: "a convoy of soldiers", "un convoi de soldats maliens"
    if k + 2 < len(tokens) and tokens[k + 1] in words.genitive and k + 1 not in cover:
        if tokens[k + 2] in words.target and k + 2 not in cover:
            inner = k + 2
        elif k + 2 not in cover:
            return None  # "le camp de Zamzam", "the base of Tessalit": a place of its own
    holder = _holder_after(tokens, cover, inner, words, g)
    if holder is not None and (holder.entity is None or g.type_of(holder.entity) != "Country"):
        return None  # "positions of the jihadists": the frames read the force named
    country = holder.entity if holder is not None else \
        _country_after(tokens, mentions, inner, g) or g.home_country(doc.salience)
    army = g.national_army(country)
    if army is None or army == attacker.entity:
        return None
    return Mention(k, k + 1, army, g.type_of(army) or "Organization", "target", plural=True, head=k)


def _side(doc: Doc, index: int, t: TriggerMatch, words: _Words, g: Gazetteer) -> Mention | None:
    """"une attaque jihadiste", "a terrorist attack", "هجوم إرهابي": the unnamed side of the
    adjective, scoped by the place after the noun or the article's country."""
    if not words.side.by_first:
        return None
    tokens = doc.norm[index]
    mentions = doc.mentions[index]
    k = t.start - 1 if words.adjective_before else t.end
    if not 0 <= k < len(tokens) or any(m.start <= k < m.end for m in mentions):
        return None
    n, category, _ = words.side.match(tokens, k)
    actor = g.data.generic.get(str(category)) if n == 1 else None
    if actor is None or any(m.entity and m.kind != "generic" and g.type_of(m.entity) == "ArmedGroup"
                            for m in mentions):
        return None  # "une attaque terroriste revendiquée par le JNIM": the group named is the author
    country = _country_after(tokens, mentions, max(k, t.end - 1), g, SIDE_TO_PLACE) or \
        g.home_country(doc.salience)
    if country is None:
        return None
    entity = register_generic(doc.entities, actor, country, g)
    return Mention(k, k + 1, entity, actor.type, "generic", plural=True, head=k)


def _attacker(mentions: list[Mention], t: TriggerMatch, verb_first: bool) -> Mention | None:
    """The actor nearest before the verb; in a verb-first language, the first one after it."""
    before = [m for m in mentions if m.end <= t.start and m.entity]
    if before and not verb_first:
        return before[-1]
    after = [m for m in mentions if m.start >= t.end and m.entity]
    if verb_first and after:
        return after[0]
    return before[-1] if before else None


def _holder_after(tokens: list[str], cover: dict[int, Mention], k: int, words: _Words,
                  g: Gazetteer) -> Mention | None:
    """The force or country named with the target word: "positions of the jihadists", "a convoy
    of Malian soldiers", "un camp militaire malien"."""
    for j in range(k + 1, min(len(tokens), k + MAX_TO_HOLDER + 2)):
        m = cover.get(j)
        if m is not None:
            linked = any(tokens[x] in words.genitive for x in range(k + 1, j))
            named = bool(m.entity) and g.type_of(m.entity or "") in HOLDERS and \
                (m.kind in ("demonym", "generic") or linked)
            return m if named else None
        if tokens[j] in (",", "."):
            return None
    return None


def _country_after(tokens: list[str], mentions: list[Mention], k: int, g: Gazetteer,
                   window: int = MAX_TO_PLACE) -> str | None:
    end = next((j for j in range(k, min(len(tokens), k + window + 1)) if tokens[j] == ","),
               min(len(tokens), k + window + 1))
    for m in mentions:
        if m.start <= k or m.start >= end or not m.entity:
            continue
        kind = g.type_of(m.entity)
        if kind == "Country":
            return m.entity
        if kind == "Place":
            return g.country_of(m.entity)
    return None
