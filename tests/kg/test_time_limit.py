"""SPARQL with a time limit: answers like run_sparql, stops a runaway query, keeps errors."""

from __future__ import annotations

import time

import pytest

from kg.query import QueryError, run_sparql
from kg.sparql_gate import QueryRefused
from kg.store import open_store
from kg.time_limit import QueryTimeout, run_sparql_limited

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def graph():  # type: ignore[no-untyped-def]
    return open_store(None).graph()


def test_the_answer_is_the_same_as_without_a_limit(graph) -> None:  # type: ignore[no-untyped-def]
    assert run_sparql_limited(graph, COUNT, row_limit=10, seconds=10).rows == run_sparql(graph, COUNT).rows


def test_rows_are_limited(graph) -> None:  # type: ignore[no-untyped-def]
    result = run_sparql_limited(graph, "SELECT ?s WHERE { ?s ?p ?o }", row_limit=5, seconds=10)
    assert len(result.rows) == 5 and result.truncated


def test_construct_comes_back_as_a_graph(graph) -> None:  # type: ignore[no-untyped-def]
    result = run_sparql_limited(graph, "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3", row_limit=5, seconds=10)
    assert result.graph is not None and len(result.graph) == 3


def test_a_runaway_query_is_stopped_on_time(graph) -> None:  # type: ignore[no-untyped-def]
    start = time.monotonic()
    with pytest.raises(QueryTimeout, match="stopped after 1 s"):
        run_sparql_limited(graph, RUNAWAY, row_limit=5, seconds=1)
    assert time.monotonic() - start < 3


def test_updates_and_nonsense_keep_their_messages(graph) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError, match="read-only"):
        run_sparql_limited(graph, "DELETE WHERE { ?s ?p ?o }", row_limit=5, seconds=5)
    with pytest.raises(QueryError, match="not a valid SPARQL"):
        run_sparql_limited(graph, "SELEKT nothing", row_limit=5, seconds=5)


def test_a_refusal_comes_back_from_the_child_as_a_refusal(graph) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryRefused, match=r"^SERVICE <urn:x:endpoint> is refused: "):
        run_sparql_limited(graph, "SELECT * WHERE { SERVICE <urn:x:endpoint> { ?s ?p ?o } }", row_limit=5, seconds=5)
    with pytest.raises(QueryError) as failed:
        run_sparql_limited(graph, "SELEKT nothing", row_limit=5, seconds=5)
    assert not isinstance(failed.value, QueryRefused)
