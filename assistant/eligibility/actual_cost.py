"""No award above what was actually spent (``actual_cost_cap``: 补贴总额不能超过实际发生额, 补贴不超过企业实际支出).

Where the company stated its actual spend exactly (``quantities.actual_cost``: 实际支出2000万, "actually spent RMB
20 million"), each award the rule governs is cut to it: the guaranteed amount and the most are each at most that
figure, and the step says so. A spend said as a lower bound (超过2000万) or not said leaves the rule a caveat
(:mod:`assistant.eligibility.caveats`), never a guessed cut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from assistant.format import cny_zh
from ingest.model import Provision
from kg.query import PolicyRecord

if TYPE_CHECKING:
    from assistant.eligibility.amounts import Amount, Context
    from assistant.eligibility.facts import CompanyFacts

ACTUAL_COST_CAP = "actual_cost_cap"
ACTUAL_COST = "actual_cost"
"""The base quantity of the vocabulary holding what the company actually spent."""
APPLIED = "actual_cost_cny"
"""The parameter of an amount cut (or checked) under the rule: the spend it was held to."""


def governing(provision: Provision, record: PolicyRecord) -> list[Provision]:
    """The actual-cost rules that name ``provision`` among the awards they govern."""
    return [rule for rule in record.conditions_governing(provision.id) if rule.subtype == ACTUAL_COST_CAP]


def stated_spend(facts: CompanyFacts) -> Decimal | None:
    """The actual spend the company stated exactly (its latest figure); None when not said or said as a bound."""
    series = facts.series.get(ACTUAL_COST, {})
    if not series:
        return None
    latest = max(series)
    return None if facts.said.get(ACTUAL_COST, {}).get(latest) else series[latest]


def held_to_spend(amount: Amount, ctx: Context) -> Amount:
    """``amount`` cut to the spend the company stated, when an actual-cost rule governs the award."""
    spend = stated_spend(ctx.facts)
    if spend is None or not governing(ctx.provision, ctx.record):
        return amount
    cap = int(spend)
    most = cap if amount.maximum is None else min(amount.maximum, cap)
    cut = f"；不超过实际支出 not above the actual spend {cny_zh(cap)}"
    if amount.maximum is None or amount.maximum > cap:
        cut += f" → {cny_zh(most)}"
    return replace(amount, minimum=min(amount.minimum, cap), maximum=most, basis=amount.basis + cut,
                   parameters={**amount.parameters, APPLIED: cap})


def with_spend_held(rule: Callable[[Context], Amount]) -> Callable[[Context], Amount]:
    """An amount rule whose result is held to the actual spend stated (see :func:`held_to_spend`)."""
    def held(ctx: Context) -> Amount:
        return held_to_spend(rule(ctx), ctx)
    return held
