"""Every format sahelkg reads or writes, and the one alias table that resolves names and media
types to them ("ttl", "turtle", "text/turtle" -> Turtle). Content negotiation is a lookup here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pyoxigraph import QueryResultsFormat, RdfFormat

FormatKind = Literal["triples", "quads", "results", "network"]


class UnknownFormat(ValueError):
    def __init__(self, requested: str, kinds: tuple[FormatKind, ...] | None = None) -> None:
        choices = ", ".join(f.name for f in FORMATS if kinds is None or f.kind in kinds)
        super().__init__(f"unknown format {requested!r}; expected one of: {choices}")
        self.requested = requested


@dataclass(frozen=True, slots=True)
class Format:
    name: str  # canonical short name, used in CLI flags and URLs
    media_type: str
    extension: str
    kind: FormatKind
    aliases: tuple[str, ...] = field(default=())

    @property
    def content_type(self) -> str:
        """The HTTP Content-Type: text formats declare UTF-8."""
        return self.media_type + ("; charset=utf-8" if self.media_type.startswith("text/") else "")

    @property
    def rdf_format(self) -> RdfFormat:
        if self.kind not in ("triples", "quads"):
            raise TypeError(f"{self.name} is not an RDF serialisation")
        return RdfFormat.from_media_type(self.media_type)

    @property
    def results_format(self) -> QueryResultsFormat:
        if self.kind != "results":
            raise TypeError(f"{self.name} is not a SPARQL results format")
        return QueryResultsFormat.from_media_type(self.media_type)


FORMATS: tuple[Format, ...] = (
    Format("ttl", "text/turtle", "ttl", "triples", ("turtle", "application/x-turtle")),
    Format("nt", "application/n-triples", "nt", "triples", ("ntriples", "n-triples", "text/plain")),
    Format("rdfxml", "application/rdf+xml", "rdf", "triples", ("xml-rdf", "rdf", "rdf/xml")),
    Format("jsonld", "application/ld+json", "jsonld", "triples", ("json-ld",)),
    Format("trig", "application/trig", "trig", "quads", ("application/x-trig",)),
    Format("nq", "application/n-quads", "nq", "quads", ("nquads", "n-quads", "text/x-nquads")),
    Format("json", "application/sparql-results+json", "srj", "results", ("srj", "application/json")),
    Format("xml", "application/sparql-results+xml", "srx", "results", ("srx", "application/xml", "text/xml")),
    Format("csv", "text/csv", "csv", "results", ()),
    Format("tsv", "text/tab-separated-values", "tsv", "results", ()),
    Format("gexf", "application/gexf+xml", "gexf", "network", ()),
    Format("graphml", "application/graphml+xml", "graphml", "network", ()),
)

_BY_ALIAS: dict[str, Format] = {}
for _fmt in FORMATS:
    for _alias in (_fmt.name, _fmt.media_type, _fmt.extension, *_fmt.aliases):
        _BY_ALIAS.setdefault(_alias.lower(), _fmt)


def resolve_format(name_or_media_type: str, kinds: tuple[FormatKind, ...] | None = None) -> Format:
    """Look a format up by short name, extension, alias or media type (parameters ignored)."""
    key = name_or_media_type.split(";", 1)[0].strip().lower()
    fmt = _BY_ALIAS.get(key)
    if fmt is None or (kinds is not None and fmt.kind not in kinds):
        raise UnknownFormat(name_or_media_type, kinds)
    return fmt


def negotiate(accept: str | None, kinds: tuple[FormatKind, ...], default: str) -> Format | None:
    """Pick the format an HTTP Accept header prefers among ``kinds``.

    Returns the default for a missing header or ``*/*``, and None when nothing acceptable matches.
    """
    if not accept or not accept.strip():
        return resolve_format(default)
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, position, media.lower()))
    for _, _, media in sorted(ranked):
        if media in ("*/*", "application/*", "text/*"):
            fallback = resolve_format(default)
            if media == "*/*" or fallback.media_type.startswith(media[:-1]):
                return fallback
            for fmt in FORMATS:
                if fmt.kind in kinds and fmt.media_type.startswith(media[:-1]):
                    return fmt
            continue
        fmt = _BY_ALIAS.get(media)
        if fmt is not None and fmt.kind in kinds:
            return fmt
    return None
