"""Read-only SPARQL with a wall-clock limit: the query runs in a forked child that already
holds the graph (copy-on-write, no reload), and the child is killed when time is up.
rdflib cannot interrupt a query, so a separate process is the only safe way to stop one."""

from __future__ import annotations

from typing import Any

from rdflib import Graph

from kg.child_process import ChildFailed, ChildTimeout, call_in_child
from kg.query import QueryError, SparqlResult, run_sparql


class QueryTimeout(QueryError):
    """The query ran past its time limit and was stopped."""


def _answer(graph: Graph, query: str, row_limit: int) -> tuple[Any, ...]:
    """In the child: the query's result in picklable parts (a result graph as Turtle); a refusal
    or a failure as :class:`QueryError` (the gate's :class:`QueryRefused` stays itself)."""
    try:
        result = run_sparql(graph, query, row_limit=row_limit)
    except QueryError:
        raise
    except Exception as error:  # anything else still reaches the caller as a message
        raise QueryError(f"the query failed: {error}") from None
    graph_text = result.graph.serialize(format="turtle") if result.graph is not None else None
    return result.form, result.variables, result.rows, result.truncated, result.answer, graph_text


def run_sparql_limited(graph: Graph, query: str, *, row_limit: int, seconds: float) -> SparqlResult:
    """:func:`kg.query.run_sparql` (through the gate of :mod:`kg.sparql_gate`) stopped after
    ``seconds``; :class:`QueryTimeout` then, :class:`QueryRefused` for a query the gate refused."""
    try:
        form, variables, rows, truncated, answer, graph_text = call_in_child(
            _answer, graph, query, row_limit, seconds=seconds)
    except ChildTimeout as error:
        raise QueryTimeout(f"the query was stopped after {seconds:g} s (time limit)") from error
    except ChildFailed as error:
        raise QueryError("the query process ended without an answer") from error
    result_graph: Any = Graph().parse(data=graph_text, format="turtle") if graph_text is not None else None
    return SparqlResult(form, tuple(variables), tuple(tuple(r) for r in rows), truncated, answer, result_graph)
