"""``/entities`` (search), ``/entities/{id}`` (entity page), ``/entities/{id}/network`` (ego network)
and ``/paths`` (shortest paths between two entities)."""

from __future__ import annotations

from typing import Annotated

import pydantic_core
from fastapi import APIRouter, Path, Query, Request, Response
from sahelkg.api.deps import EntityIndexDep, RunnerDep, SettingsDep, StateDep, StoreDep, ViewsDep
from sahelkg.api.errors import ApiError, NotFound
from sahelkg.api.network import NetworkView
from sahelkg.api.routers.common import (
    ENTITY_EXAMPLES,
    LANG_EXAMPLES,
    MAX_OFFSET,
    OBJECT_EXAMPLES,
    PAGE_RESPONSES,
    SEARCH_EXAMPLES,
    LabelLanguage,
    PageGenerationDep,
    check_page,
    entity_ref,
    next_offset,
    resolve_one,
)
from sahelkg.api.runner import Deadline
from sahelkg.api.schemas import (
    EntityMatchOut,
    EntityOut,
    EntitySearchPage,
    LinkOut,
    NetworkOut,
    PathsOut,
)
from sahelkg.graph.edge_queries import entity_edges
from sahelkg.graph.queries import EdgeRecord, entity_node

from sahelkg.records import ENTITY_TYPES, SYMMETRIC_RELATIONS

NOT_FOUND = {404: {"description": "No entity has that id (the message names it)"},
             400: {"description": "A parameter that cannot be used (the message names it)"}}
CACHED_PAGE = {**NOT_FOUND, **PAGE_RESPONSES}
REVALIDATE = (" The page carries an `ETag` (and `Cache-Control: no-cache`): sent back in `If-None-Match`, "
              "it gets 304 without a body while the page is unchanged.")

router = APIRouter(tags=["Entities"])

ROLE_RELATIONS = ("leads", "member_of", "relative_of")
ID_EXAMPLES = {
    "person": {"summary": "A person", "value": "Khalifa_Haftar"},
    "country": {"summary": "A country", "value": "Niger"},
}


async def _network(store: StoreDep, views: ViewsDep) -> NetworkView:
    return await views.get("network", lambda: NetworkView.of(store))


@router.get("/entities", summary="Search entities by label or alias (Arabic, English, French)",
            response_model=EntitySearchPage,
            description="Matches ids, labels and aliases in every language. The query is normalised "
                        "(Arabic: hamza forms of alef, ta marbuta, alef maqsura, diacritics, tatweel, a "
                        "leading و or ال; Latin: case and accents). Best matches first: the id, a whole "
                        "label, a word of a label starting with the query, then any substring. Without "
                        "`q`, lists every entity by id. Examples: `/entities?q=حفتر`, "
                        "`/entities?q=Haftar&lang=ar`, `/entities?q=النيجر&type=Country`.")
async def search_entities(
    settings: SettingsDep,
    index: EntityIndexDep,
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="Text to look for.",
                                   openapi_examples=SEARCH_EXAMPLES)] = None,
    type: Annotated[str | None, Query(description=f"Only this type ({', '.join(ENTITY_TYPES)}).")] = None,  # noqa: A002
    lang: Annotated[LabelLanguage | None, Query(description="Language of the labels returned.",
                                                openapi_examples=LANG_EXAMPLES)] = None,
    limit: Annotated[int, Query(ge=1, description="Matches per page (at most SAHELKG_MAX_PAGE_SIZE, "
                                "500 by default; over it: 422).")] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Results to skip (at most 2**53).")] = 0,
) -> EntitySearchPage:
    check_page(limit, settings)
    if type is not None and type not in ENTITY_TYPES:
        raise ApiError(422, f"unknown entity type {type!r}; expected one of: {', '.join(ENTITY_TYPES)}")
    if q is None:
        everyone = [e for e in index.by_id.values() if type is None or e.type == type]
        page = sorted(everyone, key=lambda e: e.id)[offset:offset + limit + 1]
        matches = [(e, e.label_in(lang)) for e in page]
    else:
        found = index.search(q, entity_type=type, limit=offset + limit + 1)[offset:]
        matches = [(m.entity, m.matched) for m in found]
    return EntitySearchPage(
        query=q,
        results=[EntityMatchOut(id=e.id, label=e.label_in(lang), type=e.type, matched=matched,
                                labels=dict(e.labels), aliases=list(e.aliases))
                 for e, matched in matches[:limit]],
        limit=limit, offset=offset, next_offset=next_offset(offset, limit, len(matches) > limit),
    )


def _link(edge: EdgeRecord, direction: str, index: EntityIndexDep, lang: str | None) -> LinkOut:
    other = edge.object if direction == "out" else edge.subject
    return LinkOut(relation=edge.relation, direction=direction, entity=entity_ref(index, other, lang),  # type: ignore[arg-type]
                   symmetric=edge.relation in SYMMETRIC_RELATIONS, article_count=edge.articles,
                   event_count=edge.events, statuses=list(edge.statuses), first_date=edge.first_date,
                   last_date=edge.last_date)


@router.get("/entities/{entity_id}", responses=CACHED_PAGE,
            summary="An entity: labels, type, roles and every relation in and out",
            response_model=EntityOut,
            description="Labels by language, aliases, type, Wikidata id, roles (leads / member_of / "
                        "relative_of links) and every relation out of and into the entity (stored "
                        "direction), most supported first, with article counts and date ranges. "
                        "404 names an unknown id. Example: `/entities/Khalifa_Haftar?lang=ar`."
                        + REVALIDATE)
