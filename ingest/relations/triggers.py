"""Relation triggers of each sentence: words and phrases from triggers.tsv, matched on
normalised words with clitics (verbs: و ف س; nouns: و ف ب ل ك ال and possessive suffixes,
"زيارته" = his visit). Words inside an entity mention are never triggers.

When the backend gives lemmas, a word whose written form matches no trigger also matches by its
lemma ("يستقبلون" -> "استقبل"): the trigger phrases are dictionary forms, so the data needs no
column of its own. The part of speech, when known, picks the verb or the noun reading."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sahelkg.ingest.job.pipeline import MENTIONS, NORMALISED, TRIGGERS, Doc, TriggerMatch
from sahelkg.ingest.language.lexicon import Lexicon, Trigger
from sahelkg.ingest.language.normalize import normalize_token, noun_stems, verb_stems
from sahelkg.ingest.nlp.base import Token

VERB_ENDINGS: tuple[str, ...] = ("", "ت", "ا", "وا", "تا")
OBJECT_CLITICS: tuple[str, ...] = ("هما", "هم", "ها", "ه")  # "يقودها": the verb and its object pronoun
OBJECT = "object"  # the suffix kind of a verb whose object is a pronoun on it
MAX_CACHED_WORDS = 100_000  # words whose trigger readings an index keeps


def phrase_end(tokens: list[str], i: int, phrase: tuple[str, ...], gaps: frozenset[str]) -> int:
    """End of ``phrase`` matched at word i (its first word already matched), allowing words of
    the trigger_gap class inside it ("ne s'est pas rendu", "held extensive talks"); -1 if the
    phrase is not there."""
    k = i + 1
    for word in phrase[1:]:
        while k < len(tokens) and tokens[k] != word and tokens[k] in gaps:
            k += 1
        if k >= len(tokens) or tokens[k] != word:
            return -1
        k += 1
    return k


@dataclass(frozen=True, slots=True)
class ReadingWords:
    """The word classes that decide how a trigger word is read, from one language's words.tsv."""

    report_verbs: frozenset[str]  # "أدانت الجزائر قصف": a noun judged or reported after them
    noun_markers: frozenset[str]  # "the", "son": a noun follows
    verb_markers: frozenset[str]  # "has", "a": a verb follows
    gerund_markers: frozenset[str]  # "of": an -ing word after it is a verb ("accused X of backing")
    active_ending: tuple[str, ...]  # "ing"
    demonstratives: frozenset[str]  # "هذه الزيارة": an event told before
    figurative: frozenset[str]  # "الحرب النفسية", "trade war": no fighting
    participles: frozenset[str] = frozenset()  # "armed": an adjective before men or after a count
    counted: frozenset[str] = frozenset()  # "two", "dozens": a count before a noun
    forces: frozenset[str] = frozenset()  # "men", "Islamists": the men an adjective qualifies

    @classmethod
    def of(cls, lexicon: Lexicon) -> ReadingWords:
        judging = lexicon.single_words("evaluation_verb")
        return cls(report_verbs=lexicon.single_words("report_verb") | judging | {
                       c + w for w in judging for c in "وف"},
                   noun_markers=lexicon.single_words("noun_marker"),
                   verb_markers=lexicon.single_words("verb_marker"),
                   gerund_markers=lexicon.single_words("gerund_marker"),
                   active_ending=tuple(sorted(lexicon.single_words("active_ending"))),
                   demonstratives=lexicon.single_words("demonstrative"),
                   figurative=lexicon.single_words("figurative"),
                   participles=lexicon.single_words("participle_adjective"),
                   counted=lexicon.single_words("quantity"),
                   forces=lexicon.single_words("forces") | lexicon.single_words("adjective_noun"))


