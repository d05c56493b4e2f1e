"""A range of rates (X%-Y%, X%至Y%, X～Y%) pays from its lower end for sure up to its upper end: ``rate_min`` is the
lower end (``provisions._range_low``), never the upper end alone shown as sure. Fresh policy."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assistant.dialogue import new_state, respond
from tests.assistant_contexts import context_of_text
from tests.ingest.sentences import benefits_of

POLICY = """某区成果转化扶持办法
第一条 对企业购买高校科技成果并实施转化的，按技术合同成交额的6%-9%给予支持，最高200万元。
第二条 本办法自2025年1月1日起施行，有效期至2027年12月31日。
"""


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("按技术合同成交额的6%-9%给予支持，最高200万元。", Decimal("0.06"), Decimal("0.09")),
    ("按照设备购置额的4%至7%给予补助，最高50万元。", Decimal("0.04"), Decimal("0.07")),
    ("按研发费用的5～12%给予奖励，最高80万元。", Decimal("0.05"), Decimal("0.12")),
])
def test_a_range_of_rates_keeps_its_lower_end(sentence: str, low: Decimal, high: Decimal) -> None:
    [benefit] = benefits_of(sentence)
    assert (benefit.rate_min, benefit.rate) == (low, high)


@pytest.mark.parametrize("message", [
    "我们注册在本区，2025年技术合同成交额1000万元",
    "We are registered in the district. In 2025 our technology contract turnover was CNY 10 million.",
])
def test_a_range_of_rates_is_a_range_of_amounts(message: str) -> None:
    context = context_of_text(POLICY, "raterange")
    reply, _ = respond(message, new_state(dt.date(2025, 9, 1)), context)
    result = reply.eligibility
    assert (result["total_min_cny"], result["total_max_cny"]) == (600_000, 900_000)  # never 9% × 1000万 as sure
