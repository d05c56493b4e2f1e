"""A rate of yuan per a unit of measure (0.4元/千瓦时, 0.8元/瓦, read as a rate by ``sub_yuan_units``, the unit
printed) is paid on the quantity in that unit: it is asked in the unit (``measure:<unit>``), never as an amount of
money, and a money figure the company gives pays nothing on it (``quantity_bounds.measure_of_a_rate``). Fresh policy."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import new_state, respond
from tests.assistant_contexts import context_of_text

POLICY = """某区清洁能源应用扶持办法
第一条 对在本区建成的分布式光伏项目，按实际发电量给予0.4元/千瓦时的补贴，单个项目补贴总额不超过60万元。
第二条 本办法自2025年1月1日起施行，有效期至2027年12月31日。
"""


@pytest.mark.parametrize(("message", "asked"), [
    ("我们注册在本区，2025年建成了分布式光伏项目，项目收入80万元", "千瓦时"),
    ("We are registered in the district and completed a 分布式光伏项目 in 2025; its revenue was CNY 800,000.",
     "千瓦时"),
])
def test_a_rate_per_kilowatt_hour_is_asked_in_kilowatt_hours(message: str, asked: str) -> None:
    context = context_of_text(POLICY, "ratemeasure")
    reply, _ = respond(message, new_state(dt.date(2025, 9, 1)), context)
    result = reply.eligibility
    assert result["total_min_cny"] == 0  # never 0.4 × 80万
    assert asked in reply.answer
    assert "按比例计算所依据的金额" not in reply.answer and "amount the rate is applied to" not in reply.answer
