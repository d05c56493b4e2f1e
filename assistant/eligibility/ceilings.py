"""Ceilings on what one company receives across awards: ``enterprise_annual_cap`` (单个企业年度奖励金额最高不超过
Y万元, per calendar year) and ``article_cap`` (本条款最高资助X万元, over all years). See docs/eligibility.md §4.

A ceiling governs the benefits of its scope (:func:`ceiling_scope`), after each benefit's own caps and after the
funding-share cap; each benefit's money is placed in the calendar years of its events (:func:`yearly_shares`), the
amounts of one year are summed and cut to the ceiling, the awards listed last being cut first. An award whose year
is not known may fall in the same year as the others or in another: the guaranteed amount takes the first reading,
the most the second, so the result is a range, never a sure figure resting on a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import yaml

from assistant.eligibility.result import Benefit, CouldAdd, TraceStep
from assistant.eligibility.rules import PolicyRules
from assistant.format import cny_zh
from ingest.document_layout import document_layout
from ingest.model import Provision, ProvisionKind
from kg.query import PolicyRecord
from ontology import ONTOLOGY_DIR

PAYEE_CEILINGS_FILE = ONTOLOGY_DIR / "payee_ceilings.yaml"
PER_YEAR = "enterprise_annual_cap"
OVER_ALL_YEARS = "article_cap"
CEILING_SUBTYPES = (PER_YEAR, OVER_ALL_YEARS)
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


class PayeeCeilingsError(ValueError):
    """The payee ceilings file cannot be used (names the file and what is wrong)."""


@cache
def extension_words(path: Path = PAYEE_CEILINGS_FILE) -> tuple[str, ...]:
    """Words by which a sentence extends the policy to a further group of payees (``extends_to_others``)."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    words = tuple(str(word) for word in (data.get("extends_to_others") or {}).get("words") or ())
    if not words or any(not word.strip() for word in words):
        raise PayeeCeilingsError(f"{path}: extends_to_others.words must be a list of non-empty words")
    return words


def extends_to_others(quote: str) -> bool:
    """Whether the ceiling's sentence gives it to a further group of payees (均可享受本措施的政策，单个企业…)."""
    return any(word in quote for word in extension_words())


@dataclass(frozen=True)
class DocumentParts:
    """How a sentence names parts of its document after the document's name (本办法第二条、第三条)."""

    units: tuple[str, ...]
    joiners: tuple[str, ...]

    @property
    def pattern(self) -> re.Pattern[str]:
        """本<name>, then the parts it names if any (group ``parts``)."""
        part = rf"第[〇零一二两三四五六七八九十百0-9０-９]+(?:{'|'.join(map(re.escape, self.units))})"
        joiner = "|".join(map(re.escape, self.joiners))
        return re.compile(rf"{document_layout().closing.pattern}(?P<parts>{part}(?:(?:{joiner}){part})*)?")


@cache
def document_parts(path: Path = PAYEE_CEILINGS_FILE) -> DocumentParts:
    """The units and joiners of ``document_parts`` in the payee ceilings file."""
    with path.open(encoding="utf-8") as handle:
        data = (yaml.safe_load(handle) or {}).get("document_parts") or {}
    units = tuple(str(word) for word in data.get("units") or ())
    joiners = tuple(str(word) for word in data.get("joiners") or ())
    if not units or not joiners or any(not word.strip() for word in (*units, *joiners)):
        raise PayeeCeilingsError(f"{path}: document_parts.units and .joiners must be lists of non-empty words")
    return DocumentParts(units, joiners)


def document_reference(quote: str) -> tuple[str, ...] | None:
    """What of its document a sentence names: None when it names no document; () when it names the document itself
    (本办法实施期间, 依本办法) anywhere; else the parts it names (按本办法第二条获得奖励的企业 → ("第二条",))."""
    found = list(document_parts().pattern.finditer(quote))
    if not found:
        return None
    if any(match["parts"] is None for match in found):
        return ()
    units = "|".join(map(re.escape, document_parts().units))
    label = re.compile(rf"第[^第]+?(?:{units})")
    return tuple(part for match in found for part in label.findall(match["parts"]))


@dataclass(frozen=True)
class Scope:
    """The benefits a ceiling governs: those the reader listed (``ids``), else those under ``clause_id`` (and its
    sub-clauses), else all (None)."""

    clause_id: str | None
    label: str
    ids: frozenset[str] | None = None

    def governs(self, provision: Provision) -> bool:
        if self.ids is not None:
            return provision.id in self.ids
        return self.clause_id is None or provision.clause_id == self.clause_id or \
            provision.clause_id.startswith(self.clause_id + "/")

    @property
    def depth(self) -> int:
        """How narrow the scope is (a sub-clause is cut before its article, an article before the policy)."""
        return -1 if self.clause_id is None else self.clause_id.count("/") + (1 if self.ids is not None else 0)


