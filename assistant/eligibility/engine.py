"""evaluate(profile, as_of, graph): every benefit a company can claim, traced to the text."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal

from rdflib import Graph

from assistant.eligibility.alternatives import alternative_tiers, keep_one_grade, told_apart
from assistant.eligibility.amounts import AMOUNT_RULES, Amount, Context, rate_amount, rate_lines, whole_yuan
from assistant.eligibility.caveats import caveats
from assistant.eligibility.ceilings import apply_ceilings, ceiling_scope, limit_could_add
from assistant.eligibility.count_caps import apply_count_caps, limit_could_add_counts
from assistant.eligibility.facts import CompanyFacts, company_facts
from assistant.eligibility.money_steps import money_steps
from assistant.eligibility.one_of_items import one_of_items
from assistant.eligibility.quantity_bounds import measured_units
from assistant.eligibility.questions import question_text
from assistant.eligibility.requirements import Assessment, Check, Fix, Status, assess
from assistant.eligibility.result import (
    Assumption,
    Benefit,
    CouldAdd,
    EligibilityResult,
    MatchedFact,
    NotEligible,
    Obligation,
    PathToMore,
    Question,
    TraceStep,
)
from assistant.eligibility.rules import PolicyRules, default_row, rules_from_graph
from assistant.eligibility.split import MixedRate, mix_years, row_label, row_names
from assistant.format import cny_zh, percent
from assistant.profile import CompanyProfile
from assistant.report import citation
from ingest.concepts import load_vocabulary
from ingest.model import Provision, ProvisionKind
from ingest.raised_rates import is_raise


def policy_status(rules: PolicyRules, as_of: dt.date) -> str:
    """``in_force``, ``expired``, ``not_yet_in_force`` — or ``unknown`` when the policy states no
    validity window at all (never taken to be in force)."""
    record = rules.record
    if record.valid_from is None and record.valid_until is None:
        return "unknown"
    if record.valid_from is not None and as_of < record.valid_from:
        return "not_yet_in_force"
    if record.valid_until is not None and as_of > record.valid_until:
        return "expired"
    return "in_force"


def status_notice(rules: PolicyRules, status: str) -> str | None:
    record = rules.record
    if status == "expired":
        return (f"本政策已于{record.valid_until}到期失效；以下为有效期内本可适用的结果。 "
                f"This policy expired on {record.valid_until}; the results show what would have applied "
                f"while it was in force.")
    if status == "not_yet_in_force":
        return (f"本政策自{record.valid_from}起实施，尚未生效。 This policy takes effect on "
                f"{record.valid_from} and is not yet in force.")
    if status == "unknown":
        return ("本政策文本未写明有效期，以下结果未能判断政策在测算日是否有效。 This policy states no validity "
                "window; whether it is in force on the date asked could not be judged.")
    return None


@dataclass
class _Run:
    """The evaluation being assembled (one per call; nothing is shared between calls)."""

    rules: PolicyRules
    facts: CompanyFacts
    as_of: dt.date
    benefits: list[Benefit] = field(default_factory=list)
    not_eligible: list[NotEligible] = field(default_factory=list)
    path_to_more: list[PathToMore] = field(default_factory=list)
    question_value: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    question_provisions: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    refining: set[str] = field(default_factory=set)
    """Question keys that would refine a benefit already listed (not open a new one)."""
    ambiguities: list[str] = field(default_factory=list)
    could_add: list[CouldAdd] = field(default_factory=list)
    assumptions: dict[str, Assumption] = field(default_factory=dict)

    def assume(self, *assumptions: Assumption) -> None:
        for assumption in assumptions:
            self.assumptions.setdefault(assumption.key, assumption)

    def context(self, provision: Provision, assessment: Assessment) -> Context:
        return Context(provision, assessment, self.facts, self.rules.record, self.as_of)

    def ask(self, key: str, value: int | None, provision: Provision, *, refines: bool = False) -> None:
        self.question_value[key] += value or 0
        if refines:
            self.refining.add(key)
        if provision.id not in self.question_provisions[key]:
            self.question_provisions[key].append(provision.id)


def _requirement_trace(assessment: Assessment) -> list[TraceStep]:
    provision = assessment.provision
    return [TraceStep(f"requirement.{check.requirement.split()[0]}", f"{check.status.value}: {check.detail}",
                      provision.id, provision.clause_path, {"status": check.status.value, **check.parameters})
            for check in assessment.checks]


def _potential(run: _Run, provision: Provision, assessment: Assessment) -> int | None:
    """What a provision would pay if the missing facts turned out well."""
    amount = AMOUNT_RULES[provision.kind](run.context(provision, assessment))
    return amount.maximum


AMOUNT_ONLY_QUESTIONS = frozenset({"patent_funding_received_cny", "investment_total_cny"})
"""Unknown facts that bound an established benefit's amount (a range) rather than decide whether it is paid."""


