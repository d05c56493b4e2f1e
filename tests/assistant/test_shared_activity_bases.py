"""A rate's base that is one activity's figure (实际发生费用, 活动实际总经费, 项目总预算: ``pkg:ofAnActivity``), printed
by several clauses: a figure said for one activity is no sure amount for every clause printing the base
(``assistant/eligibility/activity_bases.py``); at most each clause's rate on it, and which clause applies is asked.
A base printed by one clause only is unchanged. Fresh policies."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from tests.assistant_contexts import context_of_text

SHARED = """某区服务业发展扶持办法
第一条 对企业开展碳核查服务的，按照实际发生费用的40%给予补助，最高8万元。
第二条 对企业参加国际会议的，按照实际发生费用的20%给予补贴，最高6万元。
第三条 本办法自2025年1月1日起施行，有效期至2027年12月31日。
"""
ALONE = """某区服务业发展扶持办法
第一条 对企业开展碳核查服务的，按照实际发生费用的40%给予补助，最高8万元。
第二条 本办法自2025年1月1日起施行，有效期至2027年12月31日。
"""


def _result(text: str, name: str, message: str) -> Any:
    context: AssistantContext = context_of_text(text, name)
    reply, _ = respond(message, new_state(dt.date(2025, 9, 1)), context)
    return reply.eligibility


@pytest.mark.parametrize("message", [
    "我们注册在本区，2025年碳核查服务实际发生费用是10万元",
    "We are registered in the district; in 2025 our carbon verification's costs actually incurred were CNY 100,000.",
])
def test_a_figure_said_once_is_not_sure_for_every_clause_sharing_the_base(message: str) -> None:
    result = _result(SHARED, "sharedbase", message)
    assert result["total_min_cny"] == 0  # never 4万 + 2万 sure
    assert result["total_max_cny"] <= 40_000


@pytest.mark.parametrize("message", [
    "我们注册在本区，2025年碳核查服务实际发生费用是10万元",
    "We are registered in the district; in 2025 our carbon verification's costs actually incurred were CNY 100,000.",
])
def test_a_base_printed_by_one_clause_still_pays_on_the_figure(message: str) -> None:
    result = _result(ALONE, "alonebase", message)
    assert (result["total_min_cny"], result["total_max_cny"]) == (40_000, 40_000)
