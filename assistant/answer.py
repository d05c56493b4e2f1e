"""Answer text in Chinese or English; every number in it comes from the engine or a quote."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from assistant.eligibility.result import Benefit, EligibilityResult, Obligation, TraceStep
from assistant.explanation import amount_details
from assistant.format import cny_en, cny_zh
from assistant.report import amount_range, citation, closest_misses
from assistant.retrieval.search import SearchResult

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def range_en(minimum: int, maximum: int | None) -> str:
    if maximum is None:
        return "no amount stated (case by case)" if not minimum else f"at least {cny_en(minimum)}"
    if minimum == maximum:
        return cny_en(maximum)
    return f"{cny_en(minimum)} to {cny_en(maximum)}"


MISSES_SHOWN = 3
"""With no benefit, this many of the closest misses are said, each with its reasons."""
_OBLIGATION_ZH = {
    "stay_or_refund": "须书面承诺在本区持续经营{years}年以上，无正当理由迁离须退回已获扶持资金",
    "expert_review": "政策兑现需经专家评审",
    "implementation_rules": "申报细则另行发布",
    "funding_share_cap": "各级财政资助总额受投资额比例上限约束",
    "no_double_funding": "同一事项不重复享受",
}
_OBLIGATION_EN = {
    "stay_or_refund": "you must commit in writing to operate here for {years} years; leaving without good "
                      "reason means refunding the support received",
    "expert_review": "payment requires an expert review",
    "implementation_rules": "application rules are published separately",
    "funding_share_cap": "total government funding is capped as a share of the investment",
    "no_double_funding": "the same item cannot be funded twice",
}


def obligation_sentence(obligation: Obligation, lang: str) -> str | None:
    """The obligation in plain words in ``lang`` (zh/en); None for a kind with no sentence."""
    table = _OBLIGATION_ZH if lang == "zh" else _OBLIGATION_EN
    template = table.get(obligation.subtype or "")
    return template.format(years=obligation.years) if template else None


def eligibility_text(result: EligibilityResult, lang: str, next_question: str | None) -> str:
    """The result as a chat reply in ``lang``: notice, totals, assumptions, each benefit, what could be
    added, what was missed for its date, ambiguities, conditions, a departure's refund, the next question."""
    zh = lang == "zh"
    lines = [*_notice_lines(result, zh), *_totals_lines(result, zh),
             *(("假设：" + a.zh) if zh else ("Assumed: " + a.en) for a in result.assumptions),
             *(_benefit_line(benefit, result, lang) for benefit in result.benefits),
             *could_add_lines(result, lang), *_date_miss_lines(result, zh), *_ambiguity_lines(result, zh),
             *ceiling_lines(result, zh), *caveat_lines(result, zh), *_condition_lines(result, zh),
             *_departure_lines(result, zh)]
    if next_question:
        lines.append(("为了算得更准，请问：" if zh else "To make this more precise: ") + next_question)
    return "\n".join(lines)


def _notice_lines(result: EligibilityResult, zh: bool) -> list[str]:
    """That the policy is not in force, in the reply's language."""
    if not result.notice:
        return []
    return [result.notice.split(" This policy")[0] if zh else "This policy" + result.notice.split(" This policy", 1)[1]]


def _totals_lines(result: EligibilityResult, zh: bool) -> list[str]:
    """The two totals — or, with no benefit yet, that none applies and the closest misses."""
    if not result.benefits:
        none = "根据目前的信息，还没有确定可以享受的支持。" if zh else \
            "From what you have told me, no benefit applies yet."
        return [none,
                *(f"- {citation(miss.clause_path)} {miss.title}：{'；'.join(miss.reasons_zh)}" if zh else
                  f"- {citation(miss.clause_path)} not available: {'; '.join(miss.reasons)}"
                  for miss in closest_misses(result)[:MISSES_SHOWN])]
    extra = ("，另有一事一议的支持" if zh else ", plus case-by-case support") if result.total_max_unbounded else ""
    if result.policy_status == "expired":  # a policy no longer open guarantees nothing now: what it would have paid
        if zh:
            return [f"有效期内本可得 {cny_zh(result.total_min_cny)}，"
                    f"最高本可得 {cny_zh(result.total_max_cny)}{extra}。"]
        return [f"Would have been guaranteed while in force: {cny_en(result.total_min_cny)}; up to "
                f"{cny_en(result.total_max_cny)}{extra}."]
    if zh:
        return [f"确定可得 {cny_zh(result.total_min_cny)}，最高可得 {cny_zh(result.total_max_cny)}{extra}。"]
    return [f"Guaranteed: {cny_en(result.total_min_cny)}; up to {cny_en(result.total_max_cny)}{extra}."]