def _parts_scope(parts: tuple[str, ...], record: PolicyRecord, benefits: tuple[Provision, ...]) -> Scope | None:
    """The benefits under the clauses a ceiling names (本办法第二条、第三条); None when none of them is found."""
    named = [clause for clause in record.clauses if clause.path and clause.path[-1] in parts]
    ids = frozenset(benefit.id for benefit in benefits for clause in named
                    if benefit.clause_id == clause.id or benefit.clause_id.startswith(clause.id + "/"))
    if not ids:
        return None
    return Scope(named[0].id, "、".join("".join(clause.path) for clause in named), ids)


def ceiling_scope(rule: Provision, record: PolicyRecord, benefits: tuple[Provision, ...]) -> Scope:
    """The whole policy when the ceiling sits in the closing (no clause) or names the document itself (本办法,
    本措施); the parts it names when it names parts of the document (按本办法第二条获得奖励的企业: 第二条); else
    the nearest clause holding it that pays awards (a ceiling in 第二条（三） after （一）（二） is 第二条's); a
    ceiling in clauses that pay nothing (附则, 总则) is the whole policy's. Benefits the reader listed (a total after
    several open rates, each also capped singly: the ceiling then cuts their sum, so never twice) are governed as
    listed, unless the sentence names the document itself; a ceiling sharing its sentence with one award is not
    that award's alone."""
    whole = Scope(None, "本政策全部支持 the whole policy")
    if rule.subtype == OVER_ALL_YEARS and rule.governs:  # 本条款最高资助X万元: the reader names what it governs
        return Scope(rule.clause_id, "".join(rule.clause_path), frozenset(rule.governs))
    reference = document_reference(rule.quote)
    if not rule.clause_path or reference == ():
        return whole
    if rule.governs and rule.scope != "sentence":  # a total after several open rates: the reader lists them
        return Scope(rule.clause_id, "".join(rule.clause_path), frozenset(rule.governs))
    named = _parts_scope(reference, record, benefits) if reference else None
    if named is not None:
        return named
    parents = {clause.id: clause.parent_id for clause in record.clauses}
    paths = {clause.id: clause.path for clause in record.clauses}
    clause_id: str | None = rule.clause_id
    while clause_id is not None:
        scope = Scope(clause_id, "".join(paths.get(clause_id, ())))
        if any(scope.governs(benefit) for benefit in benefits):
            return scope
        clause_id = parents.get(clause_id)
    return whole


@dataclass
class Share:
    """What one benefit pays in one calendar year; ``year`` None when the year is not known."""

    index: int
    year: int | None
    minimum: int
    maximum: int
    moved: int = 0
    """Years after the year of its base (a rate read as paid the year after: 1)."""

    @property
    def base_year(self) -> int | None:
        return None if self.year is None else self.year - self.moved


def _paid_by_year(benefit: Benefit, later: int = 0) -> dict[int, int]:
    """The amounts of a yearly benefit by calendar year, from its trace: a rate's years or contracts (``later``
    years after its base's year), a yearly grant's years counted."""
    paid: dict[int, int] = {}
    for step in benefit.trace:
        if step.rule in ("amount.annual", "amount.annual_up_to"):
            for year in step.parameters.get("years") or ():
                paid[int(year)] = paid.get(int(year), 0) + int(step.parameters.get("per_year_cny") or 0)
        for label, value in (step.parameters.get("paid") or {}).items():
            found = _YEAR.search(str(label))
            if found:
                paid[int(found[1]) + later] = paid.get(int(found[1]) + later, 0) + int(value)
    return paid


def _fit(paid: dict[int, int], maximum: int, minimum: int) -> dict[int, tuple[int, int]]:
    """The years' amounts made to sum to the benefit's own (min, max): a total lowered by a later cap is taken off
    the latest years (a total above the years' sum, which no rule makes, is put in the last year, never lost); the
    guaranteed part fills the earliest years first."""
    over = sum(paid.values()) - maximum
    maxima = dict(paid)
    if over < 0:
        maxima[max(maxima)] -= over
    for year in sorted(maxima, reverse=True):
        taken = min(max(over, 0), maxima[year])
        maxima[year] -= taken
        over -= taken
    left = minimum
    fitted = {}
    for year in sorted(maxima):
        fitted[year] = (min(left, maxima[year]), maxima[year])
        left -= fitted[year][0]
    return fitted


