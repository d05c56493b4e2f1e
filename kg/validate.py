"""SHACL validation of a policy graph, reported readably."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.namespaces import PKG
from kg.reference import reference_graph
from ontology import SHAPES_FILE


@dataclass(frozen=True)
class Violation:
    """One failed constraint: on which node, along which path, and why."""

    focus: str
    path: str | None
    message: str
    value: str | None

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


def validate_graph(graph: Graph) -> ValidationReport:
    """Validate a policy graph against ``ontology/shapes.ttl`` (with the vocabulary)."""
    from pyshacl import validate as shacl_validate  # heavy: imported when validation is asked for

    data = Graph()
    data += graph
    data += reference_graph()  # levels and qualifications must be concepts of their schemes
    conforms, report, _text = shacl_validate(
        data, shacl_graph=_shapes(), inference="none", advanced=True, allow_warnings=False)
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
        ))
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return ValidationReport(bool(conforms), tuple(violations))
