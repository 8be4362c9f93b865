"""Names the gazetteer lacks, found by their shape where no title or office introduces them.

- People: a known given name followed by more name words ("أبو بكر ولد محمد", "Amadou Diallo");
  a name joined by a link word ("حننا ولد سيدي", "Iyad Ag Ghaly"); a kunya ("أبو الوليد
  الصحراوي"); a person noun, with or without a nationality, before a name ("le journaliste
  français Olivier Dubois", "the Russian businessman X"). Given names, links and person nouns are
  the word classes ``given_name``, ``common_given_name`` (given names that are also words:
  they need a link or a second given name), ``name_link`` and ``person_noun`` of each language.
- Organisations: a head word with its complement ("جبهة التغيير والوفاق", "Mouvement pour le
  salut de l'Azawad", "Sudan Shield Forces"); the head's class (``armed_group_head`` or
  ``organisation_head``) gives the type (ArmedGroup or Organization).

Precision first: a Latin name word is capitalised; no word of a name is a function word, a
trigger, a title, a date word, a demonym or (except inside an organisation's complement) a known
place; a given name that is also a common word opens a name only with more evidence.

:class:`NameShapes` reads a sentence through :class:`SentenceView`; the mention finder builds
the entity (:func:`new_entity_id` gives its stable id) and notes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sahelkg.ingest.entities.gazetteer import PhraseTable
from sahelkg.ingest.language.lexicon import Lexicon
from sahelkg.ingest.language.normalize import noun_stems

from sahelkg.records import entity_id

BUILT = "built"  # SentenceView.known of a name built from a data package (a town may be a surname)
MAX_PERSON_WORDS = 4
MAX_ORGANISATION_WORDS = 8
QUOTES = frozenset('"«»“”')
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"})


def arabic(token: str) -> bool:
    return bool(token) and "\u0600" <= token[0] <= "\u06ff"


def definite(token: str) -> bool:
    return any(stem.startswith("ال") for _, stem, _ in noun_stems(token)) or token.startswith(("ال", "لل"))


def new_entity_id(tokens: tuple[str, ...], surface: str) -> str:
    """The stable id of a new entity: from its normalised words when it is written in Arabic
    (hamza forms, ta marbuta and alef maqsura folded, so "أندريه بيلوسوف" and "اندريه بيلوسوف"
    are one node), else from its surface as written ("Amadou Diallo")."""
    if tokens and arabic(tokens[0]):
        return entity_id(" ".join(tokens))
    return entity_id(surface)


@dataclass(slots=True)
class SentenceView:
    """What the shapes read of a sentence: normalised tokens, their surface text, and the
    finder's own tests at a position (a known name starting there, its type; a demonym's length)."""

    tokens: list[str]
    surface: list[str]
    known: Callable[[int], str | None]  # type of the curated name starting at k, BUILT, or None
    demonym: Callable[[int], int]  # length of the demonym at k, 0 if none
    blocked: Callable[[int], bool]  # may the word at k not be part of a name?
    clitic: Callable[[int], str]  # the proclitic of the known name at k


@dataclass(frozen=True, slots=True)
class Found:
    """A name found by its shape: tokens [start, end), its type, where the name itself starts
    (after a person noun and a nationality) and the words that introduced it."""

    start: int
    end: int
    type: str
    head: int


class NameShapes:
    """The shapes of names of one language (see the module docstring)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lang = lexicon.lang
        self.given = lexicon.single_words("given_name")
        self.common_given = lexicon.single_words("common_given_name")
        self.links = lexicon.single_words("name_link")
        self.determiners = lexicon.single_words("determiner")
        self.person_noun = PhraseTable((p, p) for p in lexicon.words.get("person_noun", ()))
        heads = [(p, "ArmedGroup") for p in lexicon.words.get("armed_group_head", ())]
        heads += [(p, "Organization") for p in lexicon.words.get("organisation_head", ())]
        self.heads = PhraseTable(heads)
        self.not_name = lexicon.single_words("organisation_not_name")
        self.given_tail = lexicon.single_words("given_name_tail")
        self.place_heads = lexicon.single_words("place_head")
        self.org_links = lexicon.single_words("organisation_link")
        self.stop = lexicon.single_words("stop")
        self.particles = lexicon.single_words("name_particle")
        self.strong_links = lexicon.single_words("strong_name_link")
        self.first_words = frozenset(self.given | self.links | set(self.person_noun.by_first) |
                                     set(self.heads.by_first))

    # --- people ---------------------------------------------------------------------------------
    def person(self, s: SentenceView, i: int) -> Found | None:
        """A person named at i by the shape of the name, or introduced by a person noun."""
        found = self._introduced(s, i)
        if found is not None:
            return found
        n = self._name(s, i)
        return Found(i, i + n, "Person", i) if n else None

    def _introduced(self, s: SentenceView, i: int) -> Found | None:
        """"le journaliste (français) X", "the (Russian) businessman X", "الصحفي (الفرنسي) X"."""
        k = i
        demonym = 0
        if self.lang == "en":
            demonym = s.demonym(k)
            k += demonym
        pn, _, _ = self.person_noun.match(s.tokens, k)
        if not pn:
            return None
        k += pn
        if self.lang != "en":
            demonym = s.demonym(k)
            k += demonym
        n = self._name(s, k, introduced=True)
        return Found(i, k + n, "Person", k) if n else None

    def _given(self, s: SentenceView, k: int) -> str:
        """"given" for a given name at k, "common" for one that is also a word, else ""."""
        for prefix, stem, suffix in noun_stems(s.tokens[k]):
            if suffix or prefix not in PROCLITICS or (prefix and not arabic(stem)):
                continue
            if stem in self.given:
                return "common" if stem in self.common_given else "given"
        return ""

    def _given_prefix(self, s: SentenceView, k: int) -> str:
        """The proclitic before the given name at k ("" when the word is one, or is none)."""
        readings = [p for p, stem, suffix in noun_stems(s.tokens[k]) if not suffix and stem in self.given]
        return "" if not readings or "" in readings else readings[0]

    def _given_as_written(self, s: SentenceView, k: int) -> bool:
        """A given name that is a function word only once normalised or in small letters: "علي"
        (not "على"), "Said" (not "said")."""
        if not self._given(s, k):
            return False
        text = s.surface[k]
        return not text.endswith("ى") if arabic(text) else text[:1].isupper() and k > 0

    def _word(self, s: SentenceView, k: int, first: bool = False) -> bool:
        """May the word at k be part of a personal name?"""
        if k >= len(s.tokens):
            return False
        token = s.tokens[k]
        if not token[:1].isalpha() or s.blocked(k) and not self._given_as_written(s, k) or s.demonym(k):
            return False
        if arabic(token):
            if "\u064b" in s.surface[k] or any(st in self.place_heads for _, st, _ in noun_stems(token)):
                return False  # "رئيسًا": an accusative noun; "جبل": a place
            return not (first and definite(token))
        return s.surface[k][:1].isupper()

    def _name(self, s: SentenceView, i: int, introduced: bool = False) -> int:
        """Length of a personal name at i (0 if none): 2-4 name words, links between them."""
        tokens = s.tokens
        if i >= len(tokens) or not self._word(s, i, first=True) or s.known(i) not in (None, BUILT):
            return 0
        if i and (self._head(s, i - 1, any_case=True) or
                  any(st in self.place_heads for _, st, _ in noun_stems(tokens[i - 1]))):
            return 0  # "la brigade Tariq Ben Zeyad", "جبل بن غنيمة": an organisation's or a place's name
        if self._given_prefix(s, i) not in ("", "و", "ف"):
            return 0  # "لجان" is not "ل" + "جان": a name opening after a preposition is too often a word
        opening = self._given(s, i)
        kunya = tokens[i] in ("ابو", "abu", "abou") and i + 1 < len(tokens)
        end, words, linked, given_after, tail = i + 1, 1, False, False, False
        while end < len(tokens) and words < MAX_PERSON_WORDS:
            token = tokens[end]
            if token == "-" and end + 1 < len(tokens) and not arabic(tokens[end + 1]):
                end += 1  # "al-Sahrawi", "Yunus-Bek"
                continue
            if token in self.links:
                after = end + 2 if end + 2 < len(tokens) and tokens[end + 1] == "-" else end + 1
                if self._word(s, after):  # "ولد سيدي", "Ag Ghaly", "al-Sahrawi"
                    linked = linked or token in self.strong_links
                    end = after
                    continue
            if token in self.given_tail and end == i + 1:
                end += 1  # "صلاح الدين": one given name of two words
                continue
            if s.known(end) == "Person":
                return 0  # "عمر عبد الرحمن تياني": the given names of a known person
            if not self._word(s, end) or s.known(end) not in (None, BUILT):
                break  # a known name after a name is another mention (a built town may be a surname)
            if arabic(token) and token.startswith("و") and not self._given(s, end) and (
                    words >= 2 or end + 1 < len(tokens) and self._given(s, end + 1)):
                break  # "كيرت كامبل وقيادة النيجر", "ابنته عائشة وابناه محمد": the next word is coordinated
            given_after = given_after or bool(self._given(s, end))
            end += 1
            words += 1
            tail = not definite(token) and not self._given(s, end - 1)
            if arabic(token) and definite(token) and tokens[end - 2] not in self.links:
                break  # a family name with the article ends the name ("محمد الحداد")
        if arabic(tokens[i]) and tail and words > 2 and end < len(tokens) and tokens[end][:1].isalpha() and \
                tokens[end] not in self.stop:
            end -= 1  # "عبد الماجد عبد الحميد تعرض لـ": a verb after the name, not a family name
            words -= 1
        if words < 2:
            return 0
        if kunya and not arabic(tokens[i]) and words < 3:
            return 0  # "Abu Salim" is as often a place as a man
        if introduced or kunya or linked or opening and tokens[i + 1] in self.links:
            return end - i
        if opening == "given" or opening == "common" and given_after:
            return end - i
        return 0

    def clitic(self, token: str) -> str:
        """The proclitic before a head word or a given name ("ل" in "لائتلاف")."""
        for prefix, stem, suffix in noun_stems(token):
            if prefix and not suffix and prefix in PROCLITICS and \
                    (stem in self.heads.by_first or stem in self.given):
                return prefix
        return ""

    # --- organisations ----------------------------------------------------------------------------
    def organisation(self, s: SentenceView, i: int) -> Found | None:
        """An organisation named by its head word at i (or, in English, by a head word closing a
        capitalised name that starts at i)."""
        if self.lang == "ar":
            return self._arabic_organisation(s, i)
        return self._latin_organisation(s, i)

    def _head(self, s: SentenceView, k: int, any_case: bool = False) -> str | None:
        n, kind, prefix = self.heads.match(s.tokens, k)
        if not n or prefix not in PROCLITICS:
            return None
        if not arabic(s.tokens[k]) and not any_case and not s.surface[k][:1].isupper():
            return None
        return str(kind)

    def _arabic_organisation(self, s: SentenceView, i: int) -> Found | None:
        """"جبهة التغيير والوفاق", "تنسيقية الشعب في أزواد", "تنسيقية حركات وجبهات المقاومة
        الوطنية": an indefinite head, construct nouns before a definite word, then definite words
        and known places, and at most one link ("في", "لتحرير") with one word after it; the name
        ends on a definite word or a known name."""
        tokens = s.tokens
        kind = self._head(s, i)
        if kind is None or definite(tokens[i]):
            return None
        k, last_good, content, construct, linked = i + 1, 0, 0, 0, False
        while k < len(tokens) and k - i <= MAX_ORGANISATION_WORDS:
            token = tokens[k]
            if token in QUOTES:
                k += 1
                if content:
                    break  # "حزب “المتحولون”": the quoted name ends it
                continue
            known = s.known(k)
            if known in ("Person", "Organization", "ArmedGroup"):
                return None if not content else Found(i, last_good, kind, i)  # "جماعة بوكو حرام"
            if known in ("Place", "Country", BUILT):
                if s.clitic(k).lstrip("وف")[:1] in ("ب", "ل", "ك") and content:
                    break  # "مجلس أعيان الطوارق بسبها": where the body sits, not its name
                k += 1
                last_good = k
                if linked:
                    break
                continue
            if not token[:1].isalpha() or not arabic(token) or s.demonym(k) or self._head(s, k) or \
                    s.blocked(k):
                break  # "... وتنسيقية الشعب": another organisation; "التي": a clause
            if definite(token):
                stem = next((st for _, st, _ in noun_stems(token) if st.startswith("ال")), token)
                if content == 0 and construct == 0 and stem in self.not_name:
                    return None  # "حركة المرور", "مجلس النواب"
                content += 1
                k += 1
                last_good = k
                if linked:
                    break
                continue
            purpose = token.startswith("ل") and len(token) > 3  # "لتحرير"
            if content and not linked and (token in self.org_links or purpose):
                linked = True  # "تنسيقية الشعب في أزواد", "جبهة الإنقاذ لتحرير X"
                k += 1
                if token not in self.org_links:
                    last_good = k
                continue
            following = tokens[k + 1] if k + 1 < len(tokens) else ""
            if construct < 2 and not content and not linked and (definite(following) or s.known(k + 1) or (
                    construct == 0 and k + 2 < len(tokens) and definite(tokens[k + 2]))):
                construct += 1  # a construct noun: "تنسيقية حركات وجبهات المقاومة"
                k += 1
                continue
            break
        if not last_good or content == 0 and construct == 0:
            return None
        return Found(i, last_good, kind, i)

    def _latin_organisation(self, s: SentenceView, i: int) -> Found | None:
        """"Movement for Justice and Equality", "Sudan Shield Forces", "Mouvement pour le salut de
        l'Azawad": a capitalised name holding a head word, with at least two other name words
        (or a complement after a link word); in French the complement may be in small letters
        but needs a capitalised word or a known name."""
        tokens, surface = s.tokens, s.surface
        if not surface[i][:1].isupper() or s.known(i) in ("Person", "Organization", "ArmedGroup"):
            return None
        if i and surface[i - 1][:1].isupper() and tokens[i - 1] not in self.determiners and \
                surface[i - 1][:1].isalpha():
            return None  # inside a longer capitalised name ("U.S. Army Forces in Africa")
        # the words before the head (English): capitalised, none a demonym or known actor
        k, before = i, 0
        kind = self._head(s, k)
        while kind is None and self.lang == "en" and k < len(tokens) and before < 3:
            if not surface[k][:1].isupper() or s.blocked(k) or s.demonym(k) or \
                    s.known(k) in ("Person", "Organization", "ArmedGroup"):
                return None
            k += 1
            before += 1
            kind = self._head(s, k) if k < len(tokens) else None
        if kind is None:
            return None
        head = k
        k += 1
        end, capital, small, run = head + 1, False, 0, 0  # run: small words in a row
        while k < len(tokens) and k - i <= MAX_ORGANISATION_WORDS:
            token, text = tokens[k], surface[k]
            if token in self.particles:
                k += 1
                run = 0
                continue
            if not token[:1].isalpha() or s.demonym(k) and self.lang == "en":
                break
            if text[:1].isupper():
                if s.known(k) in ("Person", "Organization", "ArmedGroup") or s.blocked(k):
                    break
                capital = True
                k += 1
                run = 0
                end = k  # a name ends on a capitalised word
            elif self.lang == "fr" and not s.blocked(k) and small < 4 and run < 2:
                small += 1  # "Mouvement national de libération de l'Azawad"
                run += 1
                k += 1
                continue
            else:
                break
        if self.lang == "fr" and not capital:
            return None
        content = before + sum(tokens[x] not in self.particles for x in range(head + 1, end))
        linked = any(tokens[x] in self.particles for x in range(head + 1, end))
        if content < 2 and not (linked and content >= 1):
            return None
        return Found(i, end, kind, i)
