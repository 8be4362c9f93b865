"""The marks and bounds the sentence layout reads: the types that act, punctuation that may be
skipped between an argument and its trigger, and how far a finder looks."""

from __future__ import annotations

ACTORS = frozenset({"Person", "Country", "Organization", "ArmedGroup"})
HEADS = frozenset({"Person", "Country"})  # who may head a body ("بقيادة X")
SKIPPABLE = frozenset({"،", ",", '"', "“", "”", "«", "»", "‘", "’", "'", "(", ")", "-"})
COMMAS = frozenset({"،", ","})
QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})
MAX_SKIP = 4
MAX_ASIDE = 6  # words of an adverbial set off by commas ("، على هامش القمة،")
MAX_PREP_DISTANCE = 12  # words between an argument and the preposition of the next one
MAX_UNNAMED_HEAD = 3  # words naming a force or body before "بقيادة" ("قوة متعددة الجنسيات")
