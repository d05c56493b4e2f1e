"""The ontology and vocabulary as one graph: read once, shared by validation and queries."""

from __future__ import annotations

from functools import cache

from rdflib import Graph, URIRef

from ontology import ONTOLOGY_FILE, VOCABULARY_FILE

REFERENCE_GRAPH = URIRef("https://w3id.org/policykg/reference")


@cache
def reference_graph() -> Graph:
    """``ontology/policykg.ttl`` and ``ontology/vocabulary.ttl`` (do not modify it)."""
    graph = Graph(identifier=REFERENCE_GRAPH)
    graph.parse(ONTOLOGY_FILE, format="turtle")
    graph.parse(VOCABULARY_FILE, format="turtle")
    return graph
