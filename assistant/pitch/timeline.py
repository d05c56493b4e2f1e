"""When each benefit is paid, by year: an annual fund year by year (later years labelled as a
projection), a rate by the years its base was measured, a one-off in the year of the
recognition it depends on — or, when no date is known, "upon approval" in words.

No arithmetic beyond listing the per-year payments the engine's trace already states."""

from __future__ import annotations

from assistant.answer import range_en
from assistant.eligibility.result import Benefit
from assistant.format import cny_en, cny_zh
from assistant.pitch.model import Payment
from assistant.report import amount_range

ON_EVENT = ("认定当年（一次性）", "year of recognition (one-off)")
UPON_APPROVAL = ("获批后（一次性，日期未知）", "upon approval (one-off; no date known)")
YEARLY_UPON_APPROVAL = ("获批后逐年（年份未知）", "yearly upon approval (years not known)")
CASE_BY_CASE = ("获批后（一事一议）", "upon approval (case by case)")
YEAR_PAID = ("当年", "that year")
PROJECTED = ("预测（不计入合计）", "projected (not in the totals)")


def _paid_by_year(benefit: Benefit) -> list[tuple[int, int]]:
    """A rate paid year by year (the engine's trace lists each year's capped amount), when the
    years add up to the benefit; else nothing (the benefit is shown as one amount)."""
    step = next((step for step in benefit.trace if step.rule == "amount.rate_with_cap"), None)
    paid = step.parameters.get("paid") if step else None
    if not paid or not all(str(label).isdigit() for label in paid):
        return []
    if sum(int(value) for value in paid.values()) != benefit.amount_max_cny:
        return []
    return [(int(label), int(value)) for label, value in paid.items()]


def _paid_by_year_listed(benefit: Benefit) -> bool:
    """Whether the engine's trace lists the benefit's payments year by year (a rate's years)."""
    step = next((step for step in benefit.trace if step.rule == "amount.rate_with_cap"), None)
    paid = step.parameters.get("paid") if step else None
    return bool(paid) and all(str(label).isdigit() for label in paid or {})


def _event_year(benefit: Benefit) -> int | None:
    """The year of the latest recognition the benefit is paid for (the event that completes it)."""
    dates = [fact.date for fact in benefit.matched if fact.date is not None]
    return max(dates).year if dates else None


def _kept_by_year(benefit: Benefit) -> list[tuple[int, int]]:
    """What each year keeps after a ceiling on what one company receives cut the benefit (the engine's last ceiling
    step states it when every year is known); else nothing."""
    kept = next((step.parameters["kept_by_year"] for step in reversed(benefit.trace)
                 if "kept_by_year" in step.parameters), None)
    if not kept or sum(int(value) for value in kept.values()) != benefit.amount_max_cny:
        return []
    return sorted((int(year), int(value)) for year, value in kept.items())


def payments(benefit: Benefit, cited: str, title_zh: str, title_en: str) -> list[Payment]:
    """The benefit's payments on the timeline."""
    annual = next((step.parameters for step in benefit.trace if step.rule.startswith("amount.annual")), None)
    kept = _kept_by_year(benefit)
    if kept and (annual or _paid_by_year_listed(benefit)):
        up_zh, up_en = ("", "") if benefit.amount_min_cny == benefit.amount_max_cny else ("最高", "up to ")
        return [Payment(year, title_zh, title_en, up_zh + cny_zh(paid), up_en + cny_en(paid), cited, *YEAR_PAID)
                for year, paid in kept]
    if annual and annual.get("years") and \
            int(annual["per_year_cny"]) * len(annual["years"]) == benefit.amount_max_cny:
        per_year = int(annual["per_year_cny"])
        up_zh, up_en = ("最高", "up to ") if benefit.kind == "annual_up_to" else ("", "")
        amount_zh, amount_en = up_zh + cny_zh(per_year), up_en + cny_en(per_year)
        return ([Payment(int(year), title_zh, title_en, amount_zh, amount_en, cited, *YEAR_PAID)
                 for year in annual["years"]]
                + [Payment(int(year), title_zh, title_en, amount_zh, amount_en, cited, *PROJECTED, projected=True)
                   for year in annual.get("years_projected") or []])
    by_year = _paid_by_year(benefit)
    if by_year:
        up_zh, up_en = ("", "") if benefit.amount_min_cny == benefit.amount_max_cny else ("最高", "up to ")
        return [Payment(year, title_zh, title_en, up_zh + cny_zh(paid), up_en + cny_en(paid), cited, *YEAR_PAID)
                for year, paid in by_year]
    amount_zh = amount_range(benefit.amount_min_cny, benefit.amount_max_cny)
    amount_en = range_en(benefit.amount_min_cny, benefit.amount_max_cny)
    if benefit.amount_max_cny is None:
        return [Payment(None, title_zh, title_en, amount_zh, amount_en, cited, *CASE_BY_CASE)]
    if annual or any(step.parameters.get("yearly") for step in benefit.trace):
        return [Payment(None, title_zh, title_en, amount_zh, amount_en, cited, *YEARLY_UPON_APPROVAL)]
    year = _event_year(benefit)
    when = ON_EVENT if year is not None else UPON_APPROVAL
    return [Payment(year, title_zh, title_en, amount_zh, amount_en, cited, *when)]


def in_order(timeline: list[Payment]) -> tuple[Payment, ...]:
    """By year; payments with no known date last."""
    return tuple(sorted(timeline, key=lambda p: (p.year is None, p.year or 0)))