def _hinges(checks: list[Check] | tuple[Check, ...]) -> list[Check]:
    """The unknown facts a benefit hinges on: while any is open, the benefit is could-add, not counted."""
    return [check for check in checks if check.question and check.question not in AMOUNT_ONLY_QUESTIONS]


def _could_add(run: _Run, provision: Provision, amount: Amount, hinges: list[Check] | tuple[Check, ...],
               *, minimum: int | None = None, basis: str | None = None) -> None:
    """List what a provision would add once the facts it hinges on are stated (never counted)."""
    keys = tuple(dict.fromkeys(check.question for check in hinges if check.question))
    texts = [question_text(key, run.rules.titles.get(key[8:]) if key.startswith("applies:") else None,
                           run.rules.induced_labels) for key in keys]
    low = 0 if provision.discretionary else (amount.minimum if minimum is None else minimum)
    run.could_add.append(CouldAdd(
        provision.id, provision.clause_path, run.rules.titles[provision.id], run.rules.titles_en[provision.id],
        provision.kind.value, min(low, amount.maximum) if amount.maximum is not None else low, amount.maximum, keys,
        tuple(zh for zh, _ in texts), tuple(en for _, en in texts), basis or amount.basis, provision.quote,
        provision.span, provision.discretionary, provision.qualifications, provision.level))
    for key in keys:
        run.ask(key, amount.maximum, provision, refines=True)


def _without_pending(assessment: Assessment) -> Assessment:
    return replace(assessment, matched=tuple(f for f in assessment.matched if f not in assessment.pending),
                   pending=(), pending_checks=())


def _established(run: _Run, provision: Provision, assessment: Assessment, amount: Amount) -> Amount:
    """The part of ``amount`` the stated facts establish (facts still missing a date or a level
    count only toward what the provision could add, listed apart)."""
    if not assessment.pending or provision.kind is ProvisionKind.RATE_WITH_CAP:
        return amount
    established = AMOUNT_RULES[provision.kind](run.context(provision, _without_pending(assessment)))
    settled = AMOUNT_RULES[provision.kind](run.context(provision, replace(assessment, pending=(), pending_checks=())))
    extra = (amount.maximum or 0) - (established.maximum or 0)
    if extra > 0:  # at least what the pending facts add once settled (nothing sure where a reading is open)
        _could_add(run, provision, replace(amount, maximum=extra), assessment.pending_checks,
                   minimum=max(0, settled.minimum - established.minimum),
                   basis=f"{amount.basis}（其中 {cny_zh(extra)} 取决于待确认的事项 depends on facts not yet "
                         "established）")
    return established


