"""An amount paid per a unit that measures a quantity (X元/千瓦, X元/吨标准煤: ``measure`` in
``ontology/cues/measure_units.yaml``) never counts the projects the company holds: with no figure of the quantity
nothing is sure, the most is the clause's ceiling, and the quantity is asked (``measure:<unit>``). Fresh policy."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from tests.assistant_contexts import context_of_text

POLICY = """某区绿色能源专项扶持办法
第一条 对在本区新建的充电站项目，按照150元/千瓦给予建设奖励，单个项目奖励最高不超过80万元。
第二条 对余热利用项目，按照700元/吨标准煤给予奖励，单个项目奖励最高不超过40万元。
第三条 本办法自2025年1月1日起施行，有效期至2027年12月31日。
"""


@pytest.fixture(scope="module")
def context() -> AssistantContext:
    return context_of_text(POLICY, "greenmeasure")


def _result(context: AssistantContext, message: str) -> Any:
    reply, _ = respond(message, new_state(dt.date(2025, 9, 1)), context)
    return reply


@pytest.mark.parametrize("message", [
    "我们公司注册在本区，2025年5月新建了3个充电站项目",
    "Our company is registered in the district and built 3 new 充电站项目 in May 2025.",
])
def test_a_count_of_projects_is_no_count_of_kilowatts(context: AssistantContext, message: str) -> None:
    reply = _result(context, message)
    result = reply.eligibility
    assert result["total_min_cny"] == 0  # 150元 × 3 projects is not a sure amount
    for entry in [*result["benefits"], *result["could_add"]]:
        assert entry["amount_max_cny"] in (0, 800_000), entry  # the ceiling, never 150 × 3


@pytest.mark.parametrize("message", [
    "我们注册在本区，2025年3月完成了2个余热利用项目",
    "We are registered in the district and completed 2 new 余热利用项目 in March 2025.",
])
def test_a_count_of_projects_is_no_count_of_tonnes_saved(context: AssistantContext, message: str) -> None:
    result = _result(context, message).eligibility
    assert result["total_min_cny"] == 0
    assert 1400 not in [e["amount_max_cny"] for e in [*result["benefits"], *result["could_add"]]]
