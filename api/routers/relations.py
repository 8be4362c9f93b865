"""``/relations``: a triple pattern over the graph, with the evidence behind each edge."""

from __future__ import annotations

from typing import Annotated, Literal

import pydantic_core
from fastapi import APIRouter, Query, Request, Response
from sahelkg.api.deps import EntityIndexDep, RunnerDep, SettingsDep, StateDep, StoreDep
from sahelkg.api.routers.common import (
    ENTITY_EXAMPLES,
    LANG_EXAMPLES,
    MAX_OFFSET,
    OBJECT_EXAMPLES,
    PAGE_RESPONSES,
    LabelLanguage,
    PageGenerationDep,
    article_ref,
    check_page,
    entity_ref,
    next_offset,
    resolve,
)
from sahelkg.api.runner import Deadline
from sahelkg.api.schemas import ArticleRef, EdgeOut, EvidenceOut, RelationsPage, TriggerOut
from sahelkg.graph.edge_queries import EdgePage, relation_page
from sahelkg.graph.queries import EdgeRecord, EvidenceRecord, RelationFilters

from sahelkg.records import RELATION_TYPES, STATUSES, SYMMETRIC_RELATIONS

router = APIRouter(tags=["Relations"])

RelationName = Literal[RELATION_TYPES]  # type: ignore[valid-type]
StatusName = Literal[STATUSES]  # type: ignore[valid-type]
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"

_DESCRIPTION = """A triple pattern — **subject**, **relation**, **object** — each an entity id
(`Khalifa_Haftar`), a label in Arabic, English or French (`حفتر`, `Haftar`; Arabic spelling variants and a
leading و / ال are normalised), or omitted as a variable.

Each result is one edge (subject, relation, object) with the number of distinct articles stating it
(most articles first; ties by relation, then subject and object),
the evidence sentences (earliest event first) and their source articles. Each evidence item gives
the sentence's character offsets in the article (`start`, `end`) and its `trigger` (the words that
state the relation: `start`, `end`, `text`), whose offsets are article offsets like `start`, or null.
Symmetric relations (meet, cooperate, ally, agree) match in both directions when the subject or object
is given.

Filters: `status`, `date_from` / `date_to` (YYYY, YYYY-MM or YYYY-MM-DD; an event whose date overlaps
the period matches; events without a date do not), `min_articles`. Paging with `limit` (at most the
server's max page size; larger is refused with 422) and `offset`. 404 names an unknown entity.
A page carries an `ETag` (and `Cache-Control: no-cache`): sent back in `If-None-Match`, it gets 304
without a body while the page is unchanged.

Examples: `/relations?subject=حفتر&relation=visit`, `/relations?subject=Khalifa_Haftar&object=Niger`,
`/relations?relation=cooperate&date_from=2023&lang=ar`."""


def _edge_out(edge: EdgeRecord, evidence: list[EvidenceRecord], index: EntityIndexDep,
              lang: str | None) -> EdgeOut:
    articles: dict[str, ArticleRef] = {}
    for item in evidence:
        articles.setdefault(item.article.id, article_ref(item.article))
    return EdgeOut(
        subject=entity_ref(index, edge.subject, lang),
        relation=edge.relation,
        object=entity_ref(index, edge.object, lang),
        symmetric=edge.relation in SYMMETRIC_RELATIONS,
        article_count=edge.articles,
        event_count=edge.events,
        statuses=list(edge.statuses),
        first_date=edge.first_date,
        last_date=edge.last_date,
        evidence=[EvidenceOut(
            text=item.text, lang=item.lang, start=item.start, end=item.end, status=item.status,
            date=item.date, date_precision=item.date_precision, confidence=item.confidence,
            stored_subject=item.subject, stored_object=item.object, article=article_ref(item.article),
            trigger=TriggerOut(start=item.trigger.start, end=item.trigger.end, text=item.trigger.text)
            if item.trigger is not None else None,
        ) for item in evidence],
        articles=list(articles.values()),
    )


@router.get("/relations", summary="Relations matching a triple pattern, with evidence",
            description=_DESCRIPTION, response_model=RelationsPage, responses=PAGE_RESPONSES)
async def relations(
    request: Request,
    state: StateDep,
    store: StoreDep,
    runner: RunnerDep,
    settings: SettingsDep,
    generation: PageGenerationDep,  # before the index (see page_generation)
    index: EntityIndexDep,
    subject: Annotated[str | None, Query(description="Entity id or label; omitted = any.",
                                         openapi_examples=ENTITY_EXAMPLES)] = None,
    relation: Annotated[RelationName | None, Query(description="Relation type; omitted = any.")] = None,
    object: Annotated[str | None, Query(description="Entity id or label; omitted = any.",  # noqa: A002
                                        openapi_examples=OBJECT_EXAMPLES)] = None,
    status: Annotated[StatusName | None, Query(description="Only events with this status.")] = None,
    date_from: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Events on or after "
                                           "(YYYY, YYYY-MM or YYYY-MM-DD).", examples=["2018-08"])] = None,
    date_to: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Events on or before.",
                                         examples=["2024"])] = None,
    min_articles: Annotated[int, Query(ge=1, description="Minimum distinct supporting articles.")] = 1,
    lang: Annotated[LabelLanguage | None, Query(description="Language of the labels returned.",
                                                openapi_examples=LANG_EXAMPLES)] = None,
    limit: Annotated[int, Query(ge=1, description="Edges per page (at most "
                                "SAHELKG_MAX_PAGE_SIZE, 500 by default; over it: 422).")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Results to skip (at most 2**53).")] = 0,
    evidence_limit: Annotated[int, Query(ge=0, le=100, description="Evidence sentences per edge.")] = 10,
) -> Response:
    check_page(limit, settings)
    subjects = [e.id for e in resolve(index, subject, "subject")] if subject is not None else None
    objects = [e.id for e in resolve(index, object, "object")] if object is not None else None
    filters = RelationFilters(status=status, date_from=date_from, date_to=date_to, min_articles=min_articles)
    both_ways = bool(subjects or objects)

    def work(deadline: Deadline) -> bytes:
        # limit + 1 edges tell whether there is a next page; evidence only for the page's
        found: EdgePage = relation_page(
            store, subjects=subjects, relation=relation, objects=objects, filters=filters, limit=limit + 1,
            offset=offset, evidence_limit=evidence_limit, symmetric_both_ways=both_ways, evidence_for=limit)
        return pydantic_core.to_json(RelationsPage(
            pattern={"subject": subjects, "relation": relation, "object": objects, "status": status,
                     "date_from": date_from, "date_to": date_to, "min_articles": min_articles},
            results=[_edge_out(edge, found.evidence_of(edge), index, lang) for edge in found.edges[:limit]],
            limit=limit,
            offset=offset,
            next_offset=next_offset(offset, limit, len(found.edges) > limit),
        ))

    key = ("relations", tuple(subjects) if subjects is not None else None, relation,
           tuple(objects) if objects is not None else None, status, date_from, date_to, min_articles, lang,
           limit, offset, evidence_limit)
    page = await state.pages.get(key, lambda: runner.run(work), generation)
    return page.response(request.headers.get("if-none-match"))
