"""using-graph-uri / using-named-graph-uri written into updates: the exact rewritten text, the
operations left alone, the conflict with USING / WITH, and the rewritten update run by Oxigraph."""

from __future__ import annotations

import pytest
from pyoxigraph import NamedNode, Store
from sahelkg.api.update_dataset import UpdateDatasetConflict, apply_using

G1, G2 = NamedNode("http://example.org/g1"), NamedNode("http://example.org/g2")


def test_nothing_to_write_leaves_the_update_as_it_is() -> None:
    assert apply_using("INSERT { ?s a 1 } WHERE { ?s a 2 }", [], []) == "INSERT { ?s a 1 } WHERE { ?s a 2 }"


def test_using_clauses_go_before_the_where_of_each_modify_operation() -> None:
    update = (
        'PREFIX ex: <http://example.org/where;#>\n'
        'CLEAR ALL ; INSERT DATA { GRAPH <http://example.org/x> { ex:a ex:b "WHERE { ;" } } ;\n'
        "# a comment with WHERE {\n"
        "DELETE { ?s ex:p ?o } INSERT { ?s ex:q ?o } WHERE { ?s ex:p ?o } ;\n"
        "DELETE WHERE { GRAPH ?g { ?s ex:r ?o } }"
    )
    assert apply_using(update, [G1], [G2]) == (
        'PREFIX ex: <http://example.org/where;#>\n'
        'CLEAR ALL ; INSERT DATA { GRAPH <http://example.org/x> { ex:a ex:b "WHERE { ;" } } ;\n'
        "# a comment with WHERE {\n"
        "DELETE { ?s ex:p ?o } INSERT { ?s ex:q ?o } "
        "USING <http://example.org/g1> USING NAMED <http://example.org/g2> WHERE { ?s ex:p ?o } ;\n"
        "DELETE { GRAPH ?g { ?s ex:r ?o } } "
        "USING <http://example.org/g1> USING NAMED <http://example.org/g2> WHERE { GRAPH ?g { ?s ex:r ?o } }"
    )


@pytest.mark.parametrize("update", [
    "WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } USING <http://example.org/g> WHERE { ?s ?p ?o }",
    "CLEAR ALL ; insert { ?s ?p ?o } using named <http://example.org/g> where { GRAPH ?g { ?s ?p ?o } }",
])
def test_an_update_naming_its_own_dataset_conflicts(update: str) -> None:
    with pytest.raises(UpdateDatasetConflict, match="cannot be combined with an update that names its own"):
        apply_using(update, [G1], [])


def test_using_and_with_in_strings_iris_and_names_do_not_conflict() -> None:
    update = ('PREFIX with: <http://example.org/using#>\n'
              'INSERT { ?s with:p "WITH" } WHERE { ?s <http://example.org/USING> ?using }')
    assert apply_using(update, [G1], []) == (
        'PREFIX with: <http://example.org/using#>\n'
        'INSERT { ?s with:p "WITH" } USING <http://example.org/g1> '
        'WHERE { ?s <http://example.org/USING> ?using }')


def test_the_rewritten_update_reads_only_the_given_graphs() -> None:
    store = Store()
    store.update("INSERT DATA { "
                 "GRAPH <http://example.org/g1> { <http://example.org/a> a <http://example.org/T> } "
                 "GRAPH <http://example.org/g3> { <http://example.org/c> a <http://example.org/T> } }")
    store.update(apply_using("INSERT { GRAPH <http://example.org/out> { ?s a <http://example.org/U> } } "
                             "WHERE { ?s a <http://example.org/T> }", [G1], []))
    out = {q.subject.value for q in store.quads_for_pattern(None, None, None, NamedNode("http://example.org/out"))}
    assert out == {"http://example.org/a"}
