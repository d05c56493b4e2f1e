"""Serialising policy graphs (Turtle, JSON-LD, N-Triples, TriG) and reading them back."""

from __future__ import annotations

import json
from enum import StrEnum

from rdflib import Dataset, Graph

from kg.build import bind_prefixes


class ExportFormat(StrEnum):
    TURTLE = "turtle"
    JSONLD = "json-ld"
    NTRIPLES = "nt"
    TRIG = "trig"

    @property
    def suffix(self) -> str:
        return {"turtle": ".ttl", "json-ld": ".jsonld", "nt": ".nt", "trig": ".trig"}[self.value]


def _context(graph: Graph) -> dict[str, str]:
    return {prefix: str(namespace) for prefix, namespace in graph.namespaces()
            if prefix in {"pkg", "pkv", "eli", "oa", "schema", "prov", "xsd", "skos"}}


def serialize(graph: Graph, form: ExportFormat) -> str:
    """One policy graph in ``form`` (TriG keeps the graph name)."""
    if form is ExportFormat.JSONLD:
        return graph.serialize(format="json-ld", context=_context(graph), indent=2)
    if form is ExportFormat.TRIG:
        dataset = Dataset()
        bind_prefixes(dataset)
        named = dataset.graph(graph.identifier)
        for triple in graph:
            named.add(triple)
        return dataset.serialize(format="trig")
    return graph.serialize(format=form.value)


def parse(text: str, form: ExportFormat) -> Graph:
    """Read back what :func:`serialize` wrote."""
    if form is ExportFormat.TRIG:
        dataset = Dataset()
        dataset.parse(data=text, format="trig")
        graphs = [g for g in dataset.graphs() if len(g) and g.identifier != dataset.default_graph.identifier]
        if len(graphs) != 1:
            raise ValueError(f"expected one named graph, found {len(graphs)}")
        result = Graph(identifier=graphs[0].identifier)
        for triple in graphs[0]:
            result.add(triple)
        return result
    if form is ExportFormat.JSONLD:
        json.loads(text)  # a clear error for text that is not JSON at all
    graph = Graph()
    graph.parse(data=text, format=form.value)
    return graph
