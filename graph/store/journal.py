"""Bulk writes of a batch, and the journal that makes them safe to interrupt.

A batch that only adds articles (nothing replaced or withdrawn, so nothing is recomputed) is
written in three steps instead of one update, because pyoxigraph's bulk loader inserts quads
several times faster than a transaction but is not atomic:

1. one update (a transaction): the old values the batch replaces deleted, the counters moved, and
   the journal written — ``<layout/pending>`` with ``skg:pendingGraph`` for each article graph of
   the batch and ``skg:pendingResource`` for each edge, pair and entity whose shared values it
   changes;
2. the batch's quads (article graphs, new shared values) by the bulk loader;
3. one update deleting the journal.

A store found with a journal (the writer was killed during step 2, or the load failed) is repaired
by :func:`recovery_update` before anything else is written: the batch's article graphs are
dropped, the resources it touched recomputed from the events and descriptions that remain, and
every counter recounted. The batch is then absent, as if it had never started, and a re-run writes
it again. Readers of the store during step 2 may see the batch half loaded.
"""

from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import NamedNode, Quad
from sahelkg.graph import vocab
from sahelkg.graph.store.layout import (
    EDGES,
    LAYOUT,
    LayoutWrite,
    recomputed_edges,
    recomputed_entities,
    recount_operations,
)
from sahelkg.graph.store.protocol import GraphStore

PENDING = NamedNode(vocab.LAYOUT + "/pending")
PENDING_GRAPH = vocab.ont("pendingGraph")
PENDING_RESOURCE = vocab.ont("pendingResource")
BULK_MIN_ARTICLES = 8  # smaller batches (an article posted to the API) stay one atomic update


def journal_quads(plan: LayoutWrite) -> list[Quad]:
    """The journal of a bulk write: the article graphs it fills and the resources it touches."""
    quads = [Quad(PENDING, PENDING_GRAPH, graph, LAYOUT) for graph in plan.graphs]
    quads += [Quad(PENDING, PENDING_RESOURCE, iri, LAYOUT) for iri in plan.touched]
    return quads


def _data(quads: Iterable[Quad], keyword: str) -> str:
    lines = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return f"{keyword} {{ GRAPH {LAYOUT} {{\n{lines}\n}} }}"


def bulk_steps(plan: LayoutWrite) -> tuple[str, list[Quad], str]:
    """Step 1's update (the operations before the data, and the journal), step 2's quads and
    step 3's update (the rank buckets left empty and the journal deleted) of a write that only
    adds."""
    journal = journal_quads(plan)
    before = [*plan.before, _data(journal, "INSERT DATA")]
    after = [*plan.tidy, _data(journal, "DELETE DATA")]
    return (vocab.sparql_prefixes() + " ;\n".join(before), plan.data,
            vocab.sparql_prefixes() + " ;\n".join(after))


def pending(store: GraphStore) -> tuple[list[NamedNode], list[NamedNode]] | None:
    """The article graphs and resources of an unfinished bulk write; None when there is none."""
    rows = list(store.query(  # type: ignore[arg-type]
        f"SELECT ?p ?o WHERE {{ GRAPH {LAYOUT} {{ {PENDING} ?p ?o }} }}"))
    if not rows:
        return None
    graphs = sorted((r["o"] for r in rows if r["p"] == PENDING_GRAPH), key=lambda n: n.value)
    resources = sorted((r["o"] for r in rows if r["p"] == PENDING_RESOURCE), key=lambda n: n.value)
    return graphs, resources


def recovery_update(store: GraphStore) -> str | None:
    """The update that undoes an unfinished bulk write (see the module's text); None when the
    store has none."""
    found = pending(store)
    if found is None:
        return None
    graphs, resources = found
    edges = {iri for iri in resources if iri.value.startswith((vocab.EDGE, vocab.PAIR))}
    entities = set(resources) - edges
    ops = [f"DROP SILENT GRAPH {graph}" for graph in graphs]
    if edges:
        values = vocab.sparql_values(edges)
        ops.append(f"DELETE {{ GRAPH {EDGES} {{ ?x skg:event ?ev . ?x skg:evidenceEvent ?ev }} }} "
                   f"WHERE {{ VALUES ?x {{ {values} }} GRAPH {EDGES} {{ ?x skg:event ?ev }} "
                   "FILTER NOT EXISTS { GRAPH ?g { ?ev skg:edge ?any } } }")
    ops += recomputed_edges(edges, entities) + recomputed_entities(entities) + recount_operations()
    ops.append(f"DELETE WHERE {{ GRAPH {LAYOUT} {{ {PENDING} ?p ?o }} }}")
    return vocab.sparql_prefixes() + " ;\n".join(ops)
