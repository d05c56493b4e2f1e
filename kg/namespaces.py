"""Closed namespaces: a misspelt term raises instead of minting a new IRI."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace


class PKG(DefinedNamespace):
    """The policykg ontology (ontology/policykg.ttl)."""

    _NS = Namespace("https://w3id.org/policykg/ontology#")
    _fail = True

    Policy: URIRef
    Clause: URIRef
    Provision: URIRef
    FixedAmount: URIRef
    UpToAmount: URIRef
    RateWithCap: URIRef
    PerUnitAmount: URIRef
    PerUnitWithCumulativeCap: URIRef
    AnnualAmount: URIRef
    AnnualUpTo: URIRef
    CaseByCase: URIRef
    Obligation: URIRef
    Condition: URIRef
    Validity: URIRef
    Target: URIRef
    Level: URIRef
    Qualification: URIRef
    BaseQuantity: URIRef
    policyId: URIRef
    canonicalText: URIRef
    sha256: URIRef
    sourceEncoding: URIRef
    warning: URIRef
    clauseId: URIRef
    clausePath: URIRef
    clauseKind: URIRef
    order: URIRef
    policy: URIRef
    selector: URIRef
    kind: URIRef
    provisionId: URIRef
    clause: URIRef
    tier: URIRef
    level: URIRef
    qualification: URIRef
    baseQuantity: URIRef
    amount: URIRef
    cap: URIRef
    unitAmount: URIRef
    cumulativeCap: URIRef
    rate: URIRef
    rateMin: URIRef
    per: URIRef
    years: URIRef
    discretionary: URIRef
    round: URIRef
    residual: URIRef
    subtype: URIRef
    scope: URIRef
    governs: URIRef
    Beneficiary: URIRef
    beneficiary: URIRef
    induced: URIRef
    definedByPolicy: URIRef
    restrictedPayee: URIRef
    roleHolds: URIRef
    serves: URIRef
    writtenAs: URIRef
    rateWrittenAs: URIRef
    valueWrittenAs: URIRef
    floorWrittenAs: URIRef
    targetValue: URIRef
    targetUnit: URIRef
    targetYear: URIRef
    rank: URIRef


class ELI(DefinedNamespace):
    """The European Legislation Identifier ontology (the terms policykg uses)."""

    _NS = Namespace("http://data.europa.eu/eli/ontology#")
    _fail = True

    LegalResource: URIRef
    LegalResourceSubdivision: URIRef
    title: URIRef
    number: URIRef
    id_local: URIRef
    is_part_of: URIRef
    has_part: URIRef
    first_date_entry_in_force: URIRef
    date_no_longer_in_force: URIRef


class OA(DefinedNamespace):
    """W3C Web Annotation vocabulary (the selector terms policykg uses)."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    SpecificResource: URIRef
    TextQuoteSelector: URIRef
    TextPositionSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    exact: URIRef
    start: URIRef
    end: URIRef


PKV = Namespace("https://w3id.org/policykg/vocab/")
DATA = Namespace("https://w3id.org/policykg/data/")
SCHEMA = Namespace("https://schema.org/")


def policy_iri(policy_id: str) -> URIRef:
    return DATA[policy_id]


def clause_iri(policy_id: str, clause_id: str) -> URIRef:
    return URIRef(f"{DATA[policy_id]}/clause/{clause_id}")


def provision_iri(policy_id: str, provision_id: str) -> URIRef:
    return URIRef(f"{DATA[policy_id]}/provision/{provision_id}")


def beneficiary_iri(policy_id: str, beneficiary_id: str) -> URIRef:
    """A policy's own concept of who a benefit pays (linked or induced)."""
    return URIRef(f"{DATA[policy_id]}/concept/{beneficiary_id}")
