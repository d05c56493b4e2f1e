"""Why a benefit is the amount it is, in sentences in the user's language (zh or en).

One sentence per step of the engine's trace: which clause, which fact of the company met it
(by its vocabulary label, not its id such as ``high_tech_enterprise``), the arithmetic, and the reason for
the cap in words. Every number comes from the result: the trace's parameters, the benefit's
amounts, the assumptions and could-add entries, the policy's dates. The arithmetic is also
given as a short detail block in the same language (never the engine's English trace).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from assistant.eligibility.count_caps import count_cap_words
from assistant.eligibility.induced import InducedLabels
from assistant.eligibility.questions import question_text
from assistant.eligibility.result import Benefit, EligibilityResult, TraceStep
from assistant.eligibility.rules import PolicyRules, default_row
from assistant.eligibility.split import row_names
from assistant.format import cny_en, cny_zh, percent
from assistant.kind_words import round_label
from ingest.concepts import load_vocabulary

DETAIL_HEADING = {"zh": "计算明细", "en": "Calculation details"}


@dataclass(frozen=True)
class Explanation:
    """A benefit explained: the headline (measure, amount, clause and quote), one sentence per
    step, and the arithmetic as detail lines — all in one language."""

    lang: str
    headline: str
    sentences: tuple[str, ...]
    details: tuple[str, ...]

    def text(self) -> str:
        lines = [self.headline, *(f"- {sentence}" for sentence in self.sentences)]
        if self.details:
            lines += [f"{DETAIL_HEADING[self.lang]}{'：' if self.lang == 'zh' else ':'}",
                      *(f"  · {line}" for line in self.details)]
        return "\n".join(lines)


def money(value: int, lang: str) -> str:
    """An amount in words for ``lang``: 500万元, or CNY 5 million (no Chinese in English sentences)."""
    return cny_zh(value) if lang == "zh" else cny_en(value)


def citation(clause_path: tuple[str, ...] | list[str]) -> str:
    return f"〔{''.join(clause_path) or '正文'}〕"


def _concept(concept_id: Any, lang: str, labels: InducedLabels | None = None) -> str:
    """A concept's name: the vocabulary's, or the printed label ``labels`` (the policy's) give it."""
    vocabulary = load_vocabulary()
    if isinstance(concept_id, str) and concept_id in vocabulary:
        return vocabulary.label(concept_id, lang)
    printed = labels.label(concept_id, lang) if labels is not None and isinstance(concept_id, str) else None
    return printed or ("该资质" if lang == "zh" else "the recognition")


@dataclass(frozen=True)
class _Step:
    """What one trace step reads, with the benefit and result around it."""

    step: TraceStep
    benefit: Benefit
    result: EligibilityResult
    rules: PolicyRules | None
    """None when only the arithmetic is wanted (no enterprise types to name)."""
    lang: str

    @property
    def zh(self) -> bool:
        return self.lang == "zh"

    def get(self, key: str) -> Any:
        return self.step.parameters.get(key)


def _area(s: _Step) -> list[str]:
    if s.get("stated") is False:
        return ["贵公司未说明是否在政策区域内，按在区域内计算。" if s.zh else
                "The company did not say whether it is in the policy's area; it is taken to be."]
    return ["贵公司在政策区域内注册经营。" if s.zh else "The company is registered and operating in the policy's area."]


def _holds(s: _Step) -> list[str]:
    name = _concept(s.get("concept"), s.lang, s.result.concept_labels)
    later = {step.rule for step in s.benefit.trace}  # a level, round or date checked later is said there
    said = [part for part in (
        _level(s.get("level"), s.lang) if "requirement.level" not in later else None,
        round_label(s.get("round"), s.lang) if s.get("round") and "requirement.round" not in later else None,
        s.get("date") if "requirement.date" not in later else None) if part]
    where = citation(s.step.clause_path)
    concept = s.get("concept")
    has = isinstance(concept, str) and concept in load_vocabulary() and load_vocabulary().held_several(concept)
    if s.zh:
        return [f"{where}支持「{name}」：贵公司{'具备' if has else '是'}{name}"
                + (f"（{'，'.join(said)}）" if said else "") + "。"]
    return [f"{where} is for {_a(name)}: the company {'has' if has else 'is'} one"
            + (f" ({', '.join(said)})" if said else "") + "."]


def _a(name: str) -> str:
    """``an`` before a vowel sound, else ``a`` (English article for a label)."""
    return f"{'an' if name[:1].lower() in 'aeio' else 'a'} {name}"


def _level(level: Any, lang: str) -> str | None:
    if not isinstance(level, str):
        return None
    vocabulary = load_vocabulary()
    return vocabulary.label(level, lang) if level in vocabulary else None


def _level_met(s: _Step) -> list[str]:
    level = _level(s.get("level"), s.lang)
    if level is None:
        return []
    return [f"级别为{level}，与本条所支持的级别相符。" if s.zh else f"Its level is {level}, the level the clause pays."]


def _round_met(s: _Step) -> list[str]:
    words = round_label(s.get("round"), s.lang)
    return [f"属于{words}，与本条要求相符。" if s.zh else f"It is a {words}, as the clause requires."]


def _date_met(s: _Step) -> list[str]:
    start, end, when = s.get("valid_from"), s.get("valid_until"), s.get("date")
    if not when:
        return []
    if s.zh:
        window = f"（{start or '?'}至{end or '?'}）"
        return [f"取得日期{when}在政策有效期{window}内。"]
    return [f"It was obtained on {when}, within the policy's period ({start or '?'} to {end or '?'})."]


def _year_label(label: str, lang: str) -> str:
    if label.isdigit():
        return f"{label}年" if lang == "zh" else label
    if label.startswith("contract "):
        date = label.removeprefix("contract ")
        return f"{date}的合同" if lang == "zh" else f"the contract of {date}"
    return label


def _base_words(s: _Step, label: str) -> tuple[str, str]:
    base = s.get("base_quantity")
    vocabulary = load_vocabulary()
    named = vocabulary.label(base, s.lang) if isinstance(base, str) and base in vocabulary else \
        ("基数" if s.zh else "the base")
    parts = (s.get("base_parts") or {}).get(label) or []
    value = int(Decimal(str((s.get("base") or {}).get(label, 0))))
    if len(parts) == 2:
        later, earlier = parts
        return f"({money(later, s.lang)} − {money(earlier, s.lang)})", named
    return money(value, s.lang), named


def _row_name(s: _Step, row_id: str) -> str | None:
    """The enterprise type a row of a split rate is for (其他企业 for the default row)."""
    rows = s.rules.split_rows.get(row_id) if s.rules else None
    if not rows:
        return None
    residual = default_row(rows)
    row = next((r for r in rows if r.id == row_id), residual)
    zh, en = row_names(row, residual)
    return zh if s.zh else en


def _type_unstated(s: _Step, row_id: str) -> bool:
    """The company has not said whether it is a type with its own cap: the result assumes so,
    or still asks (or lists as could-add) whether it holds one of those types."""
    if any(a.key == f"type:{row_id}" for a in s.result.assumptions):
        return True
    rows = s.rules.split_rows.get(row_id, ()) if s.rules else ()
    if not rows or default_row(rows).id != row_id:
        return False
    residual = default_row(rows)
    typed = {f"holds:{q}" for row in rows if row.id != residual.id for q in row.qualifications
             if q not in residual.qualifications}
    open_keys = {q.key for q in s.result.questions} | {k for c in s.result.could_add for k in c.hinges}
    return bool(typed & open_keys)


def _cap_reason(s: _Step, label: str, cap: int) -> str:
    """Why this cap: the enterprise type whose cap applied, in words."""
    row_id = (s.get("row_by_year") or {}).get(label, s.step.provision_id)
    name = _row_name(s, row_id)
    if name is None:
        return f"本条上限为{money(cap, 'zh')}" if s.zh else f"the clause caps it at {money(cap, 'en')}"
    if _type_unstated(s, row_id):
        return (f"贵公司未说明企业类型，按{name}的上限{money(cap, 'zh')}计算" if s.zh else
                f"the company did not state its enterprise type, so the cap for {name}, {money(cap, 'en')}, applies")
    rows = s.rules.split_rows.get(row_id, ()) if s.rules else ()
    if rows and default_row(rows).id == row_id:
        return (f"贵公司不属于上限更高的企业类型，按{name}的上限{money(cap, 'zh')}计算" if s.zh else
                f"the company is none of the types with a higher cap, so the cap for {name}, {money(cap, 'en')}, "
                "applies")
    return (f"贵公司属于{name}，按其上限{money(cap, 'zh')}计算" if s.zh else
            f"the company is {_a(name)}, so that type's cap of {money(cap, 'en')} applies")


def _rate(s: _Step) -> tuple[list[str], list[str]]:
    rate = Decimal(str(s.get("rate") or 0))
    raw, paid = s.get("raw") or {}, s.get("paid") or {}
    caps = s.get("cap_by_year") or {}
    sentences, details = [], []
    for label in paid:
        base, named = _base_words(s, label)
        cap = caps.get(label, s.get("cap_cny"))
        before, after = raw.get(label, paid[label]), paid[label]
        when = _year_label(label, s.lang)
        sum_text = f"{percent(rate)} × {base} = {money(before, s.lang)}"
        sentence = f"{when}{named}：{sum_text}" if s.zh else f"{when}, {named}: {sum_text}"
        if cap is not None and before > cap:
            reason = _cap_reason(s, label, cap)
            sentence += (f"；{reason}，超过上限，计{money(after, 'zh')}。" if s.zh else
                         f"; {reason}, so {money(after, 'en')} is paid.")
            details.append(f"{when}：{sum_text} > 上限 {money(cap, 'zh')} → {money(after, 'zh')}" if s.zh else
                           f"{when}: {sum_text} > cap {money(cap, 'en')} → {money(after, 'en')}")
        elif cap is not None:
            reason = _cap_reason(s, label, cap)
            sentence += (f"；{reason}，未超过上限，全额计入。" if s.zh else
                         f"; {reason}, and it is within the cap, so it is paid in full.")
            details.append(f"{when}：{sum_text} ≤ 上限 {money(cap, 'zh')}" if s.zh else
                           f"{when}: {sum_text} ≤ cap {money(cap, 'en')}")
        else:
            sentence += "。" if s.zh else "."
            details.append(f"{when}：{sum_text}" if s.zh else f"{when}: {sum_text}")
        sentences.append(sentence)
    if not paid:
        base = s.get("base_quantity")
        named = _concept(base, s.lang) if base else ("基数" if s.zh else "the base")
        sentences.append(f"本条按{named}的{percent(rate)}计算，贵公司尚未说明{named}。" if s.zh else
                         f"The clause pays {percent(rate)} of the {named}, which the company has not stated.")
    return sentences + _rate_years(s), details


def _rate_years(s: _Step) -> list[str]:
    """For a rate paid a number of years (连续三年): which years count, and the stated years that do not."""
    count, first = s.get("years_limit"), s.get("years_first")
    if not count or first is None:
        return []
    dropped = [str(label) for label in s.get("years_not_counted") or []]
    last = int(first) + int(count) - 1
    if s.zh:
        not_counted = f"，{'、'.join(dropped)}年不计入。" if dropped else "。"
        return [f"本条连续支持{count}年，按{first}–{last}年计算{not_counted}"]
    return [f"The clause pays for {count} years, counted as {first}–{last}"
            + (f"; {', '.join(dropped)} is not counted." if dropped else ".")]


def _fixed(s: _Step) -> tuple[list[str], list[str]]:
    amount, items = s.get("amount_cny") or 0, s.get("items")
    where = citation(s.step.clause_path)
    if items and s.benefit.amount_max_cny:
        total = s.benefit.amount_max_cny
        return ([f"{where}每项给予{money(amount, 'zh')}，贵公司有{items}项，最多{money(total, 'zh')}。" if s.zh else
                 f"{where} gives {money(amount, 'en')} for each; the company has {items}, so at most "
                 f"{money(total, 'en')}."],
                [f"{money(amount, s.lang)} × {items} = {money(total, s.lang)}"])
    return ([f"{where}一次性给予定额{money(amount, 'zh')}。" if s.zh else
             f"{where} gives a fixed {money(amount, 'en')}."], [])


def _up_to(s: _Step) -> tuple[list[str], list[str]]:
    cap, count = s.get("cap_cny") or 0, s.get("count")
    where = citation(s.step.clause_path)
    if count:
        total = s.benefit.amount_max_cny or 0
        return ([f"{where}每项最高{money(cap, 'zh')}，共{count}项，最高{money(total, 'zh')}；这是上限，不是承诺的金额。"
                 if s.zh else f"{where} gives up to {money(cap, 'en')} for each of {count}: at most "
                 f"{money(total, 'en')}, a ceiling rather than a promise."],
                [f"≤ {money(cap, s.lang)} × {count} = {money(total, s.lang)}"])
    return ([f"{where}最高给予{money(cap, 'zh')}；这是上限，不是承诺的金额。" if s.zh else
             f"{where} gives up to {money(cap, 'en')}: a ceiling, not a promise."], [])


def _per_unit(s: _Step) -> tuple[list[str], list[str]]:
    unit, count = s.get("unit_amount_cny") or 0, s.get("count")
    where = citation(s.step.clause_path)
    if count is None:
        return ([f"{where}每项给予{money(unit, 'zh')}，贵公司尚未说明数量。" if s.zh else
                 f"{where} gives {money(unit, 'en')} for each; the company has not said how many."], [])
    product = s.get("total_cny") or 0
    sentences = [f"{where}每项给予{money(unit, 'zh')}，贵公司有{count}项：{money(unit, 'zh')} × {count} = "
                 f"{money(product, 'zh')}。" if s.zh else
                 f"{where} gives {money(unit, 'en')} for each; the company has {count}: "
                 f"{money(unit, 'en')} × {count} = {money(product, 'en')}."]
    details = [f"{money(unit, s.lang)} × {count} = {money(product, s.lang)}"]
    cumulative, received = s.get("cumulative_cap_cny"), s.get("already_received_cny")
    if cumulative is not None:
        paid = s.benefit.amount_max_cny or 0
        details.append(f"累计上限 {money(cumulative, 'zh')} → {money(paid, 'zh')}" if s.zh else
                       f"cumulative cap {money(cumulative, 'en')} → {money(paid, 'en')}")
        if received is not None:
            sentences.append(f"同一单位累计最高{money(cumulative, 'zh')}，已获{money(received, 'zh')}，本次最多"
                             f"{money(paid, 'zh')}。" if s.zh else
                             f"The cumulative cap is {money(cumulative, 'en')}; {money(received, 'en')} was already "
                             f"received, so at most {money(paid, 'en')} now.")
        else:
            sentences.append(f"同一单位累计最高{money(cumulative, 'zh')}，计{money(paid, 'zh')}。" if s.zh else
                             f"The cumulative cap is {money(cumulative, 'en')}, so {money(paid, 'en')}.")
    return sentences, details


def _annual(s: _Step) -> tuple[list[str], list[str]]:
    per_year, years = s.get("per_year_cny") or 0, s.get("years") or []
    where = citation(s.step.clause_path)
    counted = len(years)
    span = (f"{years[0]}–{years[-1]}" if counted > 1 else f"{years[0]}") if years else ""
    total = s.get("total_cny") or 0
    ceiling = s.benefit.kind == "annual_up_to"
    up = ("最高" if s.zh else "up to ") if ceiling else ""
    sentences = [f"{where}每年{up}{money(per_year, 'zh')}，计{counted}年（{span}）：共{money(total, 'zh')}。" if s.zh
                 else f"{where} gives {up}{money(per_year, 'en')} a year for {counted} "
                 f"{'year' if counted == 1 else 'years'} ({span}): {money(total, 'en')}."]
    beyond = s.get("years_beyond_window") or []
    if beyond:
        shown = "、".join(map(str, beyond)) if s.zh else ", ".join(map(str, beyond))
        sentences.append(f"{shown}年在政策有效期之后，不计入。" if s.zh else
                         f"{shown}: after the policy ends, not counted.")
    projected = s.get("years_projected") or []
    if projected:
        more = s.get("projected_max_cny") or 0
        zh_more = f"若{projected[0]}–{projected[-1]}年每年继续，另可{up}{money(more, 'zh')}（预测，不计入合计）。"
        en_more = (f"If it continues in {projected[0]}–{projected[-1]}, {up}{money(more, 'en')} more "
                   "(a projection, not in the total).")
        sentences.append(zh_more if s.zh else en_more)
    return sentences, [f"{money(per_year, s.lang)} × {counted} = {money(total, s.lang)}"]


def _case_by_case(s: _Step) -> tuple[list[str], list[str]]:
    where = citation(s.step.clause_path)
    return [f"{where}一事一议，条文没有写明金额。" if s.zh else
            f"{where} is decided case by case; the text states no amount."], []


def _discretion(s: _Step) -> list[str]:
    return ["本条需经评估择优给予，金额不作保证，确定可得按0计。" if s.zh else
            "The clause is awarded after an assessment: nothing is guaranteed, so the sure amount counts as 0."]


def _other_rows(s: _Step) -> list[str]:
    if any("row_by_year" in step.parameters for step in s.benefit.trace):
        return []  # each year already says whose cap it took
    name = _row_name(s, s.step.provision_id)
    years = s.get("years") or []
    cap = s.get("cap_cny")
    if name is None or not years:
        return []
    shown = "、".join(_year_label(y, "zh") for y in years) if s.zh else ", ".join(_year_label(y, "en") for y in years)
    if cap is None:
        return [f"{shown}按{name}计算，不设上限。" if s.zh else f"{shown}: counted as {name}, with no cap."]
    return [f"{shown}贵公司属于{name}，按其上限{money(cap, 'zh')}计算。" if s.zh else
            f"{shown}: counted as {name}, with its cap of {money(cap, 'en')}."]


def _share_cap(s: _Step) -> list[str]:
    rate = Decimal(str(s.get("rate") or 0))
    total, other = s.get("investment_total_cny") or 0, s.get("other_funding_cny") or 0
    room, limited = s.get("room_cny") or 0, s.get("limited_cny") or 0
    where = citation(s.step.clause_path)
    return [f"{where}规定各级财政资助总额不超过投资总额的{percent(rate)}：{percent(rate)} × {money(total, 'zh')}，"
            f"扣除已获{money(other, 'zh')}，尚可{money(room, 'zh')}，本项计{money(limited, 'zh')}。" if s.zh else
            f"{where} caps all government funding at {percent(rate)} of the investment: {percent(rate)} × "
            f"{money(total, 'en')}, less {money(other, 'en')} already received, leaves {money(room, 'en')}; this "
            f"item counts {money(limited, 'en')}."]


def _pool_words(label: str, zh: bool) -> str:
    """A pool a ceiling summed: a year (2023), all years, or the part whose year is not known."""
    if label.isdigit():
        return f"{label}年" if zh else label
    if label.startswith("全部"):
        return "各年度" if zh else "all years"
    return "获奖年份未明的部分" if zh else "the part whose year is not known"


def _ceiling(s: _Step) -> list[str]:
    """A ceiling on what one company receives (a year, or under the article) and what it took from this award."""
    cap, per_year = s.get("cap_cny") or 0, bool(s.get("per_year"))
    where = citation(s.step.clause_path)
    totals = s.get("totals") or {}
    cut_max, cut_min = s.get("cut_max_cny") or 0, s.get("cut_min_cny") or 0
    if s.zh:
        pools = "，".join(f"{_pool_words(label, True)}合计{money(total, 'zh')}" for label, total in totals.items())
        said = [f"{where}规定单个企业{'每年' if per_year else '在本条下'}最多{money(cap, 'zh')}：{pools}，超出上限，"
                f"本项最多核减{money(cut_max, 'zh')}。"]
        if s.get("year_unknown") or cut_min != cut_max:
            said.append(f"部分奖励的年份未明：若与其他奖励同年，确定可得核减{money(cut_min, 'zh')}，"
                        "因此本项是一个范围。")
        return said
    pools = ", ".join(f"{_pool_words(label, False)}: {money(total, 'en')}" for label, total in totals.items())
    said = [f"{where} caps what one company receives at {money(cap, 'en')} {'a year' if per_year else 'under it'} "
            f"({pools}): this award is cut by up to {money(cut_max, 'en')}."]
    if s.get("year_unknown") or cut_min != cut_max:
        said.append(f"The year of part of the awards is not known: if it falls with the others, the guaranteed "
                    f"amount is cut by {money(cut_min, 'en')}, so this award is a range.")
    return said


_REQUIREMENTS: dict[str, Callable[[_Step], list[str]]] = {
    "requirement.area": _area, "requirement.holds": _holds, "requirement.level": _level_met,
    "requirement.round": _round_met, "requirement.date": _date_met,
}
_AMOUNTS: dict[str, Callable[[_Step], tuple[list[str], list[str]]]] = {
    "amount.fixed": _fixed, "amount.up_to": _up_to, "amount.per_unit": _per_unit,
    "amount.per_unit_with_cumulative_cap": _per_unit, "amount.rate_with_cap": _rate, "amount.annual": _annual,
    "amount.annual_up_to": _annual, "amount.case_by_case": _case_by_case,
    "condition.unit_count_cap": lambda s: count_cap_words(s.step, s.lang),
}
_OTHERS: dict[str, Callable[[_Step], list[str]]] = {
    "discretion": _discretion, "amount.rate_with_cap.years": _other_rows, "condition.funding_share_cap": _share_cap,
    "condition.enterprise_annual_cap": _ceiling, "condition.article_cap": _ceiling,
}


def _amount(benefit: Benefit, lang: str) -> str:
    if lang == "zh":
        from assistant.report import amount_range

        return amount_range(benefit.amount_min_cny, benefit.amount_max_cny)
    low, high = benefit.amount_min_cny, benefit.amount_max_cny
    if high is None:
        return "no amount stated (case by case)" if not low else f"at least {money(low, lang)}"
    return money(high, lang) if low == high else f"{money(low, lang)} to {money(high, lang)}"


def explain_benefit(benefit: Benefit, result: EligibilityResult, rules: PolicyRules, lang: str, *,
                    say_status: bool = True) -> Explanation:
    """``benefit`` (one of ``result``'s) explained in ``lang`` ("zh" or anything else for English);
    ``say_status`` False leaves out that the policy is not in force (when the reply says it already)."""
    lang = "zh" if lang == "zh" else "en"
    zh = lang == "zh"
    title = benefit.title if zh else benefit.title_en or benefit.title
    headline = (f"{title}{'：' if zh else ': '}{_amount(benefit, lang)} "
                f"{citation(benefit.clause_path)}“{benefit.quote}”")
    sentences: list[str] = []
    details: list[str] = []
    for step in benefit.trace:
        s = _Step(step, benefit, result, rules, lang)
        if step.rule in _REQUIREMENTS:
            if step.parameters.get("status", "met") == "met":
                sentences += _REQUIREMENTS[step.rule](s)
        elif step.rule in _AMOUNTS:
            said, shown = _AMOUNTS[step.rule](s)
            sentences += said
            details += shown
        elif step.rule in _OTHERS:
            sentences += _OTHERS[step.rule](s)
    for key in benefit.unknown:
        asked = question_text(key, benefit.title, result.concept_labels)[0 if zh else 1]
        sentences.append(f"金额还取决于：{asked}" if zh else f"The amount also depends on: {asked}")
    sentences += _could_add_lines(benefit, result, lang)
    sentences += _status_lines(result, lang) if say_status else []
    return Explanation(lang, headline, tuple(dict.fromkeys(sentences)), tuple(details))


def _could_add_lines(benefit: Benefit, result: EligibilityResult, lang: str) -> list[str]:
    """What the same clause could add once an unstated fact is known (never in the total)."""
    lines = []
    for entry in result.could_add:
        if entry.clause_path != benefit.clause_path or entry.amount_max_cny is None:
            continue
        joiner = "，且" if lang == "zh" else " and "
        condition = joiner.join(_hinge_words(key, lang, result.concept_labels) for key in entry.hinges)
        high = money(entry.amount_max_cny, lang)
        lines.append(f"若{condition}，本条还可多得{high}（不计入上述合计）。" if lang == "zh" else
                     f"If {condition}, this clause could add {high} (not in the total).")
    return lines


def _hinge_words(key: str, lang: str, labels: InducedLabels | None = None) -> str:
    """The fact a could-add entry hinges on, as a condition: ``holds:tech_leader_enterprise`` →
    贵公司是科技型领军企业 / the company is a leading technology enterprise."""
    what, _, concept = key.partition(":")
    name = _concept(concept, lang, labels)
    zh = lang == "zh"
    if what == "holds":
        return f"贵公司是{name}" if zh else f"the company is {_a(name)}"
    if what == "level":
        return f"{name}的级别符合本条" if zh else f"the {name} is at the level the clause pays"
    if what == "round":
        return f"{name}的认定批次符合本条" if zh else f"the {name} recognition is of the round the clause pays"
    if what == "date":
        return f"{name}的取得日期在政策有效期内" if zh else f"the {name} was obtained within the policy's period"
    asked = question_text(key, None, labels)[0 if zh else 1]
    return f"{asked.rstrip('？?')}得到确认" if zh else f"this is confirmed: {asked.rstrip('?')}"


def _status_lines(result: EligibilityResult, lang: str) -> list[str]:
    until = result.policy.get("valid_until")
    if result.policy_status == "expired":
        return [f"注意：本政策已于{until}失效，以上是有效期内本可适用的金额。" if lang == "zh" else
                f"Note: the policy expired on {until}; this is what applied while it was in force."]
    if result.policy_status == "not_yet_in_force":
        start = result.policy.get("valid_from")
        return [f"注意：本政策自{start}起施行，目前尚未生效。" if lang == "zh" else
                f"Note: the policy takes effect on {start}; it is not in force yet."]
    return []


def explanation_sources(benefit: Benefit, result: EligibilityResult) -> list[Any]:
    """What an explanation's numbers may come from: the result's own values (for the numeric guard)."""
    return [benefit.to_json(), [a.to_json() for a in result.assumptions],
            [c.to_json() for c in result.could_add], result.policy]


def amount_details(benefit: Benefit, result: EligibilityResult, lang: str) -> str:
    """How the amount was reached, as one short line in ``lang`` (the arithmetic of the detail
    block; empty for a fixed amount, which says itself) — for the lines of an answer."""
    lang = "zh" if lang == "zh" else "en"
    details: list[str] = []
    for step in benefit.trace:
        s = _Step(step, benefit, result, None, lang)
        if step.rule in _AMOUNTS:
            details += _AMOUNTS[step.rule](s)[1]
        elif step.rule == "condition.funding_share_cap":
            rate = Decimal(str(s.get("rate") or 0))
            details.append(f"{percent(rate)} × {money(s.get('investment_total_cny') or 0, lang)} − "
                           f"{money(s.get('other_funding_cny') or 0, lang)} → {money(s.get('limited_cny') or 0, lang)}")
        elif step.rule in ("condition.enterprise_annual_cap", "condition.article_cap"):
            cuts = sorted({int(s.get("cut_max_cny") or 0), int(s.get("cut_min_cny") or 0)})
            cut = (" 至 " if lang == "zh" else " to ").join(money(value, lang) for value in cuts)
            details.append(f"{'单个企业上限' if lang == 'zh' else 'ceiling'} {money(s.get('cap_cny') or 0, lang)}: "
                           f"−{cut}")
    return ("；" if lang == "zh" else "; ").join(details)