def _add_benefit(run: _Run, provision: Provision, assessment: Assessment, amount: Amount,
                 ambiguity: str | None = None, reading_range: tuple[int, int] | None = None,
                 floor: int = 0, extra_trace: tuple[TraceStep, ...] = ()) -> None:
    """List a benefit the stated facts establish — or, when it hinges on an unstated fact, list it
    as could-add; ``floor`` is an amount already certain by another route (the default row of a
    split), which an unknown fact about a better row cannot take away."""
    hinges = _hinges([*assessment.unknown(), *amount.unknown])
    if hinges:
        _could_add(run, provision, amount, hinges)
        return
    amount = _established(run, provision, assessment, amount)
    run.assume(*amount.assumptions)
    unknown = [*assessment.unknown(), *amount.unknown]
    if ambiguity is None and amount.ambiguity is not None:
        ambiguity, reading_range = amount.ambiguity, amount.reading_range
        run.ambiguities.append(ambiguity)
    minimum = amount.minimum
    if unknown or provision.discretionary:
        minimum = 0
    minimum = max(minimum, floor) if not provision.discretionary else minimum
    trace = [*_requirement_trace(assessment),
             TraceStep(f"amount.{provision.kind.value}", amount.basis, provision.id, provision.clause_path,
                       amount.parameters), *extra_trace]
    if provision.discretionary:
        trace.append(TraceStep("discretion", "经综合评估/择优/一事一议: nothing is guaranteed (minimum 0)",
                               provision.id, provision.clause_path))
    run.benefits.append(Benefit(
        provision.id, provision.clause_path, run.rules.titles[provision.id], provision.kind.value, minimum,
        amount.maximum, provision.discretionary, amount.basis, provision.quote, provision.span, tuple(trace),
        tuple(dict.fromkeys(c.question for c in unknown if c.question)), ambiguity,
        run.rules.titles_en[provision.id], reading_range, provision.qualifications,
        tuple(MatchedFact(fact.concept, fact.level, fact.date, fact.count) for fact in assessment.matched
              if fact.held and fact not in assessment.pending)))
    for check in unknown:
        if check.question:
            run.ask(check.question, amount.maximum, provision, refines=True)


def _counts_as_not_eligible(assessment: Assessment) -> bool:
    unmet = assessment.unmet()
    if not unmet:
        return False
    if any(check.requirement != "area" for check in unmet):
        return True
    return any(check.status is Status.MET and check.requirement.startswith("holds") for check in assessment.checks)


def _reject(run: _Run, assessment: Assessment, worth: Amount | None = None) -> None:
    provision = assessment.provision
    unmet = assessment.unmet()
    run.not_eligible.append(NotEligible(provision.id, provision.clause_path, run.rules.titles[provision.id],
                                        tuple(check.detail for check in unmet), provision.quote, provision.span,
                                        tuple(check.detail_zh or check.detail for check in unmet),
                                        tuple(check.requirement for check in unmet), provision.qualifications))
    if len(unmet) == 1 and unmet[0].fix and not assessment.not_asked():
        amount = worth or AMOUNT_RULES[provision.kind](run.context(provision, assessment))
        _path(run, provision, unmet[0].fix, amount)


def _path(run: _Run, provision: Provision, fix: Fix, amount: Amount) -> None:
    labels = run.rules.induced_labels
    run.path_to_more.append(PathToMore(provision.id, provision.clause_path, fix.en(labels), fix.zh(labels),
                                       amount.maximum, 0 if provision.discretionary else amount.minimum))


def _evaluate_one(run: _Run, provision: Provision) -> None:
    assessment = assess(provision, run.facts, run.rules, run.as_of)
    status = assessment.status
    if assessment.unmet():
        if _counts_as_not_eligible(assessment):
            _reject(run, assessment)
        return
    if status is Status.NOT_ASKED:
        value = _potential(run, provision, assessment)
        for check in assessment.not_asked():
            if check.question:
                run.ask(check.question, value, provision)
        return
    amount = AMOUNT_RULES[provision.kind](run.context(provision, assessment))
    if not assessment.matched:
        # the provision names nobody the profile is known to be: unless its base quantity is
        # stated, nothing ties it to this company, so it is a question, not a benefit
        touched = provision.kind is ProvisionKind.RATE_WITH_CAP and provision.base_quantity is not None and \
            not any(check.requirement == "base" for check in amount.unknown)
        bounds = [check for check in assessment.checks if check.requirement == "quantity"]  # 纳税总额X万元以上
        measured = measured_units(provision, run.facts)  # 每平方米1000元 and the floor area said: the company's
        touched = touched or (measured is not None and measured[1] is not None)
        steps = money_steps(provision, run.rules.record, run.facts, run.as_of)  # 每超过X亿元: the capital said
        touched = touched or (steps is not None and steps.count is not None)
        if not touched and provision.beneficiary is not None and bounds and \
                all(check.status is Status.MET for check in bounds):
            touched = True  # a payee read, and a quantity the company stated meets the award's bounds: the company's
        if not touched:
            key = f"base:{provision.base_quantity}" if provision.base_quantity else f"applies:{provision.id}"
            key = f"base:{measured[0]}" if measured is not None else key  # 每平方米: the floor area is asked
            key = f"base:{steps.concept}" if steps is not None else key  # 每超过X亿元: the capital is asked
            key = next((check.question for check in bounds if check.question), key)
            run.ask(key, amount.maximum, provision)
            return
    _add_benefit(run, provision, assessment, amount)


