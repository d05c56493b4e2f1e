"""The sheet as Markdown, Chinese and English side by side: the download, and (with amounts
kept whole) what the page shows."""

from __future__ import annotations

from collections.abc import Callable

from assistant.format import markdown_text
from assistant.pitch.model import PitchSheet
from assistant.pitch.whole import whole_markdown


def _issuer_lines(sheet: PitchSheet, text: Callable[[str], str]) -> list[str]:
    who = sheet.issuer
    parts = [f"出具单位 Issued by: **{text(who.organisation)}**" if who.organisation else "",
             f"联系人 Contact: {text(who.person)}" if who.person else "",
             f"电话 Tel: {text(who.phone)}" if who.phone else "",
             f"邮箱 E-mail: {text(who.email)}" if who.email else ""]
    dated = (f"日期 Date: {text(sheet.as_of)} · 有效期至 Valid until: {text(sheet.valid_until)}"
             f"（{who.valid_days}天 days）")
    if sheet.offer_outlives_policy and sheet.validity.valid_until:
        dated += f" · **政策本身于 {text(sheet.validity.valid_until)} 到期 the policy itself ends " \
                 f"{text(sheet.validity.valid_until)}**"
    shown = " · ".join(part for part in parts if part)
    return ([shown, ""] if shown else []) + [dated, ""]


def pitch_markdown(sheet: PitchSheet, *, keep_whole: bool = False) -> str:
    """The sheet as Markdown; ``keep_whole`` (for the page) wraps amounts, cites and dates so that
    they never break and puts the English under the Chinese in each cell (fewer, wider columns)."""
    t = whole_markdown if keep_whole else markdown_text
    sep = "<br>" if keep_whole else " / "
    validity = sheet.validity
    period = f"（{t(validity.valid_from or '?')} – {t(validity.valid_until or '?')}）" \
        if validity.valid_from or validity.valid_until else ""
    out = [f"# 招商政策测算 Investment pitch: {t(sheet.company)}", "", *_issuer_lines(sheet, t),
           f"{t(sheet.policy_title)} · 政策状态 Policy status: **{t(validity.status_zh)} "
           f"{t(validity.status_en.upper())}**{period}", ""]
    if sheet.notice:
        out += [f"> **{t(sheet.notice)}**", ""]
    out += ["| | 中文 | English |", "|---|---|---|",
            f"| 确定可得 Guaranteed | **{t(sheet.total_zh[0])}** | **{t(sheet.total_en[0])}** |",
            f"| 最高可得 Up to | **{t(sheet.total_zh[1])}** | **{t(sheet.total_en[1])}** |", "",
            "## 支持明细 Benefits", "", "| # | 条款 Clause | 事项 Measure | 金额 Amount | 原文 Quote |",
            "|---|---|---|---|---|"]
    for number, line in enumerate(sheet.lines, start=1):
        flag_zh, flag_en = ("（需评估）", " (assessed)") if line.discretionary else ("", "")
        out.append(f"| {number} | {t(line.citation)} | {t(line.title_zh)}{sep}{t(line.title_en)} | "
                   f"{t(line.amount_zh)}{flag_zh}{sep}{t(line.amount_en)}{flag_en} | {t(line.quote)} |")
    if sheet.assumptions:
        out += ["", "## 测算所依据的假设 Assumed", ""] + [f"- {t(zh)}{sep}{t(en)}" for zh, en in sheet.assumptions]
    if sheet.could_add:
        out += ["", "## 若…还可得（不计入合计） Could add, if… (not in the totals)", "",
                "| 条款 Clause | 事项 Measure | 金额 Amount | 取决于 Hinges on |", "|---|---|---|---|"]
        out += [f"| {t(c.citation)} | {t(c.title_zh)}{sep}{t(c.title_en)} | {t(c.amount_zh)}{sep}{t(c.amount_en)} | "
                f"{t(c.hinges_zh)}{sep}{t(c.hinges_en)} |" for c in sheet.could_add]
    out += ["", "## 拨付时间表 Payment timeline", "",
            "| 年份 Year | 说明 When | 事项 Measure | 金额 Amount | 条款 Clause |", "|---|---|---|---|---|"]
    for payment in sheet.timeline:
        year = t(str(payment.year)) if payment.year is not None else "—"
        out.append(f"| {year} | {t(payment.when_zh)}{sep}{t(payment.when_en)} | {t(payment.title_zh)}{sep}"
                   f"{t(payment.title_en)} | {t(payment.amount_zh)}{sep}{t(payment.amount_en)} | "
                   f"{t(payment.citation)} |")
    if sheet.obligations:
        out += ["", "## 义务 Obligations", "", "| 条款 Clause | 中文 | English |", "|---|---|---|"]
        out += [f"| {t(cited)} | {t(zh)} | {t(en)} |" for cited, zh, en in sheet.obligations]
    return "\n".join(out) + "\n"
