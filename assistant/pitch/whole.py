"""Amounts and clause cites kept whole on a line: "CNY 500,000", "50万元", "〔三（一）1〕" are
wrapped so that neither the browser nor the PDF breaks them (CSS ``white-space: nowrap``)."""

from __future__ import annotations

import html
import re

from assistant.format import markdown_text

UNBREAKABLE = re.compile(
    r"〔[^〔〕\n]{1,40}〕"
    r"|CNY [\d,]+(?:\.\d+)?(?: hundred million| million)?"
    r"|\d+(?:\.\d+)?[万亿]?元"
    r"|\d{4}-\d{2}-\d{2}")
"""What must never break across lines: a clause cite, an English or Chinese amount, a date."""

NOWRAP_CLASS = "nw"
NOWRAP_CSS = f".{NOWRAP_CLASS} {{ white-space: nowrap; }}"


def whole(text: str) -> str:
    """``text`` HTML-escaped, each amount, cite and date in a ``<span class="nw">``."""
    out, at = [], 0
    for match in UNBREAKABLE.finditer(text):
        out += [html.escape(text[at:match.start()]),
                f'<span class="{NOWRAP_CLASS}">{html.escape(match[0])}</span>']
        at = match.end()
    out.append(html.escape(text[at:]))
    return "".join(out)


def whole_markdown(text: str) -> str:
    """``text`` as Markdown shown as itself (see :func:`assistant.format.markdown_text`), each
    amount, cite and date in a ``<span class="nw">`` (the page's style keeps it on one line)."""
    out, at = [], 0
    for match in UNBREAKABLE.finditer(text):
        out += [markdown_text(text[at:match.start()]),
                f'<span class="{NOWRAP_CLASS}">{markdown_text(match[0])}</span>']
        at = match.end()
    out.append(markdown_text(text[at:]))
    return "".join(out)
