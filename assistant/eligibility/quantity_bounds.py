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
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from assistant.eligibility.facts import CompanyFacts
from assistant.eligibility.newly_settled import SETTLED_QUESTION
from assistant.eligibility.pattern_file import patterns_of
from assistant.format import cny_en, cny_zh
from ingest.concepts import load_vocabulary
from ingest.model import Provision, ProvisionKind
from ingest.quantity_conditions import (
    ABOVE,
    AT_LEAST,
    AT_MOST,
    BELOW,
    BOUNDS,
    FIRST_FISCAL_YEAR,
    ONE_OFF,
    of_a_project,
)
from kg.query import PolicyRecord
from ontology import ONTOLOGY_DIR

if TYPE_CHECKING:
    from assistant.eligibility.requirements import Check

_SAYS = {AT_LEAST: ("at least", "达到"), ABOVE: ("above", "超过"), AT_MOST: ("at most", "不超过"),
         BELOW: ("below", "低于")}
AT_LEAST_SAID = "at_least"
"""A figure the company gave as a lower bound (超过3000万, 两千多万, "over 30m"): the profile's ``bound``."""
ABOUT_SAID = "about"
"""A figure the company gave as an approximation (约5000万): a rate is paid on it as said, and the result says so; a
bound is met or missed by it only with a margin (:data:`ABOUT_MARGIN`)."""
ABOUT_MARGIN = Decimal("0.1")
"""How far an approximate figure (800万左右, around 8m) may be from the real one: a bound within it is not known."""
PROJECT_QUESTION = "project:"
"""A bound on a project's quantity (项目年营业收入): no understanding or profile field holds it, so it is refused with
that reason rather than asked (an answer would be read as the company's figure)."""
INVESTMENT_TOTAL = "investment_total"
"""A quantity the profile holds as one figure (``investment_total_cny``), not by year."""


MEASURE_UNITS_FILE = ONTOLOGY_DIR / "cues" / "measure_units.yaml"
"""The units a quantity is measured in other than yuan, and the words of an amount paid per unit."""

def bounds_of(provision: Provision, record: PolicyRecord) -> list[Provision]:
    """The bounds on base quantities that govern ``provision``."""
    return [rule for rule in record.conditions_governing(provision.id) if rule.subtype in BOUNDS
            and rule.value is not None and rule.base_quantity]


BOUND_QUESTION = "bound:"
"""The prefix of a question on a bound the engine cannot check: ``bound:<words>|<subtype>|<yuan>|<printed>``."""
_BEFORE_WORDS = re.compile(r"^.*(?:[，,、；;：:。（(）)对的其在]|年度|当年|上年|企业|单位|公司|项目)")
"""What precedes a bound's quantity words in its sentence: 对本县企业年度|固定资产投资, 对年|研发投入 (the words
are what follows the last of these, up to the figure)."""
_COMPARING = re.compile(r"(?:达到|超过|不低于|不少于|不超过|不高于|低于|高于|少于|大于|小于|累计|达|在|为)+$")
"""Words of comparison between a bound's quantity and its figure (固定资产投资达到|2000万元以上)."""


def unchecked_bounds(provision: Provision, record: PolicyRecord) -> list[Provision]:
    """The bounds governing ``provision`` on a quantity the vocabulary has no label for (base quantity null)."""
    return [rule for rule in record.conditions_governing(provision.id) if rule.subtype in BOUNDS
            and rule.value is not None and not rule.base_quantity]


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
    return any(rule.subtype == ONE_OFF for rule in record.conditions_governing(provision.id))


def meets(rule: Provision, value: Decimal) -> bool:
    """Whether ``value`` is within the bound ``rule``."""
    bound = rule.value if rule.value is not None else Decimal(0)
    return {AT_LEAST: value >= bound, ABOVE: value > bound, AT_MOST: value <= bound,
            BELOW: value < bound}[rule.subtype or AT_LEAST]


def meets_said(rule: Provision, value: Decimal, said: str | None) -> bool | None:
    """Whether a figure meets the bound ``rule`` as the company said it: exactly → :func:`meets`; as a lower bound
    (超过3000万: the figure is ``value`` or more) → met only when ``value`` itself meets a lower bound, unmet only when
    it already breaks an upper bound; as an approximation (800万左右) → met or unmet only when the whole margin
    (± :data:`ABOUT_MARGIN`) is; otherwise None (not known: the exact figure decides)."""
    if said == ABOUT_SAID:
        low, high = meets(rule, value * (1 - ABOUT_MARGIN)), meets(rule, value * (1 + ABOUT_MARGIN))
        return low if low == high else None
    if said != AT_LEAST_SAID:
        return meets(rule, value)
    if rule.subtype in (AT_LEAST, ABOVE):
        return True if meets(rule, value) else None
    return False if not meets(rule, value) else None


