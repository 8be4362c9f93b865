"""Query answers serialised while the deadline is checked between solutions.

pyoxigraph's own result serialisers consume a whole result inside the engine, where no deadline
can reach, so SELECT results are written here, row by row (SPARQL 1.1 Query Results JSON, XML, CSV
and TSV, byte for byte what pyoxigraph writes), and CONSTRUCT/DESCRIBE triples go to pyoxigraph's
RDF serialiser through a generator that checks the deadline.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode, QuerySolutions, Triple, serialize
from sahelkg.api.runner import Deadline
from sahelkg.graph import vocab
from sahelkg.graph.formats import Format

CHECK_EVERY = 64  # solutions between two deadline checks

_XSD_STRING = vocab.XSD + "string"
_LANG_STRING = vocab.RDF + "langString"
_XML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"})
_CSV_NEEDS_QUOTES = re.compile(r'[",\r\n]')
_TURTLE_BARE = {
    vocab.XSD + "integer": re.compile(r"[+-]?\d+"),
    vocab.XSD + "decimal": re.compile(r"[+-]?\d*\.\d+"),
    vocab.XSD + "double": re.compile(r"[+-]?(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+"),
    vocab.XSD + "boolean": re.compile(r"true|false"),
}


def checked(items: Iterable[Any], deadline: Deadline) -> Iterator[Any]:
    """The items, raising QueryTimeout once the deadline has passed (checked every CHECK_EVERY)."""
    deadline.check()
    for count, item in enumerate(items, 1):
        yield item
        if count % CHECK_EVERY == 0:
            deadline.check()
    deadline.check()


# ------------------------------------------------------------------------------------ term encoders


def _json_term(term: Any) -> dict[str, Any]:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    raise TypeError(f"cannot serialise {term!r}")


def _xml_term(term: Any) -> str:
    if isinstance(term, NamedNode):
        return f"<uri>{term.value.translate(_XML_ESCAPES)}</uri>"
    if isinstance(term, BlankNode):
        return f"<bnode>{term.value.translate(_XML_ESCAPES)}</bnode>"
    if isinstance(term, Literal):
        text = term.value.translate(_XML_ESCAPES)
        if term.language:
            return f'<literal xml:lang="{term.language.translate(_XML_ESCAPES)}">{text}</literal>'
        if term.datatype.value != _XSD_STRING:
            return f'<literal datatype="{term.datatype.value.translate(_XML_ESCAPES)}">{text}</literal>'
        return f"<literal>{text}</literal>"
    if isinstance(term, Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
                f"</predicate><object>{_xml_term(term.object)}</object></triple>")
    raise TypeError(f"cannot serialise {term!r}")


def _csv_term(term: Any) -> str:
    if isinstance(term, BlankNode):
        text = f"_:{term.value}"
    elif isinstance(term, Triple):
        text = " ".join(_csv_term(t) for t in (term.subject, term.predicate, term.object))
    else:
        text = term.value
    if _CSV_NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def _tsv_term(term: Any) -> str:
    if isinstance(term, Literal) and not term.language:
        shape = _TURTLE_BARE.get(term.datatype.value)
        if shape is not None and shape.fullmatch(term.value):
            return term.value
    if isinstance(term, Triple):
        return f"<<( {_tsv_term(term.subject)} {_tsv_term(term.predicate)} {_tsv_term(term.object)} )>>"
    return str(term)


# ------------------------------------------------------------------------------------ writers


def _write_json(out: io.StringIO, names: list[str], rows: Iterable[Any]) -> None:
    out.write('{"head":{"vars":' + json.dumps(names, ensure_ascii=False, separators=(",", ":")))
    out.write('},"results":{"bindings":[')
    for index, row in enumerate(rows):
        binding = {name: _json_term(row[name]) for name in names if row[name] is not None}
        out.write(("," if index else "") + json.dumps(binding, ensure_ascii=False, separators=(",", ":")))
    out.write("]}}")


def _write_xml(out: io.StringIO, names: list[str], rows: Iterable[Any]) -> None:
    out.write('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>')
    out.write("".join(f'<variable name="{name}"/>' for name in names))
    out.write("</head><results>")
    for row in rows:
        out.write("<result>")
        for name in names:
            term = row[name]
            if term is not None:
                out.write(f'<binding name="{name}">{_xml_term(term)}</binding>')
        out.write("</result>")
    out.write("</results></sparql>")


def _write_csv(out: io.StringIO, names: list[str], rows: Iterable[Any]) -> None:
    out.write(",".join(names) + "\r\n")
    for row in rows:
        out.write(",".join("" if row[name] is None else _csv_term(row[name]) for name in names) + "\r\n")


def _write_tsv(out: io.StringIO, names: list[str], rows: Iterable[Any]) -> None:
    out.write("\t".join(f"?{name}" for name in names) + "\n")
    for row in rows:
        out.write("\t".join("" if row[name] is None else _tsv_term(row[name]) for name in names) + "\n")


_SOLUTION_WRITERS: dict[str, Callable[[io.StringIO, list[str], Iterable[Any]], None]] = {
    "json": _write_json,
    "xml": _write_xml,
    "csv": _write_csv,
    "tsv": _write_tsv,
}


def solutions_body(solutions: QuerySolutions, fmt: Format, deadline: Deadline) -> bytes:
    """A SELECT result in ``fmt`` (a results format), stopping with QueryTimeout when late."""
    names = [variable.value for variable in solutions.variables]
    out = io.StringIO()
    _SOLUTION_WRITERS[fmt.name](out, names, checked(solutions, deadline))
    return out.getvalue().encode("utf-8")


def boolean_body(value: bool, fmt: Format) -> bytes:
    """An ASK result in ``fmt`` (CSV and TSV carry the bare ``true`` / ``false``, as pyoxigraph does)."""
    text = "true" if value else "false"
    if fmt.name == "json":
        return ('{"head":{},"boolean":' + text + "}").encode()
    if fmt.name == "xml":
        return ('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head></head>'
                f"<boolean>{text}</boolean></sparql>").encode()
    return text.encode()


def triples_body(triples: Iterable[Triple], fmt: Format, deadline: Deadline) -> bytes:
    """A CONSTRUCT/DESCRIBE result in ``fmt`` (a triples format), stopping with QueryTimeout when late."""
    out = io.BytesIO()
    serialize(checked(triples, deadline), out, fmt.rdf_format, prefixes=vocab.PREFIXES)
    return out.getvalue()
