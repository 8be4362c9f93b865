"""Hints added to Oxigraph's SPARQL parser errors.

Oxigraph's message ("error at 1:10: expected CONSTRUCT" for ``SELEC``) is kept as it is (on one
line); the hint says which keywords the request may start with and, when the message gives a
position, the line and column with the text there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["query", "update"]

QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
UPDATE_OPERATIONS = ("INSERT DATA", "DELETE DATA", "DELETE/INSERT ... WHERE", "DELETE WHERE", "LOAD",
                     "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD")
_UPDATE_WORDS = {"INSERT", "DELETE", "WITH", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD"}
_POSITION = re.compile(r"\berror at (\d+):(\d+)")
_PROLOGUE = re.compile(r"(?is)\A(?:\s+|#[^\n]*|BASE\s*<[^>]*>|PREFIX\s+[\w\-.]*:\s*<[^>]*>)*")
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_EXCERPT = 30


@dataclass(frozen=True, slots=True)
class ParseError:
    message: str  # "malformed SPARQL query: <Oxigraph's message>; hint: ..."
    hint: str
    line: int | None
    column: int | None


def _first_word(text: str) -> str | None:
    match = _FIRST_WORD.match(text, _PROLOGUE.match(text).end())  # type: ignore[union-attr]
    return match.group(0).upper() if match else None


def _keywords_hint(kind: Kind, text: str) -> str:
    word = _first_word(text)
    if kind == "query":
        forms = ", ".join(QUERY_FORMS[:-1]) + f" or {QUERY_FORMS[-1]}"
        if word in _UPDATE_WORDS:
            return (f"{word} starts an update, not a query: send it as 'update' (form field) or "
                    "application/sparql-update, with the write token")
        if word is not None and word not in QUERY_FORMS:
            return f"a query is {forms} (after any BASE and PREFIX declarations), not {word}"
        return f"a query is {forms} (after any BASE and PREFIX declarations)"
    operations = ", ".join(UPDATE_OPERATIONS)
    if word in QUERY_FORMS:
        return f"{word} starts a query, not an update: send it as 'query' or application/sparql-query"
    return f"an update is one or more operations separated by ';': {operations}"


def _position_hint(text: str, line: int, column: int) -> str:
    lines = text.splitlines() or [""]
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    before = source[:max(0, column - 1)].strip()[-_EXCERPT:]
    where = f"line {line}, column {column}"
    return f"{where}, after {before!r}" if before else f"{where}, at the start of the line"


def parse_error(kind: Kind, exc: SyntaxError, text: str) -> ParseError:
    """The 400 message for a SPARQL text Oxigraph could not parse."""
    original = " ".join(str(exc).split())
    hint = _keywords_hint(kind, text)
    position = _POSITION.search(original)
    line = column = None
    if position:
        line, column = int(position.group(1)), int(position.group(2))
        hint += f"; the parser stopped at {_position_hint(text, line, column)}"
    return ParseError(f"malformed SPARQL {kind}: {original}; hint: {hint}", hint, line, column)
