"""The data directory: atomic writes, loading back, and what happens on bad input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from ingest.errors import EmptyDocumentError
from kg import store as store_module
from kg.store import PolicyStore, StoreError, ingest_into, open_store, write_atomically
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
