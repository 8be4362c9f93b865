"""The SPARQL 1.1 Protocol's ``using-graph-uri`` / ``using-named-graph-uri`` for updates.

The protocol says these parameters give the RDF dataset of every operation of the request that has
a WHERE clause, as ``USING <g>`` / ``USING NAMED <g>`` clauses would, and that a request which also
names a dataset in the update itself (``USING``, ``USING NAMED`` or ``WITH``) is an error. Oxigraph
takes no dataset with an update, so the clauses are written into the update text: before the
``WHERE`` of each DELETE/INSERT operation, and ``DELETE WHERE { P }`` becomes the equivalent
``DELETE { P } USING ... WHERE { P }``. Other operations (INSERT DATA, DELETE DATA, LOAD, CLEAR,
CREATE, DROP, COPY, MOVE, ADD) have no dataset and are left alone.

Strings, IRIs and comments are masked (same length, so positions hold) before keywords, braces
and the ``;`` between operations are looked for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pyoxigraph import NamedNode

_MASKED = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
)
_TOKEN = re.compile(
    r"(?i)(?<![\w:?$\-.])(WITH|USING|WHERE|DELETE|INSERT|DATA)(?![\w:\-])|[{};]"
)


class UpdateDatasetConflict(ValueError):
    """The request gives using-graph-uri / using-named-graph-uri and the update names a dataset too."""


@dataclass(frozen=True, slots=True)
class _Token:
    text: str  # a keyword in upper case, or one of { } ;
    start: int
    end: int
    depth: int  # brace depth before the token


def _tokens(masked: str) -> list[_Token]:
    tokens: list[_Token] = []
    depth = 0
    for match in _TOKEN.finditer(masked):
        text = match.group(0).upper()
        tokens.append(_Token(text, match.start(), match.end(), depth))
        if text == "{":
            depth += 1
        elif text == "}":
            depth = max(0, depth - 1)
    return tokens


def _operations(tokens: list[_Token]) -> list[list[_Token]]:
    """The tokens of each operation (split at ``;`` outside braces)."""
    operations: list[list[_Token]] = [[]]
    for token in tokens:
        if token.text == ";" and token.depth == 0:
            operations.append([])
        else:
            operations[-1].append(token)
    return [op for op in operations if op]


def _closing_brace(tokens: list[_Token], opening: int) -> _Token | None:
    depth = tokens[opening].depth
    for token in tokens[opening + 1:]:
        if token.text == "}" and token.depth == depth + 1:
            return token
    return None


def using_clauses(using: Sequence[NamedNode], using_named: Sequence[NamedNode]) -> str:
    return " ".join([f"USING {g}" for g in using] + [f"USING NAMED {g}" for g in using_named])


def apply_using(update: str, using: Sequence[NamedNode], using_named: Sequence[NamedNode]) -> str:
    """``update`` with the protocol's dataset written into each operation that has a WHERE clause.

    Raises :class:`UpdateDatasetConflict` when an operation has USING, USING NAMED or WITH itself.
    """
    if not using and not using_named:
        return update
    masked = _MASKED.sub(lambda m: " " * len(m.group(0)), update)
    clauses = using_clauses(using, using_named)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement), in text order
    for operation in _operations(_tokens(masked)):
        top = [(i, t) for i, t in enumerate(operation) if t.depth == 0]
        keywords = [t.text for _, t in top if t.text.isalpha()]
        if not keywords or keywords[0] not in ("WITH", "DELETE", "INSERT"):
            continue  # LOAD, CLEAR, CREATE, DROP, COPY, MOVE, ADD: no dataset
        if keywords[0] == "WITH" or "USING" in keywords:
            raise UpdateDatasetConflict(
                "using-graph-uri / using-named-graph-uri cannot be combined with an update that names "
                "its own dataset (USING, USING NAMED or WITH)")
        if len(keywords) > 1 and keywords[1] == "DATA":
            continue  # INSERT DATA / DELETE DATA
        first = next(t for _, t in top if t.text.isalpha())
        where_index, where = next(((i, t) for i, t in top if t.text == "WHERE"), (-1, None))
        if where is None:
            continue  # no WHERE: let the parser say what is wrong
        if first.text == "DELETE" and not masked[first.end:where.start].strip():
            # the DELETE WHERE shorthand: its pattern is also its template
            brace = where_index + 1
            closing = _closing_brace(operation, brace) if brace < len(operation) else None
            if closing is None or operation[brace].text != "{":
                continue
            pattern = update[operation[brace].start:closing.end]
            edits.append((first.end, where.start, f" {pattern} {clauses} "))
            continue
        edits.append((where.start, where.start, f"{clauses} "))
    for start, end, replacement in reversed(edits):
        update = update[:start] + replacement + update[end:]
    return update
