"""Read-only SPARQL over policy graphs, and the policy record the assistant reads.

Everything downstream (the CLI's ``provisions``, the eligibility engine) reads provisions
back from the graph with the queries here, never from the ingest output.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Any

from rdflib import Graph, Literal
from rdflib.namespace import SKOS
from rdflib.query import Result

from ingest.model import Beneficiary, PolicyArea, Provision, ProvisionKind, policy_header_json
from kg.build import PATH_SEPARATOR
from kg.namespaces import ELI, PKG, PKV
from kg.query_error import QueryError as QueryError
from kg.sparql_gate import admit, forbid_graph_loading

PREFIXES = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX pkv: <https://w3id.org/policykg/vocab/>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
QUERY_NAMESPACES = dict(re.findall(r"PREFIX (\w+): <([^>]+)>", PREFIXES))
"""The prefixes a user's query may use without declaring them (error positions stay the user's own)."""


@dataclass(frozen=True)
class SparqlResult:
    form: str
    variables: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]
    truncated: bool = False
    answer: bool | None = None
    graph: Graph | None = None


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def run_sparql(graph: Graph, query: str, *, row_limit: int | None = None) -> SparqlResult:
    """Run a read-only query (SELECT, ASK, CONSTRUCT, DESCRIBE) that passed the gate of
    :mod:`kg.sparql_gate`: updates, ``SERVICE`` and dataset clauses naming anything but the
    store's own graphs are refused, and no graph is ever loaded from a URL or a file.

    The usual prefixes (pkg, pkv, eli, oa, schema, skos, prov, xsd) are predeclared.
    """
    admitted = admit(query, graph, namespaces=QUERY_NAMESPACES)
    form = admitted.form
    forbid_graph_loading()
    try:
        result: Result = graph.query(admitted.prepared)
        if form == "ask":
            return SparqlResult(form, (), (), answer=bool(result.askAnswer))
        if form in ("construct", "describe"):
            return SparqlResult(form, (), (), graph=result.graph)
        variables = tuple(str(v) for v in result.vars or ())
        rows: list[tuple[str | None, ...]] = []
        truncated = False
        for row in result:  # rdflib evaluates lazily: errors surface while rows are read
            if row_limit is not None and len(rows) >= row_limit:
                truncated = True
                break
            rows.append(tuple(_text(value) for value in row))  # type: ignore[union-attr]
    except Exception as error:  # evaluation errors come from many places in rdflib
        raise QueryError(f"the query failed: {error}") from error
    return SparqlResult(form, variables, tuple(rows), truncated)


# ------------------------------------------------------------------ the policy record

@dataclass(frozen=True)
class ClauseRecord:
    id: str
    path: tuple[str, ...]
    kind: str
    heading: str | None
    start: int
    end: int
    parent_id: str | None


@dataclass(frozen=True)
class PolicyRecord:
    """A policy as the graph holds it: header, text, clauses and provisions."""

    id: str
    title: str
    text: str
    sha256: str
    valid_from: date | None
    valid_until: date | None
    warnings: tuple[str, ...]
    clauses: tuple[ClauseRecord, ...]
    provisions: tuple[Provision, ...]
    area: PolicyArea | None = None
    """Where it applies, as read from its words (dcterms:spatial); None: not found."""

    def header_json(self) -> dict[str, Any]:
        return policy_header_json(self.id, self.title, self.valid_from, self.valid_until)

    @cached_property
    def _conditions_by_governed(self) -> dict[str, tuple[Provision, ...]]:
        governing: dict[str, list[Provision]] = defaultdict(list)
        for rule in self.provisions:
            if rule.kind is ProvisionKind.CONDITION:
                for provision_id in dict.fromkeys(rule.governs):
                    governing[provision_id].append(rule)
        return {provision_id: tuple(rules) for provision_id, rules in governing.items()}

    def conditions_governing(self, provision_id: str) -> tuple[Provision, ...]:
        """The conditions that govern the provision ``provision_id``, in the policy's order (indexed once, not
        searched for every provision of every evaluation)."""
        return self._conditions_by_governed.get(provision_id, ())

    def provision(self, provision_id: str) -> Provision:
        for provision in self.provisions:
            if provision.id == provision_id:
                return provision
        raise KeyError(provision_id)


_HEADER = PREFIXES + """
SELECT ?policy ?id ?title ?text ?sha ?from ?until WHERE {
    ?policy a pkg:Policy ; pkg:policyId ?id ; eli:title ?title ; pkg:canonicalText ?text ;
            pkg:sha256 ?sha .
    OPTIONAL { ?policy eli:first_date_entry_in_force ?from }
    OPTIONAL { ?policy eli:date_no_longer_in_force ?until }
}"""
_AREA = PREFIXES + """
SELECT ?code ?name ?kind ?zone ?evidence WHERE {
    ?policy a pkg:Policy ; dcterms:spatial ?area .
    ?area dcterms:identifier ?code ; rdfs:label ?name ; dcterms:type ?kind .
    OPTIONAL { ?area dcterms:title ?zone }
    OPTIONAL { ?area dcterms:source ?evidence }
}"""
_WARNINGS = PREFIXES + "SELECT ?w WHERE { ?policy a pkg:Policy ; pkg:warning ?w }"
_CLAUSES = PREFIXES + """
SELECT ?id ?path ?kind ?heading ?start ?end ?parent ?order WHERE {
    ?clause pkg:clauseId ?id ; pkg:clausePath ?path ; pkg:clauseKind ?kind ;
            pkg:order ?order ; pkg:selector ?source .
    ?source oa:hasSelector ?position .
    ?position oa:start ?start ; oa:end ?end .
    OPTIONAL { ?clause eli:title ?heading }
    OPTIONAL { ?clause eli:is_part_of ?up . ?up pkg:clauseId ?parent }
} ORDER BY ?order"""
_PROVISION_FACTS = PREFIXES + """
SELECT ?p ?property ?value ?money ?written WHERE {
    ?p a pkg:Provision ; ?property ?value .
    OPTIONAL { ?value schema:value ?money . OPTIONAL { ?value pkg:writtenAs ?written } }
}"""
_PROVISION_SPANS = PREFIXES + """
SELECT ?p ?exact ?start ?end ?clauseId ?path WHERE {
    ?p pkg:selector ?source ; pkg:clause ?clause .
    ?source oa:hasSelector ?quote .
    ?quote oa:exact ?exact .
    ?source oa:hasSelector ?position .
    ?position oa:start ?start ; oa:end ?end .
    ?clause pkg:clauseId ?clauseId ; pkg:clausePath ?path .
}"""
_BENEFICIARIES = PREFIXES + """
SELECT ?b ?property ?value WHERE {
    ?b a pkg:Beneficiary ; ?property ?value .
}"""
# rdflib evaluates basic graph patterns in the order written: start from the most selective.

_MONEY_FIELDS = {PKG.amount: ("amount_cny", "amount"), PKG.cap: ("cap_cny", "cap"),
                 PKG.unitAmount: ("unit_amount_cny", "unit"),
                 PKG.cumulativeCap: ("cumulative_cap_cny", "cumulative")}
_TEXT_FIELDS = {PKG.tier: "tier", PKG.per: "per", PKG.round: "round", PKG.subtype: "subtype",
                PKG.scope: "scope", PKG.targetUnit: "unit", PKG.provisionId: "id"}
_CONCEPT_FIELDS = {PKG.level: "level", PKG.baseQuantity: "base_quantity"}


def _rows(graph: Graph, query: str) -> list[tuple[Any, ...]]:
    """Result rows as plain tuples (rdflib's row type is loosely typed)."""
    return [tuple(row) for row in graph.query(query)]  # type: ignore[arg-type]


def _path(text: str) -> tuple[str, ...]:
    return tuple(text.split(PATH_SEPARATOR)) if text else ()


def _concept(value: object) -> str:
    return str(value).removeprefix(str(PKV))


def _provisions(graph: Graph) -> tuple[Provision, ...]:
    facts: dict[Any, dict[str, Any]] = defaultdict(
        lambda: {"qualifications": [], "governs": [], "written": {}})
    for node, prop, value, money, written in _rows(graph, _PROVISION_FACTS):
        record = facts[node]
        if prop in _MONEY_FIELDS:
            name, key = _MONEY_FIELDS[prop]
            record[name] = int(money)
            if written is not None:
                record["written"][key] = str(written)
        elif prop in _TEXT_FIELDS:
            record[_TEXT_FIELDS[prop]] = str(value)
        elif prop in _CONCEPT_FIELDS:
            record[_CONCEPT_FIELDS[prop]] = _concept(value)
        elif prop == PKG.qualification:
            record["qualifications"].append(_concept(value))
        elif prop == PKG.governs:
            record["governs_nodes"] = [*record.get("governs_nodes", []), value]
        elif prop == PKG.beneficiary:
            record["beneficiary_node"] = value
        elif prop == PKG.serves:
            record["serves"] = [*record.get("serves", []), _concept(value)]
        elif prop == PKG.kind:
            record["kind"] = ProvisionKind(str(value))
        elif prop in (PKG.discretionary, PKG.residual):
            record[str(prop).rsplit("#", 1)[1]] = bool(value.toPython())
        elif prop in (PKG.rate, PKG.targetValue, PKG.rateMin):
            record[{PKG.rate: "rate", PKG.rateMin: "rate_min"}.get(prop, "value")] = Decimal(str(value))
        elif prop == PKG.years:
            record["years"] = int(value)
        elif prop == PKG.targetYear:
            record["year"] = int(str(value))
        elif prop == PKG.order:
            record["order"] = int(value)
        elif prop == ELI.first_date_entry_in_force:
            record["valid_from"] = _date(value)
        elif prop == ELI.date_no_longer_in_force:
            record["valid_until"] = _date(value)
        elif prop == PKG.rateWrittenAs:
            record["written"]["rate"] = str(value)
        elif prop == PKG.valueWrittenAs:
            record["written"]["value"] = str(value)
        elif prop == PKG.floorWrittenAs:
            record["written"]["floor"] = str(value)
    for node, exact, start, end, clause_id, path in _rows(graph, _PROVISION_SPANS):
        record = facts[node]
        record.update(quote=str(exact), span=(int(start), int(end)), clause_id=str(clause_id),
                      clause_path=_path(str(path)))
    ids = {node: record["id"] for node, record in facts.items()}
    payees = _beneficiaries(graph)
    provisions = []
    for record in sorted(facts.values(), key=lambda r: r["order"]):
        record.pop("order")
        record["governs"] = tuple(ids[n] for n in record.pop("governs_nodes", []))
        record["qualifications"] = tuple(sorted(record["qualifications"]))
        record["written"] = tuple(sorted(record["written"].items(), key=_written_order))
        serves = tuple(record.pop("serves", ()))
        if "beneficiary_node" in record:
            payee = payees[record.pop("beneficiary_node")]
            record["beneficiary"] = Beneficiary(payee["label"], tuple(sorted(payee["concepts"])),
                                                payee.get("label_en"), payee.get("group"), serves,
                                                payee.get("holds"), payee.get("defined", False),
                                                payee.get("definition"), payee.get("restricted", False))
        provisions.append(Provision(**record))
    return tuple(provisions)


def _beneficiaries(graph: Graph) -> dict[Any, dict[str, Any]]:
    payees: dict[Any, dict[str, Any]] = defaultdict(lambda: {"concepts": []})
    for node, prop, value in _rows(graph, _BENEFICIARIES):
        payee = payees[node]
        if prop == SKOS.prefLabel:
            payee["label_en" if getattr(value, "language", None) == "en" else "label"] = str(value)
        elif prop == SKOS.exactMatch:
            payee["concepts"].append(_concept(value))
        elif prop == SKOS.broader:
            payee["group"] = _concept(value)
        elif prop == PKG.roleHolds:
            payee["holds"] = str(value)
        elif prop == PKG.definedByPolicy:
            payee["defined"] = bool(value.toPython())
        elif prop == SKOS.definition:
            payee["definition"] = str(value)
        elif prop == PKG.restrictedPayee:
            payee["restricted"] = bool(value.toPython())
    return payees


_WRITTEN_ORDER = ("rate", "amount", "unit", "cap", "cumulative", "value", "floor")


def _written_order(item: tuple[str, str]) -> int:
    return _WRITTEN_ORDER.index(item[0]) if item[0] in _WRITTEN_ORDER else len(_WRITTEN_ORDER)


def _date(value: object) -> date | None:
    if isinstance(value, Literal):
        python = value.toPython()
        return python if isinstance(python, date) else None
    return None


def load_record(graph: Graph) -> PolicyRecord:
    """Read one policy's graph back into a :class:`PolicyRecord` (SPARQL only)."""
    header = _rows(graph, _HEADER)
    if len(header) != 1:
        raise QueryError(f"graph {graph.identifier} holds {len(header)} policies; expected one")
    _, policy_id, title, text, sha, valid_from, valid_until = header[0]
    clauses = tuple(
        ClauseRecord(id=str(row[0]), path=_path(str(row[1])), kind=str(row[2]),
                     heading=_text(row[3]), start=int(row[4]), end=int(row[5]),
                     parent_id=_text(row[6]))
        for row in _rows(graph, _CLAUSES))
    return PolicyRecord(
        id=str(policy_id), title=str(title), text=str(text), sha256=str(sha),
        valid_from=_date(valid_from), valid_until=_date(valid_until),
        warnings=tuple(sorted(str(row[0]) for row in _rows(graph, _WARNINGS))),
        clauses=clauses, provisions=_provisions(graph), area=_area(graph))


def _area(graph: Graph) -> PolicyArea | None:
    rows = _rows(graph, _AREA)
    if not rows:
        return None
    code, name, kind, zone, evidence = rows[0]
    return PolicyArea(str(code), str(name), _text(zone), str(kind) != "zone", _text(evidence) or "")
