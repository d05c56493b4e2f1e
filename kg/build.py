"""Build the RDF graph of one ingested policy (one named graph per policy)."""

from __future__ import annotations

from decimal import Decimal

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, DefinedNamespace

from ingest.model import Beneficiary, IngestedPolicy, PolicyArea, Provision, ProvisionKind
from ingest.money import decimal_text
from ingest.structure import Clause
from kg.namespaces import ELI, OA, PKG, PKV, SCHEMA, beneficiary_iri, clause_iri, policy_iri, provision_iri

KIND_CLASS: dict[ProvisionKind, URIRef] = {
    ProvisionKind.FIXED: PKG.FixedAmount,
    ProvisionKind.UP_TO: PKG.UpToAmount,
    ProvisionKind.RATE_WITH_CAP: PKG.RateWithCap,
    ProvisionKind.PER_UNIT: PKG.PerUnitAmount,
    ProvisionKind.PER_UNIT_WITH_CUMULATIVE_CAP: PKG.PerUnitWithCumulativeCap,
    ProvisionKind.ANNUAL: PKG.AnnualAmount,
    ProvisionKind.ANNUAL_UP_TO: PKG.AnnualUpTo,
    ProvisionKind.CASE_BY_CASE: PKG.CaseByCase,
    ProvisionKind.OBLIGATION: PKG.Obligation,
    ProvisionKind.CONDITION: PKG.Condition,
    ProvisionKind.VALIDITY: PKG.Validity,
    ProvisionKind.TARGET: PKG.Target,
}
PATH_SEPARATOR = "/"


def bind_prefixes(graph: Graph) -> None:
    namespaces: dict[str, type[DefinedNamespace] | object] = {
        "pkg": PKG, "pkv": PKV, "eli": ELI, "oa": OA, "schema": SCHEMA, "prov": PROV,
    }
    for prefix, namespace in namespaces.items():
        graph.bind(prefix, str(namespace), override=True)
    graph.bind("xsd", str(XSD))


