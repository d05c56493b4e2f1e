"""The sheet as one printable A4 page of HTML (two at most), for the PDF: issuer and validity at
the top, totals, the measures with their clause and quote, the chart, the payment timeline,
what could be added, assumptions and obligations. Everything is escaped; amounts, cites and
dates never break (see :mod:`assistant.pitch.whole`); black and white carries every meaning
(the policy's status in words and an inverted box, bars hatched, projections in words)."""

from __future__ import annotations

import html

from assistant.pitch.chart import amounts_svg
from assistant.pitch.model import Payment, PitchSheet
from assistant.pitch.whole import NOWRAP_CSS, whole

STATUS_MARK = {"in_force": "✓", "expired": "×", "not_yet_in_force": "…", "unknown": "?"}

STYLE = """
@page { size: A4; margin: 11mm 12mm 13mm 12mm; font-family: 'Noto Sans CJK SC', sans-serif;
  @bottom-left { content: "本材料依据政策原文测算，最终以主管部门审核为准 · Estimated from the policy text; \
the authority's review decides."; font-size: 6.5pt; color: #000; }
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 7pt; color: #000; } }
body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 7.8pt; line-height: 1.25; color: #000; }
h1 { font-size: 14pt; margin: 0 0 1pt 0; }
h2 { font-size: 9.5pt; margin: 5pt 0 2pt 0; border-bottom: 1pt solid #000; padding-bottom: 1pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td, th { border: 0.5pt solid #444; padding: 1.5pt 3pt; vertical-align: top; text-align: left; }
th { background: #e6e6e6; font-weight: bold; }
.head td { border: none; padding: 0; }
.logo { max-height: 16mm; max-width: 40mm; }
.issuer { font-size: 7.5pt; text-align: right; }
.status { border: 1.5pt solid #000; padding: 2pt 5pt; margin: 3pt 0; font-weight: bold; }
.status.expired, .status.not_yet_in_force, .status.unknown { background: #000; color: #fff; }
.totals td { font-size: 10.5pt; font-weight: bold; border: 1pt solid #000; }
.totals .what { font-size: 8pt; font-weight: normal; width: 26%; }
.quote { color: #333; font-size: 6.5pt; }
.en { font-size: 7.2pt; }
.projected { font-style: italic; }
.chart { margin-top: 2pt; }
ul { margin: 0; padding-left: 12pt; }
"""


def _issuer(sheet: PitchSheet) -> str:
    who = sheet.issuer
    lines = [f"<b>{whole(who.organisation)}</b>" if who.organisation else "",
             f"联系人 Contact: {whole(who.person)}" if who.person else "",
             f"电话 Tel: {whole(who.phone)}" if who.phone else "",
             f"邮箱 E-mail: {whole(who.email)}" if who.email else "",
             f"日期 Date: {whole(sheet.as_of)}",
             f"有效期至 Valid until: {whole(sheet.valid_until)}（{who.valid_days}天 days）"]
    if sheet.offer_outlives_policy and sheet.validity.valid_until:
        lines.append(f"<b>政策本身于 {whole(sheet.validity.valid_until)} 到期 · the policy itself ends "
                     f"{whole(sheet.validity.valid_until)}</b>")
    return "<br>".join(line for line in lines if line)


def _head(sheet: PitchSheet) -> str:
    logo = (f'<img class="logo" src="{sheet.issuer.logo.data_uri}" alt="logo">' if sheet.issuer.logo else "")
    title = (f"<h1>招商政策测算 Investment pitch</h1><div style='font-size:12pt'><b>{whole(sheet.company)}</b></div>"
             f"<div>{whole(sheet.policy_title)}</div>")
    logo_cell = f'<td style="width:42mm">{logo}</td>' if logo else ""
    return (f'<table class="head"><tr>{logo_cell}<td>{title}</td>'
            f'<td class="issuer" style="width:62mm">{_issuer(sheet)}</td></tr></table>')


def _status(sheet: PitchSheet) -> str:
    validity = sheet.validity
    period = (f" · 政策有效期 Policy period {whole(validity.valid_from or '?')} – {whole(validity.valid_until or '?')}"
              if validity.valid_from or validity.valid_until else "")
    notice = f"<br>{whole(sheet.notice)}" if sheet.notice else ""
    return (f'<div class="status {html.escape(validity.status)}">{STATUS_MARK.get(validity.status, "")} '
            f"政策状态 Policy status: {whole(validity.status_zh)} {whole(validity.status_en.upper())}"
            f"{period}{notice}</div>")


def _totals(sheet: PitchSheet) -> str:
    return ('<table class="totals"><tr>'
            f'<td class="what">确定可得 Guaranteed</td><td>{whole(sheet.total_zh[0])}<br>'
            f'<span class="en">{whole(sheet.total_en[0])}</span></td>'
            f'<td class="what">最高可得 Up to</td><td>{whole(sheet.total_zh[1])}<br>'
            f'<span class="en">{whole(sheet.total_en[1])}</span></td></tr></table>')


