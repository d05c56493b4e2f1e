"""A printable bilingual summary of an eligibility result, every number with its citation."""

from __future__ import annotations

import dataclasses

from assistant.eligibility.questions import MAX_QUESTIONS, company_context, question_text, relevant_questions
from assistant.eligibility.result import EligibilityResult, NotEligible, Obligation
from assistant.eligibility.rules import PolicyRules
from assistant.eligibility.whatif import Comparison
from assistant.format import cny_zh, markdown_text
from assistant.kind_words import subtype_label
from assistant.profile import CompanyProfile

STATUS_WORDS = {"in_force": ("有效", "in force"), "expired": ("已失效", "expired"),
           "not_yet_in_force": ("尚未生效", "not yet in force"), "unknown": ("有效期未知", "validity unknown")}


def citation(clause_path: tuple[str, ...]) -> str:
    """``("三", "（二）", "6")`` → ``〔三（二）6〕``."""
    return f"〔{''.join(clause_path) or '正文'}〕"


def amount_range(minimum: int, maximum: int | None) -> str:
    if maximum is None:
        return f"{cny_zh(minimum)} – 不定 open" if minimum else "一事一议 case by case"
    if minimum == maximum:
        return cny_zh(maximum)
    return f"{cny_zh(minimum)} – {cny_zh(maximum)}"


TIER_REQUIREMENTS = frozenset({"level", "round"})
"""Missed only by level or round: another tier of a clause that already pays the company."""


def closest_misses(result: EligibilityResult) -> list[NotEligible]:
    """For each clause the company misses, the rows it misses by the fewest requirements (the
    other tiers of a clause only add noise), each set of reasons once; a measure that already
    pays the company (same clause, same qualifications) does not list its other tiers."""
    paid = {(benefit.clause_path, frozenset(benefit.qualifications)) for benefit in result.benefits}
    fewest: dict[tuple[str, ...], int] = {}
    for item in result.not_eligible:
        fewest[item.clause_path] = min(fewest.get(item.clause_path, len(item.reasons)), len(item.reasons))
    seen: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
    misses = []
    for item in result.not_eligible:
        key = (item.clause_path, item.reasons)
        other_tier = (item.clause_path, frozenset(item.qualifications)) in paid and \
            set(item.requirements) <= TIER_REQUIREMENTS
        if len(item.reasons) == fewest[item.clause_path] and key not in seen and not other_tier:
            seen.add(key)
            misses.append(item)
    return misses


def with_relevant_questions(result: EligibilityResult, rules: PolicyRules, profile: CompanyProfile
                            ) -> EligibilityResult:
    """``result`` keeping only the follow-up questions worth asking this company, most relevant
    first, at most :data:`MAX_QUESTIONS` (see :func:`relevant_questions`)."""
    asked = tuple(relevant_questions(result, rules, company_context(profile)))
    return dataclasses.replace(result, questions=asked)


def eligibility_markdown(result: EligibilityResult, company: str | None = None) -> str:
    """The result as a printable bilingual Markdown summary: totals, then one section per part."""
    lines = [*_header_lines(result, company), *_benefit_lines(result), *_assumption_lines(result),
             *_could_add_section(result), *_miss_lines(result), *_ambiguity_lines(result),
             *_ceiling_section(result), *_obligation_lines(result), *_path_lines(result), *_question_lines(result)]
    return "\n".join(lines) + "\n"


def _header_lines(result: EligibilityResult, company: str | None) -> list[str]:
    """Title, notice, company, date and status, and the two totals."""
    zh_status, en_status = STATUS_WORDS[result.policy_status]
    notice = [f"> **{result.notice}**", ""] if result.notice else []
    return [
        f"# {result.policy['title']}", "", *notice,
        f"- 企业 Company: {markdown_text(company) if company else '—'}",
        f"- 测算日期 As of: {result.as_of} · 政策状态 Status: **{zh_status} {en_status}** "
        f"（{result.policy['valid_from'] or '?'} → {result.policy['valid_until'] or '?'}）",
        f"- 确定可得 Guaranteed: **{cny_zh(result.total_min_cny)}** · 最高可得 Up to: "
        f"**{cny_zh(result.total_max_cny)}**" + ("，另有一事一议 plus case-by-case support"
                                               if result.total_max_unbounded else ""), ""]