def _span(graph: Graph, owner: URIRef, policy: URIRef, quote: str, start: int, end: int) -> None:
    source = URIRef(f"{owner}#source")
    quote_node, position = URIRef(f"{owner}#quote"), URIRef(f"{owner}#position")
    graph.add((owner, PKG.selector, source))
    graph.add((source, RDF.type, OA.SpecificResource))
    graph.add((source, OA.hasSource, policy))
    graph.add((source, OA.hasSelector, quote_node))
    graph.add((source, OA.hasSelector, position))
    graph.add((quote_node, RDF.type, OA.TextQuoteSelector))
    graph.add((quote_node, OA.exact, Literal(quote)))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    graph.add((position, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
    graph.add((position, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))


def _money(graph: Graph, owner: URIRef, prop: URIRef, name: str, value: int | None,
           written: str | None) -> None:
    if value is None:
        return
    node = URIRef(f"{owner}#{name}")
    graph.add((owner, prop, node))
    graph.add((node, RDF.type, SCHEMA.MonetaryAmount))
    graph.add((node, SCHEMA.value, Literal(value, datatype=XSD.integer)))
    graph.add((node, SCHEMA.currency, Literal("CNY")))
    _optional(graph, node, PKG.writtenAs, written)


def _clause(graph: Graph, policy: IngestedPolicy, clause: Clause, order: int) -> None:
    node = clause_iri(policy.id, clause.id)
    parent = clause_iri(policy.id, clause.parent_id) if clause.parent_id else policy_iri(policy.id)
    graph.add((node, RDF.type, PKG.Clause))
    graph.add((node, PKG.clauseId, Literal(clause.id)))
    graph.add((node, PKG.clausePath, Literal(PATH_SEPARATOR.join(clause.path))))
    graph.add((node, PKG.clauseKind, Literal(clause.kind.value)))
    graph.add((node, PKG.order, Literal(order, datatype=XSD.integer)))
    graph.add((node, PKG.policy, policy_iri(policy.id)))
    graph.add((node, ELI.is_part_of, parent))
    graph.add((parent, ELI.has_part, node))
    if clause.label:
        graph.add((node, ELI.number, Literal(clause.label)))
    if clause.heading:
        graph.add((node, ELI.title, Literal(clause.heading, lang="zh")))
    _span(graph, node, policy_iri(policy.id), policy.text[clause.start:clause.end],
          clause.start, clause.end)


def _optional(graph: Graph, node: URIRef, prop: URIRef, value: object,
              datatype: URIRef | None = None) -> None:
    if value is None:
        return
    if isinstance(value, Decimal):
        # canonical xsd:decimal has a point ("300.0"), so a Turtle round trip keeps the term
        text = decimal_text(value)
        graph.add((node, prop, Literal(text if "." in text else f"{text}.0", datatype=XSD.decimal)))
    else:
        graph.add((node, prop, Literal(value, datatype=datatype)))


def _provision(graph: Graph, policy_id: str, provision: Provision, order: int) -> None:
    node = provision_iri(policy_id, provision.id)
    policy = policy_iri(policy_id)
    graph.add((node, RDF.type, PKG.Provision))
    graph.add((node, RDF.type, KIND_CLASS[provision.kind]))
    graph.add((node, PKG.kind, Literal(provision.kind.value)))
    graph.add((node, PKG.provisionId, Literal(provision.id)))
    graph.add((node, PKG.order, Literal(order, datatype=XSD.integer)))
    graph.add((node, PKG.policy, policy))
    graph.add((node, PKG.clause, clause_iri(policy_id, provision.clause_id)))
    graph.add((node, PROV.wasDerivedFrom, URIRef(f"{node}#source")))
    _span(graph, node, policy, provision.quote, *provision.span)
    graph.add((node, PKG.discretionary, Literal(provision.discretionary)))
    graph.add((node, PKG.residual, Literal(provision.residual)))
    _optional(graph, node, PKG.tier, provision.tier)
    if provision.level:
        graph.add((node, PKG.level, PKV[provision.level]))
    for qualification in provision.qualifications:
        graph.add((node, PKG.qualification, PKV[qualification]))
    if provision.base_quantity:
        graph.add((node, PKG.baseQuantity, PKV[provision.base_quantity]))
    written = dict(provision.written)
    _money(graph, node, PKG.amount, "amount", provision.amount_cny, written.get("amount"))
    _money(graph, node, PKG.cap, "cap", provision.cap_cny, written.get("cap"))
    _money(graph, node, PKG.unitAmount, "unit", provision.unit_amount_cny, written.get("unit"))
    _money(graph, node, PKG.cumulativeCap, "cumulative", provision.cumulative_cap_cny,
           written.get("cumulative"))
    _optional(graph, node, PKG.rateWrittenAs, written.get("rate"))
    _optional(graph, node, PKG.valueWrittenAs, written.get("value"))
    _optional(graph, node, PKG.floorWrittenAs, written.get("floor"))
    _optional(graph, node, PKG.rate, provision.rate, XSD.decimal)
    _optional(graph, node, PKG.rateMin, provision.rate_min, XSD.decimal)
    _optional(graph, node, PKG.per, provision.per)
    _optional(graph, node, PKG.years, provision.years, XSD.integer)
    _optional(graph, node, PKG.round, provision.round)
    _optional(graph, node, PKG.subtype, provision.subtype)
    _optional(graph, node, PKG.scope, provision.scope)
    for governed in provision.governs:
        graph.add((node, PKG.governs, provision_iri(policy_id, governed)))
    _optional(graph, node, ELI.first_date_entry_in_force, provision.valid_from, XSD.date)
    _optional(graph, node, ELI.date_no_longer_in_force, provision.valid_until, XSD.date)
    _optional(graph, node, PKG.targetValue, provision.value, XSD.decimal)
    _optional(graph, node, PKG.targetUnit, provision.unit)
    if provision.year is not None:
        graph.add((node, PKG.targetYear, Literal(str(provision.year), datatype=XSD.gYear)))
    if provision.beneficiary is not None:
        graph.add((node, PKG.beneficiary, _beneficiary(graph, policy_id, provision.beneficiary)))
        for served in provision.beneficiary.serves:
            graph.add((node, PKG.serves, PKV[served]))


def _beneficiary(graph: Graph, policy_id: str, beneficiary: Beneficiary) -> URIRef:
    """The policy's concept of a payee: its printed label, linked (skos:exactMatch) or induced."""
    node = beneficiary_iri(policy_id, beneficiary.id)
    graph.add((node, RDF.type, PKG.Beneficiary))
    graph.add((node, SKOS.prefLabel, Literal(beneficiary.label, lang="zh")))
    if beneficiary.label_en:
        graph.add((node, SKOS.prefLabel, Literal(beneficiary.label_en, lang="en")))
    graph.add((node, PKG.induced, Literal(beneficiary.induced)))
    if beneficiary.holds:
        graph.add((node, PKG.roleHolds, Literal(beneficiary.holds)))
    if beneficiary.defined:
        graph.add((node, PKG.definedByPolicy, Literal(True)))
    if beneficiary.definition:
        graph.add((node, SKOS.definition, Literal(beneficiary.definition, lang="zh")))
    if beneficiary.restricted:
        graph.add((node, PKG.restrictedPayee, Literal(True)))
    for concept in beneficiary.concepts:
        graph.add((node, SKOS.exactMatch, PKV[concept]))
    if beneficiary.group:
        graph.add((node, SKOS.broader, PKV[beneficiary.group]))
    return node


def _area(graph: Graph, policy: URIRef, area: PolicyArea) -> None:
    """Where the policy applies (dcterms:spatial): a dcterms:Location with the division's code
    (dcterms:identifier) and name (rdfs:label), the zone's name (dcterms:title) when there is one, what
    the area is (dcterms:type: division / zone / zone-and-division) and the words read (dcterms:source)."""
    node = URIRef(f"{policy}/area")
    graph.add((policy, DCTERMS.spatial, node))
    graph.add((node, RDF.type, DCTERMS.Location))
    graph.add((node, DCTERMS.identifier, Literal(area.code)))
    graph.add((node, RDFS.label, Literal(area.name, lang="zh")))
    graph.add((node, DCTERMS.type, Literal(area.kind)))
    if area.zone:
        graph.add((node, DCTERMS.title, Literal(area.zone, lang="zh")))
    if area.evidence:
        graph.add((node, DCTERMS.source, Literal(area.evidence, lang="zh")))


def build_policy_graph(policy: IngestedPolicy) -> Graph:
    """The named graph of one policy: its header, clause tree and provisions."""
    graph = Graph(identifier=policy_iri(policy.id))
    bind_prefixes(graph)
    node = policy_iri(policy.id)
    graph.add((node, RDF.type, PKG.Policy))
    graph.add((node, PKG.policyId, Literal(policy.id)))
    graph.add((node, ELI.id_local, Literal(policy.id)))
    graph.add((node, ELI.title, Literal(policy.title, lang="zh")))
    graph.add((node, PKG.canonicalText, Literal(policy.text)))
    graph.add((node, PKG.sha256, Literal(policy.sha256)))
    graph.add((node, PKG.sourceEncoding, Literal(policy.encoding)))
    if policy.structure.doc_number:
        graph.add((node, ELI.number, Literal(policy.structure.doc_number)))
    _optional(graph, node, ELI.first_date_entry_in_force, policy.valid_from, XSD.date)
    _optional(graph, node, ELI.date_no_longer_in_force, policy.valid_until, XSD.date)
    for warning in policy.warnings:
        graph.add((node, PKG.warning, Literal(warning)))
    if policy.area is not None:
        _area(graph, node, policy.area)
    for order, clause in enumerate(policy.structure.clauses):
        _clause(graph, policy, clause, order)
    for order, provision in enumerate(policy.provisions):
        _provision(graph, policy.id, provision, order)
    return graph