def _benefits(sheet: PitchSheet) -> str:
    rows = []
    for number, line in enumerate(sheet.lines, start=1):
        flag_zh, flag_en = ("（需评估）", " (assessed)") if line.discretionary else ("", "")
        rows.append(f"<tr><td>{number}</td><td>{whole(line.citation)}</td>"
                    f"<td>{whole(line.title_zh)}<br><span class='en'>{whole(line.title_en)}</span><br>"
                    f"<span class='quote'>“{whole(line.quote)}”</span></td>"
                    f"<td><b>{whole(line.amount_zh)}</b>{whole(flag_zh)}<br>"
                    f"<span class='en'>{whole(line.amount_en)}{whole(flag_en)}</span></td></tr>")
    return ("<h2>支持明细 Benefits</h2><table><colgroup><col style='width:5%'><col style='width:13%'>"
            "<col style='width:52%'><col style='width:30%'></colgroup>"
            "<tr><th>#</th><th>条款 Clause</th><th>事项 Measure · 原文 Quote</th><th>金额 Amount</th></tr>"
            + "".join(rows) + "</table>")


def _year(payment: Payment) -> str:
    year = whole(str(payment.year)) if payment.year is not None else "—"
    return f"<b>{year}</b> <span class='en'>{whole(payment.when_zh)} {whole(payment.when_en)}</span>"


def _timeline(sheet: PitchSheet) -> str:
    rows = "".join(
        f"<tr{' class=projected' if p.projected else ''}><td>{_year(p)}</td>"
        f"<td>{whole(p.title_zh)}<br><span class='en'>{whole(p.title_en)}</span></td>"
        f"<td>{whole(p.amount_zh)}<br><span class='en'>{whole(p.amount_en)}</span></td>"
        f"<td>{whole(p.citation)}</td></tr>" for p in sheet.timeline)
    return ("<h2>拨付时间表 Payment timeline</h2><table><colgroup><col style='width:22%'><col style='width:40%'>"
            "<col style='width:25%'><col style='width:13%'></colgroup>"
            "<tr><th>年份 Year</th><th>事项 Measure</th><th>金额 Amount</th><th>条款 Clause</th></tr>"
            + rows + "</table>")


def _could_add(sheet: PitchSheet) -> str:
    if not sheet.could_add:
        return ""
    rows = "".join(
        f"<tr><td>{whole(c.citation)}</td><td>{whole(c.title_zh)}<br><span class='en'>{whole(c.title_en)}</span></td>"
        f"<td>{whole(c.amount_zh)}<br><span class='en'>{whole(c.amount_en)}</span></td>"
        f"<td>{whole(c.hinges_zh)}<br><span class='en'>{whole(c.hinges_en)}</span></td></tr>" for c in sheet.could_add)
    return ("<h2>若…还可得（不计入合计） Could add, if… (not in the totals)</h2><table><colgroup>"
            "<col style='width:13%'><col style='width:30%'><col style='width:25%'><col style='width:32%'></colgroup>"
            "<tr><th>条款 Clause</th><th>事项 Measure</th><th>金额 Amount</th><th>取决于 Hinges on</th></tr>"
            + rows + "</table>")


def _assumptions(sheet: PitchSheet) -> str:
    if not sheet.assumptions:
        return ""
    return ("<h2>测算所依据的假设 Assumed</h2><ul>"
            + "".join(f"<li>{whole(zh)}<br><span class='en'>{whole(en)}</span></li>" for zh, en in sheet.assumptions)
            + "</ul>")


def _obligations(sheet: PitchSheet) -> str:
    if not sheet.obligations:
        return ""
    return ("<h2>义务 Obligations</h2><table><colgroup><col style='width:13%'><col style='width:42%'>"
            "<col style='width:45%'></colgroup>"
            + "".join(f"<tr><td>{whole(c)}</td><td>{whole(zh)}</td><td class='en'>{whole(en)}</td></tr>"
                      for c, zh, en in sheet.obligations) + "</table>")


def pitch_html(sheet: PitchSheet) -> str:
    """The whole printable page."""
    chart = amounts_svg(sheet.lines)
    body = "".join([_head(sheet), _status(sheet), _totals(sheet), _benefits(sheet),
                    f"<h2>金额图 Amounts by measure</h2>{chart}" if chart else "", _timeline(sheet),
                    _could_add(sheet), _assumptions(sheet), _obligations(sheet)])
    return (f'<!doctype html><html lang="zh"><head><meta charset="utf-8"><style>{STYLE}{NOWRAP_CSS}</style>'
            f"</head><body>{body}</body></html>")
