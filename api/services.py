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
from assistant.retrieval.embedders import Embedder, UseEmbedder, embedder_from_name
from assistant.retrieval.search import build_search, default_cache_dir
from assistant.understanding.policy_terms import policy_area
from kg.query import SparqlResult
from kg.store import open_store
from kg.time_limit import run_sparql_limited


class SparqlBusy(Exception):
    """Every SPARQL slot is taken; the caller should retry shortly."""


@dataclass
class ApiServices:
    """One policy's rules and search (in ``context``), and the store's dataset for SPARQL."""

    context: AssistantContext
    dataset: Graph
    sparql_concurrent: int = 2
    _sparql_slots: threading.BoundedSemaphore = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sparql_slots = threading.BoundedSemaphore(self.sparql_concurrent)

    @cached_property
    def provisions_document(self) -> dict[str, Any]:
        """As ``policykg provisions --format json``: the policy header and every provision."""
        record = self.context.rules.record
        return {"policy": record.header_json(), "provisions": [p.to_json() for p in record.provisions]}

    def sparql(self, query: str, *, row_limit: int, seconds: float) -> SparqlResult:
        """The query through the project's SPARQL gate with its limits; :class:`SparqlBusy`
        when ``sparql_concurrent`` queries are already running."""
        if not self._sparql_slots.acquire(blocking=False):
            raise SparqlBusy(f"{self.sparql_concurrent} SPARQL queries are already running")
        try:
            return run_sparql_limited(self.dataset, query, row_limit=row_limit, seconds=seconds)
        finally:
            self._sparql_slots.release()


SERVER_ENCODER_THREADS = 1
"""Concurrent requests on two cores: one BLAS thread per query encoding is faster than two
competing ones (engineering notes §9: p95 14 ms against 185 ms)."""


def server_embedder() -> Embedder:
    """The configured embedder (``POLICYKG_EMBEDDER``); the default one on one thread."""
    embedder = embedder_from_name()
    return UseEmbedder(threads=SERVER_ENCODER_THREADS) if isinstance(embedder, UseEmbedder) else embedder


def load_services(data_dir: Path | None, policy: str | None, *, sparql_concurrent: int = 2) -> ApiServices:
    """The policy ``policy`` of ``data_dir`` (default: the bundled policy) with its search index
    built now, so that no request waits for it; :class:`kg.store.StoreError` names what is
    missing, :class:`assistant.retrieval.embedders.EmbedderError` an unusable embedder,
    :class:`assistant.understanding.cue_files.CueFileError` a broken area file (naming it)."""
    store = open_store(data_dir)
    rules = rules_from_graph(store.graph(policy))
    policy_area(rules.record.id, data_dir)  # a broken area file is refused now, not read as "area not known"
    cache = data_dir / "index" if data_dir is not None else default_cache_dir()  # as `policykg search`
    search = build_search(rules.record, server_embedder(), cache)
    return ApiServices(AssistantContext(rules, search, data_dir), store.dataset(), sparql_concurrent=sparql_concurrent)
