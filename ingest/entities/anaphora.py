"""Personal pronouns that stand for a person named before: "il a été reçu par X", "he met X",
"X l'a accueilli".

A subject pronoun (word class ``person_pronoun``: "il", "elle", "he", "she") becomes a mention
of the person it stands for when that person is unambiguous: the only person named earlier in
the same sentence, or else the first actor of the nearest earlier sentence that names one,
when that actor is a person (in a subject-verb-object language the first actor of a sentence
is its subject). An object pronoun (``object_pronoun``: "l'" before a verb, "him" after one)
stands for a person other than the subject of its verb, under the same conditions. Phrases of
the ``impersonal`` class ("il y a", "il faut") are no pronouns of a person.

A definite group noun (word class ``group_anaphor``: "the group", "le mouvement"; or
``insurgent_anaphor``: "les rebelles", "the militants", "المتمردون", which only stand for an
armed group or a militia, not a private military company) stands for the armed group named last
in the article, when exactly one armed group (not an army, a unit or an operation, nor an unnamed
side) is named in it, earlier in the sentence
or in the ``GROUP_LOOK_BACK`` sentences before; an unnamed side read from the same words ("the
militants") gives way to it. An insurgent noun that stands for no group and no unnamed side,
and a group noun after several groups, become a mention with no entity, so that the verb does not
take the subject of the sentence before ("Wagner est présent au Mali. Les rebelles ont attaqué
...", "Wagner and JNIM are active in Mali. The group attacked ...").
A name right after the noun ("le groupe Wagner") is the name itself,
except in a verb-first language, where it is the verb's object ("وهاجم المتمردون الجيش التشادي").

A non-personal pronoun right before its verb (word class ``thing_pronoun``: "it"; and, where
language.tsv says ``person_pronoun_of_things``, "il" and "elle" with no person named in the
sentence or the ``LOOK_BACK`` before) stands for the one state, body or armed group named before
it in the sentence, else the first actor of the nearest earlier sentence, when that is one ("Niger
has called for the departure of French troops. It has strengthened cooperation with Russia").

The mentions made here have kind ``anaphor`` (subject) or ``object_anaphor`` (object); the
argument step reads them like names, and never takes an object pronoun as a subject. A subject
pronoun whose person is ambiguous ("Haftar et Bazoum ..., puis il") becomes a mention with no
entity: its verb then gets no subject, rather than the nearest name or the subject carried over.
"""

from __future__ import annotations

from sahelkg.ingest.entities.gazetteer import Gazetteer, PhraseTable
from sahelkg.ingest.job.pipeline import MENTIONS, NORMALISED, TRIGGERS, Doc, Mention, TriggerMatch
from sahelkg.ingest.language.lexicon import Lexicon

ACTORS = frozenset({"Person", "Country", "Organization", "ArmedGroup"})
LOOK_BACK = 2  # earlier sentences searched for the person a pronoun stands for
GROUP_LOOK_BACK = 3  # earlier sentences searched for the armed group "the group" stands for
NOT_GROUPS = frozenset({"armed_forces", "army_unit", "military_operation"})
INSURGENT_KINDS = frozenset({"armed_group", "militia"})  # "the rebels" is no private military company
ANAPHORA = "anaphora"
THINGS = frozenset({"Country", "Organization", "ArmedGroup"})  # what "it" may stand for
MAX_TO_VERB = 3  # words from a non-personal pronoun to its verb ("it has also strengthened")
MAX_TO_NOUN = 5  # to a noun trigger ("it has strengthened defence cooperation")


class _Words:
    def __init__(self, lexicon: Lexicon) -> None:
        self.subject = lexicon.single_words("person_pronoun")
        self.thing = lexicon.single_words("thing_pronoun")  # "it"
        self.thing_too = lexicon.has("person_pronoun_of_things", "yes")  # "il", "elle" for "le Niger"
        self.object = lexicon.single_words("object_pronoun")
        self.impersonal = PhraseTable((p, p) for p in lexicon.words.get("impersonal", frozenset()))
        self.preposition = lexicon.single_words("preposition")
        self.determiner = lexicon.single_words("determiner")
        self.coordination = lexicon.single_words("coordination")
        self.object_before_verb = not lexicon.has("object_pronoun", "after")
        self.group = PhraseTable([*((p, "group") for p in lexicon.word_class("group_anaphor")),
                                  *((p, "insurgent") for p in lexicon.word_class("insurgent_anaphor"))])
        self.verb_first = lexicon.has("word_order", "vso")


