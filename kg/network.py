"""A networkx view of a policy for exploration: measures ↔ qualifications ↔ levels ↔ clauses.

Node keys are ``(type, id)`` tuples: ``("provision", "sec3/sub2/item7/p1")``,
``("clause", …)``, ``("qualification", "high_tech_enterprise")``, ``("level", …)``,
``("base_quantity", …)``. Edges carry a ``relation`` attribute.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.query import PolicyRecord

Node = tuple[str, str]
SHARED_KINDS = ("qualification", "base_quantity", "level")


def policy_network(record: PolicyRecord) -> nx.MultiDiGraph:
    """The provisions and clauses of one policy with the concepts they name."""
    graph = nx.MultiDiGraph(policy=record.id, title=record.title)
    for clause in record.clauses:
        graph.add_node(("clause", clause.id), label="".join(clause.path) or clause.kind,
                       heading=clause.heading, kind=clause.kind)
        if clause.parent_id:
            graph.add_edge(("clause", clause.id), ("clause", clause.parent_id),
                           relation="part_of")
    for provision in record.provisions:
        node: Node = ("provision", provision.id)
        graph.add_node(node, kind=provision.kind.value, label=provision.tier or provision.kind.value,
                       clause_path="".join(provision.clause_path))
        graph.add_edge(node, ("clause", provision.clause_id), relation="in_clause")
        for qualification in provision.qualifications:
            graph.add_edge(node, ("qualification", qualification), relation="benefits")
        if provision.level:
            graph.add_edge(node, ("level", provision.level), relation="at_level")
        if provision.base_quantity:
            graph.add_edge(node, ("base_quantity", provision.base_quantity), relation="rate_of")
        for governed in provision.governs:
            graph.add_edge(node, ("provision", governed), relation="governs")
    for key in graph.nodes:
        graph.nodes[key].setdefault("label", key[1])
    return graph


@dataclass(frozen=True)
class CrossReference:
    """Two provisions that share a concept (or one governs the other)."""

    provision_id: str
    other_id: str
    via: Node


def cross_references(graph: nx.MultiDiGraph, provision_id: str) -> list[CrossReference]:
    """Provisions that share a qualification, base quantity or level with this one, or
    a condition/obligation that governs it."""
    node: Node = ("provision", provision_id)
    if node not in graph:
        raise KeyError(f"no provision {provision_id!r} in the network")
    found: dict[tuple[str, Node], CrossReference] = {}
    for _, concept in graph.out_edges(node):
        if concept[0] not in SHARED_KINDS:
            continue
        for other, _ in graph.in_edges(concept):
            if other != node and other[0] == "provision":
                found[(other[1], concept)] = CrossReference(provision_id, other[1], concept)
    for other, _, data in graph.in_edges(node, data=True):
        if data.get("relation") == "governs":
            found[(other[1], other)] = CrossReference(provision_id, other[1], other)
    return sorted(found.values(), key=lambda r: (r.via, r.other_id))