class TriggerIndex:
    def __init__(self, lexicon: Lexicon) -> None:
        self.words = ReadingWords.of(lexicon)
        self.gaps = lexicon.single_words("trigger_gap")
        # a verb with an object pronoun is read right after a relative pronoun ("الجماعة التي
        # يقودها X": X leads the group) or "حيث" (class clitic_antecedent: "وصل X إلى النيجر، حيث
        # استقبله Y": Y received X) only, where whom the pronoun stands for is known
        self.antecedent_words = lexicon.single_words("relative") | lexicon.single_words("clitic_antecedent") \
            if lexicon.has("word_order", "vso") else frozenset()
        self.verbs: dict[str, list[Trigger]] = defaultdict(list)
        self.nouns: dict[str, list[Trigger]] = defaultdict(list)
        for trigger in lexicon.triggers:
            table = self.verbs if trigger.form == "verb" else self.nouns
            table[trigger.phrase[0]].append(trigger)
        for table in (self.verbs, self.nouns):
            for items in table.values():
                items.sort(key=lambda t: -len(t.phrase))
        self._starting: dict[str, tuple[tuple[Trigger, str, bool], ...]] = {}

    def _there(self, tokens: list[str], i: int, phrase: tuple[str, ...]) -> bool:
        if len(phrase) == 1 or tuple(tokens[i + 1:i + len(phrase)]) == phrase[1:]:
            return True
        return bool(self.gaps) and phrase_end(tokens, i, phrase, self.gaps) > 0

    def starting(self, word: str) -> tuple[tuple[Trigger, str, bool], ...]:
        """The triggers whose first word a reading of ``word`` is, as :meth:`match` gives them
        (verbs, then nouns; kept per word: words repeat)."""
        found = self._starting.get(word)
        if found is None:
            if len(self._starting) >= MAX_CACHED_WORDS:
                self._starting.clear()
            found = self._starting[word] = tuple(
                [(trigger, "", "س" in prefix) for prefix, stem in verb_stems(word)
                 for trigger in self.verbs.get(stem, ())] +
                [(trigger, suffix, False) for _prefix, stem, suffix in noun_stems(word)
                 for trigger in self.nouns.get(stem, ())])
        return found

    def match(self, tokens: list[str], i: int) -> list[tuple[Trigger, str, bool]]:
        """Triggers at word i: (trigger, pronoun suffix kind, future prefix), longest first."""
        word = tokens[i]
        found = [option for option in self.starting(word) if self._there(tokens, i, option[0].phrase)]
        if not found and i and self._after_relative(tokens[i - 1]):
            for clitic in OBJECT_CLITICS:
                if word.endswith(clitic) and len(word) > len(clitic) + 2:
                    for prefix, stem in verb_stems(word[:-len(clitic)]):
                        found += [(trigger, OBJECT, "س" in prefix) for trigger in self.verbs.get(stem, ())
                                  if len(trigger.phrase) == 1 and trigger.direct]
                    break
        found.sort(key=lambda item: -len(item[0].phrase))
        return found

    def _after_relative(self, token: str) -> bool:
        words = self.antecedent_words
        return bool(words) and (token in words or token[:1] == "و" and token[1:] in words)

    def match_lemma(self, tokens: list[str], i: int, token: Token | None) -> list[tuple[Trigger, str, bool]]:
        """Triggers whose first word is the lemma of word i (same result shape as :meth:`match`)."""
        if token is None or not token.lemma:
            return []
        lemma = normalize_token(token.lemma)
        tables = (self.verbs,) if token.upos == "VERB" else (self.nouns,) if token.upos in _NOMINAL \
            else (self.verbs, self.nouns)
        future = not lemma.startswith("س") and any("س" in prefix for prefix, _ in verb_stems(tokens[i]))
        found = []
        for table in tables:
            for trigger in table.get(lemma, ()):
                if tuple(tokens[i + 1:i + len(trigger.phrase)]) == trigger.phrase[1:]:
                    found.append((trigger, "", future and trigger.form == "verb"))
        found.sort(key=lambda item: -len(item[0].phrase))
        return found


_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ"})