class AnaphoraStep:
    """Add a mention for each personal pronoun whose person is unambiguous (module docstring)."""

    name = ANAPHORA
    requires = frozenset({NORMALISED, MENTIONS, TRIGGERS})
    provides = frozenset({ANAPHORA})

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._words: dict[str, _Words] = {}
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> None:
        words = self._words.get(doc.lexicon.lang)
        if words is None:
            words = self._words[doc.lexicon.lang] = _Words(doc.lexicon)
        if words.group.by_first and self.gazetteer is not None:
            for index in range(len(doc.norm)):
                self._groups(doc, index, words, self.gazetteer)
        if not words.subject and not words.object and not words.thing:
            return
        for index, tokens in enumerate(doc.norm):
            covered = {k for m in doc.mentions[index] for k in range(m.start, m.end)}
            added: list[Mention] = []
            for k, token in enumerate(tokens):
                if k in covered:
                    continue
                if token in words.thing and not words.impersonal.match(tokens, k)[0]:
                    if _before_verb(doc.triggers[index], k):
                        actor = self._thing_antecedent(doc, index, k, words)
                        if actor is not None:
                            added.append(Mention(k, k + 1, actor.entity, actor.type, "anaphor", head=k))
                    continue
                if token in words.subject and not words.impersonal.match(tokens, k)[0]:
                    person = self._antecedent(doc, index, k, words, exclude=None)
                    kind = "anaphor"
                    if person is None and words.thing_too and _before_verb(doc.triggers[index], k) and \
                            not self._persons_near(doc, index, k):
                        # "Le Niger a dénoncé ... Il a aussi rompu avec la France": no person named
                        # near, the pronoun stands for the state or body named last
                        person = self._thing_antecedent(doc, index, k, words)
                elif token in words.object and self._next_to_verb(doc.triggers[index], k, words):
                    subject = self._persons_before(doc, index, k)[-1:]
                    person = self._antecedent(doc, index, k, words,
                                              exclude=subject[0].entity if subject else None)
                    kind = "object_anaphor"
                else:
                    continue
                if person is not None:
                    added.append(Mention(k, k + 1, person.entity, person.type, kind, head=k))
                elif kind == "anaphor":
                    # a person the extractor cannot tell: the pronoun still holds the subject's
                    # place, so no earlier name is taken as the subject of its verb
                    added.append(Mention(k, k + 1, None, "Person", kind, head=k))
            if added:
                doc.mentions[index] = sorted(doc.mentions[index] + added, key=lambda m: m.start)

    @staticmethod
    def _groups(doc: Doc, index: int, words: _Words, g: Gazetteer) -> None:
        """Mentions for the group nouns of sentence ``index`` (module docstring)."""
        tokens = doc.norm[index]
        mentions = doc.mentions[index]
        k = 0
        while k < len(tokens):
            n, what, _ = words.group.match(tokens, k)
            if not n:
                k += 1
                continue
            if not words.verb_first and k + n < len(tokens) and g.names.match(tokens, k + n)[0]:
                k += n  # "le groupe Wagner": the name itself follows (in Arabic, the verb's object)
                continue
            inside = [m for m in mentions if m.start < k + n and m.end > k]
            if any(m.kind != "generic" for m in inside):
                k += n
                continue
            group = _named_group(doc, index, k, g, INSURGENT_KINDS if what == "insurgent" else None)
            if group is not None:
                end = max([k + n, *(m.end for m in inside)])
                mentions = [m for m in mentions if m not in inside]
                mentions.append(Mention(k, end, group, "ArmedGroup", "anaphor", plural=True, head=k))
            elif not inside and (
                    what == "insurgent" and not any(k + n <= m.start <= k + n + 2 for m in mentions)
                    or len(_named_groups(doc, index, k, g, None)) > 1 and
                    not any(m.start == k + n for m in mentions)):
                # "the rebels" with no group to stand for and no name after it ("les rebelles du
                # FLA"), "the group" after two groups: the verb has a subject, unknown
                mentions.append(Mention(k, k + n, None, "ArmedGroup", "anaphor", plural=True, head=k))
            k += n
        doc.mentions[index] = sorted(mentions, key=lambda m: m.start)

    @staticmethod
    def _next_to_verb(triggers: list[TriggerMatch], k: int, words: _Words) -> bool:
        """Is the object pronoun at k attached to a verb trigger ("l'a accueilli", "met him")?"""
        if words.object_before_verb:
            return any(t.form == "verb" and t.start == k + 1 for t in triggers)
        return any(t.form == "verb" and t.end == k for t in triggers)

    @staticmethod
    def _persons_before(doc: Doc, index: int, k: int) -> list[Mention]:
        return [m for m in doc.mentions[index] if m.end <= k and m.entity and m.type == "Person"
                and m.kind != "object_anaphor"]

    def _antecedent(self, doc: Doc, index: int, k: int, words: _Words,
                    exclude: str | None) -> Mention | None:
        here = {m.entity: m for m in self._persons_before(doc, index, k) if m.entity != exclude}
        if len(here) == 1:
            return next(iter(here.values()))
        if here:
            return None  # two persons before it: ambiguous
        for earlier in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
            first = self._first_actor(doc, earlier, words)
            if first is None:
                continue
            if first.type != "Person" or first.entity == exclude or \
                    self._coordinated(doc, earlier, first, words):
                return None
            return first
        return None

    @staticmethod
    def _persons_near(doc: Doc, index: int, k: int) -> bool:
        """Is a person named before k in this sentence or in the ``LOOK_BACK`` sentences before?"""
        if any(m.type == "Person" and m.end <= k for m in doc.mentions[index]):
            return True
        return any(m.type == "Person" for earlier in range(max(0, index - LOOK_BACK), index)
                   for m in doc.mentions[earlier])

    def _thing_antecedent(self, doc: Doc, index: int, k: int, words: _Words) -> Mention | None:
        """The state or body a non-personal pronoun stands for ("it", and "il", "elle" where no
        person is near): the one such actor named before it in the sentence, else the first actor
        of the nearest earlier sentence that names one, when that actor is a state, a body or an
        armed group and no other actor is coordinated with it."""
        here = {m.entity: m for m in doc.mentions[index]
                if m.end <= k and m.entity and m.type in THINGS and m.kind != "object_anaphor"}
        if len(here) == 1:
            return next(iter(here.values()))
        if here:
            return None
        for earlier in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
            first = self._first_actor(doc, earlier, words)
            if first is None:
                continue
            if first.type not in THINGS or self._coordinated(doc, earlier, first, words):
                return None
            return first
        return None

    @staticmethod
    def _coordinated(doc: Doc, index: int, m: Mention, words: _Words) -> bool:
        """Is another actor coordinated with m ("Haftar et Bazoum")? Then "il" may be either."""
        later = [x for x in doc.mentions[index] if x.start >= m.end and x.entity and x.type in ACTORS]
        if not later:
            return False
        gap = doc.norm[index][m.end:later[0].start]
        return bool(gap) and all(t in words.coordination or t == "," or t in words.determiner for t in gap)

    @staticmethod
    def _first_actor(doc: Doc, index: int, words: _Words) -> Mention | None:
        """The first actor of a sentence not governed by a preposition: its subject."""
        tokens = doc.norm[index]
        for m in doc.mentions[index]:
            if not m.entity or m.type not in ACTORS or m.kind == "object_anaphor":
                continue
            j = m.start - 1
            while j >= 0 and tokens[j] in words.determiner:
                j -= 1
            if j >= 0 and tokens[j] in words.preposition:
                continue
            return m
        return None


