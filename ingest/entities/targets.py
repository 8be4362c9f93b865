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
"""

from __future__ import annotations

from sahelkg.ingest.entities.gazetteer import Gazetteer
from sahelkg.ingest.job.pipeline import MENTIONS, NORMALISED, TRIGGERS, Doc, Mention, TriggerMatch
from sahelkg.ingest.language.lexicon import Lexicon

TARGETS = "targets"
MAX_TO_TARGET = 4  # words between the verb and the target word ("a remote military")
MAX_TO_PLACE = 6  # words between the target word and its place ("post in the north of Tillaberi")
MAX_TO_HOLDER = 3  # words between the target word and a force named with it ("positions of the")
STATE_KINDS = frozenset({"armed_forces", "army_unit"})
HOLDERS = frozenset({"Organization", "ArmedGroup", "Country"})


class _Words:
    def __init__(self, lexicon: Lexicon) -> None:
        self.target = lexicon.single_words("military_target") | lexicon.single_words("soldier_noun")
        self.genitive = frozenset(p[0] for p in lexicon.words.get("genitive_link", ()))
        self.verb_first = lexicon.has("word_order", "vso")


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
            for t in triggers:
                if t.relation != "fight" or t.form != "verb" or t.frame != "agent":
                    continue
                found = _target(doc, index, t, words, g)
                if found is not None and all(m.start != found.start for m in added):
                    added.append(found)
            if added:
                doc.mentions[index] = sorted(doc.mentions[index] + added, key=lambda m: m.start)


def _target(doc: Doc, index: int, t: TriggerMatch, words: _Words, g: Gazetteer) -> Mention | None:
    tokens = doc.norm[index]
    mentions = doc.mentions[index]
    cover: dict[int, Mention] = {k: m for m in mentions for k in range(m.start, m.end)}
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


def _country_after(tokens: list[str], mentions: list[Mention], k: int, g: Gazetteer) -> str | None:
    end = next((j for j in range(k, min(len(tokens), k + MAX_TO_PLACE + 1)) if tokens[j] == ","),
               min(len(tokens), k + MAX_TO_PLACE + 1))
    for m in mentions:
        if m.start <= k or m.start >= end or not m.entity:
            continue
        kind = g.type_of(m.entity)
        if kind == "Country":
            return m.entity
        if kind == "Place":
            return g.country_of(m.entity)
    return None
