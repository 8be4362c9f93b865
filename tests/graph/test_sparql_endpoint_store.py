"""The remote backend beyond the conformance suite: settings, errors, stats and projection parity."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from kg_samples import haftar_visits_niger, libya_meets_niger
from networkx.utils import graphs_equal
from sahelkg.graph.export import export
from sahelkg.graph.mapping import article_write
from sahelkg.graph.projection import project
from sahelkg.graph.stats import graph_stats
from sahelkg.graph.store.errors import StoreError
from sahelkg.graph.store.oxigraph import OxigraphStore
from sahelkg.graph.store.registry import open_store
from sahelkg.graph.store.sparql_endpoint import SparqlEndpointStore, update_url_for, values_clause

from sahelkg.settings import Settings


def test_update_url_follows_common_layouts() -> None:
    assert update_url_for("http://h:7878/query") == "http://h:7878/update"
    assert update_url_for("http://h/ds/sparql") == "http://h/ds/update"
    assert update_url_for("http://h/repositories/x") == "http://h/repositories/x"


def test_values_clause_is_built_from_escaped_terms() -> None:
    clause = values_clause({"?label": ox.Literal('a" } ; DROP ALL #'), "s": ox.NamedNode("http://x/y")})
    assert clause == '\nVALUES (?label ?s) { ("a\\" } ; DROP ALL #" <http://x/y>) }'
    with pytest.raises(ValueError):
        values_clause({"not a var": ox.Literal("x")})


def test_missing_url_and_unreachable_endpoint_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="needs a query endpoint URL"):
        open_store(Settings(data_dir=tmp_path, store="sparql"))
    store = open_store(Settings(data_dir=tmp_path, store="sparql", store_url="http://127.0.0.1:9/query"))
    with pytest.raises(StoreError, match="SPARQL endpoint http://127.0.0.1:9/query unreachable"):
        len(store)


@pytest.mark.server
def test_remote_store_gives_the_same_stats_projection_and_exports(oxigraph_server: str,
                                                                   tmp_path: Path) -> None:
    writes = [article_write(haftar_visits_niger("a1")), article_write(libya_meets_niger("b1"))]
    remote = open_store(Settings(data_dir=tmp_path, store="sparql", store_url=oxigraph_server + "/query"))
    assert isinstance(remote, SparqlEndpointStore)
    remote.update("DROP SILENT ALL")
    remote.write_articles(writes)
    local = OxigraphStore.in_memory()
    local.write_articles(writes)
    assert graph_stats(remote) == graph_stats(local)
    assert graphs_equal(project(remote), project(local))
    for fmt, rdf_format in (("trig", ox.RdfFormat.TRIG), ("ttl", ox.RdfFormat.TURTLE)):
        remote_out, local_out = io.BytesIO(), io.BytesIO()
        export(remote, fmt, remote_out)
        export(local, fmt, local_out)
        remote_data = set(ox.parse(remote_out.getvalue(), rdf_format))
        assert remote_data == set(ox.parse(local_out.getvalue(), rdf_format))
    reader = open_store(Settings(data_dir=tmp_path, store="sparql", store_url=oxigraph_server + "/query"),
                        read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        reader.update("DROP ALL")
    remote.close()
    reader.close()
