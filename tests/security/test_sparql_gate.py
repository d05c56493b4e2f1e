"""The SPARQL gate itself (issue #16): every probe is refused by name, before anything is
loaded or connected, by :func:`kg.query.run_sparql` and by the time-limited child process;
the probes are shown able to fail; ordinary queries still answer."""

from __future__ import annotations

import re

import pytest
import rdflib.plugins.sparql
from rdflib import Dataset

from kg.query import QueryError, run_sparql
from kg.sparql_gate import MAX_QUERY_CHARS, QueryRefused, forbid_graph_loading
from kg.time_limit import run_sparql_limited
from tests.security.sparql_probes import (
    ALL_PROBES,
    DATASET_PROBES,
    SECRET_MARKER,
    SERVICE_PROBES,
    OutsideAccess,
    Probe,
    Tripwire,
)
from ui.explore import EXAMPLE_QUERIES

PROBE_IDS = [probe.name for probe in ALL_PROBES]
REFERENCE_GRAPH = "https://w3id.org/policykg/reference"


@pytest.mark.parametrize("probe", ALL_PROBES, ids=PROBE_IDS)
def test_run_sparql_refuses_every_probe_by_name(dataset: Dataset, outside: str, tripwire: Tripwire,
                                                probe: Probe) -> None:
    size = len(dataset)
    with pytest.raises(QueryRefused) as refused:
        run_sparql(dataset, probe.text(outside))
    assert re.search(probe.refusal, str(refused.value)), str(refused.value)
    assert tripwire.attempts() == []
    assert len(dataset) == size


@pytest.mark.parametrize("probe", ALL_PROBES, ids=PROBE_IDS)
def test_the_time_limited_child_refuses_every_probe_by_name(dataset: Dataset, outside: str, tripwire: Tripwire,
                                                            probe: Probe) -> None:
    with pytest.raises(QueryRefused) as refused:
        run_sparql_limited(dataset, probe.text(outside), row_limit=10, seconds=30)
    assert re.search(probe.refusal, str(refused.value)), str(refused.value)
    assert tripwire.attempts() == []  # the forked child inherits the tripwire and would log here


# ------------------------------------------------------------- the probes can fail

def test_without_the_gate_rdflib_reads_the_file_the_probe_names(dataset: Dataset, outside: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The file-read probes detect a read: rdflib on its own loads the file and answers from it."""
    monkeypatch.setattr(rdflib.plugins.sparql, "SPARQL_LOAD_GRAPHS", True)
    rows = dataset.query(DATASET_PROBES[0].text(outside))
    assert SECRET_MARKER in {str(row[0]) for row in rows}  # type: ignore[index]


def test_without_the_gate_rdflib_calls_the_service_and_the_tripwire_records_it(
        dataset: Dataset, tripwire: Tripwire) -> None:
    """The tripwire catches a connection attempt (and stops it before anything is sent)."""
    with pytest.raises(OutsideAccess):
        list(dataset.query(SERVICE_PROBES[0].query))
    assert tripwire.attempts() == ["SERVICE urlopen"]


def test_past_the_gate_evaluation_still_loads_no_graph(dataset: Dataset, outside: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Defence in depth: with loading forbidden, rdflib answers a FROM on a file from the
    dataset it was given (nothing), not from the file."""
    monkeypatch.setattr(rdflib.plugins.sparql, "SPARQL_LOAD_GRAPHS", True)
    forbid_graph_loading()
    rows = list(dataset.query(DATASET_PROBES[0].text(outside)))
    assert rows == []


def test_a_graph_pattern_naming_a_file_reads_nothing_from_it(dataset: Dataset, outside: str,
                                                              tripwire: Tripwire) -> None:
    """``GRAPH <file:…>`` is not a dataset clause: it is answered from the store (nothing)."""
    query = "PREFIX f: <{outside}> SELECT ?o WHERE { GRAPH f:secret.nt { ?s ?p ?o } }".replace("{outside}", outside)
    assert run_sparql(dataset, query).rows == ()
    assert tripwire.attempts() == []


# ------------------------------------------------------------- what still works

def test_from_and_from_named_may_name_the_stores_own_graphs(dataset: Dataset, tripwire: Tripwire) -> None:
    concept = f"SELECT ?s FROM <{REFERENCE_GRAPH}> WHERE {{ ?s a skos:Concept }} LIMIT 3"
    assert len(run_sparql(dataset, concept).rows) == 3
    named = f"SELECT DISTINCT ?g FROM NAMED <{REFERENCE_GRAPH}> WHERE {{ GRAPH ?g {{ ?s a skos:Concept }} }}"
    assert run_sparql(dataset, named).rows == ((REFERENCE_GRAPH,),)
    assert tripwire.attempts() == []


def test_a_refusal_lists_the_graphs_a_from_may_name(dataset: Dataset, outside: str) -> None:
    with pytest.raises(QueryRefused, match=re.escape(f"<{REFERENCE_GRAPH}>")) as refused:
        run_sparql(dataset, DATASET_PROBES[0].text(outside))
    assert "<https://w3id.org/policykg/data/dalian-ftz-innovation-zone-plan-2021>" in str(refused.value)


@pytest.mark.parametrize("name", list(EXAMPLE_QUERIES))
def test_the_apps_example_queries_pass_the_gate_and_answer(dataset: Dataset, name: str) -> None:
    assert run_sparql(dataset, EXAMPLE_QUERIES[name]).rows


# ------------------------------------------------------------- odd texts

def test_an_oversized_query_is_refused_before_parsing(dataset: Dataset) -> None:
    query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * MAX_QUERY_CHARS
    with pytest.raises(QueryRefused, match=rf"the query is {len(query):,} characters long; at most "
                                           rf"{MAX_QUERY_CHARS:,} are accepted"):
        run_sparql(dataset, query)


@pytest.mark.parametrize("query", ["SELECT * WHERE " + "{" * 3000 + "}" * 3000,
                                   "SELECT * WHERE { FILTER(" + "(" * 3000 + "1" + ")" * 3000 + ") }"])
def test_a_deeply_nested_query_is_an_error_not_a_crash(dataset: Dataset, query: str) -> None:
    with pytest.raises(QueryError, match=r"^not a valid SPARQL query: it is nested too deeply to read$"):
        run_sparql(dataset, query)


def test_an_update_that_does_not_parse_is_named_as_invalid(dataset: Dataset) -> None:
    with pytest.raises(QueryError, match=r"^not a valid SPARQL query: ") as error:
        run_sparql(dataset, "INSERT DATA { <urn:x:a> <urn:x:b> }")
    assert not isinstance(error.value, QueryRefused)
