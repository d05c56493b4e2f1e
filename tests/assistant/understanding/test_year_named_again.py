"""The year just said, named again (2022年出口额80万美元，全年付的国际物流费120万; "…; that year we paid …"): a base
quantity said with it is that year's figure; said with no year before it, 全年 dates nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2023, 8, 1)


@pytest.mark.parametrize("message", [
    "我们做母婴用品出口，2022年出口额八十万美元，全年付的国际物流费一共120万元。",
    "We export baby products; exports were USD 0.8 million in 2022, and that year our international logistics fees "
    "came to RMB 1.2 million.",
])
def test_a_quantity_said_with_the_year_named_again_is_of_that_year(message: str) -> None:
    facts = understand_facts(message, AS_OF)
    found = [f.value for f in facts if f.field == "quantities.logistics_fee"]
    assert found == [{"year": 2022, "amount_cny": Decimal(1_200_000)}]


def test_the_whole_year_with_no_year_said_before_dates_nothing() -> None:
    facts = understand_facts("我们全年付的国际物流费一共120万元。", AS_OF)
    assert not [f for f in facts if f.field == "quantities.logistics_fee"]


@pytest.mark.parametrize("message", [
    "我们2020年在本区注册，全年纳税八百万。",
    "公司是2021年成立的，全年付的国际物流费一共120万元。",
])
def test_the_whole_year_after_an_event_names_no_year(message: str) -> None:
    facts = understand_facts(message, AS_OF)  # 全年 after 成立 / 注册: a whole year's figure, not the founding year's
    assert not [f for f in facts if f.field.startswith("quantities.") and f.value.get("year") in (2020, 2021)]
