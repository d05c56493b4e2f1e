"""Bounds on a base quantity (营业收入3000万元以上, 实缴注册资本1亿元(含)至10亿元), checked against the company's
quantities by year, and awards paid once (一次性) on one year's base.

The reader keeps each bound as a condition that governs the awards of its sentence or its tier
(:mod:`ingest.quantity_conditions`). A bound is measured in the year its text says (``per``: 上年度 is the year
before the as-of date; otherwise any year of the policy's window up to the as-of date; 近两年/累计: the years' sum).
A stated year that meets it → met; stated years that all miss it → unmet, with the figures as the reason; no
year stated → unknown, and the quantity is asked: an award is never counted as sure on a figure not said.
A rate on the bounded quantity itself pays only the years that meet the bound (:func:`year_meets`).
A bound on a quantity the vocabulary has no label for (固定资产投资2000万元以上: base quantity null) cannot be checked:
it leaves its award unknown (a could-add, never in the sure total) with the bound asked in the printed words
(:func:`unchecked_bound_checks`); the company's yes or no to it is not read yet.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from assistant.eligibility.facts import CompanyFacts
from assistant.eligibility.newly_settled import SETTLED_QUESTION
from assistant.format import cny_en, cny_zh
from ingest.concepts import load_vocabulary
from ingest.model import Provision, ProvisionKind
from ingest.quantity_conditions import ABOVE, AT_LEAST, AT_MOST, BELOW, BOUNDS, ONE_OFF
from kg.query import PolicyRecord

if TYPE_CHECKING:
    from assistant.eligibility.requirements import Check

_SAYS = {AT_LEAST: ("at least", "达到"), ABOVE: ("above", "超过"), AT_MOST: ("at most", "不超过"),
         BELOW: ("below", "低于")}
INVESTMENT_TOTAL = "investment_total"
"""A quantity the profile holds as one figure (``investment_total_cny``), not by year."""


def bounds_of(provision: Provision, record: PolicyRecord) -> list[Provision]:
    """The bounds on base quantities that govern ``provision``."""
    return [rule for rule in record.provisions if rule.kind is ProvisionKind.CONDITION and rule.subtype in BOUNDS
            and rule.value is not None and rule.base_quantity and provision.id in rule.governs]


BOUND_QUESTION = "bound:"
"""The prefix of a question on a bound the engine cannot check: ``bound:<words>|<subtype>|<yuan>|<printed>``."""
_BEFORE_WORDS = re.compile(r"^.*(?:[，,、；;：:。（(）)对的其在]|年度|当年|上年|企业|单位|公司|项目)")
"""What precedes a bound's quantity words in its sentence: 对本县企业年度|固定资产投资, 对年|研发投入 (the words
are what follows the last of these, up to the figure)."""
_COMPARING = re.compile(r"(?:达到|超过|不低于|不少于|不超过|不高于|低于|高于|少于|大于|小于|累计|达|在|为)+$")
"""Words of comparison between a bound's quantity and its figure (固定资产投资达到|2000万元以上)."""


def unchecked_bounds(provision: Provision, record: PolicyRecord) -> list[Provision]:
    """The bounds governing ``provision`` on a quantity the vocabulary has no label for (base quantity null)."""
    return [rule for rule in record.provisions if rule.kind is ProvisionKind.CONDITION and rule.subtype in BOUNDS
            and rule.value is not None and not rule.base_quantity and provision.id in rule.governs]


def bound_words(rule: Provision) -> tuple[str, str]:
    """A bound's quantity and figure as printed (对本县企业年度固定资产投资达到2000万元以上的 → 固定资产投资,
    2000万元以上); the quantity is "" when no words precede the figure."""
    printed = dict(rule.written).get("value") or cny_zh(int(rule.value or 0))
    at = rule.quote.find(printed)
    before = rule.quote[:at] if at > 0 else ""
    return _COMPARING.sub("", _BEFORE_WORDS.sub("", before))[-12:], printed


def bound_question(key: str) -> tuple[str, str]:
    """The question (zh, en) of a ``bound:`` key: 「固定资产投资」是否达到2000万元以上？"""
    words, subtype, yuan, printed = key[len(BOUND_QUESTION):].split("|", 3)
    sign, word = _SAYS.get(subtype, _SAYS[AT_LEAST])
    zh_words, en_words = (f"「{words}」", f"the company's {words}") if words else ("本条所列数额", "the figure")
    return (f"{zh_words}是否{word}{printed}？",
            f"Did {en_words} reach the clause's bound, {sign} {cny_en(int(yuan))} ({printed})?")