def _evaluate_split(run: _Run, rows: tuple[Provision, ...]) -> None:
    """A rate whose cap differs by enterprise type: choose the row(s) that apply."""
    residual = default_row(rows)
    shared = assess(residual, run.facts, run.rules, run.as_of)
    others = [(row, assess(row, run.facts, run.rules, run.as_of)) for row in rows if not row.residual]
    if shared.unmet():
        for _, a in [*others, (residual, shared)]:
            if _counts_as_not_eligible(a):
                _reject(run, a)
        return
    if shared.status is Status.NOT_ASKED:
        best = max((_potential(run, row, shared) or 0 for row in rows), default=0)
        for check in shared.not_asked():
            if check.question:
                run.ask(check.question, best, residual)
        return
    applying = [(row, a) for row, a in others if not a.unmet() and a.status is not Status.NOT_ASKED]
    residual_amount = rate_amount(run.context(residual, shared), residual.cap_cny)
    for row, a in others:
        if a.unmet() and _counts_as_not_eligible(a):
            row_amount = rate_amount(run.context(row, a), row.cap_cny)
            gain = max(0, (row_amount.maximum or 0) - (residual_amount.maximum or 0))
            _reject(run, a, replace(row_amount, minimum=min(gain, row_amount.minimum), maximum=gain))
    listed = len(run.benefits)
    _add_split_benefit(run, residual, shared, residual_amount, applying)
    added = run.benefits[listed:]
    established = added[0].amount_max_cny or 0 if added else None
    for row, a in others:
        if a.status is Status.NOT_ASKED and not a.unmet():
            row_amount = rate_amount(run.context(row, a), row.cap_cny)
            gain = (row_amount.maximum or 0) - (residual_amount.maximum or 0 if established is None else established)
            if established is not None and gain > 0:  # the type is not stated: the default row's cap is used
                _could_add(run, row, replace(row_amount, maximum=gain), a.not_asked(), minimum=gain,
                           basis=f"{row_amount.basis}（较已计入部分多 {cny_zh(gain)} more than counted）")
                zh, en = row_names(residual, residual)
                run.assume(Assumption(f"type:{residual.id}", f"未说明企业类型：{citation(residual.clause_path)}按"
                                      f"「{zh}」上限计算", f"Enterprise type not stated: "
                                      f"{citation(residual.clause_path)} uses the cap for {en}"))
                continue
            for check in a.not_asked():
                if check.question:
                    run.ask(check.question, max(gain, 0), row, refines=True)


def _add_split_benefit(run: _Run, residual: Provision, shared: Assessment, residual_amount: Amount,
                       applying: list[tuple[Provision, Assessment]]) -> None:
    """The benefit of a split rate under the row(s) whose type the company is known to be."""
    if not applying:
        _add_benefit(run, residual, shared, residual_amount)
        return
    residual_lines = rate_lines(run.context(residual, shared), residual.cap_cny)
    typed = [(row, rate_lines(run.context(row, a), row.cap_cny)) for row, a in applying]
    if residual_lines is None or any(lines is None for _, lines in typed):
        _add_whole_readings(run, residual, shared, residual_amount, applying)
        return
    # a type whose recognition came after the last year stated pays no year: it drops out
    mixed = mix_years(residual, residual_lines, [(row, lines) for row, lines in typed if lines])
    _add_mixed(run, residual, shared, residual_amount, mixed, applying)


