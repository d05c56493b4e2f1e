"""A recognition the payee must obtain (``ingest.required_recognitions``: 其首次被评为世界企业500强的): an award it
governs is paid only to a company that says it holds the recognition (a concept of the policy the understanding
reads, like a payee the policy induced), refused to one that says it does not, and asked of the rest — never paid
to every payee of the sentence."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.eligibility.facts import CompanyFacts
from ingest.model import Beneficiary, Provision, induced_concept_id
from ingest.required_recognitions import RECOGNITION_REQUIRED_SUBTYPE
from kg.query import PolicyRecord

if TYPE_CHECKING:
    from assistant.eligibility.requirements import Check


def recognitions(record: PolicyRecord) -> tuple[Provision, ...]:
    """The recognitions the policy requires of payees, each as a condition paying the recognition, so that the
    understanding reads a company saying it holds one and the questions name it by its printed label."""
    return tuple(replace(rule, beneficiary=Beneficiary(rule.tier.strip())) for rule in record.provisions
                 if rule.subtype == RECOGNITION_REQUIRED_SUBTYPE and rule.tier)


def recognition_checks(provision: Provision, facts: CompanyFacts, record: PolicyRecord) -> list[Check]:
    """One check per recognition required of ``provision``'s payee: met when held, unmet when denied, asked else."""
    from assistant.eligibility.requirements import Check, Status  # the checks' own module imports this one

    checks = []
    for rule in record.conditions_governing(provision.id):
        if rule.subtype != RECOGNITION_REQUIRED_SUBTYPE or not rule.tier:
            continue
        kind = rule.tier.strip()
        concept = induced_concept_id(kind)
        known = facts.facts(concept)
        parameters: dict[str, object] = {"condition": rule.id, "recognition": kind}
        if any(fact.held for fact in known):
            checks.append(Check(f"holds {concept}", Status.MET, f"holds {kind}", parameters=parameters))
        elif known:
            checks.append(Check(f"holds {concept}", Status.UNMET, f"does not hold {kind} ({rule.quote})",
                                detail_zh=f"不具备「{kind}」（{rule.quote}）", parameters=parameters))
        else:
            checks.append(Check(f"holds {concept}", Status.NOT_ASKED, f"{kind} not stated", question=f"holds:{concept}",
                                parameters=parameters))
    return checks
