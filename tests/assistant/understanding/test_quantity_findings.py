"""Issue #13 (quant8): what a company says of a base quantity is a year's figure only when it is one — not a
total over years, not a hope, not an approximation from below; a quantity held at a moment (registered capital)
said with no year is today's; a rate whose base the vocabulary does not name asks for it in words, not 「None」."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assistant.eligibility.questions import question_text
from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 4, 15)


def _quantities(message: str) -> dict[str, dict[int, Decimal]]:
    found: dict[str, dict[int, Decimal]] = {}
    for fact in understand_facts(message, AS_OF):
        if fact.field.startswith("quantities."):
            found.setdefault(fact.field.removeprefix("quantities."), {})[fact.value["year"]] = \
                Decimal(str(fact.value["amount_cny"]))
    return found


@pytest.mark.parametrize("message", [
    "我们2021到2023年累计营业收入一共9000万",  # a total over three years: no year's figure
    "公司这三年的营收加起来有1.5亿",
    "2022-2024年营收1.2亿左右",
    "Our cumulative revenue over 2022-2024 was RMB 150 million",
    "我们希望今年营收能做到8000万",  # a hope
    "期望明年营收过亿",
    "去年营收将近3000万",  # short of 3000万: no exact figure
    "2024年营业收入接近4000万元",
    "Our 2024 revenue was nearly RMB 30 million",
    "revenue came close to RMB 40 million in 2024",
])
def test_no_exact_year_figure_is_stored_when_none_was_said(message: str) -> None:
    assert _quantities(message).get("revenue") is None


@pytest.mark.parametrize(("message", "concept", "year", "amount"), [
    ("我们实缴注册资本2.5亿元", "registered_capital", 2025, 250_000_000),
    ("Our paid-in capital is RMB 120 million", "registered_capital", 2025, 120_000_000),
    ("2024年在区里纳税总额1300万", "tax_paid", 2024, 13_000_000),
    ("We paid taxes of RMB 9 million in 2023", "tax_paid", 2023, 9_000_000),
    ("2023年营收2600万、2024年4100万", "revenue", 2024, 41_000_000),  # a series is still read
])
def test_registered_capital_and_tax_paid_are_read_with_their_year(message: str, concept: str, year: int,
                                                                  amount: int) -> None:
    assert _quantities(message)[concept][year] == amount


def test_a_dated_registered_capital_keeps_its_year() -> None:
    assert _quantities("2023年实缴注册资本增加到1.5亿")["registered_capital"] == {2023: 150_000_000}


def test_a_base_the_vocabulary_does_not_name_is_asked_in_words() -> None:
    zh, en = question_text("base:None", "第十条（一）")
    assert "None" not in zh + en and "第十条（一）" in zh
    zh, en = question_text("base:None")
    assert "None" not in zh + en and zh.startswith("「本条按比例计算所依据的金额」")
    assert question_text("base:revenue")[0] == "「营业收入」按年份分别是多少？"


@pytest.mark.parametrize(("message", "year", "area"), [
    ("我们在区里买了1200平方米的自用办公楼层，花了3600万", 2025, 1200),  # the yuan are not the area
    ("2023年购置自用办公房850平米", 2023, 850),
    ("We bought 1,500 square metres of office space for RMB 30 million", 2025, 1500),
])
def test_a_floor_area_is_read_in_square_metres_never_from_yuan(message: str, year: int, area: int) -> None:
    found = _quantities(message)
    assert found["office_floor_area"] == {year: area}
    assert set(found) == {"office_floor_area"}


def test_an_area_short_of_a_figure_is_no_figure() -> None:
    assert _quantities("办公面积不到1000平米") == {}


@pytest.mark.parametrize("message", [
    "去年我们租了一层写字楼做办公，1800平方米",
    "公司承租的办公用房有950平米",
    "We lease about 2,200 square metres of office space downtown",
])
def test_rented_office_space_is_no_floor_area_bought(message: str) -> None:
    """A purchase subsidy per 平方米 (购置自用办公用房) must not be paid on space the company rents (review8)."""
    assert "office_floor_area" not in _quantities(message)
