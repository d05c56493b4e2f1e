"""An amount per unit that is not a whole number of yuan (X角/千瓦时 printed as 0.3元/千瓦时, 0.6元/千瓦时,
1.5元/千瓦时, 0.02元 per dollar): a rate on the quantity counted, not a whole-yuan unit amount.

``unit_amount_cny`` holds whole yuan, so 0.3元/千瓦时 would read as 0 yuan per kWh and 0.6 or 1.5 would be rounded
(decided on the printed figure, never on the rounded one). Such an amount becomes
``rate_with_cap``: the rate is the yuan per unit (0.3), the ceiling is the total printed for it
(单个项目…总额不超过Z万元 → ``cap_cny`` Z, per 项目), and the base is the quantity the unit counts (asked, when the
vocabulary has no concept of it). See docs/provision-model.md (``rate_with_cap``).
"""

from __future__ import annotations

from decimal import Decimal

from ingest import patterns as P
from ingest.draft import Draft
from ingest.model import ProvisionKind
from ingest.money import find_money

_PER_UNIT = (ProvisionKind.PER_UNIT, ProvisionKind.PER_UNIT_WITH_CUMULATIVE_CAP)


def below_a_yuan(draft: Draft) -> Decimal | None:
    """The printed unit amount of a per-unit draft when it is more than 0 and not a whole number of yuan, else
    None."""
    printed = draft.written.get("unit", "")
    mentions = find_money(printed, 0) if printed else []
    if draft.kind not in _PER_UNIT or len(mentions) != 1:
        return None
    value = mentions[0].value
    text = draft.sentence.text
    at = text.find(printed)
    if at >= 0 and P.DECREASE_BEFORE.search(text[max(0, at - 12):at]):
        return None  # a decrease of the amount before it, not an amount paid
    return value if value > 0 and value != value.to_integral_value() else None


def with_rates_below_a_yuan(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each amount below one yuan per unit read as a rate (changed in place)."""
    for draft in drafts:
        value = below_a_yuan(draft)
        if value is None:
            continue
        unit = draft.per  # the quantity's unit (千瓦时), printed with the rate: its base is asked in it, not in yuan
        draft.kind, draft.rate, draft.unit_amount_cny = ProvisionKind.RATE_WITH_CAP, value, None
        draft.cap_cny, draft.cumulative_cap_cny = draft.cumulative_cap_cny, None
        draft.per, draft.cumulative_per = draft.cumulative_per, None
        draft.written["rate"] = draft.written.pop("unit") + (f"/{unit}" if unit else "")
        if "cumulative" in draft.written:
            draft.written["cap"] = draft.written.pop("cumulative")
    return drafts
