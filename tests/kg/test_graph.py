"""Graph build, SHACL validation, round trips and the record read back through SPARQL."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from ingest.model import IngestedPolicy
from kg.build import build_policy_graph
from kg.export import ExportFormat, parse, serialize
from kg.namespaces import OA, PKG, PKV
from kg.query import load_record
from kg.validate import validate_graph


def copy(graph: Graph) -> Graph:
    result = Graph(identifier=graph.identifier)
    for triple in graph:
        result.add(triple)
    return result


@pytest.mark.parametrize("name", ["dalian-ftz-innovation-zone-plan-2021", "liuhe_tourism_2019",
                                  "pingshan_digital_economy_2023"])
def test_graphs_conform_to_the_shapes(graphs: dict[str, Graph], name: str) -> None:
    report = validate_graph(graphs[name])
    assert report.conforms, report.summary()


def first_provision(graph: Graph) -> URIRef:
    return sorted(graph.subjects(RDF.type, PKG.FixedAmount))[0]  # type: ignore[type-var]


def test_a_quote_that_differs_from_the_text_is_reported(graphs: dict[str, Graph]) -> None:
    graph = copy(graphs["dalian-ftz-innovation-zone-plan-2021"])
    quote = URIRef(f"{first_provision(graph)}#quote")
    graph.set((quote, OA.exact, Literal("对获批牵头建设的单位给予1000万元")))
    report = validate_graph(graph)
    assert not report.conforms
    assert "a quote is not the canonical text at its span" in report.summary()


def test_a_provision_without_kind_or_amount_is_reported(graphs: dict[str, Graph]) -> None:
    graph = copy(graphs["dalian-ftz-innovation-zone-plan-2021"])
    node = first_provision(graph)
    graph.remove((node, PKG.kind, None))
    graph.remove((node, PKG.amount, None))
    summary = validate_graph(graph).summary()
    assert "every provision has exactly one known kind" in summary
    assert "a fixed amount states its amount" in summary


def test_a_level_outside_the_levels_scheme_is_reported(graphs: dict[str, Graph]) -> None:
    graph = copy(graphs["dalian-ftz-innovation-zone-plan-2021"])
    node = first_provision(graph)
    graph.set((node, PKG.level, PKV.high_tech_enterprise))
    assert "a level is a concept of the levels scheme" in validate_graph(graph).summary()


def test_an_unknown_qualification_is_reported(graphs: dict[str, Graph]) -> None:
    graph = copy(graphs["dalian-ftz-innovation-zone-plan-2021"])
    graph.add((first_provision(graph), PKG.qualification, PKV.hightech_enterprise))
    assert "qualification" in validate_graph(graph).summary()


@pytest.mark.parametrize("form", list(ExportFormat))
def test_exports_round_trip_isomorphically(graphs: dict[str, Graph], form: ExportFormat) -> None:
    for graph in graphs.values():
        assert isomorphic(graph, parse(serialize(graph, form), form))


def test_the_record_read_back_equals_what_ingest_produced(
        policies: dict[str, IngestedPolicy], graphs: dict[str, Graph]) -> None:
    for name, policy in policies.items():
        record = load_record(graphs[name])
        assert record.header_json() == policy.header_json()
        assert record.text == policy.text and record.sha256 == policy.sha256
        ingested = [p.to_json() for p in policy.provisions]
        for row in ingested:
            row["qualifications"] = sorted(row["qualifications"])
        assert [p.to_json() for p in record.provisions] == ingested
        assert [c.id for c in record.clauses] == [c.id for c in policy.structure.clauses]


def test_a_graph_is_rebuilt_identically(dalian: IngestedPolicy,
                                        graphs: dict[str, Graph]) -> None:
    assert isomorphic(build_policy_graph(dalian),
                      graphs["dalian-ftz-innovation-zone-plan-2021"])