def _benefit_line(benefit: Benefit, result: EligibilityResult, lang: str) -> str:
    """One benefit: its measure, amount, the arithmetic in the reply's language, and the clause quoted."""
    zh = lang == "zh"
    amount = amount_range(benefit.amount_min_cny, benefit.amount_max_cny) if zh else \
        range_en(benefit.amount_min_cny, benefit.amount_max_cny)
    flag = ("（需经评估，不保证）" if zh else " (subject to assessment, not guaranteed)") if benefit.discretionary \
        else ""
    cited = f"{citation(benefit.clause_path)}“{benefit.quote}”"
    how = amount_details(benefit, result, lang)
    if zh:
        return f"- {benefit.title}：{amount}{flag}。{how + ' ' if how else ''}{cited}"
    return f"- {benefit.title_en or benefit.title}: {amount}{flag}. {how + ' ' if how else ''}{cited}"


def _date_miss_lines(result: EligibilityResult, zh: bool) -> list[str]:
    """Beside benefits, a stated recognition whose date falls outside the window is said, not dropped silently."""
    if not result.benefits:
        return []
    return [f"- {citation(miss.clause_path)} {miss.title}：未能适用，{'；'.join(miss.reasons_zh)}" if zh
            else f"- {citation(miss.clause_path)} not available: {'; '.join(miss.reasons)}"
            for miss in [m for m in closest_misses(result) if set(m.requirements) == {"date"}][:MISSES_SHOWN]]


def _ambiguity_lines(result: EligibilityResult, zh: bool) -> list[str]:
    lines = []
    for ambiguity in result.ambiguities:
        text = ambiguity.split(" The ", 1)
        lines.append(("注意：" + text[0]) if zh else ("Note: The " + text[1] if len(text) > 1 else ambiguity))
    return lines


def _condition_lines(result: EligibilityResult, zh: bool) -> list[str]:
    """The conditions of payment, each kind once (two sentences of one clause may be one kind: 〔六19〕
    就高不重复; 已享受…不再享受)."""
    rules = [o for o in result.obligations if o.subtype in _OBLIGATION_ZH]
    if not rules or not result.benefits:
        return []
    table = _OBLIGATION_ZH if zh else _OBLIGATION_EN
    said = ("；" if zh else "; ").join(dict.fromkeys(
        f"{table[o.subtype or ''].format(years=o.years)}{'' if zh else ' '}{citation(o.clause_path)}" for o in rules))
    return [("须知：" + said + "。") if zh else ("Conditions: " + said + ".")]


CEILING_RULES = ("condition.enterprise_annual_cap", "condition.article_cap")


def ceiling_lines(result: EligibilityResult, zh: bool) -> list[str]:
    """Each ceiling on what one company receives that cut an award, once, with the years it cut and its clause."""
    said: dict[str, str] = {}
    for benefit in result.benefits:
        for step in benefit.trace:
            if step.rule in CEILING_RULES and step.provision_id not in said:
                said[step.provision_id] = _ceiling_line(step, zh)
    return list(said.values())


def _ceiling_line(step: TraceStep, zh: bool) -> str:
    cap, years = step.parameters.get("cap_cny") or 0, step.parameters.get("years") or []
    per_year, unknown = bool(step.parameters.get("per_year")), bool(step.parameters.get("year_unknown"))
    where = citation(step.clause_path)
    if zh:
        when = "、".join(f"{year}年" for year in years) + "的" if years else ""
        note = "（部分奖励年份未明，确定可得按同一年度计）" if unknown else ""
        if "rate_paid_later" in step.parameters:
            note = "（按比例的补助可能在基数当年或次年拨付，确定可得按核减较多的年度计）"
        scope = "每年" if per_year else "在本条下"
        return f"注意：{where}单个企业{scope}最多{cny_zh(cap)}，{when}合计已按此上限核减{note}。"
    when = " of " + ", ".join(map(str, years)) if years else ""
    note = " (the year of part of them is not known: the guaranteed amount counts them in one year)" if unknown else ""
    if "rate_paid_later" in step.parameters:
        note = (" (a rate may be paid in its base's year or the next: the guaranteed amount takes the year that cuts "
                "more)")
    return (f"Note: {where} caps what one company receives at {cny_en(cap)}{' a year' if per_year else ''}; "
            f"the awards{when} were cut to it{note}.")


