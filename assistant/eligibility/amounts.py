"""How much a provision pays, one small rule per kind; every number comes from the provision."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import ROUND_FLOOR, Decimal

from assistant.eligibility.activity_bases import shared_activity_base
from assistant.eligibility.actual_cost import with_spend_held
from assistant.eligibility.award_floor import noted_floor, printed_floor, with_floor
from assistant.eligibility.facts import CONTRACT_AMOUNT, RD_EXPENSE_INCREMENT, CompanyFacts, ConceptFact
from assistant.eligibility.figures_said import approximate_bases, most_of, said_figure
from assistant.eligibility.induced import InducedLabels, concept_label, is_induced
from assistant.eligibility.money_steps import money_steps
from assistant.eligibility.quantity_bounds import (
    ABOUT_MARGIN,
    ABOUT_SAID,
    AT_LEAST_SAID,
    measure_of_a_rate,
    measured_units,
    paid_once,
    paid_per_a_measure,
    year_meets,
)
from assistant.eligibility.requirements import Assessment, Check, Status
from assistant.eligibility.result import Assumption
from assistant.format import cny_zh, percent
from ingest.concepts import load_vocabulary
from ingest.model import Provision, ProvisionKind
from kg.query import PolicyRecord


@dataclass(frozen=True)
class Amount:
    """What a provision pays if its requirements hold: a range, how it was reached, and any
    further fact needed to be sure."""

    minimum: int
    maximum: int | None
    basis: str
    parameters: dict[str, object] = field(default_factory=dict)
    unknown: tuple[Check, ...] = ()
    ambiguity: str | None = None
    reading_range: tuple[int, int] | None = None
    assumptions: tuple[Assumption, ...] = ()
    """Readings the amount rests on that the user did not state (an undated status held in the years described)."""


@dataclass(frozen=True)
class Context:
    provision: Provision
    assessment: Assessment
    facts: CompanyFacts
    record: PolicyRecord
    as_of: dt.date


def whole_yuan(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_FLOOR))


def _fixed(ctx: Context) -> Amount:
    amount = ctx.provision.amount_cny or 0
    basis, most, assumptions = with_floor(ctx.provision, f"{cny_zh(amount)}（定额 fixed amount）", amount, amount)
    fixed = Amount(amount, most, basis, {"amount_cny": amount}, assumptions=assumptions)
    if most > amount:  # 不低于X元，最高不超过Y元: each member's reading would pay the cap per member
        return fixed
    return _per_member_reading(ctx, fixed, amount)


def counted_item(fact: ConceptFact) -> bool:
    """A fact of a concept the policy induced with a count the company gave (新建了2条中级雪道: two of them)."""
    return is_induced(fact.concept) and fact.count is not None


def _per_member_reading(ctx: Context, once: Amount, each: int) -> Amount:
    """``once`` when the company holds one member of the tier. With several members of a group
    one can hold several of (two national platforms): when the sentence gives the amount to
    each (每个机构, each), once per member; when it does not say, the guaranteed reading stays
    one payment, the most is one per member, and the benefit says it is a reading of the clause
    (in words, without amounts: later caps may lower them)."""
    vocabulary = load_vocabulary()
    members = [fact for fact in ctx.assessment.matched if vocabulary.held_several(fact.concept)
               or counted_item(fact)]  # 新建了2条中级雪道: a count the company gave of a concept the policy induced
    count = sum(fact.count or 1 for fact in members)
    if count < 2 or each <= 0:
        return once
    most = each * count
    basis = f"{once.basis}；每项 per item × {count} = {cny_zh(most)}"
    parameters = {**once.parameters, "items": count}
    if EACH_MEMBER.search(ctx.provision.quote):  # the sentence itself gives the amount to each
        return replace(once, maximum=most, basis=basis, parameters=parameters)
    labels = InducedLabels.of(ctx.record.provisions)
    names_zh = "、".join(dict.fromkeys(concept_label(fact.concept, "zh", labels) for fact in members))
    names_en = ", ".join(dict.fromkeys(concept_label(fact.concept, "en", labels) for fact in members))
    where = "".join(ctx.provision.clause_path)
    sure_zh, sure_en = ("确定部分按一次计，", "the guaranteed amount counts it once and ") if once.minimum else ("", "")
    note = (f"〔{where}〕贵公司有{count}项符合本档（{names_zh}）；条款未写明按企业还是按每项给予："
            f"{sure_zh}最高按每项计。 "
            f"The company holds {count} items of this tier ({names_en}); the text does not say whether the "
            f"amount is given once per company or to each: {sure_en}the most counts each item (per item).")
    return replace(once, maximum=most, basis=f"{basis}（按项理解 one reading）", parameters=parameters,
                   ambiguity=note, reading_range=(once.minimum, most))


EACH_MEMBER = re.compile(r"每个(?!企业|公司)|每项|\beach (?!compan|enterprise|firm)", re.IGNORECASE)
"""Words by which a sentence gives its amount to each member (每个机构, each institution) — not a
per-company cap (每家企业最高…) or a year (每一年度)."""


def _count(ctx: Context) -> tuple[int | None, Check | None]:
    """How many units the amount is paid per: the count of the matched facts, whole steps of a figure, or the
    company's figure of the quantity measured. An amount per a unit of measure (X元/千瓦) never takes the count of
    the projects or items held: with no figure of it, the quantity is asked (``measure:<unit>``)."""
    measure = paid_per_a_measure(ctx.provision)
    counts = [fact.count for fact in ctx.assessment.matched if fact.count is not None]
    if counts and not measure:
        return sum(counts), None
    steps = money_steps(ctx.provision, ctx.record, ctx.facts, ctx.as_of)  # 每超过X亿元给予Y万元: whole steps
    if steps is not None:
        return (steps.count, None) if steps.count is not None else \
            (None, Check("base", Status.UNKNOWN, f"{steps.concept} not stated", question=f"base:{steps.concept}"))
    measured = measured_units(ctx.provision, ctx.facts)  # 每平方米1000元: the company's floor area
    if measured is not None:
        concept, figure = measured
        return (int(figure), None) if figure is not None else \
            (None, Check("base", Status.UNKNOWN, f"{concept} not stated", question=f"base:{concept}"))
    if measure:
        per = ctx.provision.per or ""
        return None, Check("measure", Status.UNKNOWN, f"the {per} it is paid per are not stated",
                           question=f"measure:{per}")
    concept = ctx.assessment.matched[0].concept if ctx.assessment.matched else "item"
    return None, Check("count", Status.UNKNOWN, f"how many {concept} is not stated", question=f"count:{concept}")


def _certain_count(ctx: Context) -> int:
    """Units whose facts meet every check (the rest are pending: no date yet…)."""
    return sum(fact.count for fact in ctx.assessment.matched
               if fact.count is not None and fact not in ctx.assessment.pending)


def _up_to(ctx: Context) -> Amount:
    cap = ctx.provision.cap_cny or 0
    if ctx.provision.per is None:
        ceiling = Amount(0, cap, f"最高 up to {cny_zh(cap)}（上限，非承诺 a ceiling, not a promise）", {"cap_cny": cap})
        return _per_member_reading(ctx, ceiling, cap)
    count, unknown = _count(ctx)
    if count is None:
        return Amount(0, cap, f"最高 {cny_zh(cap)}/{ctx.provision.per} × ?", {"cap_cny": cap},
                      (unknown,) if unknown else ())
    return Amount(0, cap * count, f"最高 {cny_zh(cap)}/{ctx.provision.per} × {count} = {cny_zh(cap * count)}",
                  {"cap_cny": cap, "count": count})


def _per_unit(ctx: Context) -> Amount:
    unit = ctx.provision.unit_amount_cny or 0
    count, unknown = _count(ctx)
    if count is None:
        return Amount(0, unit, f"{cny_zh(unit)}/{ctx.provision.per} × ?", {"unit_amount_cny": unit},
                      (unknown,) if unknown else ())
    counted = measured_units(ctx.provision, ctx.facts) is not None or \
        money_steps(ctx.provision, ctx.record, ctx.facts, ctx.as_of) is not None  # a figure counts, not facts held
    certain = count if counted else _certain_count(ctx)
    return Amount(unit * certain, unit * count, f"{cny_zh(unit)}/{ctx.provision.per} × {count} = "
                  f"{cny_zh(unit * count)}", {"unit_amount_cny": unit, "count": count, "total_cny": unit * count})


def _per_unit_with_cumulative_cap(ctx: Context) -> Amount:
    base = _per_unit(ctx)
    cap = ctx.provision.cumulative_cap_cny or 0
    if measured_units(ctx.provision, ctx.facts) is not None or paid_per_a_measure(ctx.provision) \
            or money_steps(ctx.provision, ctx.record, ctx.facts, ctx.as_of) is not None:
        # 每平方米X元，补贴金额不超过Y万元; 每超过X亿元给予Y万元，最高不超过Z万元: the award's own cap
        if base.unknown:
            return Amount(0, cap, f"{base.basis}, ≤ {cny_zh(cap)}", {**base.parameters, "cumulative_cap_cny": cap},
                          base.unknown)
        paid = min(base.maximum or 0, cap)
        capped = f" → {cny_zh(paid)}（封顶 capped）" if paid < (base.maximum or 0) else f" ≤ {cny_zh(cap)}"
        return Amount(min(base.minimum, cap), paid, f"{base.basis}{capped}",
                      {**base.parameters, "cumulative_cap_cny": cap})
    received = ctx.facts.patent_funding_received
    if received is None:
        unknown = Check("received", Status.UNKNOWN, "what was already received under this cumulative cap is "
                        "not stated", question="patent_funding_received_cny")
        maximum = min(base.maximum or 0, cap)
        return Amount(0, maximum, f"{base.basis}, 累计 cumulative ≤ {cny_zh(cap)} → {cny_zh(maximum)}",
                      {**base.parameters, "cumulative_cap_cny": cap}, (*base.unknown, unknown))
    room = max(0, cap - whole_yuan(received))
    value = min(base.maximum or 0, room)
    return Amount(min(base.minimum, room, value), value,
                  f"{base.basis}; 累计 ≤ {cny_zh(cap)} − 已获 {cny_zh(whole_yuan(received))} = "
                  f"{cny_zh(room)} → {cny_zh(value)}",
                  {**base.parameters, "cumulative_cap_cny": cap, "already_received_cny": whole_yuan(received)},
                  base.unknown)


def _window_years(record: PolicyRecord, as_of: dt.date) -> range:
    first = record.valid_from.year if record.valid_from else 1990
    last = record.valid_until.year if record.valid_until else as_of.year
    return range(first, min(last, as_of.year) + 1)


def base_values(ctx: Context) -> list[tuple[str, Decimal, str]] | None:
    """The base a rate applies to, per year or contract: (label, value, how it was read)."""
    return [(label, value, shown) for label, value, shown, _ in base_readings(ctx) or []] or None


def base_readings(ctx: Context) -> list[tuple[str, Decimal, str, tuple[int, ...]]] | None:
    """:func:`base_values` with the figures each base was read from (this year's and last
    year's R&D spend for an increment; the one figure otherwise)."""
    base = ctx.provision.base_quantity
    years = _window_years(ctx.record, ctx.as_of)
    found: list[tuple[str, Decimal, str, tuple[int, ...]]]
    if base == RD_EXPENSE_INCREMENT and "rd_expense" in ctx.facts.series:
        spend = ctx.facts.series["rd_expense"]
        bounded = {year for year, how in ctx.facts.said.get("rd_expense", {}).items() if how == AT_LEAST_SAID}
        found = [(str(y), max(Decimal(0), spend[y] - spend[y - 1]), f"({cny_zh(whole_yuan(spend[y]))} − "
                  f"{cny_zh(whole_yuan(spend[y - 1]))})", (whole_yuan(spend[y]), whole_yuan(spend[y - 1])))
                 for y in sorted(spend) if y - 1 in spend and y in years
                 and not {y, y - 1} & bounded]  # 超过3000万: the increment over it is not known
        return found or None
    if base == CONTRACT_AMOUNT:
        # a contract of unsaid level (首台套 without 国际/国内) is counted only where no contract of the clause's level
        # is stated: the clause then hinges on the level (asked), so it is a could-add, never in a total
        equipment = ctx.facts.facts("first_major_equipment")
        leveled = [fact for fact in equipment if fact.level == ctx.provision.level]
        contracts = [fact for fact in leveled or [f for f in equipment if f.level is None]
                     if fact.amount is not None and fact.date is not None
                     and ctx.record.valid_from is not None and ctx.record.valid_until is not None
                     and ctx.record.valid_from <= fact.date <= min(ctx.record.valid_until, ctx.as_of)]
        return [(f"contract {fact.date}", fact.amount, cny_zh(whole_yuan(fact.amount)), (whole_yuan(fact.amount),))
                for fact in contracts if fact.amount is not None] or None
    if base is not None and base in ctx.facts.series:
        series, said = ctx.facts.series[base], ctx.facts.said.get(base, {})
        found = [(str(y), series[y], said_figure(series[y], said.get(y)), (whole_yuan(series[y]),))
                 for y in sorted(series) if y in years]
        concept = load_vocabulary().concepts.get(base)
        if concept is not None and concept.held_at_a_moment:
            found = found[-1:]  # 按实缴注册资本的1%: what it is now, once — not once a year
        return found or None
    return None


@dataclass(frozen=True)
class QualifiedSince:
    """From which year a rate's years count (None: every year described). A status stated
    without a date holds in every year described — even beside a dated fact of the same status,
    so that adding a fact never lowers a total — and ``assumed`` names it, to be said. A renewal
    (再次认定) dated D says the status was held before D: with no earlier recognition stated, it
    holds in the years described before D too — back to D's year minus the recognition's term where the
    vocabulary gives one (``pkg:termYears``) — and ``renewed`` names it with D, to be said."""

    year: int | None
    assumed: list[str]
    renewed: dict[str, dt.date] = field(default_factory=dict)


def _qualified_since(ctx: Context) -> QualifiedSince:
    """The first year the company held every qualification the rate needs."""
    dated: dict[str, list[int]] = defaultdict(list)
    renewals: dict[str, dt.date] = {}
    undated: set[str] = set()
    for fact in ctx.assessment.matched:
        if fact.date is None:
            undated.add(fact.concept)
        elif fact.round == "renewal":
            renewals[fact.concept] = min(fact.date, renewals.get(fact.concept, fact.date))
        else:
            dated[fact.concept].append(fact.date.year)
    # a renewal with an earlier recognition stated (首次认定 2021, 再次认定 2024) is held from that one
    renewed = {concept: date for concept, date in renewals.items()
               if concept not in undated and not any(year <= date.year for year in dated.get(concept, ()))}
    since = [min(years) for concept, years in dated.items() if concept not in undated and concept not in renewed]
    # a renewal says the status was held for one term before it, not longer (高新技术企业: 3 years)
    vocabulary = load_vocabulary()
    since += [date.year - term for concept, date in renewed.items()
              if (term := vocabulary.concepts[concept].term_years if concept in vocabulary else None) is not None]
    return QualifiedSince(max(since) if since else None, sorted(undated), renewed)


def _span(years: list[int]) -> str:
    return f"{years[0]}–{years[-1]}" if years[-1] != years[0] else f"{years[0]}"


def _line_years(lines: list[RateLine]) -> list[int]:
    return sorted(int(line.label) for line in lines if line.label.isdigit())


def _held_in_years(concepts: list[str], lines: list[RateLine], labels: InducedLabels) -> Assumption | None:
    """The assumption that a status stated without a date was held in the years counted (named by its
    label: the vocabulary's, or the policy's printed one for a concept it induced, never an id)."""
    years = _line_years(lines)
    if not concepts or not years:
        return None
    zh = "、".join(concept_label(c, "zh", labels) for c in concepts)
    en = " and ".join(concept_label(c, "en", labels) for c in concepts)
    span = _span(years)
    return Assumption(f"held:{','.join(concepts)}:{span}", f"按贵公司{span}年均为{zh}计算（未说明认定时间）",
                      f"Counted as a {en} in {span} (stated without a date)")


def _held_before_renewal(concept: str, renewed_on: dt.date, lines: list[RateLine],
                         labels: InducedLabels) -> Assumption | None:
    """The assumption that a status renewed on ``renewed_on`` was held in the years counted before
    it (a renewal says the status was held before; when it was first granted is not stated)."""
    years = [year for year in _line_years(lines) if year < renewed_on.year]
    if not years:
        return None
    zh, en, span = concept_label(concept, "zh", labels), concept_label(concept, "en", labels), _span(years)
    return Assumption(f"held:{concept}:{span}",
                      f"按贵公司{span}年已为{zh}计算（{renewed_on}为再次认定，此前已具备；未说明首次认定时间）",
                      f"Counted as a {en} in {span} (renewed on {renewed_on}, so held before; the first "
                      "recognition's date was not stated)")


def _assumptions(since: QualifiedSince, lines: list[RateLine], labels: InducedLabels) -> tuple[Assumption, ...]:
    """What the years counted rest on that the user did not state: undated and renewed statuses."""
    found = [_held_in_years(since.assumed, lines, labels),
             *(_held_before_renewal(concept, date, lines, labels) for concept, date in sorted(since.renewed.items()))]
    return tuple(assumption for assumption in found if assumption is not None)


@dataclass(frozen=True)
class RateLine:
    """One year (or contract) of a rate: rate × base, capped."""

    label: str
    shown: str
    base: Decimal
    rate: Decimal
    cap: int | None
    raw: int
    paid: int
    parts: tuple[int, ...] = ()
    """The figures the base was read from (this year's and last year's spend for an increment)."""
    said: str | None = None
    """How the company said the base when not exactly: ``at_least`` (超过3000万: ``paid`` is then what the line
    surely pays, on the bound) or ``about`` (约5000万: ``paid`` on the figure less the margin, ``high`` on it plus the
    margin, said as an assumption)."""
    high: int | None = None

    @property
    def least_base(self) -> Decimal:
        """The base ``paid`` is computed on: an approximate figure less the margin (约5000万: 4500万), else the base."""
        return self.base * (1 - ABOUT_MARGIN) if self.said == ABOUT_SAID and self.high is not None else self.base

    @property
    def most(self) -> int:
        """What the line may pay at most: ``paid``; on a base said as a lower bound, the cap — with no cap, what the
        bound pays (the result says the figure is a lower bound: a most with no figure would undo every ceiling); on
        an approximate base, what the figure plus the margin pays (capped)."""
        if self.said == ABOUT_SAID and self.high is not None:
            return self.high
        return self.cap if self.said == AT_LEAST_SAID and self.cap is not None else self.paid

    def text(self) -> str:
        if self.said == ABOUT_SAID and self.high is not None:
            return (f"{self.label}: {percent(self.rate)} × {self.shown}（± {percent(ABOUT_MARGIN)}）= "
                    f"{cny_zh(self.paid)}–{cny_zh(self.high)}{f' ≤ cap {cny_zh(self.cap)}' if self.cap else ''}")
        if self.cap is not None and self.raw > self.cap:
            return (f"{self.label}: {percent(self.rate)} × {self.shown} = {cny_zh(self.raw)} > cap {cny_zh(self.cap)} "
                    f"→ {cny_zh(self.paid)}（封顶 capped）")
        cap_text = f" ≤ cap {cny_zh(self.cap)}" if self.cap is not None else ""
        return f"{self.label}: {percent(self.rate)} × {self.shown} = {cny_zh(self.raw)}{cap_text}"


def _every_rate_line(ctx: Context, cap: int | None) -> list[RateLine] | None:
    """Every year (or contract) with a base in which the company already held the qualifications, each capped."""
    rate = ctx.provision.rate or Decimal(0)
    values = base_readings(ctx)
    if values is None:
        return None
    since = _qualified_since(ctx).year
    lines = []
    for label, base, shown, parts in values:
        if since is not None and label.isdigit() and int(label) < since:
            continue
        said = ctx.facts.said.get(ctx.provision.base_quantity or "", {}).get(int(label)) if label.isdigit() else None
        if label.isdigit() and not year_meets(ctx.provision, ctx.record, int(label), base, ctx.facts.settled_year,
                                              said):
            continue  # 营业收入X万元以上: a year below the bound pays nothing
        if said == ABOUT_SAID:  # 约5000万: from the figure less the margin to the figure plus it
            raw, high = whole_yuan(rate * base * (1 - ABOUT_MARGIN)), whole_yuan(rate * base * (1 + ABOUT_MARGIN))
        else:
            raw, high = whole_yuan(rate * base), None
        lines.append(RateLine(label, shown, base, rate, cap, raw, min(raw, cap) if cap is not None else raw, parts,
                              said, None if high is None else min(high, cap) if cap is not None else high))
    return lines


@dataclass(frozen=True)
class RateYears:
    """The years a rate with a number of years (连续三年按…) is paid: ``first`` to ``first + count - 1``."""

    first: int
    count: int
    from_recognition: bool
    """True when a dated qualification fixes the first year; False when it is the first year a base is stated."""
    least_first: int | None = None
    """With no dated qualification, the first year of the years that pay least (recognised later): the guaranteed
    amount counts those; None when a date fixes the years."""

    def counts(self, label: str, first: int | None = None) -> bool:
        start = self.first if first is None else first
        return not label.isdigit() or start <= int(label) < start + self.count

    @property
    def span(self) -> str:
        return f"{self.first}–{self.first + self.count - 1}"


def rate_years(ctx: Context, lines: list[RateLine]) -> RateYears | None:
    """For a rate that carries ``years``: the years the facts establish. They run from the first year the company
    held a qualification the rate names (a dated one; not before the window opens) — or, with no dated
    qualification, from the first year a base is stated — for ``years`` years; later years are not counted (an
    earlier start only counts fewer years). None without ``years`` or yearly bases."""
    yearly = [int(line.label) for line in lines if line.label.isdigit()]
    if not ctx.provision.years or not yearly:
        return None
    since = _qualified_since(ctx).year
    # from the first year any qualification it names is held: a type's row of a split (领军企业) counts from the
    # high-tech recognition its default row counts from, so rows mixed year by year never run past those years
    held = [year for year in [since, *(fact.date.year for fact in ctx.assessment.matched if fact.date is not None)]
            if year is not None]
    if not held:
        return _years_of_unknown_start(ctx, lines, ctx.provision.years)
    opens = ctx.record.valid_from.year if ctx.record.valid_from else min(held)
    return RateYears(min(min(yearly), max(min(held), opens)), ctx.provision.years, True)


def _years_of_unknown_start(ctx: Context, lines: list[RateLine], count: int) -> RateYears:
    """The years of a rate whose qualification has no date: they may start in any year from the window's opening
    to the last year with a base. The most counts from the first year a base is stated (as the company described
    its years), the guaranteed amount from the start that pays least."""
    yearly = [int(line.label) for line in lines if line.label.isdigit()]
    opens = ctx.record.valid_from.year if ctx.record.valid_from else min(yearly)
    paid = {int(line.label): line.paid for line in lines if line.label.isdigit()}

    def total(first: int) -> int:
        return sum(value for year, value in paid.items() if first <= year < first + count)

    least = min(range(min(opens, max(yearly)), max(yearly) + 1), key=lambda first: (total(first), first))
    return RateYears(min(yearly), count, False, least)


def rate_lines(ctx: Context, cap: int | None) -> list[RateLine] | None:
    """The years (or contracts) a rate pays for — only years in which the company already held
    the qualifications count, and for a rate with a number of years only those years — each capped;
    None when the base is not stated, [] when it is stated only for years before the company qualified."""
    lines = _every_rate_line(ctx, cap)
    if lines is None:
        return None
    limit = rate_years(ctx, lines)
    return [line for line in lines if limit is None or limit.counts(line.label)]


def _years_assumption(ctx: Context, limit: RateYears | None) -> tuple[Assumption, ...]:
    """The reading of 连续N年 the total rests on: from which year the years are counted."""
    if limit is None:
        return ()
    where = "".join(ctx.provision.clause_path)
    since_zh, since_en = ("自取得资格当年起", "from the year the company qualified") if limit.from_recognition else \
        ("自所述最早年度起，此前年度未说明", "from the first year stated; earlier years were not described")
    if limit.least_first is not None and limit.least_first != limit.first:
        least = f"{limit.least_first}–{limit.least_first + limit.count - 1}"
        since_zh += f"；取得资格年份未明，确定可得按{least}年计"
        since_en += f"; the year of recognition is not known: the guaranteed amount counts {least}"
    return (Assumption(f"years:{ctx.provision.id}:{limit.span}",
                       f"〔{where}〕连续{limit.count}年按{limit.span}年计算（{since_zh}）",
                       f"〔{where}〕 the {limit.count} years are counted as {limit.span} ({since_en})"),)


def _at_the_lower_rate(rate_min: Decimal | None, lines: list[RateLine], total: int) -> int:
    """The guaranteed amount of a choice of rates (按…的5%或10%): each line at the lower rate, capped; the total
    otherwise."""
    if rate_min is None:
        return total
    return sum(min(whole_yuan(rate_min * line.base), line.cap) if line.cap is not None
               else whole_yuan(rate_min * line.base) for line in lines)


def rate_amount(ctx: Context, cap: int | None) -> Amount:
    """rate × base per year (or contract), each capped, summed; only years in which the
    company already held the qualifications count."""
    provision = ctx.provision
    rate = provision.rate or Decimal(0)
    unit = measure_of_a_rate(provision)
    if unit:  # 0.3元/千瓦时: a rate on a quantity in that unit, never on a sum of money
        return Amount(0, cap or 0, f"{rate}元/{unit} × ?" + (f" ≤ {cny_zh(cap)}" if cap is not None else ""),
                      {"rate": str(rate), "cap_cny": cap, "unit": unit},
                      (Check("measure", Status.UNKNOWN, f"the {unit} it is paid per are not stated",
                             question=f"measure:{unit}"),))
    lines = rate_lines(ctx, cap)
    if not lines:  # not stated, or stated only for years before the company qualified
        cap_text = f" ≤ cap {cny_zh(cap)}" if cap is not None else ""
        missing = "is not stated" if lines is None else "is not stated for a year since the company qualified"
        unknown = Check("base", Status.UNKNOWN, f"{provision.base_quantity} {missing}",
                        question=f"base:{provision.base_quantity}")
        # stated years that all came before the qualification pay nothing; the years after are
        # asked for (as a ceiling they could only be guessed, and more facts must never pay less)
        ceiling = cap if lines is None else 0
        base = load_vocabulary().concepts.get(provision.base_quantity or "")
        named = f"{base.label_zh} {base.label_en}" if base else provision.base_quantity
        return Amount(0, ceiling, f"{percent(rate)} × {named}（未知 unknown）{cap_text}",
                      {"rate": str(rate), "cap_cny": cap, "yearly": provision.base_quantity != CONTRACT_AMOUNT},
                      (unknown,))
    total = sum(line.paid for line in lines)
    least_lines = _lines_paying_least(ctx, cap, lines)
    least = min(total, sum(line.paid for line in least_lines))
    least = _at_the_lower_rate(provision.rate_min, least_lines, least)
    once = paid_once(provision, ctx.record) and len(lines) > 1
    most = most_of(lines, once)
    if once:  # 一次性: one year's base is paid, which one the text leaves to the year of settling: least and most
        total = max(line.paid for line in lines)
        least = min(_at_the_lower_rate(provision.rate_min, [line], line.paid) for line in lines)
    uncapped = sum(line.raw for line in lines) if not once else max(line.raw for line in lines)
    ambiguity = None
    if provision.per and uncapped > total:
        where = "".join(provision.clause_path)
        ambiguity = (f"〔{where}〕「单{provision.per}最高」: 上限按每年一次申报计算（本测算），"
                     f"若按每份合同分别封顶，最多可达 {cny_zh(uncapped)}。 The cap is per {provision.per}: we apply "
                     f"it per yearly application; read per contract, up to {cny_zh(uncapped)} could be paid.")
    note, counted = _years_note(ctx, cap)
    lower = f"; 按较低比例 at the lower rate {percent(provision.rate_min)}: {cny_zh(least)}" \
        if provision.rate_min is not None else ""
    one_year = "；一次性，按其中一个年度计 paid once, on one year" if once else ""
    shared = shared_activity_base(provision, ctx.record.provisions)  # 实际发生费用 of which clause's activity
    return Amount(0 if shared else least, most, "; ".join(line.text() for line in lines) + one_year + note + lower,
                  {"rate": str(rate), "cap_cny": cap, "base": {line.label: str(line.least_base) for line in lines},
                   "paid": {line.label: line.paid for line in lines},
                   "base_parts": {line.label: list(line.parts) for line in lines},
                   "raw": {line.label: line.raw for line in lines},
                   "base_quantity": provision.base_quantity,
                   "yearly": provision.base_quantity != CONTRACT_AMOUNT, **counted},
                  (shared,) if shared else (),
                  ambiguity=ambiguity, reading_range=(total, uncapped) if ambiguity else None,
                  assumptions=(*_assumptions(_qualified_since(ctx), lines, InducedLabels.of(ctx.record.provisions)),
                               *approximate_bases(provision, lines),
                               *_years_assumption(ctx, rate_years(ctx, _every_rate_line(ctx, cap) or []))))


def _lines_paying_least(ctx: Context, cap: int | None, lines: list[RateLine]) -> list[RateLine]:
    """The lines a rate with a number of years pays at least when no date says from which year they count (the
    years that pay least, :func:`_years_of_unknown_start`); ``lines`` otherwise."""
    every = _every_rate_line(ctx, cap) or []
    limit = rate_years(ctx, every)
    if limit is None or limit.least_first is None:
        return lines
    return [line for line in every if limit.counts(line.label, limit.least_first)]


def _years_note(ctx: Context, cap: int | None) -> tuple[str, dict[str, object]]:
    """For a rate with a number of years: which years count and which stated years do not."""
    every = _every_rate_line(ctx, cap) or []
    limit = rate_years(ctx, every)
    if limit is None:
        return "", {}
    dropped = [line.label for line in every if not limit.counts(line.label)]
    note = f"；连续{limit.count}年 {limit.count} years: {limit.span}"
    if dropped:
        note += f"，不计 not counted: {', '.join(dropped)}（超出{limit.count}年 beyond the {limit.count} years）"
    return note, {"years_limit": limit.count, "years_first": limit.first, "years_not_counted": dropped}


def _rate_with_cap(ctx: Context) -> Amount:
    return rate_amount(ctx, ctx.provision.cap_cny)


def years_paid(ctx: Context) -> tuple[list[int], list[int], list[int]]:
    """Years an annual amount is paid: (counted, beyond the window, projected). A number of years
    written in the clause (连续支持三年) counts from the event's year; with none, the years the facts
    establish: the event's own year, or every year up to the last one it is said to operate in (一直运行到
    现在), within the window and not after as_of's year. The years after that to the end of the window
    are a projection (only while it is still operating), shown apart and never counted."""
    end_year = ctx.record.valid_until.year if ctx.record.valid_until else ctx.as_of.year
    dates = [fact.date for fact in ctx.assessment.matched if fact.date is not None]
    start = min(dates).year if dates else (ctx.record.valid_from.year if ctx.record.valid_from else ctx.as_of.year)
    if ctx.provision.years is None:
        return _years_operated(ctx, start, end_year)
    years = list(range(start, start + ctx.provision.years))
    return [y for y in years if y <= end_year], [y for y in years if y > end_year], []


def _years_operated(ctx: Context, start: int, end_year: int) -> tuple[list[int], list[int], list[int]]:
    """Counted and projected years of a yearly grant with no number of years: from the event's year to
    the last year it is said to operate (none said: the event's year alone), not after as_of's year."""
    said = [fact.operating_until for fact in ctx.assessment.matched
            if fact.operating_until is not None and fact.date is not None]  # undated: its years are not placed
    last = min(max(said).year, ctx.as_of.year) if said else start
    first = max(start, ctx.record.valid_from.year) if said and ctx.record.valid_from else start
    counted = list(range(first, min(last, end_year) + 1))
    still_operating = not said or max(said) >= ctx.as_of  # one that stopped earlier this year projects nothing
    projected = [y for y in range(max(last, start) + 1, end_year + 1)] if still_operating else []
    return counted, [], projected


def _annual(ctx: Context) -> Amount:
    counted, beyond, projected = years_paid(ctx)
    ceiling = ctx.provision.kind is ProvisionKind.ANNUAL_UP_TO
    per_year = (ctx.provision.cap_cny if ceiling else ctx.provision.amount_cny) or 0
    total = per_year * len(counted)
    shown = f"{counted[0]}–{counted[-1]}" if len(counted) > 1 else f"{counted[0]}" if counted else "0"
    basis = f"{'最高 ' if ceiling else ''}{cny_zh(per_year)}/年 × {len(counted)} 年（{shown}）= {cny_zh(total)}"
    if beyond:
        basis += f"; 不计 not counted: {', '.join(map(str, beyond))}（超出有效期 after the policy ends）"
    if projected:
        basis += (f"；若此后每年继续 if it continues every year: {projected[0]}–{projected[-1]} "
                  f"另{'最高' if ceiling else ''} {cny_zh(per_year * len(projected))}（预测，不计入 a projection, not "
                  f"counted）")
    return Amount(0 if ceiling else total, total, basis,
                  {"per_year_cny": per_year, "years_counted": len(counted), "years_beyond_window": beyond,
                   "total_cny": total,
                   "years": counted, "years_projected": projected,
                   "projected_max_cny": per_year * len(projected)})


def _case_by_case(ctx: Context) -> Amount:
    return Amount(0, None, "一事一议 / 给予一定支持：无金额 (no amount stated; decided case by case)")


def _floor_noted(rule: Callable[[Context], Amount]) -> Callable[[Context], Amount]:
    """A per-unit or yearly rule whose row is an award's floor (``award_floor.noted_floor``): said as at least."""
    def read(ctx: Context) -> Amount:
        amount = rule(ctx)
        if printed_floor(ctx.provision) is None:
            return amount
        basis, assumptions = noted_floor(ctx.provision, amount.basis)
        return replace(amount, basis=basis, assumptions=amount.assumptions + assumptions)
    return read


AMOUNT_RULES: dict[ProvisionKind, Callable[[Context], Amount]] = {kind: with_spend_held(rule) for kind, rule in {
    ProvisionKind.FIXED: _fixed,
    ProvisionKind.UP_TO: _up_to,
    ProvisionKind.PER_UNIT: _floor_noted(_per_unit),
    ProvisionKind.PER_UNIT_WITH_CUMULATIVE_CAP: _per_unit_with_cumulative_cap,
    ProvisionKind.RATE_WITH_CAP: _rate_with_cap,
    ProvisionKind.ANNUAL: _floor_noted(_annual),
    ProvisionKind.ANNUAL_UP_TO: _annual,
    ProvisionKind.CASE_BY_CASE: _case_by_case,
}.items()}  # 补贴总额不超过实际支出: held to the spend stated (actual_cost.py)
