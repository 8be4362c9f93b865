"""The RDF dataset a SPARQL query names with FROM / FROM NAMED.

The store's default graph is the union of all graphs, which overrides a query's own FROM clauses,
so the endpoint reads them out and passes them as the dataset (as the SPARQL 1.1 Protocol says
when no default-graph-uri / named-graph-uri is given). Comments, strings and IRIs are masked
before looking for the keywords, so ``"FROM"`` in a literal or ``?from`` does not count. A relative
graph IRI is resolved against the query's BASE, else the base IRI given (the endpoint's URL).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from pyoxigraph import NamedNode

_MASKED = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
)
_PREFIX_DECL = re.compile(r"(?i)(?<![\w:?$])PREFIX\s+([\w\-.]*):\s*<([^<>\"{}|^`\\\s]*)>")
_BASE_DECL = re.compile(r"(?i)(?<![\w:?$])BASE\s*<([^<>\"{}|^`\\\s]*)>")
_FROM = re.compile(
    r"(?i)(?<![\w:?$])FROM\s+(NAMED\s+)?(<[^<>\"{}|^`\\\s]*>|[\w\-.]*:[\w\-.%]*)"
)


@dataclass(frozen=True, slots=True)
class QueryDataset:
    default_graphs: list[NamedNode]
    named_graphs: list[NamedNode] | None  # None: every named graph of the store


class DatasetError(ValueError):
    pass


def query_dataset(sparql: str, base_iri: str | None = None) -> QueryDataset | None:
    """The FROM / FROM NAMED graphs of a query, or None when it names none."""
    if "from" not in sparql.lower():  # most queries: no need to read the text more closely
        return None
    base = base_iri or ""
    for declared in _BASE_DECL.findall(sparql):
        base = urljoin(base, declared)
    prefixes = {name: urljoin(base, iri) for name, iri in _PREFIX_DECL.findall(sparql)}
    masked = _MASKED.sub(lambda m: m.group(0) if m.group(0).startswith("<") else " ", sparql)
    default: list[NamedNode] = []
    named: list[NamedNode] = []
    for match in _FROM.finditer(masked):
        target = named if match.group(1) else default
        target.append(_graph_iri(match.group(2), prefixes, base))
    if not default and not named:
        return None
    return QueryDataset(default, named if named else ([] if default else None))


def _graph_iri(token: str, prefixes: dict[str, str], base: str) -> NamedNode:
    if token.startswith("<"):
        iri = urljoin(base, token[1:-1]) if base else token[1:-1]
    else:
        prefix, _, local = token.partition(":")
        if prefix not in prefixes:
            raise DatasetError(f"unknown prefix {prefix!r} in FROM {token}")
        iri = prefixes[prefix] + local
    try:
        return NamedNode(iri)
    except ValueError as exc:
        raise DatasetError(f"FROM {token} is not an absolute IRI: {exc}") from None