def _several_types_note(cited: Provision, residual: Provision, rows: list[Provision], high: int, low: int) -> str:
    labels = load_vocabulary()
    kinds = "、".join(labels[q].label_zh for row in rows for q in row.qualifications
                     if q not in residual.qualifications and q in labels)
    if is_raise(cited.quote):  # 比例可上调10%: a rate raised for a type, not a cap by type
        kind = kinds or (cited.beneficiary.label if cited.beneficiary else "该类企业")
        return (f"{citation(cited.clause_path)} 「{kind}」的比例可上调：上调后的比例计入最高可得 {cny_zh(high)}，"
                f"确定部分只按原比例 {cny_zh(low)}。 The rate may be raised for {kind}: the raised rate counts only "
                f"in the most ({cny_zh(high)}); what is sure is at the printed rate ({cny_zh(low)}).")
    return (f"{citation(cited.clause_path)} 上限按企业类型不同，本企业同时属于{kinds}；原文未说明适用哪一上限，"
            f"本测算取较高者 {cny_zh(high)}（按较低上限为 {cny_zh(low)}）。 "
            f"The cap differs by enterprise type and the company is several types at once; the text does not "
            f"say which cap applies. We apply the higher cap, as a firm takes the most favourable category it "
            f"belongs to; the lower cap would give {cny_zh(low)}.")


def _add_mixed(run: _Run, residual: Provision, shared: Assessment, residual_amount: Amount, mixed: MixedRate,
               applying: list[tuple[Provision, Assessment]]) -> None:
    """The benefit of a split rate whose years are all known: each year under the best row the
    company belonged to that year (the residual row before a recognition, the type's after)."""
    if mixed.cited.id == residual.id:
        _add_benefit(run, residual, shared, residual_amount)
        return
    assessment = next(a for row, a in applying if row.id == mixed.cited.id)
    cited_amount = rate_amount(run.context(mixed.cited, assessment), mixed.cited.cap_cny)
    sure = min(_certain_floor(run, residual_amount, shared, applying), mixed.total)
    if not mixed.mixed and not mixed.contested:
        _add_benefit(run, mixed.cited, assessment, cited_amount, floor=sure)
        return
    used = mixed.rows_used()
    basis = "; ".join(choice.line.text() + (f"（{row_label(choice.row, residual)}）" if len(used) > 1 else "")
                      for choice in mixed.choices)
    parameters = {**cited_amount.parameters, "base": {c.line.label: str(c.line.base) for c in mixed.choices},
                  "cap_by_year": {c.line.label: c.line.cap for c in mixed.choices},
                  "paid": {c.line.label: c.line.paid for c in mixed.choices},
                  "base_parts": {c.line.label: list(c.line.parts) for c in mixed.choices},
                  "raw": {c.line.label: c.line.raw for c in mixed.choices},
                  "row_by_year": {c.line.label: c.row.id for c in mixed.choices}}
    more = sum(c.line.most - c.line.paid for c in mixed.choices)  # a base said as a lower bound: up to the cap
    amount = Amount(mixed.least, mixed.total + more, basis, parameters, cited_amount.unknown,
                    assumptions=cited_amount.assumptions)
    others = tuple(TraceStep("amount.rate_with_cap.years",
                             f"{', '.join(years)}: {row_label(row, residual)} → "
                             + (f"cap {cny_zh(row.cap_cny)}" if row.cap_cny is not None else "no cap"),
                             row.id, row.clause_path, {"cap_cny": row.cap_cny, "years": years})
                   for row, years in used.values() if row.id != mixed.cited.id)
    if not mixed.contested:
        _add_benefit(run, mixed.cited, assessment, amount, floor=sure, extra_trace=others)
        return
    note = _several_types_note(mixed.cited, residual, [row for row, _ in applying], mixed.total,
                               mixed.lowest_reading)
    run.ambiguities.append(note)
    _add_benefit(run, mixed.cited, assessment, amount, ambiguity=note,
                 reading_range=(mixed.lowest_reading, mixed.total), floor=sure, extra_trace=others)


def _certain_floor(run: _Run, residual_amount: Amount, shared: Assessment,
                   applying: list[tuple[Provision, Assessment]]) -> int:
    """What a split rate pays for sure whatever else is unknown: the residual row's certain
    amount, or a type's whose facts are all known (an undated recognition as a leader must not
    take away the certain amount as above-scale industrial)."""
    sure = 0 if residual_amount.unknown or shared.unknown() else residual_amount.minimum
    for row, assessment in applying:
        if assessment.unknown():
            continue
        amount = rate_amount(run.context(row, assessment), row.cap_cny)
        if not amount.unknown:
            sure = max(sure, amount.minimum)
    return sure