def _benefit_lines(result: EligibilityResult) -> list[str]:
    """The benefits table: clause, measure, amount (with what is still to confirm), basis, quote."""
    lines = ["## 可享受的支持 Benefits", "", "| 条款 Clause | 事项 Measure | 金额 Amount | 依据 Basis | 原文 Quote |",
             "|---|---|---|---|---|"]
    for b in result.benefits:
        flag = "（需评估 discretionary）" if b.discretionary else ""
        asked = "；".join(markdown_text(question_text(key, b.title, result.concept_labels)[0]) for key in b.unknown)
        unknown = f"（待确认 to confirm: {asked}）" if b.unknown else ""
        lines.append(f"| {citation(b.clause_path)} | {markdown_text(b.title)}{flag} | "
                     f"{amount_range(b.amount_min_cny, b.amount_max_cny)}{unknown} | {markdown_text(b.basis)} | "
                     f"{markdown_text(b.quote)} |")
    if not result.benefits:
        lines.append("| — | 暂无 none yet | — | — | — |")
    return lines


def _assumption_lines(result: EligibilityResult) -> list[str]:
    if not result.assumptions:
        return []
    return ["", "## 测算所依据的假设 Assumed", "",
            *(f"- {markdown_text(a.zh)} / {markdown_text(a.en)}" for a in result.assumptions)]


def _could_add_section(result: EligibilityResult) -> list[str]:
    """What stating more facts could add, apart from the totals."""
    if not result.could_add:
        return []
    return ["", "## 若…还可得（不计入合计） Could add, if… (not in the totals)", "",
            "| 条款 Clause | 事项 Measure | 金额 Amount | 取决于 Hinges on |", "|---|---|---|---|",
            *(f"| {citation(c.clause_path)} | {markdown_text(c.title)} / {markdown_text(c.title_en)} | "
              f"{amount_range(c.amount_min_cny, c.amount_max_cny)} | "
              f"{markdown_text('；'.join(c.questions_zh))} / {markdown_text(' '.join(c.questions_en))} |"
              for c in result.could_add)]


def _miss_lines(result: EligibilityResult) -> list[str]:
    misses = closest_misses(result)
    if not misses:
        return []
    return ["", "## 未能适用 Not available, and why", "",
            *(f"- {citation(m.clause_path)} {markdown_text(m.title)}：{markdown_text('；'.join(m.reasons_zh))} / "
              f"{markdown_text('; '.join(m.reasons))}" for m in misses)]


def _ambiguity_lines(result: EligibilityResult) -> list[str]:
    if not result.ambiguities:
        return []
    return ["", "## 条文存在两种理解 Ambiguous wording", "", *(f"- {a}" for a in result.ambiguities)]


def _ceiling_section(result: EligibilityResult) -> list[str]:
    """The ceilings on what one company receives that cut an award (with the cut), and the rules that could lower
    the totals but were not applied (each with its sentence)."""
    cuts = [(b, step) for b in result.benefits for step in b.trace
            if step.rule in ("condition.enterprise_annual_cap", "condition.article_cap")]
    lines = [f"- {citation(step.clause_path)} {citation(b.clause_path)} {markdown_text(b.title)}："
             f"{markdown_text(step.detail)}" for b, step in cuts]
    lines += [f"- {citation(c.clause_path)} 未计入 not applied：{markdown_text(c.zh)} / {markdown_text(c.en)}："
              f"{markdown_text(c.quote)}" for c in result.caveats if result.benefits]
    return ["", "## 单个企业上限与未计入的限制 Ceilings and limits not applied", "", *lines] if lines else []


def _obligation_lines(result: EligibilityResult) -> list[str]:
    """Every obligation and condition, with the benefits it governs (always a section)."""
    clauses = {b.provision_id: citation(b.clause_path) for b in result.benefits}
    return ["", "## 义务与条件 Obligations and conditions", "",
            *(_obligation_line(o, clauses) for o in result.obligations)]


