"""The one gate every user-written SPARQL query passes before it runs.

The query is parsed and translated by rdflib's own SPARQL parser and algebra (never judged
by patterns on its text, which prefixed names and comments slip past), then refused when it
could reach outside the store: an update (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``,
``DROP``, …), a ``SERVICE`` anywhere in it (nested in ``OPTIONAL``, ``EXISTS``, a
sub-select…), or a dataset clause (``FROM``, ``FROM NAMED``) naming anything but the store's
own named graphs. :func:`forbid_graph_loading` then makes sure rdflib's evaluator never
fetches a graph named in a dataset clause from a URL or a file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import rdflib.plugins.sparql
from rdflib import ConjunctiveGraph, Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Identifier

from kg.query_error import QueryError

MAX_QUERY_CHARS = 100_000
"""Longer texts are refused before parsing (the parser's time and memory grow with them)."""
READ_FORMS = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "construct",
              "DescribeQuery": "describe"}
_READ_ONLY = "only read-only queries are allowed (SELECT, ASK, CONSTRUCT, DESCRIBE); updates are refused"
_SHOWN_GRAPH_NAMES = 5


class QueryRefused(QueryError):
    """The query was refused before it ran; the message names what and why."""


@dataclass(frozen=True)
class AdmittedQuery:
    """A query that passed the gate: parsed, translated, read-only and confined to the store."""

    prepared: Query
    form: str


def store_graph_names(graph: Graph) -> frozenset[URIRef]:
    """The named graphs a dataset clause may name: a dataset's own graphs (not its default
    graph), or a single graph's identifier."""
    if isinstance(graph, Dataset):
        contexts = list(graph.graphs())
    elif isinstance(graph, ConjunctiveGraph):
        contexts = list(graph.contexts())
    else:
        contexts = [graph]
    return frozenset(URIRef(str(c.identifier)) for c in contexts if c.identifier != DATASET_DEFAULT_GRAPH_ID)


def forbid_graph_loading() -> None:
    """Make rdflib's SPARQL evaluator take ``FROM`` graphs only from the dataset it is given.

    rdflib loads any graph a dataset clause names that the dataset does not hold (a URL or a
    ``file:`` IRI) unless this switch is off. It is a process-wide setting and is only ever
    turned off here, so concurrent queries cannot race on it."""
    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False


def admit(query: str, graph: Graph, *, namespaces: Mapping[str, str]) -> AdmittedQuery:
    """Parse ``query`` and let it through only if it is read-only and stays inside ``graph``.

    ``namespaces`` are prefixes the query may use without declaring them. Raises
    :class:`QueryRefused` (or :class:`QueryError` for a text that is not SPARQL)."""
    if not query.strip():
        raise QueryError("the query is empty")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryRefused(f"the query is {len(query):,} characters long; at most {MAX_QUERY_CHARS:,} are accepted")
    prepared = _parse(query, namespaces)
    form = READ_FORMS.get(prepared.algebra.name)
    if form is None:
        raise QueryRefused(f"query form {prepared.algebra.name} is refused: {_READ_ONLY}")
    _check_dataset_clauses(prepared, store_graph_names(graph))
    _check_no_service(prepared)
    return AdmittedQuery(prepared, form)


def _parse(query: str, namespaces: Mapping[str, str]) -> Query:
    try:
        return prepareQuery(query, initNs=dict(namespaces))
    except RecursionError as error:
        raise QueryError("not a valid SPARQL query: it is nested too deeply to read") from error
    except Exception as error:  # pyparsing and the algebra raise their own exception types
        operations = _update_operations(query)
        if operations:
            raise QueryRefused(f"{', '.join(operations)} is refused: {_READ_ONLY}") from error
        raise QueryError(f"not a valid SPARQL query: {error}") from error


def _update_operations(query: str) -> list[str]:
    """The update operations ``query`` holds in SPARQL's words (``INSERT DATA``, ``LOAD``…),
    or none when it does not parse as an update either."""
    try:
        request = parseUpdate(query).request
    except Exception:  # not an update: the caller reports the query's own parse error
        return []
    return [_update_words(operation.name) for operation in request]


def _update_words(name: str) -> str:
    if name == "Modify":
        return "DELETE/INSERT … WHERE"
    return " ".join(re.findall(r"[A-Z][a-z]*", name)).upper()


def _check_dataset_clauses(prepared: Query, allowed: frozenset[URIRef]) -> None:
    for clause in dict.get(prepared.algebra, "datasetClause") or ():
        default = dict.get(clause, "default")  # CompValue.get answers the key itself when it is absent
        keyword, iri = ("FROM", default) if default is not None else ("FROM NAMED", dict.get(clause, "named"))
        if iri not in allowed:
            raise QueryRefused(
                f"{keyword} <{iri}> is refused: a dataset clause may name only the store's own graphs "
                f"({_graph_list(allowed)}); queries never read files or the network")


def _graph_list(names: frozenset[URIRef]) -> str:
    if not names:
        return "none"
    shown = sorted(str(name) for name in names)
    more = len(shown) - _SHOWN_GRAPH_NAMES
    return ", ".join(f"<{name}>" for name in shown[:_SHOWN_GRAPH_NAMES]) + (f" and {more} more" if more > 0 else "")


def _check_no_service(prepared: Query) -> None:
    for part in _algebra_parts(prepared.algebra):
        if part.name == "ServiceGraphPattern":
            target = _term_text(dict.get(part, "term"))
            raise QueryRefused(f"SERVICE {target} is refused: queries run over the loaded policies only "
                               "and never reach another endpoint")


def _term_text(term: object) -> str:
    return term.n3() if isinstance(term, Identifier) else str(term)


def _algebra_parts(root: CompValue) -> Iterator[CompValue]:
    """Every node of the translated query, expressions and sub-selects included (iteratively:
    a deeply nested query cannot exhaust the stack here)."""
    stack: list[object] = [root]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if not isinstance(item, CompValue | list | tuple) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, CompValue):
            yield item
            stack.extend(dict.values(item))
        else:
            stack.extend(item)
