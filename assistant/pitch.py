"""The pitch sheet: one bilingual page for a prospective company, from the engine's result.

Every amount is the engine's (no arithmetic here beyond listing the per-year payments the
engine's trace already states); every line carries its clause and quote."""

from __future__ import annotations

import html
from dataclasses import dataclass

from assistant.answer import cny_en, obligation_sentence, range_en
from assistant.eligibility.result import Benefit, EligibilityResult
from assistant.format import cny_zh, markdown_text
from assistant.report import STATUS_WORDS, amount_range, citation


@dataclass(frozen=True)
class PitchLine:
    citation: str
    title_zh: str
    title_en: str
    amount_zh: str
    amount_en: str
    discretionary: bool
    quote: str
    amount_max_cny: int | None


@dataclass(frozen=True)
class Payment:
    """One year's payment of an annual fund, or what a rate pays for one year (the year its base
    was measured), or a one-off (year None)."""

    year: int | None
    title_zh: str
    title_en: str
    amount_zh: str
    amount_en: str
    citation: str
    when: str = "一次性 one-off"
    """For a payment with no year: one-off, or yearly when the years are not known yet."""


@dataclass(frozen=True)
class CouldAddLine:
    """A benefit that hinges on a fact not yet stated: shown apart, never in the totals."""

    citation: str
    title_zh: str
    title_en: str
    amount_zh: str
    amount_en: str
    hinges_zh: str
    hinges_en: str


@dataclass(frozen=True)
class PitchSheet:
    company: str
    policy_title: str
    as_of: str
    status_zh: str
    status_en: str
    notice: str | None
    total_zh: tuple[str, str]
    total_en: tuple[str, str]
    lines: tuple[PitchLine, ...]
    timeline: tuple[Payment, ...]
    obligations: tuple[tuple[str, str, str], ...]
    """(citation, Chinese, English)."""
    could_add: tuple[CouldAddLine, ...] = ()
    assumptions: tuple[tuple[str, str], ...] = ()
    """(Chinese, English)."""


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


def pitch_sheet(result: EligibilityResult, company: str | None) -> PitchSheet:
    extra_zh = "，另有一事一议" if result.total_max_unbounded else ""
    extra_en = ", plus case-by-case support" if result.total_max_unbounded else ""
    lines, timeline = [], []
    for benefit in result.benefits:
        cited = citation(benefit.clause_path)
        title_en = benefit.title_en or benefit.title
        lines.append(PitchLine(cited, benefit.title, title_en, amount_range(benefit.amount_min_cny,
                                                                           benefit.amount_max_cny),
                               range_en(benefit.amount_min_cny, benefit.amount_max_cny), benefit.discretionary,
                               benefit.quote, benefit.amount_max_cny))
        annual = next((step.parameters for step in benefit.trace if step.rule.startswith("amount.annual")), None)
        by_year = _paid_by_year(benefit)
        if annual and annual.get("years"):
            per_year = int(annual["per_year_cny"])
            up_to_zh, up_to_en = ("最高", "up to ") if benefit.kind == "annual_up_to" else ("", "")
            timeline += [Payment(int(year), benefit.title, title_en, up_to_zh + cny_zh(per_year),
                                 up_to_en + cny_en(per_year), cited) for year in annual["years"]]
            # the years after the one established: a projection, labelled and never in the totals
            timeline += [Payment(int(year), benefit.title, title_en,
                                 f"{up_to_zh}{cny_zh(per_year)}（预测，不计入合计）",
                                 f"{up_to_en}{cny_en(per_year)} (projected, not in the totals)", cited,
                                 "预测 projected") for year in annual.get("years_projected") or []]
        elif by_year:
            up_to_zh, up_to_en = ("", "") if benefit.amount_min_cny == benefit.amount_max_cny else ("最高", "up to ")
            timeline += [Payment(year, benefit.title, title_en, up_to_zh + cny_zh(paid), up_to_en + cny_en(paid),
                                 cited) for year, paid in by_year]
        else:
            yearly = any(step.parameters.get("yearly") for step in benefit.trace)
            when = "逐年（年份待定） yearly, years to be stated" if yearly else "一次性 one-off"
            timeline.append(Payment(None, benefit.title, title_en,
                                    amount_range(benefit.amount_min_cny, benefit.amount_max_cny),
                                    range_en(benefit.amount_min_cny, benefit.amount_max_cny), cited, when))
    obligations = []
    for obligation in result.obligations:
        zh, en = obligation_sentence(obligation, "zh"), obligation_sentence(obligation, "en")
        if zh and en:
            obligations.append((citation(obligation.clause_path), zh, en))
    could_add = tuple(CouldAddLine(citation(c.clause_path), c.title, c.title_en or c.title,
                                   amount_range(c.amount_min_cny, c.amount_max_cny),
                                   range_en(c.amount_min_cny, c.amount_max_cny), "；".join(c.questions_zh),
                                   " ".join(c.questions_en)) for c in result.could_add)
    status_zh, status_en = STATUS_WORDS[result.policy_status]
    return PitchSheet(company or "—", str(result.policy["title"]), result.as_of.isoformat(), status_zh, status_en,
                      result.notice, (cny_zh(result.total_min_cny), cny_zh(result.total_max_cny) + extra_zh),
                      (cny_en(result.total_min_cny), cny_en(result.total_max_cny) + extra_en), tuple(lines),
                      tuple(sorted(timeline, key=lambda p: (p.year is not None, p.year or 0))),
                      tuple(obligations), could_add, tuple((a.zh, a.en) for a in result.assumptions))


