"""The explorer's work without a browser: figure, provision details, SPARQL console, downloads."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.export import ExportFormat
from kg.network import cross_references, policy_network
from kg.store import open_store
from tests.internals import assert_no_internals
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
    count = sum(len(trace.x) for trace in incubators.data if trace.name == "条款 provision")
    expected = sum(1 for p in record.provisions if "incubator" in p.qualifications)
    assert count == expected > 0
    assert count < sum(len(trace.x) for trace in everything.data if trace.name == "条款 provision")
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
    assert "〔" in explore.node_markdown(record, network, provision)
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


@pytest.mark.parametrize("mode", ["both", "zh", "en"])
def test_every_provision_and_concept_is_shown_in_words(record, mode: str) -> None:  # type: ignore[no-untyped-def]
    network = policy_network(record)
    lang = "both" if mode == "both" else mode
    for provision in record.provisions:
        shown = explore.provision_markdown(record, network, provision.id, mode)
        assert_no_internals(shown, "both")
        assert provision.id not in shown and "span" not in shown and "via " not in shown
    for kind, name in network.nodes:
        if kind in ("qualification", "level", "base_quantity"):
            assert_no_internals(explore.node_markdown(record, network, f"{kind}:{name}", mode), "both")
    assert_no_internals("\n".join(name for name, _ in explore.provision_choices(record, mode)), lang)


def test_a_provision_is_named_by_what_it_pays_and_its_clause(record) -> None:  # type: ignore[no-untyped-def]
    network = policy_network(record)
    shown = explore.provision_markdown(record, network, "sec3/sub2/item7/p1", "zh")
    assert shown.startswith("**按比例补助，设上限 — 〔三（二）7〕**")
    assert "同以「研发经费增量」为基数" in shown and "rd_expense_increment" not in shown
    english = explore.provision_markdown(record, network, "sec3/sub2/item7/p1", "en")
    assert english.startswith("**a share of a base, capped — 〔三（二）7〕**")
    assert "same base: R&amp;D expenditure increment: 〔" in english


def test_quotes_are_cut_with_an_ellipsis(record) -> None:  # type: ignore[no-untyped-def]
    network = policy_network(record)
    long = next(p for p in record.provisions if len(p.quote) > 80 and cross_references(network, p.id))
    shown = explore.provision_markdown(record, network, long.id)
    cut_lines = [line for line in shown.splitlines() if line.startswith("- ")]
    others = {p.id: p for p in record.provisions}
    for line, reference in zip(cut_lines, cross_references(network, long.id), strict=True):
        quote = others[reference.other_id].quote
        assert line.endswith("…") == (len(quote) > 60), line
    assert explore.cut("短句", 60) == "短句" and explore.cut("一二三四五", 3) == "一二三…"


def test_the_graph_draws_labels_and_a_legend_of_kinds(record) -> None:  # type: ignore[no-untyped-def]
    network = policy_network(record)
    figure = explore.network_figure(network, None, "zh")
    named = {trace.name: trace for trace in figure.data if trace.name}
    assert set(named) == {"条款", "资质", "级别", "基数"}
    assert "text" in named["资质"].mode and "孵化器" in "".join(named["资质"].text)
    assert named["条款"].mode == "markers"  # too many to label: their clause shows on hover
    filtered = explore.network_figure(network, "qualification:incubator", "en")
    provisions = next(trace for trace in filtered.data if trace.name == "provision")
    assert "text" in provisions.mode and "〔三（一）3〕" in provisions.text
    assert all("qualification" not in text for trace in filtered.data if trace.text for text in trace.text)
    assert figure.layout.legend.title.text == "图例"


def test_an_empty_answer_is_a_sentence(store) -> None:  # type: ignore[no-untyped-def]
    columns, rows, status = explore.sparql_table(store.dataset(), 'SELECT ?s WHERE { ?s pkg:kind "no such kind" }')
    assert rows == [] and status.startswith("没有结果 No results") and columns == ["s"]