def _obligation_line(o: Obligation, clauses: dict[str, str]) -> str:
    """One obligation: its words, what it applies to, the refund exposure and a departure it catches."""
    scope = "全部支持 all benefits" if o.applies_to is None else \
        "适用于 applies to " + "".join(dict.fromkeys(clauses.get(i, "") for i in o.applies_to))
    extra = ""
    if o.subtype == "stay_or_refund" and o.years:
        extra = (f" — 已获资金最多 {cny_zh(o.refund_exposure_max_cny or 0)} 须退回 "
                 f"up to {cny_zh(o.refund_exposure_max_cny or 0)} to refund")
        if o.departure_within_period:
            extra += f"；**计划于{o.planned_departure}迁离：须退款 planned departure triggers a refund**"
    return (f"- {citation(o.clause_path)} {markdown_text(obligation_words(o))}（{scope}）{extra}："
            f"{markdown_text(o.quote)}")


def _path_lines(result: EligibilityResult) -> list[str]:
    if not result.path_to_more:
        return []
    return ["", "## 争取更多 Path to more", "",
            *(f"- {citation(p.clause_path)} {p.change_zh} / {p.change} → "
              f"+{amount_range(p.value_min_cny, p.value_max_cny)}" for p in result.path_to_more)]


def _question_lines(result: EligibilityResult) -> list[str]:
    if not result.questions:
        return []
    return ["", "## 待补充信息 Questions that could change the total", "",
            *(f"- {q.question_zh} / {q.question_en}（最多影响 up to {cny_zh(q.value_cny)}）"
              for q in result.questions[:MAX_QUESTIONS])]


def obligation_words(obligation: Obligation) -> str:
    """An obligation or condition by its name in words, in Chinese and English, from the
    ontology's labels (``stay_or_refund`` with 10 years → 在本区持续经营10年，否则退回已获资金 / …)."""
    zh, en = subtype_label(obligation.subtype, "zh"), subtype_label(obligation.subtype, "en")
    if obligation.years:
        zh = zh.replace("持续经营", f"持续经营{obligation.years}年", 1) if "持续经营" in zh else \
            f"{zh}（{obligation.years}年）"
        en = f"{en} ({obligation.years} years)"
    return f"{zh} / {en}"


def status_words(status: str) -> str:
    zh, en = STATUS_WORDS.get(status, STATUS_WORDS["unknown"])
    return f"{zh} {en}"


def _signed(value: int) -> str:
    return f"+{cny_zh(value)}" if value >= 0 else f"−{cny_zh(-value)}"


def whatif_markdown(comparison: Comparison) -> str:
    a, b = comparison.a, comparison.b
    lines = ["| | A | B | 差额 Difference |", "|---|---|---|---|",
             f"| 测算日期 As of | {a.as_of} | {b.as_of} | |",
             f"| 政策状态 Status | {status_words(a.policy_status)} | {status_words(b.policy_status)} | |",
             f"| 确定可得 Guaranteed | {cny_zh(a.total_min_cny)} | {cny_zh(b.total_min_cny)} | "
             f"{_signed(comparison.delta_min_cny)} |",
             f"| 最高可得 Up to | {cny_zh(a.total_max_cny)} | {cny_zh(b.total_max_cny)} | "
             f"{_signed(comparison.delta_max_cny)} |",
             "", "| 事项 Measure | A | B |", "|---|---|---|"]
    benefits = {benefit.provision_id: benefit for benefit in (*a.benefits, *b.benefits)}
    for change in comparison.changes:
        benefit = benefits.get(change.provision_id)
        measure = markdown_text(change.title)
        if benefit is not None:
            measure = f"{citation(benefit.clause_path)} {measure} / {markdown_text(benefit.title_en or '')}"
        lines.append(f"| {measure} | {amount_range(*change.before) if change.before else '—'} | "
                     f"{amount_range(*change.after) if change.after else '—'} |")
    return "\n".join(lines) + "\n"
