"""Read-only SPARQL with a wall-clock limit: the query runs in a forked child that already
holds the graph (copy-on-write, no reload), and the child is killed when time is up.
rdflib cannot interrupt a query, so a separate process is the only safe way to stop one."""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from typing import Any

from rdflib import Graph

from kg.query import QueryError, SparqlResult, run_sparql
from kg.sparql_gate import QueryRefused


class QueryTimeout(QueryError):
    """The query ran past its time limit and was stopped."""


def _child(graph: Graph, query: str, row_limit: int, pipe: Connection) -> None:
    try:
        result = run_sparql(graph, query, row_limit=row_limit)
        graph_text = result.graph.serialize(format="turtle") if result.graph is not None else None
        pipe.send(("ok", (result.form, result.variables, result.rows, result.truncated, result.answer, graph_text)))
    except QueryError as error:  # refused by the gate (in the child: parsing is limited too) or failed
        pipe.send(("refused" if isinstance(error, QueryRefused) else "error", str(error)))
    except Exception as error:  # anything else still reaches the caller as a message
        pipe.send(("error", f"the query failed: {error}"))
    finally:
        pipe.close()


def run_sparql_limited(graph: Graph, query: str, *, row_limit: int, seconds: float) -> SparqlResult:
    """:func:`kg.query.run_sparql` (through the gate of :mod:`kg.sparql_gate`) stopped after
    ``seconds``; :class:`QueryTimeout` then, :class:`QueryRefused` for a query the gate refused."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(graph, query, row_limit, send), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(seconds):
            raise QueryTimeout(f"the query was stopped after {seconds:g} s (time limit)")
        status, payload = receive.recv()
    except EOFError as error:
        raise QueryError("the query process ended without an answer") from error
    finally:
        if child.is_alive():
            child.kill()
        child.join(5)
        receive.close()
    if status == "refused":
        raise QueryRefused(str(payload))
    if status == "error":
        raise QueryError(str(payload))
    form, variables, rows, truncated, answer, graph_text = payload
    result_graph: Any = Graph().parse(data=graph_text, format="turtle") if graph_text is not None else None
    return SparqlResult(form, tuple(variables), tuple(tuple(r) for r in rows), truncated, answer, result_graph)