def _add_whole_readings(run: _Run, residual: Provision, shared: Assessment, residual_amount: Amount,
                        applying: list[tuple[Provision, Assessment]]) -> None:
    """A split rate whose base is not known year by year: the best row's whole reading."""
    results = sorted(((rate_amount(run.context(row, a), row.cap_cny), row, a) for row, a in applying),
                     key=lambda item: item[0].maximum or 0)
    low, (high_amount, high_row, high_assessment) = results[0], results[-1]
    if (residual_amount.maximum or 0) > (high_amount.maximum or 0):
        # the type's cap counts only from when the company became that type; the residual row,
        # counting every year, gives more: a recognition never lowers what the company gets
        _add_benefit(run, residual, shared, residual_amount)
        return
    sure = _certain_floor(run, residual_amount, shared, applying)
    sure = min(sure, high_amount.maximum if high_amount.maximum is not None else sure)
    if len(results) == 1 or low[0].maximum == high_amount.maximum:  # one type, or the caps pay the same
        _add_benefit(run, high_row, high_assessment, high_amount, floor=sure)
        return
    note = _several_types_note(high_row, residual, [row for _, row, _ in results], high_amount.maximum or 0,
                               low[0].maximum or 0)
    run.ambiguities.append(note)
    _add_benefit(run, high_row, high_assessment, high_amount, ambiguity=note,
                 reading_range=(low[0].maximum or 0, high_amount.maximum or 0), floor=sure)


YEARLY_KINDS = frozenset({ProvisionKind.ANNUAL, ProvisionKind.ANNUAL_UP_TO})
"""Kinds paid year after year (连续支持三年): their last year is later than the event."""
_ALTERNATIVE_KEYS = ("level:", "round:", "tier:")


def _merge_alternative_tiers(run: _Run) -> None:
    """Tiers of one clause listed only because the level or round is unknown are one could-add
    entry: only one of them can be paid, so the entry spans the lowest to the highest tier."""
    groups: dict[tuple[object, ...], list[CouldAdd]] = defaultdict(list)
    before = list(run.could_add)
    for entry in run.could_add:
        if any(key.startswith(_ALTERNATIVE_KEYS) for key in entry.hinges):
            provision = run.rules.record.provision(entry.provision_id)
            tiers = alternative_tiers(provision, run.rules.benefits)  # one list of tiers, whatever their kinds
            key = tuple(sorted(p.id for p in tiers)) if tiers else \
                (provision.clause_id, frozenset(provision.qualifications), provision.kind)
            groups[key].append(entry)
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = max(members, key=lambda m: m.amount_max_cny or 0)
        others = "; ".join(f"{m.title}: {m.basis}" for m in members if m is not keep)
        merged = replace(keep, amount_min_cny=min(m.amount_min_cny for m in members),
                         basis=f"{keep.basis}（级别/批次未明，按实际档次 level or round not stated; alternatives: "
                               f"{others}）")
        run.could_add[run.could_add.index(keep)] = merged
        for member in members:
            if member is not keep:
                run.could_add.remove(member)
    _recount_questions(run, before)


def _one_grade_per_holder(run: _Run) -> None:
    """Tiers that are grades of one scale (五级、四级、三级; 三星级、四星级、五星级) pay one grade per holder."""
    record = run.rules.record
    clauses = {clause.id: clause for clause in record.clauses}

    def clause_text(provision: Provision) -> str:
        """The provision's clause with the clauses around it (对获得奖励后获更高级别认定的… may close the article)."""
        texts: list[str] = []
        clause_id: str | None = provision.clause_id
        while clause_id is not None and clause_id in clauses:
            clause = clauses[clause_id]
            texts.append(record.text[clause.start:clause.end])
            clause_id = clause.parent_id
        return "\n".join(texts)

    before = list(run.could_add)
    kept = keep_one_grade(run.benefits, run.could_add, run.rules.benefits, clause_text, told_apart(run.facts))
    run.benefits[:], run.could_add[:] = kept.benefits, kept.could_add
    _recount_questions(run, before)


