"""A programme's budget printed beside a fixed award is no award of its own.

对当年获准…挂牌的每家文化企业给予5万元资金奖励，全年奖励资金不超过150万元(含): the reading gives the sentence two
benefits — the fixed 5万 to each company, and an up-to 150万 — but the 150万 is what the programme pays all companies
in a year. Paid as a second award, it showed 5万–155万 where the text gives exactly 5万.

An ``up_to`` (or yearly ``annual_up_to``) with a cap and nothing else (no rate, no unit, no base) is that award's
budget when it shares its sentence with a ``fixed`` award paying the same payee under the same requirements
(qualifications, level, tier, round) a smaller amount, and the words right before its printed cap name a budget of
the year (``ontology/programme_budget.yaml``: 全年奖励资金不超过) with no ceiling of each payee (每家企业…最高不超过)
in them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from assistant.eligibility.pattern_file import patterns_of
from ingest.model import Provision, ProvisionKind
from ontology import ONTOLOGY_DIR

PROGRAMME_BUDGET_FILE = ONTOLOGY_DIR / "programme_budget.yaml"


@dataclass(frozen=True)
class BudgetWords:
    budget_before_cap: re.Pattern[str]
    each_payee: re.Pattern[str]

    def names_a_budget(self, before_cap: str) -> bool:
        """Whether the words ending right before a cap name the programme's budget, not each payee's ceiling."""
        found = self.budget_before_cap.search(before_cap)
        clause = re.split(r"[，,；;。]", before_cap)[-1]
        return found is not None and not self.each_payee.search(clause)


@cache
def budget_words() -> BudgetWords:
    return BudgetWords(*patterns_of(PROGRAMME_BUDGET_FILE, ("budget_before_cap", "each_payee")))


def _requirements(provision: Provision) -> tuple[object, ...]:
    payee = provision.beneficiary.label if provision.beneficiary else None
    return (provision.span, provision.qualifications, provision.level, provision.tier, provision.round, payee)


def _printed_after_a_budget(provision: Provision) -> bool:
    cap = dict(provision.written).get("cap")
    at = provision.quote.rfind(cap) if cap else -1
    return at > 0 and budget_words().names_a_budget(provision.quote[:at])


_CAPPED_KINDS = frozenset({ProvisionKind.UP_TO, ProvisionKind.ANNUAL_UP_TO})
"""An up-to read as a yearly one (年度资金原则上不超过100万元) is as much a budget as one read plain."""


def _bare_up_to(provision: Provision) -> bool:
    return provision.kind in _CAPPED_KINDS and provision.cap_cny is not None and provision.rate is None \
        and provision.unit_amount_cny is None and provision.base_quantity is None


def programme_budgets(benefits: Iterable[Provision]) -> frozenset[str]:
    """The ids of the up-to provisions among ``benefits`` that are a fixed award's budget (see the module)."""
    provisions = tuple(benefits)
    fixed: dict[tuple[object, ...], list[int]] = {}
    for provision in provisions:
        if provision.kind is ProvisionKind.FIXED and provision.amount_cny is not None:
            fixed.setdefault(_requirements(provision), []).append(provision.amount_cny)
    return frozenset(provision.id for provision in provisions if _bare_up_to(provision)
                     and any(amount < (provision.cap_cny or 0) for amount in fixed.get(_requirements(provision), ()))
                     and _printed_after_a_budget(provision))