def caveat_lines(result: EligibilityResult, zh: bool) -> list[str]:
    """The rules that could lower the totals but were not applied, each naming its sentence."""
    if not result.caveats or not result.benefits:
        return []
    said = ("；" if zh else "; ").join(
        f"{citation(c.clause_path)}“{c.quote}”——{c.zh}" if zh else f"{citation(c.clause_path)} “{c.quote}”: {c.en}"
        for c in result.caveats)
    return [("未计入的限制：" + said + "。") if zh else ("Not applied: " + said + ".")]


def _departure_lines(result: EligibilityResult, zh: bool) -> list[str]:
    """A planned departure inside the promised years: what must be refunded."""
    lines = []
    for o in result.obligations:
        if o.departure_within_period and o.planned_departure:
            most = cny_zh(o.refund_exposure_max_cny or 0) if zh else cny_en(o.refund_exposure_max_cny or 0)
            lines.append(f"注意：计划于{o.planned_departure}迁离，在承诺的{o.years}年内，"
                         f"须退回已获扶持资金（最多 {most}）{citation(o.clause_path)}。" if zh else
                         f"Warning: leaving on {o.planned_departure} is within the {o.years} years promised, so what "
                         f"was received must be refunded (up to {most}) {citation(o.clause_path)}.")
    return lines


def could_add_lines(result: EligibilityResult, lang: str) -> list[str]:
    """What the company could add once it states the facts the benefits hinge on (not in the totals)."""
    if not result.could_add:
        return []
    zh = lang == "zh"
    lines = ["若补充以下信息，还可得（不计入上述合计）：" if zh else
             "Could add, if confirmed (not in the totals above):"]
    for entry in result.could_add:
        amount = amount_range(entry.amount_min_cny, entry.amount_max_cny) if zh else \
            range_en(entry.amount_min_cny, entry.amount_max_cny)
        asked = "；".join(entry.questions_zh) if zh else " ".join(entry.questions_en)
        lines.append(f"- {entry.title}：{amount}，取决于：{asked} {citation(entry.clause_path)}" if zh else
                     f"- {entry.title_en or entry.title}: {amount}, if: {asked} {citation(entry.clause_path)}")
    return lines


def search_text(result: SearchResult, lang: str) -> str:
    zh = lang == "zh"
    if not result.hits:
        return "本政策没有涉及这个问题。" if zh else "The policy does not address this."
    head = {"answer": ("相关条款：", "The policy says:"),
            "caveat": ("以下条款可能相关（不确定是否回答了您的问题）：",
                       "These clauses may be relevant (not certain):"),
            "not_covered": ("本政策没有涉及这个问题。最接近的条款：", "The policy does not address this. The nearest "
                                                                     "clauses:")}[result.status]
    lines = [head[0] if zh else head[1]]
    shown = result.hits[:1] if result.status == "answer" else result.hits
    lines += [f"{citation(hit.clause_path)}“{hit.sentence}”" for hit in shown]
    return "\n".join(lines)


# ---------------------------------------------------------------------- numeric guard

def _digit_runs(text: str) -> set[str]:
    return {run.replace(",", "") for run in _DIGITS.findall(text)}


def _numbers_of(value: Any) -> Iterable[str]:
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, int | float):
        number = int(value) if float(value).is_integer() else value
        yield str(number)
        if isinstance(number, int):
            yield from _digit_runs(cny_zh(number))
            yield from _digit_runs(cny_en(number))
    elif isinstance(value, str):
        yield from _digit_runs(value)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _numbers_of(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _numbers_of(item)


def allowed_numbers(*sources: Any) -> set[str]:
    """Every number an answer may show: those of the engine's output, quotes and the user's facts."""
    allowed: set[str] = set()
    for source in sources:
        allowed.update(_numbers_of(source))
    return allowed


def unsupported_numbers(answer: str, allowed: set[str]) -> list[str]:
    """Numbers in ``answer`` that no source supports (the guard's findings; empty when clean)."""
    return sorted(run for run in _digit_runs(answer) if run not in allowed)