def _unit(benefit: Benefit) -> int | None:
    """What one unit or member of a one-off benefit is paid uncapped (per unit, a fixed amount, a ceiling)."""
    for step in benefit.trace:
        if step.rule.startswith("amount."):
            for key in ("unit_amount_cny", "amount_cny", "cap_cny"):
                if step.parameters.get(key):
                    return int(step.parameters[key])
    return None


def _by_fact_year(benefit: Benefit) -> dict[int, int]:
    """The most a one-off benefit pays, placed in the years of the facts it is paid for: all in one year when they
    share one; each fact (or unit) its own amount when every one is paid in full (each member of a tier in the year
    of its own recognition); under a cumulative cap, in date order until the cap is reached (patents granted first
    are paid first). Empty when the year is not known: no dated fact, or fewer payments than facts (one award for a
    recognition and its renewal)."""
    maximum = benefit.amount_max_cny or 0
    dated = sorted((fact for fact in benefit.matched if fact.date is not None),
                   key=lambda fact: fact.date or dt.date.min)
    years = {fact.date.year for fact in dated if fact.date is not None}
    if len(years) <= 1:
        return {years.pop(): maximum} if years else {}
    unit = _unit(benefit) or maximum
    cumulative = any(step.rule == "amount.per_unit_with_cumulative_cap" for step in benefit.trace)
    if not cumulative and sum(unit * (fact.count or 1) for fact in dated) != maximum:
        return {}
    placed: dict[int, int] = {}
    left = maximum
    for fact in dated:
        taken = min(left, unit * (fact.count or 1))
        if fact.date is not None and taken > 0:
            placed[fact.date.year] = placed.get(fact.date.year, 0) + taken
        left -= taken
    return placed if left == 0 else {}


def _rate_moved(benefit: Benefit, later: int) -> int:
    """How many years after its base a benefit is read as paid: ``later`` for a rate, 0 for anything else."""
    return later if any(step.parameters.get("paid") for step in benefit.trace) else 0


def yearly_shares(index: int, benefit: Benefit, later: int = 0) -> list[Share]:
    """A benefit's money by the calendar year of its events: a yearly benefit by its years (a rate's ``later`` years
    after its base's); a one-off in the years of the facts it is paid for. A guaranteed part that is not tied to one
    fact (a tier paid once for two members recognised in different years) is a share whose year is not known; so is
    a benefit with no dated fact."""
    maximum = benefit.amount_max_cny or 0
    paid = _paid_by_year(benefit, later)
    if paid:
        moved = _rate_moved(benefit, later)
        return [Share(index, year, low, high, moved)
                for year, (low, high) in _fit(paid, maximum, benefit.amount_min_cny).items()]
    placed = _by_fact_year(benefit)
    if not placed:
        return [Share(index, None, benefit.amount_min_cny, maximum)]
    if len(placed) == 1 or benefit.amount_min_cny >= maximum:
        return [Share(index, year, low, high)
                for year, (low, high) in _fit(placed, maximum, benefit.amount_min_cny).items()]
    return [*(Share(index, year, 0, high) for year, high in placed.items()),
            Share(index, None, benefit.amount_min_cny, 0)]


@dataclass
class Cut:
    """What one ceiling took from one benefit."""

    maximum: int = 0
    minimum: int = 0
    years: dict[str, int] = field(default_factory=dict)
    """The pools cut (a year, or 全部年度) and each pool's total before the cut."""
    year_unknown: bool = False


def _take(pool: list[Share], cap: int, attribute: str, cuts: dict[int, Cut], label: str) -> None:
    """Cut the pool's total ``attribute`` (minimum or maximum) to ``cap``, the benefits listed last first."""
    total = sum(getattr(share, attribute) for share in pool)
    over = total - cap
    placed = any(share.year is None for share in pool)  # an award of unknown year was counted in this year
    for share in sorted(pool, key=lambda s: s.index, reverse=True):
        if over <= 0:
            break
        taken = min(over, getattr(share, attribute))
        if taken <= 0:
            continue
        setattr(share, attribute, getattr(share, attribute) - taken)
        over -= taken
        cut = cuts.setdefault(share.index, Cut())
        setattr(cut, attribute, getattr(cut, attribute) + taken)
        cut.years[label] = total
        cut.year_unknown = cut.year_unknown or placed


