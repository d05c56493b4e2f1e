"""Validation of a policy graph, reported readably: the SHACL shapes, and the check that every
quote is the canonical text at its span (done in Python, see :mod:`kg.span_check`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import BNode, Graph, URIRef
from rdflib.graph import ReadOnlyGraphAggregate
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg.namespaces import PKG
from kg.reference import reference_graph
from kg.span_check import quote_mismatches
from ontology import SHAPES_FILE


@dataclass(frozen=True)
class Violation:
    """One failed constraint: on which node, along which path, and why."""

    focus: str
    path: str | None
    message: str
    value: str | None
    provision_id: str | None = None
    """The provision the failing node belongs to (itself, its amount, its selector…), if any."""

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        value = f" [value: {self.value}]" if self.value else ""
        return f"{self.focus}{where}: {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]

    def summary(self) -> str:
        if self.conforms:
            return "conforms: every shape holds"
        lines = [f"does not conform: {len(self.violations)} violation(s)"]
        lines += [f"  - {violation}" for violation in self.violations]
        return "\n".join(lines)


@cache
def _shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def _short(graph: Graph, node: object) -> str:
    if isinstance(node, URIRef):
        provision_id = graph.value(node, PKG.provisionId)
        clause_id = graph.value(node, PKG.clauseId)
        label = provision_id or clause_id
        return f"{label} <{node}>" if label else f"<{node}>"
    return str(node)


def _owner_provision(graph: Graph, node: object, hops: int = 3) -> str | None:
    """The id of the provision a node is part of: the node itself, or what points to it (an
    amount, a selector and its position) within a few links."""
    frontier: list[Node] = [node] if isinstance(node, URIRef | BNode) else []
    for _ in range(hops + 1):
        for candidate in frontier:
            provision_id = graph.value(candidate, PKG.provisionId)
            if provision_id is not None:
                return str(provision_id)
        frontier = [subject for candidate in frontier for subject in graph.subjects(None, candidate)]
    return None


def validate_graph(graph: Graph) -> ValidationReport:
    """Validate a policy graph against ``ontology/shapes.ttl`` (with the vocabulary) and check
    that every quote equals the canonical text at its span."""
    from pyshacl import validate as shacl_validate  # heavy: imported when validation is asked for

    # read through both graphs without copying either: levels and qualifications must be
    # concepts of their schemes (a copy of a large policy's graph cost more than validating it)
    data = ReadOnlyGraphAggregate([graph, reference_graph()])
    conforms, report, _text = shacl_validate(
        data, shacl_graph=_shapes(), inference="none", inplace=True, allow_warnings=False)
    violations = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        value = report.value(result, SH.value)
        violations.append(Violation(
            focus=_short(graph, focus),
            path=graph.namespace_manager.normalizeUri(path) if isinstance(path, URIRef) else None,
            message=str(message) if message else "constraint violated",
            value=str(value)[:80] if value is not None else None,
            provision_id=_owner_provision(graph, focus),
        ))
    mismatches = quote_mismatches(graph)
    violations += [Violation(focus=_short(graph, m.owner), path="oa:exact", message=m.describe(), value=None,
                             provision_id=_owner_provision(graph, m.owner)) for m in mismatches]
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return ValidationReport(bool(conforms) and not mismatches, tuple(violations))