def unchecked_bound_checks(provision: Provision, record: PolicyRecord) -> list[Check]:
    """One unknown check per bound governing ``provision`` on a quantity without a label (see the docstring)."""
    from assistant.eligibility.requirements import Check, Status  # the checks' own module imports this one

    checks = []
    for rule in unchecked_bounds(provision, record):
        words, printed = bound_words(rule)
        sign, word = _SAYS[rule.subtype or AT_LEAST]
        key = f"{BOUND_QUESTION}{words}|{rule.subtype}|{int(rule.value or 0)}|{printed}"
        checks.append(Check("quantity", Status.UNKNOWN, f"the clause needs {words or 'a figure'} {sign} "
                            f"{cny_en(int(rule.value or 0))} ({printed}), which is not checked", question=key,
                            detail_zh=f"本条要求{words}{word}{printed}，尚未核实",
                            parameters={"condition": rule.id, "printed": printed, "words": words}))
    return checks


def paid_once(provision: Provision, record: PolicyRecord) -> bool:
    """Whether a rate is paid once (一次性), on one year's base, not each year's."""
    return any(rule.kind is ProvisionKind.CONDITION and rule.subtype == ONE_OFF and provision.id in rule.governs
               for rule in record.provisions)


def meets(rule: Provision, value: Decimal) -> bool:
    """Whether ``value`` is within the bound ``rule``."""
    bound = rule.value if rule.value is not None else Decimal(0)
    return {AT_LEAST: value >= bound, ABOVE: value > bound, AT_MOST: value <= bound,
            BELOW: value < bound}[rule.subtype or AT_LEAST]


def year_meets(provision: Provision, record: PolicyRecord, year: int, value: Decimal, settled: int | None = None
               ) -> bool:
    """For a rate on a quantity: whether the year's figure meets every bound on that quantity measured in the year
    paid (营业收入3000万元以上: a year of 2000万 pays nothing); a bound measured 落户当年 only in the year the
    company settled (``settled``, when said)."""
    rules = [rule for rule in bounds_of(provision, record)
             if rule.base_quantity == provision.base_quantity and rule.per in (None, "first_year")]
    if settled is not None and any(rule.per == "first_year" for rule in rules) and year != settled:
        return False
    return all(meets(rule, value) for rule in rules)


def measured_quantity(provision: Provision) -> str | None:
    """The base quantity an amount is paid per unit of (购置自用办公房产的，按每平方米1000元 → the office floor area):
    one measured in the unit it is paid per and named in its sentence — a factory's or a warehouse's square metres
    are not the offices'. None otherwise."""
    if not provision.per:
        return None
    return next((hit.concept.id for hit in load_vocabulary().find(provision.quote, "base_quantities")
                 if hit.concept.measured_in and hit.concept.measured_in == provision.per), None)


def measured_units(provision: Provision, facts: CompanyFacts) -> tuple[str, Decimal | None] | None:
    """For an amount per a measured unit (每平方米1000元): the quantity and the company's latest figure of it (None:
    not said); None when the amount is not paid per a measured quantity."""
    concept = measured_quantity(provision)
    if concept is None:
        return None
    series = facts.series.get(concept)
    return concept, series[max(series)] if series else None


def _parent(clause_id: str) -> str:
    return clause_id.rsplit("/", 1)[0]


def _higher_tier(rule: Provision, provision: Provision, record: PolicyRecord, stated: dict[int, Decimal]
                 ) -> Provision | None:
    """A lower bound of a higher tier of the same list that the company's figures also meet: the awards of one clause
    or of sibling items (1. 纳税总额超过1000万元(含)的，奖励300万元；2. 超过2000万元(含)的，奖励600万元) bounded from
    below on the same quantity, measured alike, are tiers: one is paid, the highest reached. None when none is met."""
    if rule.subtype not in (AT_LEAST, ABOVE) or rule.value is None:
        return None
    awards = {p.id: p for p in record.provisions if p.kind.monetary and p.id != provision.id
              and p.kind is provision.kind and _parent(p.clause_id) == _parent(provision.clause_id)}
    higher = [other for other in record.provisions
              if other.kind is ProvisionKind.CONDITION and other.subtype in (AT_LEAST, ABOVE)
              and other.base_quantity == rule.base_quantity and (other.per, other.round) == (rule.per, rule.round)
              and other.value is not None and other.value > rule.value and any(g in awards for g in other.governs)
              and any(meets(other, value) for value in stated.values())]
    return max(higher, key=lambda other: other.value or 0, default=None)


def _years(rule: Provision, record: PolicyRecord, as_of: dt.date, settled: int | None) -> range:
    if rule.per == "previous_year":
        return range(as_of.year - 1, as_of.year)
    if rule.per == "first_year" and settled is not None:  # 落户当年: the year the company settled
        return range(settled, settled + 1)
    first = record.valid_from.year if record.valid_from else as_of.year - 5
    last = min(record.valid_until.year if record.valid_until else as_of.year, as_of.year)
    return range(first, last + 1)


