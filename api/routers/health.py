"""``/health`` (answers at once, whatever queries are running) and ``/stats`` (cached counts)."""

from __future__ import annotations

from fastapi import APIRouter
from sahelkg.api.deps import StateDep, StoreDep, ViewsDep
from sahelkg.api.schemas import HealthOut, StatsOut
from sahelkg.graph.stats import graph_stats

router = APIRouter(tags=["Service"])


@router.get("/health", summary="Liveness: the server answers and which store it serves",
            response_model=HealthOut,
            description="Answers without touching the store, even while queries run.")
async def health(state: StateDep) -> HealthOut:
    pool = state.query_pool
    running = state.runner.running + (pool.running if pool is not None else 0)
    busy = pool is not None and pool.running >= pool.size
    return HealthOut(status="degraded" if busy else "ok", store=state.settings.store, queries_running=running,
                     query_timeout_s=state.settings.query_timeout,
                     max_concurrent_queries=state.settings.max_concurrent_queries,
                     writable=bool(state.settings.write_token))


@router.get("/stats", summary="Counts of articles, entities, relations and edges", response_model=StatsOut,
            description="Articles, entities by type, relation events by relation type, distinct edges and "
                        "quads. Computed once per store state (counts over the whole graph grow with it) "
                        "and recomputed after a write.")
async def stats(store: StoreDep, views: ViewsDep) -> StatsOut:
    computed = await views.get("stats", lambda: graph_stats(store))
    return StatsOut(**computed.to_json())