def _before_verb(triggers: list[TriggerMatch], k: int) -> bool:
    """Is the pronoun at k a subject: a trigger follows it closely (auxiliaries, an adverb, a verb
    before a noun trigger between: "it has strengthened defence cooperation") and none ends right
    before it ("rejected it")?"""
    if any(t.end == k for t in triggers):
        return False
    return any(k < t.start <= k + (MAX_TO_VERB if t.form == "verb" else MAX_TO_NOUN) for t in triggers)


def _named_group(doc: Doc, index: int, k: int, g: Gazetteer, kinds: frozenset[str] | None) -> str | None:
    """The one armed group (of one of ``kinds``, if given) named before token k of sentence
    ``index`` (this sentence, then the ``GROUP_LOOK_BACK`` before it); None when none or several."""
    found = _named_groups(doc, index, k, g, kinds)
    return next(iter(found)) if len(found) == 1 else None


def _named_groups(doc: Doc, index: int, k: int, g: Gazetteer, kinds: frozenset[str] | None) -> set[str]:
    """The armed groups named before token k: in this sentence, else in the nearest of the
    ``GROUP_LOOK_BACK`` before it that names one."""
    def groups(mentions: list[Mention]) -> set[str]:
        return {m.entity for m in mentions if m.entity and m.type == "ArmedGroup" and m.kind != "generic"
                and g.entry(m.entity) is not None and g.kind_of(m.entity) not in NOT_GROUPS
                and (kinds is None or g.kind_of(m.entity) in kinds)}
    found = groups([m for m in doc.mentions[index] if m.end <= k])
    for earlier in range(index - 1, max(-1, index - 1 - GROUP_LOOK_BACK), -1):
        if found:
            break
        found = groups(doc.mentions[earlier])
    return found