UNKNOWN_YEAR = "年份未明 year unknown"


def _pools(shares: list[Share], per_year: bool, attribute: str) -> list[tuple[str, list[Share]]]:
    """The shares summed against the ceiling together, each pool with its label. Over all years: one pool. Per
    year: one pool per known year; for the guaranteed amount every share of unknown year joins the year already
    holding the most (the reading that cuts most), for the most each stands apart (the reading that cuts least)."""
    if not per_year:
        return [("全部年度 all years", list(shares))]
    pools: dict[str, list[Share]] = {}
    for share in shares:
        if share.year is not None:
            pools.setdefault(str(share.year), []).append(share)
    unknown = [share for share in shares if share.year is None]
    if attribute == "maximum":
        return [*pools.items(), *((UNKNOWN_YEAR, [share]) for share in unknown)]
    fullest = max(pools, key=lambda year: sum(s.minimum for s in pools[year]), default=UNKNOWN_YEAR)
    pools.setdefault(fullest, []).extend(unknown)
    return list(pools.items())


def apply_ceiling(shares: list[Share], cap: int, per_year: bool) -> dict[int, Cut]:
    """Cut ``shares`` (the benefits one ceiling governs) to ``cap`` a year (or over all years); returns what was cut
    from each benefit."""
    cuts: dict[int, Cut] = {}
    for label, pool in _pools(shares, per_year, "maximum"):
        _take(pool, cap, "maximum", cuts, label)
    for label, pool in _pools(shares, per_year, "minimum"):
        _take(pool, cap, "minimum", cuts, label)
    return cuts


def ceiling_step(rule: Provision, scope: Scope, cut: Cut) -> TraceStep:
    """The ceiling as a trace step: its sentence's clause, the pools that exceeded it and what this award lost."""
    cap = rule.cap_cny or 0
    kind = "年度上限 a year" if rule.subtype == PER_YEAR else "上限 over all years"
    pools = "；".join(f"{label}: {cny_zh(total)}" for label, total in cut.years.items())
    detail = (f"单个企业{kind} {cny_zh(cap)}（{scope.label}）：合计 totals {pools} → 本项核减 cut "
              f"{cny_zh(cut.maximum)}")
    if cut.year_unknown or cut.minimum != cut.maximum:
        detail += (f"；获奖年份未明，确定可得按同一年度计核减 {cny_zh(cut.minimum)}，最高按不同年度计 the year of an "
                   "award is not known: the guaranteed amount counts it in the same year, the most in another")
    return TraceStep(f"condition.{rule.subtype}", detail, rule.id, rule.clause_path,
                     {"cap_cny": cap, "per_year": rule.subtype == PER_YEAR, "scope": scope.clause_id or "policy",
                      "totals": dict(cut.years), "cut_max_cny": cut.maximum, "cut_min_cny": cut.minimum,
                      "years": sorted(int(label) for label in cut.years if label.isdigit()),
                      "year_unknown": cut.year_unknown})


def cut_benefit(benefit: Benefit, low: list[Share], high: list[Share], steps: list[TraceStep]) -> Benefit:
    """``benefit`` with the amounts its shares keep after the ceilings — the guaranteed amount from the ``low``
    reading's shares, the most from the ``high`` one's — and the ceilings' steps."""
    if not steps:
        return benefit
    most = sum(share.maximum for share in high)
    least = min(sum(share.minimum for share in low), most)
    readings = benefit.reading_range_cny
    if all(share.year is not None or share.maximum == 0 for share in high):  # what each year keeps (timelines)
        kept = {str(share.base_year): share.maximum for share in high if share.year is not None}
        steps = [*steps[:-1], replace(steps[-1], parameters={**steps[-1].parameters, "kept_by_year": kept})]
    return replace(benefit, amount_min_cny=least, amount_max_cny=most, trace=(*benefit.trace, *steps),
                   basis=f"{benefit.basis}; 单个企业上限 ceiling → {cny_zh(least)}"
                         + (f"–{cny_zh(most)}" if most != least else ""),
                   reading_range_cny=(min(readings[0], most), min(readings[1], most)) if readings else None)


ONE_OFF_KINDS = frozenset({ProvisionKind.FIXED, ProvisionKind.UP_TO, ProvisionKind.PER_UNIT,
                           ProvisionKind.PER_UNIT_WITH_CUMULATIVE_CAP})
"""Kinds paid once, in the year of their event: one such award can never add more than one year's ceiling."""


