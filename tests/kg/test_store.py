"""The data directory: atomic writes, loading back, and what happens on bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from ingest.errors import EmptyDocumentError
from kg import store as store_module
from kg.store import (
    PolicyStore,
    StoreError,
    ingest_into,
    open_store,
    remove_stale_temporaries,
    write_atomically,
)
from tests.conftest import BUNDLED, POLICY_FILES


def test_ingest_into_a_data_dir_and_load_back(tmp_path: Path) -> None:
    store = PolicyStore()
    for path in POLICY_FILES.values():
        ingest_into(store, path, data_dir=tmp_path)
    loaded = PolicyStore.load(tmp_path)
    assert loaded.policy_ids() == sorted(POLICY_FILES)
    for policy_id in loaded.policy_ids():
        assert isomorphic(loaded.graph(policy_id), store.graph(policy_id))
    assert sorted(p.name for p in (tmp_path / "graphs").iterdir()) == sorted(
        f"{name}.ttl" for name in POLICY_FILES)


def test_several_policies_query_as_one_dataset(tmp_path: Path) -> None:
    store = PolicyStore()
    for path in POLICY_FILES.values():
        ingest_into(store, path)
    dataset = store.dataset()
    rows = list(dataset.query(
        "SELECT ?g (COUNT(?p) AS ?n) WHERE { GRAPH ?g { ?p a "
        "<https://w3id.org/policykg/ontology#Provision> } } GROUP BY ?g"))
    assert len(rows) == 3
    with pytest.raises(StoreError, match="several policies are loaded"):
        store.graph()


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path,
                                                                   monkeypatch) -> None:
    target = tmp_path / "graphs" / "p.ttl"
    write_atomically(target, b"old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, b"new content")
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["p.ttl"]


def test_an_interrupted_ingest_leaves_the_data_dir_unchanged(tmp_path: Path,
                                                             monkeypatch) -> None:
    store = PolicyStore()
    ingest_into(store, BUNDLED, data_dir=tmp_path)
    before = {p.name: p.read_bytes() for p in (tmp_path / "graphs").iterdir()}

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(store_module, "build_policy_graph", interrupted)
    with pytest.raises(KeyboardInterrupt):
        ingest_into(PolicyStore(), BUNDLED, data_dir=tmp_path)
    assert {p.name: p.read_bytes() for p in (tmp_path / "graphs").iterdir()} == before


def test_a_bad_file_writes_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(EmptyDocumentError):
        ingest_into(PolicyStore(), empty, data_dir=tmp_path / "data")
    assert not (tmp_path / "data").exists()


def test_a_graph_that_does_not_conform_is_not_written(tmp_path: Path, monkeypatch) -> None:
    from kg.validate import ValidationReport, Violation

    failing = ValidationReport(False, (Violation("p1", None, "broken on purpose", None),))
    monkeypatch.setattr(store_module, "validate_graph", lambda graph: failing)
    with pytest.raises(store_module.ValidationFailed, match="broken on purpose"):
        ingest_into(PolicyStore(), BUNDLED, data_dir=tmp_path)
    assert not (tmp_path / "graphs").exists()


def test_bad_data_dirs_are_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        PolicyStore.load(tmp_path / "nowhere")
    with pytest.raises(StoreError, match="holds no policy yet"):
        open_store(tmp_path)
    (tmp_path / "graphs").mkdir()
    (tmp_path / "graphs" / "broken.ttl").write_text("this is not turtle <<<")
    with pytest.raises(StoreError, match=r"broken.ttl: not a readable Turtle graph"):
        PolicyStore.load(tmp_path)


def test_default_store_is_the_bundled_policy() -> None:
    store = open_store(None)
    assert store.policy_ids() == ["dalian-ftz-innovation-zone-plan-2021"]


def _dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                           text=True, check=True)
    return int(child.stdout)


def test_temporaries_of_killed_writers_are_removed_when_the_data_dir_is_opened(tmp_path: Path) -> None:
    store = PolicyStore()
    ingest_into(store, BUNDLED, data_dir=tmp_path)
    graphs = tmp_path / "graphs"
    stored = next(graphs.glob("*.ttl"))
    killed = graphs / f".{stored.name}.{_dead_pid()}.k3j_x9.tmp"
    killed.write_bytes(stored.read_bytes()[:100])  # half a file, as a kill -9 leaves it
    unnamed = graphs / f".{stored.name}.ab12cd.tmp"  # a writer that did not say who it was
    unnamed.write_bytes(b"")
    running = graphs / f".{stored.name}.{os.getpid()}.zz.tmp"  # a write still under way
    running.write_bytes(b"")
    index_leftover = tmp_path / "index" / f".bm25.npz.{_dead_pid()}.q.tmp"
    index_leftover.parent.mkdir()
    index_leftover.write_bytes(b"")
    loaded = PolicyStore.load(tmp_path)
    assert not killed.exists() and not unnamed.exists() and not index_leftover.exists()
    assert running.exists(), "a write still under way is left alone"
    assert loaded.policy_ids() == [stored.stem]
    assert isomorphic(loaded.graph(stored.stem), store.graph(stored.stem))


def test_remove_stale_temporaries_keeps_everything_else(tmp_path: Path) -> None:
    (tmp_path / "a.ttl").write_text("")
    (tmp_path / ".hidden").write_text("")
    (tmp_path / "notes.tmp").write_text("")
    stale = tmp_path / f".a.ttl.{_dead_pid()}.x.tmp"
    stale.write_text("")
    assert remove_stale_temporaries(tmp_path) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".hidden", "a.ttl", "notes.tmp"]
    assert remove_stale_temporaries(tmp_path / "missing") == []


def test_a_stored_graph_is_n_triples_and_therefore_turtle(tmp_path: Path) -> None:
    store = PolicyStore()
    policy_id, graph = ingest_into(store, BUNDLED, data_dir=tmp_path)
    stored = PolicyStore.graph_file(tmp_path, policy_id)
    as_ntriples = Graph().parse(stored, format="nt")
    as_turtle = Graph().parse(stored, format="turtle")
    assert isomorphic(as_ntriples, graph) and isomorphic(as_turtle, graph)
