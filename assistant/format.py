"""Showing amounts and provisions to people (the numbers themselves come from the graph)."""

from __future__ import annotations

import html
import re
from decimal import Decimal

from ingest.model import Provision, ProvisionKind

_TEN_THOUSAND = 10_000
_HUNDRED_MILLION = 100_000_000


def cny_zh(value: int) -> str:
    """``5000000`` → ``500万元``; ``100000000`` → ``1亿元``; ``5000`` → ``5000元``."""
    if value and value % _HUNDRED_MILLION == 0:
        return f"{value // _HUNDRED_MILLION}亿元"
    if value and value % _TEN_THOUSAND == 0:
        return f"{value // _TEN_THOUSAND}万元"
    if value >= _TEN_THOUSAND:
        return f"{Decimal(value) / _TEN_THOUSAND:f}万元"
    return f"{value}元"


def cny_en(value: int) -> str:
    """An amount in English words only (CNY 5 million, CNY 200,000): no Chinese inside English text."""
    if value >= 1_000_000 and value % _TEN_THOUSAND == 0:  # every digit kept: CNY 12345.67 million, never 1.23457e+04
        millions = f"{Decimal(value) / 1_000_000:f}"
        return f"CNY {millions.rstrip('0').rstrip('.') if '.' in millions else millions} million"
    return f"CNY {value:,}"


_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]#|~])")


def markdown_text(text: str) -> str:
    """Text shown as itself in Markdown (a company's name, a quote, a table cell): HTML
    escaped, Markdown punctuation backslashed, on one line."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", html.escape(text, quote=False)).replace("\n", " ")


def percent(rate: Decimal) -> str:
    text = format((rate * 100).normalize(), "f")
    return f"{text}%"


def base_quantity_words(base_quantity: str, lang: str = "zh") -> str:
    """A base quantity named in words from the vocabulary (``investment_total`` → 投资总额 /
    total investment); an id the vocabulary does not know is shown as it is."""
    from ingest.concepts import load_vocabulary

    concept = load_vocabulary().concepts.get(base_quantity)
    if concept is None:
        return base_quantity
    return concept.label_zh if lang == "zh" else concept.label_en


def amount_summary(provision: Provision, lang: str = "zh") -> str:
    """A short statement of what a provision pays, for tables (its base quantity in words of ``lang``)."""
    kind = provision.kind
    per = f"/{provision.per}" if provision.per else ""
    parts: list[str] = []
    if provision.rate is not None:
        base = f" × {base_quantity_words(provision.base_quantity, lang)}" if provision.base_quantity else ""
        parts.append(f"{percent(provision.rate)}{base}")
    if provision.amount_cny is not None and kind is not ProvisionKind.TARGET:
        parts.append(cny_zh(provision.amount_cny) + ("/年" if kind is ProvisionKind.ANNUAL else ""))
    if provision.unit_amount_cny is not None:
        parts.append(f"{cny_zh(provision.unit_amount_cny)}{per}")
    if provision.cap_cny is not None:
        yearly = "/年" if kind is ProvisionKind.ANNUAL_UP_TO else ""
        unit = per if provision.unit_amount_cny is None else ""
        parts.append(f"≤ {cny_zh(provision.cap_cny)}{unit}{yearly}")
    if provision.cumulative_cap_cny is not None:
        parts.append(f"累计 ≤ {cny_zh(provision.cumulative_cap_cny)}")
    if provision.years is not None and kind in (ProvisionKind.ANNUAL, ProvisionKind.ANNUAL_UP_TO):
        parts.append(f"× {provision.years}年")
    if kind is ProvisionKind.CASE_BY_CASE:
        parts.append("一事一议 / no number")
    if kind is ProvisionKind.VALIDITY:
        parts.append(f"{provision.valid_from} → {provision.valid_until}")
    if kind is ProvisionKind.TARGET and provision.value is not None:
        parts.append(f"{provision.value.normalize():f}{provision.unit or ''} ({provision.year})")
    if kind is ProvisionKind.OBLIGATION and provision.years:
        parts.append(f"{provision.years}年")
    return ", ".join(parts)