def year_meets(provision: Provision, record: PolicyRecord, year: int, value: Decimal, settled: int | None = None,
               said: str | None = None) -> bool:
    """For a rate on a quantity: whether the year's figure (said as ``said``) surely meets every bound on that
    quantity measured in the year paid (营业收入3000万元以上: a year of 2000万 pays nothing); a bound measured
    落户当年 only in the year the company settled (``settled``, when said)."""
    rules = [rule for rule in bounds_of(provision, record)
             if rule.base_quantity == provision.base_quantity and rule.per in (None, "first_year")]
    if settled is not None and any(rule.per == "first_year" and year not in first_years(rule, settled)
                                   for rule in rules):
        return False
    return all(meets_said(rule, value, said) is True for rule in rules)


def measured_quantity(provision: Provision) -> str | None:
    """The base quantity an amount is paid per unit of (购置自用办公房产的，按每平方米1000元 → the office floor area;
    60元/总吨 → the ships' gross tonnage): one measured in the unit it is paid per and named in its sentence — a
    factory's or a warehouse's square metres are not the offices'. None otherwise, and None when the sentence names
    it as others' things the company handles (以实际管理的船舶总吨: ``handled_for_others`` in
    ``ontology/cues/measure_units.yaml``): the company's own figure is not that one."""
    if not provision.per:
        return None
    hits = [hit for hit in load_vocabulary().find(provision.quote, "base_quantities")
            if hit.concept.measured_in and hit.concept.measured_in == provision.per]
    others = _measure_patterns()[1]
    if any(others.search(provision.quote, max(0, hit.start - 6), hit.start) for hit in hits):
        return None
    return hits[0].concept.id if hits else None


@cache
def _measure_patterns() -> tuple[re.Pattern[str], ...]:
    """The words of an amount paid on the new part only (对其新增部分按每TEU) and of others' things handled, and the
    units that measure a quantity rather than count things (``measure``)."""
    return patterns_of(MEASURE_UNITS_FILE, ("increment", "handled_for_others", "measure"))


def measure_of_a_rate(provision: Provision) -> str | None:
    """The unit of measure a rate is yuan per (0.3元/千瓦时 read as a rate by ``ingest/sub_yuan_units.py``, printed
    so: 千瓦时), so its base is that quantity, asked in its unit, never a sum of money; None for a share."""
    printed = dict(provision.written).get("rate", "")
    unit = printed.rpartition("/")[2] if provision.kind is ProvisionKind.RATE_WITH_CAP and "元/" in printed else ""
    return unit if unit and _measure_patterns()[2].search(unit) else None


def paid_per_a_measure(provision: Provision) -> bool:
    """Whether an amount is paid per a unit that measures a quantity (X元/千瓦, X元/吨标准煤, 每平方米X元: ``measure``
    in ``ontology/cues/measure_units.yaml``), never per a thing the company holds a count of."""
    return bool(provision.per) and bool(_measure_patterns()[2].search(provision.per or ""))


def measured_units(provision: Provision, facts: CompanyFacts) -> tuple[str, Decimal | None] | None:
    """For an amount per a measured unit (每平方米1000元): the quantity and the company's latest figure of it (None:
    not said); None when the amount is not paid per a measured quantity. An amount paid on the new part only
    (对其新增部分按每TEU给予50元) counts the latest year's figure less the year before's — None when either is not
    said, and none below zero."""
    concept = measured_quantity(provision)
    if concept is None:
        return None
    series = facts.series.get(concept)
    if not series:
        return concept, None
    latest = max(series)
    if not _measure_patterns()[0].search(provision.quote):
        return concept, series[latest]
    before = series.get(latest - 1)
    return concept, (max(series[latest] - before, Decimal(0)) if before is not None else None)


def _said_zh(value: Decimal, said: str | None) -> str:
    return {AT_LEAST_SAID: "超过", ABOUT_SAID: "约"}.get(said or "", "") + cny_zh(int(value))


