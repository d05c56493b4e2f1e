"""The explorer's work without a browser: figure, provision details, SPARQL console, downloads."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.export import ExportFormat
from kg.network import policy_network
from kg.store import open_store
from ui import explore


@pytest.fixture(scope="module")
def store():  # type: ignore[no-untyped-def]
    return open_store(None)


@pytest.fixture(scope="module")
def record(store):  # type: ignore[no-untyped-def]
    from kg.query import load_record

    return load_record(store.graph())


def test_the_figure_filters_to_the_provisions_naming_a_concept(record) -> None:  # type: ignore[no-untyped-def]
    network = policy_network(record)
    everything = explore.network_figure(network)
    incubators = explore.network_figure(network, "qualification:incubator")
    count = sum(len(trace.x) for trace in incubators.data if trace.name == "provision")
    expected = sum(1 for p in record.provisions if "incubator" in p.qualifications)
    assert count == expected > 0
    assert count < sum(len(trace.x) for trace in everything.data if trace.name == "provision")
    with pytest.raises(KeyError, match="no_such"):
        explore.network_figure(network, "qualification:no_such")


def test_a_provision_shows_its_quote_and_cross_references(record) -> None:  # type: ignore[no-untyped-def]
    network = policy_network(record)
    provision = next(p for p in record.provisions if "incubator" in p.qualifications)
    shown = explore.provision_markdown(record, network, provision.id)
    assert provision.quote[:20] in shown and "Cross-references" in shown and "incubator" in shown


def test_the_console_limits_rows_and_reports_errors(store) -> None:  # type: ignore[no-untyped-def]
    columns, rows, status = explore.sparql_table(store.dataset(), "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert columns == ["s", "p", "o"] and len(rows) == explore.ROW_LIMIT and "more were cut" in status
    for name, query in explore.EXAMPLE_QUERIES.items():
        _, rows, status = explore.sparql_table(store.dataset(), query)
        assert rows, f"example {name!r} finds nothing: {status}"
    columns, rows, status = explore.sparql_table(store.dataset(), "DROP ALL")
    assert rows == [] and "read-only" in status


def test_downloads_parse_back_to_the_same_graph(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for form, syntax in ((ExportFormat.TURTLE, "turtle"), (ExportFormat.JSONLD, "json-ld")):
        path = explore.export_file(store.graph(), form, tmp_path, "policy")
        assert len(Graph().parse(path, format=syntax)) == len(store.graph())


def test_a_clicked_node_shows_a_provision_or_the_provisions_naming_a_concept(record) -> None:  # type: ignore[no-untyped-def]
    network = policy_network(record)
    figure = explore.network_figure(network)
    keys = [key for trace in figure.data if trace.customdata is not None for key in trace.customdata]
    assert "qualification:incubator" in keys and any(key.startswith("provision:") for key in keys)
    provision = next(key for key in keys if key.startswith("provision:"))
    assert "span" in explore.node_markdown(record, network, provision)
    shown = explore.node_markdown(record, network, "qualification:incubator")
    naming = [p for p in record.provisions if "incubator" in p.qualifications]
    assert f"{len(naming)} 条规定 provisions" in shown and shown.count("\n- ") == len(naming)
    assert "孵化器" in shown and "100万元" in shown
    english = explore.node_markdown(record, network, "qualification:incubator", "en")
    assert f"{len(naming)} provisions" in english and "条规定" not in english and "qualification · " in english
    with_references = next(p for p in record.provisions if "incubator" in p.qualifications)
    assert "Cross-references" in explore.provision_markdown(record, network, with_references.id, "en")
    assert "交叉引用" not in explore.provision_markdown(record, network, with_references.id, "en")
    for wrong in ("qualification:no_such", "clause:sec1", "nonsense"):
        with pytest.raises(KeyError, match=r"no node|no provision"):
            explore.node_markdown(record, network, wrong)
