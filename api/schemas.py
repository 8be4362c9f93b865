"""Request and response bodies of the REST API (they also document it in OpenAPI)."""

from __future__ import annotations

import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Direction = Literal["out", "in"]


class EntityRef(BaseModel):
    id: str = Field(examples=["Khalifa_Haftar"])
    label: str = Field(description="Label in the requested language, else the canonical label.",
                       examples=["Khalifa Haftar", "خليفة حفتر"])
    type: str | None = Field(default=None, examples=["Person"])


class ArticleRef(BaseModel):
    id: str
    title: str | None = None
    url: str | None = None
    date: str | None = Field(default=None, description="Publication date (ISO).")


class TriggerOut(BaseModel):
    start: int = Field(description="Character offset of the trigger in the article, like the sentence's "
                                   "`start` (article offsets, not offsets into the sentence).")
    end: int = Field(description="Character offset just after the trigger, in the article.")
    text: str = Field(description="The trigger words as written in the sentence.", examples=["وصل"])


class EvidenceOut(BaseModel):
    text: str | None = Field(description="The sentence that states the relation.",
                             examples=["وصل المشير خليفة حفتر إلى نيامي يوم الثلاثاء"])
    lang: str | None = None
    start: int | None = Field(default=None, description="Character offset of the sentence in the article.")
    end: int | None = None
    status: str | None = Field(default=None, examples=["occurred"])
    date: str | None = Field(default=None, description="Event date: YYYY-MM-DD, YYYY-MM or YYYY.")
    date_precision: str | None = None
    confidence: float | None = None
    stored_subject: str = Field(description="Subject id as extracted (symmetric relations may be "
                                            "stored in the other direction).")
    stored_object: str
    article: ArticleRef
    trigger: TriggerOut | None = Field(default=None, description=(
        "The words of the sentence that state the relation (\"زار\", \"a rencontré\"), with article "
        "character offsets like `start` and `end`; null when the extractor marked none in the sentence. "
        "Offsets count Unicode code points."))


class EdgeOut(BaseModel):
    subject: EntityRef
    relation: str = Field(examples=["visit"])
    object: EntityRef
    symmetric: bool
    article_count: int = Field(description="Distinct articles that state the relation.")
    event_count: int = Field(description="Statements (relation events) behind the edge.")
    statuses: list[str]
    first_date: str | None = None
    last_date: str | None = None
    evidence: list[EvidenceOut] = Field(description="Evidence sentences, earliest event first "
                                                    "(at most evidence_limit).")
    articles: list[ArticleRef] = Field(description="The source articles of the evidence shown.")


class RelationsPage(BaseModel):
    pattern: dict[str, Any] = Field(description="The pattern as resolved: entity ids per position.")
    results: list[EdgeOut]
    limit: int
    offset: int
    next_offset: int | None = Field(description="Offset of the next page, null on the last one.")


class EntityMatchOut(BaseModel):
    id: str
    label: str
    type: str | None
    matched: str = Field(description="The label or alias that matched the query.")
    labels: dict[str, str]
    aliases: list[str]


class EntitySearchPage(BaseModel):
    query: str | None
    results: list[EntityMatchOut]
    limit: int
    offset: int
    next_offset: int | None


class LinkOut(BaseModel):
    relation: str
    direction: Direction = Field(description="out: the entity is the subject; in: the object.")
    entity: EntityRef = Field(description="The entity at the other end.")
    symmetric: bool
    article_count: int
    event_count: int
    statuses: list[str]
    first_date: str | None = None
    last_date: str | None = None


class EntityOut(BaseModel):
    id: str
    iri: str
    label: str
    type: str | None
    labels: dict[str, str]
    aliases: list[str]
    wikidata: str | None = None
    lat: float | None = Field(default=None, description="A place's WGS84 latitude (GeoNames).")
    long: float | None = Field(default=None, description="A place's WGS84 longitude (GeoNames).")
    geonames: str | None = Field(default=None, description="A place's GeoNames id.")
    country: str | None = Field(default=None, description="Id of the country the entity is in.")
    iso: list[str] = Field(default_factory=list, description="A country's ISO 3166-1 codes.")
    roles: list[LinkOut] = Field(description="leads / member_of / relative_of links, in and out.")
    relations: dict[Direction, list[LinkOut]] = Field(description="Every relation out of and into the "
                                                                   "entity, most supported first.")
    truncated: bool = Field(description="True when more relations exist than relation_limit.")