def _recount_questions(run: _Run, before: list[CouldAdd]) -> None:
    """What a question could add, once could-add entries were merged or cut to a difference: each
    entry's hinges are worth what the entry now adds, not what its tiers would add summed."""
    now = {entry.provision_id: entry.amount_max_cny or 0 for entry in run.could_add}
    for entry in before:
        cut = (entry.amount_max_cny or 0) - now.get(entry.provision_id, 0)
        for key in entry.hinges if cut > 0 else ():
            run.question_value[key] = max(0, run.question_value[key] - cut)


def _governed_by(run: _Run, rule: Provision) -> list[Benefit]:
    """The listed benefits a rule over payouts governs: those of its sentence or clause as the reader listed them,
    else those of its scope as a ceiling's (the nearest clause holding it that pays awards, or the whole policy)."""
    if rule.governs:
        return [b for b in run.benefits if b.provision_id in rule.governs]
    scope = ceiling_scope(rule, run.rules.record, run.rules.benefits)
    return [b for b in run.benefits if scope.governs(run.rules.record.provision(b.provision_id))]


def _apply_share_caps(run: _Run) -> None:
    """各级财政资助总额不超过投资总额的X%: limit the benefits such a condition governs."""
    for rule in run.rules.rules:
        if rule.subtype != "funding_share_cap" or rule.rate is None:
            continue
        governed = _governed_by(run, rule)
        if not governed:
            continue
        if run.facts.investment_total is None:
            for benefit in governed:
                source = run.rules.record.provision(benefit.provision_id)
                run.ask("investment_total_cny", benefit.amount_max_cny, source)
            continue
        other = whole_yuan(run.facts.other_funding or Decimal(0))
        room = max(0, whole_yuan(rule.rate * run.facts.investment_total) - other)
        detail = (f"各级财政资助总额 ≤ {percent(rule.rate)} × {cny_zh(whole_yuan(run.facts.investment_total))} − "
                  f"已获 {cny_zh(other)} = {cny_zh(room)}")
        for benefit in governed:
            limited = min(benefit.amount_max_cny or 0, room)
            room -= limited
            step = TraceStep("condition.funding_share_cap", detail, rule.id, rule.clause_path,
                             {"rate": str(rule.rate), "investment_total_cny": whole_yuan(run.facts.investment_total),
                              "other_funding_cny": other, "room_cny": room + limited, "limited_cny": limited})
            index = run.benefits.index(benefit)
            readings = benefit.reading_range_cny
            run.benefits[index] = replace(
                benefit, amount_max_cny=limited, amount_min_cny=min(benefit.amount_min_cny, limited),
                basis=f"{benefit.basis}; {detail} → {cny_zh(limited)}", trace=(*benefit.trace, step),
                reading_range_cny=(min(readings[0], limited), min(readings[1], limited)) if readings else None)


def _obligations(run: _Run, total_max: int, unbounded: bool) -> list[Obligation]:
    listed = {b.provision_id for b in run.benefits}
    result = []
    for rule in run.rules.rules:
        applies = None if rule.scope == "policy" else tuple(i for i in rule.governs if i in listed)
        if applies == ():
            continue
        departure = run.facts.planned_departure
        within = None
        exposure = None
        since = None
        if rule.subtype == "stay_or_refund" and rule.years:
            exposure = None if unbounded and not total_max else total_max
            since = _last_enjoyed_year(run)
            if departure is not None and since is not None:
                within = departure.year < since + rule.years
        result.append(Obligation(rule.id, rule.clause_path, rule.kind.value, rule.subtype, rule.quote, rule.span,
                                 applies, rule.years, exposure, departure, within, since))
    return result