def _said_en(value: Decimal, said: str | None) -> str:
    return {AT_LEAST_SAID: "over ", ABOUT_SAID: "about "}.get(said or "", "") + cny_en(int(value))


def _parent(clause_id: str) -> str:
    return clause_id.rsplit("/", 1)[0]


def _higher_tier(rule: Provision, provision: Provision, record: PolicyRecord, stated: dict[int, Decimal],
                 said: dict[int, str], paid: Callable[[Provision], bool] | None = None) -> Provision | None:
    """A lower bound of a higher tier of the same list that the company's figures also surely meet, whose award the
    company is not refused for another reason (``paid``: no requirement of that award unmet): the awards of one clause
    or of sibling items (1. 纳税总额超过1000万元(含)的，奖励300万元；2. 超过2000万元(含)的，奖励600万元) bounded from
    below on the same quantity, measured alike, are tiers: one is paid, the highest the company is eligible for — not
    the highest bound it reaches. None when no such tier is met."""
    if rule.subtype not in (AT_LEAST, ABOVE) or rule.value is None:
        return None
    awards = {p.id: p for p in record.provisions if p.kind.monetary and p.id != provision.id
              and p.kind is provision.kind and _parent(p.clause_id) == _parent(provision.clause_id)}
    higher = [other for other in record.provisions
              if other.kind is ProvisionKind.CONDITION and other.subtype in (AT_LEAST, ABOVE)
              and other.base_quantity == rule.base_quantity and (other.per, other.round) == (rule.per, rule.round)
              and other.value is not None and other.value > rule.value and any(g in awards for g in other.governs)
              and any(meets_said(other, value, said.get(year)) is True for year, value in stated.items())
              and (paid is None or any(paid(awards[g]) for g in other.governs if g in awards))]
    return max(higher, key=lambda other: other.value or 0, default=None)


def _not_first(rule: Provision, facts: CompanyFacts, concept: str, passing: list[int]) -> int | None:
    """For a bound reached 首次 (营业收入首次超过3亿元): an earlier year the company stated that already met it, when
    every year that meets it has one (the company was over 3亿 the year before: not its first time); None otherwise."""
    if rule.round != "first" or not passing:
        return None
    series, said = facts.series.get(concept, {}), facts.said.get(concept, {})
    earlier = {year: [y for y in series if y < year and meets_said(rule, series[y], said.get(y)) is True]
               for year in passing}
    if all(earlier[year] for year in passing):
        return min(earlier[passing[0]])
    return None


def _first_time_shown(b: _Said, facts: CompanyFacts, year: int) -> bool:
    """Whether the company's figures show ``year`` is the first it meets a bound reached 首次: the year before it
    is stated (inside the window or not) and surely below the bound (营收2023年8000万, 2024年6亿 → 2024 first passes
    1亿). A bound not reached 首次 needs nothing shown (True); a first time only not disproven (2024年6亿 said
    alone) is not shown."""
    if b.rule.round != "first":
        return True
    before = facts.series.get(b.concept, {}).get(year - 1)
    return before is not None and meets_said(b.rule, before, facts.said.get(b.concept, {}).get(year - 1)) is False


def first_years(rule: Provision, settled: int) -> range:
    """The years a ``first_year`` bound may be measured in: the year settled (落户当年), and the year after when the
    bound names the first fiscal year (落户当年或第一个会计年度: ``ingest.quantity_conditions.FIRST_FISCAL_YEAR``)."""
    return range(settled, settled + (2 if FIRST_FISCAL_YEAR.search(rule.quote) else 1))


def _years(rule: Provision, record: PolicyRecord, as_of: dt.date, settled: int | None) -> range:
    if rule.per == "previous_year":
        return range(as_of.year - 1, as_of.year)
    if rule.per == "first_year" and settled is not None:  # 落户当年: the year the company settled
        return first_years(rule, settled)
    first = record.valid_from.year if record.valid_from else as_of.year - 5
    last = min(record.valid_until.year if record.valid_until else as_of.year, as_of.year)
    return range(first, last + 1)


def figures_of_the_bound(rule: Provision, record: PolicyRecord, facts: CompanyFacts,
                         as_of: dt.date) -> dict[int, Decimal]:
    """The company's figures a bound is measured on, by year: only the years it names (上年度: the year before
    ``as_of``; 落户当年: the year settled), or the latest figure of a quantity held at a moment (实缴注册资本)."""
    return _stated(facts, rule.base_quantity or "", _years(rule, record, as_of, facts.settled_year))