def _choose(options: list[tuple[Trigger, str, bool]], tokens: list[str], i: int,
            mention_ends: set[int], mention_starts: set[int],
            words: ReadingWords) -> tuple[Trigger, str, bool]:
    """One reading of an ambiguous word (e.g. "رفض" verb or noun, "visit"): a noun when it
    carries an article, a preposition or a suffix, or follows a determiner or a possessive ("the
    visit", "Haftar's visit"); a verb after an auxiliary ("avait attaqué"); a noun before a
    preposition the verb does not take ("the RSF attack on El Fasher"); otherwise a verb next to
    an actor."""
    longest = len(options[0][0].phrase)
    options = [o for o in options if len(o[0].phrase) == longest]
    if len(options) == 1:
        return options[0]
    verbs = [o for o in options if o[0].form == "verb"]
    nouns = [o for o in options if o[0].form == "noun"]
    if not verbs or not nouns:
        return options[0]
    if i and tokens[i - 1] in words.noun_markers:
        return nouns[0]
    if i and tokens[i - 1] in words.verb_markers:
        return verbs[0]
    if i and tokens[i - 1] in words.gerund_markers and words.active_ending and \
            tokens[i].endswith(words.active_ending):
        return verbs[0]  # "accused the UAE of backing the RSF": a gerund after a preposition
    after = i + len(verbs[0][0].phrase)
    if after < len(tokens) and tokens[after] in nouns[0][0].preps \
            and not any(tokens[after] in v[0].preps for v in verbs):
        return nouns[0]  # "the RSF attack on El Fasher": a preposition only the noun takes
    word = tokens[i]
    bare = word == verbs[0][0].phrase[0] or any(stem == verbs[0][0].phrase[0] and prefix in ("و", "ف")
                                                   for prefix, stem in verb_stems(word))
    after_report = any(tokens[k] in words.report_verbs for k in range(max(0, i - 3), i))
    if bare and not after_report and (i in mention_ends or (i + len(verbs[0][0].phrase)) in mention_starts):
        return verbs[0]
    return nouns[0]


def _adjective(tokens: list[str], i: int, words: ReadingWords) -> bool:
    """Is the participle at i (word class ``participle_adjective``: "armed") an adjective: after
    a count or a determiner ("2 armed Islamists", "the armed groups"), or before the men it
    qualifies ("armed men")?"""
    if tokens[i] not in words.participles:
        return False
    before = tokens[i - 1] if i else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    counted = before.isdigit() or before in words.counted or before in words.noun_markers
    return counted or after in words.forces


class TriggerStep:
    """Find relation triggers outside entity mentions."""

    name = "triggers"
    requires = frozenset({NORMALISED, MENTIONS})
    provides = frozenset({TRIGGERS})

    def __init__(self) -> None:
        self._indexes: dict[str, TriggerIndex] = {}

    def __call__(self, doc: Doc) -> None:
        index = self._indexes.get(doc.lexicon.lang)
        if index is None:
            index = self._indexes[doc.lexicon.lang] = TriggerIndex(doc.lexicon)
        doc.triggers = []
        words = index.words
        for n, (tokens, mentions) in enumerate(zip(doc.norm, doc.mentions, strict=True)):
            content = doc.content[n] if n < len(doc.content) else []
            covered = set()
            for m in mentions:
                covered.update(range(m.start, m.end))
            ends = {m.end for m in mentions}
            starts = {m.start for m in mentions}
            found: list[TriggerMatch] = []
            i = 0
            while i < len(tokens):
                if i in covered or not tokens[i][:1].isalpha():
                    i += 1
                    continue
                options = index.match(tokens, i)
                if not options and content:
                    options = index.match_lemma(tokens, i, content[i])
                if not options:
                    i += 1
                    continue
                trigger, suffix, future = _choose(options, tokens, i, ends, starts, words)
                n = len(trigger.phrase)
                if n > 1 and tuple(tokens[i + 1:i + n]) != trigger.phrase[1:]:
                    n = phrase_end(tokens, i, trigger.phrase, index.gaps) - i
                if any(k in covered for k in range(i, i + n)):
                    i += 1
                    continue
                if i and tokens[i - 1] in words.demonstratives and trigger.form == "noun":
                    i += n  # "هذه الزيارة": an event told before, not a new statement
                    continue
                if n == 1 and trigger.form == "verb" and _adjective(tokens, i, words):
                    i += 1  # "kills 2 armed Islamists", "armed men": no one armed
                    continue
                qualifiers = {tokens[i + n] if i + n < len(tokens) else "", tokens[i - 1] if i else ""}
                if trigger.form == "noun" and qualifiers & words.figurative:
                    i += n  # "الحرب النفسية ضد الجيش", "la guerre économique", "a media campaign"
                    continue
                found.append(TriggerMatch(i, i + n, trigger.relation, trigger.form, trigger.preps,
                                          trigger.direct, trigger.strength, trigger.frame, suffix, future))
                i += n
            doc.triggers.append(found)