def _stated(facts: CompanyFacts, concept: str, years: range) -> dict[int, Decimal]:
    if concept == INVESTMENT_TOTAL and facts.investment_total is not None:
        return {years[-1]: facts.investment_total} if years else {}
    series = facts.series.get(concept, {})
    found = load_vocabulary().concepts.get(concept)
    if series and found is not None and found.held_at_a_moment:  # 实缴注册资本3亿: what it is, whenever said
        latest = max(series)
        return {latest: series[latest]}
    return {year: value for year, value in series.items() if year in years}


def bound_checks(provision: Provision, facts: CompanyFacts, record: PolicyRecord, as_of: dt.date) -> list[Check]:
    """One check per bound governing ``provision`` (see the module's docstring)."""
    from assistant.eligibility.requirements import Check, Status  # the checks' own module imports this one

    checks: list[Check] = []
    vocabulary = load_vocabulary()
    for rule in bounds_of(provision, record):
        concept = rule.base_quantity or ""
        found = vocabulary.concepts.get(concept)
        zh, en = (found.label_zh, found.label_en) if found else (concept, concept)
        sign, word = _SAYS[rule.subtype or AT_LEAST]
        bound = int(rule.value or 0)
        printed = dict(rule.written).get("value") or cny_zh(bound)
        years = _years(rule, record, as_of, facts.settled_year)
        stated = _stated(facts, concept, years)
        first = "首次" if rule.round == "first" else ""
        needs = f"{zh}{first}{word}{cny_zh(bound)}"
        parameters: dict[str, object] = {"concept": concept, "bound_cny": bound, "subtype": rule.subtype,
                                         "period": rule.per, "printed": printed, "condition": rule.id}
        if rule.per == "first_year" and facts.settled_year is None and stated:  # 落户当年: which year is that?
            checks.append(Check("quantity", Status.UNKNOWN, f"{en} is measured in the year the company settled, "
                                "which is not stated", question=SETTLED_QUESTION,
                                detail_zh=f"本条按落户当年的{zh}计，未说明设立或迁入年份", parameters=parameters))
            continue
        if rule.per == "recent_years" and stated:
            total = sum(stated.values(), Decimal(0))
            if meets(rule, total):
                checks.append(Check("quantity", Status.MET,
                                    f"{en} {cny_en(int(total))} over {sorted(stated)}: {sign} {cny_en(bound)}",
                                    parameters={**parameters, "stated": {y: str(v) for y, v in stated.items()}}))
            else:  # the years not stated may still add up to the bound
                checks.append(Check("quantity", Status.UNKNOWN, f"{en} over the recent years: only "
                                    f"{sorted(stated)} stated, {cny_en(int(total))} in all; the clause needs "
                                    f"{sign} {cny_en(bound)}", question=f"base:{concept}"))
            continue
        passing = [year for year, value in sorted(stated.items()) if meets(rule, value)]
        higher = _higher_tier(rule, provision, record, stated) if passing else None
        if higher is not None:  # 纳税总额超过1000万元(含)的…；超过2000万元(含)的…: the tier reached pays instead
            tier = dict(higher.written).get("value") or cny_zh(int(higher.value or 0))
            checks.append(Check("quantity", Status.UNMET, f"{en} reaches a higher tier of the same list ({tier}), "
                                "which is paid instead", detail_zh=f"{zh}已达到更高一档（{tier}），按该档计，不叠加",
                                parameters=parameters))
        elif passing:
            checks.append(Check("quantity", Status.MET,
                                f"{en} in {passing[0]}: {cny_en(int(stated[passing[0]]))}, {sign} {cny_en(bound)}",
                                parameters={**parameters, "year": passing[0], "value": str(stated[passing[0]])}))
        elif stated:
            said = "、".join(f"{year}年{cny_zh(int(value))}" for year, value in sorted(stated.items()))
            checks.append(Check("quantity", Status.UNMET,
                                f"{en} {', '.join(f'{cny_en(int(v))} in {y}' for y, v in sorted(stated.items()))}; "
                                f"the clause needs {sign} {cny_en(bound)} ({printed})",
                                detail_zh=f"{zh}为{said}，本条要求{needs}（{printed}）", parameters=parameters))
        else:
            when = "上年度" if rule.per == "previous_year" else ""
            checks.append(Check("quantity", Status.UNKNOWN, f"{en} not stated; the clause needs {sign} {cny_en(bound)} "
                                f"({printed})", question=f"base:{concept}",
                                detail_zh=f"未说明{when}{zh}；本条要求{needs}", parameters=parameters))
    return checks + unchecked_bound_checks(provision, record)
