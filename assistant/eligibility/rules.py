"""The policy as the engine reads it: provisions from the graph, grouped for evaluation."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from rdflib import Graph

from assistant.eligibility.induced import InducedLabels
from assistant.eligibility.per_policy import PerPolicy
from assistant.eligibility.programme_budget import programme_budgets
from ingest.concepts import load_vocabulary
from ingest.model import Provision, ProvisionKind
from ingest.raised_rates import is_raise
from kg.namespaces import PKG
from kg.query import PolicyRecord, load_record

RULE_KINDS = (ProvisionKind.CONDITION, ProvisionKind.OBLIGATION)
"""Provisions that govern benefits rather than pay them."""


@dataclass(frozen=True)
class PolicyRules:
    """One policy's benefits and rules, read from its graph once."""

    record: PolicyRecord
    benefits: tuple[Provision, ...]
    rules: tuple[Provision, ...]
    split_rows: dict[str, tuple[Provision, ...]]
    """For a rate whose cap differs by enterprise type: every row of the split, by row id."""
    titles: dict[str, str]
    """A short title per provision: the clause heading, and the tier when there is one."""
    titles_en: dict[str, str]
    """The same in English, from the vocabulary's labels (who benefits, level)."""

    @cached_property
    def induced_labels(self) -> InducedLabels:
        """The printed labels of the concepts this policy induced (read from its own provisions, so rules
        unpickled from a start-up cache have them too)."""
        from assistant.eligibility.required_recognitions import recognitions

        return InducedLabels.of((*self.record.provisions, *recognitions(self.record)))  # 其首次被评为X的: X

    @cached_property
    def programme_budgets(self) -> frozenset[str]:
        """The up-to provisions that are a fixed award's programme budget, not awards (全年奖励资金不超过150万元)."""
        return programme_budgets(self.benefits)

    @cached_property
    def memo(self) -> PerPolicy:
        """What the engine reads from the provisions' words once for every company (:mod:`.per_policy`)."""
        return PerPolicy()

    def group_of(self, concept: str) -> str:
        vocabulary = load_vocabulary()
        found = vocabulary.concepts.get(concept)
        return found.group or concept if found else concept


def _titles(record: PolicyRecord) -> dict[str, str]:
    headings = {c.id: c.heading for c in record.clauses}
    parents = {c.id: c.parent_id for c in record.clauses}
    titles = {}
    for provision in record.provisions:
        clause_id: str | None = provision.clause_id
        heading = None
        while clause_id is not None and heading is None:
            heading = headings.get(clause_id)
            clause_id = parents.get(clause_id)
        base = heading or "".join(provision.clause_path) or provision.kind.value
        titles[provision.id] = f"{base}（{provision.tier}）" if provision.tier else base
    return titles


def _titles_en(record: PolicyRecord) -> dict[str, str]:
    vocabulary = load_vocabulary()
    titles = {}
    for provision in record.provisions:
        who = " / ".join(vocabulary[q].label_en for q in provision.qualifications if q in vocabulary)
        level = f"{provision.level} " if provision.level else ""
        clause = "".join(provision.clause_path)
        titles[provision.id] = f"{level}{who}".strip() or f"clause {clause}"
        if provision.residual:
            titles[provision.id] += " (other enterprises)"
    return titles


def default_row(rows: tuple[Provision, ...]) -> Provision:
    """The row of a split that applies when no other does: 其他企业 (residual), or else the row
    naming the fewest qualifications (最高1000万元，其中规模以上企业最高2000万元) — never a raised rate's
    (比例可上调10%: the rate it raises is the default)."""
    marked = [row for row in rows if row.residual]
    if marked:
        return marked[0]
    return min(rows, key=lambda row: (is_raise(row.quote), len(row.qualifications), rows.index(row)))


def _split_rows(benefits: tuple[Provision, ...]) -> dict[str, tuple[Provision, ...]]:
    """Rate rows that share a sentence, rate and base but differ in cap by enterprise type:
    only one of them is paid."""
    groups: dict[tuple[object, ...], list[Provision]] = defaultdict(list)
    for provision in benefits:
        if provision.kind is ProvisionKind.RATE_WITH_CAP:
            groups[(provision.span, provision.rate, provision.base_quantity)].append(provision)
    splits: dict[str, tuple[Provision, ...]] = {}
    for rows in groups.values():
        if len(rows) > 1 and len({row.cap_cny for row in rows}) > 1:
            for row in rows:
                splits[row.id] = tuple(rows)
    for original, raised in _raised_rows(benefits):
        pair = (*splits.get(original.id, (original,)), raised)
        for row in pair:
            splits[row.id] = pair
    return splits


def _raised_rows(benefits: tuple[Provision, ...]) -> list[tuple[Provision, Provision]]:
    """A raised rate (``ingest.raised_rates``: 比例可上调10%) with the rate of its clause it raises: one of the two is
    paid."""
    pairs = []
    rates = [p for p in benefits if p.kind is ProvisionKind.RATE_WITH_CAP]
    for index, row in enumerate(rates):
        if not is_raise(row.quote):
            continue
        before = [p for p in rates[:index] if p.clause_id == row.clause_id and not is_raise(p.quote)
                  and p.base_quantity == row.base_quantity and p.rate is not None and row.rate is not None
                  and p.rate < row.rate]
        if before:
            pairs.append((before[-1], row))
    return pairs


def rules_from_record(record: PolicyRecord) -> PolicyRules:
    benefits = tuple(p for p in record.provisions if p.kind.monetary)
    rules = tuple(p for p in record.provisions if p.kind in RULE_KINDS)
    return PolicyRules(record, benefits, rules, _split_rows(benefits), _titles(record), _titles_en(record))


_CACHE: dict[tuple[str, str, int], PolicyRules] = {}


def rules_from_graph(graph: Graph) -> PolicyRules:
    """The rules of the one policy in ``graph``; read with SPARQL once per graph content."""
    sha = next((str(o) for o in graph.objects(None, PKG.sha256)), "")
    key = (str(graph.identifier), sha, len(graph))
    rules = _CACHE.get(key)
    if rules is None:
        if len(_CACHE) >= 32:
            _CACHE.clear()
        rules = _CACHE[key] = rules_from_record(load_record(graph))
    return rules