async def get_entity(
    request: Request,
    state: StateDep,
    store: StoreDep,
    runner: RunnerDep,
    settings: SettingsDep,
    generation: PageGenerationDep,  # before the index (see page_generation)
    index: EntityIndexDep,
    entity_id: Annotated[str, Path(description="Entity id.", openapi_examples=ID_EXAMPLES)],
    lang: Annotated[LabelLanguage | None, Query(description="Language of the labels returned.",
                                                openapi_examples=LANG_EXAMPLES)] = None,
    relation_limit: Annotated[int, Query(ge=1, description="Relations per direction (at most the max "
                                                           "page size).")] = 200,
) -> Response:
    check_page(relation_limit, settings)
    entity = index.get(entity_id)
    if entity is None:
        raise NotFound("entity", entity_id)

    def work(deadline: Deadline) -> bytes:
        out, into = entity_edges(store, entity.id, relation_limit + 1)
        links = {"out": [_link(e, "out", index, lang) for e in out[:relation_limit]],
                 "in": [_link(e, "in", index, lang) for e in into[:relation_limit]]}
        roles = [link for direction in ("out", "in") for link in links[direction]
                 if link.relation in ROLE_RELATIONS]
        return pydantic_core.to_json(EntityOut(
            id=entity.id, iri=entity_node(entity.id).value, label=entity.label_in(lang), type=entity.type,
            labels=dict(entity.labels), aliases=list(entity.aliases), wikidata=entity.wikidata,
            lat=entity.lat, long=entity.long, geonames=entity.geonames, country=entity.country,
            iso=list(entity.iso), roles=roles, relations=links,  # type: ignore[arg-type]
            truncated=len(out) > relation_limit or len(into) > relation_limit,
        ))

    page = await state.pages.get(("entity", entity.id, lang, relation_limit), lambda: runner.run(work),
                                 generation)
    return page.response(request.headers.get("if-none-match"))


@router.get("/entities/{entity_id}/network", responses=CACHED_PAGE,
            summary="Ego network of an entity (nodes and edges)",
            response_model=NetworkOut,
            description="Entities within `depth` hops of the entity (relations followed either way), "
                        "nearest first up to `max_nodes`, and every relation among them, aggregated per "
                        "(subject, relation, object) with article counts. Example: "
                        "`/entities/Niger/network?depth=2&lang=ar`." + REVALIDATE)
async def entity_network(
    request: Request,
    state: StateDep,
    store: StoreDep,
    runner: RunnerDep,
    views: ViewsDep,
    settings: SettingsDep,
    generation: PageGenerationDep,  # before the index and the network (see page_generation)
    index: EntityIndexDep,
    entity_id: Annotated[str, Path(description="Entity id.", openapi_examples=ID_EXAMPLES)],
    depth: Annotated[int, Query(ge=1, le=4, description="Hops from the entity.")] = 1,
    max_nodes: Annotated[int, Query(ge=1, description="At most this many nodes (at most the max page "
                                                      "size).")] = 200,
    lang: Annotated[LabelLanguage | None, Query(description="Language of the labels returned.",
                                                openapi_examples=LANG_EXAMPLES)] = None,
) -> Response:
    check_page(max_nodes, settings)
    if index.get(entity_id) is None:
        raise NotFound("entity", entity_id)

    async def compute() -> bytes:
        view = await _network(store, views)
        if entity_id not in view:
            return pydantic_core.to_json(NetworkOut(centre=entity_id, depth=depth, edges=[], truncated=False,
                                                    nodes=[view.node(entity_id, lang, 0)]))
        return await runner.run(
            lambda deadline: pydantic_core.to_json(view.ego(entity_id, depth, max_nodes, lang)))

    page = await state.pages.get(("network", entity_id, depth, max_nodes, lang), compute, generation)
    return page.response(request.headers.get("if-none-match"))


@router.get("/paths", responses=NOT_FOUND,
            summary="Shortest paths between two entities",
            response_model=PathsOut,
            description="Shortest paths between two entities over the relation network (relations "
                        "followed either way); each hop lists the relations linking its ends. `from` and "
                        "`to` take an id or a label in any language. Examples: "
                        "`/paths?from=Khalifa_Haftar&to=Abdourahamane_Tchiani`, "
                        "`/paths?from=حفتر&to=النيجر`.")
async def paths(
    store: StoreDep,
    runner: RunnerDep,
    views: ViewsDep,
    index: EntityIndexDep,
    source: Annotated[str, Query(alias="from", description="Entity id or label.",
                                 openapi_examples=ENTITY_EXAMPLES)],
    target: Annotated[str, Query(alias="to", description="Entity id or label.",
                                 openapi_examples=OBJECT_EXAMPLES)],
    limit: Annotated[int, Query(ge=1, le=100, description="At most this many paths.")] = 10,
    lang: Annotated[LabelLanguage | None, Query(description="Language of the labels returned.",
                                                openapi_examples=LANG_EXAMPLES)] = None,
) -> PathsOut:
    start = resolve_one(index, source, "entity")
    end = resolve_one(index, target, "entity")
    view = await _network(store, views)
    found = []
    if start.id in view and end.id in view:
        found = await runner.run(lambda deadline: view.shortest_paths(start.id, end.id, limit, lang))
    elif start.id == end.id:
        found = view.shortest_paths(start.id, end.id, limit, lang)
    return PathsOut(source=entity_ref(index, start.id, lang), target=entity_ref(index, end.id, lang),
                    length=len(found[0].hops) if found else None, paths=found)