def _ceilings(rules: PolicyRules) -> list[tuple[Provision, Scope]]:
    """The policy's ceilings it applies, with their scopes, narrowest first."""
    found = [(rule, ceiling_scope(rule, rules.record, rules.benefits)) for rule in rules.rules
             if rule.subtype in CEILING_SUBTYPES and rule.cap_cny is not None and not extends_to_others(rule.quote)]
    return sorted(found, key=lambda item: -item[1].depth)


def limit_could_add(entries: list[CouldAdd], rules: PolicyRules) -> list[CouldAdd]:
    """What an unstated fact could add, never more than a ceiling governing it allows: a one-off award at most a
    year's ceiling, any award at most a ceiling over all years (which award of a year is cut is not known yet, so
    nothing more is taken off)."""
    limited = []
    for entry in entries:
        provision = rules.record.provision(entry.provision_id)
        high = entry.amount_max_cny
        for rule, scope in _ceilings(rules):
            if high is not None and scope.governs(provision) and \
                    (rule.subtype == OVER_ALL_YEARS or provision.kind in ONE_OFF_KINDS):
                high = min(high, rule.cap_cny or 0)
        limited.append(entry if high == entry.amount_max_cny else
                       replace(entry, amount_max_cny=high, amount_min_cny=min(entry.amount_min_cny, high or 0),
                               basis=f"{entry.basis}; 单个企业上限 ceiling → {cny_zh(high or 0)}"))
    return limited


@dataclass
class Reading:
    """Every ceiling applied with the rates placed ``later`` years after their base's year: what each benefit's
    shares keep and the ceilings' steps."""

    later: int
    shares: dict[int, list[Share]]
    steps: dict[int, list[TraceStep]]

    def total(self, attribute: str) -> int:
        return sum(getattr(share, attribute) for group in self.shares.values() for share in group)


def _reading(benefits: list[Benefit], provisions: list[Provision], scoped: list[tuple[Provision, Scope]],
             later: int) -> Reading:
    shares = {index: yearly_shares(index, benefit, later) for index, benefit in enumerate(benefits)
              if benefit.amount_max_cny is not None}
    steps: dict[int, list[TraceStep]] = {}
    for rule, scope in scoped:
        governed = [share for index, group in shares.items() if scope.governs(provisions[index]) for share in group]
        for index, cut in apply_ceiling(governed, rule.cap_cny or 0, rule.subtype == PER_YEAR).items():
            steps.setdefault(index, []).append(ceiling_step(rule, scope, cut))
    return Reading(later, shares, steps)


def _merged_steps(high: list[TraceStep], low: list[TraceStep], later: int) -> list[TraceStep]:
    """The steps of the reading that cuts least, each with what the reading that cuts most takes from the guaranteed
    amount (a rate read as paid ``later`` years after its base); a ceiling only that reading applies is added."""
    lows = {step.provision_id: int(step.parameters["cut_min_cny"]) for step in low}
    note = {"year_unknown": True, "rate_paid_later": later}
    merged = [step if lows.get(step.provision_id, 0) == step.parameters["cut_min_cny"] else
              replace(step, parameters={**step.parameters, **note, "cut_min_cny": lows.get(step.provision_id, 0)})
              for step in high]
    said = {step.provision_id for step in high}
    return [*merged, *(replace(step, parameters={**step.parameters, **note, "cut_max_cny": 0})
                       for step in low if step.provision_id not in said)]


def apply_ceilings(benefits: list[Benefit], rules: PolicyRules) -> list[Benefit]:
    """``benefits`` after every ceiling of the policy on what one company receives (narrowest scope first); a
    ceiling given to a further group of payees (:func:`extends_to_others`) is not applied (a caveat says so). A rate
    on a year's base may be paid that year or the next: the guaranteed amount takes the reading that cuts more, the
    most the one that cuts less (docs/eligibility.md §4)."""
    scoped = _ceilings(rules)
    if not scoped or not benefits:
        return benefits
    provisions = [rules.record.provision(benefit.provision_id) for benefit in benefits]
    readings = [_reading(benefits, provisions, scoped, later) for later in (0, 1)]
    low = min(readings, key=lambda reading: reading.total("minimum"))
    high = max(readings, key=lambda reading: reading.total("maximum"))
    cut = []
    for index, benefit in enumerate(benefits):
        steps = high.steps.get(index, [])
        if low is not high:
            steps = _merged_steps(steps, low.steps.get(index, []), low.later)
        cut.append(cut_benefit(benefit, low.shares.get(index, []), high.shares.get(index, []), steps))
    return cut
