"""Limits on how many units a per-unit award is paid for: ``unit_count_cap`` (每家企业每年最多补贴5名, 前5件,
每家企业最多补贴2个展位). See docs/eligibility.md §4.

A count cap governs the per-unit benefits the reader lists in its ``governs`` (those of its sentence). It is applied
to each such benefit before the funding-share cap and the ceilings, on the units the benefit was counted for: the
units paid are at most ``value``. A cap ``per`` 年 counts the units of each calendar year apart, by the dates of the
company's facts; units whose year is not known may fall in one year or several: the guaranteed amount counts them
all in the year already holding the most units (the reading that cuts most), the most counts each fact in a year of
its own (one declared fact is one event of one year). Units still pending (no date yet…) count towards the most
only, in a year of their own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from assistant.eligibility.result import Benefit, CouldAdd, MatchedFact, TraceStep
from assistant.eligibility.rules import PolicyRules
from assistant.format import cny_en, cny_zh
from ingest.model import Provision, ProvisionKind

COUNT_CAP = "unit_count_cap"
COUNTED_STEPS = ("amount.per_unit", "amount.per_unit_with_cumulative_cap")
"""The trace steps of the amounts a count cap bounds, which carry the unit amount and the units counted."""
COUNTED_KINDS = frozenset({ProvisionKind.PER_UNIT, ProvisionKind.PER_UNIT_WITH_CUMULATIVE_CAP})
YEARLY = "年"
ALL_UNITS = "全部 all units"
UNKNOWN_YEAR = "年份未明 year unknown"


@dataclass(frozen=True)
class CappedCount:
    """The units one benefit is paid for under a count cap: at most ``most``, surely ``least``; ``pools`` are the
    groups of units counted against the cap together that exceeded it (a year, or all units) with their units."""

    counted: int
    most: int
    least: int
    pools: tuple[tuple[str, int], ...]
    year_unknown: bool


def _capped(pools: dict[str, int], value: int) -> tuple[int, tuple[tuple[str, int], ...]]:
    """The units paid over ``pools`` (each at most ``value``) and the pools over the cap."""
    return (sum(min(units, value) for units in pools.values()),
            tuple((label, units) for label, units in pools.items() if units > value))


def capped_count(counted: int, matched: tuple[MatchedFact, ...], value: int, per_year: bool) -> CappedCount:
    """The units paid when ``counted`` units were counted, ``matched`` the established facts with their counts and
    dates (the rest of the units are pending), under a cap of ``value`` units (a calendar year when ``per_year``)."""
    counts = [fact for fact in matched if fact.count is not None]
    certain = min(sum(fact.count or 0 for fact in counts), counted)
    pending = counted - certain
    if not per_year:
        most, over = _capped({ALL_UNITS: counted}, value)
        return CappedCount(counted, most, min(certain, value), over, False)
    by_year: dict[str, int] = defaultdict(int)
    for fact in counts:
        if fact.date is not None:
            by_year[str(fact.date.year)] += fact.count or 0
    undated = [fact.count or 0 for fact in counts if fact.date is None]
    apart = {**by_year, **{f"{UNKNOWN_YEAR} {i + 1}": units for i, units in enumerate(undated)}}
    if pending:
        apart[f"{UNKNOWN_YEAR} pending"] = pending
    most, _ = _capped(apart, value)
    together = dict(by_year)
    if undated:
        fullest = max(together, key=lambda year: together[year], default=UNKNOWN_YEAR)
        together[fullest] = together.get(fullest, 0) + sum(undated)
    least, over = _capped(together, value)
    return CappedCount(counted, most, min(least, most), over, bool(undated or pending))


def governing_caps(rules: PolicyRules) -> dict[str, list[Provision]]:
    """The count caps of the policy with a value, by the id of each benefit they govern."""
    found: dict[str, list[Provision]] = defaultdict(list)
    for rule in rules.rules:
        if rule.subtype == COUNT_CAP and rule.value is not None and rule.value >= 0:
            for provision_id in rule.governs:
                found[provision_id].append(rule)
    return found


def _counted_step(benefit: Benefit) -> TraceStep | None:
    """The per-unit amount's step, when it counted the units (a count not stated leaves one unit × ?)."""
    return next((step for step in benefit.trace if step.rule in COUNTED_STEPS
                 and step.parameters.get("count") is not None and step.parameters.get("unit_amount_cny")), None)


def count_cap_step(rule: Provision, capped: CappedCount, unit: int) -> TraceStep:
    """The cap as a trace step citing its clause: the units counted, the pools over the cap, the units paid."""
    value = int(rule.value or 0)
    limit = f"{'每年' if rule.per == YEARLY else ''}最多 {value}{rule.unit or ''}"
    pools = "；".join(f"{label}: {units}" for label, units in capped.pools)
    paid = (f"{capped.least}" if capped.least == capped.most else f"{capped.least}–{capped.most}")
    detail = (f"数量上限 count limit {limit}（{''.join(rule.clause_path)}）：申报 counted {capped.counted} → 计补 paid "
              f"{paid} × {cny_zh(unit)}" + (f"（超出 over the limit: {pools}）" if pools else "（未超出 within it）"))
    if capped.year_unknown and rule.per == YEARLY:
        detail += ("；部分单位年份未明，确定可得按同一年度计，最高按各自年度计 the year of some units is not known: "
                   "the guaranteed amount counts them in one year, the most each in its own")
    return TraceStep(f"condition.{COUNT_CAP}", detail, rule.id, rule.clause_path,
                     {"value": value, "unit": rule.unit, "per": rule.per, "counted": capped.counted,
                      "paid_max": capped.most, "paid_min": capped.least, "over": dict(capped.pools),
                      "unit_amount_cny": unit, "paid_max_cny": unit * capped.most,
                      "paid_min_cny": unit * capped.least, "year_unknown": capped.year_unknown})


