"""Pieces shared by the REST routers: paging, entity resolution and rendering, OpenAPI examples."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Depends
from sahelkg.api.deps import StateDep
from sahelkg.api.errors import ApiError, NotFound
from sahelkg.api.schemas import ArticleRef, EntityRef
from sahelkg.api.search import EntityIndex
from sahelkg.graph.queries import ArticleRecord, EntityRecord

from sahelkg.settings import Settings

LabelLanguage = Literal["ar", "en", "fr"]

ENTITY_EXAMPLES = {
    "arabic": {"summary": "Arabic label (normalised: حفتر, الحفتر, وحفتر)", "value": "حفتر"},
    "id": {"summary": "Entity id", "value": "Khalifa_Haftar"},
    "english": {"summary": "English label", "value": "Khalifa Haftar"},
}
OBJECT_EXAMPLES = {
    "arabic": {"summary": "Arabic label", "value": "النيجر"},
    "id": {"summary": "Entity id", "value": "Niger"},
    "french": {"summary": "French label", "value": "Niger"},
}
SEARCH_EXAMPLES = {
    "arabic": {"summary": "Arabic, any hamza / ta marbuta spelling", "value": "حفتر"},
    "arabic_with_article": {"summary": "Arabic with the article and a conjunction", "value": "والنيجر"},
    "english": {"summary": "English", "value": "Haftar"},
    "french": {"summary": "French, accents optional", "value": "Tchad"},
}
LANG_EXAMPLES = {
    "ar": {"summary": "Arabic labels", "value": "ar"},
    "en": {"summary": "English labels", "value": "en"},
}


async def page_generation(state: StateDep) -> int:
    """The page cache's store generation as this request finds it. Declared before the entity index
    in a handler's parameters, so that it is read first: a write between the two makes the page
    cache compute that request's page without keeping it (``PageCache.get``)."""
    return state.pages.generation


PageGenerationDep = Annotated[int, Depends(page_generation)]

PAGE_RESPONSES: dict[int | str, dict[str, object]] = {304: {
    "description": "Not modified: the `If-None-Match` header names the page's current `ETag` (no body)"}}


def check_page(limit: int, settings: Settings) -> None:
    if limit > settings.max_page_size:
        raise ApiError(422, f"limit {limit} is over the maximum page size {settings.max_page_size}")


MAX_OFFSET = 2**53  # past it an offset fits no store's integer (and no page is there)


def next_offset(offset: int, limit: int, has_more: bool) -> int | None:
    return offset + limit if has_more else None


def resolve(index: EntityIndex, value: str, what: str) -> list[EntityRecord]:
    """The entities an id or a label names; 404 naming the value when none does."""
    found = index.resolve(value)
    if not found:
        raise NotFound(what, value)
    return found


def resolve_one(index: EntityIndex, value: str, what: str) -> EntityRecord:
    found = resolve(index, value, what)
    if len(found) > 1:
        ids = ", ".join(e.id for e in found[:10])
        raise ApiError(422, f"{what} {value!r} names several entities ({ids}); give an id",
                       candidates=[e.id for e in found])
    return found[0]


def entity_ref(index: EntityIndex, entity_id: str, lang: str | None) -> EntityRef:
    entity = index.get(entity_id)
    if entity is None:
        return EntityRef(id=entity_id, label=entity_id, type=None)
    return EntityRef(id=entity.id, label=entity.label_in(lang), type=entity.type)


def article_ref(record: ArticleRecord) -> ArticleRef:
    return ArticleRef(id=record.id, title=record.title, url=record.url, date=record.date)
