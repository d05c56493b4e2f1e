"""A kind of company an article does not pay (``ingest.excluded_kinds``: 本措施第十条资助范围不含数字产品制造企业): the
engine does not read whether the company is of that kind, so an award the exclusion governs is never counted as
sure — the kind is asked (贵公司是否属于本条不予支持的「数字产品制造企业」？) and the award is could-add. Nothing the
company says is taken to settle words the engine does not read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.excluded_kinds import EXCLUDED_KIND_SUBTYPE
from ingest.model import Provision
from kg.query import PolicyRecord

if TYPE_CHECKING:
    from assistant.eligibility.requirements import Check

EXCLUDED_QUESTION = "excluded:"


def excluded_checks(provision: Provision, record: PolicyRecord) -> list[Check]:
    """One unknown check per kind left out of ``provision``'s article."""
    from assistant.eligibility.requirements import Check, Status  # the checks' own module imports this one

    return [Check("excluded_kind", Status.UNKNOWN, f"the clause does not pay {rule.tier} ({rule.quote}); whether "
                  "the company is one is not known", question=f"{EXCLUDED_QUESTION}{rule.tier}",
                  detail_zh=f"本条不支持「{rule.tier}」，未知贵公司是否属于", parameters={"condition": rule.id})
            for rule in record.conditions_governing(provision.id)
            if rule.subtype == EXCLUDED_KIND_SUBTYPE and rule.tier]
