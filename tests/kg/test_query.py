"""Read-only SPARQL and the networkx view."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph

from kg.network import cross_references, policy_network
from kg.query import QueryError, load_record, run_sparql
from kg.sparql_gate import QueryRefused

DALIAN = "dalian-ftz-innovation-zone-plan-2021"


def test_select_with_predeclared_prefixes(graphs: dict[str, Graph]) -> None:
    result = run_sparql(graphs[DALIAN], """
        SELECT ?tier ?value WHERE {
            ?p pkg:qualification pkv:incubator ; pkg:tier ?tier ; pkg:cap/schema:value ?value .
        } ORDER BY DESC(?value)""")
    assert result.variables == ("tier", "value")
    assert result.rows == (("国家级", "1000000"), ("省级", "500000"), ("市级", "200000"))


def test_ask_and_construct(graphs: dict[str, Graph]) -> None:
    assert run_sparql(graphs[DALIAN], "ASK { ?p pkg:kind 'obligation' }").answer is True
    constructed = run_sparql(graphs[DALIAN],
                             "CONSTRUCT { ?p pkg:kind ?k } WHERE { ?p pkg:kind ?k }")
    assert constructed.graph is not None and len(constructed.graph) == 64


@pytest.mark.parametrize(("update", "named"), [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT DATA"),
    ("DELETE WHERE { ?s ?p ?o }", "DELETE WHERE"),
    ("DROP ALL", "DROP"),
])
def test_updates_are_refused(graphs: dict[str, Graph], update: str, named: str) -> None:
    size = len(graphs[DALIAN])
    with pytest.raises(QueryRefused, match=f"^{named} is refused: only read-only queries"):
        run_sparql(graphs[DALIAN], update)
    assert len(graphs[DALIAN]) == size


def test_a_single_graph_admits_a_from_naming_itself_only(graphs: dict[str, Graph]) -> None:
    graph = graphs[DALIAN]
    own = f"SELECT (COUNT(*) AS ?n) FROM <{graph.identifier}> WHERE {{ ?p a pkg:Provision }}"
    assert run_sparql(graph, own).rows == (("64",),)
    with pytest.raises(QueryRefused, match=r"^FROM <urn:x:other> is refused: .*"
                                           rf"\(<{re.escape(str(graph.identifier))}>\)"):
        run_sparql(graph, "SELECT * FROM <urn:x:other> WHERE { ?s ?p ?o }")


@pytest.mark.parametrize("bad", ["", "SELEKT * WHERE {}", "SELECT ?x WHERE { ?x ?y }"])
def test_invalid_queries_are_refused_with_a_reason(graphs: dict[str, Graph], bad: str) -> None:
    with pytest.raises(QueryError, match=r"empty|not a valid SPARQL query"):
        run_sparql(graphs[DALIAN], bad)


def test_row_limit(graphs: dict[str, Graph]) -> None:
    result = run_sparql(graphs[DALIAN], "SELECT ?p WHERE { ?p a pkg:Provision }", row_limit=5)
    assert len(result.rows) == 5 and result.truncated


def test_cross_references_share_qualifications_and_conditions(graphs: dict[str, Graph]) -> None:
    record = load_record(graphs[DALIAN])
    network = policy_network(record)
    first_hnte = next(p for p in record.provisions if p.round == "first")
    via = {(r.other_id, r.via) for r in cross_references(network, first_hnte.id)}
    rd_rows = [p.id for p in record.provisions if p.base_quantity == "rd_expense_increment"]
    assert {(row, ("qualification", "high_tech_enterprise")) for row in rd_rows} <= via
    capped = next(p for p in record.provisions if p.clause_path == ("三", "（三）", "11")
                  and p.kind.value == "up_to")
    governing = [r for r in cross_references(network, capped.id) if r.via[0] == "provision"]
    assert [record.provision(r.other_id).subtype for r in governing] == ["funding_share_cap"]
    with pytest.raises(KeyError):
        cross_references(network, "no/such/p1")