def _stated(facts: CompanyFacts, concept: str, years: range) -> dict[int, Decimal]:
    if concept == INVESTMENT_TOTAL and facts.investment_total is not None:
        return {years[-1]: facts.investment_total} if years else {}
    series = facts.series.get(concept, {})
    found = load_vocabulary().concepts.get(concept)
    if series and found is not None and found.held_at_a_moment:  # 实缴注册资本3亿: what it is, whenever said
        latest = max(series)
        return {latest: series[latest]}
    return {year: value for year, value in series.items() if year in years}


@dataclass(frozen=True)
class _Said:
    """A bound and how it is shown, with the company's figures of the years it is measured in."""

    rule: Provision
    concept: str
    zh: str
    en: str
    sign: str
    needs: str
    printed: str
    stated: dict[int, Decimal]
    said: dict[int, str]
    question: str
    """The fact to ask for: ``base:<id>`` (the company's figures by year); ``project:<id>`` (a project's figure,
    which nothing reads: the bound is refused with that reason, not asked)."""
    parameters: dict[str, object]

    @property
    def bound(self) -> int:
        return int(self.rule.value or 0)


def _said(rule: Provision, facts: CompanyFacts, record: PolicyRecord, as_of: dt.date) -> _Said:
    concept = rule.base_quantity or ""
    found = load_vocabulary().concepts.get(concept)
    zh, en = (found.label_zh, found.label_en) if found else (concept, concept)
    sign, word = _SAYS[rule.subtype or AT_LEAST]
    bound = int(rule.value or 0)
    printed = dict(rule.written).get("value") or cny_zh(bound)
    project = concept != INVESTMENT_TOTAL and of_a_project(rule.quote, dict(rule.written).get("value"))
    # 项目年营业收入超过1亿元: the company's figures are not the project's (the total investment is the project's)
    stated = {} if project else _stated(facts, concept, _years(rule, record, as_of, facts.settled_year))
    said = {year: how for year, how in facts.said.get(concept, {}).items() if year in stated}
    if project:
        zh, en = f"项目{zh}", f"project's {en}"
    needs = f"{zh}{'首次' if rule.round == 'first' else ''}{word}{cny_zh(bound)}"
    question = f"{PROJECT_QUESTION if project else 'base:'}{concept}"
    return _Said(rule, concept, zh, en, sign, needs, printed, stated, said, question,
                 {"concept": concept, "bound_cny": bound, "subtype": rule.subtype, "period": rule.per,
                  "printed": printed, "condition": rule.id})


def bound_checks(provision: Provision, facts: CompanyFacts, record: PolicyRecord, as_of: dt.date,
                 paid: Callable[[Provision], bool] | None = None) -> list[Check]:
    """One check per bound governing ``provision`` (see the module's docstring); ``paid`` tells whether the company
    is not refused another tier's award for another reason (tiers are alternatives: the highest it is eligible for
    is paid)."""
    from assistant.eligibility.requirements import Check, Status  # the checks' own module imports this one

    checks: list[Check] = []
    for rule in bounds_of(provision, record):
        b = _said(rule, facts, record, as_of)
        if b.question.startswith(PROJECT_QUESTION):  # no field holds a project's figure: asked, nothing could answer
            checks.append(Check("quantity", Status.UNMET, f"the clause needs the {b.en} {b.sign} "
                                f"{cny_en(b.bound)} ({b.printed}); the project's figure is not read (the company's "
                                "figures are not the project's)", detail_zh=f"本条要求{b.needs}（{b.printed}）；项目的"
                                "数字无法读取（公司的数字不是项目的），请向主管部门确认", parameters=b.parameters))
        elif rule.per == "first_year" and facts.settled_year is None and b.stated:  # 落户当年: which year is that?
            checks.append(Check("quantity", Status.UNKNOWN, f"{b.en} is measured in the year the company settled, "
                                "which is not stated", question=SETTLED_QUESTION,
                                detail_zh=f"本条按落户当年的{b.zh}计，未说明设立或迁入年份", parameters=b.parameters))
        elif rule.per == "recent_years" and b.stated:
            total = sum(b.stated.values(), Decimal(0))
            how = next((how for how in (AT_LEAST_SAID, ABOUT_SAID) if how in b.said.values()), None)
            if meets_said(rule, total, how):
                checks.append(Check("quantity", Status.MET,
                                    f"{b.en} {cny_en(int(total))} over {sorted(b.stated)}: {b.sign} "
                                    f"{cny_en(b.bound)}",
                                    parameters={**b.parameters, "stated": {y: str(v) for y, v in b.stated.items()}}))
            else:  # the years not stated may still add up to the bound
                checks.append(Check("quantity", Status.UNKNOWN, f"{b.en} over the recent years: only "
                                    f"{sorted(b.stated)} stated, {cny_en(int(total))} in all; the clause needs "
                                    f"{b.sign} {cny_en(b.bound)}", question=b.question))
        else:
            checks.append(_check_years(b, provision, facts, record, paid))
    return checks + unchecked_bound_checks(provision, record)