def pitch_markdown(sheet: PitchSheet) -> str:
    """The sheet as Markdown, Chinese and English side by side."""
    out = [f"# 招商政策测算 Investment pitch: {markdown_text(sheet.company)}", "",
           f"{sheet.policy_title} · 测算日期 As of {sheet.as_of} · **{sheet.status_zh} {sheet.status_en}**", ""]
    if sheet.notice:
        out += [f"> **{sheet.notice}**", ""]
    out += ["| | 中文 | English |", "|---|---|---|",
            f"| 确定可得 Guaranteed | **{sheet.total_zh[0]}** | **{sheet.total_en[0]}** |",
            f"| 最高可得 Up to | **{sheet.total_zh[1]}** | **{sheet.total_en[1]}** |", "",
            "## 支持明细 Benefits", "", "| 条款 Clause | 事项 | Measure | 金额 | Amount | 原文 Quote |",
            "|---|---|---|---|---|---|"]
    for line in sheet.lines:
        flag_zh, flag_en = ("（需评估）", " (assessed)") if line.discretionary else ("", "")
        out.append(f"| {line.citation} | {markdown_text(line.title_zh)} | {markdown_text(line.title_en)} | "
                   f"{line.amount_zh}{flag_zh} | {line.amount_en}{flag_en} | {markdown_text(line.quote)} |")
    if sheet.assumptions:
        out += ["", "## 测算所依据的假设 Assumed", ""] + [f"- {markdown_text(zh)} / {markdown_text(en)}"
                                                         for zh, en in sheet.assumptions]
    if sheet.could_add:
        out += ["", "## 若…还可得（不计入合计） Could add, if… (not in the totals)", "",
                "| 条款 Clause | 事项 | Measure | 金额 | Amount | 取决于 Hinges on |", "|---|---|---|---|---|---|"]
        out += [f"| {c.citation} | {markdown_text(c.title_zh)} | {markdown_text(c.title_en)} | {c.amount_zh} | "
                f"{c.amount_en} | {markdown_text(c.hinges_zh)} / {markdown_text(c.hinges_en)} |"
                for c in sheet.could_add]
    out += ["", "## 拨付时间表 Payment timeline", "", "| 年份 Year | 事项 Measure | 金额 Amount | 条款 Clause |",
            "|---|---|---|---|"]
    for payment in sheet.timeline:
        year = str(payment.year) if payment.year else payment.when
        out.append(f"| {year} | {markdown_text(payment.title_zh)} / {markdown_text(payment.title_en)} | "
                   f"{payment.amount_zh} / {payment.amount_en} | {payment.citation} |")
    out += ["", "## 义务 Obligations", "", "| 条款 Clause | 中文 | English |", "|---|---|---|"]
    out += [f"| {cited} | {zh} | {en} |" for cited, zh, en in sheet.obligations]
    return "\n".join(out) + "\n"