class NodeOut(BaseModel):
    id: str
    label: str
    type: str | None = None
    labels: dict[str, str] = Field(default_factory=dict)
    colour: str | None = None
    distance: int | None = Field(default=None, description="Hops from the centre / start.")


class NetworkEdgeOut(BaseModel):
    source: str
    target: str
    relation: str
    weight: int = Field(description="Distinct supporting articles.")
    events: int | None = None
    statuses: list[str] = Field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None


class NetworkOut(BaseModel):
    centre: str
    depth: int
    nodes: list[NodeOut]
    edges: list[NetworkEdgeOut]
    truncated: bool


class HopOut(BaseModel):
    source: str
    target: str
    relations: list[NetworkEdgeOut] = Field(description="Every relation linking the two, either way.")


class PathOut(BaseModel):
    nodes: list[NodeOut]
    hops: list[HopOut]


class PathsOut(BaseModel):
    source: EntityRef
    target: EntityRef
    length: int | None = Field(description="Hops in a shortest path; null when none exists.")
    paths: list[PathOut]


class ArticleOut(BaseModel):
    id: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    lang: str | None = None
    outlet: str | None = None
    source: str | None = None
    relation_count: int | None = None


class ArticlesPage(BaseModel):
    results: list[ArticleOut]
    limit: int
    offset: int
    next_offset: int | None


class ArticleSubmission(BaseModel):
    """An article to extract relations from and add to the graph."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"id": "alwasat-2018-08-07-haftar-niamey", "title": "حفتر يصل إلى نيامي",
         "url": "https://alwasat.ly/news/libya/215000", "date": "2018-08-07", "lang": "ar",
         "text": "وصل القائد العام للجيش الوطني الليبي المشير خليفة حفتر إلى نيامي يوم الثلاثاء 7 أغسطس 2018 "
                 "في زيارة رسمية التقى خلالها رئيس النيجر محمد يوسفو."},
        {"id": "rfi-2024-01-haftar-niger", "title": "Haftar meets Tchiani in Niamey", "date": "2024-01-10",
         "lang": "en", "text": "Khalifa Haftar met Abdourahamane Tchiani in Niamey on 10 January 2024."},
    ]})

    id: str = Field(min_length=1, max_length=200, pattern=r"^[^\s/\\<>\"{}|^`#?%]+$",
                    description="Stable article id (no spaces, slashes or IRI-breaking characters).")
    text: str = Field(min_length=1, description="Plain article text.")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    date: datetime.date | None = Field(default=None, description="Publication date.")
    lang: Literal["ar", "fr", "en"] | None = Field(default=None, description="Detected when absent.")
    outlet: str | None = Field(default=None, max_length=200)


class SubmissionOut(BaseModel):
    id: str
    status: Literal["added", "replaced", "unchanged"]
    relations: list[dict[str, Any]] = Field(description="The relations extracted (as `sahelkg extract`).")
    quads: int = Field(description="Quads written to the article's named graph.")


class HealthOut(BaseModel):
    status: Literal["ok", "degraded"] = Field(description="degraded while every /sparql query slot is busy")
    store: str
    queries_running: int
    query_timeout_s: float
    max_concurrent_queries: int
    writable: bool


class StatsOut(BaseModel):
    articles: int
    entities: int
    relations: int
    edges: int
    quads: int
    entities_by_type: dict[str, int]
    relations_by_type: dict[str, int]


class TermOut(BaseModel):
    id: str = Field(description="Short name, as used by /relations?relation= and in the JSON answers.")
    iri: str
    labels: dict[str, str] = Field(description="Label by language (ar, fr, en).")
    comment: str | None = None
    symmetric: bool = Field(default=False, description="A relation that holds both ways (meet, ally...).")


class VocabularyOut(BaseModel):
    relations: list[TermOut]
    entity_types: list[TermOut]
    statuses: list[str]
