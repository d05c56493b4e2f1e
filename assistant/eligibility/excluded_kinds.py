"""A kind of company an article does not pay (``ingest.excluded_kinds``: 本措施第十条资助范围不含数字产品制造企业): an
award the exclusion governs is refused to a company that says it is of that kind (我们属于数字产品制造: the policy's
induced concept of the kind, a fact of ``policy_concepts``); a company that does not say so is not taken to be one —
the award is paid and the exclusion is said (the check's detail), as a company is not of every kind it did not deny."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.eligibility.facts import CompanyFacts
from ingest.excluded_kinds import EXCLUDED_KIND_SUBTYPE, kind_named
from ingest.model import Beneficiary, Provision, induced_concept_id
from kg.query import PolicyRecord

if TYPE_CHECKING:
    from assistant.eligibility.requirements import Check


def exclusions(record: PolicyRecord) -> tuple[Provision, ...]:
    """The policy's excluded kinds, each as a condition paying the kind (by the words a company names it by), so that
    the understanding reads a company saying it is one (属于数字产品制造) as a concept of the policy."""
    return tuple(replace(rule, beneficiary=Beneficiary(kind_named(rule.tier))) for rule in record.provisions
                 if rule.subtype == EXCLUDED_KIND_SUBTYPE and rule.tier)


def excluded_checks(provision: Provision, facts: CompanyFacts, record: PolicyRecord) -> list[Check]:
    """One check per kind left out of ``provision``'s article: unmet when the company says it is of that kind."""
    from assistant.eligibility.requirements import Check, Status  # the checks' own module imports this one

    checks = []
    for rule in record.conditions_governing(provision.id):
        if rule.subtype != EXCLUDED_KIND_SUBTYPE or not rule.tier:
            continue
        kind = kind_named(rule.tier)
        held = [fact for fact in facts.facts(induced_concept_id(kind)) if fact.held]
        parameters: dict[str, object] = {"condition": rule.id, "kind": kind}
        if held:
            checks.append(Check("excluded_kind", Status.UNMET, f"the company is of a kind the clause does not pay: "
                                f"{kind} ({rule.quote})", detail_zh=f"贵公司属于「{kind}」，本条不予支持"
                                f"（{rule.quote}）", parameters=parameters))
        else:
            checks.append(Check("excluded_kind", Status.MET, f"not said to be of a kind the clause does not pay: "
                                f"{kind}", parameters=parameters))
    return checks
