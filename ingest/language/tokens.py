"""Word splitting shared by the built-in backend and the language data loader, so that an
article and a phrase in the data are cut into the same tokens.

Words are runs of letters and digits (Arabic diacritics and tatweel included) or single
punctuation marks. Elided articles and pronouns are tokens of their own ("l'armée" -> "l'",
"armée"; "s'est" -> "s'", "est") and so is a possessive ending ("Niger's" -> "Niger", "'s"),
the way dependency parsers cut them. Which prefixes elide and which endings are possessive is
language data: the ``elision`` and ``possessive`` rows of every ingest/data/<lang>/language.tsv
(one rule set for all languages, so a French name quoted in English splits the same way).
An apostrophe inside any other word keeps the word whole ("aujourd'hui", "didn't").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_LETTER = r"[\w\u064b-\u065f\u0670\u0640]"
_APOSTROPHES = "'’"


def _language_rows(data_dir: Path, key: str) -> set[str]:
    found: set[str] = set()
    for path in sorted(data_dir.glob("*/language.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = [c.strip() for c in line.split("\t")]
            if cols and cols[0] == key:
                found.update(c for c in cols[1:] if c)
    return found


@lru_cache(maxsize=4)
def token_pattern(data_dir: Path = DATA_DIR) -> re.Pattern[str]:
    """The compiled word pattern built from the elision and possessive rules in the data."""
    elided = sorted({e.rstrip(_APOSTROPHES).casefold() for e in _language_rows(data_dir, "elision")},
                    key=len, reverse=True)
    endings = sorted({p.lstrip(_APOSTROPHES).casefold() for p in _language_rows(data_dir, "possessive")},
                     key=len, reverse=True)
    parts = []
    if elided:
        parts.append(rf"(?<!{_LETTER})(?i:{'|'.join(map(re.escape, elided))})['’](?={_LETTER}|\s|$)")
    if endings:
        ending = "|".join(map(re.escape, endings))
        parts.append(rf"(?<={_LETTER})['’](?i:{ending})(?!{_LETTER})")
        parts.append(rf"{_LETTER}+(?:['’](?!(?i:{ending})(?!{_LETTER})){_LETTER}+)*")
    else:
        parts.append(rf"{_LETTER}+(?:['’]{_LETTER}+)*")
    parts.append(r"[^\w\s]")
    return re.compile("|".join(parts), re.UNICODE)


def words(text: str) -> list[str]:
    """The tokens of ``text``."""
    return token_pattern().findall(text)
