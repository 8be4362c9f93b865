"""Text normalisation for matching: Arabic letter variants, diacritics, clitics; Latin case and accents.

``normalize_arabic`` is the one function the API uses for search. The other helpers are what the
extractor uses to match gazetteer names and trigger words regardless of attached clitics
("وحفتر", "لحفتر", "زيارته", "بدعوة").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي",
    "ک": "ك", "ی": "ي", "ي": "ي", "ۀ": "ه",
    "’": "'", "‘": "'", "`": "'",
})
_SPACES = re.compile(r"\s+")
# Cyrillic letters drawn like Latin ones, written into Latin words ("mеt" with a Cyrillic е)
_CYRILLIC_FORMS = "аеорсухіјѕАВЕКМНОРСТХІЈЅ"
_CYRILLIC_LOOKALIKES = str.maketrans(_CYRILLIC_FORMS, "aeopcyxijsABEKMHOPCTXIJS")
_WORDS = re.compile(r"\w+")
_LATIN_END = 0x250  # letters below this code point are Latin (accents, case) and are folded
# any letter below _LATIN_END, and any of the Cyrillic lookalikes: one search each instead of a
# test per character
_LATIN_LETTERS = "".join(chr(c) for c in range(_LATIN_END) if chr(c).isalpha())
_LATIN_LETTER = re.compile("[" + re.escape(_LATIN_LETTERS) + "]")
_CYRILLIC = re.compile("[" + re.escape(_CYRILLIC_FORMS) + "]")


def _latin_lookalikes(word: re.Match[str]) -> str:
    text = word.group()
    if any("a" <= ch.lower() <= "z" for ch in text):
        return text.translate(_CYRILLIC_LOOKALIKES)
    return text

# Proclitic letters that may be glued to a noun: conjunctions, prepositions, article.
NOUN_PROCLITICS: tuple[str, ...] = (
    "وبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
    "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك",
)
# Proclitics of verbs: conjunctions and the future prefix.
VERB_PROCLITICS: tuple[str, ...] = ("وس", "فس", "و", "ف", "س")
# Possessive / object pronoun suffixes, longest first, with what they refer to.
PRONOUN_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("هما", "dual"), ("كما", "dual"), ("هم", "plural"), ("هن", "plural"), ("كم", "plural"),
    ("نا", "plural"), ("ها", "fem"), ("ه", "masc"), ("ك", "masc"),
)


def normalize_arabic(text: str) -> str:
    """Normalise Arabic spelling for matching and search.

    Folds the hamza forms of alef to ا, ta marbuta to ه, alef maqsura to ي; drops diacritics and
    tatweel; NFKC; collapses whitespace. Latin text is case-folded and loses its accents, so the
    same function serves French and English search; Cyrillic letters drawn like Latin ones in
    a Latin word become those Latin letters.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _DIACRITICS.sub("", text).translate(_LETTERS)
    if _LATIN_LETTER.search(text):
        if _CYRILLIC.search(text):
            text = _WORDS.sub(_latin_lookalikes, text)
        text = text.translate(_FOLD_LATIN)
    return _SPACES.sub(" ", text).strip()


def _fold_latin(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn").casefold()


# every character below _LATIN_END to its folded form (accents off, case folded), where it changes
_FOLD_LATIN = {c: _fold_latin(chr(c)) for c in range(_LATIN_END) if _fold_latin(chr(c)) != chr(c)}


@lru_cache(maxsize=200_000)
def normalize_token(token: str) -> str:
    """``normalize_arabic`` for one token (cached: tokens repeat a lot)."""
    return normalize_arabic(token)


def _is_arabic(word: str) -> bool:
    return bool(word) and "\u0600" <= word[0] <= "\u06ff"


@lru_cache(maxsize=200_000)
def noun_stems(word: str) -> tuple[tuple[str, str, str], ...]:
    """Readings of a normalised noun token as (proclitic, stem, suffix-kind), most literal first.

    ``"لحفتر"`` -> ``(("", "لحفتر", ""), ("ل", "حفتر", ""))``; ``"زيارته"`` gives
    ``("", "زيارت", "masc")`` and, since ta marbuta turns to ت before a suffix, ``("", "زياره", "masc")``.
    Stems shorter than two letters are not offered.
    """
    out: list[tuple[str, str, str]] = [("", word, "")]
    if not _is_arabic(word):
        return tuple(out)
    prefixes = [""] + [p for p in NOUN_PROCLITICS if word.startswith(p) and len(word) - len(p) >= 2]
    for prefix in prefixes:
        stem = word[len(prefix):]
        if prefix:
            out.append((prefix, stem, ""))
            if prefix.endswith("ل") and not prefix.endswith("ال") and stem.startswith("ل"):
                # "للجيش" = ل + الجيش (the article's alef is dropped after ل); "للواء" = ل + اللواء
                # and "للجنة" = ل + اللجنة when the noun itself starts with ل
                out.append((prefix, "ا" + stem, ""))
                out.append((prefix, "ال" + stem, ""))
        for suffix, kind in PRONOUN_SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                base = stem[: -len(suffix)]
                out.append((prefix, base, kind))
                if base.endswith("ت"):
                    out.append((prefix, base[:-1] + "ه", kind))
                if base.endswith("ي") and kind in ("masc", "fem", "plural", "dual"):
                    out.append((prefix, base[:-1] + "ي", kind))
                if base.endswith("ئ"):
                    out.append((prefix, base[:-1] + "ء", kind))
                break
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for item in out:
        if item not in seen:
            seen.add(item)
            unique.append(item)
    return tuple(unique)


@lru_cache(maxsize=200_000)
def bare_stems(word: str) -> tuple[str, ...]:
    """The stems of the readings of a normalised noun token that carry no pronoun suffix, in the
    order of :func:`noun_stems`."""
    return tuple(stem for _, stem, suffix in noun_stems(word) if not suffix)


def stem_in(word: str, words: frozenset[str]) -> bool:
    """Is a reading of the noun token, with its proclitics and no pronoun suffix, one of
    ``words`` ("وقوات", "القوات" for "قوات")?"""
    return not words.isdisjoint(bare_stems(word))


@lru_cache(maxsize=200_000)
def verb_stems(word: str) -> tuple[tuple[str, str], ...]:
    """Readings of a normalised verb token as (proclitic, stem): ``"وسيبحث"`` -> ``("وس", "يبحث")``."""
    out = [("", word)]
    if _is_arabic(word):
        for prefix in VERB_PROCLITICS:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                out.append((prefix, word[len(prefix):]))
    return tuple(out)


def strip_clitics(word: str) -> str:
    """The shortest stem of ``word`` after removing proclitics and one pronoun suffix."""
    readings = noun_stems(normalize_token(word))
    return min((stem for _, stem, _ in readings), key=len)