def pitch_html(sheet: PitchSheet) -> str:
    """The sheet as one printable HTML page (everything escaped), for the PDF."""
    e = html.escape

    def row(cells: list[str], tag: str = "td") -> str:
        return "<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in cells) + "</tr>"

    parts = [f"<h1>招商政策测算 Investment pitch: {e(sheet.company)}</h1>",
             f"<p>{e(sheet.policy_title)} · 测算日期 As of {e(sheet.as_of)} · "
             f"<b>{e(sheet.status_zh)} {e(sheet.status_en)}</b></p>"]
    if sheet.notice:
        parts.append(f'<p class="notice">{e(sheet.notice)}</p>')
    parts.append("<table>" + row(["", "中文", "English"], "th")
                 + row(["确定可得 Guaranteed", f"<b>{e(sheet.total_zh[0])}</b>", f"<b>{e(sheet.total_en[0])}</b>"])
                 + row(["最高可得 Up to", f"<b>{e(sheet.total_zh[1])}</b>", f"<b>{e(sheet.total_en[1])}</b>"])
                 + "</table>")
    header = row(["条款", "事项", "Measure", "金额", "Amount", "原文 Quote"], "th")
    parts.append("<h2>支持明细 Benefits</h2><table>" + header
                 + "".join(row([e(x.citation), e(x.title_zh), e(x.title_en), e(x.amount_zh), e(x.amount_en),
                                f'<span class="quote">{e(x.quote)}</span>']) for x in sheet.lines) + "</table>")
    if sheet.assumptions:
        parts.append("<h2>测算所依据的假设 Assumed</h2><ul>"
                     + "".join(f"<li>{e(zh)} / {e(en)}</li>" for zh, en in sheet.assumptions) + "</ul>")
    if sheet.could_add:
        parts.append("<h2>若…还可得（不计入合计） Could add, if… (not in the totals)</h2><table>"
                     + row(["条款", "事项", "Measure", "金额", "Amount", "取决于 Hinges on"], "th")
                     + "".join(row([e(c.citation), e(c.title_zh), e(c.title_en), e(c.amount_zh), e(c.amount_en),
                                    e(f"{c.hinges_zh} / {c.hinges_en}")]) for c in sheet.could_add) + "</table>")
    parts.append("<h2>拨付时间表 Payment timeline</h2><table>" + row(["年份 Year", "事项 Measure", "金额 Amount",
                                                                 "条款"], "th")
                 + "".join(row([e(str(p.year) if p.year else p.when), e(f"{p.title_zh} / {p.title_en}"),
                                e(f"{p.amount_zh} / {p.amount_en}"), e(p.citation)]) for p in sheet.timeline)
                 + "</table>")
    parts.append("<h2>义务 Obligations</h2><table>"
                 + "".join(row([e(c), e(zh), e(en)]) for c, zh, en in sheet.obligations) + "</table>")
    style = ("@page { size: A4; margin: 14mm } body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 9pt }"
             " table { border-collapse: collapse; width: 100%; margin-bottom: 8pt }"
             " td, th { border: 0.5pt solid #999; padding: 3pt; vertical-align: top }"
             " .notice { color: #b03a2e; font-weight: bold } .quote { color: #555 }")
    return f'<!doctype html><html lang="zh"><head><meta charset="utf-8"><style>{style}</style></head>' \
           f'<body>{"".join(parts)}</body></html>'