def _check_years(b: _Said, provision: Provision, facts: CompanyFacts, record: PolicyRecord,
                 paid: Callable[[Provision], bool] | None) -> Check:
    """The check of a bound measured in one year (or any year of the window), by the figures said of those years."""
    from assistant.eligibility.requirements import Check, Status

    verdicts = {year: meets_said(b.rule, value, b.said.get(year)) for year, value in sorted(b.stated.items())}
    passing = [year for year, verdict in verdicts.items() if verdict is True]
    higher = _higher_tier(b.rule, provision, record, b.stated, b.said, paid) if passing else None
    before = _not_first(b.rule, facts, b.concept, passing)
    if before is not None:  # 营业收入首次超过3亿元: over it already in an earlier year the company stated
        value = facts.series[b.concept][before]
        return Check("quantity", Status.UNMET, f"{b.en} already reached {cny_en(b.bound)} in {before} "
                     f"({cny_en(int(value))}): the clause pays the first time ({b.printed})",
                     detail_zh=f"{b.zh}{before}年已为{cny_zh(int(value))}，已达到{cny_zh(b.bound)}，"
                               f"本条要求{b.needs}（{b.printed}）", parameters={**b.parameters, "year": before})
    if higher is not None:  # 纳税总额超过1000万元(含)的…；超过2000万元(含)的…: the tier reached pays instead
        tier = dict(higher.written).get("value") or cny_zh(int(higher.value or 0))
        return Check("quantity", Status.UNMET, f"{b.en} reaches a higher tier of the same list ({tier}), "
                     "which is paid instead", detail_zh=f"{b.zh}已达到更高一档（{tier}），按该档计，不叠加",
                     parameters=b.parameters)
    if passing:
        return Check("quantity", Status.MET, f"{b.en} in {passing[0]}: {cny_en(int(b.stated[passing[0]]))}, "
                     f"{b.sign} {cny_en(b.bound)}",
                     parameters={**b.parameters, "year": passing[0], "value": str(b.stated[passing[0]]),
                                 "first_time_shown": _first_time_shown(b, facts, passing[0])})
    if any(verdict is None for verdict in verdicts.values()):  # 超过2000万 under 3000万以上: not known
        told = "、".join(f"{year}年{_said_zh(value, b.said.get(year))}" for year, value in sorted(b.stated.items()))
        told_en = ", ".join(f"{_said_en(v, b.said.get(year))} in {year}" for year, v in sorted(b.stated.items()))
        return Check("quantity", Status.UNKNOWN, f"{b.en} said as {told_en}; the clause needs {b.sign} "
                     f"{cny_en(b.bound)} ({b.printed}): the exact figure decides", question=b.question,
                     detail_zh=f"{b.zh}为{told}，本条要求{b.needs}，需确切数字", parameters=b.parameters)
    if b.stated:
        said_zh = "、".join(f"{year}年{cny_zh(int(value))}" for year, value in sorted(b.stated.items()))
        said_en = ", ".join(f"{cny_en(int(v))} in {y}" for y, v in sorted(b.stated.items()))
        return Check("quantity", Status.UNMET, f"{b.en} {said_en}; the clause needs {b.sign} {cny_en(b.bound)} "
                     f"({b.printed})", detail_zh=f"{b.zh}为{said_zh}，本条要求{b.needs}（{b.printed}）",
                     parameters=b.parameters)
    when = "上年度" if b.rule.per == "previous_year" else ""
    return Check("quantity", Status.UNKNOWN, f"{b.en} not stated; the clause needs {b.sign} {cny_en(b.bound)} "
                 f"({b.printed})", question=b.question, detail_zh=f"未说明{when}{b.zh}；本条要求{b.needs}",
                 parameters=b.parameters)
