"""The quote == text[span] check (Python, linear) names the provision, clause, quote and span."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from kg.namespaces import OA, PKG
from kg.span_check import MISMATCH_MESSAGE, quote_mismatches
from kg.validate import validate_graph


def copy(graph: Graph) -> Graph:
    result = Graph(identifier=graph.identifier)
    for triple in graph:
        result.add(triple)
    return result


def a_provision(graph: Graph) -> URIRef:
    node = sorted(str(s) for s in graph.subjects(PKG.provisionId, None))[0]
    return URIRef(node)


def test_the_graphs_of_the_policies_have_no_mismatch(graphs: dict[str, Graph]) -> None:
    for graph in graphs.values():
        assert quote_mismatches(graph) == []


def test_a_shifted_span_is_reported_with_provision_clause_quote_and_span(graphs: dict[str, Graph]) -> None:
    graph = copy(graphs["dalian-ftz-innovation-zone-plan-2021"])
    node = a_provision(graph)
    position = URIRef(f"{node}#position")
    written = graph.value(position, OA.start)
    assert isinstance(written, Literal)
    start = int(written)
    end = int(str(graph.value(position, OA.end)))
    graph.set((position, OA.start, Literal(start + 1, datatype=written.datatype)))
    [mismatch] = quote_mismatches(graph)
    provision_id = str(graph.value(node, PKG.provisionId))
    clause_id = str(graph.value(graph.value(node, PKG.clause), PKG.clauseId))
    assert (mismatch.provision_id, mismatch.clause_id, mismatch.start, mismatch.end) == (
        provision_id, clause_id, start + 1, end)
    text = mismatch.describe()
    assert text.startswith(MISMATCH_MESSAGE)
    assert f"provision {provision_id} of clause {clause_id}" in text and f"[{start + 1}, {end})" in text
    report = validate_graph(graph)
    assert not report.conforms
    assert provision_id in report.summary() and MISMATCH_MESSAGE in report.summary()


def test_an_empty_or_reversed_span_is_reported(graphs: dict[str, Graph]) -> None:
    graph = copy(graphs["liuhe_tourism_2019"])
    position = URIRef(f"{a_provision(graph)}#position")
    start = graph.value(position, OA.start)
    graph.set((position, OA.end, start))  # type: ignore[arg-type]
    [mismatch] = quote_mismatches(graph)
    assert "is empty or reversed" in mismatch.describe()
    assert not validate_graph(graph).conforms


def test_a_clause_quote_is_checked_too(graphs: dict[str, Graph]) -> None:
    graph = copy(graphs["pingshan_digital_economy_2023"])
    clause = sorted(graph.subjects(PKG.clauseId, None))[1]  # type: ignore[type-var]
    graph.set((URIRef(f"{clause}#quote"), OA.exact, Literal("改过的文字")))
    [mismatch] = quote_mismatches(graph)
    assert mismatch.provision_id is None and mismatch.clause_id == str(graph.value(clause, PKG.clauseId))
    assert "'改过的文字'" in mismatch.describe()
