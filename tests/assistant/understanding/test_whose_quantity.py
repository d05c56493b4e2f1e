"""Review 8, quant8 items 2, 4, 5: a figure is kept as the company's base quantity only when it is the company's own,
in yuan, and what the quantity names. Subscribed capital (认缴) is not paid-in capital, and a bare 注册资本 does not say
which (no figure: the paid-in capital is asked); another entity's figure (母公司, 集团, a parent company) and a planned
one (预算, 预测) are not the company's year; an amount in another currency (美元) is no yuan figure: it is kept in
its own currency."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 6, 2)


def _quantities(message: str, currency: str = "CNY") -> dict[str, list[tuple[int, Decimal]]]:
    """The company's figures of each quantity in ``currency`` (yuan unless named)."""
    found: dict[str, list[tuple[int, Decimal]]] = {}
    for fact in understand_facts(message, AS_OF):
        if fact.field.startswith("quantities.") and fact.value.get("currency", "CNY") == currency:
            found.setdefault(fact.field.removeprefix("quantities."), []).append(
                (fact.value["year"], Decimal(fact.value["amount_cny"])))
    return found


@pytest.mark.parametrize(("message", "paid_in"), [
    ("公司认缴注册资本8亿元，实缴2亿元", 200_000_000),
    ("我们认缴的注册资本是20亿，实缴到位了5个亿", 500_000_000),  # never the 20亿
    ("我们实缴的注册资本有1.5亿", 150_000_000),
    ("我们注册资本12亿", None),  # subscribed or paid in? not said: asked, not read
    ("Our registered capital is RMB 900 million", None),
    ("Our subscribed capital is RMB 2 billion", None),
])
def test_paid_in_capital_is_read_only_when_said_to_be_paid_in(message: str, paid_in: int | None) -> None:
    capital = _quantities(message).get("registered_capital", [])
    assert [value for _, value in capital] == ([Decimal(paid_in)] if paid_in else [])


@pytest.mark.parametrize("message", [
    "2024年我们母公司营业收入8000万",
    "我们2024年集团的营收有12个亿",
    "我们2024年营收预算7000万",
    "集团去年在区里的营业收入有3个亿",  # the group named well before the label: still the group's
    "我们2024年营业收入预测是9000万",
    "In 2024 our parent company's revenue was RMB 80 million",
    "我们2024年营业收入6000万美元",
    "Our 2024 revenue was 60 million US dollars",
])
def test_another_entitys_planned_or_foreign_currency_figure_is_not_the_companys(message: str) -> None:
    assert "revenue" not in _quantities(message)


@pytest.mark.parametrize("message", ["我们2024年营业收入6000万美元", "Our 2024 revenue was 60 million US dollars"])
def test_a_figure_in_another_currency_is_kept_in_it(message: str) -> None:
    assert _quantities(message, "USD") == {"revenue": [(2024, Decimal(60_000_000))]}


def test_the_companys_own_figure_in_yuan_is_still_read() -> None:
    assert _quantities("我们2024年营业收入6000万元") == {"revenue": [(2024, Decimal(60_000_000))]}
    assert _quantities("我们实缴注册资本3亿") == {"registered_capital": [(2025, Decimal(300_000_000))]}


def test_a_group_figure_named_earlier_in_the_clause_is_not_the_companys() -> None:
    """review8 quant8 #4, the case left: 集团 not right before the label; the company's own figure after it is read."""
    said = _quantities("我们集团2024年在本县纳税总额1100万，我们公司自己只有300万")
    assert (2024, Decimal(11_000_000)) not in said.get("tax_paid", [])
