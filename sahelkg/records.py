"""Records shared by ingest, graph and api: articles, entities, evidence and extracted relations.

These are plain, immutable values. The extractor produces them; the graph mapping turns them
into RDF; ``sahelkg extract`` prints them as JSON lines.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

RELATION_TYPES: tuple[str, ...] = (
    "visit",
    "meet",
    "invite",
    "cooperate",
    "ally",
    "agree",
    "join",
    "member_of",
    "support",
    "reject",
    "fight",
    "deploy",
    "arrest",
    "leads",
    "relative_of",
)
SYMMETRIC_RELATIONS: frozenset[str] = frozenset({"meet", "cooperate", "ally", "agree"})
STATUSES: tuple[str, ...] = ("occurred", "planned", "sought", "reported", "denied")
ENTITY_TYPES: tuple[str, ...] = ("Person", "Country", "Organization", "ArmedGroup", "Place")
DatePrecision = Literal["day", "month", "year"]

_ID_UNSAFE = re.compile(r"[^\w\-.~]+", re.UNICODE)


def entity_id(canonical_name: str) -> str:
    """Stable identifier for an entity, derived from its canonical name (not from a counter).

    ``"Khalifa Haftar"`` -> ``"Khalifa_Haftar"``; Arabic names keep their letters
    (IRIs allow them): ``"عادل عبد الكافي"`` -> ``"عادل_عبد_الكافي"``.
    """
    text = unicodedata.normalize("NFKC", canonical_name).strip()
    text = re.sub(r"[\u064b-\u065f\u0670\u0640]", "", text)  # Arabic diacritics and tatweel
    slug = _ID_UNSAFE.sub("_", text).strip("_")
    if not slug:
        raise ValueError(f"cannot derive an entity id from {canonical_name!r}")
    return slug


def content_hash(text: str) -> str:
    """Hash of an article's content, used to make re-ingesting the same article a no-op."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a file or a JSON record."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    lang: str | None = None
    source: str | None = None  # file path the article was read from
    outlet: str | None = None
    published_precision: DatePrecision | None = None  # "month" or "year" for a partial date ("2023-07")

    @property
    def published_iso(self) -> str:
        """The publication date as written: YYYY-MM-DD, or YYYY-MM / YYYY for a partial one."""
        if self.published is None:
            return ""
        if self.published_precision == "month":
            return self.published.isoformat()[:7]
        if self.published_precision == "year":
            return self.published.isoformat()[:4]
        return self.published.isoformat()

    @property
    def content_hash(self) -> str:
        meta = "\x1f".join(
            [self.title or "", self.url or "", self.published_iso, self.lang or "", self.outlet or ""]
        )
        return content_hash(meta + "\x1e" + self.text)


@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world actor or place. ``id`` is stable (see :func:`entity_id`)."""

    id: str
    label: str  # canonical label (English where known, else the surface form)
    type: str  # one of ENTITY_TYPES
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # lang -> label
    aliases: tuple[str, ...] = field(default=(), hash=False, compare=False)
    wikidata: str | None = field(default=None, hash=False, compare=False)
    country: str | None = field(default=None, hash=False, compare=False)  # id of the country it is in
    lat: float | None = field(default=None, hash=False, compare=False)  # WGS84, places only
    long: float | None = field(default=None, hash=False, compare=False)
    geonames: int | None = field(default=None, hash=False, compare=False)
    iso: tuple[str, ...] = field(default=(), hash=False, compare=False)  # a country's ISO 3166 codes
    role: str | None = field(default=None, hash=False, compare=False)  # what introduced a new entity

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "label": self.label, "labels": dict(self.labels),
                               "type": self.type}
        if self.wikidata:
            out["wikidata"] = self.wikidata
        if self.country:
            out["country"] = self.country
        if self.lat is not None and self.long is not None:
            out["lat"], out["long"] = self.lat, self.long
        if self.geonames:
            out["geonames"] = self.geonames
        if self.iso:
            out["iso"] = list(self.iso)
        if self.role:
            out["role"] = self.role
        return out


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence that states a relation, with character offsets into the article text, and
    the span of its trigger (the words that state the relation: "زار", "a rencontré"), when one
    does, in the same offsets."""

    sentence: str
    start: int
    end: int
    trigger: tuple[int, int] | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.sentence, "start": self.start, "end": self.end}
        if self.trigger is not None:
            start, end = self.trigger
            out["trigger"] = {"start": start, "end": end,
                              "text": self.sentence[start - self.start:end - self.start]}
        return out


@dataclass(frozen=True, slots=True)
class Relation:
    """One subject–relation–object statement extracted from an article."""

    doc: str
    subject: Entity
    relation: str  # one of RELATION_TYPES
    object: Entity
    status: str = "occurred"  # one of STATUSES
    date: str | None = None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    date_precision: DatePrecision | None = None
    evidence: Evidence | None = None
    confidence: float = 0.5
    extractor: str = ""
    rule: str = ""  # the extraction rule that produced it ("frames/verbal", "kin-suffix", "roles")

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "subject": self.subject.to_json(),
            "relation": self.relation,
            "object": self.object.to_json(),
            "status": self.status,
            "date": self.date,
            "date_precision": self.date_precision,
            "evidence": self.evidence.to_json() if self.evidence else None,
            "confidence": round(self.confidence, 3),
            "extractor": self.extractor,
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class ExtractedArticle:
    """An article together with the relations extracted from it."""

    article: Article
    relations: tuple[Relation, ...]
    mentioned: tuple[str, ...] = ()  # ids of every entity the extractor recognised in the text
    problems: tuple[str, ...] = ()  # sentences the extractor could not read ("sentence 3: ... failed")
    skipped: str | None = None  # why the whole article gave nothing and is not to be written
