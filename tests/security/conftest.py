"""Fixtures shared by the SPARQL security tests: the store, a folder outside it holding a
secret, and a tripwire on connections and graph loads."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

from kg.store import open_store
from tests.security.sparql_probes import Tripwire, outside_folder


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return open_store(None).dataset()


@pytest.fixture
def outside(tmp_path: Path) -> str:
    return outside_folder(tmp_path)


@pytest.fixture
def tripwire(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Tripwire:
    return Tripwire.install(monkeypatch, tmp_path)
