"""An amount for each step of money above a bound (到位注册资本超过1.7亿元的，每超过1亿元，给予100万元): a per-unit
amount whose unit is money (per 亿元, per 5000万元) on the quantity a bound of the same
sentence is on (``quantity_above`` / ``quantity_at_least`` on the registered capital). The company is paid once per
whole step its figure passes the bound by: 3.9亿 is 2 whole 亿 above 1.7亿 → 200万; a figure said as a lower bound
(超过3亿) counts the steps it surely passes. No figure said: the quantity is asked.

The figure is the one of the year the bound is measured in (上年度纳税总额超过1000万元的，每超过500万元: the
previous year's tax, never a later year's — ``quantity_bounds.figures_of_the_bound``). A step of growth
(``GROWTH_STEP``: 营业收入每增加1亿元) is not a step above the bound: it counts the whole steps the figure grew by
over the year before, and with that year's figure not said, nothing is counted (the quantity is asked)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.eligibility.facts import CompanyFacts
from assistant.eligibility.quantity_bounds import figures_of_the_bound
from ingest.model import Provision
from ingest.quantity_conditions import ABOVE, AT_LEAST
from kg.query import PolicyRecord

MONEY_UNIT = re.compile(r"(?P<n>[0-9.]*)\s*(?P<unit>亿元|万元)")
"""A unit of money an amount is paid per (亿元, 1000万元: the step), as the reader keeps it in ``per``."""
_SIZES = {"亿元": Decimal(100_000_000), "万元": Decimal(10_000)}
GROWTH_STEP = re.compile(r"每(?:年|年度)?(?:增加|增长|新增|提高|多增|净增)\s*[0-9.]*\s*(?:亿|万)元")
"""A step of money that is a growth, not a distance above the bound: 营业收入每增加1亿元, 纳税额每增长500万元,
每年新增1亿元 (no_match: 每超过1亿元, 超过部分每5000万元)."""


@dataclass(frozen=True)
class MoneySteps:
    """The quantity stepped on, the bound the steps start from, the size of a step, and the company's steps (None:
    its figure is not said)."""

    concept: str
    start: Decimal
    step: Decimal
    count: int | None


def money_steps(provision: Provision, record: PolicyRecord, facts: CompanyFacts,
                as_of: dt.date) -> MoneySteps | None:
    """The steps of money ``provision`` pays per (see the module's docstring); None when it pays per no money unit or
    no bound of its sentence names the quantity."""
    unit = MONEY_UNIT.fullmatch(provision.per or "")
    if unit is None:
        return None
    step = Decimal(unit["n"] or 1) * _SIZES[unit["unit"]]
    bounds = [rule for rule in record.conditions_governing(provision.id)
              if rule.subtype in (ABOVE, AT_LEAST) and rule.base_quantity and rule.value is not None]
    if not bounds or step <= 0:
        return None
    bound = bounds[0]
    concept = bound.base_quantity or ""
    start = Decimal(bound.value or 0)
    figures = figures_of_the_bound(bound, record, facts, as_of)
    if not figures:
        return MoneySteps(concept, start, step, None)
    year = max(figures)
    if GROWTH_STEP.search(provision.quote):  # 每增加1亿元: the growth over the year before
        before = facts.series.get(concept, {}).get(year - 1)
        if before is None:
            return MoneySteps(concept, start, step, None)
        return MoneySteps(concept, start, step, max(0, int((figures[year] - before) // step)))
    return MoneySteps(concept, start, step, max(0, int((figures[year] - start) // step)))