def count_cap_words(step: TraceStep, lang: str) -> tuple[list[str], list[str]]:
    """A count cap's step in words for an explanation in ``lang`` ("zh" or English): its sentences and its
    arithmetic."""
    parameters = step.parameters
    value, counted, unit = parameters["value"], parameters["counted"], parameters["unit_amount_cny"]
    paid_max, paid_min = parameters["paid_max"], parameters["paid_min"]
    where = f"〔{''.join(step.clause_path) or '正文'}〕"
    yearly = parameters.get("per") == YEARLY
    unknown = bool(parameters.get("year_unknown")) and yearly and paid_min != paid_max
    if lang == "zh":
        counted_unit = parameters.get("unit") or "项"
        limit = f"{'每年' if yearly else ''}最多{value}{counted_unit}"
        paid = f"{paid_min}至{paid_max}" if paid_min != paid_max else f"{paid_max}"
        money = "至".join(dict.fromkeys(cny_zh(parameters[key]) for key in ("paid_min_cny", "paid_max_cny")))
        sentence = f"{where}规定{limit}：贵公司有{counted}{counted_unit}，计补{paid}{counted_unit}，即{money}。"
        if unknown:
            sentence += "部分单位的年份未明：确定可得按同一年度计，最高按各自年度计。"
        return [sentence], [f"{limit} → {cny_zh(unit)} × {paid} = {money}"]
    limit = f"at most {value} units{' a year' if yearly else ''}"
    paid = f"{paid_min} to {paid_max}" if paid_min != paid_max else f"{paid_max}"
    money = " to ".join(dict.fromkeys(cny_en(parameters[key]) for key in ("paid_min_cny", "paid_max_cny")))
    sentence = f"{where} pays for {limit}: the company has {counted}, so {paid} are paid: {money}."
    if unknown:
        sentence += (" The year of some units is not known: the guaranteed amount counts them in one year, the most "
                     "each in its own.")
    return [sentence], [f"{limit} → {cny_en(unit)} × {paid} = {money}"]


def cap_benefit(benefit: Benefit, caps: list[Provision]) -> Benefit:
    """``benefit`` paid for no more units than each of ``caps`` allows (the amount's own caps kept), with a step
    per cap; unchanged when it counted no units."""
    step = _counted_step(benefit)
    if step is None or not caps:
        return benefit
    unit = int(step.parameters["unit_amount_cny"])
    most, least = benefit.amount_max_cny, benefit.amount_min_cny
    steps = []
    for rule in caps:
        capped = capped_count(int(step.parameters["count"]), benefit.matched, int(rule.value or 0),
                              rule.per == YEARLY)
        most = unit * capped.most if most is None else min(most, unit * capped.most)
        least = min(least, unit * capped.least, most)
        steps.append(count_cap_step(rule, capped, unit))
    cut = (most, least) != (benefit.amount_max_cny, benefit.amount_min_cny)
    readings = benefit.reading_range_cny
    limit = "、".join(f"{''.join(rule.clause_path)}{'每年' if rule.per == YEARLY else ''}最多{int(rule.value or 0)}"
                     f"{rule.unit or ''}" for rule in caps)
    return replace(benefit, amount_max_cny=most, amount_min_cny=least, trace=(*benefit.trace, *steps),
                   basis=benefit.basis if not cut else
                   f"{benefit.basis}; 数量上限 count limit {limit} → {cny_zh(least)}"
                   + (f"–{cny_zh(most or 0)}" if most != least else ""),
                   reading_range_cny=(min(readings[0], most or 0), min(readings[1], most or 0))
                   if readings and cut else readings)


def apply_count_caps(benefits: list[Benefit], rules: PolicyRules) -> list[Benefit]:
    """``benefits`` with every per-unit award paid for no more units than the count caps governing it allow."""
    caps = governing_caps(rules)
    if not caps:
        return benefits
    return [cap_benefit(benefit, caps.get(benefit.provision_id, [])) for benefit in benefits]


def _could_add_room(entry: CouldAdd, provision: Provision, rule: Provision, paid: Benefit | None) -> int:
    """The most units not yet established can add under a count cap: a year's limit when it is yearly (they may
    fall in a year of their own), else the limit less the units already paid."""
    unit, value = provision.unit_amount_cny or 0, int(rule.value or 0)
    if rule.per == YEARLY or paid is None:
        return unit * value
    paid_units = [int(step.parameters["paid_max"]) for step in paid.trace
                  if step.rule == f"condition.{COUNT_CAP}" and step.provision_id == rule.id]
    return unit * max(0, value - (paid_units[0] if paid_units else 0))


def limit_could_add_counts(entries: list[CouldAdd], benefits: list[Benefit], rules: PolicyRules) -> list[CouldAdd]:
    """What units not yet established (no date yet…) could add to a per-unit award, never more than its count caps
    allow."""
    caps = governing_caps(rules)
    listed = {benefit.provision_id: benefit for benefit in benefits}
    limited = []
    for entry in entries:
        provision = rules.record.provision(entry.provision_id)
        high = entry.amount_max_cny
        if provision.kind in COUNTED_KINDS and high is not None:
            for rule in caps.get(entry.provision_id, []):
                high = min(high, _could_add_room(entry, provision, rule, listed.get(entry.provision_id)))
        limited.append(entry if high == entry.amount_max_cny else
                       replace(entry, amount_max_cny=high, amount_min_cny=min(entry.amount_min_cny, high or 0),
                               basis=f"{entry.basis}; 数量上限 count limit → {cny_zh(high or 0)}"))
    return limited
