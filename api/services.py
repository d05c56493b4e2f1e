"""What the API answers with: the policy's rules and search (the CLI's and the app's own
functions, reused as they are), the store for SPARQL, and the limits on SPARQL work."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from rdflib import Graph

from assistant.dialogue import AssistantContext
from assistant.eligibility.rules import rules_from_graph
from kg.query import SparqlResult
from kg.store import open_store
from kg.time_limit import run_sparql_limited


class SparqlBusy(Exception):
    """Every SPARQL slot is taken; the caller should retry shortly."""


@dataclass
class ApiServices:
    """One policy's rules and search, and the store's dataset for SPARQL."""

    context: AssistantContext
    dataset: Graph
    sparql_concurrent: int = 2
    _search_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _sparql_slots: threading.BoundedSemaphore = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sparql_slots = threading.BoundedSemaphore(self.sparql_concurrent)

    @cached_property
    def provisions_document(self) -> dict[str, Any]:
        """As ``policykg provisions --format json``: the policy header and every provision."""
        record = self.context.rules.record
        return {"policy": record.header_json(), "provisions": [p.to_json() for p in record.provisions]}

    def searcher(self) -> AssistantContext:
        """The context with its search index built (once, even when requests race for it)."""
        with self._search_lock:
            self.context.search()
        return self.context

    def sparql(self, query: str, *, row_limit: int, seconds: float) -> SparqlResult:
        """The query through the project's SPARQL gate with its limits; :class:`SparqlBusy`
        when ``sparql_concurrent`` queries are already running."""
        if not self._sparql_slots.acquire(blocking=False):
            raise SparqlBusy(f"{self.sparql_concurrent} SPARQL queries are already running")
        try:
            return run_sparql_limited(self.dataset, query, row_limit=row_limit, seconds=seconds)
        finally:
            self._sparql_slots.release()


def load_services(data_dir: Path | None, policy: str | None, *, sparql_concurrent: int = 2) -> ApiServices:
    """The policy ``policy`` of ``data_dir`` (default: the bundled policy); :class:`kg.store.StoreError`
    names what is missing."""
    store = open_store(data_dir)
    return ApiServices(AssistantContext(rules_from_graph(store.graph(policy))), store.dataset(),
                       sparql_concurrent=sparql_concurrent)
