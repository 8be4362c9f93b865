"""Page furniture removal that keeps character offsets.

Furniture (navigation lines, "logo", related-article lists, copyright lines, tracking tokens) is
blanked out with spaces, so the cleaned text has the same length as the article text and every
offset found in it indexes ``Article.text`` directly. The rules are data (furniture.tsv).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from sahelkg.ingest.language.lexicon import FurnitureRule, Lexicon
from sahelkg.ingest.language.normalize import normalize_arabic

HEADLINE_MAX_WORDS = 16
SENTENCE_END = (".", "!", "…", ":", "،", ",")
RELATED_LIST_MAX_LINES = 8


@dataclass(slots=True)
class CleanedText:
    text: str  # same length as the input; furniture replaced by spaces
    dropped: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, rule kind)


@dataclass(frozen=True, slots=True)
class FurnitureRules:
    lines: frozenset[str]
    prefixes: tuple[str, ...]
    contains: tuple[str, ...]
    regexes: tuple[re.Pattern[str], ...]
    list_headings: frozenset[str]
    separators: frozenset[str]
    tokens: tuple[re.Pattern[str], ...]

    @classmethod
    def from_rules(cls, rules: tuple[FurnitureRule, ...]) -> FurnitureRules:
        def norm(kind: str) -> list[str]:
            return [normalize_arabic(r.pattern) for r in rules if r.kind == kind]

        return cls(
            lines=frozenset(norm("line")),
            prefixes=tuple(norm("prefix")),
            contains=tuple(norm("contains")),
            regexes=tuple(re.compile(r.pattern) for r in rules if r.kind == "regex"),
            list_headings=frozenset(norm("list_after")),
            separators=frozenset(r.pattern for r in rules if r.kind == "separated_headline"),
            tokens=tuple(re.compile(r.pattern) for r in rules if r.kind == "token"),
        )


@lru_cache(maxsize=8)
def _rules_of(furniture: tuple[FurnitureRule, ...]) -> FurnitureRules:
    """A language's furniture rules, compiled once (``clean_text`` without rules)."""
    return FurnitureRules.from_rules(furniture)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _furniture_kind(line: str, norm: str, rules: FurnitureRules) -> str | None:
    if not norm:
        return None
    if norm in rules.lines:
        return "line"
    if any(norm.startswith(p) for p in rules.prefixes):
        return "prefix"
    if any(c in norm for c in rules.contains):
        return "contains"
    if any(r.search(line) for r in rules.regexes):
        return "regex"
    return None


def _line_drops(text: str, rules: FurnitureRules) -> Iterator[tuple[int, int, list[tuple[int, int, str]]]]:
    """Each line of ``text`` (start, end) with the spans of it to blank out, line after line: what
    a line loses depends only on the lines before it, so a reader may stop early."""
    in_list = 0
    after_separator = False
    for start, end in _line_spans(text):
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            yield start, end, []
            continue
        norm = normalize_arabic(stripped)
        words = len(stripped.split())
        headline = words <= HEADLINE_MAX_WORDS and not stripped.endswith(SENTENCE_END)
        if in_list:
            if headline:
                yield start, end, [(start, end, "related_list")]
                in_list -= 1
                continue
            in_list = 0
        if after_separator and headline and stripped not in rules.separators:
            yield start, end, [(start, end, "separated_headline")]
            after_separator = False
            continue
        after_separator = stripped in rules.separators
        if norm in rules.list_headings or norm.rstrip(":") in rules.list_headings:
            yield start, end, [(start, end, "list_after")]
            in_list = RELATED_LIST_MAX_LINES
            continue
        kind = _furniture_kind(line, norm, rules)
        if kind:
            yield start, end, [(start, end, kind)]
            continue
        yield start, end, _token_drops(line, start, rules.tokens)


_WORD = re.compile(r"\S+")


def _token_drops(line: str, start: int, tokens: tuple[re.Pattern[str], ...]) -> list[tuple[int, int, str]]:
    """The words of a line (at ``start`` in the text) that a token rule matches."""
    if not tokens:
        return []
    if len(tokens) == 1:
        match_token = tokens[0].match
        return [(start + word.start(), start + word.end(), "token")
                for word in _WORD.finditer(line) if match_token(word.group())]
    return [(start + word.start(), start + word.end(), "token")
            for word in _WORD.finditer(line) if any(r.match(word.group()) for r in tokens)]


def clean_text(text: str, lexicon: Lexicon, rules: FurnitureRules | None = None) -> CleanedText:
    """Blank out the furniture of ``text`` according to the language's furniture rules."""
    rules = rules or _rules_of(lexicon.furniture)
    chars = list(text)
    dropped: list[tuple[int, int, str]] = []
    for _, _, drops in _line_drops(text, rules):
        for start, end, kind in drops:
            for k in range(start, end):
                if chars[k] not in "\n":
                    chars[k] = " "
            dropped.append((start, end, kind))
    return CleanedText("".join(chars), dropped)


def clean_lines(text: str, lexicon: Lexicon) -> Iterator[str]:
    """The lines of ``clean_text(text, lexicon).text`` (split at line feeds), one by one: the
    lines after the one a reader stops at are not cleaned."""
    rules = _rules_of(lexicon.furniture)
    for start, end, drops in _line_drops(text, rules):
        if not drops:
            yield text[start:end]
            continue
        chars = list(text[start:end])
        for drop_start, drop_end, _ in drops:
            chars[drop_start - start:drop_end - start] = " " * (drop_end - drop_start)
        yield "".join(chars)
