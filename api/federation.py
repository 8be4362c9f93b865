"""Federation and LOAD are off unless configured: the endpoint never reaches a URL nobody listed.

A query with ``SERVICE`` would make the server send requests wherever the query says (to
127.0.0.1, to itself, to a cloud metadata address); an update with ``LOAD`` would read any file
or URL. Both are refused with 400 naming the keyword, unless the IRI is in the configured list
(``SAHELKG_SERVICE_ENDPOINTS``, ``SAHELKG_LOAD_SOURCES``). A ``SERVICE ?variable`` is always refused.

The check reads the query with its comments, strings and IRIs told apart, so a literal that
mentions the word is not mistaken for the keyword.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sahelkg.api.errors import ApiError

# comments, strings (long and short, either quote), IRIs and the keywords with what follows them
_LEXEME = re.compile(
    r'(?P<comment>\#[^\n]*)'
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"'
    r'|\'(?:[^\'\\\n]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\s]*>)'
    r'|(?P<word>[A-Za-z_][A-Za-z_0-9-]*)'
    r'|(?P<var>[?$][A-Za-z_0-9]+)',
)


def _lexemes(sparql: str) -> list[tuple[str, str]]:
    return [(m.lastgroup or "", m.group()) for m in _LEXEME.finditer(sparql)
            if m.lastgroup not in ("comment", "string")]


def _targets(sparql: str, keyword: str) -> list[str | None]:
    """The IRI after each ``keyword`` (``SILENT`` skipped); None where a variable or nothing follows."""
    if keyword.lower() not in sparql.lower():  # most texts: no need to read them more closely
        return []
    lexemes = _lexemes(sparql)
    out: list[str | None] = []
    for k, (kind, text) in enumerate(lexemes):
        if kind != "word" or text.upper() != keyword:
            continue
        j = k + 1
        if j < len(lexemes) and lexemes[j][0] == "word" and lexemes[j][1].upper() == "SILENT":
            j += 1
        out.append(lexemes[j][1][1:-1] if j < len(lexemes) and lexemes[j][0] == "iri" else None)
    return out


def refuse_federation(sparql: str, allowed: Sequence[str]) -> None:
    """400 for a SERVICE call to an endpoint not listed in ``allowed``."""
    for target in _targets(sparql, "SERVICE"):
        if target is None or target not in allowed:
            called = f"<{target}>" if target else "with a variable"
            raise ApiError(400, f"federated query refused: SERVICE {called} is not an allowed endpoint "
                                "(federation is off unless SAHELKG_SERVICE_ENDPOINTS lists the endpoint)")


def refuse_load(sparql: str, allowed: Sequence[str]) -> None:
    """400 for a LOAD of a source not listed in ``allowed``."""
    for target in _targets(sparql, "LOAD"):
        if target is None or target not in allowed:
            raise ApiError(400, f"LOAD refused: <{target}> is not an allowed source (LOAD is off unless "
                                "SAHELKG_LOAD_SOURCES lists the source)")