def _last_enjoyed_year(run: _Run) -> int | None:
    """The latest year the company enjoys support in (the promised years run from it): for each
    benefit paid, the latest in-window date of a qualification it names — plus the further years
    of a yearly fund (连续支持三年) — or the latest year a rate pays for; None when nothing is paid.
    A recognition that pays nothing does not move it."""
    record = run.rules.record
    start = record.valid_from or dt.date.min
    end = min(record.valid_until or run.as_of, run.as_of)
    years: list[int] = []
    for benefit in run.benefits:
        provision = record.provision(benefit.provision_id)
        dated = [fact.date.year for concept in benefit.qualifications for fact in run.facts.by_concept.get(concept, ())
                 if fact.held and fact.date is not None and start <= fact.date <= end]
        if dated:
            further = (provision.years or 1) - 1 if provision.kind in YEARLY_KINDS else 0
            years.append(max(dated) + further)
        years += [int(label) for step in benefit.trace for label in (step.parameters.get("paid") or {})
                  if str(label).isdigit()]
    return max(years, default=None)


def _questions(run: _Run) -> list[Question]:
    ranked = sorted(run.question_value.items(), key=lambda item: (-item[1], item[0]))
    questions = []
    for key, value in ranked:
        title = run.rules.titles.get(key[8:]) if key.startswith("applies:") else None
        zh, en = question_text(key, title, run.rules.induced_labels)
        questions.append(Question(key, zh, en, value, tuple(run.question_provisions[key]), key in run.refining))
    return questions


def evaluate(profile: CompanyProfile, as_of: dt.date, graph: Graph | PolicyRules) -> EligibilityResult:
    """Everything ``profile`` can claim under the policy in ``graph`` on ``as_of``."""
    rules = graph if isinstance(graph, PolicyRules) else rules_from_graph(graph)
    run = _Run(rules, company_facts(profile), as_of)
    done: set[str] = set()
    for provision in rules.benefits:
        if provision.id in done or provision.id in rules.programme_budgets:
            continue
        rows = rules.split_rows.get(provision.id)
        if rows:
            done.update(row.id for row in rows)
            _evaluate_split(run, rows)
        else:
            _evaluate_one(run, provision)
    run.benefits[:] = apply_count_caps(run.benefits, rules)
    _one_grade_per_holder(run)
    run.benefits[:], run.could_add[:] = one_of_items(run.benefits, run.could_add, rules.rules)
    _merge_alternative_tiers(run)
    _apply_share_caps(run)
    run.benefits[:] = apply_ceilings(run.benefits, rules)
    run.could_add[:] = limit_could_add(run.could_add, rules)
    run.could_add[:] = limit_could_add_counts(run.could_add, run.benefits, rules)
    total_min = sum(b.amount_min_cny for b in run.benefits)
    total_max = sum(b.amount_max_cny for b in run.benefits if b.amount_max_cny is not None)
    unbounded = any(b.amount_max_cny is None for b in run.benefits)
    _assume_in_area(run, total_max)
    status = policy_status(rules, as_of)
    # a policy that can no longer be applied to offers no path to more
    paths = () if status == "expired" else tuple(run.path_to_more)
    return EligibilityResult(
        policy=rules.record.header_json(), as_of=as_of, policy_status=status, notice=status_notice(rules, status),
        benefits=tuple(run.benefits), total_min_cny=total_min, total_max_cny=total_max,
        total_max_unbounded=unbounded, obligations=tuple(_obligations(run, total_max, unbounded)),
        not_eligible=tuple(run.not_eligible), path_to_more=paths,
        questions=tuple(_questions(run)), ambiguities=tuple(run.ambiguities), could_add=tuple(run.could_add),
        assumptions=tuple(run.assumptions.values()), concept_labels=rules.induced_labels,
        caveats=caveats(rules, run.benefits))


def _assume_in_area(run: _Run, total_max: int) -> None:
    """Where the company is was not stated: the totals take it to be (or to be coming) in the
    policy's area; say so, and ask."""
    listed = [b.provision_id for b in run.benefits] + [c.provision_id for c in run.could_add]
    if run.facts.in_zone is not None or not listed:
        return
    run.assume(Assumption("location.in_zone", "未说明注册地：按贵公司已在（或将落户）本政策适用区域内计算",
                          "Location not stated: counted as registered (or about to register) in the area this "
                          "policy covers"))
    for provision_id in listed:
        run.ask("location.in_zone", 0, run.rules.record.provision(provision_id))
    run.question_value["location.in_zone"] = total_max
    run.refining.add("location.in_zone")
