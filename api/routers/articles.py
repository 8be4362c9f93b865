"""``/articles``: the source articles (GET) and article submission for ingest (POST, write token)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from sahelkg.api.deps import RunnerDep, SettingsDep, StateDep, StoreDep, WriteTokenDep
from sahelkg.api.errors import ApiError
from sahelkg.api.routers.common import MAX_OFFSET, check_page, next_offset
from sahelkg.api.runner import Deadline
from sahelkg.api.schemas import ArticleOut, ArticlesPage, ArticleSubmission, SubmissionOut
from sahelkg.graph.queries import articles as article_records

from sahelkg.records import Article

router = APIRouter(tags=["Articles"])


@router.get("/articles", summary="The source articles in the graph", response_model=ArticlesPage,
            description="Every article the graph was built from, sorted by id: title, URL, publication "
                        "date, language, outlet, source file and number of relations extracted. "
                        "Example: `/articles?limit=20&offset=40`; `/articles?id=A&id=B` gives only "
                        "those articles (as many ids as a page holds; an unknown id is left out).")
async def list_articles(
    store: StoreDep,
    runner: RunnerDep,
    settings: SettingsDep,
    limit: Annotated[int, Query(ge=1, description="Articles per page (at most "
                                "SAHELKG_MAX_PAGE_SIZE, 500 by default; over it: 422).")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Results to skip (at most 2**53).")] = 0,
    article_id: Annotated[list[str], Query(alias="id", description="Only these articles (repeat the "
                                           "parameter; at most the page size).")] = [],  # noqa: B006
) -> ArticlesPage:
    check_page(limit, settings)
    if len(article_id) > settings.max_page_size:
        raise ApiError(422, f"at most {settings.max_page_size} article ids per request, "
                            f"not {len(article_id)}")
    ids = article_id or None
    found = await runner.run(lambda deadline: article_records(store, limit=limit + 1, offset=offset, ids=ids))
    return ArticlesPage(
        results=[ArticleOut(id=a.id, title=a.title, url=a.url, date=a.date, lang=a.lang, outlet=a.outlet,
                            source=a.source, relation_count=a.relation_count) for a in found[:limit]],
        limit=limit, offset=offset, next_offset=next_offset(offset, limit, len(found) > limit),
    )


@router.post("/articles", summary="Submit an article for ingest (needs the write token)",
             response_model=SubmissionOut, status_code=201,
             responses={200: {"model": SubmissionOut, "description": "Replaced or unchanged"},
                        403: {"description": "No write token, or a wrong one"},
                        413: {"description": "Body too large"}, 422: {"description": "Invalid article"}},
             description="Extracts the relations of the article (Arabic, French or English; detected "
                         "when `lang` is absent) and writes them as the article's named graph, replacing "
                         "an earlier version with the same id. Re-submitting the same content changes "
                         "nothing. Needs `Authorization: Bearer <write token>`. Answers 201 when the "
                         "article is new, 200 when it replaced or matched an earlier version.")
async def submit_article(
    _: WriteTokenDep,
    state: StateDep,
    runner: RunnerDep,
    submission: ArticleSubmission,
    response: Response,
) -> SubmissionOut:
    store = state.store

    def ingest(deadline: Deadline) -> SubmissionOut:
        from sahelkg.graph.mapping import MappingError, article_write
        from sahelkg.graph.queries import article_entity_ids
        from sahelkg.ingest.reading.detect import detect_language

        article = Article(id=submission.id, text=submission.text, title=submission.title, url=submission.url,
                          published=submission.date, lang=submission.lang or detect_language(submission.text),
                          outlet=submission.outlet)
        extracted = state.extractor().extract(article)
        if extracted.skipped:
            raise ApiError(422, f"article {submission.id!r} not written: {extracted.skipped}")
        try:
            write = article_write(extracted)
        except MappingError as exc:
            raise ApiError(422, f"article {submission.id!r} cannot be written: {exc}") from None
        with state.write_lock:
            previous = store.article_hash(article.id)
            if previous == write.content_hash:
                status = "unchanged"
            else:
                touched = {e.id for r in extracted.relations for e in (r.subject, r.object)}
                if previous is not None:  # a replaced article may have named others
                    touched |= article_entity_ids(store, article.id)
                store.write_articles([write])
                state.store_written(touched)
                status = "added" if previous is None else "replaced"
        return SubmissionOut(id=article.id, status=status,  # type: ignore[arg-type]
                             relations=[r.to_json() for r in extracted.relations], quads=len(write.quads))

    # extraction is not a query: it gets several times the query time limit
    result = await runner.run(ingest, timeout=state.settings.query_timeout * 6)
    if result.status != "added":
        response.status_code = 200
    return result
